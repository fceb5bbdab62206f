; call_indirect_loop for arm64 (features: none), from backend/testdata/cases/call_indirect_loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10083f0  sub x16, sp, #0x20
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000523  b.cc .+0xa4
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
   40  540005a2  b.cs .+0xb4
   44  8b000008  add x8, x0, x0
   48  8b080ea9  add x9, x21, x8, lsl #3
   4c  f9400129  ldr x9, [x9]
   50  b4000569  cbz x9, .+0xac
   54  b940112a  ldr w10, [x9,#16]
   58  6b16015f  cmp w10, w22
   5c  54000541  b.ne .+0xa8
   60  8b080ea8  add x8, x21, x8, lsl #3
   64  f9400508  ldr x8, [x8,#8]
   68  f940012a  ldr x10, [x9]
   6c  eb0a011f  cmp x8, x10
   70  540004e1  b.ne .+0x9c
   74  f9400529  ldr x9, [x9,#8]
   78  aa1703e0  mov x0, x23
   7c  f9405e70  ldr x16, [x19,#184]
   80  eb09021f  cmp x16, x9
   84  54000281  b.ne .+0x50
   88  d63f0100  blr x8
   8c  12000808  and w8, w0, #0x7
   90  510006f7  sub w23, w23, #0x1
   94  34000077  cbz w23, .+0xc
   98  aa0803e0  mov x0, x8
   9c  17ffffe8  b .+0xffffffffffffffa0
   a0  f9400bf5  ldr x21, [sp,#16]
   a4  f94007f6  ldr x22, [sp,#8]
   a8  f94003f7  ldr x23, [sp]
   ac  910003bf  mov sp, x29
   b0  a8c17bfd  ldp x29, x30, [sp],#16
   b4  d65f03c0  ret
   b8  b940b271  ldr w17, [x19,#176]
   bc  350002d1  cbnz w17, .+0x58
   c0  f9407e71  ldr x17, [x19,#248]
   c4  eb11021f  cmp x16, x17
   c8  54fffa82  b.cs .+0xffffffffffffff50
   cc  52800040  mov w0, #0x2
   d0  94000000  bl .+0x0                            ; call thunk trap
   d4  f9000ff0  str x16, [sp,#24]
   d8  f9005e69  str x9, [x19,#184]
   dc  f9400134  ldr x20, [x9]
   e0  d63f0100  blr x8
   e4  f9400ff0  ldr x16, [sp,#24]
   e8  f9005e70  str x16, [x19,#184]
   ec  f9400214  ldr x20, [x16]
   f0  17ffffe7  b .+0xffffffffffffff9c
   f4  52800120  mov w0, #0x9                        ; trap undefined_element
   f8  94000000  bl .+0x0                            ; call thunk trap
   fc  52800100  mov w0, #0x8                        ; trap null_element
  100  94000000  bl .+0x0                            ; call thunk trap
  104  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  108  94000000  bl .+0x0                            ; call thunk trap
  10c  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  110  94000000  bl .+0x0                            ; call thunk trap
  114  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  118  d63f0200  blr x16
  11c  17ffffbb  b .+0xfffffffffffffeec
