; bulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d9c2450ffffff       LEAQ 0xffffff50(SP), R11
    c  4d3b5f20               CMPQ R11, 0x20(R15)
   10  0f8216020000           JB 0x22c
   16  4c89dc                 MOVQ R11, SP
   19  4c8955c8               MOVQ R10, -0x38(BP)
   1d  4c8965c0               MOVQ R12, -0x40(BP)
   21  4c896db8               MOVQ R13, -0x48(BP)
   25  440f1165a8             MOVUPS X12, -0x58(BP)
   2a  440f116d98             MOVUPS X13, -0x68(BP)
   2f  440f117588             MOVUPS X14, -0x78(BP)
   34  4889c6                 MOVQ AX, SI
   37  488975f8               MOVQ SI, -0x8(BP)
   3b  4889cf                 MOVQ CX, DI
   3e  48897df0               MOVQ DI, -0x10(BP)
   42  4989d0                 MOVQ DX, R8
   45  4c8945e8               MOVQ R8, -0x18(BP)
   49  4183bfb000000000       CMPL 0xb0(R15), $0x0
   51  0f85df010000           JNE 0x236
   57  b803000000             MOVL $0x3, AX
   5c  4889f1                 MOVQ SI, CX
   5f  4889fa                 MOVQ DI, DX
   62  4c89c3                 MOVQ R8, BX
   65  48890424               MOVQ AX, 0(SP)
   69  48894c2408             MOVQ CX, 0x8(SP)
   6e  4889542410             MOVQ DX, 0x10(SP)
   73  48895c2418             MOVQ BX, 0x18(SP)
   78  49896768               MOVQ SP, 0x68(R15)
   7c  49c7477004000000       MOVQ $0x4, 0x70(R15)
   84  49c7476001000000       MOVQ $0x1, 0x60(R15)
   8c  e800000000             CALL 0x91                      ; call thunk host-exit
   91  488b0424               MOVQ 0(SP), AX
   95  b803000000             MOVL $0x3, AX
   9a  48890424               MOVQ AX, 0(SP)
   9e  49896768               MOVQ SP, 0x68(R15)
   a2  49c7477001000000       MOVQ $0x1, 0x70(R15)
   aa  49c7476002000000       MOVQ $0x2, 0x60(R15)
   b2  e800000000             CALL 0xb7                      ; call thunk host-exit
   b7  488b0424               MOVQ 0(SP), AX
   bb  31db                   XORL BX, BX
   bd  48895de0               MOVQ BX, -0x20(BP)
   c1  b801000000             MOVL $0x1, AX
   c6  4889d9                 MOVQ BX, CX
   c9  488b75f8               MOVQ -0x8(BP), SI
   cd  4889f2                 MOVQ SI, DX
   d0  48890424               MOVQ AX, 0(SP)
   d4  48894c2408             MOVQ CX, 0x8(SP)
   d9  4889542410             MOVQ DX, 0x10(SP)
   de  49896768               MOVQ SP, 0x68(R15)
   e2  49c7477003000000       MOVQ $0x3, 0x70(R15)
   ea  49c7476003000000       MOVQ $0x3, 0x60(R15)
   f2  e800000000             CALL 0xf7                      ; call thunk host-exit
   f7  488b0424               MOVQ 0(SP), AX
   fb  4889c6                 MOVQ AX, SI
   fe  488975d8               MOVQ SI, -0x28(BP)
  102  31c0                   XORL AX, AX
  104  488b7df0               MOVQ -0x10(BP), DI
  108  4889f9                 MOVQ DI, CX
  10b  488b55e0               MOVQ -0x20(BP), DX
  10f  4c8b45e8               MOVQ -0x18(BP), R8
  113  4c89c3                 MOVQ R8, BX
  116  48890424               MOVQ AX, 0(SP)
  11a  48894c2408             MOVQ CX, 0x8(SP)
  11f  4889542410             MOVQ DX, 0x10(SP)
  124  48895c2418             MOVQ BX, 0x18(SP)
  129  49896768               MOVQ SP, 0x68(R15)
  12d  49c7477004000000       MOVQ $0x4, 0x70(R15)
  135  49c7476004000000       MOVQ $0x4, 0x60(R15)
  13d  e800000000             CALL 0x142                     ; call thunk host-exit
  142  488b0424               MOVQ 0(SP), AX
  146  b801000000             MOVL $0x1, AX
  14b  31c9                   XORL CX, CX
  14d  488b7df8               MOVQ -0x8(BP), DI
  151  4889fa                 MOVQ DI, DX
  154  4c8b45f0               MOVQ -0x10(BP), R8
  158  4c89c3                 MOVQ R8, BX
  15b  4c8b4de8               MOVQ -0x18(BP), R9
  15f  4c89ce                 MOVQ R9, SI
  162  48890424               MOVQ AX, 0(SP)
  166  48894c2408             MOVQ CX, 0x8(SP)
  16b  4889542410             MOVQ DX, 0x10(SP)
  170  48895c2418             MOVQ BX, 0x18(SP)
  175  4889742420             MOVQ SI, 0x20(SP)
  17a  49896768               MOVQ SP, 0x68(R15)
  17e  49c7477005000000       MOVQ $0x5, 0x70(R15)
  186  49c7476005000000       MOVQ $0x5, 0x60(R15)
  18e  e800000000             CALL 0x193                     ; call thunk host-exit
  193  488b0424               MOVQ 0(SP), AX
  197  b802000000             MOVL $0x2, AX
  19c  b901000000             MOVL $0x1, CX
  1a1  488b55f8               MOVQ -0x8(BP), DX
  1a5  488b5df0               MOVQ -0x10(BP), BX
  1a9  488b75e8               MOVQ -0x18(BP), SI
  1ad  48890424               MOVQ AX, 0(SP)
  1b1  48894c2408             MOVQ CX, 0x8(SP)
  1b6  4889542410             MOVQ DX, 0x10(SP)
  1bb  48895c2418             MOVQ BX, 0x18(SP)
  1c0  4889742420             MOVQ SI, 0x20(SP)
  1c5  49896768               MOVQ SP, 0x68(R15)
  1c9  49c7477005000000       MOVQ $0x5, 0x70(R15)
  1d1  49c7476006000000       MOVQ $0x6, 0x60(R15)
  1d9  e800000000             CALL 0x1de                     ; call thunk host-exit
  1de  488b0424               MOVQ 0(SP), AX
  1e2  b802000000             MOVL $0x2, AX
  1e7  48890424               MOVQ AX, 0(SP)
  1eb  49896768               MOVQ SP, 0x68(R15)
  1ef  49c7477001000000       MOVQ $0x1, 0x70(R15)
  1f7  49c7476007000000       MOVQ $0x7, 0x60(R15)
  1ff  e800000000             CALL 0x204                     ; call thunk host-exit
  204  488b0424               MOVQ 0(SP), AX
  208  488b45d8               MOVQ -0x28(BP), AX
  20c  4c8b55c8               MOVQ -0x38(BP), R10
  210  4c8b65c0               MOVQ -0x40(BP), R12
  214  4c8b6db8               MOVQ -0x48(BP), R13
  218  440f1065a8             MOVUPS -0x58(BP), X12
  21d  440f106d98             MOVUPS -0x68(BP), X13
  222  440f107588             MOVUPS -0x78(BP), X14
  227  4889ec                 MOVQ BP, SP
  22a  5d                     POPQ BP
  22b  c3                     RET
  22c  b802000000             MOVL $0x2, AX
  231  e800000000             CALL 0x236                     ; call thunk trap
  236  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  23d  e915feffff             JMP 0x57
