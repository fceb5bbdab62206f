; stack_args for arm64 (features: none), from backend/testdata/cases/stack_args.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d100c3f0  sub x16, sp, #0x30
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004a3  b.cc .+0x94
   18  9100021f  mov sp, x16
   1c  3c8183e8  stur q8, [sp,#24]
   20  aa0203e8  mov x8, x2
   24  aa0303e9  mov x9, x3
   28  aa0403ea  mov x10, x4
   2c  4ea11c30  mov v16.16b, v1.16b
   30  4ea21c51  mov v17.16b, v2.16b
   34  4ea31c72  mov v18.16b, v3.16b
   38  f9400bab  ldr x11, [x29,#16]
   3c  f9400fac  ldr x12, [x29,#24]
   40  fd4013a8  ldr d8, [x29,#32]
   44  f90003e1  str x1, [sp]
   48  f90007e0  str x0, [sp,#8]
   4c  fd000be0  str d0, [sp,#16]
   50  aa0c03e0  mov x0, x12
   54  aa0b03e1  mov x1, x11
   58  aa0703e2  mov x2, x7
   5c  aa0603e3  mov x3, x6
   60  aa0503e4  mov x4, x5
   64  aa0a03e5  mov x5, x10
   68  aa0903e6  mov x6, x9
   6c  aa0803e7  mov x7, x8
   70  4ea81d00  mov v0.16b, v8.16b
   74  4ea71ce1  mov v1.16b, v7.16b
   78  4ea61cc2  mov v2.16b, v6.16b
   7c  4ea51ca3  mov v3.16b, v5.16b
   80  4eb21e45  mov v5.16b, v18.16b
   84  4eb11e26  mov v6.16b, v17.16b
   88  4eb01e07  mov v7.16b, v16.16b
   8c  94000000  bl .+0x0                            ; call func 5
   90  9e660108  fmov x8, d8
   94  8b080000  add x0, x0, x8
   98  3cc183e8  ldur q8, [sp,#24]
   9c  910003bf  mov sp, x29
   a0  a8c17bfd  ldp x29, x30, [sp],#16
   a4  d65f03c0  ret
   a8  b940b271  ldr w17, [x19,#176]
   ac  350000d1  cbnz w17, .+0x18
   b0  f9407e71  ldr x17, [x19,#248]
   b4  eb11021f  cmp x16, x17
   b8  54fffb02  b.cs .+0xffffffffffffff60
   bc  52800040  mov w0, #0x2
   c0  94000000  bl .+0x0                            ; call thunk trap
   c4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   c8  d63f0200  blr x16
   cc  17ffffcf  b .+0xffffffffffffff3c
