; select for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/select.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7562                   JNE 0x70
    e  4989d2                 MOVQ DX, R10
   11  39c8                   CMPL AX, CX
   13  4c0f43d3               CMOVAE BX, R10
   17  4889c6                 MOVQ AX, SI
   1a  85c9                   TESTL CX, CX
   1c  480f45f1               CMOVNE CX, SI
   20  85c0                   TESTL AX, AX
   22  480f44f1               CMOVE CX, SI
   26  4901f2                 ADDQ SI, R10
   29  66480f7ece             MOVQ X1, SI
   2e  66480f7ed7             MOVQ X2, DI
   33  4839da                 CMPQ DX, BX
   36  480f45f7               CMOVNE DI, SI
   3a  664c0f6ec6             MOVQ SI, X8
   3f  660f7ec3               MOVD X0, BX
   43  f3440f100d2d000000     MOVSS 0x2d(IP), X9
   4c  66440f7ece             MOVD X9, SI
   51  85c9                   TESTL CX, CX
   53  480f44de               CMOVE SI, BX
   57  66440f6ecb             MOVD BX, X9
   5c  f3450f5ac9             CVTSS2SD X9, X9
   61  f2450f58c1             ADDSD X9, X8
   66  4c89d0                 MOVQ R10, AX
   69  66410f28c0             MOVAPD X8, X0
   6e  5d                     POPQ BP
   6f  c3                     RET
   70  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   77  eb95                   JMP 0xe
   79  0000803f00000000       .quad 0x3f800000 (constant)
