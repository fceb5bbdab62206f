; float_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f0000000           JB 0x103
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  4183bfb000000000       CMPL 0xb0(R15), $0x0
   26  0f85e1000000           JNE 0x10d
   2c  0f2ec1                 UCOMISS X1, X0
   2f  410f94c2               SETE R10
   33  410f9bc3               SETNP R11
   37  4521da                 ANDL R11, R10
   3a  450fb6d2               MOVZX R10, R10
   3e  0f2ec1                 UCOMISS X1, X0
   41  0f95c3                 SETNE BL
   44  410f9ac3               SETP R11
   48  4409db                 ORL R11, BX
   4b  0fb6db                 MOVZX BL, BX
   4e  0f2ec8                 UCOMISS X0, X1
   51  400f97c6               SETA SI
   55  400fb6f6               MOVZX SI, SI
   59  0f2ec1                 UCOMISS X1, X0
   5c  400f97c7               SETA DI
   60  400fb6ff               MOVZX DI, DI
   64  0f2ec8                 UCOMISS X0, X1
   67  410f93c0               SETAE R8
   6b  450fb6c0               MOVZX R8, R8
   6f  0f2ec1                 UCOMISS X1, X0
   72  410f93c1               SETAE R9
   76  450fb6c9               MOVZX R9, R9
   7a  660f2ed3               UCOMISD X3, X2
   7e  0f94c2                 SETE DL
   81  410f9bc3               SETNP R11
   85  4421da                 ANDL R11, DX
   88  0fb6d2                 MOVZX DL, DX
   8b  660f2ed3               UCOMISD X3, X2
   8f  0f95c1                 SETNE CL
   92  410f9ac3               SETP R11
   96  4409d9                 ORL R11, CX
   99  0fb6c9                 MOVZX CL, CX
   9c  660f2eda               UCOMISD X2, X3
   a0  0f97c0                 SETA AL
   a3  0fb6c0                 MOVZX AL, AX
   a6  660f2ed3               UCOMISD X3, X2
   aa  410f97c4               SETA R12
   ae  450fb6e4               MOVZX R12, R12
   b2  660f2eda               UCOMISD X2, X3
   b6  410f93c5               SETAE R13
   ba  450fb6ed               MOVZX R13, R13
   be  4c896df8               MOVQ R13, -0x8(BP)
   c2  660f2ed3               UCOMISD X3, X2
   c6  410f93c5               SETAE R13
   ca  450fb6ed               MOVZX R13, R13
   ce  4101da                 ADDL BX, R10
   d1  4101f2                 ADDL SI, R10
   d4  4101fa                 ADDL DI, R10
   d7  4501c2                 ADDL R8, R10
   da  4501ca                 ADDL R9, R10
   dd  4101d2                 ADDL DX, R10
   e0  4101ca                 ADDL CX, R10
   e3  4101c2                 ADDL AX, R10
   e6  4501e2                 ADDL R12, R10
   e9  488b5df8               MOVQ -0x8(BP), BX
   ed  4101da                 ADDL BX, R10
   f0  4501ea                 ADDL R13, R10
   f3  4c89d0                 MOVQ R10, AX
   f6  4c8b65e8               MOVQ -0x18(BP), R12
   fa  4c8b6de0               MOVQ -0x20(BP), R13
   fe  4889ec                 MOVQ BP, SP
  101  5d                     POPQ BP
  102  c3                     RET
  103  b802000000             MOVL $0x2, AX
  108  e800000000             CALL 0x10d                     ; call thunk trap
  10d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  114  e913ffffff             JMP 0x2c
