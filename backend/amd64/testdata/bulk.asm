; bulk for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bulk.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d9c2450ffffff       LEAQ 0xffffff50(SP), R11
    c  4d3b5f20               CMPQ R11, 0x20(R15)
   10  0f820f020000           JB 0x225
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
   45  4183bfb000000000       CMPL 0xb0(R15), $0x0
   4d  0f85dc010000           JNE 0x22f
   53  b803000000             MOVL $0x3, AX
   58  4c89d1                 MOVQ R10, CX
   5b  4889f2                 MOVQ SI, DX
   5e  4889fb                 MOVQ DI, BX
   61  48890424               MOVQ AX, 0(SP)
   65  48894c2408             MOVQ CX, 0x8(SP)
   6a  4889542410             MOVQ DX, 0x10(SP)
   6f  48895c2418             MOVQ BX, 0x18(SP)
   74  49896768               MOVQ SP, 0x68(R15)
   78  49c7477004000000       MOVQ $0x4, 0x70(R15)
   80  49c7476001000000       MOVQ $0x1, 0x60(R15)
   88  e800000000             CALL 0x8d                      ; call thunk host-exit
   8d  488b0424               MOVQ 0(SP), AX
   91  b803000000             MOVL $0x3, AX
   96  48890424               MOVQ AX, 0(SP)
   9a  49896768               MOVQ SP, 0x68(R15)
   9e  49c7477001000000       MOVQ $0x1, 0x70(R15)
   a6  49c7476002000000       MOVQ $0x2, 0x60(R15)
   ae  e800000000             CALL 0xb3                      ; call thunk host-exit
   b3  488b0424               MOVQ 0(SP), AX
   b7  4531d2                 XORL R10, R10
   ba  4c8955e0               MOVQ R10, -0x20(BP)
   be  b801000000             MOVL $0x1, AX
   c3  4c89d1                 MOVQ R10, CX
   c6  488b5df8               MOVQ -0x8(BP), BX
   ca  4889da                 MOVQ BX, DX
   cd  48890424               MOVQ AX, 0(SP)
   d1  48894c2408             MOVQ CX, 0x8(SP)
   d6  4889542410             MOVQ DX, 0x10(SP)
   db  49896768               MOVQ SP, 0x68(R15)
   df  49c7477003000000       MOVQ $0x3, 0x70(R15)
   e7  49c7476003000000       MOVQ $0x3, 0x60(R15)
   ef  e800000000             CALL 0xf4                      ; call thunk host-exit
   f4  488b0424               MOVQ 0(SP), AX
   f8  4989c2                 MOVQ AX, R10
   fb  4c8955d8               MOVQ R10, -0x28(BP)
   ff  31c0                   XORL AX, AX
  101  488b75f0               MOVQ -0x10(BP), SI
  105  4889f1                 MOVQ SI, CX
  108  488b55e0               MOVQ -0x20(BP), DX
  10c  488b7de8               MOVQ -0x18(BP), DI
  110  4889fb                 MOVQ DI, BX
  113  48890424               MOVQ AX, 0(SP)
  117  48894c2408             MOVQ CX, 0x8(SP)
  11c  4889542410             MOVQ DX, 0x10(SP)
  121  48895c2418             MOVQ BX, 0x18(SP)
  126  49896768               MOVQ SP, 0x68(R15)
  12a  49c7477004000000       MOVQ $0x4, 0x70(R15)
  132  49c7476004000000       MOVQ $0x4, 0x60(R15)
  13a  e800000000             CALL 0x13f                     ; call thunk host-exit
  13f  488b0424               MOVQ 0(SP), AX
  143  b801000000             MOVL $0x1, AX
  148  31c9                   XORL CX, CX
  14a  4c8b55f8               MOVQ -0x8(BP), R10
  14e  4c89d2                 MOVQ R10, DX
  151  488b7df0               MOVQ -0x10(BP), DI
  155  4889fb                 MOVQ DI, BX
  158  4c8b45e8               MOVQ -0x18(BP), R8
  15c  4c89c6                 MOVQ R8, SI
  15f  48890424               MOVQ AX, 0(SP)
  163  48894c2408             MOVQ CX, 0x8(SP)
  168  4889542410             MOVQ DX, 0x10(SP)
  16d  48895c2418             MOVQ BX, 0x18(SP)
  172  4889742420             MOVQ SI, 0x20(SP)
  177  49896768               MOVQ SP, 0x68(R15)
  17b  49c7477005000000       MOVQ $0x5, 0x70(R15)
  183  49c7476005000000       MOVQ $0x5, 0x60(R15)
  18b  e800000000             CALL 0x190                     ; call thunk host-exit
  190  488b0424               MOVQ 0(SP), AX
  194  b802000000             MOVL $0x2, AX
  199  b901000000             MOVL $0x1, CX
  19e  488b55f8               MOVQ -0x8(BP), DX
  1a2  488b5df0               MOVQ -0x10(BP), BX
  1a6  488b75e8               MOVQ -0x18(BP), SI
  1aa  48890424               MOVQ AX, 0(SP)
  1ae  48894c2408             MOVQ CX, 0x8(SP)
  1b3  4889542410             MOVQ DX, 0x10(SP)
  1b8  48895c2418             MOVQ BX, 0x18(SP)
  1bd  4889742420             MOVQ SI, 0x20(SP)
  1c2  49896768               MOVQ SP, 0x68(R15)
  1c6  49c7477005000000       MOVQ $0x5, 0x70(R15)
  1ce  49c7476006000000       MOVQ $0x6, 0x60(R15)
  1d6  e800000000             CALL 0x1db                     ; call thunk host-exit
  1db  488b0424               MOVQ 0(SP), AX
  1df  b802000000             MOVL $0x2, AX
  1e4  48890424               MOVQ AX, 0(SP)
  1e8  49896768               MOVQ SP, 0x68(R15)
  1ec  49c7477001000000       MOVQ $0x1, 0x70(R15)
  1f4  49c7476007000000       MOVQ $0x7, 0x60(R15)
  1fc  e800000000             CALL 0x201                     ; call thunk host-exit
  201  488b0424               MOVQ 0(SP), AX
  205  488b45d8               MOVQ -0x28(BP), AX
  209  4c8b65c8               MOVQ -0x38(BP), R12
  20d  4c8b6dc0               MOVQ -0x40(BP), R13
  211  440f1065a8             MOVUPS -0x58(BP), X12
  216  440f106d98             MOVUPS -0x68(BP), X13
  21b  440f107588             MOVUPS -0x78(BP), X14
  220  4889ec                 MOVQ BP, SP
  223  5d                     POPQ BP
  224  c3                     RET
  225  b802000000             MOVL $0x2, AX
  22a  e800000000             CALL 0x22f                     ; call thunk trap
  22f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  236  e918feffff             JMP 0x53
