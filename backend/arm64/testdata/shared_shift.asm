; shared_shift for arm64 (features: none), from backend/testdata/cases/shared_shift.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000143  b.cc .+0x28
   18  9100021f  mov sp, x16
   1c  531e7408  lsl w8, w0, #2
   20  0b000829  add w9, w1, w0, lsl #2
   24  b8694a89  ldr w9, [x20,w9,uxtw]               ; trap oob_memory
   28  aa0803e0  mov x0, x8
   2c  aa0903e1  mov x1, x9
   30  910003bf  mov sp, x29
   34  a8c17bfd  ldp x29, x30, [sp],#16
   38  d65f03c0  ret
   3c  b940b271  ldr w17, [x19,#176]
   40  350000d1  cbnz w17, .+0x18
   44  f9407e71  ldr x17, [x19,#248]
   48  eb11021f  cmp x16, x17
   4c  54fffe62  b.cs .+0xffffffffffffffcc
   50  52800040  mov w0, #0x2
   54  94000000  bl .+0x0                            ; call thunk trap
   58  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   5c  d63f0200  blr x16
   60  17ffffea  b .+0xffffffffffffffa8
