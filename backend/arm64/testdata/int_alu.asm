; int_alu for arm64 (features: none), from backend/testdata/cases/int_alu.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000603  b.cc .+0xc0
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  350005f1  cbnz w17, .+0xbc
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
   58  8b204289  add x9, x20, w0, uxtw
   5c  b940092a  ldr w10, [x9,#8]                    ; trap oob_memory
   60  0b0a0108  add w8, w8, w10
   64  8b21428a  add x10, x20, w1, uxtw
   68  b9400d4b  ldr w11, [x10,#12]                  ; trap oob_memory
   6c  1b0b7d08  mul w8, w8, w11
   70  b940114a  ldr w10, [x10,#16]                  ; trap oob_memory
   74  4b0a0100  sub w0, w8, w10
   78  8b030048  add x8, x2, x3
   7c  cb020108  sub x8, x8, x2
   80  8a030108  and x8, x8, x3
   84  aa020108  orr x8, x8, x2
   88  ca030108  eor x8, x8, x3
   8c  9b027d08  mul x8, x8, x2
   90  b2407bea  mov x10, #0x7fffffff
   94  8b0a0108  add x8, x8, x10
   98  d28cf12a  mov x10, #0x6789
   9c  f2a468aa  movk x10, #0x2345, lsl #16
   a0  f2c0002a  movk x10, #0x1, lsl #32
   a4  8b0a0108  add x8, x8, x10
   a8  d280006a  mov x10, #0x3
   ac  9b0a7d08  mul x8, x8, x10
   b0  d1000d0a  sub x10, x8, #0x3
   b4  8b080148  add x8, x10, x8
   b8  f9400d2a  ldr x10, [x9,#24]                   ; trap oob_memory
   bc  aa0a0108  orr x8, x8, x10
   c0  f9401129  ldr x9, [x9,#32]                    ; trap oob_memory
   c4  9b087d21  mul x1, x9, x8
   c8  910003bf  mov sp, x29
   cc  a8c17bfd  ldp x29, x30, [sp],#16
   d0  d65f03c0  ret
   d4  52800040  mov w0, #0x2
   d8  94000000  bl .+0x0                            ; call thunk trap
   dc  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   e0  d63f0200  blr x16
   e4  17ffffd0  b .+0xffffffffffffff40
