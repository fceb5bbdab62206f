; membulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/membulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82fb000000           JB 0x10e
   13  4c89dc                 MOVQ R11, SP
   16  4c8955f0               MOVQ R10, -0x10(BP)
   1a  4889c3                 MOVQ AX, BX
   1d  4989c8                 MOVQ CX, R8
   20  4989d1                 MOVQ DX, R9
   23  4183bfb000000000       CMPL 0xb0(R15), $0x0
   2b  0f85e7000000           JNE 0x118
   31  468d1403               LEAL 0(BX)(R8*1), R10
   35  498bb7b8000000         MOVQ 0xb8(R15), SI
   3c  488b7608               MOVQ 0x8(SI), SI
   40  4c89c9                 MOVQ R9, CX
   43  4889df                 MOVQ BX, DI
   46  488d140f               LEAQ 0(DI)(CX*1), DX
   4a  4839f2                 CMPQ DX, SI
   4d  0f87d1000000           JA 0x124
   53  4c89c2                 MOVQ R8, DX
   56  488d040a               LEAQ 0(DX)(CX*1), AX
   5a  4839f0                 CMPQ AX, SI
   5d  0f87cb000000           JA 0x12e
   63  498d3416               LEAQ 0(R14)(DX*1), SI
   67  498d3c3e               LEAQ 0(R14)(DI*1), DI
   6b  41ff97e0000000         CALL 0xe0(R15)
   72  498bb7b8000000         MOVQ 0xb8(R15), SI
   79  488b7608               MOVQ 0x8(SI), SI
   7d  4c89c7                 MOVQ R8, DI
   80  4a8d140f               LEAQ 0(DI)(R9*1), DX
   84  4839f2                 CMPQ DX, SI
   87  0f87ab000000           JA 0x138
   8d  498d3c3e               LEAQ 0(R14)(DI*1), DI
   91  4889d8                 MOVQ BX, AX
   94  4c89c9                 MOVQ R9, CX
   97  41ff97e8000000         CALL 0xe8(R15)
   9e  498bb7b8000000         MOVQ 0xb8(R15), SI
   a5  488b7608               MOVQ 0x8(SI), SI
   a9  488d7b10               LEAQ 0x10(BX), DI
   ad  4839f7                 CMPQ DI, SI
   b0  0f878c000000           JA 0x142
   b6  4883fe38               CMPQ SI, $0x38
   ba  0f828c000000           JB 0x14c
   c0  498d7628               LEAQ 0x28(R14), SI
   c4  498d3c1e               LEAQ 0(R14)(BX*1), DI
   c8  b910000000             MOVL $0x10, CX
   cd  41ff97e0000000         CALL 0xe0(R15)
   d4  498b9fb8000000         MOVQ 0xb8(R15), BX
   db  488b5b08               MOVQ 0x8(BX), BX
   df  4881fb00000100         CMPQ BX, $0x10000
   e6  726e                   JB 0x156
   e8  498dbe00000100         LEAQ 0x10000(R14), DI
   ef  4c89c0                 MOVQ R8, AX
   f2  31c9                   XORL CX, CX
   f4  41ff97e8000000         CALL 0xe8(R15)
   fb  4181c200000100         ADDL $0x10000, R10
  102  4c89d0                 MOVQ R10, AX
  105  4c8b55f0               MOVQ -0x10(BP), R10
  109  4889ec                 MOVQ BP, SP
  10c  5d                     POPQ BP
  10d  c3                     RET
  10e  b802000000             MOVL $0x2, AX
  113  e800000000             CALL 0x118                     ; call thunk trap
  118  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  11f  e90dffffff             JMP 0x31
  124  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  129  e800000000             CALL 0x12e                     ; call thunk trap
  12e  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  133  e800000000             CALL 0x138                     ; call thunk trap
  138  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  13d  e800000000             CALL 0x142                     ; call thunk trap
  142  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  147  e800000000             CALL 0x14c                     ; call thunk trap
  14c  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  151  e800000000             CALL 0x156                     ; call thunk trap
  156  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  15b  e800000000             CALL 0x160                     ; call thunk trap
