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
   28  350000c8  cbnz w8, .+0x18
   2c  34000081  cbz w1, .+0x10
   30  910003bf  mov sp, x29
   34  a8c17bfd  ldp x29, x30, [sp],#16
   38  d65f03c0  ret
   3c  14000000  b .+0x0
   40  0b080029  add w9, w1, w8
   44  6b08013f  cmp w9, w8
   48  5400008c  b.gt .+0x10
   4c  aa0103e0  mov x0, x1
   50  aa0803e1  mov x1, x8
   54  17fffff4  b .+0xffffffffffffffd0
   58  aa0803e1  mov x1, x8
   5c  aa0903e8  mov x8, x9
   60  17fffff8  b .+0xffffffffffffffe0
   64  52800040  mov w0, #0x2
   68  94000000  bl .+0x0                            ; call thunk trap
   6c  52800160  mov w0, #0xb                        ; trap interrupted
   70  94000000  bl .+0x0                            ; call thunk trap
