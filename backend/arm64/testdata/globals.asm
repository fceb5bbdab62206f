; globals for arm64 (features: none), from backend/testdata/cases/globals.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540003e3  b.cc .+0x7c
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350003d1  cbnz w17, .+0x78
   24  f9405e68  ldr x8, [x19,#184]
   28  f9401108  ldr x8, [x8,#32]
   2c  b9400108  ldr w8, [x8]
   30  11000508  add w8, w8, #0x1
   34  f9405e69  ldr x9, [x19,#184]
   38  f9401129  ldr x9, [x9,#32]
   3c  b9000128  str w8, [x9]
   40  f9405e68  ldr x8, [x19,#184]
   44  f9401508  ldr x8, [x8,#40]
   48  f9405e69  ldr x9, [x19,#184]
   4c  bd403130  ldr s16, [x9,#48]
   50  f9405e69  ldr x9, [x19,#184]
   54  fd401d31  ldr d17, [x9,#56]
   58  f9405e69  ldr x9, [x19,#184]
   5c  b9404129  ldr w9, [x9,#64]
   60  f9405e6a  ldr x10, [x19,#184]
   64  f9001548  str x8, [x10,#40]
   68  f9405e6a  ldr x10, [x19,#184]
   6c  bd003150  str s16, [x10,#48]
   70  f9405e6a  ldr x10, [x19,#184]
   74  fd001d51  str d17, [x10,#56]
   78  f9405e6a  ldr x10, [x19,#184]
   7c  b9004149  str w9, [x10,#64]
   80  8b090100  add x0, x8, x9
   84  910003bf  mov sp, x29
   88  a8c17bfd  ldp x29, x30, [sp],#16
   8c  d65f03c0  ret
   90  52800040  mov w0, #0x2
   94  94000000  bl .+0x0                            ; call thunk trap
   98  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   9c  d63f0200  blr x16
   a0  17ffffe1  b .+0xffffffffffffff84
