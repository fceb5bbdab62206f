; bulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d9c2450ffffff       LEAQ 0xffffff50(SP), R11
    c  4d3b5f20               CMPQ R11, 0x20(R15)
   10  0f8201020000           JB 0x217
   16  4c89dc                 MOVQ R11, SP
   19  4c8965c8               MOVQ R12, -0x38(BP)
   1d  4c896dc0               MOVQ R13, -0x40(BP)
   21  440f1165a8             MOVUPS X12, -0x58(BP)
   26  440f116d98             MOVUPS X13, -0x68(BP)
   2b  440f117588             MOVUPS X14, -0x78(BP)
   30  4989c2                 MOVQ AX, R10
   33  4c8955f8               MOVQ R10, -0x8(BP)
   37  4889ce                 MOVQ CX, SI
   3a  488975f0               MOVQ SI, -0x10(BP)
   3e  4889d7                 MOVQ DX, DI
   41  48897de8               MOVQ DI, -0x18(BP)
   45  b803000000             MOVL $0x3, AX
   4a  4c89d1                 MOVQ R10, CX
   4d  4889f2                 MOVQ SI, DX
   50  4889fb                 MOVQ DI, BX
   53  48890424               MOVQ AX, 0(SP)
   57  48894c2408             MOVQ CX, 0x8(SP)
   5c  4889542410             MOVQ DX, 0x10(SP)
   61  48895c2418             MOVQ BX, 0x18(SP)
   66  49896768               MOVQ SP, 0x68(R15)
   6a  49c7477004000000       MOVQ $0x4, 0x70(R15)
   72  49c7476001000000       MOVQ $0x1, 0x60(R15)
   7a  e800000000             CALL 0x7f                      ; call thunk host-exit
   7f  488b0424               MOVQ 0(SP), AX
   83  b803000000             MOVL $0x3, AX
   88  48890424               MOVQ AX, 0(SP)
   8c  49896768               MOVQ SP, 0x68(R15)
   90  49c7477001000000       MOVQ $0x1, 0x70(R15)
   98  49c7476002000000       MOVQ $0x2, 0x60(R15)
   a0  e800000000             CALL 0xa5                      ; call thunk host-exit
   a5  488b0424               MOVQ 0(SP), AX
   a9  4531d2                 XORL R10, R10
   ac  4c8955e0               MOVQ R10, -0x20(BP)
   b0  b801000000             MOVL $0x1, AX
   b5  4c89d1                 MOVQ R10, CX
   b8  488b5df8               MOVQ -0x8(BP), BX
   bc  4889da                 MOVQ BX, DX
   bf  48890424               MOVQ AX, 0(SP)
   c3  48894c2408             MOVQ CX, 0x8(SP)
   c8  4889542410             MOVQ DX, 0x10(SP)
   cd  49896768               MOVQ SP, 0x68(R15)
   d1  49c7477003000000       MOVQ $0x3, 0x70(R15)
   d9  49c7476003000000       MOVQ $0x3, 0x60(R15)
   e1  e800000000             CALL 0xe6                      ; call thunk host-exit
   e6  488b0424               MOVQ 0(SP), AX
   ea  4989c2                 MOVQ AX, R10
   ed  4c8955d8               MOVQ R10, -0x28(BP)
   f1  31c0                   XORL AX, AX
   f3  488b75f0               MOVQ -0x10(BP), SI
   f7  4889f1                 MOVQ SI, CX
   fa  488b55e0               MOVQ -0x20(BP), DX
   fe  488b7de8               MOVQ -0x18(BP), DI
  102  4889fb                 MOVQ DI, BX
  105  48890424               MOVQ AX, 0(SP)
  109  48894c2408             MOVQ CX, 0x8(SP)
  10e  4889542410             MOVQ DX, 0x10(SP)
  113  48895c2418             MOVQ BX, 0x18(SP)
  118  49896768               MOVQ SP, 0x68(R15)
  11c  49c7477004000000       MOVQ $0x4, 0x70(R15)
  124  49c7476004000000       MOVQ $0x4, 0x60(R15)
  12c  e800000000             CALL 0x131                     ; call thunk host-exit
  131  488b0424               MOVQ 0(SP), AX
  135  b801000000             MOVL $0x1, AX
  13a  31c9                   XORL CX, CX
  13c  4c8b55f8               MOVQ -0x8(BP), R10
  140  4c89d2                 MOVQ R10, DX
  143  488b7df0               MOVQ -0x10(BP), DI
  147  4889fb                 MOVQ DI, BX
  14a  4c8b45e8               MOVQ -0x18(BP), R8
  14e  4c89c6                 MOVQ R8, SI
  151  48890424               MOVQ AX, 0(SP)
  155  48894c2408             MOVQ CX, 0x8(SP)
  15a  4889542410             MOVQ DX, 0x10(SP)
  15f  48895c2418             MOVQ BX, 0x18(SP)
  164  4889742420             MOVQ SI, 0x20(SP)
  169  49896768               MOVQ SP, 0x68(R15)
  16d  49c7477005000000       MOVQ $0x5, 0x70(R15)
  175  49c7476005000000       MOVQ $0x5, 0x60(R15)
  17d  e800000000             CALL 0x182                     ; call thunk host-exit
  182  488b0424               MOVQ 0(SP), AX
  186  b802000000             MOVL $0x2, AX
  18b  b901000000             MOVL $0x1, CX
  190  488b55f8               MOVQ -0x8(BP), DX
  194  488b5df0               MOVQ -0x10(BP), BX
  198  488b75e8               MOVQ -0x18(BP), SI
  19c  48890424               MOVQ AX, 0(SP)
  1a0  48894c2408             MOVQ CX, 0x8(SP)
  1a5  4889542410             MOVQ DX, 0x10(SP)
  1aa  48895c2418             MOVQ BX, 0x18(SP)
  1af  4889742420             MOVQ SI, 0x20(SP)
  1b4  49896768               MOVQ SP, 0x68(R15)
  1b8  49c7477005000000       MOVQ $0x5, 0x70(R15)
  1c0  49c7476006000000       MOVQ $0x6, 0x60(R15)
  1c8  e800000000             CALL 0x1cd                     ; call thunk host-exit
  1cd  488b0424               MOVQ 0(SP), AX
  1d1  b802000000             MOVL $0x2, AX
  1d6  48890424               MOVQ AX, 0(SP)
  1da  49896768               MOVQ SP, 0x68(R15)
  1de  49c7477001000000       MOVQ $0x1, 0x70(R15)
  1e6  49c7476007000000       MOVQ $0x7, 0x60(R15)
  1ee  e800000000             CALL 0x1f3                     ; call thunk host-exit
  1f3  488b0424               MOVQ 0(SP), AX
  1f7  488b45d8               MOVQ -0x28(BP), AX
  1fb  4c8b65c8               MOVQ -0x38(BP), R12
  1ff  4c8b6dc0               MOVQ -0x40(BP), R13
  203  440f1065a8             MOVUPS -0x58(BP), X12
  208  440f106d98             MOVUPS -0x68(BP), X13
  20d  440f107588             MOVUPS -0x78(BP), X14
  212  4889ec                 MOVQ BP, SP
  215  5d                     POPQ BP
  216  c3                     RET
  217  4183bfb000000000       CMPL 0xb0(R15), $0x0
  21f  7517                   JNE 0x238
  221  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  228  0f83e8fdffff           JAE 0x16
  22e  b802000000             MOVL $0x2, AX
  233  e800000000             CALL 0x238                     ; call thunk trap
  238  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  23f  e9c0fdffff             JMP 0x4
