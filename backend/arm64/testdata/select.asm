; select for arm64 (features: none), from backend/testdata/cases/select.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002a3  b.cc .+0x54
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000291  cbnz w17, .+0x50
   24  6b01001f  cmp w0, w1
   28  9a833048  csel x8, x2, x3, cc
   2c  7100003f  cmp w1, #0x0
   30  1a810009  csel w9, w0, w1, eq
   34  7100001f  cmp w0, #0x0
   38  1a811129  csel w9, w9, w1, ne
   3c  8b090100  add x0, x8, x9
   40  eb03005f  cmp x2, x3
   44  1e620c30  fcsel d16, d1, d2, eq
   48  1e2e1011  fmov s17, #1.000000000000000000e+00
   4c  7100003f  cmp w1, #0x0
   50  1e311c11  fcsel s17, s0, s17, ne
   54  1e22c231  fcvt d17, s17
   58  1e712a00  fadd d0, d16, d17
   5c  910003bf  mov sp, x29
   60  a8c17bfd  ldp x29, x30, [sp],#16
   64  d65f03c0  ret
   68  52800040  mov w0, #0x2
   6c  94000000  bl .+0x0                            ; call thunk trap
   70  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   74  d63f0200  blr x16
   78  17ffffeb  b .+0xffffffffffffffac
