; bitcount for arm64 (features: none), from backend/testdata/cases/bitcount.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002a3  b.cc .+0x54
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000291  cbnz w17, .+0x50
   24  5ac01008  clz w8, w0
   28  5ac00108  rbit w8, w8
   2c  5ac01108  clz w8, w8
   30  1e27011f  fmov s31, w8
   34  0e205bff  cnt v31.8b, v31.8b
   38  0e31bbff  addv b31, v31.8b
   3c  1e2603e0  fmov w0, s31
   40  dac01028  clz x8, x1
   44  dac00108  rbit x8, x8
   48  dac01108  clz x8, x8
   4c  9e67011f  fmov d31, x8
   50  0e205bff  cnt v31.8b, v31.8b
   54  0e31bbff  addv b31, v31.8b
   58  1e2603e1  fmov w1, s31
   5c  910003bf  mov sp, x29
   60  a8c17bfd  ldp x29, x30, [sp],#16
   64  d65f03c0  ret
   68  52800040  mov w0, #0x2
   6c  94000000  bl .+0x0                            ; call thunk trap
   70  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   74  d63f0200  blr x16
   78  17ffffeb  b .+0xffffffffffffffac
