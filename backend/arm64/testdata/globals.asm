; globals for arm64 (features: none), from backend/testdata/cases/globals.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000283  b.cc .+0x50
   18  9100021f  mov sp, x16
   1c  f9405e68  ldr x8, [x19,#184]
   20  f9401109  ldr x9, [x8,#32]
   24  b9400129  ldr w9, [x9]
   28  11000529  add w9, w9, #0x1
   2c  f940110a  ldr x10, [x8,#32]
   30  b9000149  str w9, [x10]
   34  f9401509  ldr x9, [x8,#40]
   38  bd403110  ldr s16, [x8,#48]
   3c  fd401d11  ldr d17, [x8,#56]
   40  b940410a  ldr w10, [x8,#64]
   44  f9001509  str x9, [x8,#40]
   48  bd003110  str s16, [x8,#48]
   4c  fd001d11  str d17, [x8,#56]
   50  b900410a  str w10, [x8,#64]
   54  8b0a0120  add x0, x9, x10
   58  910003bf  mov sp, x29
   5c  a8c17bfd  ldp x29, x30, [sp],#16
   60  d65f03c0  ret
   64  b940b271  ldr w17, [x19,#176]
   68  350000d1  cbnz w17, .+0x18
   6c  f9407e71  ldr x17, [x19,#248]
   70  eb11021f  cmp x16, x17
   74  54fffd22  b.cs .+0xffffffffffffffa4
   78  52800040  mov w0, #0x2
   7c  94000000  bl .+0x0                            ; call thunk trap
   80  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   84  d63f0200  blr x16
   88  17ffffe0  b .+0xffffffffffffff80
