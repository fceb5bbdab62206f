; loop for arm64 (features: none), from backend/testdata/cases/loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000203  b.cc .+0x40
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350001f1  cbnz w17, .+0x3c
   24  52800008  mov w8, #0x0
   28  b940b271  ldr w17, [x19,#176]
   2c  350001f1  cbnz w17, .+0x3c
   30  aa0803e9  mov x9, x8
   34  9b010521  madd x1, x9, x1, x1
   38  11000508  add w8, w8, #0x1
   3c  6b00011f  cmp w8, w0
   40  54ffff43  b.cc .+0xffffffffffffffe8
   44  aa0103e0  mov x0, x1
   48  910003bf  mov sp, x29
   4c  a8c17bfd  ldp x29, x30, [sp],#16
   50  d65f03c0  ret
   54  52800040  mov w0, #0x2
   58  94000000  bl .+0x0                            ; call thunk trap
   5c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   60  d63f0200  blr x16
   64  17fffff0  b .+0xffffffffffffffc0
   68  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   6c  d63f0200  blr x16
   70  17fffff0  b .+0xffffffffffffffc0
