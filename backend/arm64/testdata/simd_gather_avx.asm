; simd_gather_avx for arm64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2,avx), from backend/testdata/cases/simd_gather_avx.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000503  b.cc .+0xa0
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350004f1  cbnz w17, .+0x9c
   24  6f00e410  movi v16.2d, #0x0
   28  0e043c08  mov w8, v0.s[0]
   2c  0e1c3c09  mov w9, v0.s[3]
   30  4e083c01  mov x1, v0.d[0]
   34  4eb01e11  mov v17.16b, v16.16b
   38  8b284290  add x16, x20, w8, uxtw              ; trap oob_memory
   3c  0d400211  ld1 {v17.b}[0], [x16]
   40  8b294290  add x16, x20, w9, uxtw              ; trap oob_memory
   44  91000610  add x16, x16, #0x1
   48  0d401211  ld1 {v17.b}[4], [x16]
   4c  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
   50  91000a10  add x16, x16, #0x2
   54  4d405a00  ld1 {v0.h}[7], [x16]
   58  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
   5c  91002210  add x16, x16, #0x8
   60  0d409200  ld1 {v0.s}[1], [x16]
   64  4eb01e12  mov v18.16b, v16.16b
   68  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
   6c  91004210  add x16, x16, #0x10
   70  4d408612  ld1 {v18.d}[1], [x16]
   74  9c0002f3  ldr q19, .+0x5c
   78  4e130214  tbl v20.16b, {v16.16b}, v19.16b
   7c  4f00e61f  movi v31.16b, #0x10
   80  6e3f867f  sub v31.16b, v19.16b, v31.16b
   84  4e1f1234  tbx v20.16b, {v17.16b}, v31.16b
   88  9c0002d1  ldr q17, .+0x58
   8c  4e110013  tbl v19.16b, {v0.16b}, v17.16b
   90  4f00e61f  movi v31.16b, #0x10
   94  6e3f863f  sub v31.16b, v17.16b, v31.16b
   98  4e1f1213  tbx v19.16b, {v16.16b}, v31.16b
   9c  4eb31e90  orr v16.16b, v20.16b, v19.16b
   a0  4ef28600  add v0.2d, v16.2d, v18.2d
   a4  aa0903e0  mov x0, x9
   a8  910003bf  mov sp, x29
   ac  a8c17bfd  ldp x29, x30, [sp],#16
   b0  d65f03c0  ret
   b4  52800040  mov w0, #0x2
   b8  94000000  bl .+0x0                            ; call thunk trap
   bc  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   c0  d63f0200  blr x16
   c4  17ffffd8  b .+0xffffffffffffff60
   c8  00000000  .word 0x0
   cc  00000000  .word 0x0
   d0  03020110  .word 0x3020110
   d4  07060511  .word 0x7060511
   d8  0b0a0912  .word 0xb0a0912
   dc  0f0e0d13  .word 0xf0e0d13
   e0  10001005  .word 0x10001005
   e4  02110707  .word 0x2110707
   e8  1f1f0a09  .word 0x1f1f0a09
   ec  01101003  .word 0x1101003
