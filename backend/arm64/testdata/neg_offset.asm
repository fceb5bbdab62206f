; neg_offset for arm64 (features: none), from backend/testdata/cases/neg_offset.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002e3  b.cc .+0x5c
   18  9100021f  mov sp, x16
   1c  5100c008  sub w8, w0, #0x30
   20  f8684a88  ldr x8, [x20,w8,uxtw]               ; trap oob_memory
   24  51004009  sub w9, w0, #0x10
   28  f8294a81  str x1, [x20,w9,uxtw]               ; trap oob_memory
   2c  51002009  sub w9, w0, #0x8
   30  8b294289  add x9, x20, w9, uxtw
   34  f9400529  ldr x9, [x9,#8]                     ; trap oob_memory
   38  5293880a  mov w10, #0x9c40
   3c  4b0a000a  sub w10, w0, w10
   40  f86a4a8a  ldr x10, [x20,w10,uxtw]             ; trap oob_memory
   44  5140200b  sub w11, w0, #0x8, lsl #12
   48  386b4a8b  ldrb w11, [x20,w11,uxtw]            ; trap oob_memory
   4c  531d716b  lsl w11, w11, #3
   50  5100216b  sub w11, w11, #0x8
   54  f86b4a8b  ldr x11, [x20,w11,uxtw]             ; trap oob_memory
   58  8b090108  add x8, x8, x9
   5c  8b0a0108  add x8, x8, x10
   60  8b0b0100  add x0, x8, x11
   64  910003bf  mov sp, x29
   68  a8c17bfd  ldp x29, x30, [sp],#16
   6c  d65f03c0  ret
   70  b940b271  ldr w17, [x19,#176]
   74  350000d1  cbnz w17, .+0x18
   78  f9407e71  ldr x17, [x19,#248]
   7c  eb11021f  cmp x16, x17
   80  54fffcc2  b.cs .+0xffffffffffffff98
   84  52800040  mov w0, #0x2
   88  94000000  bl .+0x0                            ; call thunk trap
   8c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   90  d63f0200  blr x16
   94  17ffffdd  b .+0xffffffffffffff74
