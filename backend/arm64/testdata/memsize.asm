; memsize for arm64 (features: none), from backend/testdata/cases/memsize.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10083f0  sub x16, sp, #0x20
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000303  b.cc .+0x60
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350002f1  cbnz w17, .+0x5c
   24  f9405e68  ldr x8, [x19,#184]
   28  b840a108  ldur w8, [x8,#10]
   2c  f9000fe8  str x8, [sp,#24]
   30  f90003e0  str x0, [sp]
   34  910003f1  mov x17, sp
   38  f9003671  str x17, [x19,#104]
   3c  d2800031  mov x17, #0x1
   40  f9003a71  str x17, [x19,#112]
   44  d2800011  mov x17, #0x0
   48  f9003271  str x17, [x19,#96]
   4c  94000000  bl .+0x0                            ; call thunk host-exit
   50  f94003e0  ldr x0, [sp]
   54  f9405e68  ldr x8, [x19,#184]
   58  b840a108  ldur w8, [x8,#10]
   5c  f9400fe9  ldr x9, [sp,#24]
   60  0b000129  add w9, w9, w0
   64  0b080120  add w0, w9, w8
   68  910003bf  mov sp, x29
   6c  a8c17bfd  ldp x29, x30, [sp],#16
   70  d65f03c0  ret
   74  52800040  mov w0, #0x2
   78  94000000  bl .+0x0                            ; call thunk trap
   7c  52800160  mov w0, #0xb                        ; trap interrupted
   80  94000000  bl .+0x0                            ; call thunk trap
