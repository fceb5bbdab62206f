; count_down for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/count_down.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  753d                   JNE 0x4b
    e  6690                   NOPW
   10  83c0ff                 ADDL $-0x1, AX
   13  75fb                   JNE 0x10
   15  660f1f840000000000     NOPW 0(AX)(AX*1)
   1e  6690                   NOPW
   20  448d51ff               LEAL -0x1(CX), R10
   24  4589140e               MOVL R10, 0(R14)(CX*1)         ; trap oob_memory
   28  4585d2                 TESTL R10, R10
   2b  7413                   JE 0x40
   2d  4c89d1                 MOVQ R10, CX
   30  ebee                   JMP 0x20
   32  660f1f840000000000     NOPW 0(AX)(AX*1)
   3b  0f1f440000             NOPL 0(AX)(AX*1)
   40  4883c203               ADDQ $0x3, DX
   44  75fa                   JNE 0x40
   46  4889d0                 MOVQ DX, AX
   49  5d                     POPQ BP
   4a  c3                     RET
   4b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   52  ebba                   JMP 0xe
