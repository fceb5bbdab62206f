; test_and for arm64 (features: none), from backend/testdata/cases/test_and.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000243  b.cc .+0x48
   18  9100021f  mov sp, x16
   1c  121c0008  and w8, w0, #0x10
   20  340000c8  cbz w8, .+0x18
   24  0a010008  and w8, w0, w1
   28  7100011f  cmp w8, #0x0
   2c  1a810008  csel w8, w0, w1, eq
   30  92401c48  and x8, x2, #0xff
   34  b40000c8  cbz x8, .+0x18
   38  12000420  and w0, w1, #0x3
   3c  34000080  cbz w0, .+0x10
   40  910003bf  mov sp, x29
   44  a8c17bfd  ldp x29, x30, [sp],#16
   48  d65f03c0  ret
   4c  aa0103e0  mov x0, x1
   50  910003bf  mov sp, x29
   54  a8c17bfd  ldp x29, x30, [sp],#16
   58  d65f03c0  ret
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
