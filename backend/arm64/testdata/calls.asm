; calls for arm64 (features: none), from backend/testdata/cases/calls.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10103f0  sub x16, sp, #0x40
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000803  b.cc .+0x100
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
   64  54000661  b.ne .+0xcc
   68  d63f0120  blr x9
   6c  f9405e68  ldr x8, [x19,#184]
   70  f9402509  ldr x9, [x8,#72]
   74  f940052a  ldr x10, [x9,#8]
   78  5280004b  mov w11, #0x2
   7c  eb0a017f  cmp x11, x10
   80  54000782  b.cs .+0xf0
   84  8b0b016a  add x10, x11, x11
   88  f9400129  ldr x9, [x9]
   8c  8b0a0d2b  add x11, x9, x10, lsl #3
   90  f940016b  ldr x11, [x11]
   94  b400072b  cbz x11, .+0xe4
   98  b940116c  ldr w12, [x11,#16]
   9c  b9407d08  ldr w8, [x8,#124]
   a0  6b08019f  cmp w12, w8
   a4  540006e1  b.ne .+0xdc
   a8  8b0a0d28  add x8, x9, x10, lsl #3
   ac  f9400508  ldr x8, [x8,#8]
   b0  f9400169  ldr x9, [x11]
   b4  eb09011f  cmp x8, x9
   b8  54000681  b.ne .+0xd0
   bc  f9400569  ldr x9, [x11,#8]
   c0  aa1503e0  mov x0, x21
   c4  4ea81d00  mov v0.16b, v8.16b
   c8  f9405e70  ldr x16, [x19,#184]
   cc  eb09021f  cmp x16, x9
   d0  54000401  b.ne .+0x80
   d4  d63f0100  blr x8
   d8  4ea01c08  mov v8.16b, v0.16b
   dc  aa1703e0  mov x0, x23
   e0  94000000  bl .+0x0                            ; call func 4
   e4  1e602910  fadd d16, d8, d0
   e8  9e660208  fmov x8, d16
   ec  8b000108  add x8, x8, x0
   f0  8b010108  add x8, x8, x1
   f4  8b160100  add x0, x8, x22
   f8  f9401bf5  ldr x21, [sp,#48]
   fc  f94017f6  ldr x22, [sp,#40]
  100  f94013f7  ldr x23, [sp,#32]
  104  3cc083e8  ldur q8, [sp,#8]
  108  910003bf  mov sp, x29
  10c  a8c17bfd  ldp x29, x30, [sp],#16
  110  d65f03c0  ret
  114  b940b271  ldr w17, [x19,#176]
  118  350003d1  cbnz w17, .+0x78
  11c  f9407e71  ldr x17, [x19,#248]
  120  eb11021f  cmp x16, x17
  124  54fff7a2  b.cs .+0xfffffffffffffef4
  128  52800040  mov w0, #0x2
  12c  94000000  bl .+0x0                            ; call thunk trap
  130  f9001ff0  str x16, [sp,#56]
  134  f9005e68  str x8, [x19,#184]
  138  f9400114  ldr x20, [x8]
  13c  d63f0120  blr x9
  140  f9401ff0  ldr x16, [sp,#56]
  144  f9005e70  str x16, [x19,#184]
  148  f9400214  ldr x20, [x16]
  14c  17ffffc8  b .+0xffffffffffffff20
  150  f9001ff0  str x16, [sp,#56]
  154  f9005e69  str x9, [x19,#184]
  158  f9400134  ldr x20, [x9]
  15c  d63f0100  blr x8
  160  f9401ff0  ldr x16, [sp,#56]
  164  f9005e70  str x16, [x19,#184]
  168  f9400214  ldr x20, [x16]
  16c  17ffffdb  b .+0xffffffffffffff6c
  170  52800120  mov w0, #0x9                        ; trap undefined_element
  174  94000000  bl .+0x0                            ; call thunk trap
  178  52800100  mov w0, #0x8                        ; trap null_element
  17c  94000000  bl .+0x0                            ; call thunk trap
  180  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  184  94000000  bl .+0x0                            ; call thunk trap
  188  528000e0  mov w0, #0x7                        ; trap indirect_call_type
  18c  94000000  bl .+0x0                            ; call thunk trap
  190  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  194  d63f0200  blr x16
  198  17ffff9c  b .+0xfffffffffffffe70
