; membulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/membulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f0000000           JB 0x103
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4889cb                 MOVQ CX, BX
   1c  4989d0                 MOVQ DX, R8
   1f  4183bfb000000000       CMPL 0xb0(R15), $0x0
   27  0f85e0000000           JNE 0x10d
   2d  458d0c1a               LEAL 0(R10)(BX*1), R9
   31  498bb7b8000000         MOVQ 0xb8(R15), SI
   38  488b7608               MOVQ 0x8(SI), SI
   3c  4c89c1                 MOVQ R8, CX
   3f  4c89d7                 MOVQ R10, DI
   42  488d140f               LEAQ 0(DI)(CX*1), DX
   46  4839f2                 CMPQ DX, SI
   49  0f87ca000000           JA 0x119
   4f  4889da                 MOVQ BX, DX
   52  488d040a               LEAQ 0(DX)(CX*1), AX
   56  4839f0                 CMPQ AX, SI
   59  0f87c4000000           JA 0x123
   5f  498d3416               LEAQ 0(R14)(DX*1), SI
   63  498d3c3e               LEAQ 0(R14)(DI*1), DI
   67  41ff97e0000000         CALL 0xe0(R15)
   6e  498bb7b8000000         MOVQ 0xb8(R15), SI
   75  488b7608               MOVQ 0x8(SI), SI
   79  4889df                 MOVQ BX, DI
   7c  4a8d1407               LEAQ 0(DI)(R8*1), DX
   80  4839f2                 CMPQ DX, SI
   83  0f87a4000000           JA 0x12d
   89  498d3c3e               LEAQ 0(R14)(DI*1), DI
   8d  4c89d0                 MOVQ R10, AX
   90  4c89c1                 MOVQ R8, CX
   93  41ff97e8000000         CALL 0xe8(R15)
   9a  498bb7b8000000         MOVQ 0xb8(R15), SI
   a1  488b7608               MOVQ 0x8(SI), SI
   a5  498d7a10               LEAQ 0x10(R10), DI
   a9  4839f7                 CMPQ DI, SI
   ac  0f8785000000           JA 0x137
   b2  4883fe38               CMPQ SI, $0x38
   b6  0f8285000000           JB 0x141
   bc  498d7628               LEAQ 0x28(R14), SI
   c0  4b8d3c16               LEAQ 0(R14)(R10*1), DI
   c4  b910000000             MOVL $0x10, CX
   c9  41ff97e0000000         CALL 0xe0(R15)
   d0  4d8b97b8000000         MOVQ 0xb8(R15), R10
   d7  4d8b5208               MOVQ 0x8(R10), R10
   db  4981fa00000100         CMPQ R10, $0x10000
   e2  7267                   JB 0x14b
   e4  498dbe00000100         LEAQ 0x10000(R14), DI
   eb  4889d8                 MOVQ BX, AX
   ee  31c9                   XORL CX, CX
   f0  41ff97e8000000         CALL 0xe8(R15)
   f7  418d8100000100         LEAL 0x10000(R9), AX
   fe  4889ec                 MOVQ BP, SP
  101  5d                     POPQ BP
  102  c3                     RET
  103  b802000000             MOVL $0x2, AX
  108  e800000000             CALL 0x10d                     ; call thunk trap
  10d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  114  e914ffffff             JMP 0x2d
  119  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  11e  e800000000             CALL 0x123                     ; call thunk trap
  123  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  128  e800000000             CALL 0x12d                     ; call thunk trap
  12d  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  132  e800000000             CALL 0x137                     ; call thunk trap
  137  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  13c  e800000000             CALL 0x141                     ; call thunk trap
  141  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  146  e800000000             CALL 0x14b                     ; call thunk trap
  14b  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  150  e800000000             CALL 0x155                     ; call thunk trap
