; spills for arm64 (features: none), from backend/testdata/cases/spills.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000823  b.cc .+0x104
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000811  cbnz w17, .+0x100
   24  f8604a88  ldr x8, [x20,w0,uxtw]               ; trap oob_memory
   28  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   2c  f9400629  ldr x9, [x17,#8]
   30  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   34  f9400a2a  ldr x10, [x17,#16]
   38  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   3c  f9400e2b  ldr x11, [x17,#24]
   40  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   44  f940122c  ldr x12, [x17,#32]
   48  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   4c  f940162d  ldr x13, [x17,#40]
   50  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   54  f9401a2e  ldr x14, [x17,#48]
   58  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   5c  f9401e2f  ldr x15, [x17,#56]
   60  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   64  f9402235  ldr x21, [x17,#64]
   68  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   6c  f9402636  ldr x22, [x17,#72]
   70  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   74  f9402a37  ldr x23, [x17,#80]
   78  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   7c  f9402e38  ldr x24, [x17,#88]
   80  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   84  f9403239  ldr x25, [x17,#96]
   88  8b204291  add x17, x20, w0, uxtw              ; trap oob_memory
   8c  f940363a  ldr x26, [x17,#104]
   90  7100001f  cmp w0, #0x0
   94  54000221  b.ne .+0x44
   98  9b197f59  mul x25, x26, x25
   9c  9b187f38  mul x24, x25, x24
   a0  9b177f17  mul x23, x24, x23
   a4  9b167ef6  mul x22, x23, x22
   a8  9b157ed5  mul x21, x22, x21
   ac  9b0f7eaf  mul x15, x21, x15
   b0  9b0e7dee  mul x14, x15, x14
   b4  9b0d7dcd  mul x13, x14, x13
   b8  9b0c7dac  mul x12, x13, x12
   bc  9b0b7d8b  mul x11, x12, x11
   c0  9b0a7d6a  mul x10, x11, x10
   c4  9b097d49  mul x9, x10, x9
   c8  9b087d20  mul x0, x9, x8
   cc  910003bf  mov sp, x29
   d0  a8c17bfd  ldp x29, x30, [sp],#16
   d4  d65f03c0  ret
   d8  8b090108  add x8, x8, x9
   dc  8b0a0108  add x8, x8, x10
   e0  8b0b0108  add x8, x8, x11
   e4  8b0c0108  add x8, x8, x12
   e8  8b0d0108  add x8, x8, x13
   ec  8b0e0108  add x8, x8, x14
   f0  8b0f0108  add x8, x8, x15
   f4  8b150108  add x8, x8, x21
   f8  8b160108  add x8, x8, x22
   fc  8b170108  add x8, x8, x23
  100  8b180108  add x8, x8, x24
  104  8b190108  add x8, x8, x25
  108  8b1a0100  add x0, x8, x26
  10c  910003bf  mov sp, x29
  110  a8c17bfd  ldp x29, x30, [sp],#16
  114  d65f03c0  ret
  118  52800040  mov w0, #0x2
  11c  94000000  bl .+0x0                            ; call thunk trap
  120  52800160  mov w0, #0xb                        ; trap interrupted
  124  94000000  bl .+0x0                            ; call thunk trap
