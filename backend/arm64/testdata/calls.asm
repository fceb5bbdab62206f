; calls for arm64 (features: none), from backend/testdata/cases/calls.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10103f0  sub x16, sp, #0x40
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000763  b.cc .+0xec
   18  9100021f  mov sp, x16
   1c  f9001bf5  str x21, [sp,#48]
   20  f90017f6  str x22, [sp,#40]
   24  f90013f7  str x23, [sp,#32]
   28  3c8083e8  stur q8, [sp,#8]
   2c  aa0003f5  mov x21, x0
   30  aa0103f6  mov x22, x1
   34  4ea11c28  mov v8.16b, v1.16b
   38  aa1503e0  mov x0, x21
   3c  aa1603e1  mov x1, x22
   40  4ea81d01  mov v1.16b, v8.16b
   44  94000000  bl .+0x0                            ; call func 3
   48  aa0003f7  mov x23, x0
   4c  f9405e68  ldr x8, [x19,#184]
   50  f9402d09  ldr x9, [x8,#88]
   54  f9403108  ldr x8, [x8,#96]
   58  aa1503e0  mov x0, x21
   5c  f9405e70  ldr x16, [x19,#184]
   60  eb08021f  cmp x16, x8
   64  540005c1  b.ne .+0xb8
   68  d63f0120  blr x9
   6c  f9405e68  ldr x8, [x19,#184]
   70  f9402509  ldr x9, [x8,#72]
   74  f940052a  ldr x10, [x9,#8]
   78  5280004b  mov w11, #0x2
   7c  eb0a017f  cmp x11, x10
   80  540006e2  b.cs .+0xdc
   84  f9400129  ldr x9, [x9]
   88  8b0b0d29  add x9, x9, x11, lsl #3
   8c  f9400129  ldr x9, [x9]
   90  b40006a9  cbz x9, .+0xd4
   94  b940112a  ldr w10, [x9,#16]
   98  b9407d08  ldr w8, [x8,#124]
   9c  6b08015f  cmp w10, w8
   a0  54000661  b.ne .+0xcc
   a4  f9400128  ldr x8, [x9]
   a8  f9400529  ldr x9, [x9,#8]
   ac  aa1503e0  mov x0, x21
   b0  4ea81d00  mov v0.16b, v8.16b
   b4  f9405e70  ldr x16, [x19,#184]
   b8  eb09021f  cmp x16, x9
   bc  54000401  b.ne .+0x80
   c0  d63f0100  blr x8
   c4  4ea01c08  mov v8.16b, v0.16b
   c8  aa1703e0  mov x0, x23
   cc  94000000  bl .+0x0                            ; call func 4
   d0  1e602910  fadd d16, d8, d0
   d4  9e660208  fmov x8, d16
   d8  8b000108  add x8, x8, x0
   dc  8b010108  add x8, x8, x1
   e0  8b160100  add x0, x8, x22
   e4  f9401bf5  ldr x21, [sp,#48]
   e8  f94017f6  ldr x22, [sp,#40]
   ec  f94013f7  ldr x23, [sp,#32]
   f0  3cc083e8  ldur q8, [sp,#8]
   f4  910003bf  mov sp, x29
   f8  a8c17bfd  ldp x29, x30, [sp],#16
   fc  d65f03c0  ret
  100  b940b271  ldr w17, [x19,#176]
  104  35000391  cbnz w17, .+0x70
  108  f9407e71  ldr x17, [x19,#248]
  10c  eb11021f  cmp x16, x17
  110  54fff842  b.cs .+0xffffffffffffff08
  114  52800040  mov w0, #0x2
  118  94000000  bl .+0x0                            ; call thunk trap
  11c  f9001ff0  str x16, [sp,#56]
  120  f9005e68  str x8, [x19,#184]
  124  f9400114  ldr x20, [x8]
  128  d63f0120  blr x9
  12c  f9401ff0  ldr x16, [sp,#56]
  130  f9005e70  str x16, [x19,#184]
  134  f9400214  ldr x20, [x16]
  138  17ffffcd  b .+0xffffffffffffff34
  13c  f9001ff0  str x16, [sp,#56]
  140  f9005e69  str x9, [x19,#184]
  144  f9400134  ldr x20, [x9]
  148  d63f0100  blr x8
  14c  f9401ff0  ldr x16, [sp,#56]
  150  f9005e70  str x16, [x19,#184]
  154  f9400214  ldr x20, [x16]
  158  17ffffdb  b .+0xffffffffffffff6c
  15c  52800120  mov w0, #0x9                        ; trap undefined_element
  160  94000000  bl .+0x0                            ; call thunk trap
  164  52800100  mov w0, #0x8                        ; trap null_element
  168  94000000  bl .+0x0                            ; call thunk trap
  16c  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  170  94000000  bl .+0x0                            ; call thunk trap
  174  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  178  d63f0200  blr x16
  17c  17ffffa3  b .+0xfffffffffffffe8c
