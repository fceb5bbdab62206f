; select for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/select.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7276                   JB 0x85
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7573                   JNE 0x8f
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
   52  49c7c30000803f         MOVQ $0x3f800000, R11
   59  664d0f6ecb             MOVQ R11, X9
   5e  66450f7ecd             MOVD X9, R13
   63  85c9                   TESTL CX, CX
   65  4d0f44e5               CMOVE R13, R12
   69  66450f6ecc             MOVD R12, X9
   6e  f3450f5ac9             CVTSS2SD X9, X9
   73  f2450f58c1             ADDSD X9, X8
   78  4c89d0                 MOVQ R10, AX
   7b  66410f28c0             MOVAPD X8, X0
   80  4889ec                 MOVQ BP, SP
   83  5d                     POPQ BP
   84  c3                     RET
   85  b802000000             MOVL $0x2, AX
   8a  e800000000             CALL 0x8f                      ; call thunk trap
   8f  b80b000000             MOVL $0xb, AX                  ; trap interrupted
   94  e800000000             CALL 0x99                      ; call thunk trap
