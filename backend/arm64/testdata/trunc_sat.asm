; trunc_sat for arm64 (features: none), from backend/testdata/cases/trunc_sat.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000263  b.cc .+0x4c
   18  9100021f  mov sp, x16
   1c  1e380008  fcvtzs w8, s0
   20  1e390009  fcvtzu w9, s0
   24  1e78002a  fcvtzs w10, d1
   28  1e79002b  fcvtzu w11, d1
   2c  9e38000c  fcvtzs x12, s0
   30  9e39000d  fcvtzu x13, s0
   34  9e78002e  fcvtzs x14, d1
   38  9e79002f  fcvtzu x15, d1
   3c  0b090108  add w8, w8, w9
   40  0b0a0108  add w8, w8, w10
   44  0b0b0100  add w0, w8, w11
   48  8b0d0188  add x8, x12, x13
   4c  8b0e0108  add x8, x8, x14
   50  8b0f0101  add x1, x8, x15
   54  910003bf  mov sp, x29
   58  a8c17bfd  ldp x29, x30, [sp],#16
   5c  d65f03c0  ret
   60  b940b271  ldr w17, [x19,#176]
   64  350000d1  cbnz w17, .+0x18
   68  f9407e71  ldr x17, [x19,#248]
   6c  eb11021f  cmp x16, x17
   70  54fffd42  b.cs .+0xffffffffffffffa8
   74  52800040  mov w0, #0x2
   78  94000000  bl .+0x0                            ; call thunk trap
   7c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   80  d63f0200  blr x16
   84  17ffffe1  b .+0xffffffffffffff84
