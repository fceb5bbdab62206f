; branch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/branch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7542                   JNE 0x50
    e  39c8                   CMPL AX, CX
   10  7d39                   JGE 0x4b
   12  4883fa0a               CMPQ DX, $0xa
   16  7612                   JBE 0x2a
   18  85c9                   TESTL CX, CX
   1a  410f94c2               SETE R10
   1e  450fb6d2               MOVZX R10, R10
   22  4401d1                 ADDL R10, CX
   25  4585d2                 TESTL R10, R10
   28  7411                   JE 0x3b
   2a  4531d2                 XORL R10, R10
   2d  4139c2                 CMPL R10, AX
   30  410f95c2               SETNE R10
   34  450fb6d2               MOVZX R10, R10
   38  4c89d1                 MOVQ R10, CX
   3b  85c9                   TESTL CX, CX
   3d  7507                   JNE 0x46
   3f  b807000000             MOVL $0x7, AX
   44  5d                     POPQ BP
   45  c3                     RET
   46  4889c8                 MOVQ CX, AX
   49  5d                     POPQ BP
   4a  c3                     RET
   4b  4889c1                 MOVQ AX, CX
   4e  ebc8                   JMP 0x18
   50  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   57  ebb5                   JMP 0xe
