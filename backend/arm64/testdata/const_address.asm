; const_address for arm64 (features: none), from backend/testdata/cases/const_address.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004e3  b.cc .+0x9c
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350004d1  cbnz w17, .+0x98
   24  52820008  mov w8, #0x1000
   28  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   2c  b9400a28  ldr w8, [x17,#8]
   30  0b000108  add w8, w8, w0
   34  52820009  mov w9, #0x1000
   38  8b294291  add x17, x20, w9, uxtw              ; trap oob_memory
   3c  b9000e28  str w8, [x17,#12]
   40  52820008  mov w8, #0x1000
   44  528000a9  mov w9, #0x5
   48  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   4c  b9001229  str w9, [x17,#16]
   50  52820008  mov w8, #0x1000
   54  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   58  39005220  strb w0, [x17,#20]
   5c  52820008  mov w8, #0x1000
   60  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   64  f9000e21  str x1, [x17,#24]
   68  52820008  mov w8, #0x1000
   6c  b8684a88  ldr w8, [x20,w8,uxtw]               ; trap oob_memory
   70  0b080008  add w8, w0, w8
   74  321c6be9  mov w9, #0x7ffffff0
   78  8b294291  add x17, x20, w9, uxtw              ; trap oob_memory
   7c  b840f229  ldur w9, [x17,#15]
   80  321c6bea  mov w10, #0x7ffffff0
   84  8b2a4291  add x17, x20, w10, uxtw             ; trap oob_memory
   88  b940122a  ldr w10, [x17,#16]
   8c  128001eb  mov w11, #0xfffffff0
   90  f86b4a8b  ldr x11, [x20,w11,uxtw]             ; trap oob_memory
   94  0b090108  add w8, w8, w9
   98  0b0a0108  add w8, w8, w10
   9c  2a0b03e9  mov w9, w11
   a0  0b090100  add w0, w8, w9
   a4  910003bf  mov sp, x29
   a8  a8c17bfd  ldp x29, x30, [sp],#16
   ac  d65f03c0  ret
   b0  52800040  mov w0, #0x2
   b4  94000000  bl .+0x0                            ; call thunk trap
   b8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   bc  d63f0200  blr x16
   c0  17ffffd9  b .+0xffffffffffffff64
