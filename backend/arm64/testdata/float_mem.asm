; float_mem for arm64 (features: none), from backend/testdata/cases/float_mem.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  540002e3  b.cc .+0x5c
   18  9100021f  mov sp, x16
   1c  fc604a90  ldr d16, [x20,w0,uxtw]              ; trap oob_memory
   20  1e702810  fadd d16, d0, d16
   24  8b204288  add x8, x20, w0, uxtw
   28  fd400511  ldr d17, [x8,#8]                    ; trap oob_memory
   2c  1e713a10  fsub d16, d16, d17
   30  51002009  sub w9, w0, #0x8
   34  fc694a91  ldr d17, [x20,w9,uxtw]              ; trap oob_memory
   38  1e711a10  fdiv d16, d16, d17
   3c  bd401111  ldr s17, [x8,#16]                   ; trap oob_memory
   40  1e310821  fmul s1, s1, s17
   44  fd400d11  ldr d17, [x8,#24]                   ; trap oob_memory
   48  1e703a30  fsub d16, d17, d16
   4c  fd401111  ldr d17, [x8,#32]                   ; trap oob_memory
   50  1e710a10  fmul d16, d16, d17
   54  1e712a10  fadd d16, d16, d17
   58  fd401511  ldr d17, [x8,#40]                   ; trap oob_memory
   5c  fd001910  str d16, [x8,#48]                   ; trap oob_memory
   60  1e712a00  fadd d0, d16, d17
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
