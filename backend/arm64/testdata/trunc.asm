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
   28  54000cc6  b.vs .+0x198
   2c  52b9e011  mov w17, #0xcf000000
   30  1e27023f  fmov s31, w17
   34  1e3f2000  fcmp s0, s31
   38  54000c83  b.cc .+0x190
   3c  52a9e011  mov w17, #0x4f000000
   40  1e27023f  fmov s31, w17
   44  1e3f2000  fcmp s0, s31
   48  54000c0a  b.ge .+0x180
   4c  1e380008  fcvtzs w8, s0
   50  1e202000  fcmp s0, s0
   54  54000be6  b.vs .+0x17c
   58  52b7f011  mov w17, #0xbf800000
   5c  1e27023f  fmov s31, w17
   60  1e3f2000  fcmp s0, s31
   64  54000ba9  b.ls .+0x174
   68  52a9f011  mov w17, #0x4f800000
   6c  1e27023f  fmov s31, w17
   70  1e3f2000  fcmp s0, s31
   74  54000b2a  b.ge .+0x164
   78  1e390009  fcvtzu w9, s0
   7c  1e612020  fcmp d1, d1
   80  54000b06  b.vs .+0x160
   84  d2a00411  mov x17, #0x200000
   88  f2f83c11  movk x17, #0xc1e0, lsl #48
   8c  9e67023f  fmov d31, x17
   90  1e7f2020  fcmp d1, d31
   94  54000aa9  b.ls .+0x154
   98  d2e83c11  mov x17, #0x41e0000000000000
   9c  9e67023f  fmov d31, x17
   a0  1e7f2020  fcmp d1, d31
   a4  54000a2a  b.ge .+0x144
   a8  1e78002a  fcvtzs w10, d1
   ac  1e612020  fcmp d1, d1
   b0  54000a06  b.vs .+0x140
   b4  d2f7fe11  mov x17, #0xbff0000000000000
   b8  9e67023f  fmov d31, x17
   bc  1e7f2020  fcmp d1, d31
   c0  540009c9  b.ls .+0x138
   c4  d2e83e11  mov x17, #0x41f0000000000000
   c8  9e67023f  fmov d31, x17
   cc  1e7f2020  fcmp d1, d31
   d0  5400094a  b.ge .+0x128
   d4  1e79002b  fcvtzu w11, d1
   d8  1e202000  fcmp s0, s0
   dc  54000926  b.vs .+0x124
   e0  52bbe011  mov w17, #0xdf000000
   e4  1e27023f  fmov s31, w17
   e8  1e3f2000  fcmp s0, s31
   ec  540008e3  b.cc .+0x11c
   f0  52abe011  mov w17, #0x5f000000
   f4  1e27023f  fmov s31, w17
   f8  1e3f2000  fcmp s0, s31
   fc  5400086a  b.ge .+0x10c
  100  9e38000c  fcvtzs x12, s0
  104  1e202000  fcmp s0, s0
  108  54000846  b.vs .+0x108
  10c  52b7f011  mov w17, #0xbf800000
  110  1e27023f  fmov s31, w17
  114  1e3f2000  fcmp s0, s31
  118  54000809  b.ls .+0x100
  11c  52abf011  mov w17, #0x5f800000
  120  1e27023f  fmov s31, w17
  124  1e3f2000  fcmp s0, s31
  128  5400078a  b.ge .+0xf0
  12c  9e39000d  fcvtzu x13, s0
  130  1e612020  fcmp d1, d1
  134  54000766  b.vs .+0xec
  138  d2f87c11  mov x17, #0xc3e0000000000000
  13c  9e67023f  fmov d31, x17
  140  1e7f2020  fcmp d1, d31
  144  54000723  b.cc .+0xe4
  148  d2e87c11  mov x17, #0x43e0000000000000
  14c  9e67023f  fmov d31, x17
  150  1e7f2020  fcmp d1, d31
  154  540006aa  b.ge .+0xd4
  158  9e78002e  fcvtzs x14, d1
  15c  1e612020  fcmp d1, d1
  160  54000686  b.vs .+0xd0
  164  d2f7fe11  mov x17, #0xbff0000000000000
  168  9e67023f  fmov d31, x17
  16c  1e7f2020  fcmp d1, d31
  170  54000649  b.ls .+0xc8
  174  d2e87e11  mov x17, #0x43f0000000000000
  178  9e67023f  fmov d31, x17
  17c  1e7f2020  fcmp d1, d31
  180  540005ca  b.ge .+0xb8
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
  1b4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  1b8  d63f0200  blr x16
  1bc  17ffff9a  b .+0xfffffffffffffe68
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
