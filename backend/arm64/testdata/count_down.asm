; count_down for arm64 (features: none), from backend/testdata/cases/count_down.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540001e3  b.cc .+0x3c
   18  9100021f  mov sp, x16
   1c  51000400  sub w0, w0, #0x1
   20  35ffffe0  cbnz w0, .+0xfffffffffffffffc
   24  51000428  sub w8, w1, #0x1
   28  b8214a88  str w8, [x20,w1,uxtw]               ; trap oob_memory
   2c  34000068  cbz w8, .+0xc
   30  aa0803e1  mov x1, x8
   34  17fffffc  b .+0xfffffffffffffff0
   38  91000c42  add x2, x2, #0x3
   3c  b5ffffe2  cbnz x2, .+0xfffffffffffffffc
   40  aa0203e0  mov x0, x2
   44  910003bf  mov sp, x29
   48  a8c17bfd  ldp x29, x30, [sp],#16
   4c  d65f03c0  ret
   50  b940b271  ldr w17, [x19,#176]
   54  350000d1  cbnz w17, .+0x18
   58  f9407e71  ldr x17, [x19,#248]
   5c  eb11021f  cmp x16, x17
   60  54fffdc2  b.cs .+0xffffffffffffffb8
   64  52800040  mov w0, #0x2
   68  94000000  bl .+0x0                            ; call thunk trap
   6c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   70  d63f0200  blr x16
   74  17ffffe5  b .+0xffffffffffffff94
