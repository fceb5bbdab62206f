; compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8208010000           JB 0x11b
   13  4c89dc                 MOVQ R11, SP
   16  4c8965c8               MOVQ R12, -0x38(BP)
   1a  4c896dc0               MOVQ R13, -0x40(BP)
   1e  39c8                   CMPL AX, CX
   20  410f94c2               SETE R10
   24  450fb6d2               MOVZX R10, R10
   28  39c8                   CMPL AX, CX
   2a  400f95c6               SETNE SI
   2e  400fb6f6               MOVZX SI, SI
   32  39c8                   CMPL AX, CX
   34  400f9cc7               SETL DI
   38  400fb6ff               MOVZX DI, DI
   3c  39c8                   CMPL AX, CX
   3e  410f92c0               SETB R8
   42  450fb6c0               MOVZX R8, R8
   46  39c8                   CMPL AX, CX
   48  410f9fc1               SETG R9
   4c  450fb6c9               MOVZX R9, R9
   50  39c8                   CMPL AX, CX
   52  410f97c4               SETA R12
   56  450fb6e4               MOVZX R12, R12
   5a  39c8                   CMPL AX, CX
   5c  410f9ec5               SETLE R13
   60  450fb6ed               MOVZX R13, R13
   64  4c896df8               MOVQ R13, -0x8(BP)
   68  39c8                   CMPL AX, CX
   6a  410f96c5               SETBE R13
   6e  450fb6ed               MOVZX R13, R13
   72  4c896df0               MOVQ R13, -0x10(BP)
   76  39c8                   CMPL AX, CX
   78  410f9dc5               SETGE R13
   7c  450fb6ed               MOVZX R13, R13
   80  39c8                   CMPL AX, CX
   82  0f93c1                 SETAE CL
   85  0fb6c9                 MOVZX CL, CX
   88  48894de8               MOVQ CX, -0x18(BP)
   8c  4885d2                 TESTQ DX, DX
   8f  0f94c1                 SETE CL
   92  0fb6c9                 MOVZX CL, CX
   95  48894de0               MOVQ CX, -0x20(BP)
   99  4885d2                 TESTQ DX, DX
   9c  0f95c1                 SETNE CL
   9f  0fb6c9                 MOVZX CL, CX
   a2  48894dd8               MOVQ CX, -0x28(BP)
   a6  4883fafb               CMPQ DX, $-0x5
   aa  0f9cc1                 SETL CL
   ad  0fb6c9                 MOVZX CL, CX
   b0  4839da                 CMPQ DX, BX
   b3  0f93c2                 SETAE DL
   b6  0fb6d2                 MOVZX DL, DX
   b9  85c0                   TESTL AX, AX
   bb  0f94c0                 SETE AL
   be  0fb6c0                 MOVZX AL, AX
   c1  4885db                 TESTQ BX, BX
   c4  0f94c3                 SETE BL
   c7  0fb6db                 MOVZX BL, BX
   ca  4131f2                 XORL SI, R10
   cd  4131fa                 XORL DI, R10
   d0  4531c2                 XORL R8, R10
   d3  4531ca                 XORL R9, R10
   d6  4531e2                 XORL R12, R10
   d9  488b75f8               MOVQ -0x8(BP), SI
   dd  4131f2                 XORL SI, R10
   e0  488b75f0               MOVQ -0x10(BP), SI
   e4  4131f2                 XORL SI, R10
   e7  4531ea                 XORL R13, R10
   ea  488b75e8               MOVQ -0x18(BP), SI
   ee  4131f2                 XORL SI, R10
   f1  488b75e0               MOVQ -0x20(BP), SI
   f5  4131f2                 XORL SI, R10
   f8  488b75d8               MOVQ -0x28(BP), SI
   fc  4131f2                 XORL SI, R10
   ff  4131ca                 XORL CX, R10
  102  4131d2                 XORL DX, R10
  105  4131c2                 XORL AX, R10
  108  4131da                 XORL BX, R10
  10b  4c89d0                 MOVQ R10, AX
  10e  4c8b65c8               MOVQ -0x38(BP), R12
  112  4c8b6dc0               MOVQ -0x40(BP), R13
  116  4889ec                 MOVQ BP, SP
  119  5d                     POPQ BP
  11a  c3                     RET
  11b  4183bfb000000000       CMPL 0xb0(R15), $0x0
  123  7517                   JNE 0x13c
  125  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  12c  0f83e1feffff           JAE 0x13
  132  b802000000             MOVL $0x2, AX
  137  e800000000             CALL 0x13c                     ; call thunk trap
  13c  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  143  e9bcfeffff             JMP 0x4
