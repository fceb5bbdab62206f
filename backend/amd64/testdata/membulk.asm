; membulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/membulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f2000000           JB 0x105
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4989cc                 MOVQ CX, R12
   1c  4989d5                 MOVQ DX, R13
   1f  4183bfb000000000       CMPL 0xb0(R15), $0x0
   27  0f85e2000000           JNE 0x10f
   2d  438d1c22               LEAL 0(R10)(R12*1), BX
   31  498bb7b8000000         MOVQ 0xb8(R15), SI
   38  488b7608               MOVQ 0x8(SI), SI
   3c  4c89e9                 MOVQ R13, CX
   3f  4c89d7                 MOVQ R10, DI
   42  4c8d040f               LEAQ 0(DI)(CX*1), R8
   46  4939f0                 CMPQ R8, SI
   49  0f87cc000000           JA 0x11b
   4f  4d89e0                 MOVQ R12, R8
   52  4d8d0c08               LEAQ 0(R8)(CX*1), R9
   56  4939f1                 CMPQ R9, SI
   59  0f87c6000000           JA 0x125
   5f  4b8d3406               LEAQ 0(R14)(R8*1), SI
   63  498d3c3e               LEAQ 0(R14)(DI*1), DI
   67  41ff97e0000000         CALL 0xe0(R15)
   6e  498bb7b8000000         MOVQ 0xb8(R15), SI
   75  488b7608               MOVQ 0x8(SI), SI
   79  4c89e7                 MOVQ R12, DI
   7c  4e8d042f               LEAQ 0(DI)(R13*1), R8
   80  4939f0                 CMPQ R8, SI
   83  0f87a6000000           JA 0x12f
   89  498d3c3e               LEAQ 0(R14)(DI*1), DI
   8d  4c89d0                 MOVQ R10, AX
   90  4c89e9                 MOVQ R13, CX
   93  41ff97e8000000         CALL 0xe8(R15)
   9a  4d8bafb8000000         MOVQ 0xb8(R15), R13
   a1  4d8b6d08               MOVQ 0x8(R13), R13
   a5  498d7210               LEAQ 0x10(R10), SI
   a9  4c39ee                 CMPQ SI, R13
   ac  0f8787000000           JA 0x139
   b2  4983fd38               CMPQ R13, $0x38
   b6  0f8287000000           JB 0x143
   bc  498d7628               LEAQ 0x28(R14), SI
   c0  4b8d3c16               LEAQ 0(R14)(R10*1), DI
   c4  b910000000             MOVL $0x10, CX
   c9  41ff97e0000000         CALL 0xe0(R15)
   d0  4d8b97b8000000         MOVQ 0xb8(R15), R10
   d7  4d8b5208               MOVQ 0x8(R10), R10
   db  4981fa00000100         CMPQ R10, $0x10000
   e2  7269                   JB 0x14d
   e4  498dbe00000100         LEAQ 0x10000(R14), DI
   eb  4c89e0                 MOVQ R12, AX
   ee  31c9                   XORL CX, CX
   f0  41ff97e8000000         CALL 0xe8(R15)
   f7  81c300000100           ADDL $0x10000, BX
   fd  4889d8                 MOVQ BX, AX
  100  4889ec                 MOVQ BP, SP
  103  5d                     POPQ BP
  104  c3                     RET
  105  b802000000             MOVL $0x2, AX
  10a  e800000000             CALL 0x10f                     ; call thunk trap
  10f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  116  e912ffffff             JMP 0x2d
  11b  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  120  e800000000             CALL 0x125                     ; call thunk trap
  125  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  12a  e800000000             CALL 0x12f                     ; call thunk trap
  12f  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  134  e800000000             CALL 0x139                     ; call thunk trap
  139  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  13e  e800000000             CALL 0x143                     ; call thunk trap
  143  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  148  e800000000             CALL 0x14d                     ; call thunk trap
  14d  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  152  e800000000             CALL 0x157                     ; call thunk trap
