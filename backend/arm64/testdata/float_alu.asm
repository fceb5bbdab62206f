; float_alu for arm64 (features: none), from backend/testdata/cases/float_alu.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000423  b.cc .+0x84
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000411  cbnz w17, .+0x80
   24  1e212810  fadd s16, s0, s1
   28  1e213a10  fsub s16, s16, s1
   2c  1e200a10  fmul s16, s16, s0
   30  1e211a10  fdiv s16, s16, s1
   34  1e205a10  fmin s16, s16, s0
   38  1e214a10  fmax s16, s16, s1
   3c  1e260010  fmov w16, s0
   40  1e260211  fmov w17, s16
   44  33007a30  bfxil w16, w17, #0, #31
   48  1e270210  fmov s16, w16
   4c  5281fb71  mov w17, #0xfdb
   50  72a80931  movk w17, #0x4049, lsl #16
   54  1e270231  fmov s17, w17
   58  1e312a00  fadd s0, s16, s17
   5c  1e632850  fadd d16, d2, d3
   60  1e633a10  fsub d16, d16, d3
   64  1e620a10  fmul d16, d16, d2
   68  1e631a10  fdiv d16, d16, d3
   6c  1e625a10  fmin d16, d16, d2
   70  1e634a10  fmax d16, d16, d3
   74  9e660050  fmov x16, d2
   78  9e660211  fmov x17, d16
   7c  b340fa30  bfxil x16, x17, #0, #63
   80  9e670210  fmov d16, x16
   84  6f00e411  movi v17.2d, #0x0
   88  1e712a01  fadd d1, d16, d17
   8c  910003bf  mov sp, x29
   90  a8c17bfd  ldp x29, x30, [sp],#16
   94  d65f03c0  ret
   98  52800040  mov w0, #0x2
   9c  94000000  bl .+0x0                            ; call thunk trap
   a0  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   a4  d63f0200  blr x16
   a8  17ffffdf  b .+0xffffffffffffff7c
