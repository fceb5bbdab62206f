; select for arm64 (features: none), from backend/testdata/cases/select.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000263  b.cc .+0x4c
   18  9100021f  mov sp, x16
   1c  6b01001f  cmp w0, w1
   20  9a833048  csel x8, x2, x3, cc
   24  7100003f  cmp w1, #0x0
   28  1a810009  csel w9, w0, w1, eq
   2c  7100001f  cmp w0, #0x0
   30  1a811129  csel w9, w9, w1, ne
   34  8b090100  add x0, x8, x9
   38  eb03005f  cmp x2, x3
   3c  1e620c30  fcsel d16, d1, d2, eq
   40  1e2e1011  fmov s17, #1.000000000000000000e+00
   44  7100003f  cmp w1, #0x0
   48  1e311c11  fcsel s17, s0, s17, ne
   4c  1e22c231  fcvt d17, s17
   50  1e712a00  fadd d0, d16, d17
   54  910003bf  mov sp, x29
   58  a8c17bfd  ldp x29, x30, [sp],#16
   5c  d65f03c0  ret
   60  b940b271  ldr w17, [x19,#176]
   64  350000d1  cbnz w17, .+0x18
   68  f9407e71  ldr x17, [x19,#248]
   6c  eb11021f  cmp x16, x17
   70  54fffd42  b.cs .+0xffffffffffffffa8
   74  52800040  mov w0, #0x2
   78  94000000  bl .+0x0                            ; call thunk trap
   7c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   80  d63f0200  blr x16
   84  17ffffe1  b .+0xffffffffffffff84
