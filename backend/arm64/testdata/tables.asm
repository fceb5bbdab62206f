; tables for arm64 (features: none), from backend/testdata/cases/tables.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000ae3  b.cc .+0x15c
   18  9100021f  mov sp, x16
   1c  f9405e68  ldr x8, [x19,#184]
   20  f9402509  ldr x9, [x8,#72]
   24  f940052a  ldr x10, [x9,#8]
   28  eb0a001f  cmp x0, x10
   2c  54000b02  b.cs .+0x160
   30  8b00000a  add x10, x0, x0
   34  f9400129  ldr x9, [x9]
   38  8b0a0d29  add x9, x9, x10, lsl #3
   3c  f9400129  ldr x9, [x9]
   40  f940290a  ldr x10, [x8,#80]
   44  f940054b  ldr x11, [x10,#8]
   48  eb0b003f  cmp x1, x11
   4c  54000a42  b.cs .+0x148
   50  8b01002b  add x11, x1, x1
   54  f940014a  ldr x10, [x10]
   58  8b0b0d4a  add x10, x10, x11, lsl #3
   5c  f940014a  ldr x10, [x10]
   60  f940290b  ldr x11, [x8,#80]
   64  f940056c  ldr x12, [x11,#8]
   68  eb0c001f  cmp x0, x12
   6c  54000982  b.cs .+0x130
   70  8b00000c  add x12, x0, x0
   74  f940016b  ldr x11, [x11]
   78  f100013f  cmp x9, #0x0
   7c  1a9f17ed  cset w13, eq
   80  aa0803ee  mov x14, x8
   84  710001bf  cmp w13, #0x0
   88  9a8911ce  csel x14, x14, x9, ne
   8c  f94001ce  ldr x14, [x14]
   90  d280000f  mov x15, #0x0
   94  710001bf  cmp w13, #0x0
   98  9a8e11ed  csel x13, x15, x14, ne
   9c  8b0c0d6e  add x14, x11, x12, lsl #3
   a0  f90005cd  str x13, [x14,#8]
   a4  8b0c0d6b  add x11, x11, x12, lsl #3
   a8  f9000169  str x9, [x11]
   ac  9104e109  add x9, x8, #0x138
   b0  f940250b  ldr x11, [x8,#72]
   b4  f940056c  ldr x12, [x11,#8]
   b8  eb0c003f  cmp x1, x12
   bc  54000742  b.cs .+0xe8
   c0  8b01002c  add x12, x1, x1
   c4  f940016b  ldr x11, [x11]
   c8  f100013f  cmp x9, #0x0
   cc  1a9f17ed  cset w13, eq
   d0  aa0803ee  mov x14, x8
   d4  710001bf  cmp w13, #0x0
   d8  9a8911ce  csel x14, x14, x9, ne
   dc  f94001ce  ldr x14, [x14]
   e0  d280000f  mov x15, #0x0
   e4  710001bf  cmp w13, #0x0
   e8  9a8e11ed  csel x13, x15, x14, ne
   ec  8b0c0d6e  add x14, x11, x12, lsl #3
   f0  f90005cd  str x13, [x14,#8]
   f4  8b0c0d6b  add x11, x11, x12, lsl #3
   f8  f9000169  str x9, [x11]
   fc  f9402909  ldr x9, [x8,#80]
  100  b9400929  ldr w9, [x9,#8]
  104  d280000b  mov x11, #0x0
  108  f940250c  ldr x12, [x8,#72]
  10c  f940058d  ldr x13, [x12,#8]
  110  eb0d013f  cmp x9, x13
  114  540004c2  b.cs .+0x98
  118  8b09012d  add x13, x9, x9
  11c  f940018c  ldr x12, [x12]
  120  f100017f  cmp x11, #0x0
  124  1a9f17ee  cset w14, eq
  128  aa0803e8  mov x8, x8
  12c  710001df  cmp w14, #0x0
  130  9a8b1108  csel x8, x8, x11, ne
  134  f9400108  ldr x8, [x8]
  138  d280000f  mov x15, #0x0
  13c  710001df  cmp w14, #0x0
  140  9a8811e8  csel x8, x15, x8, ne
  144  8b0d0d8e  add x14, x12, x13, lsl #3
  148  f90005c8  str x8, [x14,#8]
  14c  8b0d0d88  add x8, x12, x13, lsl #3
  150  f900010b  str x11, [x8]
  154  f100015f  cmp x10, #0x0
  158  1a9f17e8  cset w8, eq
  15c  0b080120  add w0, w9, w8
  160  aa0a03e1  mov x1, x10
  164  910003bf  mov sp, x29
  168  a8c17bfd  ldp x29, x30, [sp],#16
  16c  d65f03c0  ret
  170  b940b271  ldr w17, [x19,#176]
  174  35000211  cbnz w17, .+0x40
  178  f9407e71  ldr x17, [x19,#248]
  17c  eb11021f  cmp x16, x17
  180  54fff4c2  b.cs .+0xfffffffffffffe98
  184  52800040  mov w0, #0x2
  188  94000000  bl .+0x0                            ; call thunk trap
  18c  52800140  mov w0, #0xa                        ; trap oob_table
  190  94000000  bl .+0x0                            ; call thunk trap
  194  52800140  mov w0, #0xa                        ; trap oob_table
  198  94000000  bl .+0x0                            ; call thunk trap
  19c  52800140  mov w0, #0xa                        ; trap oob_table
  1a0  94000000  bl .+0x0                            ; call thunk trap
  1a4  52800140  mov w0, #0xa                        ; trap oob_table
  1a8  94000000  bl .+0x0                            ; call thunk trap
  1ac  52800140  mov w0, #0xa                        ; trap oob_table
  1b0  94000000  bl .+0x0                            ; call thunk trap
  1b4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  1b8  d63f0200  blr x16
  1bc  17ffff93  b .+0xfffffffffffffe4c
