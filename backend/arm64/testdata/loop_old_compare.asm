; loop_old_compare for arm64 (features: none), from backend/testdata/cases/loop_old_compare.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000203  b.cc .+0x40
   18  9100021f  mov sp, x16
   1c  52800008  mov w8, #0x0
   20  52800009  mov w9, #0x0
   24  b940b271  ldr w17, [x19,#176]
   28  35000251  cbnz w17, .+0x48
   2c  0b080129  add w9, w9, w8
   30  0b010129  add w9, w9, w1
   34  51000421  sub w1, w1, #0x1
   38  6b01011f  cmp w8, w1
   3c  11000508  add w8, w8, #0x1
   40  54ffff2b  b.lt .+0xffffffffffffffe4
   44  aa0903e0  mov x0, x9
   48  910003bf  mov sp, x29
   4c  a8c17bfd  ldp x29, x30, [sp],#16
   50  d65f03c0  ret
   54  b940b271  ldr w17, [x19,#176]
   58  35000131  cbnz w17, .+0x24
   5c  f9407e71  ldr x17, [x19,#248]
   60  eb11021f  cmp x16, x17
   64  54fffda2  b.cs .+0xffffffffffffffb4
   68  52800040  mov w0, #0x2
   6c  94000000  bl .+0x0                            ; call thunk trap
   70  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   74  d63f0200  blr x16
   78  17ffffed  b .+0xffffffffffffffb4
   7c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   80  d63f0200  blr x16
   84  17ffffe1  b .+0xffffffffffffff84
