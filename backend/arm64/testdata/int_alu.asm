; int_alu for arm64 (features: none), from backend/testdata/cases/int_alu.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540005c3  b.cc .+0xb8
   18  9100021f  mov sp, x16
   1c  0b010008  add w8, w0, w1
   20  4b000108  sub w8, w8, w0
   24  0a010108  and w8, w8, w1
   28  2a000108  orr w8, w8, w0
   2c  4a010108  eor w8, w8, w1
   30  1b007d08  mul w8, w8, w0
   34  11019108  add w8, w8, #0x64
   38  128000c9  mov w9, #0xfffffff9
   3c  1b097d08  mul w8, w8, w9
   40  12001d08  and w8, w8, #0xff
   44  52001d08  eor w8, w8, #0xff
   48  0b000109  add w9, w8, w0
   4c  0b080128  add w8, w9, w8
   50  8b204289  add x9, x20, w0, uxtw
   54  b940092a  ldr w10, [x9,#8]                    ; trap oob_memory
   58  0b0a0108  add w8, w8, w10
   5c  8b21428a  add x10, x20, w1, uxtw
   60  b9400d4b  ldr w11, [x10,#12]                  ; trap oob_memory
   64  1b0b7d08  mul w8, w8, w11
   68  b940114a  ldr w10, [x10,#16]                  ; trap oob_memory
   6c  4b0a0100  sub w0, w8, w10
   70  8b030048  add x8, x2, x3
   74  cb020108  sub x8, x8, x2
   78  8a030108  and x8, x8, x3
   7c  aa020108  orr x8, x8, x2
   80  ca030108  eor x8, x8, x3
   84  9b027d08  mul x8, x8, x2
   88  b2407bea  mov x10, #0x7fffffff
   8c  8b0a0108  add x8, x8, x10
   90  d28cf12a  mov x10, #0x6789
   94  f2a468aa  movk x10, #0x2345, lsl #16
   98  f2c0002a  movk x10, #0x1, lsl #32
   9c  8b0a0108  add x8, x8, x10
   a0  d280006a  mov x10, #0x3
   a4  9b0a7d08  mul x8, x8, x10
   a8  d1000d0a  sub x10, x8, #0x3
   ac  8b080148  add x8, x10, x8
   b0  f9400d2a  ldr x10, [x9,#24]                   ; trap oob_memory
   b4  aa0a0108  orr x8, x8, x10
   b8  f9401129  ldr x9, [x9,#32]                    ; trap oob_memory
   bc  9b087d21  mul x1, x9, x8
   c0  910003bf  mov sp, x29
   c4  a8c17bfd  ldp x29, x30, [sp],#16
   c8  d65f03c0  ret
   cc  b940b271  ldr w17, [x19,#176]
   d0  350000d1  cbnz w17, .+0x18
   d4  f9407e71  ldr x17, [x19,#248]
   d8  eb11021f  cmp x16, x17
   dc  54fff9e2  b.cs .+0xffffffffffffff3c
   e0  52800040  mov w0, #0x2
   e4  94000000  bl .+0x0                            ; call thunk trap
   e8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   ec  d63f0200  blr x16
   f0  17ffffc6  b .+0xffffffffffffff18
