; trunc_sat for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc_sat.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f859a020000           JNE 0x2ac
   12  4531d2                 XORL R10, R10
   15  0f2ec0                 UCOMISS X0, X0
   18  7a37                   JP 0x51
   1a  41bb000000cf           MOVL $-0x31000000, R11
   20  66450f6efb             MOVD R11, X15
   25  410f2ec7               UCOMISS X15, X0
   29  7308                   JAE 0x33
   2b  41ba00000080           MOVL $-0x80000000, R10
   31  eb1e                   JMP 0x51
   33  41bb0000004f           MOVL $0x4f000000, R11
   39  66450f6efb             MOVD R11, X15
   3e  410f2ec7               UCOMISS X15, X0
   42  7208                   JB 0x4c
   44  41baffffff7f           MOVL $0x7fffffff, R10
   4a  eb05                   JMP 0x51
   4c  f3440f2cd0             CVTTSS2SIL X0, R10
   51  31db                   XORL BX, BX
   53  0f2ec0                 UCOMISS X0, X0
   56  7a32                   JP 0x8a
   58  41bb000080bf           MOVL $-0x40800000, R11
   5e  66450f6efb             MOVD R11, X15
   63  410f2ec7               UCOMISS X15, X0
   67  7704                   JA 0x6d
   69  31db                   XORL BX, BX
   6b  eb1d                   JMP 0x8a
   6d  41bb0000804f           MOVL $0x4f800000, R11
   73  66450f6efb             MOVD R11, X15
   78  410f2ec7               UCOMISS X15, X0
   7c  7207                   JB 0x85
   7e  bbffffffff             MOVL $-0x1, BX
   83  eb05                   JMP 0x8a
   85  f3480f2cd8             CVTTSS2SIQ X0, BX
   8a  31f6                   XORL SI, SI
   8c  660f2ec9               UCOMISD X1, X1
   90  7a3e                   JP 0xd0
   92  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   9c  664d0f6efb             MOVQ R11, X15
   a1  66410f2ecf             UCOMISD X15, X1
   a6  7707                   JA 0xaf
   a8  be00000080             MOVL $-0x80000000, SI
   ad  eb21                   JMP 0xd0
   af  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   b9  664d0f6efb             MOVQ R11, X15
   be  66410f2ecf             UCOMISD X15, X1
   c3  7207                   JB 0xcc
   c5  beffffff7f             MOVL $0x7fffffff, SI
   ca  eb04                   JMP 0xd0
   cc  f20f2cf1               CVTTSD2SIL X1, SI
   d0  31ff                   XORL DI, DI
   d2  660f2ec9               UCOMISD X1, X1
   d6  7a3c                   JP 0x114
   d8  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   e2  664d0f6efb             MOVQ R11, X15
   e7  66410f2ecf             UCOMISD X15, X1
   ec  7704                   JA 0xf2
   ee  31ff                   XORL DI, DI
   f0  eb22                   JMP 0x114
   f2  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
   fc  664d0f6efb             MOVQ R11, X15
  101  66410f2ecf             UCOMISD X15, X1
  106  7207                   JB 0x10f
  108  bfffffffff             MOVL $-0x1, DI
  10d  eb05                   JMP 0x114
  10f  f2480f2cf9             CVTTSD2SIQ X1, DI
  114  4531c0                 XORL R8, R8
  117  0f2ec0                 UCOMISS X0, X0
  11a  7a3f                   JP 0x15b
  11c  41bb000000df           MOVL $-0x21000000, R11
  122  66450f6efb             MOVD R11, X15
  127  410f2ec7               UCOMISS X15, X0
  12b  730c                   JAE 0x139
  12d  49b80000000000000080   MOVQ $0x8000000000000000, R8
  137  eb22                   JMP 0x15b
  139  41bb0000005f           MOVL $0x5f000000, R11
  13f  66450f6efb             MOVD R11, X15
  144  410f2ec7               UCOMISS X15, X0
  148  720c                   JB 0x156
  14a  49b8ffffffffffffff7f   MOVQ $0x7fffffffffffffff, R8
  154  eb05                   JMP 0x15b
  156  f34c0f2cc0             CVTTSS2SIQ X0, R8
  15b  4531c9                 XORL R9, R9
  15e  0f2ec0                 UCOMISS X0, X0
  161  7a64                   JP 0x1c7
  163  41bb000080bf           MOVL $-0x40800000, R11
  169  66450f6efb             MOVD R11, X15
  16e  410f2ec7               UCOMISS X15, X0
  172  7705                   JA 0x179
  174  4531c9                 XORL R9, R9
  177  eb4e                   JMP 0x1c7
  179  41bb0000805f           MOVL $0x5f800000, R11
  17f  66450f6efb             MOVD R11, X15
  184  410f2ec7               UCOMISS X15, X0
  188  7209                   JB 0x193
  18a  49c7c1ffffffff         MOVQ $-0x1, R9
  191  eb34                   JMP 0x1c7
  193  41bb0000005f           MOVL $0x5f000000, R11
  199  66450f6efb             MOVD R11, X15
  19e  410f2ec7               UCOMISS X15, X0
  1a2  721e                   JB 0x1c2
  1a4  f3410f5cc7             SUBSS X15, X0
  1a9  f34c0f2cc8             CVTTSS2SIQ X0, R9
  1ae  f3410f58c7             ADDSS X15, X0
  1b3  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  1bd  4d31d9                 XORQ R11, R9
  1c0  eb05                   JMP 0x1c7
  1c2  f34c0f2cc8             CVTTSS2SIQ X0, R9
  1c7  31d2                   XORL DX, DX
  1c9  660f2ec9               UCOMISD X1, X1
  1cd  7a49                   JP 0x218
  1cf  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1d9  664d0f6efb             MOVQ R11, X15
  1de  66410f2ecf             UCOMISD X15, X1
  1e3  730c                   JAE 0x1f1
  1e5  48ba0000000000000080   MOVQ $0x8000000000000000, DX
  1ef  eb27                   JMP 0x218
  1f1  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  1fb  664d0f6efb             MOVQ R11, X15
  200  66410f2ecf             UCOMISD X15, X1
  205  720c                   JB 0x213
  207  48baffffffffffffff7f   MOVQ $0x7fffffffffffffff, DX
  211  eb05                   JMP 0x218
  213  f2480f2cd1             CVTTSD2SIQ X1, DX
  218  31c9                   XORL CX, CX
  21a  660f2ec9               UCOMISD X1, X1
  21e  7a72                   JP 0x292
  220  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  22a  664d0f6efb             MOVQ R11, X15
  22f  66410f2ecf             UCOMISD X15, X1
  234  7704                   JA 0x23a
  236  31c9                   XORL CX, CX
  238  eb58                   JMP 0x292
  23a  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  244  664d0f6efb             MOVQ R11, X15
  249  66410f2ecf             UCOMISD X15, X1
  24e  7209                   JB 0x259
  250  48c7c1ffffffff         MOVQ $-0x1, CX
  257  eb39                   JMP 0x292
  259  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  263  664d0f6efb             MOVQ R11, X15
  268  66410f2ecf             UCOMISD X15, X1
  26d  721e                   JB 0x28d
  26f  f2410f5ccf             SUBSD X15, X1
  274  f2480f2cc9             CVTTSD2SIQ X1, CX
  279  f2410f58cf             ADDSD X15, X1
  27e  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  288  4c31d9                 XORQ R11, CX
  28b  eb05                   JMP 0x292
  28d  f2480f2cc9             CVTTSD2SIQ X1, CX
  292  4101da                 ADDL BX, R10
  295  4101f2                 ADDL SI, R10
  298  4101fa                 ADDL DI, R10
  29b  4d01c8                 ADDQ R9, R8
  29e  4901d0                 ADDQ DX, R8
  2a1  4901c8                 ADDQ CX, R8
  2a4  4c89d0                 MOVQ R10, AX
  2a7  4c89c1                 MOVQ R8, CX
  2aa  5d                     POPQ BP
  2ab  c3                     RET
  2ac  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  2b3  e95afdffff             JMP 0x12
