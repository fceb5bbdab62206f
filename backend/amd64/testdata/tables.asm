; tables for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/tables.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f85af000000           JNE 0xc1
   12  4d8b97b8000000         MOVQ 0xb8(R15), R10
   19  498b5a48               MOVQ 0x48(R10), BX
   1d  488b7308               MOVQ 0x8(BX), SI
   21  4889c7                 MOVQ AX, DI
   24  4839f7                 CMPQ DI, SI
   27  0f83a0000000           JAE 0xcd
   2d  488b1b                 MOVQ 0(BX), BX
   30  488b1cfb               MOVQ 0(BX)(DI*8), BX
   34  498b7250               MOVQ 0x50(R10), SI
   38  488b7e08               MOVQ 0x8(SI), DI
   3c  4989c8                 MOVQ CX, R8
   3f  4939f8                 CMPQ R8, DI
   42  0f838f000000           JAE 0xd7
   48  488b36                 MOVQ 0(SI), SI
   4b  4a8b34c6               MOVQ 0(SI)(R8*8), SI
   4f  498b7a50               MOVQ 0x50(R10), DI
   53  4c8b4708               MOVQ 0x8(DI), R8
   57  4c39c0                 CMPQ AX, R8
   5a  0f8381000000           JAE 0xe1
   60  488b3f                 MOVQ 0(DI), DI
   63  488d3cc7               LEAQ 0(DI)(AX*8), DI
   67  48891f                 MOVQ BX, 0(DI)
   6a  498d9a38010000         LEAQ 0x138(R10), BX
   71  498b7a48               MOVQ 0x48(R10), DI
   75  4c8b4708               MOVQ 0x8(DI), R8
   79  4c39c1                 CMPQ CX, R8
   7c  736d                   JAE 0xeb
   7e  488b3f                 MOVQ 0(DI), DI
   81  488d3ccf               LEAQ 0(DI)(CX*8), DI
   85  48891f                 MOVQ BX, 0(DI)
   88  498b5a50               MOVQ 0x50(R10), BX
   8c  8b5b08                 MOVL 0x8(BX), BX
   8f  31ff                   XORL DI, DI
   91  4d8b5248               MOVQ 0x48(R10), R10
   95  4d8b4208               MOVQ 0x8(R10), R8
   99  4989d9                 MOVQ BX, R9
   9c  4d39c1                 CMPQ R9, R8
   9f  7354                   JAE 0xf5
   a1  4d8b12                 MOVQ 0(R10), R10
   a4  4f8d14ca               LEAQ 0(R10)(R9*8), R10
   a8  49893a                 MOVQ DI, 0(R10)
   ab  4885f6                 TESTQ SI, SI
   ae  410f94c2               SETE R10
   b2  450fb6d2               MOVZX R10, R10
   b6  4401d3                 ADDL R10, BX
   b9  4889d8                 MOVQ BX, AX
   bc  4889f1                 MOVQ SI, CX
   bf  5d                     POPQ BP
   c0  c3                     RET
   c1  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   c8  e945ffffff             JMP 0x12
   cd  b80a000000             MOVL $0xa, AX                  ; trap oob_table
   d2  e800000000             CALL 0xd7                      ; call thunk trap
   d7  b80a000000             MOVL $0xa, AX                  ; trap oob_table
   dc  e800000000             CALL 0xe1                      ; call thunk trap
   e1  b80a000000             MOVL $0xa, AX                  ; trap oob_table
   e6  e800000000             CALL 0xeb                      ; call thunk trap
   eb  b80a000000             MOVL $0xa, AX                  ; trap oob_table
   f0  e800000000             CALL 0xf5                      ; call thunk trap
   f5  b80a000000             MOVL $0xa, AX                  ; trap oob_table
   fa  e800000000             CALL 0xff                      ; call thunk trap
