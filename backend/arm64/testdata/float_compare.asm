; float_compare for arm64 (features: none), from backend/testdata/cases/float_compare.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000503  b.cc .+0xa0
   18  9100021f  mov sp, x16
   1c  1e212000  fcmp s0, s1
   20  1a9f17e8  cset w8, eq
   24  1e212000  fcmp s0, s1
   28  1a9f07e9  cset w9, ne
   2c  1e212000  fcmp s0, s1
   30  1a9f57ea  cset w10, mi
   34  1e212000  fcmp s0, s1
   38  1a9fd7eb  cset w11, gt
   3c  1e212000  fcmp s0, s1
   40  1a9f87ec  cset w12, ls
   44  1e212000  fcmp s0, s1
   48  1a9fb7ed  cset w13, ge
   4c  1e632040  fcmp d2, d3
   50  1a9f17ee  cset w14, eq
   54  1e632040  fcmp d2, d3
   58  1a9f07ef  cset w15, ne
   5c  1e632040  fcmp d2, d3
   60  1a9f57e0  cset w0, mi
   64  1e632040  fcmp d2, d3
   68  1a9fd7e1  cset w1, gt
   6c  1e632040  fcmp d2, d3
   70  1a9f87e2  cset w2, ls
   74  1e632040  fcmp d2, d3
   78  1a9fb7e3  cset w3, ge
   7c  0b090108  add w8, w8, w9
   80  0b0a0108  add w8, w8, w10
   84  0b0b0108  add w8, w8, w11
   88  0b0c0108  add w8, w8, w12
   8c  0b0d0108  add w8, w8, w13
   90  0b0e0108  add w8, w8, w14
   94  0b0f0108  add w8, w8, w15
   98  0b000108  add w8, w8, w0
   9c  0b010108  add w8, w8, w1
   a0  0b020108  add w8, w8, w2
   a4  0b030100  add w0, w8, w3
   a8  910003bf  mov sp, x29
   ac  a8c17bfd  ldp x29, x30, [sp],#16
   b0  d65f03c0  ret
   b4  b940b271  ldr w17, [x19,#176]
   b8  350000d1  cbnz w17, .+0x18
   bc  f9407e71  ldr x17, [x19,#248]
   c0  eb11021f  cmp x16, x17
   c4  54fffaa2  b.cs .+0xffffffffffffff54
   c8  52800040  mov w0, #0x2
   cc  94000000  bl .+0x0                            ; call thunk trap
   d0  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   d4  d63f0200  blr x16
   d8  17ffffcc  b .+0xffffffffffffff30
