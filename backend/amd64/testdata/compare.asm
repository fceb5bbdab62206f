; compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24b0             LEAQ -0x50(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8214010000           JB 0x127
   13  4c89dc                 MOVQ R11, SP
   16  4c8955c8               MOVQ R10, -0x38(BP)
   1a  4c8965c0               MOVQ R12, -0x40(BP)
   1e  4c896db8               MOVQ R13, -0x48(BP)
   22  4183bfb000000000       CMPL 0xb0(R15), $0x0
   2a  0f8501010000           JNE 0x131
   30  39c8                   CMPL AX, CX
   32  400f94c6               SETE SI
   36  400fb6f6               MOVZX SI, SI
   3a  39c8                   CMPL AX, CX
   3c  400f95c7               SETNE DI
   40  400fb6ff               MOVZX DI, DI
   44  39c8                   CMPL AX, CX
   46  410f9cc0               SETL R8
   4a  450fb6c0               MOVZX R8, R8
   4e  39c8                   CMPL AX, CX
   50  410f92c1               SETB R9
   54  450fb6c9               MOVZX R9, R9
   58  39c8                   CMPL AX, CX
   5a  410f9fc2               SETG R10
   5e  450fb6d2               MOVZX R10, R10
   62  39c8                   CMPL AX, CX
   64  410f97c4               SETA R12
   68  450fb6e4               MOVZX R12, R12
   6c  39c8                   CMPL AX, CX
   6e  410f9ec5               SETLE R13
   72  450fb6ed               MOVZX R13, R13
   76  4c896df8               MOVQ R13, -0x8(BP)
   7a  39c8                   CMPL AX, CX
   7c  410f96c5               SETBE R13
   80  450fb6ed               MOVZX R13, R13
   84  4c896df0               MOVQ R13, -0x10(BP)
   88  39c8                   CMPL AX, CX
   8a  410f9dc5               SETGE R13
   8e  450fb6ed               MOVZX R13, R13
   92  39c8                   CMPL AX, CX
   94  0f93c1                 SETAE CL
   97  0fb6c9                 MOVZX CL, CX
   9a  48894de8               MOVQ CX, -0x18(BP)
   9e  4885d2                 TESTQ DX, DX
   a1  0f94c1                 SETE CL
   a4  0fb6c9                 MOVZX CL, CX
   a7  48894de0               MOVQ CX, -0x20(BP)
   ab  4885d2                 TESTQ DX, DX
   ae  0f95c1                 SETNE CL
   b1  0fb6c9                 MOVZX CL, CX
   b4  48894dd8               MOVQ CX, -0x28(BP)
   b8  4883fafb               CMPQ DX, $-0x5
   bc  0f9cc1                 SETL CL
   bf  0fb6c9                 MOVZX CL, CX
   c2  4839da                 CMPQ DX, BX
   c5  0f93c2                 SETAE DL
   c8  0fb6d2                 MOVZX DL, DX
   cb  85c0                   TESTL AX, AX
   cd  0f94c0                 SETE AL
   d0  0fb6c0                 MOVZX AL, AX
   d3  4885db                 TESTQ BX, BX
   d6  0f94c3                 SETE BL
   d9  0fb6db                 MOVZX BL, BX
   dc  01fe                   ADDL DI, SI
   de  4401c6                 ADDL R8, SI
   e1  4401ce                 ADDL R9, SI
   e4  4401d6                 ADDL R10, SI
   e7  4401e6                 ADDL R12, SI
   ea  488b7df8               MOVQ -0x8(BP), DI
   ee  01fe                   ADDL DI, SI
   f0  488b7df0               MOVQ -0x10(BP), DI
   f4  01fe                   ADDL DI, SI
   f6  4401ee                 ADDL R13, SI
   f9  488b7de8               MOVQ -0x18(BP), DI
   fd  01fe                   ADDL DI, SI
   ff  488b7de0               MOVQ -0x20(BP), DI
  103  01fe                   ADDL DI, SI
  105  488b7dd8               MOVQ -0x28(BP), DI
  109  01fe                   ADDL DI, SI
  10b  01ce                   ADDL CX, SI
  10d  01d6                   ADDL DX, SI
  10f  01c6                   ADDL AX, SI
  111  01de                   ADDL BX, SI
  113  4889f0                 MOVQ SI, AX
  116  4c8b55c8               MOVQ -0x38(BP), R10
  11a  4c8b65c0               MOVQ -0x40(BP), R12
  11e  4c8b6db8               MOVQ -0x48(BP), R13
  122  4889ec                 MOVQ BP, SP
  125  5d                     POPQ BP
  126  c3                     RET
  127  b802000000             MOVL $0x2, AX
  12c  e800000000             CALL 0x131                     ; call thunk trap
  131  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  138  e9f3feffff             JMP 0x30
