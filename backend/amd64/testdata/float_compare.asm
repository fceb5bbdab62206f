; float_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f2000000           JB 0x105
   13  4c89dc                 MOVQ R11, SP
   16  4c8955e8               MOVQ R10, -0x18(BP)
   1a  4c8965e0               MOVQ R12, -0x20(BP)
   1e  4c896dd8               MOVQ R13, -0x28(BP)
   22  4183bfb000000000       CMPL 0xb0(R15), $0x0
   2a  0f85df000000           JNE 0x10f
   30  0f2ec1                 UCOMISS X1, X0
   33  0f94c3                 SETE BL
   36  410f9bc3               SETNP R11
   3a  4421db                 ANDL R11, BX
   3d  0fb6db                 MOVZX BL, BX
   40  0f2ec1                 UCOMISS X1, X0
   43  400f95c6               SETNE SI
   47  410f9ac3               SETP R11
   4b  4409de                 ORL R11, SI
   4e  400fb6f6               MOVZX SI, SI
   52  0f2ec8                 UCOMISS X0, X1
   55  400f97c7               SETA DI
   59  400fb6ff               MOVZX DI, DI
   5d  0f2ec1                 UCOMISS X1, X0
   60  410f97c0               SETA R8
   64  450fb6c0               MOVZX R8, R8
   68  0f2ec8                 UCOMISS X0, X1
   6b  410f93c1               SETAE R9
   6f  450fb6c9               MOVZX R9, R9
   73  0f2ec1                 UCOMISS X1, X0
   76  0f93c2                 SETAE DL
   79  0fb6d2                 MOVZX DL, DX
   7c  660f2ed3               UCOMISD X3, X2
   80  0f94c1                 SETE CL
   83  410f9bc3               SETNP R11
   87  4421d9                 ANDL R11, CX
   8a  0fb6c9                 MOVZX CL, CX
   8d  660f2ed3               UCOMISD X3, X2
   91  0f95c0                 SETNE AL
   94  410f9ac3               SETP R11
   98  4409d8                 ORL R11, AX
   9b  0fb6c0                 MOVZX AL, AX
   9e  660f2eda               UCOMISD X2, X3
   a2  410f97c2               SETA R10
   a6  450fb6d2               MOVZX R10, R10
   aa  660f2ed3               UCOMISD X3, X2
   ae  410f97c4               SETA R12
   b2  450fb6e4               MOVZX R12, R12
   b6  660f2eda               UCOMISD X2, X3
   ba  410f93c5               SETAE R13
   be  450fb6ed               MOVZX R13, R13
   c2  4c896df8               MOVQ R13, -0x8(BP)
   c6  660f2ed3               UCOMISD X3, X2
   ca  410f93c5               SETAE R13
   ce  450fb6ed               MOVZX R13, R13
   d2  01f3                   ADDL SI, BX
   d4  01fb                   ADDL DI, BX
   d6  4401c3                 ADDL R8, BX
   d9  4401cb                 ADDL R9, BX
   dc  01d3                   ADDL DX, BX
   de  01cb                   ADDL CX, BX
   e0  01c3                   ADDL AX, BX
   e2  4401d3                 ADDL R10, BX
   e5  4401e3                 ADDL R12, BX
   e8  488b75f8               MOVQ -0x8(BP), SI
   ec  01f3                   ADDL SI, BX
   ee  4401eb                 ADDL R13, BX
   f1  4889d8                 MOVQ BX, AX
   f4  4c8b55e8               MOVQ -0x18(BP), R10
   f8  4c8b65e0               MOVQ -0x20(BP), R12
   fc  4c8b6dd8               MOVQ -0x28(BP), R13
  100  4889ec                 MOVQ BP, SP
  103  5d                     POPQ BP
  104  c3                     RET
  105  b802000000             MOVL $0x2, AX
  10a  e800000000             CALL 0x10f                     ; call thunk trap
  10f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  116  e915ffffff             JMP 0x30
