; tables for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/tables.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f8000000           JB 0x10b
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85f1000000           JNE 0x115
   24  4d8b97b8000000         MOVQ 0xb8(R15), R10
   2b  4d8b5248               MOVQ 0x48(R10), R10
   2f  498b5a08               MOVQ 0x8(R10), BX
   33  4889c6                 MOVQ AX, SI
   36  4839de                 CMPQ SI, BX
   39  0f83e2000000           JAE 0x121
   3f  4d8b12                 MOVQ 0(R10), R10
   42  4d8d14f2               LEAQ 0(R10)(SI*8), R10
   46  4d8b12                 MOVQ 0(R10), R10
   49  498b9fb8000000         MOVQ 0xb8(R15), BX
   50  488b5b50               MOVQ 0x50(BX), BX
   54  488b7308               MOVQ 0x8(BX), SI
   58  4889cf                 MOVQ CX, DI
   5b  4839f7                 CMPQ DI, SI
   5e  0f83c7000000           JAE 0x12b
   64  488b1b                 MOVQ 0(BX), BX
   67  488d1cfb               LEAQ 0(BX)(DI*8), BX
   6b  488b1b                 MOVQ 0(BX), BX
   6e  498bb7b8000000         MOVQ 0xb8(R15), SI
   75  488b7650               MOVQ 0x50(SI), SI
   79  488b7e08               MOVQ 0x8(SI), DI
   7d  4839f8                 CMPQ AX, DI
   80  0f83af000000           JAE 0x135
   86  488b36                 MOVQ 0(SI), SI
   89  488d34c6               LEAQ 0(SI)(AX*8), SI
   8d  4c8916                 MOVQ R10, 0(SI)
   90  4d8b97b8000000         MOVQ 0xb8(R15), R10
   97  4d8d9238010000         LEAQ 0x138(R10), R10
   9e  498bb7b8000000         MOVQ 0xb8(R15), SI
   a5  488b7648               MOVQ 0x48(SI), SI
   a9  488b7e08               MOVQ 0x8(SI), DI
   ad  4839f9                 CMPQ CX, DI
   b0  0f8389000000           JAE 0x13f
   b6  488b36                 MOVQ 0(SI), SI
   b9  488d34ce               LEAQ 0(SI)(CX*8), SI
   bd  4c8916                 MOVQ R10, 0(SI)
   c0  4d8b97b8000000         MOVQ 0xb8(R15), R10
   c7  4d8b5250               MOVQ 0x50(R10), R10
   cb  458b5208               MOVL 0x8(R10), R10
   cf  31f6                   XORL SI, SI
   d1  498bbfb8000000         MOVQ 0xb8(R15), DI
   d8  488b7f48               MOVQ 0x48(DI), DI
   dc  4c8b4708               MOVQ 0x8(DI), R8
   e0  4d89d1                 MOVQ R10, R9
   e3  4d39c1                 CMPQ R9, R8
   e6  7361                   JAE 0x149
   e8  488b3f                 MOVQ 0(DI), DI
   eb  4a8d3ccf               LEAQ 0(DI)(R9*8), DI
   ef  488937                 MOVQ SI, 0(DI)
   f2  4885db                 TESTQ BX, BX
   f5  400f94c6               SETE SI
   f9  400fb6f6               MOVZX SI, SI
   fd  4101f2                 ADDL SI, R10
  100  4c89d0                 MOVQ R10, AX
  103  4889d9                 MOVQ BX, CX
  106  4889ec                 MOVQ BP, SP
  109  5d                     POPQ BP
  10a  c3                     RET
  10b  b802000000             MOVL $0x2, AX
  110  e800000000             CALL 0x115                     ; call thunk trap
  115  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  11c  e903ffffff             JMP 0x24
  121  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  126  e800000000             CALL 0x12b                     ; call thunk trap
  12b  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  130  e800000000             CALL 0x135                     ; call thunk trap
  135  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  13a  e800000000             CALL 0x13f                     ; call thunk trap
  13f  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  144  e800000000             CALL 0x149                     ; call thunk trap
  149  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  14e  e800000000             CALL 0x153                     ; call thunk trap
