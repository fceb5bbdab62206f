; loop_old_compare for arm64 (features: none), from backend/testdata/cases/loop_old_compare.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000243  b.cc .+0x48
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000231  cbnz w17, .+0x44
   24  52800008  mov w8, #0x0
   28  52800009  mov w9, #0x0
   2c  b940b271  ldr w17, [x19,#176]
   30  35000211  cbnz w17, .+0x40
   34  0b080129  add w9, w9, w8
   38  0b010129  add w9, w9, w1
   3c  51000421  sub w1, w1, #0x1
   40  6b01011f  cmp w8, w1
   44  11000508  add w8, w8, #0x1
   48  54ffff2b  b.lt .+0xffffffffffffffe4
   4c  aa0903e0  mov x0, x9
   50  910003bf  mov sp, x29
   54  a8c17bfd  ldp x29, x30, [sp],#16
   58  d65f03c0  ret
   5c  52800040  mov w0, #0x2
   60  94000000  bl .+0x0                            ; call thunk trap
   64  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   68  d63f0200  blr x16
   6c  17ffffee  b .+0xffffffffffffffb8
   70  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   74  d63f0200  blr x16
   78  17ffffef  b .+0xffffffffffffffbc
