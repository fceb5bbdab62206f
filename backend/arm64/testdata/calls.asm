; calls for arm64 (features: none), from backend/testdata/cases/calls.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10103f0  sub x16, sp, #0x40
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540007a3  b.cc .+0xf4
   18  9100021f  mov sp, x16
   1c  f9001bf5  str x21, [sp,#48]
   20  f90017f6  str x22, [sp,#40]
   24  f90013f7  str x23, [sp,#32]
   28  3c8083e8  stur q8, [sp,#8]
   2c  aa0003f5  mov x21, x0
   30  aa0103f6  mov x22, x1
   34  4ea11c28  mov v8.16b, v1.16b
   38  b940b271  ldr w17, [x19,#176]
   3c  350008b1  cbnz w17, .+0x114
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
   68  eb08021f  cmp x16, x8
   6c  54000521  b.ne .+0xa4
   70  d63f0120  blr x9
   74  f9405e68  ldr x8, [x19,#184]
   78  f9402509  ldr x9, [x8,#72]
   7c  f940052a  ldr x10, [x9,#8]
   80  5280004b  mov w11, #0x2
   84  eb0a017f  cmp x11, x10
   88  540006a2  b.cs .+0xd4
   8c  f9400129  ldr x9, [x9]
   90  8b0b0d29  add x9, x9, x11, lsl #3
   94  f9400129  ldr x9, [x9]
   98  b4000669  cbz x9, .+0xcc
   9c  b940112a  ldr w10, [x9,#16]
   a0  b9407d08  ldr w8, [x8,#124]
   a4  6b08015f  cmp w10, w8
   a8  54000621  b.ne .+0xc4
   ac  f9400128  ldr x8, [x9]
   b0  f9400529  ldr x9, [x9,#8]
   b4  aa1503e0  mov x0, x21
   b8  4ea81d00  mov v0.16b, v8.16b
   bc  f9405e70  ldr x16, [x19,#184]
   c0  eb09021f  cmp x16, x9
   c4  54000361  b.ne .+0x6c
   c8  d63f0100  blr x8
   cc  4ea01c08  mov v8.16b, v0.16b
   d0  aa1703e0  mov x0, x23
   d4  94000000  bl .+0x0                            ; call func 4
   d8  1e602910  fadd d16, d8, d0
   dc  9e660208  fmov x8, d16
   e0  8b000108  add x8, x8, x0
   e4  8b010108  add x8, x8, x1
   e8  8b160100  add x0, x8, x22
   ec  f9401bf5  ldr x21, [sp,#48]
   f0  f94017f6  ldr x22, [sp,#40]
   f4  f94013f7  ldr x23, [sp,#32]
   f8  3cc083e8  ldur q8, [sp,#8]
   fc  910003bf  mov sp, x29
  100  a8c17bfd  ldp x29, x30, [sp],#16
  104  d65f03c0  ret
  108  52800040  mov w0, #0x2
  10c  94000000  bl .+0x0                            ; call thunk trap
  110  f9001ff0  str x16, [sp,#56]
  114  f9005e68  str x8, [x19,#184]
  118  f9400114  ldr x20, [x8]
  11c  d63f0120  blr x9
  120  f9401ff0  ldr x16, [sp,#56]
  124  f9005e70  str x16, [x19,#184]
  128  f9400214  ldr x20, [x16]
  12c  17ffffd2  b .+0xffffffffffffff48
  130  f9001ff0  str x16, [sp,#56]
  134  f9005e69  str x9, [x19,#184]
  138  f9400134  ldr x20, [x9]
  13c  d63f0100  blr x8
  140  f9401ff0  ldr x16, [sp,#56]
  144  f9005e70  str x16, [x19,#184]
  148  f9400214  ldr x20, [x16]
  14c  17ffffe0  b .+0xffffffffffffff80
  150  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  154  d63f0200  blr x16
  158  17ffffba  b .+0xfffffffffffffee8
  15c  52800120  mov w0, #0x9                        ; trap undefined_element
  160  94000000  bl .+0x0                            ; call thunk trap
  164  52800100  mov w0, #0x8                        ; trap null_element
  168  94000000  bl .+0x0                            ; call thunk trap
  16c  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  170  94000000  bl .+0x0                            ; call thunk trap
