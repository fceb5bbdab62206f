; mulh for arm64 (features: none), from backend/testdata/cases/mulh.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000303  b.cc .+0x60
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350002f1  cbnz w17, .+0x5c
   24  b202e7e8  mov x8, #0xcccccccccccccccc
   28  f29999a8  movk x8, #0xcccd
   2c  9bc87c08  umulh x8, x0, x8
   30  d343fd08  lsr x8, x8, #3
   34  d2800149  mov x9, #0xa
   38  9b097d09  mul x9, x8, x9
   3c  cb090009  sub x9, x0, x9
   40  5284926a  mov w10, #0x2493
   44  72b2492a  movk w10, #0x9249, lsl #16
   48  9b2a7c2a  smull x10, w1, w10
   4c  d360fd4a  lsr x10, x10, #32
   50  0b01014a  add w10, w10, w1
   54  13027d4a  asr w10, w10, #2
   58  531f7d4b  lsr w11, w10, #31
   5c  0b0b0142  add w2, w10, w11
   60  aa0803e0  mov x0, x8
   64  aa0903e1  mov x1, x9
   68  910003bf  mov sp, x29
   6c  a8c17bfd  ldp x29, x30, [sp],#16
   70  d65f03c0  ret
   74  52800040  mov w0, #0x2
   78  94000000  bl .+0x0                            ; call thunk trap
   7c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   80  d63f0200  blr x16
   84  17ffffe8  b .+0xffffffffffffffa0
