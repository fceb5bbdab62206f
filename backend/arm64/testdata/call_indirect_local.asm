; call_indirect_local for arm64 (features: none), from backend/testdata/cases/call_indirect_local.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540003c3  b.cc .+0x78
   18  9100021f  mov sp, x16
   1c  f90003f5  str x21, [sp]
   20  aa0003f5  mov x21, x0
   24  f9405e68  ldr x8, [x19,#184]
   28  f9402509  ldr x9, [x8,#72]
   2c  f940052a  ldr x10, [x9,#8]
   30  eb0a003f  cmp x1, x10
   34  540003a2  b.cs .+0x74
   38  8b01002a  add x10, x1, x1
   3c  f9400129  ldr x9, [x9]
   40  8b0a0d2b  add x11, x9, x10, lsl #3
   44  f940016b  ldr x11, [x11]
   48  b400034b  cbz x11, .+0x68
   4c  b940116c  ldr w12, [x11,#16]
   50  b9407d08  ldr w8, [x8,#124]
   54  6b08019f  cmp w12, w8
   58  54000301  b.ne .+0x60
   5c  8b0a0d28  add x8, x9, x10, lsl #3
   60  f9400508  ldr x8, [x8,#8]
   64  f9400169  ldr x9, [x11]
   68  eb09011f  cmp x8, x9
   6c  540002a1  b.ne .+0x54
   70  aa1503e0  mov x0, x21
   74  d63f0100  blr x8
   78  0b150000  add w0, w0, w21
   7c  f94003f5  ldr x21, [sp]
   80  910003bf  mov sp, x29
   84  a8c17bfd  ldp x29, x30, [sp],#16
   88  d65f03c0  ret
   8c  b940b271  ldr w17, [x19,#176]
   90  350001d1  cbnz w17, .+0x38
   94  f9407e71  ldr x17, [x19,#248]
   98  eb11021f  cmp x16, x17
   9c  54fffbe2  b.cs .+0xffffffffffffff7c
   a0  52800040  mov w0, #0x2
   a4  94000000  bl .+0x0                            ; call thunk trap
   a8  52800120  mov w0, #0x9                        ; trap undefined_element
   ac  94000000  bl .+0x0                            ; call thunk trap
   b0  52800100  mov w0, #0x8                        ; trap null_element
   b4  94000000  bl .+0x0                            ; call thunk trap
   b8  528000e0  mov w0, #0x7                        ; trap indirect_call_type
   bc  94000000  bl .+0x0                            ; call thunk trap
   c0  528000e0  mov w0, #0x7                        ; trap indirect_call_type
   c4  94000000  bl .+0x0                            ; call thunk trap
   c8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   cc  d63f0200  blr x16
   d0  17ffffce  b .+0xffffffffffffff38
