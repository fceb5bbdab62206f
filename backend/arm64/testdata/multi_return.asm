; multi_return for arm64 (features: none), from backend/testdata/cases/multi_return.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540001c3  b.cc .+0x38
   18  9100021f  mov sp, x16
   1c  aa0003e8  mov x8, x0
   20  4ea01c10  mov v16.16b, v0.16b
   24  d2e808b1  mov x17, #0x4045000000000000
   28  9e670222  fmov d2, x17
   2c  4ea11c20  mov v0.16b, v1.16b
   30  4eb01e01  mov v1.16b, v16.16b
   34  aa0103e0  mov x0, x1
   38  aa0803e1  mov x1, x8
   3c  d2800542  mov x2, #0x2a
   40  910003bf  mov sp, x29
   44  a8c17bfd  ldp x29, x30, [sp],#16
   48  d65f03c0  ret
   4c  b940b271  ldr w17, [x19,#176]
   50  350000d1  cbnz w17, .+0x18
   54  f9407e71  ldr x17, [x19,#248]
   58  eb11021f  cmp x16, x17
   5c  54fffde2  b.cs .+0xffffffffffffffbc
   60  52800040  mov w0, #0x2
   64  94000000  bl .+0x0                            ; call thunk trap
   68  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   6c  d63f0200  blr x16
   70  17ffffe6  b .+0xffffffffffffff98
