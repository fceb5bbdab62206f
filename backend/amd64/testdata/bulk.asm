; bulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24a0             LEAQ -0x60(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8261020000           JB 0x274
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4c8955f8               MOVQ R10, -0x8(BP)
   1d  4889cb                 MOVQ CX, BX
   20  48895df0               MOVQ BX, -0x10(BP)
   24  4889d6                 MOVQ DX, SI
   27  488975e8               MOVQ SI, -0x18(BP)
   2b  4183bfb000000000       CMPL 0xb0(R15), $0x0
   33  0f8545020000           JNE 0x27e
   39  4c89d0                 MOVQ R10, AX
   3c  4889d9                 MOVQ BX, CX
   3f  4889f2                 MOVQ SI, DX
   42  48890424               MOVQ AX, 0(SP)
   46  48894c2408             MOVQ CX, 0x8(SP)
   4b  4889542410             MOVQ DX, 0x10(SP)
   50  49896768               MOVQ SP, 0x68(R15)
   54  49c7477003000000       MOVQ $0x3, 0x70(R15)
   5c  49c7476001000000       MOVQ $0x1, 0x60(R15)
   64  e800000000             CALL 0x69                      ; call thunk host-exit
   69  488b0424               MOVQ 0(SP), AX
   6d  4c8b55f8               MOVQ -0x8(BP), R10
   71  4c89d0                 MOVQ R10, AX
   74  488b5df0               MOVQ -0x10(BP), BX
   78  4889d9                 MOVQ BX, CX
   7b  488b75e8               MOVQ -0x18(BP), SI
   7f  4889f2                 MOVQ SI, DX
   82  48890424               MOVQ AX, 0(SP)
   86  48894c2408             MOVQ CX, 0x8(SP)
   8b  4889542410             MOVQ DX, 0x10(SP)
   90  49896768               MOVQ SP, 0x68(R15)
   94  49c7477003000000       MOVQ $0x3, 0x70(R15)
   9c  49c7476002000000       MOVQ $0x2, 0x60(R15)
   a4  e800000000             CALL 0xa9                      ; call thunk host-exit
   a9  488b0424               MOVQ 0(SP), AX
   ad  b803000000             MOVL $0x3, AX
   b2  4c8b55f8               MOVQ -0x8(BP), R10
   b6  4c89d1                 MOVQ R10, CX
   b9  4c8b65f0               MOVQ -0x10(BP), R12
   bd  4c89e2                 MOVQ R12, DX
   c0  488b75e8               MOVQ -0x18(BP), SI
   c4  4889f3                 MOVQ SI, BX
   c7  48890424               MOVQ AX, 0(SP)
   cb  48894c2408             MOVQ CX, 0x8(SP)
   d0  4889542410             MOVQ DX, 0x10(SP)
   d5  48895c2418             MOVQ BX, 0x18(SP)
   da  49896768               MOVQ SP, 0x68(R15)
   de  49c7477004000000       MOVQ $0x4, 0x70(R15)
   e6  49c7476003000000       MOVQ $0x3, 0x60(R15)
   ee  e800000000             CALL 0xf3                      ; call thunk host-exit
   f3  488b0424               MOVQ 0(SP), AX
   f7  b803000000             MOVL $0x3, AX
   fc  48890424               MOVQ AX, 0(SP)
  100  49896768               MOVQ SP, 0x68(R15)
  104  49c7477001000000       MOVQ $0x1, 0x70(R15)
  10c  49c7476004000000       MOVQ $0x4, 0x60(R15)
  114  e800000000             CALL 0x119                     ; call thunk host-exit
  119  488b0424               MOVQ 0(SP), AX
  11d  4531d2                 XORL R10, R10
  120  4c8955e0               MOVQ R10, -0x20(BP)
  124  b801000000             MOVL $0x1, AX
  129  4c89d1                 MOVQ R10, CX
  12c  4c8b65f8               MOVQ -0x8(BP), R12
  130  4c89e2                 MOVQ R12, DX
  133  48890424               MOVQ AX, 0(SP)
  137  48894c2408             MOVQ CX, 0x8(SP)
  13c  4889542410             MOVQ DX, 0x10(SP)
  141  49896768               MOVQ SP, 0x68(R15)
  145  49c7477003000000       MOVQ $0x3, 0x70(R15)
  14d  49c7476005000000       MOVQ $0x5, 0x60(R15)
  155  e800000000             CALL 0x15a                     ; call thunk host-exit
  15a  488b0424               MOVQ 0(SP), AX
  15e  4989c2                 MOVQ AX, R10
  161  4c8955d8               MOVQ R10, -0x28(BP)
  165  31c0                   XORL AX, AX
  167  4c8b65f0               MOVQ -0x10(BP), R12
  16b  4c89e1                 MOVQ R12, CX
  16e  488b55e0               MOVQ -0x20(BP), DX
  172  488b75e8               MOVQ -0x18(BP), SI
  176  4889f3                 MOVQ SI, BX
  179  48890424               MOVQ AX, 0(SP)
  17d  48894c2408             MOVQ CX, 0x8(SP)
  182  4889542410             MOVQ DX, 0x10(SP)
  187  48895c2418             MOVQ BX, 0x18(SP)
  18c  49896768               MOVQ SP, 0x68(R15)
  190  49c7477004000000       MOVQ $0x4, 0x70(R15)
  198  49c7476006000000       MOVQ $0x6, 0x60(R15)
  1a0  e800000000             CALL 0x1a5                     ; call thunk host-exit
  1a5  488b0424               MOVQ 0(SP), AX
  1a9  b801000000             MOVL $0x1, AX
  1ae  31c9                   XORL CX, CX
  1b0  4c8b55f8               MOVQ -0x8(BP), R10
  1b4  4c89d2                 MOVQ R10, DX
  1b7  4c8b65f0               MOVQ -0x10(BP), R12
  1bb  4c89e3                 MOVQ R12, BX
  1be  4c8b6de8               MOVQ -0x18(BP), R13
  1c2  4c89ee                 MOVQ R13, SI
  1c5  48890424               MOVQ AX, 0(SP)
  1c9  48894c2408             MOVQ CX, 0x8(SP)
  1ce  4889542410             MOVQ DX, 0x10(SP)
  1d3  48895c2418             MOVQ BX, 0x18(SP)
  1d8  4889742420             MOVQ SI, 0x20(SP)
  1dd  49896768               MOVQ SP, 0x68(R15)
  1e1  49c7477005000000       MOVQ $0x5, 0x70(R15)
  1e9  49c7476007000000       MOVQ $0x7, 0x60(R15)
  1f1  e800000000             CALL 0x1f6                     ; call thunk host-exit
  1f6  488b0424               MOVQ 0(SP), AX
  1fa  b802000000             MOVL $0x2, AX
  1ff  b901000000             MOVL $0x1, CX
  204  488b55f8               MOVQ -0x8(BP), DX
  208  488b5df0               MOVQ -0x10(BP), BX
  20c  488b75e8               MOVQ -0x18(BP), SI
  210  48890424               MOVQ AX, 0(SP)
  214  48894c2408             MOVQ CX, 0x8(SP)
  219  4889542410             MOVQ DX, 0x10(SP)
  21e  48895c2418             MOVQ BX, 0x18(SP)
  223  4889742420             MOVQ SI, 0x20(SP)
  228  49896768               MOVQ SP, 0x68(R15)
  22c  49c7477005000000       MOVQ $0x5, 0x70(R15)
  234  49c7476008000000       MOVQ $0x8, 0x60(R15)
  23c  e800000000             CALL 0x241                     ; call thunk host-exit
  241  488b0424               MOVQ 0(SP), AX
  245  b802000000             MOVL $0x2, AX
  24a  48890424               MOVQ AX, 0(SP)
  24e  49896768               MOVQ SP, 0x68(R15)
  252  49c7477001000000       MOVQ $0x1, 0x70(R15)
  25a  49c7476009000000       MOVQ $0x9, 0x60(R15)
  262  e800000000             CALL 0x267                     ; call thunk host-exit
  267  488b0424               MOVQ 0(SP), AX
  26b  488b45d8               MOVQ -0x28(BP), AX
  26f  4889ec                 MOVQ BP, SP
  272  5d                     POPQ BP
  273  c3                     RET
  274  b802000000             MOVL $0x2, AX
  279  e800000000             CALL 0x27e                     ; call thunk trap
  27e  b80b000000             MOVL $0xb, AX                  ; trap interrupted
  283  e800000000             CALL 0x288                     ; call thunk trap
