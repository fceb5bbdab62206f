; nested_loops for arm64 (features: none), from backend/testdata/cases/nested_loops.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000243  b.cc .+0x48
   18  9100021f  mov sp, x16
   1c  51000408  sub w8, w0, #0x1
   20  34000148  cbz w8, .+0x28
   24  aa0103e0  mov x0, x1
   28  0b080009  add w9, w0, w8
   2c  6b08013f  cmp w9, w8
   30  5400008d  b.le .+0x10
   34  aa0803e0  mov x0, x8
   38  aa0903e8  mov x8, x9
   3c  17fffffb  b .+0xffffffffffffffec
   40  aa0803e1  mov x1, x8
   44  17fffff6  b .+0xffffffffffffffd8
   48  34000081  cbz w1, .+0x10
   4c  910003bf  mov sp, x29
   50  a8c17bfd  ldp x29, x30, [sp],#16
   54  d65f03c0  ret
   58  14000000  b .+0x0
   5c  b940b271  ldr w17, [x19,#176]
   60  350000d1  cbnz w17, .+0x18
   64  f9407e71  ldr x17, [x19,#248]
   68  eb11021f  cmp x16, x17
   6c  54fffd62  b.cs .+0xffffffffffffffac
   70  52800040  mov w0, #0x2
   74  94000000  bl .+0x0                            ; call thunk trap
   78  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   7c  d63f0200  blr x16
   80  17ffffe2  b .+0xffffffffffffff88
