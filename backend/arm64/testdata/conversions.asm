; conversions for arm64 (features: none), from backend/testdata/cases/conversions.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004e3  b.cc .+0x9c
   18  9100021f  mov sp, x16
   1c  2a0103e8  mov w8, w1
   20  93407c09  sxtw x9, w0
   24  13001c0a  sxtb w10, w0
   28  13003d4a  sxth w10, w10
   2c  93401d29  sxtb x9, w9
   30  93403d29  sxth x9, w9
   34  93407d29  sxtw x9, w9
   38  8b090109  add x9, x8, x9
   3c  0b080148  add w8, w10, w8
   40  1e220010  scvtf s16, w0
   44  1e230011  ucvtf s17, w0
   48  9e220032  scvtf s18, x1
   4c  9e230033  ucvtf s19, x1
   50  1e620014  scvtf d20, w0
   54  1e630015  ucvtf d21, w0
   58  9e620036  scvtf d22, x1
   5c  9e630037  ucvtf d23, x1
   60  1e312a10  fadd s16, s16, s17
   64  1e322a10  fadd s16, s16, s18
   68  1e332a10  fadd s16, s16, s19
   6c  1e752a91  fadd d17, d20, d21
   70  1e762a31  fadd d17, d17, d22
   74  1e772a31  fadd d17, d17, d23
   78  1e22c210  fcvt d16, s16
   7c  1e624032  fcvt s18, d1
   80  1e702a30  fadd d16, d17, d16
   84  1e26000a  fmov w10, s0
   88  9e66002b  fmov x11, d1
   8c  1e270111  fmov s17, w8
   90  9e670133  fmov d19, x9
   94  0b080141  add w1, w10, w8
   98  8b090160  add x0, x11, x9
   9c  1e732a00  fadd d0, d16, d19
   a0  1e312a41  fadd s1, s18, s17
   a4  910003bf  mov sp, x29
   a8  a8c17bfd  ldp x29, x30, [sp],#16
   ac  d65f03c0  ret
   b0  b940b271  ldr w17, [x19,#176]
   b4  350000d1  cbnz w17, .+0x18
   b8  f9407e71  ldr x17, [x19,#248]
   bc  eb11021f  cmp x16, x17
   c0  54fffac2  b.cs .+0xffffffffffffff58
   c4  52800040  mov w0, #0x2
   c8  94000000  bl .+0x0                            ; call thunk trap
   cc  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   d0  d63f0200  blr x16
   d4  17ffffcd  b .+0xffffffffffffff34
