; calls for arm64 (features: none), from backend/testdata/cases/calls.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d100c3f0  sub x16, sp, #0x30
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540008a3  b.cc .+0x114
   18  9100021f  mov sp, x16
   1c  aa0003e8  mov x8, x0
   20  f90017e8  str x8, [sp,#40]
   24  aa0103e9  mov x9, x1
   28  f90013e9  str x9, [sp,#32]
   2c  1e604028  fmov d8, d1
   30  fd000fe8  str d8, [sp,#24]
   34  b940b271  ldr w17, [x19,#176]
   38  350007d1  cbnz w17, .+0xf8
   3c  aa0803e0  mov x0, x8
   40  aa0903e1  mov x1, x9
   44  1e604101  fmov d1, d8
   48  94000000  bl .+0x0                            ; call func 3
   4c  aa0003e8  mov x8, x0
   50  f9000be8  str x8, [sp,#16]
   54  f9405e69  ldr x9, [x19,#184]
   58  f9402d2a  ldr x10, [x9,#88]
   5c  f9403129  ldr x9, [x9,#96]
   60  f94017eb  ldr x11, [sp,#40]
   64  aa0b03e0  mov x0, x11
   68  f9405e70  ldr x16, [x19,#184]
   6c  f90007f0  str x16, [sp,#8]
   70  f9005e69  str x9, [x19,#184]
   74  f9400134  ldr x20, [x9]
   78  d63f0140  blr x10
   7c  f94007f0  ldr x16, [sp,#8]
   80  f9005e70  str x16, [x19,#184]
   84  f9400214  ldr x20, [x16]
   88  f9405e68  ldr x8, [x19,#184]
   8c  f9402509  ldr x9, [x8,#72]
   90  f940052a  ldr x10, [x9,#8]
   94  5280004b  mov w11, #0x2
   98  eb0a017f  cmp x11, x10
   9c  540004e2  b.cs .+0x9c
   a0  f9400129  ldr x9, [x9]
   a4  8b0b0d29  add x9, x9, x11, lsl #3
   a8  f9400129  ldr x9, [x9]
   ac  f100013f  cmp x9, #0x0
   b0  54000480  b.eq .+0x90
   b4  b940112a  ldr w10, [x9,#16]
   b8  b9407d08  ldr w8, [x8,#124]
   bc  6b08015f  cmp w10, w8
   c0  54000441  b.ne .+0x88
   c4  f9400128  ldr x8, [x9]
   c8  f9400529  ldr x9, [x9,#8]
   cc  f94017e0  ldr x0, [sp,#40]
   d0  fd400fe0  ldr d0, [sp,#24]
   d4  f9405e70  ldr x16, [x19,#184]
   d8  f90007f0  str x16, [sp,#8]
   dc  f9005e69  str x9, [x19,#184]
   e0  f9400134  ldr x20, [x9]
   e4  d63f0100  blr x8
   e8  f94007f0  ldr x16, [sp,#8]
   ec  f9005e70  str x16, [x19,#184]
   f0  f9400214  ldr x20, [x16]
   f4  fd000fe0  str d0, [sp,#24]
   f8  f9400be0  ldr x0, [sp,#16]
   fc  94000000  bl .+0x0                            ; call func 4
  100  fd400fe8  ldr d8, [sp,#24]
  104  1e602908  fadd d8, d8, d0
  108  9e660108  fmov x8, d8
  10c  8b000108  add x8, x8, x0
  110  8b010108  add x8, x8, x1
  114  f94013e9  ldr x9, [sp,#32]
  118  8b090100  add x0, x8, x9
  11c  910003bf  mov sp, x29
  120  a8c17bfd  ldp x29, x30, [sp],#16
  124  d65f03c0  ret
  128  52800040  mov w0, #0x2
  12c  94000000  bl .+0x0                            ; call thunk trap
  130  52800160  mov w0, #0xb                        ; trap interrupted
  134  94000000  bl .+0x0                            ; call thunk trap
  138  52800120  mov w0, #0x9                        ; trap undefined_element
  13c  94000000  bl .+0x0                            ; call thunk trap
  140  52800100  mov w0, #0x8                        ; trap null_element
  144  94000000  bl .+0x0                            ; call thunk trap
  148  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  14c  94000000  bl .+0x0                            ; call thunk trap
