; test_and for arm64 (features: none), from backend/testdata/cases/test_and.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000283  b.cc .+0x50
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000271  cbnz w17, .+0x4c
   24  121c0008  and w8, w0, #0x10
   28  340000c8  cbz w8, .+0x18
   2c  0a010008  and w8, w0, w1
   30  7100011f  cmp w8, #0x0
   34  1a810008  csel w8, w0, w1, eq
   38  92401c48  and x8, x2, #0xff
   3c  b40000c8  cbz x8, .+0x18
   40  12000420  and w0, w1, #0x3
   44  34000080  cbz w0, .+0x10
   48  910003bf  mov sp, x29
   4c  a8c17bfd  ldp x29, x30, [sp],#16
   50  d65f03c0  ret
   54  aa0103e0  mov x0, x1
   58  910003bf  mov sp, x29
   5c  a8c17bfd  ldp x29, x30, [sp],#16
   60  d65f03c0  ret
   64  52800040  mov w0, #0x2
   68  94000000  bl .+0x0                            ; call thunk trap
   6c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   70  d63f0200  blr x16
   74  17ffffec  b .+0xffffffffffffffb0
