; tables for arm64 (features: none), from backend/testdata/cases/tables.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000783  b.cc .+0xf0
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000771  cbnz w17, .+0xec
   24  f9405e68  ldr x8, [x19,#184]
   28  f9402508  ldr x8, [x8,#72]
   2c  f9400509  ldr x9, [x8,#8]
   30  aa0003ea  mov x10, x0
   34  eb09015f  cmp x10, x9
   38  54000702  b.cs .+0xe0
   3c  f9400108  ldr x8, [x8]
   40  8b0a0d08  add x8, x8, x10, lsl #3
   44  f9400108  ldr x8, [x8]
   48  f9405e69  ldr x9, [x19,#184]
   4c  f9402929  ldr x9, [x9,#80]
   50  f940052a  ldr x10, [x9,#8]
   54  aa0103eb  mov x11, x1
   58  eb0a017f  cmp x11, x10
   5c  54000622  b.cs .+0xc4
   60  f9400129  ldr x9, [x9]
   64  8b0b0d29  add x9, x9, x11, lsl #3
   68  f9400129  ldr x9, [x9]
   6c  f9405e6a  ldr x10, [x19,#184]
   70  f940294a  ldr x10, [x10,#80]
   74  f940054b  ldr x11, [x10,#8]
   78  eb0b001f  cmp x0, x11
   7c  54000562  b.cs .+0xac
   80  f940014a  ldr x10, [x10]
   84  8b000d4a  add x10, x10, x0, lsl #3
   88  f9000148  str x8, [x10]
   8c  f9405e68  ldr x8, [x19,#184]
   90  9104e108  add x8, x8, #0x138
   94  f9405e6a  ldr x10, [x19,#184]
   98  f940254a  ldr x10, [x10,#72]
   9c  f940054b  ldr x11, [x10,#8]
   a0  eb0b003f  cmp x1, x11
   a4  54000462  b.cs .+0x8c
   a8  f940014a  ldr x10, [x10]
   ac  8b010d4a  add x10, x10, x1, lsl #3
   b0  f9000148  str x8, [x10]
   b4  f9405e68  ldr x8, [x19,#184]
   b8  f9402908  ldr x8, [x8,#80]
   bc  b9400908  ldr w8, [x8,#8]
   c0  d280000a  mov x10, #0x0
   c4  f9405e6b  ldr x11, [x19,#184]
   c8  f940256b  ldr x11, [x11,#72]
   cc  f940056c  ldr x12, [x11,#8]
   d0  aa0803ed  mov x13, x8
   d4  eb0c01bf  cmp x13, x12
   d8  54000302  b.cs .+0x60
   dc  f940016b  ldr x11, [x11]
   e0  8b0d0d6b  add x11, x11, x13, lsl #3
   e4  f900016a  str x10, [x11]
   e8  f100013f  cmp x9, #0x0
   ec  1a9f17ea  cset w10, eq
   f0  0b0a0100  add w0, w8, w10
   f4  aa0903e1  mov x1, x9
   f8  910003bf  mov sp, x29
   fc  a8c17bfd  ldp x29, x30, [sp],#16
  100  d65f03c0  ret
  104  52800040  mov w0, #0x2
  108  94000000  bl .+0x0                            ; call thunk trap
  10c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  110  d63f0200  blr x16
  114  17ffffc4  b .+0xffffffffffffff10
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
