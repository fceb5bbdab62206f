; count_down for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/count_down.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7522                   JNE 0x30
    e  83c0ff                 ADDL $-0x1, AX
   11  75fb                   JNE 0xe
   13  448d51ff               LEAL -0x1(CX), R10
   17  4589140e               MOVL R10, 0(R14)(CX*1)         ; trap oob_memory
   1b  4585d2                 TESTL R10, R10
   1e  7405                   JE 0x25
   20  4c89d1                 MOVQ R10, CX
   23  ebee                   JMP 0x13
   25  4883c203               ADDQ $0x3, DX
   29  75fa                   JNE 0x25
   2b  4889d0                 MOVQ DX, AX
   2e  5d                     POPQ BP
   2f  c3                     RET
   30  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   37  ebd5                   JMP 0xe
