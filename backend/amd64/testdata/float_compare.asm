; float_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82de000000           JB 0xf1
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85d7000000           JNE 0xfb
   24  0f2ec1                 UCOMISS X1, X0
   27  410f94c2               SETE R10
   2b  410f9bc3               SETNP R11
   2f  4521da                 ANDL R11, R10
   32  450fb6d2               MOVZX R10, R10
   36  0f2ec1                 UCOMISS X1, X0
   39  410f95c4               SETNE R12
   3d  410f9ac3               SETP R11
   41  4509dc                 ORL R11, R12
   44  450fb6e4               MOVZX R12, R12
   48  0f2ec8                 UCOMISS X0, X1
   4b  410f97c5               SETA R13
   4f  450fb6ed               MOVZX R13, R13
   53  0f2ec1                 UCOMISS X1, X0
   56  0f97c3                 SETA BL
   59  0fb6db                 MOVZX BL, BX
   5c  0f2ec8                 UCOMISS X0, X1
   5f  400f93c6               SETAE SI
   63  400fb6f6               MOVZX SI, SI
   67  0f2ec1                 UCOMISS X1, X0
   6a  400f93c7               SETAE DI
   6e  400fb6ff               MOVZX DI, DI
   72  660f2ed3               UCOMISD X3, X2
   76  410f94c0               SETE R8
   7a  410f9bc3               SETNP R11
   7e  4521d8                 ANDL R11, R8
   81  450fb6c0               MOVZX R8, R8
   85  660f2ed3               UCOMISD X3, X2
   89  410f95c1               SETNE R9
   8d  410f9ac3               SETP R11
   91  4509d9                 ORL R11, R9
   94  450fb6c9               MOVZX R9, R9
   98  660f2eda               UCOMISD X2, X3
   9c  0f97c2                 SETA DL
   9f  0fb6d2                 MOVZX DL, DX
   a2  660f2ed3               UCOMISD X3, X2
   a6  0f97c1                 SETA CL
   a9  0fb6c9                 MOVZX CL, CX
   ac  660f2eda               UCOMISD X2, X3
   b0  0f93c0                 SETAE AL
   b3  0fb6c0                 MOVZX AL, AX
   b6  488945f8               MOVQ AX, -0x8(BP)
   ba  660f2ed3               UCOMISD X3, X2
   be  0f93c0                 SETAE AL
   c1  0fb6c0                 MOVZX AL, AX
   c4  4501e2                 ADDL R12, R10
   c7  4501ea                 ADDL R13, R10
   ca  4101da                 ADDL BX, R10
   cd  4101f2                 ADDL SI, R10
   d0  4101fa                 ADDL DI, R10
   d3  4501c2                 ADDL R8, R10
   d6  4501ca                 ADDL R9, R10
   d9  4101d2                 ADDL DX, R10
   dc  4101ca                 ADDL CX, R10
   df  4c8b65f8               MOVQ -0x8(BP), R12
   e3  4501e2                 ADDL R12, R10
   e6  4101c2                 ADDL AX, R10
   e9  4c89d0                 MOVQ R10, AX
   ec  4889ec                 MOVQ BP, SP
   ef  5d                     POPQ BP
   f0  c3                     RET
   f1  b802000000             MOVL $0x2, AX
   f6  e800000000             CALL 0xfb                      ; call thunk trap
   fb  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  102  e91dffffff             JMP 0x24
