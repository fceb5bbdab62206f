; call_indirect_local for arm64 (features: none), from backend/testdata/cases/call_indirect_local.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000323  b.cc .+0x64
   18  9100021f  mov sp, x16
   1c  f90003f5  str x21, [sp]
   20  aa0003f5  mov x21, x0
   24  f9405e68  ldr x8, [x19,#184]
   28  f9402508  ldr x8, [x8,#72]
   2c  f9400509  ldr x9, [x8,#8]
   30  eb09003f  cmp x1, x9
   34  54000302  b.cs .+0x60
   38  8b010029  add x9, x1, x1
   3c  f940010a  ldr x10, [x8]
   40  f9400d08  ldr x8, [x8,#24]
   44  8b090d49  add x9, x10, x9, lsl #3
   48  f9400529  ldr x9, [x9,#8]
   4c  7100093f  cmp w9, #0x2
   50  54000261  b.ne .+0x4c
   54  d360fd29  lsr x9, x9, #32
   58  8b090108  add x8, x8, x9
   5c  aa1503e0  mov x0, x21
   60  d63f0100  blr x8
   64  0b150000  add w0, w0, w21
   68  f94003f5  ldr x21, [sp]
   6c  910003bf  mov sp, x29
   70  a8c17bfd  ldp x29, x30, [sp],#16
   74  d65f03c0  ret
   78  b940b271  ldr w17, [x19,#176]
   7c  350001b1  cbnz w17, .+0x34
   80  f9407e71  ldr x17, [x19,#248]
   84  eb11021f  cmp x16, x17
   88  54fffc82  b.cs .+0xffffffffffffff90
   8c  52800040  mov w0, #0x2
   90  94000000  bl .+0x0                            ; call thunk trap
   94  52800120  mov w0, #0x9                        ; trap undefined_element
   98  94000000  bl .+0x0                            ; call thunk trap
   9c  f100013f  cmp x9, #0x0                        ; trap indirect_call_type
   a0  52800110  mov w16, #0x8
   a4  528000e0  mov w0, #0x7
   a8  1a800200  csel w0, w16, w0, eq
   ac  94000000  bl .+0x0                            ; call thunk trap
   b0  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   b4  d63f0200  blr x16
   b8  17ffffd4  b .+0xffffffffffffff50
