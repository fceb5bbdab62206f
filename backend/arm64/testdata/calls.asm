; calls for arm64 (features: none), from backend/testdata/cases/calls.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10103f0  sub x16, sp, #0x40
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540008a3  b.cc .+0x114
   18  9100021f  mov sp, x16
   1c  f9001bf5  str x21, [sp,#48]
   20  f90017f6  str x22, [sp,#40]
   24  f90013f7  str x23, [sp,#32]
   28  3c8083e8  stur q8, [sp,#8]
   2c  aa0003f5  mov x21, x0
   30  aa0103f6  mov x22, x1
   34  4ea11c28  mov v8.16b, v1.16b
   38  b940b271  ldr w17, [x19,#176]
   3c  350007b1  cbnz w17, .+0xf4
   40  aa1503e0  mov x0, x21
   44  aa1603e1  mov x1, x22
   48  4ea81d01  mov v1.16b, v8.16b
   4c  94000000  bl .+0x0                            ; call func 3
   50  aa0003f7  mov x23, x0
   54  f9405e68  ldr x8, [x19,#184]
   58  f9402d09  ldr x9, [x8,#88]
   5c  f9403108  ldr x8, [x8,#96]
   60  aa1503e0  mov x0, x21
   64  f9405e70  ldr x16, [x19,#184]
   68  f9001ff0  str x16, [sp,#56]
   6c  f9005e68  str x8, [x19,#184]
   70  f9400114  ldr x20, [x8]
   74  d63f0120  blr x9
   78  f9401ff0  ldr x16, [sp,#56]
   7c  f9005e70  str x16, [x19,#184]
   80  f9400214  ldr x20, [x16]
   84  f9405e68  ldr x8, [x19,#184]
   88  f9402509  ldr x9, [x8,#72]
   8c  f940052a  ldr x10, [x9,#8]
   90  5280004b  mov w11, #0x2
   94  eb0a017f  cmp x11, x10
   98  54000522  b.cs .+0xa4
   9c  f9400129  ldr x9, [x9]
   a0  8b0b0d29  add x9, x9, x11, lsl #3
   a4  f9400129  ldr x9, [x9]
   a8  b40004e9  cbz x9, .+0x9c
   ac  b940112a  ldr w10, [x9,#16]
   b0  b9407d08  ldr w8, [x8,#124]
   b4  6b08015f  cmp w10, w8
   b8  540004a1  b.ne .+0x94
   bc  f9400128  ldr x8, [x9]
   c0  f9400529  ldr x9, [x9,#8]
   c4  aa1503e0  mov x0, x21
   c8  4ea81d00  mov v0.16b, v8.16b
   cc  f9405e70  ldr x16, [x19,#184]
   d0  f9001ff0  str x16, [sp,#56]
   d4  f9005e69  str x9, [x19,#184]
   d8  f9400134  ldr x20, [x9]
   dc  d63f0100  blr x8
   e0  f9401ff0  ldr x16, [sp,#56]
   e4  f9005e70  str x16, [x19,#184]
   e8  f9400214  ldr x20, [x16]
   ec  4ea01c08  mov v8.16b, v0.16b
   f0  aa1703e0  mov x0, x23
   f4  94000000  bl .+0x0                            ; call func 4
   f8  1e602910  fadd d16, d8, d0
   fc  9e660208  fmov x8, d16
  100  8b000108  add x8, x8, x0
  104  8b010108  add x8, x8, x1
  108  8b160100  add x0, x8, x22
  10c  f9401bf5  ldr x21, [sp,#48]
  110  f94017f6  ldr x22, [sp,#40]
  114  f94013f7  ldr x23, [sp,#32]
  118  3cc083e8  ldur q8, [sp,#8]
  11c  910003bf  mov sp, x29
  120  a8c17bfd  ldp x29, x30, [sp],#16
  124  d65f03c0  ret
  128  52800040  mov w0, #0x2
  12c  94000000  bl .+0x0                            ; call thunk trap
  130  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  134  d63f0200  blr x16
  138  17ffffc2  b .+0xffffffffffffff08
  13c  52800120  mov w0, #0x9                        ; trap undefined_element
  140  94000000  bl .+0x0                            ; call thunk trap
  144  52800100  mov w0, #0x8                        ; trap null_element
  148  94000000  bl .+0x0                            ; call thunk trap
  14c  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  150  94000000  bl .+0x0                            ; call thunk trap
