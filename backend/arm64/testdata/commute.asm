; commute for arm64 (features: none), from backend/testdata/cases/commute.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002c3  b.cc .+0x58
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350002b1  cbnz w17, .+0x54
   24  52800008  mov w8, #0x0
   28  b940b271  ldr w17, [x19,#176]
   2c  350002b1  cbnz w17, .+0x54
   30  1e27001f  fmov s31, w0
   34  0e205bff  cnt v31.8b, v31.8b
   38  0e31bbff  addv b31, v31.8b
   3c  1e2603e9  fmov w9, s31
   40  0b080128  add w8, w9, w8
   44  9b017d21  mul x1, x9, x1
   48  51000400  sub w0, w0, #0x1
   4c  35fffee0  cbnz w0, .+0xffffffffffffffdc
   50  2a0103e9  mov w9, w1
   54  4a090109  eor w9, w8, w9
   58  4b080128  sub w8, w9, w8
   5c  aa0803e0  mov x0, x8
   60  910003bf  mov sp, x29
   64  a8c17bfd  ldp x29, x30, [sp],#16
   68  d65f03c0  ret
   6c  52800040  mov w0, #0x2
   70  94000000  bl .+0x0                            ; call thunk trap
   74  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   78  d63f0200  blr x16
   7c  17ffffea  b .+0xffffffffffffffa8
   80  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   84  d63f0200  blr x16
   88  17ffffea  b .+0xffffffffffffffa8
