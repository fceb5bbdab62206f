; branch for arm64 (features: none), from backend/testdata/cases/branch.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000323  b.cc .+0x64
   18  9100021f  mov sp, x16
   1c  6b01001f  cmp w0, w1
   20  5400028a  b.ge .+0x50
   24  f100285f  cmp x2, #0xa
   28  540000a9  b.ls .+0x14
   2c  7100003f  cmp w1, #0x0
   30  1a9f17e8  cset w8, eq
   34  0b010109  add w9, w8, w1
   38  340000a8  cbz w8, .+0x14
   3c  52800008  mov w8, #0x0
   40  6b00011f  cmp w8, w0
   44  1a9f07e8  cset w8, ne
   48  aa0803e9  mov x9, x8
   4c  350000a9  cbnz w9, .+0x14
   50  528000e0  mov w0, #0x7
   54  910003bf  mov sp, x29
   58  a8c17bfd  ldp x29, x30, [sp],#16
   5c  d65f03c0  ret
   60  aa0903e0  mov x0, x9
   64  910003bf  mov sp, x29
   68  a8c17bfd  ldp x29, x30, [sp],#16
   6c  d65f03c0  ret
   70  aa0003e1  mov x1, x0
   74  17ffffee  b .+0xffffffffffffffb8
   78  b940b271  ldr w17, [x19,#176]
   7c  350000d1  cbnz w17, .+0x18
   80  f9407e71  ldr x17, [x19,#248]
   84  eb11021f  cmp x16, x17
   88  54fffc82  b.cs .+0xffffffffffffff90
   8c  52800040  mov w0, #0x2
   90  94000000  bl .+0x0                            ; call thunk trap
   94  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   98  d63f0200  blr x16
   9c  17ffffdb  b .+0xffffffffffffff6c
