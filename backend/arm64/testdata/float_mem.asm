; float_mem for arm64 (features: none), from backend/testdata/cases/float_mem.ir
    0  a9bf7bfd  stp x29, x30, [sp,#-16]!
    4  910003fd  mov x29, sp
    8  d10043f0  sub x16, sp, #0x10
    c  f9401271  ldr x17, [x19,#32]
   10  eb11021f  cmp x16, x17
   14  54000323  b.cc .+0x64
   18  9100021f  mov sp, x16
   1c  b940b271  ldr w17, [x19,#176]
   20  35000311  cbnz w17, .+0x60
   24  fc604a90  ldr d16, [x20,w0,uxtw]              ; trap oob_memory
   28  1e702810  fadd d16, d0, d16
   2c  8b204288  add x8, x20, w0, uxtw
   30  fd400511  ldr d17, [x8,#8]                    ; trap oob_memory
   34  1e713a10  fsub d16, d16, d17
   38  51002009  sub w9, w0, #0x8
   3c  fc694a91  ldr d17, [x20,w9,uxtw]              ; trap oob_memory
   40  1e711a10  fdiv d16, d16, d17
   44  bd401111  ldr s17, [x8,#16]                   ; trap oob_memory
   48  1e310821  fmul s1, s1, s17
   4c  fd400d11  ldr d17, [x8,#24]                   ; trap oob_memory
   50  1e703a30  fsub d16, d17, d16
   54  fd401111  ldr d17, [x8,#32]                   ; trap oob_memory
   58  1e710a10  fmul d16, d16, d17
   5c  1e712a10  fadd d16, d16, d17
   60  fd401511  ldr d17, [x8,#40]                   ; trap oob_memory
   64  fd001910  str d16, [x8,#48]                   ; trap oob_memory
   68  1e712a00  fadd d0, d16, d17
   6c  910003bf  mov sp, x29
   70  a8c17bfd  ldp x29, x30, [sp],#16
   74  d65f03c0  ret
   78  52800040  mov w0, #0x2
   7c  94000000  bl .+0x0                            ; call thunk trap
   80  f9407a70  ldr x16, [x19,#240]                 ; trap interrupted
   84  d63f0200  blr x16
   88  17ffffe7  b .+0xffffffffffffff9c
