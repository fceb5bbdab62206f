; membulk for arm64 (features: none), from backend/testdata/cases/membulk.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000723  b.cc .+0xe4
   18  9100021f  mov sp, x16
   1c  aa0003e8  mov x8, x0
   20  aa0103e9  mov x9, x1
   24  aa0203ea  mov x10, x2
   28  0b09010b  add w11, w8, w9
   2c  f9405e6c  ldr x12, [x19,#184]
   30  f940058c  ldr x12, [x12,#8]
   34  aa0a03e2  mov x2, x10
   38  aa0803ed  mov x13, x8
   3c  8b0201ae  add x14, x13, x2
   40  eb0c01df  cmp x14, x12
   44  54000688  b.hi .+0xd0
   48  aa0903ee  mov x14, x9
   4c  8b0201cf  add x15, x14, x2
   50  eb0c01ff  cmp x15, x12
   54  54000648  b.hi .+0xc8
   58  8b2e4281  add x1, x20, w14, uxtw
   5c  8b2d4280  add x0, x20, w13, uxtw
   60  f9407270  ldr x16, [x19,#224]
   64  d63f0200  blr x16
   68  f9405e6c  ldr x12, [x19,#184]
   6c  f940058c  ldr x12, [x12,#8]
   70  aa0903ed  mov x13, x9
   74  8b0a01ae  add x14, x13, x10
   78  eb0c01df  cmp x14, x12
   7c  54000548  b.hi .+0xa8
   80  8b2d4280  add x0, x20, w13, uxtw
   84  aa0803e1  mov x1, x8
   88  aa0a03e2  mov x2, x10
   8c  f9407670  ldr x16, [x19,#232]
   90  d63f0200  blr x16
   94  f9405e6a  ldr x10, [x19,#184]
   98  f940054a  ldr x10, [x10,#8]
   9c  9100410c  add x12, x8, #0x10
   a0  eb0a019f  cmp x12, x10
   a4  54000448  b.hi .+0x88
   a8  f100e15f  cmp x10, #0x38
   ac  54000443  b.cc .+0x88
   b0  9100a281  add x1, x20, #0x28
   b4  8b284280  add x0, x20, w8, uxtw
   b8  d2800202  mov x2, #0x10
   bc  f9407270  ldr x16, [x19,#224]
   c0  d63f0200  blr x16
   c4  f9405e68  ldr x8, [x19,#184]
   c8  f9400508  ldr x8, [x8,#8]
   cc  f140411f  cmp x8, #0x10, lsl #12
   d0  54000363  b.cc .+0x6c
   d4  91404280  add x0, x20, #0x10, lsl #12
   d8  aa0903e1  mov x1, x9
   dc  d2800002  mov x2, #0x0
   e0  f9407670  ldr x16, [x19,#232]
   e4  d63f0200  blr x16
   e8  11404160  add w0, w11, #0x10, lsl #12
   ec  910003bf  mov sp, x29
   f0  a8c17bfd  ldp x29, x30, [sp],#16
   f4  d65f03c0  ret
   f8  b940b271  ldr w17, [x19,#176]
   fc  35000251  cbnz w17, .+0x48
  100  f9407e71  ldr x17, [x19,#248]
  104  eb11021f  cmp x16, x17
  108  54fff882  b.cs .+0xffffffffffffff10
  10c  52800040  mov w0, #0x2
  110  94000000  bl .+0x0                            ; call thunk trap
  114  52800020  mov w0, #0x1                        ; trap oob_memory
  118  94000000  bl .+0x0                            ; call thunk trap
  11c  52800020  mov w0, #0x1                        ; trap oob_memory
  120  94000000  bl .+0x0                            ; call thunk trap
  124  52800020  mov w0, #0x1                        ; trap oob_memory
  128  94000000  bl .+0x0                            ; call thunk trap
  12c  52800020  mov w0, #0x1                        ; trap oob_memory
  130  94000000  bl .+0x0                            ; call thunk trap
  134  52800020  mov w0, #0x1                        ; trap oob_memory
  138  94000000  bl .+0x0                            ; call thunk trap
  13c  52800020  mov w0, #0x1                        ; trap oob_memory
  140  94000000  bl .+0x0                            ; call thunk trap
  144  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  148  d63f0200  blr x16
  14c  17ffffaf  b .+0xfffffffffffffebc
