; tables for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/tables.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8203010000           JB 0x116
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85fc000000           JNE 0x120
   24  4d8b97b8000000         MOVQ 0xb8(R15), R10
   2b  4d8b5248               MOVQ 0x48(R10), R10
   2f  4d8b6208               MOVQ 0x8(R10), R12
   33  4989c5                 MOVQ AX, R13
   36  4d39e5                 CMPQ R13, R12
   39  0f83ed000000           JAE 0x12c
   3f  4d8b12                 MOVQ 0(R10), R10
   42  4f8d14ea               LEAQ 0(R10)(R13*8), R10
   46  4d8b12                 MOVQ 0(R10), R10
   49  4d8ba7b8000000         MOVQ 0xb8(R15), R12
   50  4d8b642450             MOVQ 0x50(R12), R12
   55  4d8b6c2408             MOVQ 0x8(R12), R13
   5a  4889cb                 MOVQ CX, BX
   5d  4c39eb                 CMPQ BX, R13
   60  0f83d0000000           JAE 0x136
   66  4d8b2424               MOVQ 0(R12), R12
   6a  4d8d24dc               LEAQ 0(R12)(BX*8), R12
   6e  4d8b2424               MOVQ 0(R12), R12
   72  4d8bafb8000000         MOVQ 0xb8(R15), R13
   79  4d8b6d50               MOVQ 0x50(R13), R13
   7d  498b5d08               MOVQ 0x8(R13), BX
   81  4839d8                 CMPQ AX, BX
   84  0f83b6000000           JAE 0x140
   8a  4d8b6d00               MOVQ 0(R13), R13
   8e  4d8d6cc500             LEAQ 0(R13)(AX*8), R13
   93  4d895500               MOVQ R10, 0(R13)
   97  4d8b97b8000000         MOVQ 0xb8(R15), R10
   9e  4d8d9238010000         LEAQ 0x138(R10), R10
   a5  4d8bafb8000000         MOVQ 0xb8(R15), R13
   ac  4d8b6d48               MOVQ 0x48(R13), R13
   b0  498b5d08               MOVQ 0x8(R13), BX
   b4  4839d9                 CMPQ CX, BX
   b7  0f838d000000           JAE 0x14a
   bd  4d8b6d00               MOVQ 0(R13), R13
   c1  4d8d6ccd00             LEAQ 0(R13)(CX*8), R13
   c6  4d895500               MOVQ R10, 0(R13)
   ca  4d8b97b8000000         MOVQ 0xb8(R15), R10
   d1  4d8b5250               MOVQ 0x50(R10), R10
   d5  458b5208               MOVL 0x8(R10), R10
   d9  4531ed                 XORL R13, R13
   dc  498b9fb8000000         MOVQ 0xb8(R15), BX
   e3  488b5b48               MOVQ 0x48(BX), BX
   e7  488b7308               MOVQ 0x8(BX), SI
   eb  4c89d7                 MOVQ R10, DI
   ee  4839f7                 CMPQ DI, SI
   f1  7361                   JAE 0x154
   f3  488b1b                 MOVQ 0(BX), BX
   f6  488d1cfb               LEAQ 0(BX)(DI*8), BX
   fa  4c892b                 MOVQ R13, 0(BX)
   fd  4d85e4                 TESTQ R12, R12
  100  410f94c5               SETE R13
  104  450fb6ed               MOVZX R13, R13
  108  4501ea                 ADDL R13, R10
  10b  4c89d0                 MOVQ R10, AX
  10e  4c89e1                 MOVQ R12, CX
  111  4889ec                 MOVQ BP, SP
  114  5d                     POPQ BP
  115  c3                     RET
  116  b802000000             MOVL $0x2, AX
  11b  e800000000             CALL 0x120                     ; call thunk trap
  120  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  127  e9f8feffff             JMP 0x24
  12c  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  131  e800000000             CALL 0x136                     ; call thunk trap
  136  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  13b  e800000000             CALL 0x140                     ; call thunk trap
  140  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  145  e800000000             CALL 0x14a                     ; call thunk trap
  14a  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  14f  e800000000             CALL 0x154                     ; call thunk trap
  154  b80a000000             MOVL $0xa, AX                  ; trap oob_table
  159  e800000000             CALL 0x15e                     ; call thunk trap
