; trunc for arm64 (features: none), from backend/testdata/cases/trunc.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000cc3  b.cc .+0x198
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000cb1  cbnz w17, .+0x194
   24  1e202000  fcmp s0, s0
   28  54000ca6  b.vs .+0x194
   2c  52b9e011  mov w17, #0xcf000000
   30  1e27023f  fmov s31, w17
   34  1e3f2000  fcmp s0, s31
   38  54000c63  b.cc .+0x18c
   3c  52a9e011  mov w17, #0x4f000000
   40  1e27023f  fmov s31, w17
   44  1e3f2000  fcmp s0, s31
   48  54000bea  b.ge .+0x17c
   4c  1e380008  fcvtzs w8, s0
   50  1e202000  fcmp s0, s0
   54  54000bc6  b.vs .+0x178
   58  52b7f011  mov w17, #0xbf800000
   5c  1e27023f  fmov s31, w17
   60  1e3f2000  fcmp s0, s31
   64  54000b89  b.ls .+0x170
   68  52a9f011  mov w17, #0x4f800000
   6c  1e27023f  fmov s31, w17
   70  1e3f2000  fcmp s0, s31
   74  54000b0a  b.ge .+0x160
   78  1e390009  fcvtzu w9, s0
   7c  1e612020  fcmp d1, d1
   80  54000ae6  b.vs .+0x15c
   84  d2a00411  mov x17, #0x200000
   88  f2f83c11  movk x17, #0xc1e0, lsl #48
   8c  9e67023f  fmov d31, x17
   90  1e7f2020  fcmp d1, d31
   94  54000a89  b.ls .+0x150
   98  d2e83c11  mov x17, #0x41e0000000000000
   9c  9e67023f  fmov d31, x17
   a0  1e7f2020  fcmp d1, d31
   a4  54000a0a  b.ge .+0x140
   a8  1e78002a  fcvtzs w10, d1
   ac  1e612020  fcmp d1, d1
   b0  540009e6  b.vs .+0x13c
   b4  d2f7fe11  mov x17, #0xbff0000000000000
   b8  9e67023f  fmov d31, x17
   bc  1e7f2020  fcmp d1, d31
   c0  540009a9  b.ls .+0x134
   c4  d2e83e11  mov x17, #0x41f0000000000000
   c8  9e67023f  fmov d31, x17
   cc  1e7f2020  fcmp d1, d31
   d0  5400092a  b.ge .+0x124
   d4  1e79002b  fcvtzu w11, d1
   d8  1e202000  fcmp s0, s0
   dc  54000906  b.vs .+0x120
   e0  52bbe011  mov w17, #0xdf000000
   e4  1e27023f  fmov s31, w17
   e8  1e3f2000  fcmp s0, s31
   ec  540008c3  b.cc .+0x118
   f0  52abe011  mov w17, #0x5f000000
   f4  1e27023f  fmov s31, w17
   f8  1e3f2000  fcmp s0, s31
   fc  5400084a  b.ge .+0x108
  100  9e38000c  fcvtzs x12, s0
  104  1e202000  fcmp s0, s0
  108  54000826  b.vs .+0x104
  10c  52b7f011  mov w17, #0xbf800000
  110  1e27023f  fmov s31, w17
  114  1e3f2000  fcmp s0, s31
  118  540007e9  b.ls .+0xfc
  11c  52abf011  mov w17, #0x5f800000
  120  1e27023f  fmov s31, w17
  124  1e3f2000  fcmp s0, s31
  128  5400076a  b.ge .+0xec
  12c  9e39000d  fcvtzu x13, s0
  130  1e612020  fcmp d1, d1
  134  54000746  b.vs .+0xe8
  138  d2f87c11  mov x17, #0xc3e0000000000000
  13c  9e67023f  fmov d31, x17
  140  1e7f2020  fcmp d1, d31
  144  54000703  b.cc .+0xe0
  148  d2e87c11  mov x17, #0x43e0000000000000
  14c  9e67023f  fmov d31, x17
  150  1e7f2020  fcmp d1, d31
  154  5400068a  b.ge .+0xd0
  158  9e78002e  fcvtzs x14, d1
  15c  1e612020  fcmp d1, d1
  160  54000666  b.vs .+0xcc
  164  d2f7fe11  mov x17, #0xbff0000000000000
  168  9e67023f  fmov d31, x17
  16c  1e7f2020  fcmp d1, d31
  170  54000629  b.ls .+0xc4
  174  d2e87e11  mov x17, #0x43f0000000000000
  178  9e67023f  fmov d31, x17
  17c  1e7f2020  fcmp d1, d31
  180  540005aa  b.ge .+0xb4
  184  9e79002f  fcvtzu x15, d1
  188  0b090108  add w8, w8, w9
  18c  0b0a0108  add w8, w8, w10
  190  0b0b0100  add w0, w8, w11
  194  8b0d0188  add x8, x12, x13
  198  8b0e0108  add x8, x8, x14
  19c  8b0f0101  add x1, x8, x15
  1a0  910003bf  mov sp, x29
  1a4  a8c17bfd  ldp x29, x30, [sp],#16
  1a8  d65f03c0  ret
  1ac  52800040  mov w0, #0x2
  1b0  94000000  bl .+0x0                            ; call thunk trap
  1b4  52800160  mov w0, #0xb                        ; trap interrupted
  1b8  94000000  bl .+0x0                            ; call thunk trap
  1bc  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1c0  94000000  bl .+0x0                            ; call thunk trap
  1c4  528000a0  mov w0, #0x5                        ; trap int_overflow
  1c8  94000000  bl .+0x0                            ; call thunk trap
  1cc  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1d0  94000000  bl .+0x0                            ; call thunk trap
  1d4  528000a0  mov w0, #0x5                        ; trap int_overflow
  1d8  94000000  bl .+0x0                            ; call thunk trap
  1dc  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1e0  94000000  bl .+0x0                            ; call thunk trap
  1e4  528000a0  mov w0, #0x5                        ; trap int_overflow
  1e8  94000000  bl .+0x0                            ; call thunk trap
  1ec  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  1f0  94000000  bl .+0x0                            ; call thunk trap
  1f4  528000a0  mov w0, #0x5                        ; trap int_overflow
  1f8  94000000  bl .+0x0                            ; call thunk trap
  1fc  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  200  94000000  bl .+0x0                            ; call thunk trap
  204  528000a0  mov w0, #0x5                        ; trap int_overflow
  208  94000000  bl .+0x0                            ; call thunk trap
  20c  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  210  94000000  bl .+0x0                            ; call thunk trap
  214  528000a0  mov w0, #0x5                        ; trap int_overflow
  218  94000000  bl .+0x0                            ; call thunk trap
  21c  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  220  94000000  bl .+0x0                            ; call thunk trap
  224  528000a0  mov w0, #0x5                        ; trap int_overflow
  228  94000000  bl .+0x0                            ; call thunk trap
  22c  528000c0  mov w0, #0x6                        ; trap invalid_conversion
  230  94000000  bl .+0x0                            ; call thunk trap
  234  528000a0  mov w0, #0x5                        ; trap int_overflow
  238  94000000  bl .+0x0                            ; call thunk trap
