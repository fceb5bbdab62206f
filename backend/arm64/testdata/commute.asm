; commute for arm64 (features: none), from backend/testdata/cases/commute.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000283  b.cc .+0x50
   18  9100021f  mov sp, x16
   1c  52800008  mov w8, #0x0
   20  b940b271  ldr w17, [x19,#176]
   24  350002f1  cbnz w17, .+0x5c
   28  1e27001f  fmov s31, w0
   2c  0e205bff  cnt v31.8b, v31.8b
   30  0e31bbff  addv b31, v31.8b
   34  1e2603e9  fmov w9, s31
   38  0b080128  add w8, w9, w8
   3c  9b017d21  mul x1, x9, x1
   40  51000400  sub w0, w0, #0x1
   44  35fffee0  cbnz w0, .+0xffffffffffffffdc
   48  2a0103e9  mov w9, w1
   4c  4a090109  eor w9, w8, w9
   50  4b080128  sub w8, w9, w8
   54  aa0803e0  mov x0, x8
   58  910003bf  mov sp, x29
   5c  a8c17bfd  ldp x29, x30, [sp],#16
   60  d65f03c0  ret
   64  b940b271  ldr w17, [x19,#176]
   68  35000131  cbnz w17, .+0x24
   6c  f9407e71  ldr x17, [x19,#248]
   70  eb11021f  cmp x16, x17
   74  54fffd22  b.cs .+0xffffffffffffffa4
   78  52800040  mov w0, #0x2
   7c  94000000  bl .+0x0                            ; call thunk trap
   80  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   84  d63f0200  blr x16
   88  17ffffe8  b .+0xffffffffffffffa0
   8c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   90  d63f0200  blr x16
   94  17ffffdd  b .+0xffffffffffffff74
