; memsize for arm64 (features: none), from backend/testdata/cases/memsize.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10283f0  sub x16, sp, #0xa0
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540006c3  b.cc .+0xd8
   18  9100021f  mov sp, x16
   1c  f90047f5  str x21, [sp,#136]
   20  f90043f6  str x22, [sp,#128]
   24  f9003ff7  str x23, [sp,#120]
   28  f9003bf8  str x24, [sp,#112]
   2c  f90037f9  str x25, [sp,#104]
   30  f90033fa  str x26, [sp,#96]
   34  f9002ffb  str x27, [sp,#88]
   38  fd002be8  str d8, [sp,#80]
   3c  fd0027e9  str d9, [sp,#72]
   40  fd0023ea  str d10, [sp,#64]
   44  fd001feb  str d11, [sp,#56]
   48  fd001bec  str d12, [sp,#48]
   4c  fd0017ed  str d13, [sp,#40]
   50  fd0013ee  str d14, [sp,#32]
   54  fd000fef  str d15, [sp,#24]
   58  b940b271  ldr w17, [x19,#176]
   5c  350004d1  cbnz w17, .+0x98
   60  f9405e68  ldr x8, [x19,#184]
   64  b840a108  ldur w8, [x8,#10]
   68  f9004fe8  str x8, [sp,#152]
   6c  f90003e0  str x0, [sp]
   70  910003f1  mov x17, sp
   74  f9003671  str x17, [x19,#104]
   78  d2800031  mov x17, #0x1
   7c  f9003a71  str x17, [x19,#112]
   80  d2800011  mov x17, #0x0
   84  f9003271  str x17, [x19,#96]
   88  94000000  bl .+0x0                            ; call thunk host-exit
   8c  f94003e0  ldr x0, [sp]
   90  f9405e68  ldr x8, [x19,#184]
   94  b840a108  ldur w8, [x8,#10]
   98  f9404fe9  ldr x9, [sp,#152]
   9c  0b000129  add w9, w9, w0
   a0  0b080120  add w0, w9, w8
   a4  f94047f5  ldr x21, [sp,#136]
   a8  f94043f6  ldr x22, [sp,#128]
   ac  f9403ff7  ldr x23, [sp,#120]
   b0  f9403bf8  ldr x24, [sp,#112]
   b4  f94037f9  ldr x25, [sp,#104]
   b8  f94033fa  ldr x26, [sp,#96]
   bc  f9402ffb  ldr x27, [sp,#88]
   c0  fd402be8  ldr d8, [sp,#80]
   c4  fd4027e9  ldr d9, [sp,#72]
   c8  fd4023ea  ldr d10, [sp,#64]
   cc  fd401feb  ldr d11, [sp,#56]
   d0  fd401bec  ldr d12, [sp,#48]
   d4  fd4017ed  ldr d13, [sp,#40]
   d8  fd4013ee  ldr d14, [sp,#32]
   dc  fd400fef  ldr d15, [sp,#24]
   e0  910003bf  mov sp, x29
   e4  a8c17bfd  ldp x29, x30, [sp],#16
   e8  d65f03c0  ret
   ec  52800040  mov w0, #0x2
   f0  94000000  bl .+0x0                            ; call thunk trap
   f4  52800160  mov w0, #0xb                        ; trap interrupted
   f8  94000000  bl .+0x0                            ; call thunk trap
