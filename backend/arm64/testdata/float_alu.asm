; float_alu for arm64 (features: none), from backend/testdata/cases/float_alu.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540003e3  b.cc .+0x7c
   18  9100021f  mov sp, x16
   1c  1e212810  fadd s16, s0, s1
   20  1e213a10  fsub s16, s16, s1
   24  1e200a10  fmul s16, s16, s0
   28  1e211a10  fdiv s16, s16, s1
   2c  1e205a10  fmin s16, s16, s0
   30  1e214a10  fmax s16, s16, s1
   34  1e260010  fmov w16, s0
   38  1e260211  fmov w17, s16
   3c  33007a30  bfxil w16, w17, #0, #31
   40  1e270210  fmov s16, w16
   44  5281fb71  mov w17, #0xfdb
   48  72a80931  movk w17, #0x4049, lsl #16
   4c  1e270231  fmov s17, w17
   50  1e312a00  fadd s0, s16, s17
   54  1e632850  fadd d16, d2, d3
   58  1e633a10  fsub d16, d16, d3
   5c  1e620a10  fmul d16, d16, d2
   60  1e631a10  fdiv d16, d16, d3
   64  1e625a10  fmin d16, d16, d2
   68  1e634a10  fmax d16, d16, d3
   6c  9e660050  fmov x16, d2
   70  9e660211  fmov x17, d16
   74  b340fa30  bfxil x16, x17, #0, #63
   78  9e670210  fmov d16, x16
   7c  6f00e411  movi v17.2d, #0x0
   80  1e712a01  fadd d1, d16, d17
   84  910003bf  mov sp, x29
   88  a8c17bfd  ldp x29, x30, [sp],#16
   8c  d65f03c0  ret
   90  b940b271  ldr w17, [x19,#176]
   94  350000d1  cbnz w17, .+0x18
   98  f9407e71  ldr x17, [x19,#248]
   9c  eb11021f  cmp x16, x17
   a0  54fffbc2  b.cs .+0xffffffffffffff78
   a4  52800040  mov w0, #0x2
   a8  94000000  bl .+0x0                            ; call thunk trap
   ac  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   b0  d63f0200  blr x16
   b4  17ffffd5  b .+0xffffffffffffff54
