; float_mem for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_mem.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7552                   JNE 0x60
    e  f2410f580406           ADDSD 0(R14)(AX*1), X0         ; trap oob_memory
   14  f2410f5c440608         SUBSD 0x8(R14)(AX*1), X0       ; trap oob_memory
   1b  f2410f5e4406f8         DIVSD -0x8(R14)(AX*1), X0      ; trap oob_memory
   22  f3410f594c0610         MULSS 0x10(R14)(AX*1), X1      ; trap oob_memory
   29  f2450f10440618         MOVSD_XMM 0x18(R14)(AX*1), X8  ; trap oob_memory
   30  f2440f5cc0             SUBSD X0, X8
   35  f2450f104c0620         MOVSD_XMM 0x20(R14)(AX*1), X9  ; trap oob_memory
   3c  f2450f59c1             MULSD X9, X8
   41  f2450f58c1             ADDSD X9, X8
   46  f2450f104c0628         MOVSD_XMM 0x28(R14)(AX*1), X9  ; trap oob_memory
   4d  f2450f11440630         MOVSD_XMM X8, 0x30(R14)(AX*1)  ; trap oob_memory
   54  f2450f58c1             ADDSD X9, X8
   59  66410f28c0             MOVAPD X8, X0
   5e  5d                     POPQ BP
   5f  c3                     RET
   60  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   67  eba5                   JMP 0xe
