; conversions for arm64 (features: none), from backend/testdata/cases/conversions.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000543  b.cc .+0xa8
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000531  cbnz w17, .+0xa4
   24  2a0103e8  mov w8, w1
   28  93407c09  sxtw x9, w0
   2c  aa0803ea  mov x10, x8
   30  13001c0b  sxtb w11, w0
   34  13003d6b  sxth w11, w11
   38  93401d29  sxtb x9, w9
   3c  93403d29  sxth x9, w9
   40  93407d29  sxtw x9, w9
   44  8b090149  add x9, x10, x9
   48  0b080168  add w8, w11, w8
   4c  1e220010  scvtf s16, w0
   50  1e230011  ucvtf s17, w0
   54  9e220032  scvtf s18, x1
   58  9e230033  ucvtf s19, x1
   5c  1e620014  scvtf d20, w0
   60  1e630015  ucvtf d21, w0
   64  9e620036  scvtf d22, x1
   68  9e630037  ucvtf d23, x1
   6c  1e312a10  fadd s16, s16, s17
   70  1e322a10  fadd s16, s16, s18
   74  1e332a10  fadd s16, s16, s19
   78  1e752a91  fadd d17, d20, d21
   7c  1e762a31  fadd d17, d17, d22
   80  1e772a31  fadd d17, d17, d23
   84  1e22c210  fcvt d16, s16
   88  1e624032  fcvt s18, d1
   8c  1e702a30  fadd d16, d17, d16
   90  1e26000a  fmov w10, s0
   94  9e66002b  fmov x11, d1
   98  1e270111  fmov s17, w8
   9c  9e670133  fmov d19, x9
   a0  0b080141  add w1, w10, w8
   a4  8b090160  add x0, x11, x9
   a8  1e732a00  fadd d0, d16, d19
   ac  1e312a41  fadd s1, s18, s17
   b0  910003bf  mov sp, x29
   b4  a8c17bfd  ldp x29, x30, [sp],#16
   b8  d65f03c0  ret
   bc  52800040  mov w0, #0x2
   c0  94000000  bl .+0x0                            ; call thunk trap
   c4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   c8  d63f0200  blr x16
   cc  17ffffd6  b .+0xffffffffffffff58
