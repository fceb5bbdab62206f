; simd_gather_avx for arm64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2,avx), from backend/testdata/cases/simd_gather_avx.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004c3  b.cc .+0x98
   18  9100021f  mov sp, x16
   1c  6f00e410  movi v16.2d, #0x0
   20  0e043c08  mov w8, v0.s[0]
   24  0e1c3c09  mov w9, v0.s[3]
   28  4e083c01  mov x1, v0.d[0]
   2c  4eb01e11  mov v17.16b, v16.16b
   30  8b284290  add x16, x20, w8, uxtw              ; trap oob_memory
   34  0d400211  ld1 {v17.b}[0], [x16]
   38  8b294290  add x16, x20, w9, uxtw              ; trap oob_memory
   3c  91000610  add x16, x16, #0x1
   40  0d401211  ld1 {v17.b}[4], [x16]
   44  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
   48  91000a10  add x16, x16, #0x2
   4c  4d405a00  ld1 {v0.h}[7], [x16]
   50  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
   54  91002210  add x16, x16, #0x8
   58  0d409200  ld1 {v0.s}[1], [x16]
   5c  4eb01e12  mov v18.16b, v16.16b
   60  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
   64  91004210  add x16, x16, #0x10
   68  4d408612  ld1 {v18.d}[1], [x16]
   6c  9c0003b3  ldr q19, .+0x74
   70  4e130214  tbl v20.16b, {v16.16b}, v19.16b
   74  4f00e61f  movi v31.16b, #0x10
   78  6e3f867f  sub v31.16b, v19.16b, v31.16b
   7c  4e1f1234  tbx v20.16b, {v17.16b}, v31.16b
   80  9c000391  ldr q17, .+0x70
   84  4e110013  tbl v19.16b, {v0.16b}, v17.16b
   88  4f00e61f  movi v31.16b, #0x10
   8c  6e3f863f  sub v31.16b, v17.16b, v31.16b
   90  4e1f1213  tbx v19.16b, {v16.16b}, v31.16b
   94  4eb31e90  orr v16.16b, v20.16b, v19.16b
   98  4ef28600  add v0.2d, v16.2d, v18.2d
   9c  aa0903e0  mov x0, x9
   a0  910003bf  mov sp, x29
   a4  a8c17bfd  ldp x29, x30, [sp],#16
   a8  d65f03c0  ret
   ac  b940b271  ldr w17, [x19,#176]
   b0  350000d1  cbnz w17, .+0x18
   b4  f9407e71  ldr x17, [x19,#248]
   b8  eb11021f  cmp x16, x17
   bc  54fffae2  b.cs .+0xffffffffffffff5c
   c0  52800040  mov w0, #0x2
   c4  94000000  bl .+0x0                            ; call thunk trap
   c8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   cc  d63f0200  blr x16
   d0  17ffffce  b .+0xffffffffffffff38
   d4  00000000  .word 0x0
   d8  00000000  .word 0x0
   dc  00000000  .word 0x0
   e0  03020110  .word 0x3020110
   e4  07060511  .word 0x7060511
   e8  0b0a0912  .word 0xb0a0912
   ec  0f0e0d13  .word 0xf0e0d13
   f0  10001005  .word 0x10001005
   f4  02110707  .word 0x2110707
   f8  1f1f0a09  .word 0x1f1f0a09
   fc  01101003  .word 0x1101003
