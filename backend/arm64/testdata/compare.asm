; compare for arm64 (features: none), from backend/testdata/cases/compare.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000683  b.cc .+0xd0
   18  9100021f  mov sp, x16
   1c  6b01001f  cmp w0, w1
   20  1a9f17e8  cset w8, eq
   24  6b01001f  cmp w0, w1
   28  1a9f07e9  cset w9, ne
   2c  6b01001f  cmp w0, w1
   30  1a9fa7ea  cset w10, lt
   34  6b01001f  cmp w0, w1
   38  1a9f27eb  cset w11, cc
   3c  6b01001f  cmp w0, w1
   40  1a9fd7ec  cset w12, gt
   44  6b01001f  cmp w0, w1
   48  1a9f97ed  cset w13, hi
   4c  6b01001f  cmp w0, w1
   50  1a9fc7ee  cset w14, le
   54  6b01001f  cmp w0, w1
   58  1a9f87ef  cset w15, ls
   5c  6b01001f  cmp w0, w1
   60  1a9fb7e4  cset w4, ge
   64  6b01001f  cmp w0, w1
   68  1a9f37e1  cset w1, cs
   6c  f100005f  cmp x2, #0x0
   70  1a9f17e5  cset w5, eq
   74  f100005f  cmp x2, #0x0
   78  1a9f07e6  cset w6, ne
   7c  b100145f  cmn x2, #0x5
   80  1a9fa7e7  cset w7, lt
   84  eb03005f  cmp x2, x3
   88  1a9f37e2  cset w2, cs
   8c  7100001f  cmp w0, #0x0
   90  1a9f17e0  cset w0, eq
   94  f100007f  cmp x3, #0x0
   98  1a9f17e3  cset w3, eq
   9c  4a090108  eor w8, w8, w9
   a0  4a0a0108  eor w8, w8, w10
   a4  4a0b0108  eor w8, w8, w11
   a8  4a0c0108  eor w8, w8, w12
   ac  4a0d0108  eor w8, w8, w13
   b0  4a0e0108  eor w8, w8, w14
   b4  4a0f0108  eor w8, w8, w15
   b8  4a040108  eor w8, w8, w4
   bc  4a010108  eor w8, w8, w1
   c0  4a050108  eor w8, w8, w5
   c4  4a060108  eor w8, w8, w6
   c8  4a070108  eor w8, w8, w7
   cc  4a020108  eor w8, w8, w2
   d0  4a000108  eor w8, w8, w0
   d4  4a030100  eor w0, w8, w3
   d8  910003bf  mov sp, x29
   dc  a8c17bfd  ldp x29, x30, [sp],#16
   e0  d65f03c0  ret
   e4  b940b271  ldr w17, [x19,#176]
   e8  350000d1  cbnz w17, .+0x18
   ec  f9407e71  ldr x17, [x19,#248]
   f0  eb11021f  cmp x16, x17
   f4  54fff922  b.cs .+0xffffffffffffff24
   f8  52800040  mov w0, #0x2
   fc  94000000  bl .+0x0                            ; call thunk trap
  100  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  104  d63f0200  blr x16
  108  17ffffc0  b .+0xffffffffffffff00
