; globals for arm64 (features: none), from backend/testdata/cases/globals.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540003a3  b.cc .+0x74
   18  9100021f  mov sp, x16
   1c  f9405e68  ldr x8, [x19,#184]
   20  f9401108  ldr x8, [x8,#32]
   24  b9400108  ldr w8, [x8]
   28  11000508  add w8, w8, #0x1
   2c  f9405e69  ldr x9, [x19,#184]
   30  f9401129  ldr x9, [x9,#32]
   34  b9000128  str w8, [x9]
   38  f9405e68  ldr x8, [x19,#184]
   3c  f9401508  ldr x8, [x8,#40]
   40  f9405e69  ldr x9, [x19,#184]
   44  bd403130  ldr s16, [x9,#48]
   48  f9405e69  ldr x9, [x19,#184]
   4c  fd401d31  ldr d17, [x9,#56]
   50  f9405e69  ldr x9, [x19,#184]
   54  b9404129  ldr w9, [x9,#64]
   58  f9405e6a  ldr x10, [x19,#184]
   5c  f9001548  str x8, [x10,#40]
   60  f9405e6a  ldr x10, [x19,#184]
   64  bd003150  str s16, [x10,#48]
   68  f9405e6a  ldr x10, [x19,#184]
   6c  fd001d51  str d17, [x10,#56]
   70  f9405e6a  ldr x10, [x19,#184]
   74  b9004149  str w9, [x10,#64]
   78  8b090100  add x0, x8, x9
   7c  910003bf  mov sp, x29
   80  a8c17bfd  ldp x29, x30, [sp],#16
   84  d65f03c0  ret
   88  b940b271  ldr w17, [x19,#176]
   8c  350000d1  cbnz w17, .+0x18
   90  f9407e71  ldr x17, [x19,#248]
   94  eb11021f  cmp x16, x17
   98  54fffc02  b.cs .+0xffffffffffffff80
   9c  52800040  mov w0, #0x2
   a0  94000000  bl .+0x0                            ; call thunk trap
   a4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   a8  d63f0200  blr x16
   ac  17ffffd7  b .+0xffffffffffffff5c
