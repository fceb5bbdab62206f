; loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7235                   JB 0x44
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7532                   JNE 0x4e
   1c  4531d2                 XORL R10, R10
   1f  4183bfb000000000       CMPL 0xb0(R15), $0x0
   27  752e                   JNE 0x57
   29  4c89d3                 MOVQ R10, BX
   2c  480fafd9               IMULQ CX, BX
   30  4801d9                 ADDQ BX, CX
   33  458d5201               LEAL 0x1(R10), R10
   37  4139c2                 CMPL R10, AX
   3a  72e3                   JB 0x1f
   3c  4889c8                 MOVQ CX, AX
   3f  4889ec                 MOVQ BP, SP
   42  5d                     POPQ BP
   43  c3                     RET
   44  b802000000             MOVL $0x2, AX
   49  e800000000             CALL 0x4e                      ; call thunk trap
   4e  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   55  ebc5                   JMP 0x1c
   57  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   5e  ebc9                   JMP 0x29
