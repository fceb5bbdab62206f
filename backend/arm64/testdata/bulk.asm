; bulk for arm64 (features: none), from backend/testdata/cases/bulk.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10183f0  sub x16, sp, #0x60
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54001403  b.cc .+0x280
   18  9100021f  mov sp, x16
   1c  aa0003e8  mov x8, x0
   20  f9002fe8  str x8, [sp,#88]
   24  aa0103e3  mov x3, x1
   28  f9002be3  str x3, [sp,#80]
   2c  aa0203e4  mov x4, x2
   30  f90027e4  str x4, [sp,#72]
   34  b940b271  ldr w17, [x19,#176]
   38  35001331  cbnz w17, .+0x264
   3c  aa0803e0  mov x0, x8
   40  aa0303e1  mov x1, x3
   44  aa0403e2  mov x2, x4
   48  f90003e0  str x0, [sp]
   4c  f90007e1  str x1, [sp,#8]
   50  f9000be2  str x2, [sp,#16]
   54  910003f1  mov x17, sp
   58  f9003671  str x17, [x19,#104]
   5c  d2800071  mov x17, #0x3
   60  f9003a71  str x17, [x19,#112]
   64  d2800031  mov x17, #0x1
   68  f9003271  str x17, [x19,#96]
   6c  94000000  bl .+0x0                            ; call thunk host-exit
   70  f94003e0  ldr x0, [sp]
   74  f9402fe8  ldr x8, [sp,#88]
   78  aa0803e0  mov x0, x8
   7c  f9402be3  ldr x3, [sp,#80]
   80  aa0303e1  mov x1, x3
   84  f94027e4  ldr x4, [sp,#72]
   88  aa0403e2  mov x2, x4
   8c  f90003e0  str x0, [sp]
   90  f90007e1  str x1, [sp,#8]
   94  f9000be2  str x2, [sp,#16]
   98  910003f1  mov x17, sp
   9c  f9003671  str x17, [x19,#104]
   a0  d2800071  mov x17, #0x3
   a4  f9003a71  str x17, [x19,#112]
   a8  d2800051  mov x17, #0x2
   ac  f9003271  str x17, [x19,#96]
   b0  94000000  bl .+0x0                            ; call thunk host-exit
   b4  f94003e0  ldr x0, [sp]
   b8  d2800060  mov x0, #0x3
   bc  f9402fe8  ldr x8, [sp,#88]
   c0  aa0803e1  mov x1, x8
   c4  f9402be9  ldr x9, [sp,#80]
   c8  aa0903e2  mov x2, x9
   cc  f94027e4  ldr x4, [sp,#72]
   d0  aa0403e3  mov x3, x4
   d4  f90003e0  str x0, [sp]
   d8  f90007e1  str x1, [sp,#8]
   dc  f9000be2  str x2, [sp,#16]
   e0  f9000fe3  str x3, [sp,#24]
   e4  910003f1  mov x17, sp
   e8  f9003671  str x17, [x19,#104]
   ec  d2800091  mov x17, #0x4
   f0  f9003a71  str x17, [x19,#112]
   f4  d2800071  mov x17, #0x3
   f8  f9003271  str x17, [x19,#96]
   fc  94000000  bl .+0x0                            ; call thunk host-exit
  100  f94003e0  ldr x0, [sp]
  104  d2800060  mov x0, #0x3
  108  f90003e0  str x0, [sp]
  10c  910003f1  mov x17, sp
  110  f9003671  str x17, [x19,#104]
  114  d2800031  mov x17, #0x1
  118  f9003a71  str x17, [x19,#112]
  11c  d2800091  mov x17, #0x4
  120  f9003271  str x17, [x19,#96]
  124  94000000  bl .+0x0                            ; call thunk host-exit
  128  f94003e0  ldr x0, [sp]
  12c  d2800008  mov x8, #0x0
  130  f90023e8  str x8, [sp,#64]
  134  d2800020  mov x0, #0x1
  138  aa0803e1  mov x1, x8
  13c  f9402fe9  ldr x9, [sp,#88]
  140  aa0903e2  mov x2, x9
  144  f90003e0  str x0, [sp]
  148  f90007e1  str x1, [sp,#8]
  14c  f9000be2  str x2, [sp,#16]
  150  910003f1  mov x17, sp
  154  f9003671  str x17, [x19,#104]
  158  d2800071  mov x17, #0x3
  15c  f9003a71  str x17, [x19,#112]
  160  d28000b1  mov x17, #0x5
  164  f9003271  str x17, [x19,#96]
  168  94000000  bl .+0x0                            ; call thunk host-exit
  16c  f94003e0  ldr x0, [sp]
  170  aa0003e8  mov x8, x0
  174  f9001fe8  str x8, [sp,#56]
  178  d2800000  mov x0, #0x0
  17c  f9402be9  ldr x9, [sp,#80]
  180  aa0903e1  mov x1, x9
  184  f94023e2  ldr x2, [sp,#64]
  188  f94027e4  ldr x4, [sp,#72]
  18c  aa0403e3  mov x3, x4
  190  f90003e0  str x0, [sp]
  194  f90007e1  str x1, [sp,#8]
  198  f9000be2  str x2, [sp,#16]
  19c  f9000fe3  str x3, [sp,#24]
  1a0  910003f1  mov x17, sp
  1a4  f9003671  str x17, [x19,#104]
  1a8  d2800091  mov x17, #0x4
  1ac  f9003a71  str x17, [x19,#112]
  1b0  d28000d1  mov x17, #0x6
  1b4  f9003271  str x17, [x19,#96]
  1b8  94000000  bl .+0x0                            ; call thunk host-exit
  1bc  f94003e0  ldr x0, [sp]
  1c0  d2800020  mov x0, #0x1
  1c4  d2800001  mov x1, #0x0
  1c8  f9402fe8  ldr x8, [sp,#88]
  1cc  aa0803e2  mov x2, x8
  1d0  f9402be9  ldr x9, [sp,#80]
  1d4  aa0903e3  mov x3, x9
  1d8  f94027ea  ldr x10, [sp,#72]
  1dc  aa0a03e4  mov x4, x10
  1e0  f90003e0  str x0, [sp]
  1e4  f90007e1  str x1, [sp,#8]
  1e8  f9000be2  str x2, [sp,#16]
  1ec  f9000fe3  str x3, [sp,#24]
  1f0  f90013e4  str x4, [sp,#32]
  1f4  910003f1  mov x17, sp
  1f8  f9003671  str x17, [x19,#104]
  1fc  d28000b1  mov x17, #0x5
  200  f9003a71  str x17, [x19,#112]
  204  d28000f1  mov x17, #0x7
  208  f9003271  str x17, [x19,#96]
  20c  94000000  bl .+0x0                            ; call thunk host-exit
  210  f94003e0  ldr x0, [sp]
  214  d2800040  mov x0, #0x2
  218  d2800021  mov x1, #0x1
  21c  f9402fe2  ldr x2, [sp,#88]
  220  f9402be3  ldr x3, [sp,#80]
  224  f94027e4  ldr x4, [sp,#72]
  228  f90003e0  str x0, [sp]
  22c  f90007e1  str x1, [sp,#8]
  230  f9000be2  str x2, [sp,#16]
  234  f9000fe3  str x3, [sp,#24]
  238  f90013e4  str x4, [sp,#32]
  23c  910003f1  mov x17, sp
  240  f9003671  str x17, [x19,#104]
  244  d28000b1  mov x17, #0x5
  248  f9003a71  str x17, [x19,#112]
  24c  d2800111  mov x17, #0x8
  250  f9003271  str x17, [x19,#96]
  254  94000000  bl .+0x0                            ; call thunk host-exit
  258  f94003e0  ldr x0, [sp]
  25c  d2800040  mov x0, #0x2
  260  f90003e0  str x0, [sp]
  264  910003f1  mov x17, sp
  268  f9003671  str x17, [x19,#104]
  26c  d2800031  mov x17, #0x1
  270  f9003a71  str x17, [x19,#112]
  274  d2800131  mov x17, #0x9
  278  f9003271  str x17, [x19,#96]
  27c  94000000  bl .+0x0                            ; call thunk host-exit
  280  f94003e0  ldr x0, [sp]
  284  f9401fe0  ldr x0, [sp,#56]
  288  910003bf  mov sp, x29
  28c  a8c17bfd  ldp x29, x30, [sp],#16
  290  d65f03c0  ret
  294  52800040  mov w0, #0x2
  298  94000000  bl .+0x0                            ; call thunk trap
  29c  52800160  mov w0, #0xb                        ; trap interrupted
  2a0  94000000  bl .+0x0                            ; call thunk trap
