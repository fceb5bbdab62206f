; mulh for arm64 (features: none), from backend/testdata/cases/mulh.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002c3  b.cc .+0x58
   18  9100021f  mov sp, x16
   1c  b202e7e8  mov x8, #0xcccccccccccccccc
   20  f29999a8  movk x8, #0xcccd
   24  9bc87c08  umulh x8, x0, x8
   28  d343fd08  lsr x8, x8, #3
   2c  d2800149  mov x9, #0xa
   30  9b097d09  mul x9, x8, x9
   34  cb090009  sub x9, x0, x9
   38  5284926a  mov w10, #0x2493
   3c  72b2492a  movk w10, #0x9249, lsl #16
   40  9b2a7c2a  smull x10, w1, w10
   44  d360fd4a  lsr x10, x10, #32
   48  0b01014a  add w10, w10, w1
   4c  13027d4a  asr w10, w10, #2
   50  531f7d4b  lsr w11, w10, #31
   54  0b0b0142  add w2, w10, w11
   58  aa0803e0  mov x0, x8
   5c  aa0903e1  mov x1, x9
   60  910003bf  mov sp, x29
   64  a8c17bfd  ldp x29, x30, [sp],#16
   68  d65f03c0  ret
   6c  b940b271  ldr w17, [x19,#176]
   70  350000d1  cbnz w17, .+0x18
   74  f9407e71  ldr x17, [x19,#248]
   78  eb11021f  cmp x16, x17
   7c  54fffce2  b.cs .+0xffffffffffffff9c
   80  52800040  mov w0, #0x2
   84  94000000  bl .+0x0                            ; call thunk trap
   88  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   8c  d63f0200  blr x16
   90  17ffffde  b .+0xffffffffffffff78
