; br_table for arm64 (features: none), from backend/testdata/cases/br_table.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000323  b.cc .+0x64
   18  9100021f  mov sp, x16
   1c  7100101f  cmp w0, #0x4
   20  54000122  b.cs .+0x24
   24  10000090  adr x16, .+0x10
   28  b8a05a11  ldrsw x17, [x16,w0,uxtw #2]
   2c  8b110210  add x16, x16, x17
   30  d61f0200  br x16
   34  00000034  .word 0x34
   38  00000024  .word 0x24
   3c  00000014  .word 0x14
   40  00000024  .word 0x24
   44  14000014  b .+0x50
   48  91000c20  add x0, x1, #0x3
   4c  910003bf  mov sp, x29
   50  a8c17bfd  ldp x29, x30, [sp],#16
   54  d65f03c0  ret
   58  d2800040  mov x0, #0x2
   5c  910003bf  mov sp, x29
   60  a8c17bfd  ldp x29, x30, [sp],#16
   64  d65f03c0  ret
   68  d2800020  mov x0, #0x1
   6c  910003bf  mov sp, x29
   70  a8c17bfd  ldp x29, x30, [sp],#16
   74  d65f03c0  ret
   78  b940b271  ldr w17, [x19,#176]
   7c  35000111  cbnz w17, .+0x20
   80  f9407e71  ldr x17, [x19,#248]
   84  eb11021f  cmp x16, x17
   88  54fffc82  b.cs .+0xffffffffffffff90
   8c  52800040  mov w0, #0x2
   90  94000000  bl .+0x0                            ; call thunk trap
   94  52800060  mov w0, #0x3                        ; trap unreachable
   98  94000000  bl .+0x0                            ; call thunk trap
   9c  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   a0  d63f0200  blr x16
   a4  17ffffd9  b .+0xffffffffffffff64
