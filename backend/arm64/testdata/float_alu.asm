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
   24  1e212808  fadd s8, s0, s1
   28  1e213908  fsub s8, s8, s1
   2c  1e200908  fmul s8, s8, s0
   30  1e211908  fdiv s8, s8, s1
   34  1e205908  fmin s8, s8, s0
   38  1e214908  fmax s8, s8, s1
   3c  1e260010  fmov w16, s0
   40  1e260111  fmov w17, s8
   44  33007a30  bfxil w16, w17, #0, #31
   48  1e270208  fmov s8, w16
   4c  5281fb71  mov w17, #0xfdb
   50  72a80931  movk w17, #0x4049, lsl #16
   54  1e270229  fmov s9, w17
   58  1e292900  fadd s0, s8, s9
   5c  1e632848  fadd d8, d2, d3
   60  1e633908  fsub d8, d8, d3
   64  1e620908  fmul d8, d8, d2
   68  1e631908  fdiv d8, d8, d3
   6c  1e625908  fmin d8, d8, d2
   70  1e634908  fmax d8, d8, d3
   74  9e660050  fmov x16, d2
   78  9e660111  fmov x17, d8
   7c  b340fa30  bfxil x16, x17, #0, #63
   80  9e670208  fmov d8, x16
   84  6f00e409  movi v9.2d, #0x0
   88  1e692901  fadd d1, d8, d9
   8c  910003bf  mov sp, x29
   90  a8c17bfd  ldp x29, x30, [sp],#16
   94  d65f03c0  ret
   98  52800040  mov w0, #0x2
   9c  94000000  bl .+0x0                            ; call thunk trap
   a0  52800160  mov w0, #0xb                        ; trap interrupted
   a4  94000000  bl .+0x0                            ; call thunk trap
