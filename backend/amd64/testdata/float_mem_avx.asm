; float_mem_avx for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2,avx), from backend/testdata/cases/float_mem_avx.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  754d                   JNE 0x5b
    e  c4417b580406           VADDSD 0(R14)(AX*1), X0, X8    ; trap oob_memory
   14  c4413b5c440608         VSUBSD 0x8(R14)(AX*1), X8, X8  ; trap oob_memory
   1b  c4413b5e4406f8         VDIVSD -0x8(R14)(AX*1), X8, X8 ; trap oob_memory
   22  c4c172594c0610         VMULSS 0x10(R14)(AX*1), X1, X1 ; trap oob_memory
   29  f2450f104c0618         MOVSD_XMM 0x18(R14)(AX*1), X9  ; trap oob_memory
   30  c441335cc0             VSUBSD X8, X9, X8
   35  f2450f104c0620         MOVSD_XMM 0x20(R14)(AX*1), X9  ; trap oob_memory
   3c  c4413b59c1             VMULSD X9, X8, X8
   41  c4413b58c1             VADDSD X9, X8, X8
   46  f2450f104c0628         MOVSD_XMM 0x28(R14)(AX*1), X9  ; trap oob_memory
   4d  f2450f11440630         MOVSD_XMM X8, 0x30(R14)(AX*1)  ; trap oob_memory
   54  c4c13b58c1             VADDSD X9, X8, X0
   59  5d                     POPQ BP
   5a  c3                     RET
   5b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   62  ebaa                   JMP 0xe
