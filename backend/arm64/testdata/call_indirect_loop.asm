; call_indirect_loop for arm64 (features: none), from backend/testdata/cases/call_indirect_loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10083f0  sub x16, sp, #0x20
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000503  b.cc .+0xa0
   18  9100021f  mov sp, x16
   1c  f9000bf5  str x21, [sp,#16]
   20  f90007f6  str x22, [sp,#8]
   24  f90003f7  str x23, [sp]
   28  f9405e68  ldr x8, [x19,#184]
   2c  f9402509  ldr x9, [x8,#72]
   30  f9400135  ldr x21, [x9]
   34  b9407d16  ldr w22, [x8,#124]
   38  b940b271  ldr w17, [x19,#176]
   3c  35000511  cbnz w17, .+0xa0
   40  aa0103f7  mov x23, x1
   44  b940b271  ldr w17, [x19,#176]
   48  35000511  cbnz w17, .+0xa0
   4c  f100941f  cmp x0, #0x25
   50  54000522  b.cs .+0xa4
   54  8b000ea8  add x8, x21, x0, lsl #3
   58  f9400108  ldr x8, [x8]
   5c  b4000508  cbz x8, .+0xa0
   60  b9401109  ldr w9, [x8,#16]
   64  6b16013f  cmp w9, w22
   68  540004e1  b.ne .+0x9c
   6c  f9400109  ldr x9, [x8]
   70  f9400508  ldr x8, [x8,#8]
   74  aa1703e0  mov x0, x23
   78  f9405e70  ldr x16, [x19,#184]
   7c  eb08021f  cmp x16, x8
   80  540001e1  b.ne .+0x3c
   84  d63f0120  blr x9
   88  12000808  and w8, w0, #0x7
   8c  510006f7  sub w23, w23, #0x1
   90  34000077  cbz w23, .+0xc
   94  aa0803e0  mov x0, x8
   98  17ffffeb  b .+0xffffffffffffffac
   9c  f9400bf5  ldr x21, [sp,#16]
   a0  f94007f6  ldr x22, [sp,#8]
   a4  f94003f7  ldr x23, [sp]
   a8  910003bf  mov sp, x29
   ac  a8c17bfd  ldp x29, x30, [sp],#16
   b0  d65f03c0  ret
   b4  52800040  mov w0, #0x2
   b8  94000000  bl .+0x0                            ; call thunk trap
   bc  f9000ff0  str x16, [sp,#24]
   c0  f9005e68  str x8, [x19,#184]
   c4  f9400114  ldr x20, [x8]
   c8  d63f0120  blr x9
   cc  f9400ff0  ldr x16, [sp,#24]
   d0  f9005e70  str x16, [x19,#184]
   d4  f9400214  ldr x20, [x16]
   d8  17ffffec  b .+0xffffffffffffffb0
   dc  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   e0  d63f0200  blr x16
   e4  17ffffd7  b .+0xffffffffffffff5c
   e8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   ec  d63f0200  blr x16
   f0  17ffffd7  b .+0xffffffffffffff5c
   f4  52800120  mov w0, #0x9                        ; trap undefined_element
   f8  94000000  bl .+0x0                            ; call thunk trap
   fc  52800100  mov w0, #0x8                        ; trap null_element
  100  94000000  bl .+0x0                            ; call thunk trap
  104  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  108  94000000  bl .+0x0                            ; call thunk trap
