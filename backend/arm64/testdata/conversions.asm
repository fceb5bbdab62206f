; conversions for arm64 (features: none), from backend/testdata/cases/conversions.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000503  b.cc .+0xa0
   18  9100021f  mov sp, x16
   1c  2a0103e8  mov w8, w1
   20  93407c09  sxtw x9, w0
   24  aa0803ea  mov x10, x8
   28  13001c0b  sxtb w11, w0
   2c  13003d6b  sxth w11, w11
   30  93401d29  sxtb x9, w9
   34  93403d29  sxth x9, w9
   38  93407d29  sxtw x9, w9
   3c  8b090149  add x9, x10, x9
   40  0b080168  add w8, w11, w8
   44  1e220010  scvtf s16, w0
   48  1e230011  ucvtf s17, w0
   4c  9e220032  scvtf s18, x1
   50  9e230033  ucvtf s19, x1
   54  1e620014  scvtf d20, w0
   58  1e630015  ucvtf d21, w0
   5c  9e620036  scvtf d22, x1
   60  9e630037  ucvtf d23, x1
   64  1e312a10  fadd s16, s16, s17
   68  1e322a10  fadd s16, s16, s18
   6c  1e332a10  fadd s16, s16, s19
   70  1e752a91  fadd d17, d20, d21
   74  1e762a31  fadd d17, d17, d22
   78  1e772a31  fadd d17, d17, d23
   7c  1e22c210  fcvt d16, s16
   80  1e624032  fcvt s18, d1
   84  1e702a30  fadd d16, d17, d16
   88  1e26000a  fmov w10, s0
   8c  9e66002b  fmov x11, d1
   90  1e270111  fmov s17, w8
   94  9e670133  fmov d19, x9
   98  0b080141  add w1, w10, w8
   9c  8b090160  add x0, x11, x9
   a0  1e732a00  fadd d0, d16, d19
   a4  1e312a41  fadd s1, s18, s17
   a8  910003bf  mov sp, x29
   ac  a8c17bfd  ldp x29, x30, [sp],#16
   b0  d65f03c0  ret
   b4  b940b271  ldr w17, [x19,#176]
   b8  350000d1  cbnz w17, .+0x18
   bc  f9407e71  ldr x17, [x19,#248]
   c0  eb11021f  cmp x16, x17
   c4  54fffaa2  b.cs .+0xffffffffffffff54
   c8  52800040  mov w0, #0x2
   cc  94000000  bl .+0x0                            ; call thunk trap
   d0  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   d4  d63f0200  blr x16
   d8  17ffffcc  b .+0xffffffffffffff30
