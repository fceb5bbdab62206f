; branch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/branch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7543                   JNE 0x51
    e  39c8                   CMPL AX, CX
   10  7c05                   JL 0x17
   12  4889c1                 MOVQ AX, CX
   15  eb06                   JMP 0x1d
   17  4883fa0a               CMPQ DX, $0xa
   1b  7613                   JBE 0x30
   1d  85c9                   TESTL CX, CX
   1f  410f94c2               SETE R10
   23  450fb6d2               MOVZX R10, R10
   27  418d1c0a               LEAL 0(R10)(CX*1), BX
   2b  4585d2                 TESTL R10, R10
   2e  7411                   JE 0x41
   30  4531d2                 XORL R10, R10
   33  4139c2                 CMPL R10, AX
   36  410f95c2               SETNE R10
   3a  450fb6d2               MOVZX R10, R10
   3e  4c89d3                 MOVQ R10, BX
   41  85db                   TESTL BX, BX
   43  7507                   JNE 0x4c
   45  b807000000             MOVL $0x7, AX
   4a  5d                     POPQ BP
   4b  c3                     RET
   4c  4889d8                 MOVQ BX, AX
   4f  5d                     POPQ BP
   50  c3                     RET
   51  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   58  ebb4                   JMP 0xe
