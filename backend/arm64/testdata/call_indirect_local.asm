; call_indirect_local for arm64 (features: none), from backend/testdata/cases/call_indirect_local.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000363  b.cc .+0x6c
   18  9100021f  mov sp, x16
   1c  f90003f5  str x21, [sp]
   20  aa0003f5  mov x21, x0
   24  f9405e68  ldr x8, [x19,#184]
   28  f9402509  ldr x9, [x8,#72]
   2c  f940052a  ldr x10, [x9,#8]
   30  eb0a003f  cmp x1, x10
   34  54000342  b.cs .+0x68
   38  8b01002a  add x10, x1, x1
   3c  f9400129  ldr x9, [x9]
   40  8b0a0d2b  add x11, x9, x10, lsl #3
   44  f940016b  ldr x11, [x11]
   48  b40002eb  cbz x11, .+0x5c
   4c  b940116b  ldr w11, [x11,#16]
   50  b9407d08  ldr w8, [x8,#124]
   54  6b08017f  cmp w11, w8
   58  540002a1  b.ne .+0x54
   5c  8b0a0d28  add x8, x9, x10, lsl #3
   60  f9400508  ldr x8, [x8,#8]
   64  aa1503e0  mov x0, x21
   68  d63f0100  blr x8
   6c  0b150000  add w0, w0, w21
   70  f94003f5  ldr x21, [sp]
   74  910003bf  mov sp, x29
   78  a8c17bfd  ldp x29, x30, [sp],#16
   7c  d65f03c0  ret
   80  b940b271  ldr w17, [x19,#176]
   84  35000191  cbnz w17, .+0x30
   88  f9407e71  ldr x17, [x19,#248]
   8c  eb11021f  cmp x16, x17
   90  54fffc42  b.cs .+0xffffffffffffff88
   94  52800040  mov w0, #0x2
   98  94000000  bl .+0x0                            ; call thunk trap
   9c  52800120  mov w0, #0x9                        ; trap undefined_element
   a0  94000000  bl .+0x0                            ; call thunk trap
   a4  52800100  mov w0, #0x8                        ; trap null_element
   a8  94000000  bl .+0x0                            ; call thunk trap
   ac  528000e0  mov w0, #0x7                        ; trap indirect_call_type
   b0  94000000  bl .+0x0                            ; call thunk trap
   b4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   b8  d63f0200  blr x16
   bc  17ffffd3  b .+0xffffffffffffff4c
