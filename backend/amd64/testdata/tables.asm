; tables for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/tables.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f6000000           JB 0x109
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85ef000000           JNE 0x113
   24  498b9fb8000000         MOVQ 0xb8(R15), BX
   2b  488b5b48               MOVQ 0x48(BX), BX
   2f  488b7308               MOVQ 0x8(BX), SI
   33  4889c7                 MOVQ AX, DI
   36  4839f7                 CMPQ DI, SI
   39  0f83e0000000           JAE 0x11f
   3f  488b1b                 MOVQ 0(BX), BX
   42  488d1cfb               LEAQ 0(BX)(DI*8), BX
   46  488b1b                 MOVQ 0(BX), BX
   49  498bb7b8000000         MOVQ 0xb8(R15), SI
   50  488b7650               MOVQ 0x50(SI), SI
   54  488b7e08               MOVQ 0x8(SI), DI
   58  4989c8                 MOVQ CX, R8
   5b  4939f8                 CMPQ R8, DI
   5e  0f83c5000000           JAE 0x129
   64  488b36                 MOVQ 0(SI), SI
   67  4a8d34c6               LEAQ 0(SI)(R8*8), SI
   6b  488b36                 MOVQ 0(SI), SI
   6e  498bbfb8000000         MOVQ 0xb8(R15), DI
   75  488b7f50               MOVQ 0x50(DI), DI
   79  4c8b4708               MOVQ 0x8(DI), R8
   7d  4c39c0                 CMPQ AX, R8
   80  0f83ad000000           JAE 0x133
   86  488b3f                 MOVQ 0(DI), DI
   89  488d3cc7               LEAQ 0(DI)(AX*8), DI
   8d  48891f                 MOVQ BX, 0(DI)
   90  498b9fb8000000         MOVQ 0xb8(R15), BX
   97  488d9b38010000         LEAQ 0x138(BX), BX
   9e  498bbfb8000000         MOVQ 0xb8(R15), DI
   a5  488b7f48               MOVQ 0x48(DI), DI
   a9  4c8b4708               MOVQ 0x8(DI), R8
   ad  4c39c1                 CMPQ CX, R8
   b0  0f8387000000           JAE 0x13d
   b6  488b3f                 MOVQ 0(DI), DI
   b9  488d3ccf               LEAQ 0(DI)(CX*8), DI
   bd  48891f                 MOVQ BX, 0(DI)
   c0  498b9fb8000000         MOVQ 0xb8(R15), BX
   c7  488b5b50               MOVQ 0x50(BX), BX
   cb  8b5b08                 MOVL 0x8(BX), BX
   ce  31ff                   XORL DI, DI
   d0  4d8b87b8000000         MOVQ 0xb8(R15), R8
   d7  4d8b4048               MOVQ 0x48(R8), R8
   db  4d8b4808               MOVQ 0x8(R8), R9
   df  4889da                 MOVQ BX, DX
   e2  4c39ca                 CMPQ DX, R9
   e5  7360                   JAE 0x147
   e7  4d8b00                 MOVQ 0(R8), R8
   ea  4d8d04d0               LEAQ 0(R8)(DX*8), R8
   ee  498938                 MOVQ DI, 0(R8)
   f1  4885f6                 TESTQ SI, SI
   f4  400f94c7               SETE DI
   f8  400fb6ff               MOVZX DI, DI
   fc  01fb                   ADDL DI, BX
   fe  4889d8                 MOVQ BX, AX
  101  4889f1                 MOVQ SI, CX
  104  4889ec                 MOVQ BP, SP
  107  5d                     POPQ BP
  108  c3                     RET
  109  b802000000             MOVL $0x2, AX
  10e  e800000000             CALL 0x113                     ; call thunk trap
  113  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  11a  e905ffffff             JMP 0x24
  11f  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  124  e800000000             CALL 0x129                     ; call thunk trap
  129  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  12e  e800000000             CALL 0x133                     ; call thunk trap
  133  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  138  e800000000             CALL 0x13d                     ; call thunk trap
  13d  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  142  e800000000             CALL 0x147                     ; call thunk trap
  147  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  14c  e800000000             CALL 0x151                     ; call thunk trap
