; branch for arm64 (features: none), from backend/testdata/cases/branch.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000363  b.cc .+0x6c
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000351  cbnz w17, .+0x68
   24  6b01001f  cmp w0, w1
   28  5400006b  b.lt .+0xc
   2c  aa0003e1  mov x1, x0
   30  14000003  b .+0xc
   34  f100285f  cmp x2, #0xa
   38  540000a9  b.ls .+0x14
   3c  7100003f  cmp w1, #0x0
   40  1a9f17e8  cset w8, eq
   44  0b010109  add w9, w8, w1
   48  340000a8  cbz w8, .+0x14
   4c  52800008  mov w8, #0x0
   50  6b00011f  cmp w8, w0
   54  1a9f07e8  cset w8, ne
   58  aa0803e9  mov x9, x8
   5c  350000a9  cbnz w9, .+0x14
   60  528000e0  mov w0, #0x7
   64  910003bf  mov sp, x29
   68  a8c17bfd  ldp x29, x30, [sp],#16
   6c  d65f03c0  ret
   70  aa0903e0  mov x0, x9
   74  910003bf  mov sp, x29
   78  a8c17bfd  ldp x29, x30, [sp],#16
   7c  d65f03c0  ret
   80  52800040  mov w0, #0x2
   84  94000000  bl .+0x0                            ; call thunk trap
   88  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   8c  d63f0200  blr x16
   90  17ffffe5  b .+0xffffffffffffff94
