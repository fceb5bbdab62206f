; memsize for arm64 (features: none), from backend/testdata/cases/memsize.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10383f0  sub x16, sp, #0xe0
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540006c3  b.cc .+0xd8
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
   58  b940b271  ldr w17, [x19,#176]
   5c  350004d1  cbnz w17, .+0x98
   60  f9405e68  ldr x8, [x19,#184]
   64  b840a108  ldur w8, [x8,#10]
   68  f9006fe8  str x8, [sp,#216]
   6c  f90003e0  str x0, [sp]
   70  910003f1  mov x17, sp
   74  f9003671  str x17, [x19,#104]
   78  d2800031  mov x17, #0x1
   7c  f9003a71  str x17, [x19,#112]
   80  d2800011  mov x17, #0x0
   84  f9003271  str x17, [x19,#96]
   88  94000000  bl .+0x0                            ; call thunk host-exit
   8c  f94003e0  ldr x0, [sp]
   90  f9405e68  ldr x8, [x19,#184]
   94  b840a108  ldur w8, [x8,#10]
   98  f9406fe9  ldr x9, [sp,#216]
   9c  0b000129  add w9, w9, w0
   a0  0b080120  add w0, w9, w8
   a4  f94067f5  ldr x21, [sp,#200]
   a8  f94063f6  ldr x22, [sp,#192]
   ac  f9405ff7  ldr x23, [sp,#184]
   b0  f9405bf8  ldr x24, [sp,#176]
   b4  f94057f9  ldr x25, [sp,#168]
   b8  f94053fa  ldr x26, [sp,#160]
   bc  f9404ffb  ldr x27, [sp,#152]
   c0  3cc883e8  ldur q8, [sp,#136]
   c4  3cc783e9  ldur q9, [sp,#120]
   c8  3cc683ea  ldur q10, [sp,#104]
   cc  3cc583eb  ldur q11, [sp,#88]
   d0  3cc483ec  ldur q12, [sp,#72]
   d4  3cc383ed  ldur q13, [sp,#56]
   d8  3cc283ee  ldur q14, [sp,#40]
   dc  3cc183ef  ldur q15, [sp,#24]
   e0  910003bf  mov sp, x29
   e4  a8c17bfd  ldp x29, x30, [sp],#16
   e8  d65f03c0  ret
   ec  52800040  mov w0, #0x2
   f0  94000000  bl .+0x0                            ; call thunk trap
   f4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   f8  d63f0200  blr x16
   fc  17ffffd9  b .+0xffffffffffffff64
