; simd_lanewise for arm64 (features: none), from backend/testdata/cases/simd_lanewise.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540006e3  b.cc .+0xdc
   18  9100021f  mov sp, x16
   1c  4ea18410  add v16.4s, v0.4s, v1.4s
   20  4ee1d610  fsub v16.2d, v16.2d, v1.2d
   24  4e609e10  mul v16.8h, v16.8h, v0.8h
   28  4ea00831  rev64 v17.4s, v1.4s
   2c  4eb09e31  mul v17.4s, v17.4s, v16.4s
   30  6ea02a31  uaddlp v17.2d, v17.4s
   34  4f605631  shl v17.2d, v17.2d, #32
   38  0ea12a10  xtn v16.2s, v16.2d
   3c  0ea12832  xtn v18.2s, v1.2d
   40  2eb28211  umlal v17.2d, v16.2s, v18.2s
   44  6e200e30  uqadd v16.16b, v17.16b, v0.16b
   48  4ea16e10  smin v16.4s, v16.4s, v1.4s
   4c  6e601610  urhadd v16.8h, v16.8h, v0.8h
   50  6e61b610  sqrdmulh v16.8h, v16.8h, v1.8h
   54  4ea0f610  fmin v16.4s, v16.4s, v0.4s
   58  6ef0e431  fcmgt v17.2d, v1.2d, v16.2d
   5c  6e701c31  bsl v17.16b, v1.16b, v16.16b
   60  0e60c230  smull v16.4s, v17.4h, v0.4h
   64  4e60c231  smull2 v17.4s, v17.8h, v0.8h
   68  4eb1be10  addp v16.4s, v16.4s, v17.4s
   6c  2e212a10  sqxtun v16.8b, v16.8h
   70  6e212830  sqxtun2 v16.16b, v1.8h
   74  4ea0c210  smull2 v16.2d, v16.4s, v0.4s
   78  4e010210  tbl v16.16b, {v16.16b}, v1.16b
   7c  4e601e10  bic v16.16b, v16.16b, v0.16b
   80  4ea21c51  mov v17.16b, v2.16b
   84  6e611e11  bsl v17.16b, v16.16b, v1.16b
   88  6e205a30  mvn v16.16b, v17.16b
   8c  6ea0fa10  fneg v16.4s, v16.4s
   90  4ee0ba10  abs v16.2d, v16.2d
   94  4e205a10  cnt v16.16b, v16.16b
   98  4e618a10  frintn v16.2d, v16.2d
   9c  6f10a610  uxtl2 v16.4s, v16.8h
   a0  4e202a10  saddlp v16.8h, v16.16b
   a4  6e21da10  ucvtf v16.4s, v16.4s
   a8  0f20a610  sxtl v16.2d, v16.2s
   ac  4e61da10  scvtf v16.2d, v16.2d
   b0  6ee1ba10  fcvtzu v16.2d, v16.2d
   b4  2ea14a10  uqxtn v16.2s, v16.2d
   b8  0e616a10  fcvtn v16.2s, v16.2d
   bc  0e617a10  fcvtl v16.2d, v16.2s
   c0  4ea1ba10  fcvtzs v16.4s, v16.4s
   c4  6e608e10  cmeq v16.8h, v16.8h, v0.8h
   c8  6e205a10  mvn v16.16b, v16.16b
   cc  6eb03430  cmhi v16.4s, v1.4s, v16.4s
   d0  4ee03e10  cmge v16.2d, v16.2d, v0.2d
   d4  6e30e430  fcmge v16.4s, v1.4s, v16.4s
   d8  4e60e610  fcmeq v16.2d, v16.2d, v0.2d
   dc  6e205a00  mvn v0.16b, v16.16b
   e0  4ea21c41  mov v1.16b, v2.16b
   e4  910003bf  mov sp, x29
   e8  a8c17bfd  ldp x29, x30, [sp],#16
   ec  d65f03c0  ret
   f0  b940b271  ldr w17, [x19,#176]
   f4  350000d1  cbnz w17, .+0x18
   f8  f9407e71  ldr x17, [x19,#248]
   fc  eb11021f  cmp x16, x17
  100  54fff8c2  b.cs .+0xffffffffffffff18
  104  52800040  mov w0, #0x2
  108  94000000  bl .+0x0                            ; call thunk trap
  10c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  110  d63f0200  blr x16
  114  17ffffbd  b .+0xfffffffffffffef4
