; membulk for arm64 (features: none), from backend/testdata/cases/membulk.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000763  b.cc .+0xec
   18  9100021f  mov sp, x16
   1c  aa0003e8  mov x8, x0
   20  aa0103e9  mov x9, x1
   24  aa0203ea  mov x10, x2
   28  b940b271  ldr w17, [x19,#176]
   2c  350006f1  cbnz w17, .+0xdc
   30  0b09010b  add w11, w8, w9
   34  f9405e6c  ldr x12, [x19,#184]
   38  f940058c  ldr x12, [x12,#8]
   3c  aa0a03e2  mov x2, x10
   40  aa0803ed  mov x13, x8
   44  8b0201ae  add x14, x13, x2
   48  eb0c01df  cmp x14, x12
   4c  54000648  b.hi .+0xc8
   50  aa0903ee  mov x14, x9
   54  8b0201cf  add x15, x14, x2
   58  eb0c01ff  cmp x15, x12
   5c  54000608  b.hi .+0xc0
   60  8b2e4281  add x1, x20, w14, uxtw
   64  8b2d4280  add x0, x20, w13, uxtw
   68  f9407270  ldr x16, [x19,#224]
   6c  d63f0200  blr x16
   70  f9405e6c  ldr x12, [x19,#184]
   74  f940058c  ldr x12, [x12,#8]
   78  aa0903ed  mov x13, x9
   7c  8b0a01ae  add x14, x13, x10
   80  eb0c01df  cmp x14, x12
   84  54000508  b.hi .+0xa0
   88  8b2d4280  add x0, x20, w13, uxtw
   8c  aa0803e1  mov x1, x8
   90  aa0a03e2  mov x2, x10
   94  f9407670  ldr x16, [x19,#232]
   98  d63f0200  blr x16
   9c  f9405e6a  ldr x10, [x19,#184]
   a0  f940054a  ldr x10, [x10,#8]
   a4  9100410c  add x12, x8, #0x10
   a8  eb0a019f  cmp x12, x10
   ac  54000408  b.hi .+0x80
   b0  f100e15f  cmp x10, #0x38
   b4  54000403  b.cc .+0x80
   b8  9100a281  add x1, x20, #0x28
   bc  8b284280  add x0, x20, w8, uxtw
   c0  d2800202  mov x2, #0x10
   c4  f9407270  ldr x16, [x19,#224]
   c8  d63f0200  blr x16
   cc  f9405e68  ldr x8, [x19,#184]
   d0  f9400508  ldr x8, [x8,#8]
   d4  f140411f  cmp x8, #0x10, lsl #12
   d8  54000323  b.cc .+0x64
   dc  91404280  add x0, x20, #0x10, lsl #12
   e0  aa0903e1  mov x1, x9
   e4  d2800002  mov x2, #0x0
   e8  f9407670  ldr x16, [x19,#232]
   ec  d63f0200  blr x16
   f0  11404160  add w0, w11, #0x10, lsl #12
   f4  910003bf  mov sp, x29
   f8  a8c17bfd  ldp x29, x30, [sp],#16
   fc  d65f03c0  ret
  100  52800040  mov w0, #0x2
  104  94000000  bl .+0x0                            ; call thunk trap
  108  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  10c  d63f0200  blr x16
  110  17ffffc8  b .+0xffffffffffffff20
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
