; select for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/select.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7272                   JB 0x81
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  756f                   JNE 0x8b
   1c  4889d6                 MOVQ DX, SI
   1f  39c8                   CMPL AX, CX
   21  480f43f3               CMOVAE BX, SI
   25  4889c7                 MOVQ AX, DI
   28  85c9                   TESTL CX, CX
   2a  480f45f9               CMOVNE CX, DI
   2e  85c0                   TESTL AX, AX
   30  480f44f9               CMOVE CX, DI
   34  4801fe                 ADDQ DI, SI
   37  66480f7ecf             MOVQ X1, DI
   3c  66490f7ed0             MOVQ X2, R8
   41  4839da                 CMPQ DX, BX
   44  490f45f8               CMOVNE R8, DI
   48  664c0f6ec7             MOVQ DI, X8
   4d  660f7ec3               MOVD X0, BX
   51  f3440f100d3a000000     MOVSS 0x3a(IP), X9
   5a  66440f7ecf             MOVD X9, DI
   5f  85c9                   TESTL CX, CX
   61  480f44df               CMOVE DI, BX
   65  66440f6ecb             MOVD BX, X9
   6a  f3450f5ac9             CVTSS2SD X9, X9
   6f  f2450f58c1             ADDSD X9, X8
   74  4889f0                 MOVQ SI, AX
   77  66410f28c0             MOVAPD X8, X0
   7c  4889ec                 MOVQ BP, SP
   7f  5d                     POPQ BP
   80  c3                     RET
   81  b802000000             MOVL $0x2, AX
   86  e800000000             CALL 0x8b                      ; call thunk trap
   8b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   92  eb88                   JMP 0x1c
   94  0000803f00000000       .quad 0x3f800000 (constant)
