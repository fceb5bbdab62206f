; spills for arm64 (features: none), from backend/testdata/cases/spills.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000643  b.cc .+0xc8
   18  9100021f  mov sp, x16
   1c  f8604a88  ldr x8, [x20,w0,uxtw]               ; trap oob_memory
   20  8b204289  add x9, x20, w0, uxtw
   24  f940052a  ldr x10, [x9,#8]                    ; trap oob_memory
   28  f940092b  ldr x11, [x9,#16]                   ; trap oob_memory
   2c  f9400d2c  ldr x12, [x9,#24]                   ; trap oob_memory
   30  f940112d  ldr x13, [x9,#32]                   ; trap oob_memory
   34  f940152e  ldr x14, [x9,#40]                   ; trap oob_memory
   38  f940192f  ldr x15, [x9,#48]                   ; trap oob_memory
   3c  f9401d21  ldr x1, [x9,#56]                    ; trap oob_memory
   40  f9402122  ldr x2, [x9,#64]                    ; trap oob_memory
   44  f9402523  ldr x3, [x9,#72]                    ; trap oob_memory
   48  f9402924  ldr x4, [x9,#80]                    ; trap oob_memory
   4c  f9402d25  ldr x5, [x9,#88]                    ; trap oob_memory
   50  f9403126  ldr x6, [x9,#96]                    ; trap oob_memory
   54  f9403529  ldr x9, [x9,#104]                   ; trap oob_memory
   58  35000220  cbnz w0, .+0x44
   5c  9b067d29  mul x9, x9, x6
   60  9b057d29  mul x9, x9, x5
   64  9b047d29  mul x9, x9, x4
   68  9b037d29  mul x9, x9, x3
   6c  9b027d29  mul x9, x9, x2
   70  9b017d29  mul x9, x9, x1
   74  9b0f7d29  mul x9, x9, x15
   78  9b0e7d29  mul x9, x9, x14
   7c  9b0d7d29  mul x9, x9, x13
   80  9b0c7d29  mul x9, x9, x12
   84  9b0b7d29  mul x9, x9, x11
   88  9b0a7d29  mul x9, x9, x10
   8c  9b087d20  mul x0, x9, x8
   90  910003bf  mov sp, x29
   94  a8c17bfd  ldp x29, x30, [sp],#16
   98  d65f03c0  ret
   9c  8b0a0108  add x8, x8, x10
   a0  8b0b0108  add x8, x8, x11
   a4  8b0c0108  add x8, x8, x12
   a8  8b0d0108  add x8, x8, x13
   ac  8b0e0108  add x8, x8, x14
   b0  8b0f0108  add x8, x8, x15
   b4  8b010108  add x8, x8, x1
   b8  8b020108  add x8, x8, x2
   bc  8b030108  add x8, x8, x3
   c0  8b040108  add x8, x8, x4
   c4  8b050108  add x8, x8, x5
   c8  8b060108  add x8, x8, x6
   cc  8b090100  add x0, x8, x9
   d0  910003bf  mov sp, x29
   d4  a8c17bfd  ldp x29, x30, [sp],#16
   d8  d65f03c0  ret
   dc  b940b271  ldr w17, [x19,#176]
   e0  350000d1  cbnz w17, .+0x18
   e4  f9407e71  ldr x17, [x19,#248]
   e8  eb11021f  cmp x16, x17
   ec  54fff962  b.cs .+0xffffffffffffff2c
   f0  52800040  mov w0, #0x2
   f4  94000000  bl .+0x0                            ; call thunk trap
   f8  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   fc  d63f0200  blr x16
  100  17ffffc2  b .+0xffffffffffffff08
