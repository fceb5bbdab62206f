; membulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/membulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82d9000000           JB 0xec
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4889cb                 MOVQ CX, BX
   1c  4989d0                 MOVQ DX, R8
   1f  458d0c1a               LEAL 0(R10)(BX*1), R9
   23  498bb7b8000000         MOVQ 0xb8(R15), SI
   2a  488b7608               MOVQ 0x8(SI), SI
   2e  4b8d3c02               LEAQ 0(R10)(R8*1), DI
   32  4839f7                 CMPQ DI, SI
   35  0f87d2000000           JA 0x10d
   3b  4a8d3c03               LEAQ 0(BX)(R8*1), DI
   3f  4839f7                 CMPQ DI, SI
   42  0f87cf000000           JA 0x117
   48  498d341e               LEAQ 0(R14)(BX*1), SI
   4c  4b8d3c16               LEAQ 0(R14)(R10*1), DI
   50  4c89c1                 MOVQ R8, CX
   53  41ff97e0000000         CALL 0xe0(R15)
   5a  498bb7b8000000         MOVQ 0xb8(R15), SI
   61  488b7608               MOVQ 0x8(SI), SI
   65  4a8d3c03               LEAQ 0(BX)(R8*1), DI
   69  4839f7                 CMPQ DI, SI
   6c  0f87af000000           JA 0x121
   72  498d3c1e               LEAQ 0(R14)(BX*1), DI
   76  4c89d0                 MOVQ R10, AX
   79  4c89c1                 MOVQ R8, CX
   7c  41ff97e8000000         CALL 0xe8(R15)
   83  498bb7b8000000         MOVQ 0xb8(R15), SI
   8a  488b7608               MOVQ 0x8(SI), SI
   8e  498d7a10               LEAQ 0x10(R10), DI
   92  4839f7                 CMPQ DI, SI
   95  0f8790000000           JA 0x12b
   9b  4883fe38               CMPQ SI, $0x38
   9f  0f8290000000           JB 0x135
   a5  498d7628               LEAQ 0x28(R14), SI
   a9  4b8d3c16               LEAQ 0(R14)(R10*1), DI
   ad  b910000000             MOVL $0x10, CX
   b2  41ff97e0000000         CALL 0xe0(R15)
   b9  4d8b97b8000000         MOVQ 0xb8(R15), R10
   c0  4d8b5208               MOVQ 0x8(R10), R10
   c4  4981fa00000100         CMPQ R10, $0x10000
   cb  7272                   JB 0x13f
   cd  498dbe00000100         LEAQ 0x10000(R14), DI
   d4  4889d8                 MOVQ BX, AX
   d7  31c9                   XORL CX, CX
   d9  41ff97e8000000         CALL 0xe8(R15)
   e0  418d8100000100         LEAL 0x10000(R9), AX
   e7  4889ec                 MOVQ BP, SP
   ea  5d                     POPQ BP
   eb  c3                     RET
   ec  4183bfb000000000       CMPL 0xb0(R15), $0x0
   f4  7553                   JNE 0x149
   f6  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   fd  0f8310ffffff           JAE 0x13
  103  b802000000             MOVL $0x2, AX
  108  e800000000             CALL 0x10d                     ; call thunk trap
  10d  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  112  e800000000             CALL 0x117                     ; call thunk trap
  117  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  11c  e800000000             CALL 0x121                     ; call thunk trap
  121  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  126  e800000000             CALL 0x12b                     ; call thunk trap
  12b  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  130  e800000000             CALL 0x135                     ; call thunk trap
  135  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  13a  e800000000             CALL 0x13f                     ; call thunk trap
  13f  b801000000             MOVL $0x1, AX                  ; trap oob_memory
  144  e800000000             CALL 0x149                     ; call thunk trap
  149  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  150  e9affeffff             JMP 0x4
