; call_indirect_local for arm64 (features: none), from backend/testdata/cases/call_indirect_local.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000383  b.cc .+0x70
   18  9100021f  mov sp, x16
   1c  f90003f5  str x21, [sp]
   20  aa0003f5  mov x21, x0
   24  f9405e68  ldr x8, [x19,#184]
   28  f9402509  ldr x9, [x8,#72]
   2c  f940052a  ldr x10, [x9,#8]
   30  eb0a003f  cmp x1, x10
   34  54000362  b.cs .+0x6c
   38  8b01002a  add x10, x1, x1
   3c  f9400129  ldr x9, [x9]
   40  8b0a0d29  add x9, x9, x10, lsl #3
   44  f9400529  ldr x9, [x9,#8]
   48  b4000309  cbz x9, .+0x60
   4c  b9407d0a  ldr w10, [x8,#124]
   50  f940cd08  ldr x8, [x8,#408]
   54  cb0a8108  sub x8, x8, x10, lsl #32
   58  d360fd2b  lsr x11, x9, #32
   5c  eb0a017f  cmp x11, x10
   60  54000281  b.ne .+0x50
   64  8b090108  add x8, x8, x9
   68  aa1503e0  mov x0, x21
   6c  d63f0100  blr x8
   70  0b150000  add w0, w0, w21
   74  f94003f5  ldr x21, [sp]
   78  910003bf  mov sp, x29
   7c  a8c17bfd  ldp x29, x30, [sp],#16
   80  d65f03c0  ret
   84  b940b271  ldr w17, [x19,#176]
   88  35000191  cbnz w17, .+0x30
   8c  f9407e71  ldr x17, [x19,#248]
   90  eb11021f  cmp x16, x17
   94  54fffc22  b.cs .+0xffffffffffffff84
   98  52800040  mov w0, #0x2
   9c  94000000  bl .+0x0                            ; call thunk trap
   a0  52800120  mov w0, #0x9                        ; trap undefined_element
   a4  94000000  bl .+0x0                            ; call thunk trap
   a8  52800100  mov w0, #0x8                        ; trap null_element
   ac  94000000  bl .+0x0                            ; call thunk trap
   b0  528000e0  mov w0, #0x7                        ; trap indirect_call_type
   b4  94000000  bl .+0x0                            ; call thunk trap
   b8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   bc  d63f0200  blr x16
   c0  17ffffd2  b .+0xffffffffffffff48
