; commute for arm64 (features: none), from backend/testdata/cases/commute.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000223  b.cc .+0x44
   18  9100021f  mov sp, x16
   1c  52800008  mov w8, #0x0
   20  1e27001f  fmov s31, w0
   24  0e205bff  cnt v31.8b, v31.8b
   28  0e31bbff  addv b31, v31.8b
   2c  1e2603e9  fmov w9, s31
   30  0b080128  add w8, w9, w8
   34  9b017d21  mul x1, x9, x1
   38  51000400  sub w0, w0, #0x1
   3c  35ffff20  cbnz w0, .+0xffffffffffffffe4
   40  2a0103e9  mov w9, w1
   44  4a090109  eor w9, w8, w9
   48  4b080120  sub w0, w9, w8
   4c  910003bf  mov sp, x29
   50  a8c17bfd  ldp x29, x30, [sp],#16
   54  d65f03c0  ret
   58  b940b271  ldr w17, [x19,#176]
   5c  350000d1  cbnz w17, .+0x18
   60  f9407e71  ldr x17, [x19,#248]
   64  eb11021f  cmp x16, x17
   68  54fffd82  b.cs .+0xffffffffffffffb0
   6c  52800040  mov w0, #0x2
   70  94000000  bl .+0x0                            ; call thunk trap
   74  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   78  d63f0200  blr x16
   7c  17ffffe3  b .+0xffffffffffffff8c
