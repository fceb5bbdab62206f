; branch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/branch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7256                   JB 0x65
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7553                   JNE 0x6f
   1c  39c8                   CMPL AX, CX
   1e  7c05                   JL 0x25
   20  4889c1                 MOVQ AX, CX
   23  eb06                   JMP 0x2b
   25  4883fa0a               CMPQ DX, $0xa
   29  7613                   JBE 0x3e
   2b  85c9                   TESTL CX, CX
   2d  410f94c2               SETE R10
   31  450fb6d2               MOVZX R10, R10
   35  418d1c0a               LEAL 0(R10)(CX*1), BX
   39  4585d2                 TESTL R10, R10
   3c  7411                   JE 0x4f
   3e  4531d2                 XORL R10, R10
   41  4139c2                 CMPL R10, AX
   44  410f95c2               SETNE R10
   48  450fb6d2               MOVZX R10, R10
   4c  4c89d3                 MOVQ R10, BX
   4f  85db                   TESTL BX, BX
   51  750a                   JNE 0x5d
   53  b807000000             MOVL $0x7, AX
   58  4889ec                 MOVQ BP, SP
   5b  5d                     POPQ BP
   5c  c3                     RET
   5d  4889d8                 MOVQ BX, AX
   60  4889ec                 MOVQ BP, SP
   63  5d                     POPQ BP
   64  c3                     RET
   65  b802000000             MOVL $0x2, AX
   6a  e800000000             CALL 0x6f                      ; call thunk trap
   6f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   76  eba4                   JMP 0x1c
