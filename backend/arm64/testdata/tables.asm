; tables for arm64 (features: none), from backend/testdata/cases/tables.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000b43  b.cc .+0x168
   18  9100021f  mov sp, x16
   1c  f9405e68  ldr x8, [x19,#184]
   20  f9402509  ldr x9, [x8,#72]
   24  f940052a  ldr x10, [x9,#8]
   28  aa0003eb  mov x11, x0
   2c  eb0a017f  cmp x11, x10
   30  54000b42  b.cs .+0x168
   34  8b0b016a  add x10, x11, x11
   38  f9400129  ldr x9, [x9]
   3c  8b0a0d29  add x9, x9, x10, lsl #3
   40  f9400129  ldr x9, [x9]
   44  f940290a  ldr x10, [x8,#80]
   48  f940054b  ldr x11, [x10,#8]
   4c  aa0103ec  mov x12, x1
   50  eb0b019f  cmp x12, x11
   54  54000a62  b.cs .+0x14c
   58  8b0c018b  add x11, x12, x12
   5c  f940014a  ldr x10, [x10]
   60  8b0b0d4a  add x10, x10, x11, lsl #3
   64  f940014a  ldr x10, [x10]
   68  f940290b  ldr x11, [x8,#80]
   6c  f940056c  ldr x12, [x11,#8]
   70  eb0c001f  cmp x0, x12
   74  540009a2  b.cs .+0x134
   78  8b00000c  add x12, x0, x0
   7c  f940016b  ldr x11, [x11]
   80  f100013f  cmp x9, #0x0
   84  1a9f17ed  cset w13, eq
   88  aa0803ee  mov x14, x8
   8c  710001bf  cmp w13, #0x0
   90  9a8911ce  csel x14, x14, x9, ne
   94  f94001ce  ldr x14, [x14]
   98  d280000f  mov x15, #0x0
   9c  710001bf  cmp w13, #0x0
   a0  9a8e11ed  csel x13, x15, x14, ne
   a4  8b0c0d6e  add x14, x11, x12, lsl #3
   a8  f90005cd  str x13, [x14,#8]
   ac  8b0c0d6b  add x11, x11, x12, lsl #3
   b0  f9000169  str x9, [x11]
   b4  9104e109  add x9, x8, #0x138
   b8  f940250b  ldr x11, [x8,#72]
   bc  f940056c  ldr x12, [x11,#8]
   c0  eb0c003f  cmp x1, x12
   c4  54000762  b.cs .+0xec
   c8  8b01002c  add x12, x1, x1
   cc  f940016b  ldr x11, [x11]
   d0  f100013f  cmp x9, #0x0
   d4  1a9f17ed  cset w13, eq
   d8  aa0803ee  mov x14, x8
   dc  710001bf  cmp w13, #0x0
   e0  9a8911ce  csel x14, x14, x9, ne
   e4  f94001ce  ldr x14, [x14]
   e8  d280000f  mov x15, #0x0
   ec  710001bf  cmp w13, #0x0
   f0  9a8e11ed  csel x13, x15, x14, ne
   f4  8b0c0d6e  add x14, x11, x12, lsl #3
   f8  f90005cd  str x13, [x14,#8]
   fc  8b0c0d6b  add x11, x11, x12, lsl #3
  100  f9000169  str x9, [x11]
  104  f9402909  ldr x9, [x8,#80]
  108  b9400929  ldr w9, [x9,#8]
  10c  d280000b  mov x11, #0x0
  110  f940250c  ldr x12, [x8,#72]
  114  f940058d  ldr x13, [x12,#8]
  118  aa0903ee  mov x14, x9
  11c  eb0d01df  cmp x14, x13
  120  540004c2  b.cs .+0x98
  124  8b0e01cd  add x13, x14, x14
  128  f940018c  ldr x12, [x12]
  12c  f100017f  cmp x11, #0x0
  130  1a9f17ee  cset w14, eq
  134  aa0803e8  mov x8, x8
  138  710001df  cmp w14, #0x0
  13c  9a8b1108  csel x8, x8, x11, ne
  140  f9400108  ldr x8, [x8]
  144  d280000f  mov x15, #0x0
  148  710001df  cmp w14, #0x0
  14c  9a8811e8  csel x8, x15, x8, ne
  150  8b0d0d8e  add x14, x12, x13, lsl #3
  154  f90005c8  str x8, [x14,#8]
  158  8b0d0d88  add x8, x12, x13, lsl #3
  15c  f900010b  str x11, [x8]
  160  f100015f  cmp x10, #0x0
  164  1a9f17e8  cset w8, eq
  168  0b080120  add w0, w9, w8
  16c  aa0a03e1  mov x1, x10
  170  910003bf  mov sp, x29
  174  a8c17bfd  ldp x29, x30, [sp],#16
  178  d65f03c0  ret
  17c  b940b271  ldr w17, [x19,#176]
  180  35000211  cbnz w17, .+0x40
  184  f9407e71  ldr x17, [x19,#248]
  188  eb11021f  cmp x16, x17
  18c  54fff462  b.cs .+0xfffffffffffffe8c
  190  52800040  mov w0, #0x2
  194  94000000  bl .+0x0                            ; call thunk trap
  198  52800140  mov w0, #0xa                        ; trap oob_table
  19c  94000000  bl .+0x0                            ; call thunk trap
  1a0  52800140  mov w0, #0xa                        ; trap oob_table
  1a4  94000000  bl .+0x0                            ; call thunk trap
  1a8  52800140  mov w0, #0xa                        ; trap oob_table
  1ac  94000000  bl .+0x0                            ; call thunk trap
  1b0  52800140  mov w0, #0xa                        ; trap oob_table
  1b4  94000000  bl .+0x0                            ; call thunk trap
  1b8  52800140  mov w0, #0xa                        ; trap oob_table
  1bc  94000000  bl .+0x0                            ; call thunk trap
  1c0  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  1c4  d63f0200  blr x16
  1c8  17ffff90  b .+0xfffffffffffffe40
