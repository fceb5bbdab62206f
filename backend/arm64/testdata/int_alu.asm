; int_alu for arm64 (features: none), from backend/testdata/cases/int_alu.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000683  b.cc .+0xd0
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000671  cbnz w17, .+0xcc
   24  0b010008  add w8, w0, w1
   28  4b000108  sub w8, w8, w0
   2c  0a010108  and w8, w8, w1
   30  2a000108  orr w8, w8, w0
   34  4a010108  eor w8, w8, w1
   38  1b007d08  mul w8, w8, w0
   3c  11019108  add w8, w8, #0x64
   40  128000c9  mov w9, #0xfffffff9
   44  1b097d08  mul w8, w8, w9
   48  12001d08  and w8, w8, #0xff
   4c  52001d08  eor w8, w8, #0xff
   50  0b000109  add w9, w8, w0
   54  0b080128  add w8, w9, w8
   58  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   5c  b9400a29  ldr w9, [x17,#8]
   60  0b090108  add w8, w8, w9
   64  8b214291  add x17, x20, w1, uxtw              ; trap oob_memory
   68  b9400e29  ldr w9, [x17,#12]
   6c  1b097d08  mul w8, w8, w9
   70  8b214291  add x17, x20, w1, uxtw              ; trap oob_memory
   74  b9401229  ldr w9, [x17,#16]
   78  4b090108  sub w8, w8, w9
   7c  8b030049  add x9, x2, x3
   80  cb020129  sub x9, x9, x2
   84  8a030129  and x9, x9, x3
   88  aa020129  orr x9, x9, x2
   8c  ca030129  eor x9, x9, x3
   90  9b027d29  mul x9, x9, x2
   94  b2407bea  mov x10, #0x7fffffff
   98  8b0a0129  add x9, x9, x10
   9c  d28cf12a  mov x10, #0x6789
   a0  f2a468aa  movk x10, #0x2345, lsl #16
   a4  f2c0002a  movk x10, #0x1, lsl #32
   a8  8b0a0129  add x9, x9, x10
   ac  d280006a  mov x10, #0x3
   b0  9b0a7d29  mul x9, x9, x10
   b4  d1000d2a  sub x10, x9, #0x3
   b8  8b090149  add x9, x10, x9
   bc  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   c0  f9400e2a  ldr x10, [x17,#24]
   c4  aa0a0129  orr x9, x9, x10
   c8  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   cc  f940122a  ldr x10, [x17,#32]
   d0  9b097d41  mul x1, x10, x9
   d4  aa0803e0  mov x0, x8
   d8  910003bf  mov sp, x29
   dc  a8c17bfd  ldp x29, x30, [sp],#16
   e0  d65f03c0  ret
   e4  52800040  mov w0, #0x2
   e8  94000000  bl .+0x0                            ; call thunk trap
   ec  52800160  mov w0, #0xb                        ; trap interrupted
   f0  94000000  bl .+0x0                            ; call thunk trap
