; loop for arm64 (features: none), from backend/testdata/cases/loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000163  b.cc .+0x2c
   18  9100021f  mov sp, x16
   1c  52800008  mov w8, #0x0
   20  9b010501  madd x1, x8, x1, x1
   24  11000508  add w8, w8, #0x1
   28  6b00011f  cmp w8, w0
   2c  54ffffa3  b.cc .+0xfffffffffffffff4
   30  aa0103e0  mov x0, x1
   34  910003bf  mov sp, x29
   38  a8c17bfd  ldp x29, x30, [sp],#16
   3c  d65f03c0  ret
   40  b940b271  ldr w17, [x19,#176]
   44  350000d1  cbnz w17, .+0x18
   48  f9407e71  ldr x17, [x19,#248]
   4c  eb11021f  cmp x16, x17
   50  54fffe42  b.cs .+0xffffffffffffffc8
   54  52800040  mov w0, #0x2
   58  94000000  bl .+0x0                            ; call thunk trap
   5c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   60  d63f0200  blr x16
   64  17ffffe9  b .+0xffffffffffffffa4
