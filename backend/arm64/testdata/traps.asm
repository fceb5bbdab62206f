; traps for arm64 (features: none), from backend/testdata/cases/traps.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000423  b.cc .+0x84
   18  9100021f  mov sp, x16
   1c  340004c1  cbz w1, .+0x98
   20  3100043f  cmn w1, #0x1
   24  7a410800  ccmp w0, #0x1, #0x0, eq
   28  540004a6  b.vs .+0x94
   2c  1ac10c08  sdiv w8, w0, w1
   30  340004a1  cbz w1, .+0x94
   34  1ac10908  udiv w8, w8, w1
   38  340004a1  cbz w1, .+0x94
   3c  1ac10d11  sdiv w17, w8, w1
   40  1b01a228  msub w8, w17, w1, w8
   44  34000481  cbz w1, .+0x90
   48  1ac10911  udiv w17, w8, w1
   4c  1b01a220  msub w0, w17, w1, w8
   50  b4000463  cbz x3, .+0x8c
   54  b100047f  cmn x3, #0x1
   58  fa410840  ccmp x2, #0x1, #0x0, eq
   5c  54000446  b.vs .+0x88
   60  9ac30c48  sdiv x8, x2, x3
   64  b4000443  cbz x3, .+0x88
   68  9ac30908  udiv x8, x8, x3
   6c  b4000443  cbz x3, .+0x88
   70  9ac30d11  sdiv x17, x8, x3
   74  9b03a228  msub x8, x17, x3, x8
   78  b4000423  cbz x3, .+0x84
   7c  9ac30911  udiv x17, x8, x3
   80  9b03a221  msub x1, x17, x3, x8
   84  35000040  cbnz w0, .+0x8
   88  1400001f  b .+0x7c
   8c  910003bf  mov sp, x29
   90  a8c17bfd  ldp x29, x30, [sp],#16
   94  d65f03c0  ret
   98  b940b271  ldr w17, [x19,#176]
   9c  35000391  cbnz w17, .+0x70
   a0  f9407e71  ldr x17, [x19,#248]
   a4  eb11021f  cmp x16, x17
   a8  54fffb82  b.cs .+0xffffffffffffff70
   ac  52800040  mov w0, #0x2
   b0  94000000  bl .+0x0                            ; call thunk trap
   b4  52800080  mov w0, #0x4                        ; trap int_div_zero
   b8  94000000  bl .+0x0                            ; call thunk trap
   bc  528000a0  mov w0, #0x5                        ; trap int_overflow
   c0  94000000  bl .+0x0                            ; call thunk trap
   c4  52800080  mov w0, #0x4                        ; trap int_div_zero
   c8  94000000  bl .+0x0                            ; call thunk trap
   cc  52800080  mov w0, #0x4                        ; trap int_div_zero
   d0  94000000  bl .+0x0                            ; call thunk trap
   d4  52800080  mov w0, #0x4                        ; trap int_div_zero
   d8  94000000  bl .+0x0                            ; call thunk trap
   dc  52800080  mov w0, #0x4                        ; trap int_div_zero
   e0  94000000  bl .+0x0                            ; call thunk trap
   e4  528000a0  mov w0, #0x5                        ; trap int_overflow
   e8  94000000  bl .+0x0                            ; call thunk trap
   ec  52800080  mov w0, #0x4                        ; trap int_div_zero
   f0  94000000  bl .+0x0                            ; call thunk trap
   f4  52800080  mov w0, #0x4                        ; trap int_div_zero
   f8  94000000  bl .+0x0                            ; call thunk trap
   fc  52800080  mov w0, #0x4                        ; trap int_div_zero
  100  94000000  bl .+0x0                            ; call thunk trap
  104  52800060  mov w0, #0x3                        ; trap unreachable
  108  94000000  bl .+0x0                            ; call thunk trap
  10c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  110  d63f0200  blr x16
  114  17ffffbd  b .+0xfffffffffffffef4
