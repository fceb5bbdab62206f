; branch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/branch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7257                   JB 0x66
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7554                   JNE 0x70
   1c  39c8                   CMPL AX, CX
   1e  7c05                   JL 0x25
   20  4889c1                 MOVQ AX, CX
   23  eb06                   JMP 0x2b
   25  4883fa0a               CMPQ DX, $0xa
   29  7613                   JBE 0x3e
   2b  85c9                   TESTL CX, CX
   2d  410f94c2               SETE R10
   31  450fb6d2               MOVZX R10, R10
   35  458d240a               LEAL 0(R10)(CX*1), R12
   39  4585d2                 TESTL R10, R10
   3c  7411                   JE 0x4f
   3e  4531d2                 XORL R10, R10
   41  4139c2                 CMPL R10, AX
   44  410f95c2               SETNE R10
   48  450fb6d2               MOVZX R10, R10
   4c  4d89d4                 MOVQ R10, R12
   4f  4585e4                 TESTL R12, R12
   52  750a                   JNE 0x5e
   54  b807000000             MOVL $0x7, AX
   59  4889ec                 MOVQ BP, SP
   5c  5d                     POPQ BP
   5d  c3                     RET
   5e  4c89e0                 MOVQ R12, AX
   61  4889ec                 MOVQ BP, SP
   64  5d                     POPQ BP
   65  c3                     RET
   66  b802000000             MOVL $0x2, AX
   6b  e800000000             CALL 0x70                      ; call thunk trap
   70  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   77  eba3                   JMP 0x1c
