; address_after_access for arm64 (features: none), from backend/testdata/cases/address_after_access.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540004a3  b.cc .+0x94
   18  9100021f  mov sp, x16
   1c  38604a88  ldrb w8, [x20,w0,uxtw]              ; trap oob_memory
   20  11000409  add w9, w0, #0x1
   24  38694a89  ldrb w9, [x20,w9,uxtw]              ; trap oob_memory
   28  320083ea  mov w10, #0x10001
   2c  0b0a000a  add w10, w0, w10
   30  386a4a8a  ldrb w10, [x20,w10,uxtw]            ; trap oob_memory
   34  1100042b  add w11, w1, #0x1
   38  386b4a8b  ldrb w11, [x20,w11,uxtw]            ; trap oob_memory
   3c  0b090108  add w8, w8, w9
   40  0b0a0108  add w8, w8, w10
   44  0b0b0108  add w8, w8, w11
   48  35000068  cbnz w8, .+0xc
   4c  528000a8  mov w8, #0x5
   50  14000004  b .+0x10
   54  38214a88  strb w8, [x20,w1,uxtw]              ; trap oob_memory
   58  11000828  add w8, w1, #0x2
   5c  78684a88  ldrh w8, [x20,w8,uxtw]              ; trap oob_memory
   60  11000c29  add w9, w1, #0x3
   64  38694a89  ldrb w9, [x20,w9,uxtw]              ; trap oob_memory
   68  1140400a  add w10, w0, #0x10, lsl #12
   6c  386a4a8a  ldrb w10, [x20,w10,uxtw]            ; trap oob_memory
   70  0b090108  add w8, w8, w9
   74  0b0a0108  add w8, w8, w10
   78  11002009  add w9, w0, #0x8
   7c  b8694a8a  ldr w10, [x20,w9,uxtw]              ; trap oob_memory
   80  0b080148  add w8, w10, w8
   84  b8294a88  str w8, [x20,w9,uxtw]               ; trap oob_memory
   88  11000409  add w9, w0, #0x1
   8c  b8694a8a  ldr w10, [x20,w9,uxtw]              ; trap oob_memory
   90  8b29428b  add x11, x20, w9, uxtw
   94  b9000569  str w9, [x11,#4]                    ; trap oob_memory
   98  0b0a0100  add w0, w8, w10
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
