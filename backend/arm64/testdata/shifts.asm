; shifts for arm64 (features: none), from backend/testdata/cases/shifts.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540003a3  b.cc .+0x74
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000391  cbnz w17, .+0x70
   24  1ac12008  lsl w8, w0, w1
   28  1ac12908  asr w8, w8, w1
   2c  1ac12508  lsr w8, w8, w1
   30  4b0103f1  neg w17, w1
   34  1ad12d08  ror w8, w8, w17
   38  1ac12d08  ror w8, w8, w1
   3c  531d7108  lsl w8, w8, #3
   40  13017d08  asr w8, w8, #1
   44  53037d08  lsr w8, w8, #3
   48  13887508  ror w8, w8, #29
   4c  13880d00  ror w0, w8, #3
   50  9ac32048  lsl x8, x2, x3
   54  9ac32908  asr x8, x8, x3
   58  9ac32508  lsr x8, x8, x3
   5c  4b0303f1  neg w17, w3
   60  9ad12d08  ror x8, x8, x17
   64  9ac32d08  ror x8, x8, x3
   68  d37ff908  lsl x8, x8, #1
   6c  937ffd08  asr x8, x8, #63
   70  d37ffd08  lsr x8, x8, #63
   74  93c80508  ror x8, x8, #1
   78  93c8fd01  ror x1, x8, #63
   7c  910003bf  mov sp, x29
   80  a8c17bfd  ldp x29, x30, [sp],#16
   84  d65f03c0  ret
   88  52800040  mov w0, #0x2
   8c  94000000  bl .+0x0                            ; call thunk trap
   90  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   94  d63f0200  blr x16
   98  17ffffe3  b .+0xffffffffffffff8c
