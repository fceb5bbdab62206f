; membulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/membulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82e2000000           JB 0xf5
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4889cb                 MOVQ CX, BX
   1c  4989d0                 MOVQ DX, R8
   1f  458d0c1a               LEAL 0(R10)(BX*1), R9
   23  498bb7b8000000         MOVQ 0xb8(R15), SI
   2a  488b7608               MOVQ 0x8(SI), SI
   2e  4c89c1                 MOVQ R8, CX
   31  4c89d7                 MOVQ R10, DI
   34  488d140f               LEAQ 0(DI)(CX*1), DX
   38  4839f2                 CMPQ DX, SI
   3b  0f87d5000000           JA 0x116
   41  4889da                 MOVQ BX, DX
   44  488d040a               LEAQ 0(DX)(CX*1), AX
   48  4839f0                 CMPQ AX, SI
   4b  0f87cf000000           JA 0x120
   51  498d3416               LEAQ 0(R14)(DX*1), SI
   55  498d3c3e               LEAQ 0(R14)(DI*1), DI
   59  41ff97e0000000         CALL 0xe0(R15)
   60  498bb7b8000000         MOVQ 0xb8(R15), SI
   67  488b7608               MOVQ 0x8(SI), SI
   6b  4889df                 MOVQ BX, DI
   6e  4a8d1407               LEAQ 0(DI)(R8*1), DX
   72  4839f2                 CMPQ DX, SI
   75  0f87af000000           JA 0x12a
   7b  498d3c3e               LEAQ 0(R14)(DI*1), DI
   7f  4c89d0                 MOVQ R10, AX
   82  4c89c1                 MOVQ R8, CX
   85  41ff97e8000000         CALL 0xe8(R15)
   8c  498bb7b8000000         MOVQ 0xb8(R15), SI
   93  488b7608               MOVQ 0x8(SI), SI
   97  498d7a10               LEAQ 0x10(R10), DI
   9b  4839f7                 CMPQ DI, SI
   9e  0f8790000000           JA 0x134
   a4  4883fe38               CMPQ SI, $0x38
   a8  0f8290000000           JB 0x13e
   ae  498d7628               LEAQ 0x28(R14), SI
   b2  4b8d3c16               LEAQ 0(R14)(R10*1), DI
   b6  b910000000             MOVL $0x10, CX
   bb  41ff97e0000000         CALL 0xe0(R15)
   c2  4d8b97b8000000         MOVQ 0xb8(R15), R10
   c9  4d8b5208               MOVQ 0x8(R10), R10
   cd  4981fa00000100         CMPQ R10, $0x10000
   d4  7272                   JB 0x148
   d6  498dbe00000100         LEAQ 0x10000(R14), DI
   dd  4889d8                 MOVQ BX, AX
   e0  31c9                   XORL CX, CX
   e2  41ff97e8000000         CALL 0xe8(R15)
   e9  418d8100000100         LEAL 0x10000(R9), AX
   f0  4889ec                 MOVQ BP, SP
   f3  5d                     POPQ BP
   f4  c3                     RET
   f5  4183bfb000000000       CMPL 0xb0(R15), $0x0
   fd  7553                   JNE 0x152
   ff  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  106  0f8307ffffff           JAE 0x13
  10c  b802000000             MOVL $0x2, AX
  111  e800000000             CALL 0x116                     ; call thunk trap
  116  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  11b  e800000000             CALL 0x120                     ; call thunk trap
  120  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  125  e800000000             CALL 0x12a                     ; call thunk trap
  12a  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  12f  e800000000             CALL 0x134                     ; call thunk trap
  134  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  139  e800000000             CALL 0x13e                     ; call thunk trap
  13e  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  143  e800000000             CALL 0x148                     ; call thunk trap
  148  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  14d  e800000000             CALL 0x152                     ; call thunk trap
  152  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  159  e9a6feffff             JMP 0x4
