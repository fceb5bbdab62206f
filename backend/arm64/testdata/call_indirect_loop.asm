; call_indirect_loop for arm64 (features: none), from backend/testdata/cases/call_indirect_loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10083f0  sub x16, sp, #0x20
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004c3  b.cc .+0x98
   18  9100021f  mov sp, x16
   1c  f9000bf5  str x21, [sp,#16]
   20  f90007f6  str x22, [sp,#8]
   24  f90003f7  str x23, [sp]
   28  f9405e68  ldr x8, [x19,#184]
   2c  f9402509  ldr x9, [x8,#72]
   30  f9400135  ldr x21, [x9]
   34  b9407d16  ldr w22, [x8,#124]
   38  aa0103f7  mov x23, x1
   3c  b940b271  ldr w17, [x19,#176]
   40  35000551  cbnz w17, .+0xa8
   44  f100941f  cmp x0, #0x25
   48  54000562  b.cs .+0xac
   4c  8b000ea8  add x8, x21, x0, lsl #3
   50  f9400108  ldr x8, [x8]
   54  b4000548  cbz x8, .+0xa8
   58  b9401109  ldr w9, [x8,#16]
   5c  6b16013f  cmp w9, w22
   60  54000521  b.ne .+0xa4
   64  f9400109  ldr x9, [x8]
   68  f9400508  ldr x8, [x8,#8]
   6c  aa1703e0  mov x0, x23
   70  f9405e70  ldr x16, [x19,#184]
   74  eb08021f  cmp x16, x8
   78  54000281  b.ne .+0x50
   7c  d63f0120  blr x9
   80  12000808  and w8, w0, #0x7
   84  510006f7  sub w23, w23, #0x1
   88  34000077  cbz w23, .+0xc
   8c  aa0803e0  mov x0, x8
   90  17ffffeb  b .+0xffffffffffffffac
   94  f9400bf5  ldr x21, [sp,#16]
   98  f94007f6  ldr x22, [sp,#8]
   9c  f94003f7  ldr x23, [sp]
   a0  910003bf  mov sp, x29
   a4  a8c17bfd  ldp x29, x30, [sp],#16
   a8  d65f03c0  ret
   ac  b940b271  ldr w17, [x19,#176]
   b0  350002f1  cbnz w17, .+0x5c
   b4  f9407e71  ldr x17, [x19,#248]
   b8  eb11021f  cmp x16, x17
   bc  54fffae2  b.cs .+0xffffffffffffff5c
   c0  52800040  mov w0, #0x2
   c4  94000000  bl .+0x0                            ; call thunk trap
   c8  f9000ff0  str x16, [sp,#24]
   cc  f9005e68  str x8, [x19,#184]
   d0  f9400114  ldr x20, [x8]
   d4  d63f0120  blr x9
   d8  f9400ff0  ldr x16, [sp,#24]
   dc  f9005e70  str x16, [x19,#184]
   e0  f9400214  ldr x20, [x16]
   e4  17ffffe7  b .+0xffffffffffffff9c
   e8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   ec  d63f0200  blr x16
   f0  17ffffd5  b .+0xffffffffffffff54
   f4  52800120  mov w0, #0x9                        ; trap undefined_element
   f8  94000000  bl .+0x0                            ; call thunk trap
   fc  52800100  mov w0, #0x8                        ; trap null_element
  100  94000000  bl .+0x0                            ; call thunk trap
  104  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  108  94000000  bl .+0x0                            ; call thunk trap
  10c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  110  d63f0200  blr x16
  114  17ffffbd  b .+0xfffffffffffffef4
