; simd_lanes for arm64 (features: none), from backend/testdata/cases/simd_lanes.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000ae3  b.cc .+0x15c
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000ad1  cbnz w17, .+0x158
   24  6f00e410  movi v16.2d, #0x0
   28  6f07e7f1  movi v17.2d, #0xffffffffffffffff
   2c  9c000b32  ldr q18, .+0x164
   30  4e318610  add v16.16b, v16.16b, v17.16b
   34  6e321e10  eor v16.16b, v16.16b, v18.16b
   38  4f135610  shl v16.8h, v16.8h, #3
   3c  12001410  and w16, w0, #0x3f
   40  4b1003f0  neg w16, w16
   44  4e080e1f  dup v31.2d, x16
   48  4eff4610  sshl v16.2d, v16.2d, v31.2d
   4c  12000810  and w16, w0, #0x7
   50  4b1003f0  neg w16, w16
   54  4e010e1f  dup v31.16b, w16
   58  6e3f4610  ushl v16.16b, v16.16b, v31.16b
   5c  6eb0a611  umaxp v17.4s, v16.4s, v16.4s
   60  4e083e28  mov x8, v17.d[0]
   64  f100011f  cmp x8, #0x0
   68  1a9f07e8  cset w8, ne
   6c  4ee09a11  cmeq v17.2d, v16.2d, #0
   70  5ef1ba31  addp d17, v17.2d
   74  4e083e29  mov x9, v17.d[0]
   78  f100013f  cmp x9, #0x0
   7c  1a9f17e9  cset w9, eq
   80  6e71a811  uminv h17, v0.8h
   84  0e023e2a  umov w10, v17.h[0]
   88  f100015f  cmp x10, #0x0
   8c  1a9f07ea  cset w10, ne
   90  4e20aa10  cmlt v16.16b, v16.16b, #0
   94  9c000871  ldr q17, .+0x10c
   98  4e311e10  and v16.16b, v16.16b, v17.16b
   9c  6e104211  ext v17.16b, v16.16b, v16.16b, #8
   a0  4e113a10  zip1 v16.16b, v16.16b, v17.16b
   a4  4e71ba10  addv h16, v16.8h
   a8  0e023e0b  umov w11, v16.h[0]
   ac  4ea0a830  cmlt v16.4s, v1.4s, #0
   b0  9c000811  ldr q17, .+0x100
   b4  4e311e10  and v16.16b, v16.16b, v17.16b
   b8  4eb1ba10  addv s16, v16.4s
   bc  0e043e0c  mov w12, v16.s[0]
   c0  4e080c30  dup v16.2d, x1
   c4  4e040451  dup v17.4s, v2.s[0]
   c8  0e0b2e0d  smov w13, v16.b[5]
   cc  0e1e3e2e  umov w14, v17.h[7]
   d0  5e140631  mov s17, v17.s[2]
   d4  4e181c30  mov v16.d[1], x1
   d8  6e1c0630  mov v16.s[3], v17.s[0]
   dc  9c000731  ldr q17, .+0xe4
   e0  4e110210  tbl v16.16b, {v16.16b}, v17.16b
   e4  4f00e61f  movi v31.16b, #0x10
   e8  6e3f863f  sub v31.16b, v17.16b, v31.16b
   ec  4e1f1010  tbx v16.16b, {v0.16b}, v31.16b
   f0  6f00e411  movi v17.2d, #0x0
   f4  4e110210  tbl v16.16b, {v16.16b}, v17.16b
   f8  8b20428f  add x15, x20, w0, uxtw
   fc  3dc005f1  ldr q17, [x15,#16]                  ; trap oob_memory
  100  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
  104  91001210  add x16, x16, #0x4
  108  4d40c612  ld1r {v18.8h}, [x16]
  10c  fd4005f3  ldr d19, [x15,#8]                   ; trap oob_memory
  110  0f10a673  sxtl v19.4s, v19.4h
  114  bc604a94  ldr s20, [x20,w0,uxtw]              ; trap oob_memory
  118  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
  11c  91000610  add x16, x16, #0x1
  120  4d400610  ld1 {v16.b}[9], [x16]
  124  8b204290  add x16, x20, w0, uxtw              ; trap oob_memory
  128  91404210  add x16, x16, #0x10, lsl #12
  12c  4d008610  st1 {v16.d}[1], [x16]
  130  3d8009f1  str q17, [x15,#32]                  ; trap oob_memory
  134  4eb38651  add v17.4s, v18.4s, v19.4s
  138  4eb48631  add v17.4s, v17.4s, v20.4s
  13c  7100011f  cmp w8, #0x0
  140  da9f03f0  csetm x16, ne
  144  4e080e1f  dup v31.2d, x16
  148  6e701e3f  bsl v31.16b, v17.16b, v16.16b
  14c  4ebf1fe0  mov v0.16b, v31.16b
  150  0b0a0128  add w8, w9, w10
  154  0b0b0108  add w8, w8, w11
  158  0b0c0108  add w8, w8, w12
  15c  0b0d0108  add w8, w8, w13
  160  0b0e0100  add w0, w8, w14
  164  910003bf  mov sp, x29
  168  a8c17bfd  ldp x29, x30, [sp],#16
  16c  d65f03c0  ret
  170  52800040  mov w0, #0x2
  174  94000000  bl .+0x0                            ; call thunk trap
  178  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  17c  d63f0200  blr x16
  180  17ffffa9  b .+0xfffffffffffffea4
  184  00000000  .word 0x0
  188  00000000  .word 0x0
  18c  00000000  .word 0x0
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
