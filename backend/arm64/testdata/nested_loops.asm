; nested_loops for arm64 (features: none), from backend/testdata/cases/nested_loops.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000283  b.cc .+0x50
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000271  cbnz w17, .+0x4c
   24  51000408  sub w8, w0, #0x1
   28  34000148  cbz w8, .+0x28
   2c  0b080029  add w9, w1, w8
   30  6b08013f  cmp w9, w8
   34  5400008d  b.le .+0x10
   38  aa0803e1  mov x1, x8
   3c  aa0903e8  mov x8, x9
   40  17fffffb  b .+0xffffffffffffffec
   44  aa0103e0  mov x0, x1
   48  aa0803e1  mov x1, x8
   4c  17fffff6  b .+0xffffffffffffffd8
   50  34000081  cbz w1, .+0x10
   54  910003bf  mov sp, x29
   58  a8c17bfd  ldp x29, x30, [sp],#16
   5c  d65f03c0  ret
   60  14000000  b .+0x0
   64  52800040  mov w0, #0x2
   68  94000000  bl .+0x0                            ; call thunk trap
   6c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   70  d63f0200  blr x16
   74  17ffffec  b .+0xffffffffffffffb0
