; globals for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/globals.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8297000000           JB 0xaa
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8590000000           JNE 0xb4
   24  498b9fb8000000         MOVQ 0xb8(R15), BX
   2b  488b5b20               MOVQ 0x20(BX), BX
   2f  8b1b                   MOVL 0(BX), BX
   31  83c301                 ADDL $0x1, BX
   34  498bb7b8000000         MOVQ 0xb8(R15), SI
   3b  488b7620               MOVQ 0x20(SI), SI
   3f  891e                   MOVL BX, 0(SI)
   41  498b9fb8000000         MOVQ 0xb8(R15), BX
   48  488b5b28               MOVQ 0x28(BX), BX
   4c  498bb7b8000000         MOVQ 0xb8(R15), SI
   53  f3440f104630           MOVSS 0x30(SI), X8
   59  498bb7b8000000         MOVQ 0xb8(R15), SI
   60  f2440f104e38           MOVSD_XMM 0x38(SI), X9
   66  498bb7b8000000         MOVQ 0xb8(R15), SI
   6d  8b7640                 MOVL 0x40(SI), SI
   70  498bbfb8000000         MOVQ 0xb8(R15), DI
   77  48895f28               MOVQ BX, 0x28(DI)
   7b  498bbfb8000000         MOVQ 0xb8(R15), DI
   82  f3440f114730           MOVSS X8, 0x30(DI)
   88  498bbfb8000000         MOVQ 0xb8(R15), DI
   8f  f2440f114f38           MOVSD_XMM X9, 0x38(DI)
   95  498bbfb8000000         MOVQ 0xb8(R15), DI
   9c  897740                 MOVL SI, 0x40(DI)
   9f  4801f3                 ADDQ SI, BX
   a2  4889d8                 MOVQ BX, AX
   a5  4889ec                 MOVQ BP, SP
   a8  5d                     POPQ BP
   a9  c3                     RET
   aa  b802000000             MOVL $0x2, AX
   af  e800000000             CALL 0xb4                      ; call thunk trap
   b4  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   bb  e964ffffff             JMP 0x24
