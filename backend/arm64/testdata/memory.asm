; memory for arm64 (features: none), from backend/testdata/cases/memory.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000723  b.cc .+0xe4
   18  9100021f  mov sp, x16
   1c  b8604a88  ldr w8, [x20,w0,uxtw]               ; trap oob_memory
   20  8b204289  add x9, x20, w0, uxtw
   24  f940052a  ldr x10, [x9,#8]                    ; trap oob_memory
   28  bd401130  ldr s16, [x9,#16]                   ; trap oob_memory
   2c  fd400d31  ldr d17, [x9,#24]                   ; trap oob_memory
   30  3980812b  ldrsb x11, [x9,#32]                 ; trap oob_memory
   34  3940852c  ldrb w12, [x9,#33]                  ; trap oob_memory
   38  7980452d  ldrsh x13, [x9,#34]                 ; trap oob_memory
   3c  7940492e  ldrh w14, [x9,#36]                  ; trap oob_memory
   40  3980a12f  ldrsb x15, [x9,#40]                 ; trap oob_memory
   44  3940a520  ldrb w0, [x9,#41]                   ; trap oob_memory
   48  79805521  ldrsh x1, [x9,#42]                  ; trap oob_memory
   4c  79405922  ldrh w2, [x9,#44]                   ; trap oob_memory
   50  b9803123  ldrsw x3, [x9,#48]                  ; trap oob_memory
   54  b9403524  ldr w4, [x9,#52]                    ; trap oob_memory
   58  b9004128  str w8, [x9,#64]                    ; trap oob_memory
   5c  f900252a  str x10, [x9,#72]                   ; trap oob_memory
   60  bd005130  str s16, [x9,#80]                   ; trap oob_memory
   64  fd002d31  str d17, [x9,#88]                   ; trap oob_memory
   68  3901812b  strb w11, [x9,#96]                  ; trap oob_memory
   6c  7900c52c  strh w12, [x9,#98]                  ; trap oob_memory
   70  3901912f  strb w15, [x9,#100]                 ; trap oob_memory
   74  7900cd20  strh w0, [x9,#102]                  ; trap oob_memory
   78  b9006921  str w1, [x9,#104]                   ; trap oob_memory
   7c  12800008  mov w8, #0xffffffff
   80  b9007128  str w8, [x9,#112]                   ; trap oob_memory
   84  12800008  mov w8, #0xffffffff
   88  3901d128  strb w8, [x9,#116]                  ; trap oob_memory
   8c  12800008  mov w8, #0xffffffff
   90  7900ed28  strh w8, [x9,#118]                  ; trap oob_memory
   94  d28acf08  mov x8, #0x5678
   98  f2a24688  movk x8, #0x1234, lsl #16
   9c  f9003d28  str x8, [x9,#120]                   ; trap oob_memory
   a0  d28acf08  mov x8, #0x5678
   a4  f2a24688  movk x8, #0x1234, lsl #16
   a8  b9008128  str w8, [x9,#128]                   ; trap oob_memory
   ac  d28cf128  mov x8, #0x6789
   b0  f2a468a8  movk x8, #0x2345, lsl #16
   b4  f2c00028  movk x8, #0x1, lsl #32
   b8  f9004528  str x8, [x9,#136]                   ; trap oob_memory
   bc  1e6e1010  fmov d16, #1.000000000000000000e+00
   c0  fd004930  str d16, [x9,#144]                  ; trap oob_memory
   c4  d2b00010  mov x16, #0x80000000                ; trap oob_memory
   c8  f8706928  ldr x8, [x9,x16]
   cc  b27c6ff0  mov x16, #0xfffffff0                ; trap oob_memory
   d0  f8306928  str x8, [x9,x16]
   d4  0b0e01a9  add w9, w13, w14
   d8  0b0c0129  add w9, w9, w12
   dc  8b03004a  add x10, x2, x3
   e0  8b04014a  add x10, x10, x4
   e4  8b090149  add x9, x10, x9
   e8  8b080120  add x0, x9, x8
   ec  910003bf  mov sp, x29
   f0  a8c17bfd  ldp x29, x30, [sp],#16
   f4  d65f03c0  ret
   f8  b940b271  ldr w17, [x19,#176]
   fc  350000d1  cbnz w17, .+0x18
  100  f9407e71  ldr x17, [x19,#248]
  104  eb11021f  cmp x16, x17
  108  54fff882  b.cs .+0xffffffffffffff10
  10c  52800040  mov w0, #0x2
  110  94000000  bl .+0x0                            ; call thunk trap
  114  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  118  d63f0200  blr x16
  11c  17ffffbb  b .+0xfffffffffffffeec
