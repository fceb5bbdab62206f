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
   3c  f100941f  cmp x0, #0x25
   40  54000542  b.cs .+0xa8
   44  8b000008  add x8, x0, x0
   48  8b080ea9  add x9, x21, x8, lsl #3
   4c  f9400129  ldr x9, [x9]
   50  b4000509  cbz x9, .+0xa0
   54  b940112a  ldr w10, [x9,#16]
   58  6b16015f  cmp w10, w22
   5c  540004e1  b.ne .+0x9c
   60  8b080ea8  add x8, x21, x8, lsl #3
   64  f9400508  ldr x8, [x8,#8]
   68  f9400529  ldr x9, [x9,#8]
   6c  aa1703e0  mov x0, x23
   70  f9405e70  ldr x16, [x19,#184]
   74  eb09021f  cmp x16, x9
   78  54000281  b.ne .+0x50
   7c  d63f0100  blr x8
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
   b0  35000291  cbnz w17, .+0x50
   b4  f9407e71  ldr x17, [x19,#248]
   b8  eb11021f  cmp x16, x17
   bc  54fffae2  b.cs .+0xffffffffffffff5c
   c0  52800040  mov w0, #0x2
   c4  94000000  bl .+0x0                            ; call thunk trap
   c8  f9000ff0  str x16, [sp,#24]
   cc  f9005e69  str x9, [x19,#184]
   d0  f9400134  ldr x20, [x9]
   d4  d63f0100  blr x8
   d8  f9400ff0  ldr x16, [sp,#24]
   dc  f9005e70  str x16, [x19,#184]
   e0  f9400214  ldr x20, [x16]
   e4  17ffffe7  b .+0xffffffffffffff9c
   e8  52800120  mov w0, #0x9                        ; trap undefined_element
   ec  94000000  bl .+0x0                            ; call thunk trap
   f0  52800100  mov w0, #0x8                        ; trap null_element
   f4  94000000  bl .+0x0                            ; call thunk trap
   f8  528000e0  mov w0, #0x7                        ; trap indirect_call_type
   fc  94000000  bl .+0x0                            ; call thunk trap
  100  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  104  d63f0200  blr x16
  108  17ffffc0  b .+0xffffffffffffff00
