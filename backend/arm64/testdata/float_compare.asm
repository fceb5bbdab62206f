; float_compare for arm64 (features: none), from backend/testdata/cases/float_compare.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000543  b.cc .+0xa8
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000531  cbnz w17, .+0xa4
   24  1e212000  fcmp s0, s1
   28  1a9f17e8  cset w8, eq
   2c  1e212000  fcmp s0, s1
   30  1a9f07e9  cset w9, ne
   34  1e212000  fcmp s0, s1
   38  1a9f57ea  cset w10, mi
   3c  1e212000  fcmp s0, s1
   40  1a9fd7eb  cset w11, gt
   44  1e212000  fcmp s0, s1
   48  1a9f87ec  cset w12, ls
   4c  1e212000  fcmp s0, s1
   50  1a9fb7ed  cset w13, ge
   54  1e632040  fcmp d2, d3
   58  1a9f17ee  cset w14, eq
   5c  1e632040  fcmp d2, d3
   60  1a9f07ef  cset w15, ne
   64  1e632040  fcmp d2, d3
   68  1a9f57e0  cset w0, mi
   6c  1e632040  fcmp d2, d3
   70  1a9fd7e1  cset w1, gt
   74  1e632040  fcmp d2, d3
   78  1a9f87e2  cset w2, ls
   7c  1e632040  fcmp d2, d3
   80  1a9fb7e3  cset w3, ge
   84  0b090108  add w8, w8, w9
   88  0b0a0108  add w8, w8, w10
   8c  0b0b0108  add w8, w8, w11
   90  0b0c0108  add w8, w8, w12
   94  0b0d0108  add w8, w8, w13
   98  0b0e0108  add w8, w8, w14
   9c  0b0f0108  add w8, w8, w15
   a0  0b000108  add w8, w8, w0
   a4  0b010108  add w8, w8, w1
   a8  0b020108  add w8, w8, w2
   ac  0b030100  add w0, w8, w3
   b0  910003bf  mov sp, x29
   b4  a8c17bfd  ldp x29, x30, [sp],#16
   b8  d65f03c0  ret
   bc  52800040  mov w0, #0x2
   c0  94000000  bl .+0x0                            ; call thunk trap
   c4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   c8  d63f0200  blr x16
   cc  17ffffd6  b .+0xffffffffffffff58
