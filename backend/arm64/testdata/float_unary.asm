; float_unary for arm64 (features: none), from backend/testdata/cases/float_unary.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002a3  b.cc .+0x54
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000291  cbnz w17, .+0x50
   24  1e20c010  fabs s16, s0
   28  1e214210  fneg s16, s16
   2c  1e21c210  fsqrt s16, s16
   30  1e24c210  frintp s16, s16
   34  1e254210  frintm s16, s16
   38  1e25c210  frintz s16, s16
   3c  1e244200  frintn s0, s16
   40  1e60c030  fabs d16, d1
   44  1e614210  fneg d16, d16
   48  1e61c210  fsqrt d16, d16
   4c  1e64c210  frintp d16, d16
   50  1e654210  frintm d16, d16
   54  1e65c210  frintz d16, d16
   58  1e644201  frintn d1, d16
   5c  910003bf  mov sp, x29
   60  a8c17bfd  ldp x29, x30, [sp],#16
   64  d65f03c0  ret
   68  52800040  mov w0, #0x2
   6c  94000000  bl .+0x0                            ; call thunk trap
   70  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   74  d63f0200  blr x16
   78  17ffffeb  b .+0xffffffffffffffac
