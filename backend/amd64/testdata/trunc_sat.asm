; trunc_sat for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc_sat.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82b5020000           JB 0x2c8
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85ae020000           JNE 0x2d2
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
   63  4531e4                 XORL R12, R12
   66  0f2ec0                 UCOMISS X0, X0
   69  7a34                   JP 0x9f
   6b  41bb000080bf           MOVL $-0x40800000, R11
   71  66450f6efb             MOVD R11, X15
   76  410f2ec7               UCOMISS X15, X0
   7a  7705                   JA 0x81
   7c  4531e4                 XORL R12, R12
   7f  eb1e                   JMP 0x9f
   81  41bb0000804f           MOVL $0x4f800000, R11
   87  66450f6efb             MOVD R11, X15
   8c  410f2ec7               UCOMISS X15, X0
   90  7208                   JB 0x9a
   92  41bcffffffff           MOVL $-0x1, R12
   98  eb05                   JMP 0x9f
   9a  f34c0f2ce0             CVTTSS2SIQ X0, R12
   9f  4531ed                 XORL R13, R13
   a2  660f2ec9               UCOMISD X1, X1
   a6  7a41                   JP 0xe9
   a8  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   b2  664d0f6efb             MOVQ R11, X15
   b7  66410f2ecf             UCOMISD X15, X1
   bc  7708                   JA 0xc6
   be  41bd00000080           MOVL $-0x80000000, R13
   c4  eb23                   JMP 0xe9
   c6  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   d0  664d0f6efb             MOVQ R11, X15
   d5  66410f2ecf             UCOMISD X15, X1
   da  7208                   JB 0xe4
   dc  41bdffffff7f           MOVL $0x7fffffff, R13
   e2  eb05                   JMP 0xe9
   e4  f2440f2ce9             CVTTSD2SIL X1, R13
   e9  31db                   XORL BX, BX
   eb  660f2ec9               UCOMISD X1, X1
   ef  7a3c                   JP 0x12d
   f1  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   fb  664d0f6efb             MOVQ R11, X15
  100  66410f2ecf             UCOMISD X15, X1
  105  7704                   JA 0x10b
  107  31db                   XORL BX, BX
  109  eb22                   JMP 0x12d
  10b  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
  115  664d0f6efb             MOVQ R11, X15
  11a  66410f2ecf             UCOMISD X15, X1
  11f  7207                   JB 0x128
  121  bbffffffff             MOVL $-0x1, BX
  126  eb05                   JMP 0x12d
  128  f2480f2cd9             CVTTSD2SIQ X1, BX
  12d  31f6                   XORL SI, SI
  12f  0f2ec0                 UCOMISS X0, X0
  132  7a3f                   JP 0x173
  134  41bb000000df           MOVL $-0x21000000, R11
  13a  66450f6efb             MOVD R11, X15
  13f  410f2ec7               UCOMISS X15, X0
  143  730c                   JAE 0x151
  145  48be0000000000000080   MOVQ $0x8000000000000000, SI
  14f  eb22                   JMP 0x173
  151  41bb0000005f           MOVL $0x5f000000, R11
  157  66450f6efb             MOVD R11, X15
  15c  410f2ec7               UCOMISS X15, X0
  160  720c                   JB 0x16e
  162  48beffffffffffffff7f   MOVQ $0x7fffffffffffffff, SI
  16c  eb05                   JMP 0x173
  16e  f3480f2cf0             CVTTSS2SIQ X0, SI
  173  31ff                   XORL DI, DI
  175  0f2ec0                 UCOMISS X0, X0
  178  7a63                   JP 0x1dd
  17a  41bb000080bf           MOVL $-0x40800000, R11
  180  66450f6efb             MOVD R11, X15
  185  410f2ec7               UCOMISS X15, X0
  189  7704                   JA 0x18f
  18b  31ff                   XORL DI, DI
  18d  eb4e                   JMP 0x1dd
  18f  41bb0000805f           MOVL $0x5f800000, R11
  195  66450f6efb             MOVD R11, X15
  19a  410f2ec7               UCOMISS X15, X0
  19e  7209                   JB 0x1a9
  1a0  48c7c7ffffffff         MOVQ $-0x1, DI
  1a7  eb34                   JMP 0x1dd
  1a9  41bb0000005f           MOVL $0x5f000000, R11
  1af  66450f6efb             MOVD R11, X15
  1b4  410f2ec7               UCOMISS X15, X0
  1b8  721e                   JB 0x1d8
  1ba  f3410f5cc7             SUBSS X15, X0
  1bf  f3480f2cf8             CVTTSS2SIQ X0, DI
  1c4  f3410f58c7             ADDSS X15, X0
  1c9  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  1d3  4c31df                 XORQ R11, DI
  1d6  eb05                   JMP 0x1dd
  1d8  f3480f2cf8             CVTTSS2SIQ X0, DI
  1dd  4531c0                 XORL R8, R8
  1e0  660f2ec9               UCOMISD X1, X1
  1e4  7a49                   JP 0x22f
  1e6  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1f0  664d0f6efb             MOVQ R11, X15
  1f5  66410f2ecf             UCOMISD X15, X1
  1fa  730c                   JAE 0x208
  1fc  49b80000000000000080   MOVQ $0x8000000000000000, R8
  206  eb27                   JMP 0x22f
  208  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  212  664d0f6efb             MOVQ R11, X15
  217  66410f2ecf             UCOMISD X15, X1
  21c  720c                   JB 0x22a
  21e  49b8ffffffffffffff7f   MOVQ $0x7fffffffffffffff, R8
  228  eb05                   JMP 0x22f
  22a  f24c0f2cc1             CVTTSD2SIQ X1, R8
  22f  4531c9                 XORL R9, R9
  232  660f2ec9               UCOMISD X1, X1
  236  7a73                   JP 0x2ab
  238  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  242  664d0f6efb             MOVQ R11, X15
  247  66410f2ecf             UCOMISD X15, X1
  24c  7705                   JA 0x253
  24e  4531c9                 XORL R9, R9
  251  eb58                   JMP 0x2ab
  253  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  25d  664d0f6efb             MOVQ R11, X15
  262  66410f2ecf             UCOMISD X15, X1
  267  7209                   JB 0x272
  269  49c7c1ffffffff         MOVQ $-0x1, R9
  270  eb39                   JMP 0x2ab
  272  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  27c  664d0f6efb             MOVQ R11, X15
  281  66410f2ecf             UCOMISD X15, X1
  286  721e                   JB 0x2a6
  288  f2410f5ccf             SUBSD X15, X1
  28d  f24c0f2cc9             CVTTSD2SIQ X1, R9
  292  f2410f58cf             ADDSD X15, X1
  297  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  2a1  4d31d9                 XORQ R11, R9
  2a4  eb05                   JMP 0x2ab
  2a6  f24c0f2cc9             CVTTSD2SIQ X1, R9
  2ab  4501e2                 ADDL R12, R10
  2ae  4501ea                 ADDL R13, R10
  2b1  4101da                 ADDL BX, R10
  2b4  4801fe                 ADDQ DI, SI
  2b7  4c01c6                 ADDQ R8, SI
  2ba  4c01ce                 ADDQ R9, SI
  2bd  4c89d0                 MOVQ R10, AX
  2c0  4889f1                 MOVQ SI, CX
  2c3  4889ec                 MOVQ BP, SP
  2c6  5d                     POPQ BP
  2c7  c3                     RET
  2c8  b802000000             MOVL $0x2, AX
  2cd  e800000000             CALL 0x2d2                     ; call thunk trap
  2d2  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  2d9  e946fdffff             JMP 0x24
