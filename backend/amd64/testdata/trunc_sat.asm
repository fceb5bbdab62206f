; trunc_sat for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc_sat.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82ae020000           JB 0x2c1
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85a7020000           JNE 0x2cb
   24  4531d2                 XORL R10, R10
   27  0f2ec0                 UCOMISS X0, X0
   2a  7a37                   JP 0x63
   2c  41bb000000cf           MOVL $-0x31000000, R11
   32  66450f6efb             MOVD R11, X15
   37  410f2ec7               UCOMISS X15, X0
   3b  7308                   JAE 0x45
   3d  41ba00000080           MOVL $-0x80000000, R10
   43  eb1e                   JMP 0x63
   45  41bb0000004f           MOVL $0x4f000000, R11
   4b  66450f6efb             MOVD R11, X15
   50  410f2ec7               UCOMISS X15, X0
   54  7208                   JB 0x5e
   56  41baffffff7f           MOVL $0x7fffffff, R10
   5c  eb05                   JMP 0x63
   5e  f3440f2cd0             CVTTSS2SIL X0, R10
   63  31db                   XORL BX, BX
   65  0f2ec0                 UCOMISS X0, X0
   68  7a32                   JP 0x9c
   6a  41bb000080bf           MOVL $-0x40800000, R11
   70  66450f6efb             MOVD R11, X15
   75  410f2ec7               UCOMISS X15, X0
   79  7704                   JA 0x7f
   7b  31db                   XORL BX, BX
   7d  eb1d                   JMP 0x9c
   7f  41bb0000804f           MOVL $0x4f800000, R11
   85  66450f6efb             MOVD R11, X15
   8a  410f2ec7               UCOMISS X15, X0
   8e  7207                   JB 0x97
   90  bbffffffff             MOVL $-0x1, BX
   95  eb05                   JMP 0x9c
   97  f3480f2cd8             CVTTSS2SIQ X0, BX
   9c  31f6                   XORL SI, SI
   9e  660f2ec9               UCOMISD X1, X1
   a2  7a3e                   JP 0xe2
   a4  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   ae  664d0f6efb             MOVQ R11, X15
   b3  66410f2ecf             UCOMISD X15, X1
   b8  7707                   JA 0xc1
   ba  be00000080             MOVL $-0x80000000, SI
   bf  eb21                   JMP 0xe2
   c1  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   cb  664d0f6efb             MOVQ R11, X15
   d0  66410f2ecf             UCOMISD X15, X1
   d5  7207                   JB 0xde
   d7  beffffff7f             MOVL $0x7fffffff, SI
   dc  eb04                   JMP 0xe2
   de  f20f2cf1               CVTTSD2SIL X1, SI
   e2  31ff                   XORL DI, DI
   e4  660f2ec9               UCOMISD X1, X1
   e8  7a3c                   JP 0x126
   ea  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   f4  664d0f6efb             MOVQ R11, X15
   f9  66410f2ecf             UCOMISD X15, X1
   fe  7704                   JA 0x104
  100  31ff                   XORL DI, DI
  102  eb22                   JMP 0x126
  104  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
  10e  664d0f6efb             MOVQ R11, X15
  113  66410f2ecf             UCOMISD X15, X1
  118  7207                   JB 0x121
  11a  bfffffffff             MOVL $-0x1, DI
  11f  eb05                   JMP 0x126
  121  f2480f2cf9             CVTTSD2SIQ X1, DI
  126  4531c0                 XORL R8, R8
  129  0f2ec0                 UCOMISS X0, X0
  12c  7a3f                   JP 0x16d
  12e  41bb000000df           MOVL $-0x21000000, R11
  134  66450f6efb             MOVD R11, X15
  139  410f2ec7               UCOMISS X15, X0
  13d  730c                   JAE 0x14b
  13f  49b80000000000000080   MOVQ $0x8000000000000000, R8
  149  eb22                   JMP 0x16d
  14b  41bb0000005f           MOVL $0x5f000000, R11
  151  66450f6efb             MOVD R11, X15
  156  410f2ec7               UCOMISS X15, X0
  15a  720c                   JB 0x168
  15c  49b8ffffffffffffff7f   MOVQ $0x7fffffffffffffff, R8
  166  eb05                   JMP 0x16d
  168  f34c0f2cc0             CVTTSS2SIQ X0, R8
  16d  4531c9                 XORL R9, R9
  170  0f2ec0                 UCOMISS X0, X0
  173  7a64                   JP 0x1d9
  175  41bb000080bf           MOVL $-0x40800000, R11
  17b  66450f6efb             MOVD R11, X15
  180  410f2ec7               UCOMISS X15, X0
  184  7705                   JA 0x18b
  186  4531c9                 XORL R9, R9
  189  eb4e                   JMP 0x1d9
  18b  41bb0000805f           MOVL $0x5f800000, R11
  191  66450f6efb             MOVD R11, X15
  196  410f2ec7               UCOMISS X15, X0
  19a  7209                   JB 0x1a5
  19c  49c7c1ffffffff         MOVQ $-0x1, R9
  1a3  eb34                   JMP 0x1d9
  1a5  41bb0000005f           MOVL $0x5f000000, R11
  1ab  66450f6efb             MOVD R11, X15
  1b0  410f2ec7               UCOMISS X15, X0
  1b4  721e                   JB 0x1d4
  1b6  f3410f5cc7             SUBSS X15, X0
  1bb  f34c0f2cc8             CVTTSS2SIQ X0, R9
  1c0  f3410f58c7             ADDSS X15, X0
  1c5  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  1cf  4d31d9                 XORQ R11, R9
  1d2  eb05                   JMP 0x1d9
  1d4  f34c0f2cc8             CVTTSS2SIQ X0, R9
  1d9  31d2                   XORL DX, DX
  1db  660f2ec9               UCOMISD X1, X1
  1df  7a49                   JP 0x22a
  1e1  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1eb  664d0f6efb             MOVQ R11, X15
  1f0  66410f2ecf             UCOMISD X15, X1
  1f5  730c                   JAE 0x203
  1f7  48ba0000000000000080   MOVQ $0x8000000000000000, DX
  201  eb27                   JMP 0x22a
  203  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  20d  664d0f6efb             MOVQ R11, X15
  212  66410f2ecf             UCOMISD X15, X1
  217  720c                   JB 0x225
  219  48baffffffffffffff7f   MOVQ $0x7fffffffffffffff, DX
  223  eb05                   JMP 0x22a
  225  f2480f2cd1             CVTTSD2SIQ X1, DX
  22a  31c9                   XORL CX, CX
  22c  660f2ec9               UCOMISD X1, X1
  230  7a72                   JP 0x2a4
  232  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  23c  664d0f6efb             MOVQ R11, X15
  241  66410f2ecf             UCOMISD X15, X1
  246  7704                   JA 0x24c
  248  31c9                   XORL CX, CX
  24a  eb58                   JMP 0x2a4
  24c  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  256  664d0f6efb             MOVQ R11, X15
  25b  66410f2ecf             UCOMISD X15, X1
  260  7209                   JB 0x26b
  262  48c7c1ffffffff         MOVQ $-0x1, CX
  269  eb39                   JMP 0x2a4
  26b  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  275  664d0f6efb             MOVQ R11, X15
  27a  66410f2ecf             UCOMISD X15, X1
  27f  721e                   JB 0x29f
  281  f2410f5ccf             SUBSD X15, X1
  286  f2480f2cc9             CVTTSD2SIQ X1, CX
  28b  f2410f58cf             ADDSD X15, X1
  290  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  29a  4c31d9                 XORQ R11, CX
  29d  eb05                   JMP 0x2a4
  29f  f2480f2cc9             CVTTSD2SIQ X1, CX
  2a4  4101da                 ADDL BX, R10
  2a7  4101f2                 ADDL SI, R10
  2aa  4101fa                 ADDL DI, R10
  2ad  4d01c8                 ADDQ R9, R8
  2b0  4901d0                 ADDQ DX, R8
  2b3  4901c8                 ADDQ CX, R8
  2b6  4c89d0                 MOVQ R10, AX
  2b9  4c89c1                 MOVQ R8, CX
  2bc  4889ec                 MOVQ BP, SP
  2bf  5d                     POPQ BP
  2c0  c3                     RET
  2c1  b802000000             MOVL $0x2, AX
  2c6  e800000000             CALL 0x2cb                     ; call thunk trap
  2cb  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  2d2  e94dfdffff             JMP 0x24
