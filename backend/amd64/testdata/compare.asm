; compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8206010000           JB 0x119
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85ff000000           JNE 0x123
   24  39c8                   CMPL AX, CX
   26  410f94c2               SETE R10
   2a  450fb6d2               MOVZX R10, R10
   2e  39c8                   CMPL AX, CX
   30  410f95c4               SETNE R12
   34  450fb6e4               MOVZX R12, R12
   38  39c8                   CMPL AX, CX
   3a  410f9cc5               SETL R13
   3e  450fb6ed               MOVZX R13, R13
   42  39c8                   CMPL AX, CX
   44  400f92c6               SETB SI
   48  400fb6f6               MOVZX SI, SI
   4c  39c8                   CMPL AX, CX
   4e  400f9fc7               SETG DI
   52  400fb6ff               MOVZX DI, DI
   56  39c8                   CMPL AX, CX
   58  410f97c0               SETA R8
   5c  450fb6c0               MOVZX R8, R8
   60  39c8                   CMPL AX, CX
   62  410f9ec1               SETLE R9
   66  450fb6c9               MOVZX R9, R9
   6a  4c894df8               MOVQ R9, -0x8(BP)
   6e  39c8                   CMPL AX, CX
   70  410f96c1               SETBE R9
   74  450fb6c9               MOVZX R9, R9
   78  4c894df0               MOVQ R9, -0x10(BP)
   7c  39c8                   CMPL AX, CX
   7e  410f9dc1               SETGE R9
   82  450fb6c9               MOVZX R9, R9
   86  39c8                   CMPL AX, CX
   88  0f93c1                 SETAE CL
   8b  0fb6c9                 MOVZX CL, CX
   8e  48894de8               MOVQ CX, -0x18(BP)
   92  4885d2                 TESTQ DX, DX
   95  0f94c1                 SETE CL
   98  0fb6c9                 MOVZX CL, CX
   9b  48894de0               MOVQ CX, -0x20(BP)
   9f  4885d2                 TESTQ DX, DX
   a2  0f95c1                 SETNE CL
   a5  0fb6c9                 MOVZX CL, CX
   a8  48894dd8               MOVQ CX, -0x28(BP)
   ac  4883fafb               CMPQ DX, $-0x5
   b0  0f9cc1                 SETL CL
   b3  0fb6c9                 MOVZX CL, CX
   b6  4839da                 CMPQ DX, BX
   b9  0f93c2                 SETAE DL
   bc  0fb6d2                 MOVZX DL, DX
   bf  85c0                   TESTL AX, AX
   c1  0f94c0                 SETE AL
   c4  0fb6c0                 MOVZX AL, AX
   c7  4885db                 TESTQ BX, BX
   ca  0f94c3                 SETE BL
   cd  0fb6db                 MOVZX BL, BX
   d0  4501e2                 ADDL R12, R10
   d3  4501ea                 ADDL R13, R10
   d6  4101f2                 ADDL SI, R10
   d9  4101fa                 ADDL DI, R10
   dc  4501c2                 ADDL R8, R10
   df  4c8b65f8               MOVQ -0x8(BP), R12
   e3  4501e2                 ADDL R12, R10
   e6  4c8b65f0               MOVQ -0x10(BP), R12
   ea  4501e2                 ADDL R12, R10
   ed  4501ca                 ADDL R9, R10
   f0  4c8b65e8               MOVQ -0x18(BP), R12
   f4  4501e2                 ADDL R12, R10
   f7  4c8b65e0               MOVQ -0x20(BP), R12
   fb  4501e2                 ADDL R12, R10
   fe  4c8b65d8               MOVQ -0x28(BP), R12
  102  4501e2                 ADDL R12, R10
  105  4101ca                 ADDL CX, R10
  108  4101d2                 ADDL DX, R10
  10b  4101c2                 ADDL AX, R10
  10e  4101da                 ADDL BX, R10
  111  4c89d0                 MOVQ R10, AX
  114  4889ec                 MOVQ BP, SP
  117  5d                     POPQ BP
  118  c3                     RET
  119  b802000000             MOVL $0x2, AX
  11e  e800000000             CALL 0x123                     ; call thunk trap
  123  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  12a  e9f5feffff             JMP 0x24
