; bulk for arm64 (features: none), from backend/testdata/cases/bulk.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10483f0  sub x16, sp, #0x120
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54001383  b.cc .+0x270
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
   70  b940b271  ldr w17, [x19,#176]
   74  350010d1  cbnz w17, .+0x218
   78  d2800060  mov x0, #0x3
   7c  aa0803e1  mov x1, x8
   80  aa0903e2  mov x2, x9
   84  aa0403e3  mov x3, x4
   88  f90003e0  str x0, [sp]
   8c  f90007e1  str x1, [sp,#8]
   90  f9000be2  str x2, [sp,#16]
   94  f9000fe3  str x3, [sp,#24]
   98  910003f1  mov x17, sp
   9c  f9003671  str x17, [x19,#104]
   a0  d2800091  mov x17, #0x4
   a4  f9003a71  str x17, [x19,#112]
   a8  d2800031  mov x17, #0x1
   ac  f9003271  str x17, [x19,#96]
   b0  94000000  bl .+0x0                            ; call thunk host-exit
   b4  f94003e0  ldr x0, [sp]
   b8  d2800060  mov x0, #0x3
   bc  f90003e0  str x0, [sp]
   c0  910003f1  mov x17, sp
   c4  f9003671  str x17, [x19,#104]
   c8  d2800031  mov x17, #0x1
   cc  f9003a71  str x17, [x19,#112]
   d0  d2800051  mov x17, #0x2
   d4  f9003271  str x17, [x19,#96]
   d8  94000000  bl .+0x0                            ; call thunk host-exit
   dc  f94003e0  ldr x0, [sp]
   e0  d2800008  mov x8, #0x0
   e4  f90083e8  str x8, [sp,#256]
   e8  d2800020  mov x0, #0x1
   ec  aa0803e1  mov x1, x8
   f0  f9408fe9  ldr x9, [sp,#280]
   f4  aa0903e2  mov x2, x9
   f8  f90003e0  str x0, [sp]
   fc  f90007e1  str x1, [sp,#8]
  100  f9000be2  str x2, [sp,#16]
  104  910003f1  mov x17, sp
  108  f9003671  str x17, [x19,#104]
  10c  d2800071  mov x17, #0x3
  110  f9003a71  str x17, [x19,#112]
  114  d2800071  mov x17, #0x3
  118  f9003271  str x17, [x19,#96]
  11c  94000000  bl .+0x0                            ; call thunk host-exit
  120  f94003e0  ldr x0, [sp]
  124  aa0003e8  mov x8, x0
  128  f9007fe8  str x8, [sp,#248]
  12c  d2800000  mov x0, #0x0
  130  f9408be9  ldr x9, [sp,#272]
  134  aa0903e1  mov x1, x9
  138  f94083e2  ldr x2, [sp,#256]
  13c  f94087e4  ldr x4, [sp,#264]
  140  aa0403e3  mov x3, x4
  144  f90003e0  str x0, [sp]
  148  f90007e1  str x1, [sp,#8]
  14c  f9000be2  str x2, [sp,#16]
  150  f9000fe3  str x3, [sp,#24]
  154  910003f1  mov x17, sp
  158  f9003671  str x17, [x19,#104]
  15c  d2800091  mov x17, #0x4
  160  f9003a71  str x17, [x19,#112]
  164  d2800091  mov x17, #0x4
  168  f9003271  str x17, [x19,#96]
  16c  94000000  bl .+0x0                            ; call thunk host-exit
  170  f94003e0  ldr x0, [sp]
  174  d2800020  mov x0, #0x1
  178  d2800001  mov x1, #0x0
  17c  f9408fe8  ldr x8, [sp,#280]
  180  aa0803e2  mov x2, x8
  184  f9408be9  ldr x9, [sp,#272]
  188  aa0903e3  mov x3, x9
  18c  f94087ea  ldr x10, [sp,#264]
  190  aa0a03e4  mov x4, x10
  194  f90003e0  str x0, [sp]
  198  f90007e1  str x1, [sp,#8]
  19c  f9000be2  str x2, [sp,#16]
  1a0  f9000fe3  str x3, [sp,#24]
  1a4  f90013e4  str x4, [sp,#32]
  1a8  910003f1  mov x17, sp
  1ac  f9003671  str x17, [x19,#104]
  1b0  d28000b1  mov x17, #0x5
  1b4  f9003a71  str x17, [x19,#112]
  1b8  d28000b1  mov x17, #0x5
  1bc  f9003271  str x17, [x19,#96]
  1c0  94000000  bl .+0x0                            ; call thunk host-exit
  1c4  f94003e0  ldr x0, [sp]
  1c8  d2800040  mov x0, #0x2
  1cc  d2800021  mov x1, #0x1
  1d0  f9408fe2  ldr x2, [sp,#280]
  1d4  f9408be3  ldr x3, [sp,#272]
  1d8  f94087e4  ldr x4, [sp,#264]
  1dc  f90003e0  str x0, [sp]
  1e0  f90007e1  str x1, [sp,#8]
  1e4  f9000be2  str x2, [sp,#16]
  1e8  f9000fe3  str x3, [sp,#24]
  1ec  f90013e4  str x4, [sp,#32]
  1f0  910003f1  mov x17, sp
  1f4  f9003671  str x17, [x19,#104]
  1f8  d28000b1  mov x17, #0x5
  1fc  f9003a71  str x17, [x19,#112]
  200  d28000d1  mov x17, #0x6
  204  f9003271  str x17, [x19,#96]
  208  94000000  bl .+0x0                            ; call thunk host-exit
  20c  f94003e0  ldr x0, [sp]
  210  d2800040  mov x0, #0x2
  214  f90003e0  str x0, [sp]
  218  910003f1  mov x17, sp
  21c  f9003671  str x17, [x19,#104]
  220  d2800031  mov x17, #0x1
  224  f9003a71  str x17, [x19,#112]
  228  d28000f1  mov x17, #0x7
  22c  f9003271  str x17, [x19,#96]
  230  94000000  bl .+0x0                            ; call thunk host-exit
  234  f94003e0  ldr x0, [sp]
  238  f9407fe0  ldr x0, [sp,#248]
  23c  f94077f5  ldr x21, [sp,#232]
  240  f94073f6  ldr x22, [sp,#224]
  244  f9406ff7  ldr x23, [sp,#216]
  248  f9406bf8  ldr x24, [sp,#208]
  24c  f94067f9  ldr x25, [sp,#200]
  250  f94063fa  ldr x26, [sp,#192]
  254  f9405ffb  ldr x27, [sp,#184]
  258  3cca83e8  ldur q8, [sp,#168]
  25c  3cc983e9  ldur q9, [sp,#152]
  260  3cc883ea  ldur q10, [sp,#136]
  264  3cc783eb  ldur q11, [sp,#120]
  268  3cc683ec  ldur q12, [sp,#104]
  26c  3cc583ed  ldur q13, [sp,#88]
  270  3cc483ee  ldur q14, [sp,#72]
  274  3cc383ef  ldur q15, [sp,#56]
  278  910003bf  mov sp, x29
  27c  a8c17bfd  ldp x29, x30, [sp],#16
  280  d65f03c0  ret
  284  52800040  mov w0, #0x2
  288  94000000  bl .+0x0                            ; call thunk trap
  28c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
  290  d63f0200  blr x16
  294  17ffff79  b .+0xfffffffffffffde4
