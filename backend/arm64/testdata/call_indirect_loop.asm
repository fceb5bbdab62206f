; call_indirect_loop for arm64 (features: none), from backend/testdata/cases/call_indirect_loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10083f0  sub x16, sp, #0x20
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000483  b.cc .+0x90
   18  9100021f  mov sp, x16
   1c  f9000bf5  str x21, [sp,#16]
   20  f90007f6  str x22, [sp,#8]
   24  f90003f7  str x23, [sp]
   28  f9405e68  ldr x8, [x19,#184]
   2c  f9402509  ldr x9, [x8,#72]
   30  f9400135  ldr x21, [x9]
   34  b9407d16  ldr w22, [x8,#124]
   38  aa0103f7  mov x23, x1
   3c  f100941f  cmp x0, #0x25
   40  54000502  b.cs .+0xa0
   44  8b000ea8  add x8, x21, x0, lsl #3
   48  f9400108  ldr x8, [x8]
   4c  b40004e8  cbz x8, .+0x9c
   50  b9401109  ldr w9, [x8,#16]
   54  6b16013f  cmp w9, w22
   58  540004c1  b.ne .+0x98
   5c  f9400109  ldr x9, [x8]
   60  f9400508  ldr x8, [x8,#8]
   64  aa1703e0  mov x0, x23
   68  f9405e70  ldr x16, [x19,#184]
   6c  eb08021f  cmp x16, x8
   70  54000281  b.ne .+0x50
   74  d63f0120  blr x9
   78  12000808  and w8, w0, #0x7
   7c  510006f7  sub w23, w23, #0x1
   80  34000077  cbz w23, .+0xc
   84  aa0803e0  mov x0, x8
   88  17ffffed  b .+0xffffffffffffffb4
   8c  f9400bf5  ldr x21, [sp,#16]
   90  f94007f6  ldr x22, [sp,#8]
   94  f94003f7  ldr x23, [sp]
   98  910003bf  mov sp, x29
   9c  a8c17bfd  ldp x29, x30, [sp],#16
   a0  d65f03c0  ret
   a4  b940b271  ldr w17, [x19,#176]
   a8  35000291  cbnz w17, .+0x50
   ac  f9407e71  ldr x17, [x19,#248]
   b0  eb11021f  cmp x16, x17
   b4  54fffb22  b.cs .+0xffffffffffffff64
   b8  52800040  mov w0, #0x2
   bc  94000000  bl .+0x0                            ; call thunk trap
   c0  f9000ff0  str x16, [sp,#24]
   c4  f9005e68  str x8, [x19,#184]
   c8  f9400114  ldr x20, [x8]
   cc  d63f0120  blr x9
   d0  f9400ff0  ldr x16, [sp,#24]
   d4  f9005e70  str x16, [x19,#184]
   d8  f9400214  ldr x20, [x16]
   dc  17ffffe7  b .+0xffffffffffffff9c
   e0  52800120  mov w0, #0x9                        ; trap undefined_element
   e4  94000000  bl .+0x0                            ; call thunk trap
   e8  52800100  mov w0, #0x8                        ; trap null_element
   ec  94000000  bl .+0x0                            ; call thunk trap
   f0  528000e0  mov w0, #0x7                        ; trap indirect_call_type
   f4  94000000  bl .+0x0                            ; call thunk trap
   f8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   fc  d63f0200  blr x16
  100  17ffffc2  b .+0xffffffffffffff08
