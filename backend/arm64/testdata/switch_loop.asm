; switch_loop for arm64 (features: none), from backend/testdata/cases/switch_loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000343  b.cc .+0x68
   18  9100021f  mov sp, x16
   1c  71000c1f  cmp w0, #0x3
   20  54000262  b.cs .+0x4c
   24  10000090  adr x16, .+0x10
   28  b8a05a11  ldrsw x17, [x16,w0,uxtw #2]
   2c  8b110210  add x16, x16, x17
   30  d61f0200  br x16
   34  00000024  .word 0x24
   38  0000001c  .word 0x1c
   3c  0000000c  .word 0xc
   40  f101903f  cmp x1, #0x64
   44  2a0103e0  mov w0, w1
   48  54fffea3  b.cc .+0xffffffffffffffd4
   4c  14000006  b .+0x18
   50  b50000e1  cbnz x1, .+0x1c
   54  52800000  mov w0, #0x0
   58  91000421  add x1, x1, #0x1
   5c  52800040  mov w0, #0x2
   60  17fffff8  b .+0xffffffffffffffe0
   64  d1001421  sub x1, x1, #0x5
   68  52800120  mov w0, #0x9
   6c  aa0103e0  mov x0, x1
   70  910003bf  mov sp, x29
   74  a8c17bfd  ldp x29, x30, [sp],#16
   78  d65f03c0  ret
   7c  b940b271  ldr w17, [x19,#176]
   80  350000d1  cbnz w17, .+0x18
   84  f9407e71  ldr x17, [x19,#248]
   88  eb11021f  cmp x16, x17
   8c  54fffc62  b.cs .+0xffffffffffffff8c
   90  52800040  mov w0, #0x2
   94  94000000  bl .+0x0                            ; call thunk trap
   98  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   9c  d63f0200  blr x16
   a0  17ffffda  b .+0xffffffffffffff68
