; select for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/select.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7273                   JB 0x82
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7570                   JNE 0x8c
   1c  4989d2                 MOVQ DX, R10
   1f  39c8                   CMPL AX, CX
   21  4c0f43d3               CMOVAE BX, R10
   25  4989c4                 MOVQ AX, R12
   28  85c9                   TESTL CX, CX
   2a  4c0f45e1               CMOVNE CX, R12
   2e  85c0                   TESTL AX, AX
   30  4c0f44e1               CMOVE CX, R12
   34  4d01e2                 ADDQ R12, R10
   37  66490f7ecc             MOVQ X1, R12
   3c  66490f7ed5             MOVQ X2, R13
   41  4839da                 CMPQ DX, BX
   44  4d0f45e5               CMOVNE R13, R12
   48  664d0f6ec4             MOVQ R12, X8
   4d  66410f7ec4             MOVD X0, R12
   52  f3440f100d3a000000     MOVSS 0x3a(IP), X9
   5b  66450f7ecd             MOVD X9, R13
   60  85c9                   TESTL CX, CX
   62  4d0f44e5               CMOVE R13, R12
   66  66450f6ecc             MOVD R12, X9
   6b  f3450f5ac9             CVTSS2SD X9, X9
   70  f2450f58c1             ADDSD X9, X8
   75  4c89d0                 MOVQ R10, AX
   78  66410f28c0             MOVAPD X8, X0
   7d  4889ec                 MOVQ BP, SP
   80  5d                     POPQ BP
   81  c3                     RET
   82  b802000000             MOVL $0x2, AX
   87  e800000000             CALL 0x8c                      ; call thunk trap
   8c  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   93  eb87                   JMP 0x1c
   95  0000803f00000000       .quad 0x3f800000 (constant)
