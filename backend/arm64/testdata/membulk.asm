; membulk for arm64 (features: none), from backend/testdata/cases/membulk.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540006c3  b.cc .+0xd8
   18  9100021f  mov sp, x16
   1c  aa0003e8  mov x8, x0
   20  aa0103e9  mov x9, x1
   24  aa0203ea  mov x10, x2
   28  0b09010b  add w11, w8, w9
   2c  f9405e6c  ldr x12, [x19,#184]
   30  f940058c  ldr x12, [x12,#8]
   34  8b0a010d  add x13, x8, x10
   38  eb0c01bf  cmp x13, x12
   3c  54000668  b.hi .+0xcc
   40  8b0a012d  add x13, x9, x10
   44  eb0c01bf  cmp x13, x12
   48  54000648  b.hi .+0xc8
   4c  8b294281  add x1, x20, w9, uxtw
   50  8b284280  add x0, x20, w8, uxtw
   54  aa0a03e2  mov x2, x10
   58  f9407270  ldr x16, [x19,#224]
   5c  d63f0200  blr x16
   60  f9405e6c  ldr x12, [x19,#184]
   64  f940058c  ldr x12, [x12,#8]
   68  8b0a012d  add x13, x9, x10
   6c  eb0c01bf  cmp x13, x12
   70  54000548  b.hi .+0xa8
   74  8b294280  add x0, x20, w9, uxtw
   78  aa0803e1  mov x1, x8
   7c  aa0a03e2  mov x2, x10
   80  f9407670  ldr x16, [x19,#232]
   84  d63f0200  blr x16
   88  f9405e6a  ldr x10, [x19,#184]
   8c  f940054a  ldr x10, [x10,#8]
   90  9100410c  add x12, x8, #0x10
   94  eb0a019f  cmp x12, x10
   98  54000448  b.hi .+0x88
   9c  f100e15f  cmp x10, #0x38
   a0  54000443  b.cc .+0x88
   a4  9100a281  add x1, x20, #0x28
   a8  8b284280  add x0, x20, w8, uxtw
   ac  d2800202  mov x2, #0x10
   b0  f9407270  ldr x16, [x19,#224]
   b4  d63f0200  blr x16
   b8  f9405e68  ldr x8, [x19,#184]
   bc  f9400508  ldr x8, [x8,#8]
   c0  f140411f  cmp x8, #0x10, lsl #12
   c4  54000363  b.cc .+0x6c
   c8  91404280  add x0, x20, #0x10, lsl #12
   cc  aa0903e1  mov x1, x9
   d0  d2800002  mov x2, #0x0
   d4  f9407670  ldr x16, [x19,#232]
   d8  d63f0200  blr x16
   dc  11404160  add w0, w11, #0x10, lsl #12
   e0  910003bf  mov sp, x29
   e4  a8c17bfd  ldp x29, x30, [sp],#16
   e8  d65f03c0  ret
   ec  b940b271  ldr w17, [x19,#176]
   f0  35000251  cbnz w17, .+0x48
   f4  f9407e71  ldr x17, [x19,#248]
   f8  eb11021f  cmp x16, x17
   fc  54fff8e2  b.cs .+0xffffffffffffff1c
  100  52800040  mov w0, #0x2
  104  94000000  bl .+0x0                            ; call thunk trap
  108  52800020  mov w0, #0x1                        ; trap oob_memory
  10c  94000000  bl .+0x0                            ; call thunk trap
  110  52800020  mov w0, #0x1                        ; trap oob_memory
  114  94000000  bl .+0x0                            ; call thunk trap
  118  52800020  mov w0, #0x1                        ; trap oob_memory
  11c  94000000  bl .+0x0                            ; call thunk trap
  120  52800020  mov w0, #0x1                        ; trap oob_memory
  124  94000000  bl .+0x0                            ; call thunk trap
  128  52800020  mov w0, #0x1                        ; trap oob_memory
  12c  94000000  bl .+0x0                            ; call thunk trap
  130  52800020  mov w0, #0x1                        ; trap oob_memory
  134  94000000  bl .+0x0                            ; call thunk trap
  138  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  13c  d63f0200  blr x16
  140  17ffffb2  b .+0xfffffffffffffec8
