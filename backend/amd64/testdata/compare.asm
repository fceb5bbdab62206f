; compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8216010000           JB 0x129
   13  4c89dc                 MOVQ R11, SP
   16  4c8965c8               MOVQ R12, -0x38(BP)
   1a  4c896dc0               MOVQ R13, -0x40(BP)
   1e  4183bfb000000000       CMPL 0xb0(R15), $0x0
   26  0f8507010000           JNE 0x133
   2c  39c8                   CMPL AX, CX
   2e  410f94c2               SETE R10
   32  450fb6d2               MOVZX R10, R10
   36  39c8                   CMPL AX, CX
   38  400f95c6               SETNE SI
   3c  400fb6f6               MOVZX SI, SI
   40  39c8                   CMPL AX, CX
   42  400f9cc7               SETL DI
   46  400fb6ff               MOVZX DI, DI
   4a  39c8                   CMPL AX, CX
   4c  410f92c0               SETB R8
   50  450fb6c0               MOVZX R8, R8
   54  39c8                   CMPL AX, CX
   56  410f9fc1               SETG R9
   5a  450fb6c9               MOVZX R9, R9
   5e  39c8                   CMPL AX, CX
   60  410f97c4               SETA R12
   64  450fb6e4               MOVZX R12, R12
   68  39c8                   CMPL AX, CX
   6a  410f9ec5               SETLE R13
   6e  450fb6ed               MOVZX R13, R13
   72  4c896df8               MOVQ R13, -0x8(BP)
   76  39c8                   CMPL AX, CX
   78  410f96c5               SETBE R13
   7c  450fb6ed               MOVZX R13, R13
   80  4c896df0               MOVQ R13, -0x10(BP)
   84  39c8                   CMPL AX, CX
   86  410f9dc5               SETGE R13
   8a  450fb6ed               MOVZX R13, R13
   8e  39c8                   CMPL AX, CX
   90  0f93c1                 SETAE CL
   93  0fb6c9                 MOVZX CL, CX
   96  48894de8               MOVQ CX, -0x18(BP)
   9a  4885d2                 TESTQ DX, DX
   9d  0f94c1                 SETE CL
   a0  0fb6c9                 MOVZX CL, CX
   a3  48894de0               MOVQ CX, -0x20(BP)
   a7  4885d2                 TESTQ DX, DX
   aa  0f95c1                 SETNE CL
   ad  0fb6c9                 MOVZX CL, CX
   b0  48894dd8               MOVQ CX, -0x28(BP)
   b4  4883fafb               CMPQ DX, $-0x5
   b8  0f9cc1                 SETL CL
   bb  0fb6c9                 MOVZX CL, CX
   be  4839da                 CMPQ DX, BX
   c1  0f93c2                 SETAE DL
   c4  0fb6d2                 MOVZX DL, DX
   c7  85c0                   TESTL AX, AX
   c9  0f94c0                 SETE AL
   cc  0fb6c0                 MOVZX AL, AX
   cf  4885db                 TESTQ BX, BX
   d2  0f94c3                 SETE BL
   d5  0fb6db                 MOVZX BL, BX
   d8  4101f2                 ADDL SI, R10
   db  4101fa                 ADDL DI, R10
   de  4501c2                 ADDL R8, R10
   e1  4501ca                 ADDL R9, R10
   e4  4501e2                 ADDL R12, R10
   e7  488b75f8               MOVQ -0x8(BP), SI
   eb  4101f2                 ADDL SI, R10
   ee  488b75f0               MOVQ -0x10(BP), SI
   f2  4101f2                 ADDL SI, R10
   f5  4501ea                 ADDL R13, R10
   f8  488b75e8               MOVQ -0x18(BP), SI
   fc  4101f2                 ADDL SI, R10
   ff  488b75e0               MOVQ -0x20(BP), SI
  103  4101f2                 ADDL SI, R10
  106  488b75d8               MOVQ -0x28(BP), SI
  10a  4101f2                 ADDL SI, R10
  10d  4101ca                 ADDL CX, R10
  110  4101d2                 ADDL DX, R10
  113  4101c2                 ADDL AX, R10
  116  4101da                 ADDL BX, R10
  119  4c89d0                 MOVQ R10, AX
  11c  4c8b65c8               MOVQ -0x38(BP), R12
  120  4c8b6dc0               MOVQ -0x40(BP), R13
  124  4889ec                 MOVQ BP, SP
  127  5d                     POPQ BP
  128  c3                     RET
  129  b802000000             MOVL $0x2, AX
  12e  e800000000             CALL 0x133                     ; call thunk trap
  133  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  13a  e9edfeffff             JMP 0x2c
