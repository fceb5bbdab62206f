; float_unary for arm64 (features: none), from backend/testdata/cases/float_unary.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000263  b.cc .+0x4c
   18  9100021f  mov sp, x16
   1c  1e20c010  fabs s16, s0
   20  1e214210  fneg s16, s16
   24  1e21c210  fsqrt s16, s16
   28  1e24c210  frintp s16, s16
   2c  1e254210  frintm s16, s16
   30  1e25c210  frintz s16, s16
   34  1e244200  frintn s0, s16
   38  1e60c030  fabs d16, d1
   3c  1e614210  fneg d16, d16
   40  1e61c210  fsqrt d16, d16
   44  1e64c210  frintp d16, d16
   48  1e654210  frintm d16, d16
   4c  1e65c210  frintz d16, d16
   50  1e644201  frintn d1, d16
   54  910003bf  mov sp, x29
   58  a8c17bfd  ldp x29, x30, [sp],#16
   5c  d65f03c0  ret
   60  b940b271  ldr w17, [x19,#176]
   64  350000d1  cbnz w17, .+0x18
   68  f9407e71  ldr x17, [x19,#248]
   6c  eb11021f  cmp x16, x17
   70  54fffd42  b.cs .+0xffffffffffffffa8
   74  52800040  mov w0, #0x2
   78  94000000  bl .+0x0                            ; call thunk trap
   7c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   80  d63f0200  blr x16
   84  17ffffe1  b .+0xffffffffffffff84
