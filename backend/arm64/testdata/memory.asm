; memory for arm64 (features: none), from backend/testdata/cases/memory.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000763  b.cc .+0xec
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000751  cbnz w17, .+0xe8
   24  b8604a88  ldr w8, [x20,w0,uxtw]               ; trap oob_memory
   28  8b204289  add x9, x20, w0, uxtw
   2c  f940052a  ldr x10, [x9,#8]                    ; trap oob_memory
   30  bd401130  ldr s16, [x9,#16]                   ; trap oob_memory
   34  fd400d31  ldr d17, [x9,#24]                   ; trap oob_memory
   38  3980812b  ldrsb x11, [x9,#32]                 ; trap oob_memory
   3c  3940852c  ldrb w12, [x9,#33]                  ; trap oob_memory
   40  7980452d  ldrsh x13, [x9,#34]                 ; trap oob_memory
   44  7940492e  ldrh w14, [x9,#36]                  ; trap oob_memory
   48  3980a12f  ldrsb x15, [x9,#40]                 ; trap oob_memory
   4c  3940a520  ldrb w0, [x9,#41]                   ; trap oob_memory
   50  79805521  ldrsh x1, [x9,#42]                  ; trap oob_memory
   54  79405922  ldrh w2, [x9,#44]                   ; trap oob_memory
   58  b9803123  ldrsw x3, [x9,#48]                  ; trap oob_memory
   5c  b9403524  ldr w4, [x9,#52]                    ; trap oob_memory
   60  b9004128  str w8, [x9,#64]                    ; trap oob_memory
   64  f900252a  str x10, [x9,#72]                   ; trap oob_memory
   68  bd005130  str s16, [x9,#80]                   ; trap oob_memory
   6c  fd002d31  str d17, [x9,#88]                   ; trap oob_memory
   70  3901812b  strb w11, [x9,#96]                  ; trap oob_memory
   74  7900c52c  strh w12, [x9,#98]                  ; trap oob_memory
   78  3901912f  strb w15, [x9,#100]                 ; trap oob_memory
   7c  7900cd20  strh w0, [x9,#102]                  ; trap oob_memory
   80  b9006921  str w1, [x9,#104]                   ; trap oob_memory
   84  12800008  mov w8, #0xffffffff
   88  b9007128  str w8, [x9,#112]                   ; trap oob_memory
   8c  12800008  mov w8, #0xffffffff
   90  3901d128  strb w8, [x9,#116]                  ; trap oob_memory
   94  12800008  mov w8, #0xffffffff
   98  7900ed28  strh w8, [x9,#118]                  ; trap oob_memory
   9c  d28acf08  mov x8, #0x5678
   a0  f2a24688  movk x8, #0x1234, lsl #16
   a4  f9003d28  str x8, [x9,#120]                   ; trap oob_memory
   a8  d28acf08  mov x8, #0x5678
   ac  f2a24688  movk x8, #0x1234, lsl #16
   b0  b9008128  str w8, [x9,#128]                   ; trap oob_memory
   b4  d28cf128  mov x8, #0x6789
   b8  f2a468a8  movk x8, #0x2345, lsl #16
   bc  f2c00028  movk x8, #0x1, lsl #32
   c0  f9004528  str x8, [x9,#136]                   ; trap oob_memory
   c4  1e6e1010  fmov d16, #1.000000000000000000e+00
   c8  fd004930  str d16, [x9,#144]                  ; trap oob_memory
   cc  d2b00010  mov x16, #0x80000000                ; trap oob_memory
   d0  f8706928  ldr x8, [x9,x16]
   d4  b27c6ff0  mov x16, #0xfffffff0                ; trap oob_memory
   d8  f8306928  str x8, [x9,x16]
   dc  0b0e01a9  add w9, w13, w14
   e0  0b0c0129  add w9, w9, w12
   e4  8b03004a  add x10, x2, x3
   e8  8b04014a  add x10, x10, x4
   ec  8b090149  add x9, x10, x9
   f0  8b080120  add x0, x9, x8
   f4  910003bf  mov sp, x29
   f8  a8c17bfd  ldp x29, x30, [sp],#16
   fc  d65f03c0  ret
  100  52800040  mov w0, #0x2
  104  94000000  bl .+0x0                            ; call thunk trap
  108  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  10c  d63f0200  blr x16
  110  17ffffc5  b .+0xffffffffffffff14
