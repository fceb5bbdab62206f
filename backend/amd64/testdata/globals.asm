; globals for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/globals.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7546                   JNE 0x54
    e  4d8b97b8000000         MOVQ 0xb8(R15), R10
   15  498b5a20               MOVQ 0x20(R10), BX
   19  8b1b                   MOVL 0(BX), BX
   1b  8d5b01                 LEAL 0x1(BX), BX
   1e  498b7220               MOVQ 0x20(R10), SI
   22  891e                   MOVL BX, 0(SI)
   24  498b5a28               MOVQ 0x28(R10), BX
   28  f3450f104230           MOVSS 0x30(R10), X8
   2e  f2450f104a38           MOVSD_XMM 0x38(R10), X9
   34  418b7240               MOVL 0x40(R10), SI
   38  49895a28               MOVQ BX, 0x28(R10)
   3c  f3450f114230           MOVSS X8, 0x30(R10)
   42  f2450f114a38           MOVSD_XMM X9, 0x38(R10)
   48  41897240               MOVL SI, 0x40(R10)
   4c  4801f3                 ADDQ SI, BX
   4f  4889d8                 MOVQ BX, AX
   52  5d                     POPQ BP
   53  c3                     RET
   54  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   5b  ebb1                   JMP 0xe
