; simd_lanes for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanes.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82c9010000           JB 0x1dc
   13  4c89dc                 MOVQ R11, SP
   16  4c8955f0               MOVQ R10, -0x10(BP)
   1a  4183bfb000000000       CMPL 0xb0(R15), $0x0
   22  0f85be010000           JNE 0x1e6
   28  66450fefc0             PXOR X8, X8
   2d  66450f76c9             PCMPEQD X9, X9
   32  440f1015b8010000       MOVUPS 0x1b8(IP), X10
   3a  66450ffcc1             PADDB X9, X8
   3f  66450fefc2             PXOR X10, X8
   44  66410f71f003           PSLLW $0x3, X8
   4a  4889c3                 MOVQ AX, BX
   4d  83e33f                 ANDL $0x3f, BX
   50  664c0f6ecb             MOVQ BX, X9
   55  66450f70d0f5           PSHUFD $0xf5, X8, X10
   5b  66410f72e21f           PSRAD $0x1f, X10
   61  66450fefc2             PXOR X10, X8
   66  66450fd3c1             PSRLQ X9, X8
   6b  66450fefc2             PXOR X10, X8
   70  4889c3                 MOVQ AX, BX
   73  83e307                 ANDL $0x7, BX
   76  8d7308                 LEAL 0x8(BX), SI
   79  664c0f6ecb             MOVQ BX, X9
   7e  664c0f6ed6             MOVQ SI, X10
   83  66450f76db             PCMPEQD X11, X11
   88  66450fd1da             PSRLW X10, X11
   8d  66450f28d3             MOVAPD X11, X10
   92  66450f67d3             PACKUSWB X11, X10
   97  66450fd1c1             PSRLW X9, X8
   9c  66450fdbc2             PAND X10, X8
   a1  66450f3817c0           PTEST X8, X8
   a7  0f95c3                 SETNE BL
   aa  0fb6db                 MOVZX BL, BX
   ad  66450fefff             PXOR X15, X15
   b2  66450f3829f8           PCMPEQQ X8, X15
   b8  66450f3817ff           PTEST X15, X15
   be  400f94c6               SETE SI
   c2  400fb6f6               MOVZX SI, SI
   c6  66450fefff             PXOR X15, X15
   cb  66440f75f8             PCMPEQW X0, X15
   d0  66450f3817ff           PTEST X15, X15
   d6  400f94c7               SETE DI
   da  400fb6ff               MOVZX DI, DI
   de  66450fd7c0             PMOVMSKB X8, R8
   e3  440f50c9               MOVMSKPS X1, R9
   e7  664c0f6ec1             MOVQ CX, X8
   ec  66450f6cc0             PUNPCKLQDQ X8, X8
   f1  66440f70ca00           PSHUFD $0x0, X2, X9
   f7  66440f3a14c205         PEXTRB $0x5, X8, DX
   fe  0fbed2                 MOVSX DL, DX
  101  66450fc5d107           PEXTRW $0x7, X9, R10
  107  66450f70c902           PSHUFD $0x2, X9, X9
  10d  664c0f3a22c101         PINSRQ $0x1, CX, X8
  114  66450f3a21c130         INSERTPS $0x30, X9, X8
  11b  440f100ddf000000       MOVUPS 0xdf(IP), X9
  123  66450f3800c1           PSHUFB X9, X8
  129  440f100de1000000       MOVUPS 0xe1(IP), X9
  131  66410f3800c1           PSHUFB X9, X0
  137  66440febc0             POR X0, X8
  13c  66450fefc9             PXOR X9, X9
  141  66450f28d0             MOVAPD X8, X10
  146  66450f3800d1           PSHUFB X9, X10
  14c  440f100dce000000       MOVUPS 0xce(IP), X9
  154  66450f3800c1           PSHUFB X9, X8
  15a  66450febd0             POR X8, X10
  15f  450f10440610           MOVUPS 0x10(R14)(AX*1), X8     ; trap oob_memory
  165  410fb74c0604           MOVZX 0x4(R14)(AX*1), CX       ; trap oob_memory
  16b  664c0f6ec9             MOVQ CX, X9
  170  f2450f70c900           PSHUFLW $0x0, X9, X9
  176  66450f70c900           PSHUFD $0x0, X9, X9
  17c  66450f38235c0608       PMOVSXWD 0x8(R14)(AX*1), X11   ; trap oob_memory
  184  f3410f100406           MOVSS 0(R14)(AX*1), X0         ; trap oob_memory
  18a  410fb64c0601           MOVZX 0x1(R14)(AX*1), CX       ; trap oob_memory
  190  66440f3a20d109         PINSRB $0x9, CX, X10
  197  664c0f3a16d101         PEXTRQ $0x1, X10, CX
  19e  49898c0600000100       MOVQ CX, 0x10000(R14)(AX*1)    ; trap oob_memory
  1a6  450f11440620           MOVUPS X8, 0x20(R14)(AX*1)     ; trap oob_memory
  1ac  66450ffecb             PADDD X11, X9
  1b1  66440ffec8             PADDD X0, X9
  1b6  85db                   TESTL BX, BX
  1b8  7504                   JNE 0x1be
  1ba  450f10ca               MOVUPS X10, X9
  1be  01fe                   ADDL DI, SI
  1c0  4401c6                 ADDL R8, SI
  1c3  4401ce                 ADDL R9, SI
  1c6  01d6                   ADDL DX, SI
  1c8  4401d6                 ADDL R10, SI
  1cb  66410f28c1             MOVAPD X9, X0
  1d0  4889f0                 MOVQ SI, AX
  1d3  4c8b55f0               MOVQ -0x10(BP), R10
  1d7  4889ec                 MOVQ BP, SP
  1da  5d                     POPQ BP
  1db  c3                     RET
  1dc  b802000000             MOVL $0x2, AX
  1e1  e800000000             CALL 0x1e6                     ; call thunk trap
  1e6  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  1ed  e936feffff             JMP 0x28
  1f2  3412000000000000       .quad 0x1234 (constant)
  1fa  7856000000000000       .quad 0x5678 (constant)
  202  0001020380808080       .quad 0x8080808003020100 (constant)
  20a  8080808004050607       .quad 0x706050480808080 (constant)
  212  808080800c0d0e0f       .quad 0xf0e0d0c80808080 (constant)
  21a  0001020380808080       .quad 0x8080808003020100 (constant)
  222  8080808080808080       .quad 0x8080808080808080 (constant)
  22a  8080808080808080       .quad 0x8080808080808080 (constant)
