; branch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/branch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7542                   JNE 0x50
    e  39c8                   CMPL AX, CX
   10  7c05                   JL 0x17
   12  4889c1                 MOVQ AX, CX
   15  eb06                   JMP 0x1d
   17  4883fa0a               CMPQ DX, $0xa
   1b  7612                   JBE 0x2f
   1d  85c9                   TESTL CX, CX
   1f  410f94c2               SETE R10
   23  450fb6d2               MOVZX R10, R10
   27  4401d1                 ADDL R10, CX
   2a  4585d2                 TESTL R10, R10
   2d  7411                   JE 0x40
   2f  4531d2                 XORL R10, R10
   32  4139c2                 CMPL R10, AX
   35  410f95c2               SETNE R10
   39  450fb6d2               MOVZX R10, R10
   3d  4c89d1                 MOVQ R10, CX
   40  85c9                   TESTL CX, CX
   42  7507                   JNE 0x4b
   44  b807000000             MOVL $0x7, AX
   49  5d                     POPQ BP
   4a  c3                     RET
   4b  4889c8                 MOVQ CX, AX
   4e  5d                     POPQ BP
   4f  c3                     RET
   50  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   57  ebb5                   JMP 0xe
