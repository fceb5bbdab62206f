; tables for arm64 (features: none), from backend/testdata/cases/tables.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000743  b.cc .+0xe8
   18  9100021f  mov sp, x16
   1c  f9405e68  ldr x8, [x19,#184]
   20  f9402508  ldr x8, [x8,#72]
   24  f9400509  ldr x9, [x8,#8]
   28  aa0003ea  mov x10, x0
   2c  eb09015f  cmp x10, x9
   30  54000742  b.cs .+0xe8
   34  f9400108  ldr x8, [x8]
   38  8b0a0d08  add x8, x8, x10, lsl #3
   3c  f9400108  ldr x8, [x8]
   40  f9405e69  ldr x9, [x19,#184]
   44  f9402929  ldr x9, [x9,#80]
   48  f940052a  ldr x10, [x9,#8]
   4c  aa0103eb  mov x11, x1
   50  eb0a017f  cmp x11, x10
   54  54000662  b.cs .+0xcc
   58  f9400129  ldr x9, [x9]
   5c  8b0b0d29  add x9, x9, x11, lsl #3
   60  f9400129  ldr x9, [x9]
   64  f9405e6a  ldr x10, [x19,#184]
   68  f940294a  ldr x10, [x10,#80]
   6c  f940054b  ldr x11, [x10,#8]
   70  eb0b001f  cmp x0, x11
   74  540005a2  b.cs .+0xb4
   78  f940014a  ldr x10, [x10]
   7c  8b000d4a  add x10, x10, x0, lsl #3
   80  f9000148  str x8, [x10]
   84  f9405e68  ldr x8, [x19,#184]
   88  9104e108  add x8, x8, #0x138
   8c  f9405e6a  ldr x10, [x19,#184]
   90  f940254a  ldr x10, [x10,#72]
   94  f940054b  ldr x11, [x10,#8]
   98  eb0b003f  cmp x1, x11
   9c  540004a2  b.cs .+0x94
   a0  f940014a  ldr x10, [x10]
   a4  8b010d4a  add x10, x10, x1, lsl #3
   a8  f9000148  str x8, [x10]
   ac  f9405e68  ldr x8, [x19,#184]
   b0  f9402908  ldr x8, [x8,#80]
   b4  b9400908  ldr w8, [x8,#8]
   b8  d280000a  mov x10, #0x0
   bc  f9405e6b  ldr x11, [x19,#184]
   c0  f940256b  ldr x11, [x11,#72]
   c4  f940056c  ldr x12, [x11,#8]
   c8  aa0803ed  mov x13, x8
   cc  eb0c01bf  cmp x13, x12
   d0  54000342  b.cs .+0x68
   d4  f940016b  ldr x11, [x11]
   d8  8b0d0d6b  add x11, x11, x13, lsl #3
   dc  f900016a  str x10, [x11]
   e0  f100013f  cmp x9, #0x0
   e4  1a9f17ea  cset w10, eq
   e8  0b0a0100  add w0, w8, w10
   ec  aa0903e1  mov x1, x9
   f0  910003bf  mov sp, x29
   f4  a8c17bfd  ldp x29, x30, [sp],#16
   f8  d65f03c0  ret
   fc  b940b271  ldr w17, [x19,#176]
  100  35000211  cbnz w17, .+0x40
  104  f9407e71  ldr x17, [x19,#248]
  108  eb11021f  cmp x16, x17
  10c  54fff862  b.cs .+0xffffffffffffff0c
  110  52800040  mov w0, #0x2
  114  94000000  bl .+0x0                            ; call thunk trap
  118  52800140  mov w0, #0xa                        ; trap oob_table
  11c  94000000  bl .+0x0                            ; call thunk trap
  120  52800140  mov w0, #0xa                        ; trap oob_table
  124  94000000  bl .+0x0                            ; call thunk trap
  128  52800140  mov w0, #0xa                        ; trap oob_table
  12c  94000000  bl .+0x0                            ; call thunk trap
  130  52800140  mov w0, #0xa                        ; trap oob_table
  134  94000000  bl .+0x0                            ; call thunk trap
  138  52800140  mov w0, #0xa                        ; trap oob_table
  13c  94000000  bl .+0x0                            ; call thunk trap
  140  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  144  d63f0200  blr x16
  148  17ffffb0  b .+0xfffffffffffffec0
