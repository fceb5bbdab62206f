; loop_old_compare for arm64 (features: none), from backend/testdata/cases/loop_old_compare.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540001c3  b.cc .+0x38
   18  9100021f  mov sp, x16
   1c  52800009  mov w9, #0x0
   20  52800008  mov w8, #0x0
   24  0b080129  add w9, w9, w8
   28  0b010129  add w9, w9, w1
   2c  51000421  sub w1, w1, #0x1
   30  6b01011f  cmp w8, w1
   34  11000508  add w8, w8, #0x1
   38  54ffff6b  b.lt .+0xffffffffffffffec
   3c  aa0903e0  mov x0, x9
   40  910003bf  mov sp, x29
   44  a8c17bfd  ldp x29, x30, [sp],#16
   48  d65f03c0  ret
   4c  b940b271  ldr w17, [x19,#176]
   50  350000d1  cbnz w17, .+0x18
   54  f9407e71  ldr x17, [x19,#248]
   58  eb11021f  cmp x16, x17
   5c  54fffde2  b.cs .+0xffffffffffffffbc
   60  52800040  mov w0, #0x2
   64  94000000  bl .+0x0                            ; call thunk trap
   68  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   6c  d63f0200  blr x16
   70  17ffffe6  b .+0xffffffffffffff98
