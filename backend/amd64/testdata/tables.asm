; tables for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/tables.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8535010000           JNE 0x147
   12  4d8b97b8000000         MOVQ 0xb8(R15), R10
   19  498b5a48               MOVQ 0x48(R10), BX
   1d  488b7308               MOVQ 0x8(BX), SI
   21  4839f0                 CMPQ AX, SI
   24  0f8329010000           JAE 0x153
   2a  488d3400               LEAQ 0(AX)(AX*1), SI
   2e  488b1b                 MOVQ 0(BX), BX
   31  488b1cf3               MOVQ 0(BX)(SI*8), BX
   35  498b7250               MOVQ 0x50(R10), SI
   39  488b7e08               MOVQ 0x8(SI), DI
   3d  4839f9                 CMPQ CX, DI
   40  0f8317010000           JAE 0x15d
   46  488d3c09               LEAQ 0(CX)(CX*1), DI
   4a  488b36                 MOVQ 0(SI), SI
   4d  488b34fe               MOVQ 0(SI)(DI*8), SI
   51  498b7a50               MOVQ 0x50(R10), DI
   55  4c8b4708               MOVQ 0x8(DI), R8
   59  4c39c0                 CMPQ AX, R8
   5c  0f8305010000           JAE 0x167
   62  4c8d0400               LEAQ 0(AX)(AX*1), R8
   66  488b3f                 MOVQ 0(DI), DI
   69  4885db                 TESTQ BX, BX
   6c  410f94c1               SETE R9
   70  450fb6c9               MOVZX R9, R9
   74  498d12                 LEAQ 0(R10), DX
   77  4585c9                 TESTL R9, R9
   7a  480f44d3               CMOVE BX, DX
   7e  488b12                 MOVQ 0(DX), DX
   81  31c0                   XORL AX, AX
   83  4585c9                 TESTL R9, R9
   86  480f44c2               CMOVE DX, AX
   8a  4e8d0cc7               LEAQ 0(DI)(R8*8), R9
   8e  49894108               MOVQ AX, 0x8(R9)
   92  4a8d3cc7               LEAQ 0(DI)(R8*8), DI
   96  48891f                 MOVQ BX, 0(DI)
   99  498d9a38010000         LEAQ 0x138(R10), BX
   a0  498b7a48               MOVQ 0x48(R10), DI
   a4  4c8b4708               MOVQ 0x8(DI), R8
   a8  4c39c1                 CMPQ CX, R8
   ab  0f83c0000000           JAE 0x171
   b1  4c8d0409               LEAQ 0(CX)(CX*1), R8
   b5  488b3f                 MOVQ 0(DI), DI
   b8  4885db                 TESTQ BX, BX
   bb  410f94c1               SETE R9
   bf  450fb6c9               MOVZX R9, R9
   c3  498d12                 LEAQ 0(R10), DX
   c6  4585c9                 TESTL R9, R9
   c9  480f44d3               CMOVE BX, DX
   cd  488b12                 MOVQ 0(DX), DX
   d0  31c9                   XORL CX, CX
   d2  4585c9                 TESTL R9, R9
   d5  480f44ca               CMOVE DX, CX
   d9  4e8d0cc7               LEAQ 0(DI)(R8*8), R9
   dd  49894908               MOVQ CX, 0x8(R9)
   e1  4a8d3cc7               LEAQ 0(DI)(R8*8), DI
   e5  48891f                 MOVQ BX, 0(DI)
   e8  498b5a50               MOVQ 0x50(R10), BX
   ec  8b5b08                 MOVL 0x8(BX), BX
   ef  31ff                   XORL DI, DI
   f1  4d8b4248               MOVQ 0x48(R10), R8
   f5  4d8b4808               MOVQ 0x8(R8), R9
   f9  4c39cb                 CMPQ BX, R9
   fc  737d                   JAE 0x17b
   fe  4c8d0c1b               LEAQ 0(BX)(BX*1), R9
  102  4d8b00                 MOVQ 0(R8), R8
  105  4885ff                 TESTQ DI, DI
  108  0f94c2                 SETE DL
  10b  0fb6d2                 MOVZX DL, DX
  10e  4d8d12                 LEAQ 0(R10), R10
  111  85d2                   TESTL DX, DX
  113  4c0f44d7               CMOVE DI, R10
  117  4d8b12                 MOVQ 0(R10), R10
  11a  31c9                   XORL CX, CX
  11c  85d2                   TESTL DX, DX
  11e  490f44ca               CMOVE R10, CX
  122  4f8d14c8               LEAQ 0(R8)(R9*8), R10
  126  49894a08               MOVQ CX, 0x8(R10)
  12a  4f8d14c8               LEAQ 0(R8)(R9*8), R10
  12e  49893a                 MOVQ DI, 0(R10)
  131  4885f6                 TESTQ SI, SI
  134  410f94c2               SETE R10
  138  450fb6d2               MOVZX R10, R10
  13c  4401d3                 ADDL R10, BX
  13f  4889d8                 MOVQ BX, AX
  142  4889f1                 MOVQ SI, CX
  145  5d                     POPQ BP
  146  c3                     RET
  147  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  14e  e9bffeffff             JMP 0x12
  153  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  158  e800000000             CALL 0x15d                     ; call thunk trap
  15d  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  162  e800000000             CALL 0x167                     ; call thunk trap
  167  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  16c  e800000000             CALL 0x171                     ; call thunk trap
  171  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  176  e800000000             CALL 0x17b                     ; call thunk trap
  17b  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  180  e800000000             CALL 0x185                     ; call thunk trap
