; tables for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/tables.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f85da000000           JNE 0xec
   12  4d8b97b8000000         MOVQ 0xb8(R15), R10
   19  4d8b5248               MOVQ 0x48(R10), R10
   1d  498b5a08               MOVQ 0x8(R10), BX
   21  4889c6                 MOVQ AX, SI
   24  4839de                 CMPQ SI, BX
   27  0f83cb000000           JAE 0xf8
   2d  4d8b12                 MOVQ 0(R10), R10
   30  4d8b14f2               MOVQ 0(R10)(SI*8), R10
   34  498b9fb8000000         MOVQ 0xb8(R15), BX
   3b  488b5b50               MOVQ 0x50(BX), BX
   3f  488b7308               MOVQ 0x8(BX), SI
   43  4889cf                 MOVQ CX, DI
   46  4839f7                 CMPQ DI, SI
   49  0f83b3000000           JAE 0x102
   4f  488b1b                 MOVQ 0(BX), BX
   52  488b1cfb               MOVQ 0(BX)(DI*8), BX
   56  498bb7b8000000         MOVQ 0xb8(R15), SI
   5d  488b7650               MOVQ 0x50(SI), SI
   61  488b7e08               MOVQ 0x8(SI), DI
   65  4839f8                 CMPQ AX, DI
   68  0f839e000000           JAE 0x10c
   6e  488b36                 MOVQ 0(SI), SI
   71  488d34c6               LEAQ 0(SI)(AX*8), SI
   75  4c8916                 MOVQ R10, 0(SI)
   78  4d8b97b8000000         MOVQ 0xb8(R15), R10
   7f  4d8d9238010000         LEAQ 0x138(R10), R10
   86  498bb7b8000000         MOVQ 0xb8(R15), SI
   8d  488b7648               MOVQ 0x48(SI), SI
   91  488b7e08               MOVQ 0x8(SI), DI
   95  4839f9                 CMPQ CX, DI
   98  737c                   JAE 0x116
   9a  488b36                 MOVQ 0(SI), SI
   9d  488d34ce               LEAQ 0(SI)(CX*8), SI
   a1  4c8916                 MOVQ R10, 0(SI)
   a4  4d8b97b8000000         MOVQ 0xb8(R15), R10
   ab  4d8b5250               MOVQ 0x50(R10), R10
   af  458b5208               MOVL 0x8(R10), R10
   b3  31f6                   XORL SI, SI
   b5  498bbfb8000000         MOVQ 0xb8(R15), DI
   bc  488b7f48               MOVQ 0x48(DI), DI
   c0  4c8b4708               MOVQ 0x8(DI), R8
   c4  4d89d1                 MOVQ R10, R9
   c7  4d39c1                 CMPQ R9, R8
   ca  7354                   JAE 0x120
   cc  488b3f                 MOVQ 0(DI), DI
   cf  4a8d3ccf               LEAQ 0(DI)(R9*8), DI
   d3  488937                 MOVQ SI, 0(DI)
   d6  4885db                 TESTQ BX, BX
   d9  400f94c6               SETE SI
   dd  400fb6f6               MOVZX SI, SI
   e1  4101f2                 ADDL SI, R10
   e4  4c89d0                 MOVQ R10, AX
   e7  4889d9                 MOVQ BX, CX
   ea  5d                     POPQ BP
   eb  c3                     RET
   ec  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   f3  e91affffff             JMP 0x12
   f8  b80a000000             MOVL $0xa, AX                  ; trap oob_table
   fd  e800000000             CALL 0x102                     ; call thunk trap
  102  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  107  e800000000             CALL 0x10c                     ; call thunk trap
  10c  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  111  e800000000             CALL 0x116                     ; call thunk trap
  116  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  11b  e800000000             CALL 0x120                     ; call thunk trap
  120  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  125  e800000000             CALL 0x12a                     ; call thunk trap
