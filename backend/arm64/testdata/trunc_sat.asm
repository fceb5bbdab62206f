; trunc_sat for arm64 (features: none), from backend/testdata/cases/trunc_sat.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002a3  b.cc .+0x54
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000291  cbnz w17, .+0x50
   24  1e380008  fcvtzs w8, s0
   28  1e390009  fcvtzu w9, s0
   2c  1e78002a  fcvtzs w10, d1
   30  1e79002b  fcvtzu w11, d1
   34  9e38000c  fcvtzs x12, s0
   38  9e39000d  fcvtzu x13, s0
   3c  9e78002e  fcvtzs x14, d1
   40  9e79002f  fcvtzu x15, d1
   44  0b090108  add w8, w8, w9
   48  0b0a0108  add w8, w8, w10
   4c  0b0b0100  add w0, w8, w11
   50  8b0d0188  add x8, x12, x13
   54  8b0e0108  add x8, x8, x14
   58  8b0f0101  add x1, x8, x15
   5c  910003bf  mov sp, x29
   60  a8c17bfd  ldp x29, x30, [sp],#16
   64  d65f03c0  ret
   68  52800040  mov w0, #0x2
   6c  94000000  bl .+0x0                            ; call thunk trap
   70  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   74  d63f0200  blr x16
   78  17ffffeb  b .+0xffffffffffffffac
