; tables for arm64 (features: none), from backend/testdata/cases/tables.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000683  b.cc .+0xd0
   18  9100021f  mov sp, x16
   1c  f9405e68  ldr x8, [x19,#184]
   20  f9402509  ldr x9, [x8,#72]
   24  f940052a  ldr x10, [x9,#8]
   28  aa0003eb  mov x11, x0
   2c  eb0a017f  cmp x11, x10
   30  54000682  b.cs .+0xd0
   34  f9400129  ldr x9, [x9]
   38  8b0b0d29  add x9, x9, x11, lsl #3
   3c  f9400129  ldr x9, [x9]
   40  f940290a  ldr x10, [x8,#80]
   44  f940054b  ldr x11, [x10,#8]
   48  aa0103ec  mov x12, x1
   4c  eb0b019f  cmp x12, x11
   50  540005c2  b.cs .+0xb8
   54  f940014a  ldr x10, [x10]
   58  8b0c0d4a  add x10, x10, x12, lsl #3
   5c  f940014a  ldr x10, [x10]
   60  f940290b  ldr x11, [x8,#80]
   64  f940056c  ldr x12, [x11,#8]
   68  eb0c001f  cmp x0, x12
   6c  54000522  b.cs .+0xa4
   70  f940016b  ldr x11, [x11]
   74  8b000d6b  add x11, x11, x0, lsl #3
   78  f9000169  str x9, [x11]
   7c  9104e109  add x9, x8, #0x138
   80  f940250b  ldr x11, [x8,#72]
   84  f940056c  ldr x12, [x11,#8]
   88  eb0c003f  cmp x1, x12
   8c  54000462  b.cs .+0x8c
   90  f940016b  ldr x11, [x11]
   94  8b010d6b  add x11, x11, x1, lsl #3
   98  f9000169  str x9, [x11]
   9c  f9402909  ldr x9, [x8,#80]
   a0  b9400929  ldr w9, [x9,#8]
   a4  d280000b  mov x11, #0x0
   a8  f9402508  ldr x8, [x8,#72]
   ac  f940050c  ldr x12, [x8,#8]
   b0  aa0903ed  mov x13, x9
   b4  eb0c01bf  cmp x13, x12
   b8  54000342  b.cs .+0x68
   bc  f9400108  ldr x8, [x8]
   c0  8b0d0d08  add x8, x8, x13, lsl #3
   c4  f900010b  str x11, [x8]
   c8  f100015f  cmp x10, #0x0
   cc  1a9f17e8  cset w8, eq
   d0  0b080120  add w0, w9, w8
   d4  aa0a03e1  mov x1, x10
   d8  910003bf  mov sp, x29
   dc  a8c17bfd  ldp x29, x30, [sp],#16
   e0  d65f03c0  ret
   e4  b940b271  ldr w17, [x19,#176]
   e8  35000211  cbnz w17, .+0x40
   ec  f9407e71  ldr x17, [x19,#248]
   f0  eb11021f  cmp x16, x17
   f4  54fff922  b.cs .+0xffffffffffffff24
   f8  52800040  mov w0, #0x2
   fc  94000000  bl .+0x0                            ; call thunk trap
  100  52800140  mov w0, #0xa                        ; trap oob_table
  104  94000000  bl .+0x0                            ; call thunk trap
  108  52800140  mov w0, #0xa                        ; trap oob_table
  10c  94000000  bl .+0x0                            ; call thunk trap
  110  52800140  mov w0, #0xa                        ; trap oob_table
  114  94000000  bl .+0x0                            ; call thunk trap
  118  52800140  mov w0, #0xa                        ; trap oob_table
  11c  94000000  bl .+0x0                            ; call thunk trap
  120  52800140  mov w0, #0xa                        ; trap oob_table
  124  94000000  bl .+0x0                            ; call thunk trap
  128  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  12c  d63f0200  blr x16
  130  17ffffb6  b .+0xfffffffffffffed8
