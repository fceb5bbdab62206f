; float_branch for arm64 (features: none), from backend/testdata/cases/float_branch.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000303  b.cc .+0x60
   18  9100021f  mov sp, x16
   1c  1e612000  fcmp d0, d1
   20  540001c9  b.ls .+0x38
   24  1e232040  fcmp s2, s3
   28  5400010b  b.lt .+0x20
   2c  1e612000  fcmp d0, d1
   30  540000c1  b.ne .+0x18
   34  1e612000  fcmp d0, d1
   38  1a9fd7e0  cset w0, gt
   3c  910003bf  mov sp, x29
   40  a8c17bfd  ldp x29, x30, [sp],#16
   44  d65f03c0  ret
   48  52800020  mov w0, #0x1
   4c  910003bf  mov sp, x29
   50  a8c17bfd  ldp x29, x30, [sp],#16
   54  d65f03c0  ret
   58  52800148  mov w8, #0xa
   5c  52800289  mov w9, #0x14
   60  1e232040  fcmp s2, s3
   64  1a894100  csel w0, w8, w9, mi
   68  910003bf  mov sp, x29
   6c  a8c17bfd  ldp x29, x30, [sp],#16
   70  d65f03c0  ret
   74  b940b271  ldr w17, [x19,#176]
   78  350000d1  cbnz w17, .+0x18
   7c  f9407e71  ldr x17, [x19,#248]
   80  eb11021f  cmp x16, x17
   84  54fffca2  b.cs .+0xffffffffffffff94
   88  52800040  mov w0, #0x2
   8c  94000000  bl .+0x0                            ; call thunk trap
   90  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   94  d63f0200  blr x16
   98  17ffffdc  b .+0xffffffffffffff70
