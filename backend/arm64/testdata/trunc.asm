; trunc for arm64 (features: none), from backend/testdata/cases/trunc.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000c83  b.cc .+0x190
   18  9100021f  mov sp, x16
   1c  1e202000  fcmp s0, s0
   20  54000d06  b.vs .+0x1a0
   24  52b9e011  mov w17, #0xcf000000
   28  1e27023f  fmov s31, w17
   2c  1e3f2000  fcmp s0, s31
   30  54000cc3  b.cc .+0x198
   34  52a9e011  mov w17, #0x4f000000
   38  1e27023f  fmov s31, w17
   3c  1e3f2000  fcmp s0, s31
   40  54000c4a  b.ge .+0x188
   44  1e380008  fcvtzs w8, s0
   48  1e202000  fcmp s0, s0
   4c  54000c26  b.vs .+0x184
   50  52b7f011  mov w17, #0xbf800000
   54  1e27023f  fmov s31, w17
   58  1e3f2000  fcmp s0, s31
   5c  54000be9  b.ls .+0x17c
   60  52a9f011  mov w17, #0x4f800000
   64  1e27023f  fmov s31, w17
   68  1e3f2000  fcmp s0, s31
   6c  54000b6a  b.ge .+0x16c
   70  1e390009  fcvtzu w9, s0
   74  1e612020  fcmp d1, d1
   78  54000b46  b.vs .+0x168
   7c  d2a00411  mov x17, #0x200000
   80  f2f83c11  movk x17, #0xc1e0, lsl #48
   84  9e67023f  fmov d31, x17
   88  1e7f2020  fcmp d1, d31
   8c  54000ae9  b.ls .+0x15c
   90  d2e83c11  mov x17, #0x41e0000000000000
   94  9e67023f  fmov d31, x17
   98  1e7f2020  fcmp d1, d31
   9c  54000a6a  b.ge .+0x14c
   a0  1e78002a  fcvtzs w10, d1
   a4  1e612020  fcmp d1, d1
   a8  54000a46  b.vs .+0x148
   ac  d2f7fe11  mov x17, #0xbff0000000000000
   b0  9e67023f  fmov d31, x17
   b4  1e7f2020  fcmp d1, d31
   b8  54000a09  b.ls .+0x140
   bc  d2e83e11  mov x17, #0x41f0000000000000
   c0  9e67023f  fmov d31, x17
   c4  1e7f2020  fcmp d1, d31
   c8  5400098a  b.ge .+0x130
   cc  1e79002b  fcvtzu w11, d1
   d0  1e202000  fcmp s0, s0
   d4  54000966  b.vs .+0x12c
   d8  52bbe011  mov w17, #0xdf000000
   dc  1e27023f  fmov s31, w17
   e0  1e3f2000  fcmp s0, s31
   e4  54000923  b.cc .+0x124
   e8  52abe011  mov w17, #0x5f000000
   ec  1e27023f  fmov s31, w17
   f0  1e3f2000  fcmp s0, s31
   f4  540008aa  b.ge .+0x114
   f8  9e38000c  fcvtzs x12, s0
   fc  1e202000  fcmp s0, s0
  100  54000886  b.vs .+0x110
  104  52b7f011  mov w17, #0xbf800000
  108  1e27023f  fmov s31, w17
  10c  1e3f2000  fcmp s0, s31
  110  54000849  b.ls .+0x108
  114  52abf011  mov w17, #0x5f800000
  118  1e27023f  fmov s31, w17
  11c  1e3f2000  fcmp s0, s31
  120  540007ca  b.ge .+0xf8
  124  9e39000d  fcvtzu x13, s0
  128  1e612020  fcmp d1, d1
  12c  540007a6  b.vs .+0xf4
  130  d2f87c11  mov x17, #0xc3e0000000000000
  134  9e67023f  fmov d31, x17
  138  1e7f2020  fcmp d1, d31
  13c  54000763  b.cc .+0xec
  140  d2e87c11  mov x17, #0x43e0000000000000
  144  9e67023f  fmov d31, x17
  148  1e7f2020  fcmp d1, d31
  14c  540006ea  b.ge .+0xdc
  150  9e78002e  fcvtzs x14, d1
  154  1e612020  fcmp d1, d1
  158  540006c6  b.vs .+0xd8
  15c  d2f7fe11  mov x17, #0xbff0000000000000
  160  9e67023f  fmov d31, x17
  164  1e7f2020  fcmp d1, d31
  168  54000689  b.ls .+0xd0
  16c  d2e87e11  mov x17, #0x43f0000000000000
  170  9e67023f  fmov d31, x17
  174  1e7f2020  fcmp d1, d31
  178  5400060a  b.ge .+0xc0
  17c  9e79002f  fcvtzu x15, d1
  180  0b090108  add w8, w8, w9
  184  0b0a0108  add w8, w8, w10
  188  0b0b0100  add w0, w8, w11
  18c  8b0d0188  add x8, x12, x13
  190  8b0e0108  add x8, x8, x14
  194  8b0f0101  add x1, x8, x15
  198  910003bf  mov sp, x29
  19c  a8c17bfd  ldp x29, x30, [sp],#16
  1a0  d65f03c0  ret
  1a4  b940b271  ldr w17, [x19,#176]
  1a8  350004d1  cbnz w17, .+0x98
  1ac  f9407e71  ldr x17, [x19,#248]
  1b0  eb11021f  cmp x16, x17
  1b4  54fff322  b.cs .+0xfffffffffffffe64
  1b8  52800040  mov w0, #0x2
  1bc  94000000  bl .+0x0                            ; call thunk trap
  1c0  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1c4  94000000  bl .+0x0                            ; call thunk trap
  1c8  528000a0  mov w0, #0x5                        ; trap int_overflow
  1cc  94000000  bl .+0x0                            ; call thunk trap
  1d0  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1d4  94000000  bl .+0x0                            ; call thunk trap
  1d8  528000a0  mov w0, #0x5                        ; trap int_overflow
  1dc  94000000  bl .+0x0                            ; call thunk trap
  1e0  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1e4  94000000  bl .+0x0                            ; call thunk trap
  1e8  528000a0  mov w0, #0x5                        ; trap int_overflow
  1ec  94000000  bl .+0x0                            ; call thunk trap
  1f0  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1f4  94000000  bl .+0x0                            ; call thunk trap
  1f8  528000a0  mov w0, #0x5                        ; trap int_overflow
  1fc  94000000  bl .+0x0                            ; call thunk trap
  200  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  204  94000000  bl .+0x0                            ; call thunk trap
  208  528000a0  mov w0, #0x5                        ; trap int_overflow
  20c  94000000  bl .+0x0                            ; call thunk trap
  210  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  214  94000000  bl .+0x0                            ; call thunk trap
  218  528000a0  mov w0, #0x5                        ; trap int_overflow
  21c  94000000  bl .+0x0                            ; call thunk trap
  220  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  224  94000000  bl .+0x0                            ; call thunk trap
  228  528000a0  mov w0, #0x5                        ; trap int_overflow
  22c  94000000  bl .+0x0                            ; call thunk trap
  230  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  234  94000000  bl .+0x0                            ; call thunk trap
  238  528000a0  mov w0, #0x5                        ; trap int_overflow
  23c  94000000  bl .+0x0                            ; call thunk trap
  240  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  244  d63f0200  blr x16
  248  17ffff70  b .+0xfffffffffffffdc0
