; bulk for arm64 (features: none), from backend/testdata/cases/bulk.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10483f0  sub x16, sp, #0x120
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54001343  b.cc .+0x268
   18  9100021f  mov sp, x16
   1c  f90077f5  str x21, [sp,#232]
   20  f90073f6  str x22, [sp,#224]
   24  f9006ff7  str x23, [sp,#216]
   28  f9006bf8  str x24, [sp,#208]
   2c  f90067f9  str x25, [sp,#200]
   30  f90063fa  str x26, [sp,#192]
   34  f9005ffb  str x27, [sp,#184]
   38  3c8a83e8  stur q8, [sp,#168]
   3c  3c8983e9  stur q9, [sp,#152]
   40  3c8883ea  stur q10, [sp,#136]
   44  3c8783eb  stur q11, [sp,#120]
   48  3c8683ec  stur q12, [sp,#104]
   4c  3c8583ed  stur q13, [sp,#88]
   50  3c8483ee  stur q14, [sp,#72]
   54  3c8383ef  stur q15, [sp,#56]
   58  aa0003e8  mov x8, x0
   5c  f9008fe8  str x8, [sp,#280]
   60  aa0103e9  mov x9, x1
   64  f9008be9  str x9, [sp,#272]
   68  aa0203e4  mov x4, x2
   6c  f90087e4  str x4, [sp,#264]
   70  d2800060  mov x0, #0x3
   74  aa0803e1  mov x1, x8
   78  aa0903e2  mov x2, x9
   7c  aa0403e3  mov x3, x4
   80  f90003e0  str x0, [sp]
   84  f90007e1  str x1, [sp,#8]
   88  f9000be2  str x2, [sp,#16]
   8c  f9000fe3  str x3, [sp,#24]
   90  910003f1  mov x17, sp
   94  f9003671  str x17, [x19,#104]
   98  d2800091  mov x17, #0x4
   9c  f9003a71  str x17, [x19,#112]
   a0  d2800031  mov x17, #0x1
   a4  f9003271  str x17, [x19,#96]
   a8  94000000  bl .+0x0                            ; call thunk host-exit
   ac  f94003e0  ldr x0, [sp]
   b0  d2800060  mov x0, #0x3
   b4  f90003e0  str x0, [sp]
   b8  910003f1  mov x17, sp
   bc  f9003671  str x17, [x19,#104]
   c0  d2800031  mov x17, #0x1
   c4  f9003a71  str x17, [x19,#112]
   c8  d2800051  mov x17, #0x2
   cc  f9003271  str x17, [x19,#96]
   d0  94000000  bl .+0x0                            ; call thunk host-exit
   d4  f94003e0  ldr x0, [sp]
   d8  d2800008  mov x8, #0x0
   dc  f90083e8  str x8, [sp,#256]
   e0  d2800020  mov x0, #0x1
   e4  aa0803e1  mov x1, x8
   e8  f9408fe9  ldr x9, [sp,#280]
   ec  aa0903e2  mov x2, x9
   f0  f90003e0  str x0, [sp]
   f4  f90007e1  str x1, [sp,#8]
   f8  f9000be2  str x2, [sp,#16]
   fc  910003f1  mov x17, sp
  100  f9003671  str x17, [x19,#104]
  104  d2800071  mov x17, #0x3
  108  f9003a71  str x17, [x19,#112]
  10c  d2800071  mov x17, #0x3
  110  f9003271  str x17, [x19,#96]
  114  94000000  bl .+0x0                            ; call thunk host-exit
  118  f94003e0  ldr x0, [sp]
  11c  aa0003e8  mov x8, x0
  120  f9007fe8  str x8, [sp,#248]
  124  d2800000  mov x0, #0x0
  128  f9408be9  ldr x9, [sp,#272]
  12c  aa0903e1  mov x1, x9
  130  f94083e2  ldr x2, [sp,#256]
  134  f94087e4  ldr x4, [sp,#264]
  138  aa0403e3  mov x3, x4
  13c  f90003e0  str x0, [sp]
  140  f90007e1  str x1, [sp,#8]
  144  f9000be2  str x2, [sp,#16]
  148  f9000fe3  str x3, [sp,#24]
  14c  910003f1  mov x17, sp
  150  f9003671  str x17, [x19,#104]
  154  d2800091  mov x17, #0x4
  158  f9003a71  str x17, [x19,#112]
  15c  d2800091  mov x17, #0x4
  160  f9003271  str x17, [x19,#96]
  164  94000000  bl .+0x0                            ; call thunk host-exit
  168  f94003e0  ldr x0, [sp]
  16c  d2800020  mov x0, #0x1
  170  d2800001  mov x1, #0x0
  174  f9408fe9  ldr x9, [sp,#280]
  178  aa0903e2  mov x2, x9
  17c  f9408be8  ldr x8, [sp,#272]
  180  aa0803e3  mov x3, x8
  184  f94087ea  ldr x10, [sp,#264]
  188  aa0a03e4  mov x4, x10
  18c  f90003e0  str x0, [sp]
  190  f90007e1  str x1, [sp,#8]
  194  f9000be2  str x2, [sp,#16]
  198  f9000fe3  str x3, [sp,#24]
  19c  f90013e4  str x4, [sp,#32]
  1a0  910003f1  mov x17, sp
  1a4  f9003671  str x17, [x19,#104]
  1a8  d28000b1  mov x17, #0x5
  1ac  f9003a71  str x17, [x19,#112]
  1b0  d28000b1  mov x17, #0x5
  1b4  f9003271  str x17, [x19,#96]
  1b8  94000000  bl .+0x0                            ; call thunk host-exit
  1bc  f94003e0  ldr x0, [sp]
  1c0  d2800040  mov x0, #0x2
  1c4  d2800021  mov x1, #0x1
  1c8  f9408fe2  ldr x2, [sp,#280]
  1cc  f9408be3  ldr x3, [sp,#272]
  1d0  f94087e4  ldr x4, [sp,#264]
  1d4  f90003e0  str x0, [sp]
  1d8  f90007e1  str x1, [sp,#8]
  1dc  f9000be2  str x2, [sp,#16]
  1e0  f9000fe3  str x3, [sp,#24]
  1e4  f90013e4  str x4, [sp,#32]
  1e8  910003f1  mov x17, sp
  1ec  f9003671  str x17, [x19,#104]
  1f0  d28000b1  mov x17, #0x5
  1f4  f9003a71  str x17, [x19,#112]
  1f8  d28000d1  mov x17, #0x6
  1fc  f9003271  str x17, [x19,#96]
  200  94000000  bl .+0x0                            ; call thunk host-exit
  204  f94003e0  ldr x0, [sp]
  208  d2800040  mov x0, #0x2
  20c  f90003e0  str x0, [sp]
  210  910003f1  mov x17, sp
  214  f9003671  str x17, [x19,#104]
  218  d2800031  mov x17, #0x1
  21c  f9003a71  str x17, [x19,#112]
  220  d28000f1  mov x17, #0x7
  224  f9003271  str x17, [x19,#96]
  228  94000000  bl .+0x0                            ; call thunk host-exit
  22c  f94003e0  ldr x0, [sp]
  230  f9407fe0  ldr x0, [sp,#248]
  234  f94077f5  ldr x21, [sp,#232]
  238  f94073f6  ldr x22, [sp,#224]
  23c  f9406ff7  ldr x23, [sp,#216]
  240  f9406bf8  ldr x24, [sp,#208]
  244  f94067f9  ldr x25, [sp,#200]
  248  f94063fa  ldr x26, [sp,#192]
  24c  f9405ffb  ldr x27, [sp,#184]
  250  3cca83e8  ldur q8, [sp,#168]
  254  3cc983e9  ldur q9, [sp,#152]
  258  3cc883ea  ldur q10, [sp,#136]
  25c  3cc783eb  ldur q11, [sp,#120]
  260  3cc683ec  ldur q12, [sp,#104]
  264  3cc583ed  ldur q13, [sp,#88]
  268  3cc483ee  ldur q14, [sp,#72]
  26c  3cc383ef  ldur q15, [sp,#56]
  270  910003bf  mov sp, x29
  274  a8c17bfd  ldp x29, x30, [sp],#16
  278  d65f03c0  ret
  27c  b940b271  ldr w17, [x19,#176]
  280  350000d1  cbnz w17, .+0x18
  284  f9407e71  ldr x17, [x19,#248]
  288  eb11021f  cmp x16, x17
  28c  54ffec62  b.cs .+0xfffffffffffffd8c
  290  52800040  mov w0, #0x2
  294  94000000  bl .+0x0                            ; call thunk trap
  298  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  29c  d63f0200  blr x16
  2a0  17ffff5a  b .+0xfffffffffffffd68
