; tables for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/tables.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8548010000           JNE 0x15a
   12  4d8b97b8000000         MOVQ 0xb8(R15), R10
   19  498b5a48               MOVQ 0x48(R10), BX
   1d  488b7308               MOVQ 0x8(BX), SI
   21  4889c7                 MOVQ AX, DI
   24  4839f7                 CMPQ DI, SI
   27  0f8339010000           JAE 0x166
   2d  4889fe                 MOVQ DI, SI
   30  4801fe                 ADDQ DI, SI
   33  488b1b                 MOVQ 0(BX), BX
   36  488b1cf3               MOVQ 0(BX)(SI*8), BX
   3a  498b7250               MOVQ 0x50(R10), SI
   3e  488b7e08               MOVQ 0x8(SI), DI
   42  4989c8                 MOVQ CX, R8
   45  4939f8                 CMPQ R8, DI
   48  0f8322010000           JAE 0x170
   4e  4c89c7                 MOVQ R8, DI
   51  4c01c7                 ADDQ R8, DI
   54  488b36                 MOVQ 0(SI), SI
   57  488b34fe               MOVQ 0(SI)(DI*8), SI
   5b  498b7a50               MOVQ 0x50(R10), DI
   5f  4c8b4708               MOVQ 0x8(DI), R8
   63  4c39c0                 CMPQ AX, R8
   66  0f830e010000           JAE 0x17a
   6c  4989c0                 MOVQ AX, R8
   6f  4901c0                 ADDQ AX, R8
   72  488b3f                 MOVQ 0(DI), DI
   75  4885db                 TESTQ BX, BX
   78  410f94c1               SETE R9
   7c  450fb6c9               MOVZX R9, R9
   80  498d12                 LEAQ 0(R10), DX
   83  4585c9                 TESTL R9, R9
   86  480f44d3               CMOVE BX, DX
   8a  488b12                 MOVQ 0(DX), DX
   8d  31c0                   XORL AX, AX
   8f  4585c9                 TESTL R9, R9
   92  480f44c2               CMOVE DX, AX
   96  4e8d0cc7               LEAQ 0(DI)(R8*8), R9
   9a  49894108               MOVQ AX, 0x8(R9)
   9e  4a8d3cc7               LEAQ 0(DI)(R8*8), DI
   a2  48891f                 MOVQ BX, 0(DI)
   a5  498d9a38010000         LEAQ 0x138(R10), BX
   ac  498b7a48               MOVQ 0x48(R10), DI
   b0  4c8b4708               MOVQ 0x8(DI), R8
   b4  4c39c1                 CMPQ CX, R8
   b7  0f83c7000000           JAE 0x184
   bd  4989c8                 MOVQ CX, R8
   c0  4901c8                 ADDQ CX, R8
   c3  488b3f                 MOVQ 0(DI), DI
   c6  4885db                 TESTQ BX, BX
   c9  410f94c1               SETE R9
   cd  450fb6c9               MOVZX R9, R9
   d1  498d12                 LEAQ 0(R10), DX
   d4  4585c9                 TESTL R9, R9
   d7  480f44d3               CMOVE BX, DX
   db  488b12                 MOVQ 0(DX), DX
   de  31c9                   XORL CX, CX
   e0  4585c9                 TESTL R9, R9
   e3  480f44ca               CMOVE DX, CX
   e7  4e8d0cc7               LEAQ 0(DI)(R8*8), R9
   eb  49894908               MOVQ CX, 0x8(R9)
   ef  4a8d3cc7               LEAQ 0(DI)(R8*8), DI
   f3  48891f                 MOVQ BX, 0(DI)
   f6  498b5a50               MOVQ 0x50(R10), BX
   fa  8b5b08                 MOVL 0x8(BX), BX
   fd  31ff                   XORL DI, DI
   ff  4d8b4248               MOVQ 0x48(R10), R8
  103  4d8b4808               MOVQ 0x8(R8), R9
  107  4889da                 MOVQ BX, DX
  10a  4c39ca                 CMPQ DX, R9
  10d  737f                   JAE 0x18e
  10f  4989d1                 MOVQ DX, R9
  112  4901d1                 ADDQ DX, R9
  115  4d8b00                 MOVQ 0(R8), R8
  118  4885ff                 TESTQ DI, DI
  11b  0f94c2                 SETE DL
  11e  0fb6d2                 MOVZX DL, DX
  121  4d8d12                 LEAQ 0(R10), R10
  124  85d2                   TESTL DX, DX
  126  4c0f44d7               CMOVE DI, R10
  12a  4d8b12                 MOVQ 0(R10), R10
  12d  31c9                   XORL CX, CX
  12f  85d2                   TESTL DX, DX
  131  490f44ca               CMOVE R10, CX
  135  4f8d14c8               LEAQ 0(R8)(R9*8), R10
  139  49894a08               MOVQ CX, 0x8(R10)
  13d  4f8d14c8               LEAQ 0(R8)(R9*8), R10
  141  49893a                 MOVQ DI, 0(R10)
  144  4885f6                 TESTQ SI, SI
  147  410f94c2               SETE R10
  14b  450fb6d2               MOVZX R10, R10
  14f  4401d3                 ADDL R10, BX
  152  4889d8                 MOVQ BX, AX
  155  4889f1                 MOVQ SI, CX
  158  5d                     POPQ BP
  159  c3                     RET
  15a  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  161  e9acfeffff             JMP 0x12
  166  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  16b  e800000000             CALL 0x170                     ; call thunk trap
  170  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  175  e800000000             CALL 0x17a                     ; call thunk trap
  17a  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  17f  e800000000             CALL 0x184                     ; call thunk trap
  184  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  189  e800000000             CALL 0x18e                     ; call thunk trap
  18e  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  193  e800000000             CALL 0x198                     ; call thunk trap
