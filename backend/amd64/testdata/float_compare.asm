; float_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82e2000000           JB 0xf5
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  0f2ec1                 UCOMISS X1, X0
   21  410f94c2               SETE R10
   25  410f9bc3               SETNP R11
   29  4521da                 ANDL R11, R10
   2c  450fb6d2               MOVZX R10, R10
   30  0f2ec1                 UCOMISS X1, X0
   33  0f95c3                 SETNE BL
   36  410f9ac3               SETP R11
   3a  4409db                 ORL R11, BX
   3d  0fb6db                 MOVZX BL, BX
   40  0f2ec8                 UCOMISS X0, X1
   43  400f97c6               SETA SI
   47  400fb6f6               MOVZX SI, SI
   4b  0f2ec1                 UCOMISS X1, X0
   4e  400f97c7               SETA DI
   52  400fb6ff               MOVZX DI, DI
   56  0f2ec8                 UCOMISS X0, X1
   59  410f93c0               SETAE R8
   5d  450fb6c0               MOVZX R8, R8
   61  0f2ec1                 UCOMISS X1, X0
   64  410f93c1               SETAE R9
   68  450fb6c9               MOVZX R9, R9
   6c  660f2ed3               UCOMISD X3, X2
   70  0f94c2                 SETE DL
   73  410f9bc3               SETNP R11
   77  4421da                 ANDL R11, DX
   7a  0fb6d2                 MOVZX DL, DX
   7d  660f2ed3               UCOMISD X3, X2
   81  0f95c1                 SETNE CL
   84  410f9ac3               SETP R11
   88  4409d9                 ORL R11, CX
   8b  0fb6c9                 MOVZX CL, CX
   8e  660f2eda               UCOMISD X2, X3
   92  0f97c0                 SETA AL
   95  0fb6c0                 MOVZX AL, AX
   98  660f2ed3               UCOMISD X3, X2
   9c  410f97c4               SETA R12
   a0  450fb6e4               MOVZX R12, R12
   a4  660f2eda               UCOMISD X2, X3
   a8  410f93c5               SETAE R13
   ac  450fb6ed               MOVZX R13, R13
   b0  4c896df8               MOVQ R13, -0x8(BP)
   b4  660f2ed3               UCOMISD X3, X2
   b8  410f93c5               SETAE R13
   bc  450fb6ed               MOVZX R13, R13
   c0  4101da                 ADDL BX, R10
   c3  4101f2                 ADDL SI, R10
   c6  4101fa                 ADDL DI, R10
   c9  4501c2                 ADDL R8, R10
   cc  4501ca                 ADDL R9, R10
   cf  4101d2                 ADDL DX, R10
   d2  4101ca                 ADDL CX, R10
   d5  4101c2                 ADDL AX, R10
   d8  4501e2                 ADDL R12, R10
   db  488b5df8               MOVQ -0x8(BP), BX
   df  4101da                 ADDL BX, R10
   e2  4501ea                 ADDL R13, R10
   e5  4c89d0                 MOVQ R10, AX
   e8  4c8b65e8               MOVQ -0x18(BP), R12
   ec  4c8b6de0               MOVQ -0x20(BP), R13
   f0  4889ec                 MOVQ BP, SP
   f3  5d                     POPQ BP
   f4  c3                     RET
   f5  4183bfb000000000       CMPL 0xb0(R15), $0x0
   fd  7517                   JNE 0x116
   ff  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  106  0f8307ffffff           JAE 0x13
  10c  b802000000             MOVL $0x2, AX
  111  e800000000             CALL 0x116                     ; call thunk trap
  116  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  11d  e9e2feffff             JMP 0x4
