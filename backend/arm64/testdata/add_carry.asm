; add_carry for arm64 (features: none), from backend/testdata/cases/add_carry.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002a3  b.cc .+0x54
   18  9100021f  mov sp, x16
   1c  6b02003f  cmp w1, w2
   20  1a9f27e8  cset w8, cc
   24  0b080008  add w8, w0, w8
   28  7100003f  cmp w1, #0x0
   2c  1a9f07e9  cset w9, ne
   30  4b090108  sub w8, w8, w9
   34  f100007f  cmp x3, #0x0
   38  1a9f17e9  cset w9, eq
   3c  0b080128  add w8, w9, w8
   40  6b02003f  cmp w1, w2
   44  1a9fa7e9  cset w9, lt
   48  0b090108  add w8, w8, w9
   4c  71001c5f  cmp w2, #0x7
   50  1a9f97e9  cset w9, hi
   54  0b090108  add w8, w8, w9
   58  1b097d00  mul w0, w8, w9
   5c  910003bf  mov sp, x29
   60  a8c17bfd  ldp x29, x30, [sp],#16
   64  d65f03c0  ret
   68  b940b271  ldr w17, [x19,#176]
   6c  350000d1  cbnz w17, .+0x18
   70  f9407e71  ldr x17, [x19,#248]
   74  eb11021f  cmp x16, x17
   78  54fffd02  b.cs .+0xffffffffffffffa0
   7c  52800040  mov w0, #0x2
   80  94000000  bl .+0x0                            ; call thunk trap
   84  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   88  d63f0200  blr x16
   8c  17ffffdf  b .+0xffffffffffffff7c
