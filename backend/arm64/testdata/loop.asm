; loop for arm64 (features: none), from backend/testdata/cases/loop.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000223  b.cc .+0x44
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000211  cbnz w17, .+0x40
   24  52800008  mov w8, #0x0
   28  b940b271  ldr w17, [x19,#176]
   2c  350001f1  cbnz w17, .+0x3c
   30  aa0803e9  mov x9, x8
   34  9b017d29  mul x9, x9, x1
   38  8b090021  add x1, x1, x9
   3c  11000508  add w8, w8, #0x1
   40  6b00011f  cmp w8, w0
   44  54ffff23  b.cc .+0xffffffffffffffe4
   48  aa0103e0  mov x0, x1
   4c  910003bf  mov sp, x29
   50  a8c17bfd  ldp x29, x30, [sp],#16
   54  d65f03c0  ret
   58  52800040  mov w0, #0x2
   5c  94000000  bl .+0x0                            ; call thunk trap
   60  52800160  mov w0, #0xb                        ; trap interrupted
   64  94000000  bl .+0x0                            ; call thunk trap
   68  52800160  mov w0, #0xb                        ; trap interrupted
   6c  94000000  bl .+0x0                            ; call thunk trap
