; shifts for arm64 (features: none), from backend/testdata/cases/shifts.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000363  b.cc .+0x6c
   18  9100021f  mov sp, x16
   1c  1ac12008  lsl w8, w0, w1
   20  1ac12908  asr w8, w8, w1
   24  1ac12508  lsr w8, w8, w1
   28  4b0103f1  neg w17, w1
   2c  1ad12d08  ror w8, w8, w17
   30  1ac12d08  ror w8, w8, w1
   34  531d7108  lsl w8, w8, #3
   38  13017d08  asr w8, w8, #1
   3c  53037d08  lsr w8, w8, #3
   40  13887508  ror w8, w8, #29
   44  13880d00  ror w0, w8, #3
   48  9ac32048  lsl x8, x2, x3
   4c  9ac32908  asr x8, x8, x3
   50  9ac32508  lsr x8, x8, x3
   54  4b0303f1  neg w17, w3
   58  9ad12d08  ror x8, x8, x17
   5c  9ac32d08  ror x8, x8, x3
   60  d37ff908  lsl x8, x8, #1
   64  937ffd08  asr x8, x8, #63
   68  d37ffd08  lsr x8, x8, #63
   6c  93c80508  ror x8, x8, #1
   70  93c8fd01  ror x1, x8, #63
   74  910003bf  mov sp, x29
   78  a8c17bfd  ldp x29, x30, [sp],#16
   7c  d65f03c0  ret
   80  b940b271  ldr w17, [x19,#176]
   84  350000d1  cbnz w17, .+0x18
   88  f9407e71  ldr x17, [x19,#248]
   8c  eb11021f  cmp x16, x17
   90  54fffc42  b.cs .+0xffffffffffffff88
   94  52800040  mov w0, #0x2
   98  94000000  bl .+0x0                            ; call thunk trap
   9c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   a0  d63f0200  blr x16
   a4  17ffffd9  b .+0xffffffffffffff64
