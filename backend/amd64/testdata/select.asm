; select for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/select.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7272                   JB 0x81
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  756f                   JNE 0x8b
   1c  4989d2                 MOVQ DX, R10
   1f  39c8                   CMPL AX, CX
   21  4c0f43d3               CMOVAE BX, R10
   25  4889c6                 MOVQ AX, SI
   28  85c9                   TESTL CX, CX
   2a  480f45f1               CMOVNE CX, SI
   2e  85c0                   TESTL AX, AX
   30  480f44f1               CMOVE CX, SI
   34  4901f2                 ADDQ SI, R10
   37  66480f7ece             MOVQ X1, SI
   3c  66480f7ed7             MOVQ X2, DI
   41  4839da                 CMPQ DX, BX
   44  480f45f7               CMOVNE DI, SI
   48  664c0f6ec6             MOVQ SI, X8
   4d  660f7ec3               MOVD X0, BX
   51  f3440f100d3a000000     MOVSS 0x3a(IP), X9
   5a  66440f7ece             MOVD X9, SI
   5f  85c9                   TESTL CX, CX
   61  480f44de               CMOVE SI, BX
   65  66440f6ecb             MOVD BX, X9
   6a  f3450f5ac9             CVTSS2SD X9, X9
   6f  f2450f58c1             ADDSD X9, X8
   74  4c89d0                 MOVQ R10, AX
   77  66410f28c0             MOVAPD X8, X0
   7c  4889ec                 MOVQ BP, SP
   7f  5d                     POPQ BP
   80  c3                     RET
   81  b802000000             MOVL $0x2, AX
   86  e800000000             CALL 0x8b                      ; call thunk trap
   8b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   92  eb88                   JMP 0x1c
   94  0000803f00000000       .quad 0x3f800000 (constant)
