; trunc_sat for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc_sat.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82a9020000           JB 0x2bc
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85a2020000           JNE 0x2c6
   24  31db                   XORL BX, BX
   26  0f2ec0                 UCOMISS X0, X0
   29  7a34                   JP 0x5f
   2b  41bb000000cf           MOVL $-0x31000000, R11
   31  66450f6efb             MOVD R11, X15
   36  410f2ec7               UCOMISS X15, X0
   3a  7307                   JAE 0x43
   3c  bb00000080             MOVL $-0x80000000, BX
   41  eb1c                   JMP 0x5f
   43  41bb0000004f           MOVL $0x4f000000, R11
   49  66450f6efb             MOVD R11, X15
   4e  410f2ec7               UCOMISS X15, X0
   52  7207                   JB 0x5b
   54  bbffffff7f             MOVL $0x7fffffff, BX
   59  eb04                   JMP 0x5f
   5b  f30f2cd8               CVTTSS2SIL X0, BX
   5f  31f6                   XORL SI, SI
   61  0f2ec0                 UCOMISS X0, X0
   64  7a32                   JP 0x98
   66  41bb000080bf           MOVL $-0x40800000, R11
   6c  66450f6efb             MOVD R11, X15
   71  410f2ec7               UCOMISS X15, X0
   75  7704                   JA 0x7b
   77  31f6                   XORL SI, SI
   79  eb1d                   JMP 0x98
   7b  41bb0000804f           MOVL $0x4f800000, R11
   81  66450f6efb             MOVD R11, X15
   86  410f2ec7               UCOMISS X15, X0
   8a  7207                   JB 0x93
   8c  beffffffff             MOVL $-0x1, SI
   91  eb05                   JMP 0x98
   93  f3480f2cf0             CVTTSS2SIQ X0, SI
   98  31ff                   XORL DI, DI
   9a  660f2ec9               UCOMISD X1, X1
   9e  7a3e                   JP 0xde
   a0  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   aa  664d0f6efb             MOVQ R11, X15
   af  66410f2ecf             UCOMISD X15, X1
   b4  7707                   JA 0xbd
   b6  bf00000080             MOVL $-0x80000000, DI
   bb  eb21                   JMP 0xde
   bd  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   c7  664d0f6efb             MOVQ R11, X15
   cc  66410f2ecf             UCOMISD X15, X1
   d1  7207                   JB 0xda
   d3  bfffffff7f             MOVL $0x7fffffff, DI
   d8  eb04                   JMP 0xde
   da  f20f2cf9               CVTTSD2SIL X1, DI
   de  4531c0                 XORL R8, R8
   e1  660f2ec9               UCOMISD X1, X1
   e5  7a3e                   JP 0x125
   e7  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   f1  664d0f6efb             MOVQ R11, X15
   f6  66410f2ecf             UCOMISD X15, X1
   fb  7705                   JA 0x102
   fd  4531c0                 XORL R8, R8
  100  eb23                   JMP 0x125
  102  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
  10c  664d0f6efb             MOVQ R11, X15
  111  66410f2ecf             UCOMISD X15, X1
  116  7208                   JB 0x120
  118  41b8ffffffff           MOVL $-0x1, R8
  11e  eb05                   JMP 0x125
  120  f24c0f2cc1             CVTTSD2SIQ X1, R8
  125  4531c9                 XORL R9, R9
  128  0f2ec0                 UCOMISS X0, X0
  12b  7a3f                   JP 0x16c
  12d  41bb000000df           MOVL $-0x21000000, R11
  133  66450f6efb             MOVD R11, X15
  138  410f2ec7               UCOMISS X15, X0
  13c  730c                   JAE 0x14a
  13e  49b90000000000000080   MOVQ $0x8000000000000000, R9
  148  eb22                   JMP 0x16c
  14a  41bb0000005f           MOVL $0x5f000000, R11
  150  66450f6efb             MOVD R11, X15
  155  410f2ec7               UCOMISS X15, X0
  159  720c                   JB 0x167
  15b  49b9ffffffffffffff7f   MOVQ $0x7fffffffffffffff, R9
  165  eb05                   JMP 0x16c
  167  f34c0f2cc8             CVTTSS2SIQ X0, R9
  16c  31d2                   XORL DX, DX
  16e  0f2ec0                 UCOMISS X0, X0
  171  7a63                   JP 0x1d6
  173  41bb000080bf           MOVL $-0x40800000, R11
  179  66450f6efb             MOVD R11, X15
  17e  410f2ec7               UCOMISS X15, X0
  182  7704                   JA 0x188
  184  31d2                   XORL DX, DX
  186  eb4e                   JMP 0x1d6
  188  41bb0000805f           MOVL $0x5f800000, R11
  18e  66450f6efb             MOVD R11, X15
  193  410f2ec7               UCOMISS X15, X0
  197  7209                   JB 0x1a2
  199  48c7c2ffffffff         MOVQ $-0x1, DX
  1a0  eb34                   JMP 0x1d6
  1a2  41bb0000005f           MOVL $0x5f000000, R11
  1a8  66450f6efb             MOVD R11, X15
  1ad  410f2ec7               UCOMISS X15, X0
  1b1  721e                   JB 0x1d1
  1b3  f3410f5cc7             SUBSS X15, X0
  1b8  f3480f2cd0             CVTTSS2SIQ X0, DX
  1bd  f3410f58c7             ADDSS X15, X0
  1c2  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  1cc  4c31da                 XORQ R11, DX
  1cf  eb05                   JMP 0x1d6
  1d1  f3480f2cd0             CVTTSS2SIQ X0, DX
  1d6  31c9                   XORL CX, CX
  1d8  660f2ec9               UCOMISD X1, X1
  1dc  7a49                   JP 0x227
  1de  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1e8  664d0f6efb             MOVQ R11, X15
  1ed  66410f2ecf             UCOMISD X15, X1
  1f2  730c                   JAE 0x200
  1f4  48b90000000000000080   MOVQ $0x8000000000000000, CX
  1fe  eb27                   JMP 0x227
  200  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  20a  664d0f6efb             MOVQ R11, X15
  20f  66410f2ecf             UCOMISD X15, X1
  214  720c                   JB 0x222
  216  48b9ffffffffffffff7f   MOVQ $0x7fffffffffffffff, CX
  220  eb05                   JMP 0x227
  222  f2480f2cc9             CVTTSD2SIQ X1, CX
  227  31c0                   XORL AX, AX
  229  660f2ec9               UCOMISD X1, X1
  22d  7a72                   JP 0x2a1
  22f  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  239  664d0f6efb             MOVQ R11, X15
  23e  66410f2ecf             UCOMISD X15, X1
  243  7704                   JA 0x249
  245  31c0                   XORL AX, AX
  247  eb58                   JMP 0x2a1
  249  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  253  664d0f6efb             MOVQ R11, X15
  258  66410f2ecf             UCOMISD X15, X1
  25d  7209                   JB 0x268
  25f  48c7c0ffffffff         MOVQ $-0x1, AX
  266  eb39                   JMP 0x2a1
  268  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  272  664d0f6efb             MOVQ R11, X15
  277  66410f2ecf             UCOMISD X15, X1
  27c  721e                   JB 0x29c
  27e  f2410f5ccf             SUBSD X15, X1
  283  f2480f2cc1             CVTTSD2SIQ X1, AX
  288  f2410f58cf             ADDSD X15, X1
  28d  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  297  4c31d8                 XORQ R11, AX
  29a  eb05                   JMP 0x2a1
  29c  f2480f2cc1             CVTTSD2SIQ X1, AX
  2a1  01f3                   ADDL SI, BX
  2a3  01fb                   ADDL DI, BX
  2a5  4401c3                 ADDL R8, BX
  2a8  4901d1                 ADDQ DX, R9
  2ab  4901c9                 ADDQ CX, R9
  2ae  4901c1                 ADDQ AX, R9
  2b1  4889d8                 MOVQ BX, AX
  2b4  4c89c9                 MOVQ R9, CX
  2b7  4889ec                 MOVQ BP, SP
  2ba  5d                     POPQ BP
  2bb  c3                     RET
  2bc  b802000000             MOVL $0x2, AX
  2c1  e800000000             CALL 0x2c6                     ; call thunk trap
  2c6  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  2cd  e952fdffff             JMP 0x24
