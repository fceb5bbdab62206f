; bulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24a0             LEAQ -0x60(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82e1010000           JB 0x1f4
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4c8955f8               MOVQ R10, -0x8(BP)
   1d  4989cc                 MOVQ CX, R12
   20  4c8965f0               MOVQ R12, -0x10(BP)
   24  4889d6                 MOVQ DX, SI
   27  488975e8               MOVQ SI, -0x18(BP)
   2b  4183bfb000000000       CMPL 0xb0(R15), $0x0
   33  0f85c5010000           JNE 0x1fe
   39  b803000000             MOVL $0x3, AX
   3e  4c89d1                 MOVQ R10, CX
   41  4c89e2                 MOVQ R12, DX
   44  4889f3                 MOVQ SI, BX
   47  48890424               MOVQ AX, 0(SP)
   4b  48894c2408             MOVQ CX, 0x8(SP)
   50  4889542410             MOVQ DX, 0x10(SP)
   55  48895c2418             MOVQ BX, 0x18(SP)
   5a  49896768               MOVQ SP, 0x68(R15)
   5e  49c7477004000000       MOVQ $0x4, 0x70(R15)
   66  49c7476001000000       MOVQ $0x1, 0x60(R15)
   6e  e800000000             CALL 0x73                      ; call thunk host-exit
   73  488b0424               MOVQ 0(SP), AX
   77  b803000000             MOVL $0x3, AX
   7c  48890424               MOVQ AX, 0(SP)
   80  49896768               MOVQ SP, 0x68(R15)
   84  49c7477001000000       MOVQ $0x1, 0x70(R15)
   8c  49c7476002000000       MOVQ $0x2, 0x60(R15)
   94  e800000000             CALL 0x99                      ; call thunk host-exit
   99  488b0424               MOVQ 0(SP), AX
   9d  4531d2                 XORL R10, R10
   a0  4c8955e0               MOVQ R10, -0x20(BP)
   a4  b801000000             MOVL $0x1, AX
   a9  4c89d1                 MOVQ R10, CX
   ac  4c8b65f8               MOVQ -0x8(BP), R12
   b0  4c89e2                 MOVQ R12, DX
   b3  48890424               MOVQ AX, 0(SP)
   b7  48894c2408             MOVQ CX, 0x8(SP)
   bc  4889542410             MOVQ DX, 0x10(SP)
   c1  49896768               MOVQ SP, 0x68(R15)
   c5  49c7477003000000       MOVQ $0x3, 0x70(R15)
   cd  49c7476003000000       MOVQ $0x3, 0x60(R15)
   d5  e800000000             CALL 0xda                      ; call thunk host-exit
   da  488b0424               MOVQ 0(SP), AX
   de  4989c2                 MOVQ AX, R10
   e1  4c8955d8               MOVQ R10, -0x28(BP)
   e5  31c0                   XORL AX, AX
   e7  4c8b65f0               MOVQ -0x10(BP), R12
   eb  4c89e1                 MOVQ R12, CX
   ee  488b55e0               MOVQ -0x20(BP), DX
   f2  488b75e8               MOVQ -0x18(BP), SI
   f6  4889f3                 MOVQ SI, BX
   f9  48890424               MOVQ AX, 0(SP)
   fd  48894c2408             MOVQ CX, 0x8(SP)
  102  4889542410             MOVQ DX, 0x10(SP)
  107  48895c2418             MOVQ BX, 0x18(SP)
  10c  49896768               MOVQ SP, 0x68(R15)
  110  49c7477004000000       MOVQ $0x4, 0x70(R15)
  118  49c7476004000000       MOVQ $0x4, 0x60(R15)
  120  e800000000             CALL 0x125                     ; call thunk host-exit
  125  488b0424               MOVQ 0(SP), AX
  129  b801000000             MOVL $0x1, AX
  12e  31c9                   XORL CX, CX
  130  4c8b55f8               MOVQ -0x8(BP), R10
  134  4c89d2                 MOVQ R10, DX
  137  4c8b65f0               MOVQ -0x10(BP), R12
  13b  4c89e3                 MOVQ R12, BX
  13e  4c8b6de8               MOVQ -0x18(BP), R13
  142  4c89ee                 MOVQ R13, SI
  145  48890424               MOVQ AX, 0(SP)
  149  48894c2408             MOVQ CX, 0x8(SP)
  14e  4889542410             MOVQ DX, 0x10(SP)
  153  48895c2418             MOVQ BX, 0x18(SP)
  158  4889742420             MOVQ SI, 0x20(SP)
  15d  49896768               MOVQ SP, 0x68(R15)
  161  49c7477005000000       MOVQ $0x5, 0x70(R15)
  169  49c7476005000000       MOVQ $0x5, 0x60(R15)
  171  e800000000             CALL 0x176                     ; call thunk host-exit
  176  488b0424               MOVQ 0(SP), AX
  17a  b802000000             MOVL $0x2, AX
  17f  b901000000             MOVL $0x1, CX
  184  488b55f8               MOVQ -0x8(BP), DX
  188  488b5df0               MOVQ -0x10(BP), BX
  18c  488b75e8               MOVQ -0x18(BP), SI
  190  48890424               MOVQ AX, 0(SP)
  194  48894c2408             MOVQ CX, 0x8(SP)
  199  4889542410             MOVQ DX, 0x10(SP)
  19e  48895c2418             MOVQ BX, 0x18(SP)
  1a3  4889742420             MOVQ SI, 0x20(SP)
  1a8  49896768               MOVQ SP, 0x68(R15)
  1ac  49c7477005000000       MOVQ $0x5, 0x70(R15)
  1b4  49c7476006000000       MOVQ $0x6, 0x60(R15)
  1bc  e800000000             CALL 0x1c1                     ; call thunk host-exit
  1c1  488b0424               MOVQ 0(SP), AX
  1c5  b802000000             MOVL $0x2, AX
  1ca  48890424               MOVQ AX, 0(SP)
  1ce  49896768               MOVQ SP, 0x68(R15)
  1d2  49c7477001000000       MOVQ $0x1, 0x70(R15)
  1da  49c7476007000000       MOVQ $0x7, 0x60(R15)
  1e2  e800000000             CALL 0x1e7                     ; call thunk host-exit
  1e7  488b0424               MOVQ 0(SP), AX
  1eb  488b45d8               MOVQ -0x28(BP), AX
  1ef  4889ec                 MOVQ BP, SP
  1f2  5d                     POPQ BP
  1f3  c3                     RET
  1f4  b802000000             MOVL $0x2, AX
  1f9  e800000000             CALL 0x1fe                     ; call thunk trap
  1fe  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  205  e92ffeffff             JMP 0x39
