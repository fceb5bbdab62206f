; branch for arm64 (features: none), from backend/testdata/cases/branch.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540003a3  b.cc .+0x74
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000391  cbnz w17, .+0x70
   24  6b01001f  cmp w0, w1
   28  5400006b  b.lt .+0xc
   2c  aa0003e1  mov x1, x0
   30  14000003  b .+0xc
   34  f100285f  cmp x2, #0xa
   38  540000c9  b.ls .+0x18
   3c  7100003f  cmp w1, #0x0
   40  1a9f17e8  cset w8, eq
   44  0b010109  add w9, w8, w1
   48  7100011f  cmp w8, #0x0
   4c  540000a0  b.eq .+0x14
   50  52800008  mov w8, #0x0
   54  6b00011f  cmp w8, w0
   58  1a9f07e8  cset w8, ne
   5c  aa0803e9  mov x9, x8
   60  7100013f  cmp w9, #0x0
   64  540000a1  b.ne .+0x14
   68  528000e0  mov w0, #0x7
   6c  910003bf  mov sp, x29
   70  a8c17bfd  ldp x29, x30, [sp],#16
   74  d65f03c0  ret
   78  aa0903e0  mov x0, x9
   7c  910003bf  mov sp, x29
   80  a8c17bfd  ldp x29, x30, [sp],#16
   84  d65f03c0  ret
   88  52800040  mov w0, #0x2
   8c  94000000  bl .+0x0                            ; call thunk trap
   90  52800160  mov w0, #0xb                        ; trap interrupted
   94  94000000  bl .+0x0                            ; call thunk trap
