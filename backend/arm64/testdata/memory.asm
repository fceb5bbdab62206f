; memory for arm64 (features: none), from backend/testdata/cases/memory.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000b23  b.cc .+0x164
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000b11  cbnz w17, .+0x160
   24  b8604a88  ldr w8, [x20,w0,uxtw]               ; trap oob_memory
   28  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   2c  f9400629  ldr x9, [x17,#8]
   30  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   34  bd401228  ldr s8, [x17,#16]
   38  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   3c  fd400e29  ldr d9, [x17,#24]
   40  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   44  3980822a  ldrsb x10, [x17,#32]
   48  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   4c  3940862b  ldrb w11, [x17,#33]
   50  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   54  7980462c  ldrsh x12, [x17,#34]
   58  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   5c  79404a2d  ldrh w13, [x17,#36]
   60  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   64  3980a22e  ldrsb x14, [x17,#40]
   68  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   6c  3940a62f  ldrb w15, [x17,#41]
   70  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   74  79805635  ldrsh x21, [x17,#42]
   78  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   7c  79405a36  ldrh w22, [x17,#44]
   80  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   84  b9803237  ldrsw x23, [x17,#48]
   88  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   8c  b9403638  ldr w24, [x17,#52]
   90  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   94  b9004228  str w8, [x17,#64]
   98  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   9c  f9002629  str x9, [x17,#72]
   a0  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   a4  bd005228  str s8, [x17,#80]
   a8  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   ac  fd002e29  str d9, [x17,#88]
   b0  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   b4  3901822a  strb w10, [x17,#96]
   b8  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   bc  7900c62b  strh w11, [x17,#98]
   c0  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   c4  3901922e  strb w14, [x17,#100]
   c8  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   cc  7900ce2f  strh w15, [x17,#102]
   d0  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   d4  b9006a35  str w21, [x17,#104]
   d8  12800008  mov w8, #0xffffffff
   dc  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   e0  b9007228  str w8, [x17,#112]
   e4  12800008  mov w8, #0xffffffff
   e8  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   ec  3901d228  strb w8, [x17,#116]
   f0  12800008  mov w8, #0xffffffff
   f4  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   f8  7900ee28  strh w8, [x17,#118]
   fc  d28acf08  mov x8, #0x5678
  100  f2a24688  movk x8, #0x1234, lsl #16
  104  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
  108  f9003e28  str x8, [x17,#120]
  10c  d28acf08  mov x8, #0x5678
  110  f2a24688  movk x8, #0x1234, lsl #16
  114  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
  118  b9008228  str w8, [x17,#128]
  11c  d28cf128  mov x8, #0x6789
  120  f2a468a8  movk x8, #0x2345, lsl #16
  124  f2c00028  movk x8, #0x1, lsl #32
  128  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
  12c  f9004628  str x8, [x17,#136]
  130  1e6e1008  fmov d8, #1.000000000000000000e+00
  134  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
  138  fd004a28  str d8, [x17,#144]
  13c  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
  140  d2b00010  mov x16, #0x80000000
  144  f8706a28  ldr x8, [x17,x16]
  148  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
  14c  b27c6ff0  mov x16, #0xfffffff0
  150  f8306a28  str x8, [x17,x16]
  154  0b0d0189  add w9, w12, w13
  158  0b0b0129  add w9, w9, w11
  15c  8b1702ca  add x10, x22, x23
  160  8b18014a  add x10, x10, x24
  164  8b090149  add x9, x10, x9
  168  8b080120  add x0, x9, x8
  16c  910003bf  mov sp, x29
  170  a8c17bfd  ldp x29, x30, [sp],#16
  174  d65f03c0  ret
  178  52800040  mov w0, #0x2
  17c  94000000  bl .+0x0                            ; call thunk trap
  180  52800160  mov w0, #0xb                        ; trap interrupted
  184  94000000  bl .+0x0                            ; call thunk trap
