; memsize for arm64 (features: none), from backend/testdata/cases/memsize.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10383f0  sub x16, sp, #0xe0
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000683  b.cc .+0xd0
   18  9100021f  mov sp, x16
   1c  f90067f5  str x21, [sp,#200]
   20  f90063f6  str x22, [sp,#192]
   24  f9005ff7  str x23, [sp,#184]
   28  f9005bf8  str x24, [sp,#176]
   2c  f90057f9  str x25, [sp,#168]
   30  f90053fa  str x26, [sp,#160]
   34  f9004ffb  str x27, [sp,#152]
   38  3c8883e8  stur q8, [sp,#136]
   3c  3c8783e9  stur q9, [sp,#120]
   40  3c8683ea  stur q10, [sp,#104]
   44  3c8583eb  stur q11, [sp,#88]
   48  3c8483ec  stur q12, [sp,#72]
   4c  3c8383ed  stur q13, [sp,#56]
   50  3c8283ee  stur q14, [sp,#40]
   54  3c8183ef  stur q15, [sp,#24]
   58  f9405e68  ldr x8, [x19,#184]
   5c  b840a108  ldur w8, [x8,#10]
   60  f9006fe8  str x8, [sp,#216]
   64  f90003e0  str x0, [sp]
   68  910003f1  mov x17, sp
   6c  f9003671  str x17, [x19,#104]
   70  d2800031  mov x17, #0x1
   74  f9003a71  str x17, [x19,#112]
   78  d2800011  mov x17, #0x0
   7c  f9003271  str x17, [x19,#96]
   80  94000000  bl .+0x0                            ; call thunk host-exit
   84  f94003e0  ldr x0, [sp]
   88  f9405e68  ldr x8, [x19,#184]
   8c  b840a108  ldur w8, [x8,#10]
   90  f9406fe9  ldr x9, [sp,#216]
   94  0b000129  add w9, w9, w0
   98  0b080120  add w0, w9, w8
   9c  f94067f5  ldr x21, [sp,#200]
   a0  f94063f6  ldr x22, [sp,#192]
   a4  f9405ff7  ldr x23, [sp,#184]
   a8  f9405bf8  ldr x24, [sp,#176]
   ac  f94057f9  ldr x25, [sp,#168]
   b0  f94053fa  ldr x26, [sp,#160]
   b4  f9404ffb  ldr x27, [sp,#152]
   b8  3cc883e8  ldur q8, [sp,#136]
   bc  3cc783e9  ldur q9, [sp,#120]
   c0  3cc683ea  ldur q10, [sp,#104]
   c4  3cc583eb  ldur q11, [sp,#88]
   c8  3cc483ec  ldur q12, [sp,#72]
   cc  3cc383ed  ldur q13, [sp,#56]
   d0  3cc283ee  ldur q14, [sp,#40]
   d4  3cc183ef  ldur q15, [sp,#24]
   d8  910003bf  mov sp, x29
   dc  a8c17bfd  ldp x29, x30, [sp],#16
   e0  d65f03c0  ret
   e4  b940b271  ldr w17, [x19,#176]
   e8  350000d1  cbnz w17, .+0x18
   ec  f9407e71  ldr x17, [x19,#248]
   f0  eb11021f  cmp x16, x17
   f4  54fff922  b.cs .+0xffffffffffffff24
   f8  52800040  mov w0, #0x2
   fc  94000000  bl .+0x0                            ; call thunk trap
  100  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  104  d63f0200  blr x16
  108  17ffffc0  b .+0xffffffffffffff00
