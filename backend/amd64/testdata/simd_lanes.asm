; simd_lanes for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanes.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82c9010000           JB 0x1dc
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85c2010000           JNE 0x1e6
   24  66450fefc0             PXOR X8, X8
   29  66450f76c9             PCMPEQD X9, X9
   2e  440f1015bc010000       MOVUPS 0x1bc(IP), X10
   36  66450ffcc1             PADDB X9, X8
   3b  66450fefc2             PXOR X10, X8
   40  66410f71f003           PSLLW $0x3, X8
   46  4989c2                 MOVQ AX, R10
   49  4183e23f               ANDL $0x3f, R10
   4d  664d0f6eca             MOVQ R10, X9
   52  66450f70d0f5           PSHUFD $0xf5, X8, X10
   58  66410f72e21f           PSRAD $0x1f, X10
   5e  66450fefc2             PXOR X10, X8
   63  66450fd3c1             PSRLQ X9, X8
   68  66450fefc2             PXOR X10, X8
   6d  4989c2                 MOVQ AX, R10
   70  4183e207               ANDL $0x7, R10
   74  458d6208               LEAL 0x8(R10), R12
   78  664d0f6eca             MOVQ R10, X9
   7d  664d0f6ed4             MOVQ R12, X10
   82  66450f76db             PCMPEQD X11, X11
   87  66450fd1da             PSRLW X10, X11
   8c  66450f28d3             MOVAPD X11, X10
   91  66450f67d3             PACKUSWB X11, X10
   96  66450fd1c1             PSRLW X9, X8
   9b  66450fdbc2             PAND X10, X8
   a0  66450f3817c0           PTEST X8, X8
   a6  410f95c2               SETNE R10
   aa  450fb6d2               MOVZX R10, R10
   ae  66450fefff             PXOR X15, X15
   b3  66450f3829f8           PCMPEQQ X8, X15
   b9  66450f3817ff           PTEST X15, X15
   bf  410f94c4               SETE R12
   c3  450fb6e4               MOVZX R12, R12
   c7  66450fefff             PXOR X15, X15
   cc  66440f75f8             PCMPEQW X0, X15
   d1  66450f3817ff           PTEST X15, X15
   d7  410f94c5               SETE R13
   db  450fb6ed               MOVZX R13, R13
   df  66410fd7d8             PMOVMSKB X8, BX
   e4  0f50f1                 MOVMSKPS X1, SI
   e7  664c0f6ec1             MOVQ CX, X8
   ec  66450f6cc0             PUNPCKLQDQ X8, X8
   f1  66440f70ca00           PSHUFD $0x0, X2, X9
   f7  66440f3a14c705         PEXTRB $0x5, X8, DI
   fe  400fbeff               MOVSX DI, DI
  102  66450fc5c107           PEXTRW $0x7, X9, R8
  108  66450f70c902           PSHUFD $0x2, X9, X9
  10e  664c0f3a22c101         PINSRQ $0x1, CX, X8
  115  66450f3a21c130         INSERTPS $0x30, X9, X8
  11c  440f100dde000000       MOVUPS 0xde(IP), X9
  124  66450f3800c1           PSHUFB X9, X8
  12a  440f100de0000000       MOVUPS 0xe0(IP), X9
  132  66410f3800c1           PSHUFB X9, X0
  138  66440febc0             POR X0, X8
  13d  66450fefc9             PXOR X9, X9
  142  66450f28d0             MOVAPD X8, X10
  147  66450f3800d1           PSHUFB X9, X10
  14d  440f100dcd000000       MOVUPS 0xcd(IP), X9
  155  66450f3800c1           PSHUFB X9, X8
  15b  66450febd0             POR X8, X10
  160  450f10440610           MOVUPS 0x10(R14)(AX*1), X8     ; trap oob_memory
  166  450fb74c0604           MOVZX 0x4(R14)(AX*1), R9       ; trap oob_memory
  16c  664d0f6ec9             MOVQ R9, X9
  171  f2450f70c900           PSHUFLW $0x0, X9, X9
  177  66450f70c900           PSHUFD $0x0, X9, X9
  17d  66450f38235c0608       PMOVSXWD 0x8(R14)(AX*1), X11   ; trap oob_memory
  185  f3450f102406           MOVSS 0(R14)(AX*1), X12        ; trap oob_memory
  18b  450fb64c0601           MOVZX 0x1(R14)(AX*1), R9       ; trap oob_memory
  191  66450f3a20d109         PINSRB $0x9, R9, X10
  198  664d0f3a16d101         PEXTRQ $0x1, X10, R9
  19f  4d898c0600000100       MOVQ R9, 0x10000(R14)(AX*1)    ; trap oob_memory
  1a7  450f11440620           MOVUPS X8, 0x20(R14)(AX*1)     ; trap oob_memory
  1ad  66450ffecb             PADDD X11, X9
  1b2  66450ffecc             PADDD X12, X9
  1b7  4585d2                 TESTL R10, R10
  1ba  7504                   JNE 0x1c0
  1bc  450f10ca               MOVUPS X10, X9
  1c0  4501ec                 ADDL R13, R12
  1c3  4101dc                 ADDL BX, R12
  1c6  4101f4                 ADDL SI, R12
  1c9  4101fc                 ADDL DI, R12
  1cc  4501c4                 ADDL R8, R12
  1cf  66410f28c1             MOVAPD X9, X0
  1d4  4c89e0                 MOVQ R12, AX
  1d7  4889ec                 MOVQ BP, SP
  1da  5d                     POPQ BP
  1db  c3                     RET
  1dc  b802000000             MOVL $0x2, AX
  1e1  e800000000             CALL 0x1e6                     ; call thunk trap
  1e6  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  1ed  e932feffff             JMP 0x24
  1f2  3412000000000000       .quad 0x1234 (constant)
  1fa  7856000000000000       .quad 0x5678 (constant)
  202  0001020380808080       .quad 0x8080808003020100 (constant)
  20a  8080808004050607       .quad 0x706050480808080 (constant)
  212  808080800c0d0e0f       .quad 0xf0e0d0c80808080 (constant)
  21a  0001020380808080       .quad 0x8080808003020100 (constant)
  222  8080808080808080       .quad 0x8080808080808080 (constant)
  22a  8080808080808080       .quad 0x8080808080808080 (constant)
