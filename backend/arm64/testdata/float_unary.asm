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
   24  1e20c008  fabs s8, s0
   28  1e214108  fneg s8, s8
   2c  1e21c108  fsqrt s8, s8
   30  1e24c108  frintp s8, s8
   34  1e254108  frintm s8, s8
   38  1e25c108  frintz s8, s8
   3c  1e244100  frintn s0, s8
   40  1e60c028  fabs d8, d1
   44  1e614108  fneg d8, d8
   48  1e61c108  fsqrt d8, d8
   4c  1e64c108  frintp d8, d8
   50  1e654108  frintm d8, d8
   54  1e65c108  frintz d8, d8
   58  1e644101  frintn d1, d8
   5c  910003bf  mov sp, x29
   60  a8c17bfd  ldp x29, x30, [sp],#16
   64  d65f03c0  ret
   68  52800040  mov w0, #0x2
   6c  94000000  bl .+0x0                            ; call thunk trap
   70  52800160  mov w0, #0xb                        ; trap interrupted
   74  94000000  bl .+0x0                            ; call thunk trap
