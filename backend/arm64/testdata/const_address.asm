; const_address for arm64 (features: none), from backend/testdata/cases/const_address.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004a3  b.cc .+0x94
   18  9100021f  mov sp, x16
   1c  52820008  mov w8, #0x1000
   20  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   24  b9400a28  ldr w8, [x17,#8]
   28  0b000108  add w8, w8, w0
   2c  52820009  mov w9, #0x1000
   30  8b294291  add x17, x20, w9, uxtw              ; trap oob_memory
   34  b9000e28  str w8, [x17,#12]
   38  52820008  mov w8, #0x1000
   3c  528000a9  mov w9, #0x5
   40  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   44  b9001229  str w9, [x17,#16]
   48  52820008  mov w8, #0x1000
   4c  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   50  39005220  strb w0, [x17,#20]
   54  52820008  mov w8, #0x1000
   58  8b284291  add x17, x20, w8, uxtw              ; trap oob_memory
   5c  f9000e21  str x1, [x17,#24]
   60  52820008  mov w8, #0x1000
   64  b8684a88  ldr w8, [x20,w8,uxtw]               ; trap oob_memory
   68  0b080008  add w8, w0, w8
   6c  321c6be9  mov w9, #0x7ffffff0
   70  8b294291  add x17, x20, w9, uxtw              ; trap oob_memory
   74  b840f229  ldur w9, [x17,#15]
   78  321c6bea  mov w10, #0x7ffffff0
   7c  8b2a4291  add x17, x20, w10, uxtw             ; trap oob_memory
   80  b940122a  ldr w10, [x17,#16]
   84  128001eb  mov w11, #0xfffffff0
   88  f86b4a8b  ldr x11, [x20,w11,uxtw]             ; trap oob_memory
   8c  0b090108  add w8, w8, w9
   90  0b0a0108  add w8, w8, w10
   94  2a0b03e9  mov w9, w11
   98  0b090100  add w0, w8, w9
   9c  910003bf  mov sp, x29
   a0  a8c17bfd  ldp x29, x30, [sp],#16
   a4  d65f03c0  ret
   a8  b940b271  ldr w17, [x19,#176]
   ac  350000d1  cbnz w17, .+0x18
   b0  f9407e71  ldr x17, [x19,#248]
   b4  eb11021f  cmp x16, x17
   b8  54fffb02  b.cs .+0xffffffffffffff60
   bc  52800040  mov w0, #0x2
   c0  94000000  bl .+0x0                            ; call thunk trap
   c4  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   c8  d63f0200  blr x16
   cc  17ffffcf  b .+0xffffffffffffff3c
