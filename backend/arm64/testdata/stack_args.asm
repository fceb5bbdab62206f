; stack_args for arm64 (features: none), from backend/testdata/cases/stack_args.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d100c3f0  sub x16, sp, #0x30
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004e3  b.cc .+0x9c
   18  9100021f  mov sp, x16
   1c  fd0013e8  str d8, [sp,#32]
   20  aa0203e8  mov x8, x2
   24  aa0303e9  mov x9, x3
   28  aa0403ea  mov x10, x4
   2c  1e604030  fmov d16, d1
   30  1e604051  fmov d17, d2
   34  1e604072  fmov d18, d3
   38  f9400bab  ldr x11, [x29,#16]
   3c  f9400fac  ldr x12, [x29,#24]
   40  fd4013a8  ldr d8, [x29,#32]
   44  b940b271  ldr w17, [x19,#176]
   48  35000391  cbnz w17, .+0x70
   4c  f90003e1  str x1, [sp]
   50  f90007e0  str x0, [sp,#8]
   54  fd000be0  str d0, [sp,#16]
   58  aa0c03e0  mov x0, x12
   5c  aa0b03e1  mov x1, x11
   60  aa0703e2  mov x2, x7
   64  aa0603e3  mov x3, x6
   68  aa0503e4  mov x4, x5
   6c  aa0a03e5  mov x5, x10
   70  aa0903e6  mov x6, x9
   74  aa0803e7  mov x7, x8
   78  1e604100  fmov d0, d8
   7c  1e6040e1  fmov d1, d7
   80  1e6040c2  fmov d2, d6
   84  1e6040a3  fmov d3, d5
   88  1e604245  fmov d5, d18
   8c  1e604226  fmov d6, d17
   90  1e604207  fmov d7, d16
   94  94000000  bl .+0x0                            ; call func 5
   98  9e660108  fmov x8, d8
   9c  8b080000  add x0, x0, x8
   a0  fd4013e8  ldr d8, [sp,#32]
   a4  910003bf  mov sp, x29
   a8  a8c17bfd  ldp x29, x30, [sp],#16
   ac  d65f03c0  ret
   b0  52800040  mov w0, #0x2
   b4  94000000  bl .+0x0                            ; call thunk trap
   b8  52800160  mov w0, #0xb                        ; trap interrupted
   bc  94000000  bl .+0x0                            ; call thunk trap
