; br_table for arm64 (features: none), from backend/testdata/cases/br_table.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000363  b.cc .+0x6c
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000351  cbnz w17, .+0x68
   24  7100101f  cmp w0, #0x4
   28  54000122  b.cs .+0x24
   2c  10000090  adr x16, .+0x10
   30  b8a05a11  ldrsw x17, [x16,w0,uxtw #2]
   34  8b110210  add x16, x16, x17
   38  d61f0200  br x16
   3c  00000034  .word 0x34
   40  00000024  .word 0x24
   44  00000014  .word 0x14
   48  00000024  .word 0x24
   4c  14000012  b .+0x48
   50  91000c20  add x0, x1, #0x3
   54  910003bf  mov sp, x29
   58  a8c17bfd  ldp x29, x30, [sp],#16
   5c  d65f03c0  ret
   60  d2800040  mov x0, #0x2
   64  910003bf  mov sp, x29
   68  a8c17bfd  ldp x29, x30, [sp],#16
   6c  d65f03c0  ret
   70  d2800020  mov x0, #0x1
   74  910003bf  mov sp, x29
   78  a8c17bfd  ldp x29, x30, [sp],#16
   7c  d65f03c0  ret
   80  52800040  mov w0, #0x2
   84  94000000  bl .+0x0                            ; call thunk trap
   88  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   8c  d63f0200  blr x16
   90  17ffffe5  b .+0xffffffffffffff94
   94  52800060  mov w0, #0x3                        ; trap unreachable
   98  94000000  bl .+0x0                            ; call thunk trap
