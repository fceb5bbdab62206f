; shrink_wrap for arm64 (features: none), from backend/testdata/cases/shrink_wrap.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000283  b.cc .+0x50
   18  9100021f  mov sp, x16
   1c  f100401f  cmp x0, #0x10
   20  540001a3  b.cc .+0x34
   24  f90003f5  str x21, [sp]
   28  ca010015  eor x21, x0, x1
   2c  f9405e68  ldr x8, [x19,#184]
   30  f9402d09  ldr x9, [x8,#88]
   34  f9403108  ldr x8, [x8,#96]
   38  f9405e70  ldr x16, [x19,#184]
   3c  eb08021f  cmp x16, x8
   40  54000201  b.ne .+0x40
   44  d63f0120  blr x9
   48  8b150008  add x8, x0, x21
   4c  aa0803e1  mov x1, x8
   50  f94003f5  ldr x21, [sp]
   54  aa0103e0  mov x0, x1
   58  910003bf  mov sp, x29
   5c  a8c17bfd  ldp x29, x30, [sp],#16
   60  d65f03c0  ret
   64  b940b271  ldr w17, [x19,#176]
   68  350001d1  cbnz w17, .+0x38
   6c  f9407e71  ldr x17, [x19,#248]
   70  eb11021f  cmp x16, x17
   74  54fffd22  b.cs .+0xffffffffffffffa4
   78  52800040  mov w0, #0x2
   7c  94000000  bl .+0x0                            ; call thunk trap
   80  f90007f0  str x16, [sp,#8]
   84  f9005e68  str x8, [x19,#184]
   88  f9400114  ldr x20, [x8]
   8c  d63f0120  blr x9
   90  f94007f0  ldr x16, [sp,#8]
   94  f9005e70  str x16, [x19,#184]
   98  f9400214  ldr x20, [x16]
   9c  17ffffeb  b .+0xffffffffffffffac
   a0  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   a4  d63f0200  blr x16
   a8  17ffffd8  b .+0xffffffffffffff60
