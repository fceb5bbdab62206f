; loop for arm64 (features: none), from backend/testdata/cases/loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000183  b.cc .+0x30
   18  9100021f  mov sp, x16
   1c  52800008  mov w8, #0x0
   20  aa0803e9  mov x9, x8
   24  9b010521  madd x1, x9, x1, x1
   28  11000508  add w8, w8, #0x1
   2c  6b00011f  cmp w8, w0
   30  54ffff83  b.cc .+0xfffffffffffffff0
   34  aa0103e0  mov x0, x1
   38  910003bf  mov sp, x29
   3c  a8c17bfd  ldp x29, x30, [sp],#16
   40  d65f03c0  ret
   44  b940b271  ldr w17, [x19,#176]
   48  350000d1  cbnz w17, .+0x18
   4c  f9407e71  ldr x17, [x19,#248]
   50  eb11021f  cmp x16, x17
   54  54fffe22  b.cs .+0xffffffffffffffc4
   58  52800040  mov w0, #0x2
   5c  94000000  bl .+0x0                            ; call thunk trap
   60  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   64  d63f0200  blr x16
   68  17ffffe8  b .+0xffffffffffffffa0
