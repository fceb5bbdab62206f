; simd_lanes for arm64 (features: none), from backend/testdata/cases/simd_lanes.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000aa3  b.cc .+0x154
   18  9100021f  mov sp, x16
   1c  6f00e410  movi v16.2d, #0x0
   20  6f07e7f1  movi v17.2d, #0xffffffffffffffff
   24  9c000b72  ldr q18, .+0x16c
   28  4e318610  add v16.16b, v16.16b, v17.16b
   2c  6e321e10  eor v16.16b, v16.16b, v18.16b
   30  4f135610  shl v16.8h, v16.8h, #3
   34  12001410  and w16, w0, #0x3f
   38  4b1003f0  neg w16, w16
   3c  4e080e1f  dup v31.2d, x16
   40  4eff4610  sshl v16.2d, v16.2d, v31.2d
   44  12000810  and w16, w0, #0x7
   48  4b1003f0  neg w16, w16
   4c  4e010e1f  dup v31.16b, w16
   50  6e3f4610  ushl v16.16b, v16.16b, v31.16b
   54  6eb0a611  umaxp v17.4s, v16.4s, v16.4s
   58  4e083e28  mov x8, v17.d[0]
   5c  f100011f  cmp x8, #0x0
   60  1a9f07e8  cset w8, ne
   64  4ee09a11  cmeq v17.2d, v16.2d, #0
   68  5ef1ba31  addp d17, v17.2d
   6c  4e083e29  mov x9, v17.d[0]
   70  f100013f  cmp x9, #0x0
   74  1a9f17e9  cset w9, eq
   78  6e71a811  uminv h17, v0.8h
   7c  0e023e2a  umov w10, v17.h[0]
   80  f100015f  cmp x10, #0x0
   84  1a9f07ea  cset w10, ne
   88  4e20aa10  cmlt v16.16b, v16.16b, #0
   8c  9c0008b1  ldr q17, .+0x114
   90  4e311e10  and v16.16b, v16.16b, v17.16b
   94  6e104211  ext v17.16b, v16.16b, v16.16b, #8
   98  4e113a10  zip1 v16.16b, v16.16b, v17.16b
   9c  4e71ba10  addv h16, v16.8h
   a0  0e023e0b  umov w11, v16.h[0]
   a4  4ea0a830  cmlt v16.4s, v1.4s, #0
   a8  9c000851  ldr q17, .+0x108
   ac  4e311e10  and v16.16b, v16.16b, v17.16b
   b0  4eb1ba10  addv s16, v16.4s
   b4  0e043e0c  mov w12, v16.s[0]
   b8  4e080c30  dup v16.2d, x1
   bc  4e040451  dup v17.4s, v2.s[0]
   c0  0e0b2e0d  smov w13, v16.b[5]
   c4  0e1e3e2e  umov w14, v17.h[7]
   c8  5e140631  mov s17, v17.s[2]
   cc  4e181c30  mov v16.d[1], x1
   d0  6e1c0630  mov v16.s[3], v17.s[0]
   d4  9c000771  ldr q17, .+0xec
   d8  4e110210  tbl v16.16b, {v16.16b}, v17.16b
   dc  4f00e61f  movi v31.16b, #0x10
   e0  6e3f863f  sub v31.16b, v17.16b, v31.16b
   e4  4e1f1010  tbx v16.16b, {v0.16b}, v31.16b
   e8  6f00e411  movi v17.2d, #0x0
   ec  4e110210  tbl v16.16b, {v16.16b}, v17.16b
   f0  8b20428f  add x15, x20, w0, uxtw
   f4  3dc005f1  ldr q17, [x15,#16]                  ; trap oob_memory
   f8  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
   fc  91001210  add x16, x16, #0x4
  100  4d40c612  ld1r {v18.8h}, [x16]
  104  fd4005f3  ldr d19, [x15,#8]                   ; trap oob_memory
  108  0f10a673  sxtl v19.4s, v19.4h
  10c  bc604a94  ldr s20, [x20,w0,uxtw]              ; trap oob_memory
  110  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
  114  91000610  add x16, x16, #0x1
  118  4d400610  ld1 {v16.b}[9], [x16]
  11c  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
  120  91404210  add x16, x16, #0x10, lsl #12
  124  4d008610  st1 {v16.d}[1], [x16]
  128  3d8009f1  str q17, [x15,#32]                  ; trap oob_memory
  12c  4eb38651  add v17.4s, v18.4s, v19.4s
  130  4eb48631  add v17.4s, v17.4s, v20.4s
  134  7100011f  cmp w8, #0x0
  138  da9f03f0  csetm x16, ne
  13c  4e080e1f  dup v31.2d, x16
  140  6e701e3f  bsl v31.16b, v17.16b, v16.16b
  144  4ebf1fe0  mov v0.16b, v31.16b
  148  0b0a0128  add w8, w9, w10
  14c  0b0b0108  add w8, w8, w11
  150  0b0c0108  add w8, w8, w12
  154  0b0d0108  add w8, w8, w13
  158  0b0e0100  add w0, w8, w14
  15c  910003bf  mov sp, x29
  160  a8c17bfd  ldp x29, x30, [sp],#16
  164  d65f03c0  ret
  168  b940b271  ldr w17, [x19,#176]
  16c  350000d1  cbnz w17, .+0x18
  170  f9407e71  ldr x17, [x19,#248]
  174  eb11021f  cmp x16, x17
  178  54fff502  b.cs .+0xfffffffffffffea0
  17c  52800040  mov w0, #0x2
  180  94000000  bl .+0x0                            ; call thunk trap
  184  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  188  d63f0200  blr x16
  18c  17ffff9f  b .+0xfffffffffffffe7c
  190  00001234  .word 0x1234
  194  00000000  .word 0x0
  198  00005678  .word 0x5678
  19c  00000000  .word 0x0
  1a0  08040201  .word 0x8040201
  1a4  80402010  .word -0x7fbfdff0
  1a8  08040201  .word 0x8040201
  1ac  80402010  .word -0x7fbfdff0
  1b0  00000001  .word 0x1
  1b4  00000002  .word 0x2
  1b8  00000004  .word 0x4
  1bc  00000008  .word 0x8
  1c0  03020100  .word 0x3020100
  1c4  1f1e1d1c  .word 0x1f1e1d1c
  1c8  13121110  .word 0x13121110
  1cc  07060504  .word 0x7060504
