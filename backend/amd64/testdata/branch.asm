; branch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/branch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  724e                   JB 0x5d
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  754b                   JNE 0x67
   1c  39c8                   CMPL AX, CX
   1e  7c05                   JL 0x25
   20  4889c1                 MOVQ AX, CX
   23  eb06                   JMP 0x2b
   25  4883fa0a               CMPQ DX, $0xa
   29  760f                   JBE 0x3a
   2b  85c9                   TESTL CX, CX
   2d  0f94c3                 SETE BL
   30  0fb6db                 MOVZX BL, BX
   33  8d340b                 LEAL 0(BX)(CX*1), SI
   36  85db                   TESTL BX, BX
   38  740d                   JE 0x47
   3a  31db                   XORL BX, BX
   3c  39c3                   CMPL BX, AX
   3e  0f95c3                 SETNE BL
   41  0fb6db                 MOVZX BL, BX
   44  4889de                 MOVQ BX, SI
   47  85f6                   TESTL SI, SI
   49  750a                   JNE 0x55
   4b  b807000000             MOVL $0x7, AX
   50  4889ec                 MOVQ BP, SP
   53  5d                     POPQ BP
   54  c3                     RET
   55  4889f0                 MOVQ SI, AX
   58  4889ec                 MOVQ BP, SP
   5b  5d                     POPQ BP
   5c  c3                     RET
   5d  b802000000             MOVL $0x2, AX
   62  e800000000             CALL 0x67                      ; call thunk trap
   67  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   6e  ebac                   JMP 0x1c
