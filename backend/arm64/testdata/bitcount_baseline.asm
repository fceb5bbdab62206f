; bitcount_baseline for arm64 (features: popcnt), from backend/testdata/cases/bitcount_baseline.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000263  b.cc .+0x4c
   18  9100021f  mov sp, x16
   1c  5ac01008  clz w8, w0
   20  5ac00108  rbit w8, w8
   24  5ac01108  clz w8, w8
   28  1e27011f  fmov s31, w8
   2c  0e205bff  cnt v31.8b, v31.8b
   30  0e31bbff  addv b31, v31.8b
   34  1e2603e0  fmov w0, s31
   38  dac01028  clz x8, x1
   3c  dac00108  rbit x8, x8
   40  dac01108  clz x8, x8
   44  9e67011f  fmov d31, x8
   48  0e205bff  cnt v31.8b, v31.8b
   4c  0e31bbff  addv b31, v31.8b
   50  1e2603e1  fmov w1, s31
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
