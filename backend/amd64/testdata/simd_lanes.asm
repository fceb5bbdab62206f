; simd_lanes for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanes.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8595010000           JNE 0x1a7
   12  66450fefc0             PXOR X8, X8
   17  66450f76c9             PCMPEQD X9, X9
   1c  440f10158f010000       MOVUPS 0x18f(IP), X10
   24  66450ffcc1             PADDB X9, X8
   29  66450fefc2             PXOR X10, X8
   2e  66410f71f003           PSLLW $0x3, X8
   34  4989c2                 MOVQ AX, R10
   37  4183e23f               ANDL $0x3f, R10
   3b  664d0f6eca             MOVQ R10, X9
   40  66450f70d0f5           PSHUFD $0xf5, X8, X10
   46  66410f72e21f           PSRAD $0x1f, X10
   4c  66450fefc2             PXOR X10, X8
   51  66450fd3c1             PSRLQ X9, X8
   56  66450fefc2             PXOR X10, X8
   5b  4989c2                 MOVQ AX, R10
   5e  4183e207               ANDL $0x7, R10
   62  418d5a08               LEAL 0x8(R10), BX
   66  664d0f6eca             MOVQ R10, X9
   6b  664c0f6ed3             MOVQ BX, X10
   70  66450f76db             PCMPEQD X11, X11
   75  66450fd1da             PSRLW X10, X11
   7a  66450f28d3             MOVAPD X11, X10
   7f  66450f67d3             PACKUSWB X11, X10
   84  66450fd1c1             PSRLW X9, X8
   89  66450fdbc2             PAND X10, X8
   8e  66450f3817c0           PTEST X8, X8
   94  410f95c2               SETNE R10
   98  450fb6d2               MOVZX R10, R10
   9c  66450fefff             PXOR X15, X15
   a1  66450f3829f8           PCMPEQQ X8, X15
   a7  66450f3817ff           PTEST X15, X15
   ad  0f94c3                 SETE BL
   b0  0fb6db                 MOVZX BL, BX
   b3  66450fefff             PXOR X15, X15
   b8  66440f75f8             PCMPEQW X0, X15
   bd  66450f3817ff           PTEST X15, X15
   c3  400f94c6               SETE SI
   c7  400fb6f6               MOVZX SI, SI
   cb  66410fd7f8             PMOVMSKB X8, DI
   d0  440f50c1               MOVMSKPS X1, R8
   d4  664c0f6ec1             MOVQ CX, X8
   d9  66450f6cc0             PUNPCKLQDQ X8, X8
   de  66440f70ca00           PSHUFD $0x0, X2, X9
   e4  66450f3a14c105         PEXTRB $0x5, X8, R9
   eb  450fbec9               MOVSX R9, R9
   ef  66410fc5d107           PEXTRW $0x7, X9, DX
   f5  66450f70c902           PSHUFD $0x2, X9, X9
   fb  664c0f3a22c101         PINSRQ $0x1, CX, X8
  102  66450f3a21c130         INSERTPS $0x30, X9, X8
  109  440f100db2000000       MOVUPS 0xb2(IP), X9
  111  66450f3800c1           PSHUFB X9, X8
  117  440f100db4000000       MOVUPS 0xb4(IP), X9
  11f  66410f3800c1           PSHUFB X9, X0
  125  66440febc0             POR X0, X8
  12a  66450fefc9             PXOR X9, X9
  12f  66450f3800c1           PSHUFB X9, X8
  135  450f104c0610           MOVUPS 0x10(R14)(AX*1), X9     ; trap oob_memory
  13b  410fb74c0604           MOVZX 0x4(R14)(AX*1), CX       ; trap oob_memory
  141  664c0f6ed1             MOVQ CX, X10
  146  f2450f70d200           PSHUFLW $0x0, X10, X10
  14c  66450f70d200           PSHUFD $0x0, X10, X10
  152  66450f38235c0608       PMOVSXWD 0x8(R14)(AX*1), X11   ; trap oob_memory
  15a  f3410f100406           MOVSS 0(R14)(AX*1), X0         ; trap oob_memory
  160  66450f3a2044060109     PINSRB $0x9, 0x1(R14)(AX*1), X8 ; trap oob_memory
  169  664c0f3a16c101         PEXTRQ $0x1, X8, CX
  170  49898c0600000100       MOVQ CX, 0x10000(R14)(AX*1)    ; trap oob_memory
  178  450f114c0620           MOVUPS X9, 0x20(R14)(AX*1)     ; trap oob_memory
  17e  66450ffed3             PADDD X11, X10
  183  66440ffed0             PADDD X0, X10
  188  4585d2                 TESTL R10, R10
  18b  7504                   JNE 0x191
  18d  450f10d0               MOVUPS X8, X10
  191  01f3                   ADDL SI, BX
  193  01fb                   ADDL DI, BX
  195  4401c3                 ADDL R8, BX
  198  4401cb                 ADDL R9, BX
  19b  01d3                   ADDL DX, BX
  19d  66410f28c2             MOVAPD X10, X0
  1a2  4889d8                 MOVQ BX, AX
  1a5  5d                     POPQ BP
  1a6  c3                     RET
  1a7  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  1ae  e95ffeffff             JMP 0x12
  1b3  3412000000000000       .quad 0x1234 (constant)
  1bb  7856000000000000       .quad 0x5678 (constant)
  1c3  0001020380808080       .quad 0x8080808003020100 (constant)
  1cb  8080808004050607       .quad 0x706050480808080 (constant)
  1d3  808080800c0d0e0f       .quad 0xf0e0d0c80808080 (constant)
  1db  0001020380808080       .quad 0x8080808003020100 (constant)
