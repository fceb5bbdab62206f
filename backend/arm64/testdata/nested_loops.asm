; nested_loops for arm64 (features: none), from backend/testdata/cases/nested_loops.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002c3  b.cc .+0x58
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350002b1  cbnz w17, .+0x54
   24  51000408  sub w8, w0, #0x1
   28  7100011f  cmp w8, #0x0
   2c  540000e1  b.ne .+0x1c
   30  7100003f  cmp w1, #0x0
   34  54000080  b.eq .+0x10
   38  910003bf  mov sp, x29
   3c  a8c17bfd  ldp x29, x30, [sp],#16
   40  d65f03c0  ret
   44  14000000  b .+0x0
   48  0b080029  add w9, w1, w8
   4c  6b08013f  cmp w9, w8
   50  5400008c  b.gt .+0x10
   54  aa0103e0  mov x0, x1
   58  aa0803e1  mov x1, x8
   5c  17fffff2  b .+0xffffffffffffffc8
   60  aa0803e1  mov x1, x8
   64  aa0903e8  mov x8, x9
   68  17fffff8  b .+0xffffffffffffffe0
   6c  52800040  mov w0, #0x2
   70  94000000  bl .+0x0                            ; call thunk trap
   74  52800160  mov w0, #0xb                        ; trap interrupted
   78  94000000  bl .+0x0                            ; call thunk trap
