; dispatch_latch for arm64 (features: none), from backend/testdata/cases/dispatch_latch.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000723  b.cc .+0xe4
   18  9100021f  mov sp, x16
   1c  52800008  mov w8, #0x0
   20  38604a89  ldrb w9, [x20,w0,uxtw]              ; trap oob_memory
   24  71000d3f  cmp w9, #0x3
   28  54000602  b.cs .+0xc0
   2c  10000090  adr x16, .+0x10
   30  b8a95a11  ldrsw x17, [x16,w9,uxtw #2]
   34  8b110210  add x16, x16, x17
   38  d61f0200  br x16
   3c  0000000c  .word 0xc
   40  00000074  .word 0x74
   44  0000003c  .word 0x3c
   48  11000508  add w8, w8, #0x1
   4c  11000400  add w0, w0, #0x1
   50  38604a89  ldrb w9, [x20,w0,uxtw]              ; trap oob_memory
   54  71000d3f  cmp w9, #0x3
   58  54000482  b.cs .+0x90
   5c  10000090  adr x16, .+0x10
   60  b8a95a11  ldrsw x17, [x16,w9,uxtw #2]
   64  8b110210  add x16, x16, x17
   68  d61f0200  br x16
   6c  ffffffdc  .word -0x24
   70  00000044  .word 0x44
   74  0000000c  .word 0xc
   78  8b204289  add x9, x20, w0, uxtw
   7c  39400529  ldrb w9, [x9,#1]                    ; trap oob_memory
   80  4a090108  eor w8, w8, w9
   84  11000800  add w0, w0, #0x2
   88  38604a89  ldrb w9, [x20,w0,uxtw]              ; trap oob_memory
   8c  71000d3f  cmp w9, #0x3
   90  540002c2  b.cs .+0x58
   94  10000090  adr x16, .+0x10
   98  b8a95a11  ldrsw x17, [x16,w9,uxtw #2]
   9c  8b110210  add x16, x16, x17
   a0  d61f0200  br x16
   a4  ffffffa4  .word -0x5c
   a8  0000000c  .word 0xc
   ac  ffffffd4  .word -0x2c
   b0  8b204289  add x9, x20, w0, uxtw
   b4  39400529  ldrb w9, [x9,#1]                    ; trap oob_memory
   b8  1b097d08  mul w8, w8, w9
   bc  11000800  add w0, w0, #0x2
   c0  38604a89  ldrb w9, [x20,w0,uxtw]              ; trap oob_memory
   c4  71000d3f  cmp w9, #0x3
   c8  54000102  b.cs .+0x20
   cc  10000090  adr x16, .+0x10
   d0  b8a95a11  ldrsw x17, [x16,w9,uxtw #2]
   d4  8b110210  add x16, x16, x17
   d8  d61f0200  br x16
   dc  ffffff6c  .word -0x94
   e0  ffffffd4  .word -0x2c
   e4  ffffff9c  .word -0x64
   e8  aa0803e0  mov x0, x8
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
