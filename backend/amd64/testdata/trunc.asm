; trunc for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8568020000           JNE 0x27a
   12  0f2ec0                 UCOMISS X0, X0
   15  0f8a6b020000           JP 0x286
   1b  41bb000000cf           MOVL $-0x31000000, R11
   21  66450f6efb             MOVD R11, X15
   26  410f2ec7               UCOMISS X15, X0
   2a  0f8260020000           JB 0x290
   30  41bb0000004f           MOVL $0x4f000000, R11
   36  66450f6efb             MOVD R11, X15
   3b  410f2ec7               UCOMISS X15, X0
   3f  0f8355020000           JAE 0x29a
   45  f3440f2cd0             CVTTSS2SIL X0, R10
   4a  0f2ec0                 UCOMISS X0, X0
   4d  0f8a51020000           JP 0x2a4
   53  41bb000080bf           MOVL $-0x40800000, R11
   59  66450f6efb             MOVD R11, X15
   5e  410f2ec7               UCOMISS X15, X0
   62  0f8646020000           JBE 0x2ae
   68  41bb0000804f           MOVL $0x4f800000, R11
   6e  66450f6efb             MOVD R11, X15
   73  410f2ec7               UCOMISS X15, X0
   77  0f833b020000           JAE 0x2b8
   7d  f3480f2cd8             CVTTSS2SIQ X0, BX
   82  660f2ec9               UCOMISD X1, X1
   86  0f8a36020000           JP 0x2c2
   8c  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   96  664d0f6efb             MOVQ R11, X15
   9b  66410f2ecf             UCOMISD X15, X1
   a0  0f8626020000           JBE 0x2cc
   a6  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   b0  664d0f6efb             MOVQ R11, X15
   b5  66410f2ecf             UCOMISD X15, X1
   ba  0f8316020000           JAE 0x2d6
   c0  f20f2cf1               CVTTSD2SIL X1, SI
   c4  660f2ec9               UCOMISD X1, X1
   c8  0f8a12020000           JP 0x2e0
   ce  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   d8  664d0f6efb             MOVQ R11, X15
   dd  66410f2ecf             UCOMISD X15, X1
   e2  0f8602020000           JBE 0x2ea
   e8  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
   f2  664d0f6efb             MOVQ R11, X15
   f7  66410f2ecf             UCOMISD X15, X1
   fc  0f83f2010000           JAE 0x2f4
  102  f2480f2cf9             CVTTSD2SIQ X1, DI
  107  0f2ec0                 UCOMISS X0, X0
  10a  0f8aee010000           JP 0x2fe
  110  41bb000000df           MOVL $-0x21000000, R11
  116  66450f6efb             MOVD R11, X15
  11b  410f2ec7               UCOMISS X15, X0
  11f  0f82e3010000           JB 0x308
  125  41bb0000005f           MOVL $0x5f000000, R11
  12b  66450f6efb             MOVD R11, X15
  130  410f2ec7               UCOMISS X15, X0
  134  0f83d8010000           JAE 0x312
  13a  f34c0f2cc0             CVTTSS2SIQ X0, R8
  13f  0f2ec0                 UCOMISS X0, X0
  142  0f8ad4010000           JP 0x31c
  148  41bb000080bf           MOVL $-0x40800000, R11
  14e  66450f6efb             MOVD R11, X15
  153  410f2ec7               UCOMISS X15, X0
  157  0f86c9010000           JBE 0x326
  15d  41bb0000805f           MOVL $0x5f800000, R11
  163  66450f6efb             MOVD R11, X15
  168  410f2ec7               UCOMISS X15, X0
  16c  0f83be010000           JAE 0x330
  172  41bb0000005f           MOVL $0x5f000000, R11
  178  66450f6efb             MOVD R11, X15
  17d  410f2ec7               UCOMISS X15, X0
  181  721e                   JB 0x1a1
  183  f3410f5cc7             SUBSS X15, X0
  188  f34c0f2cc8             CVTTSS2SIQ X0, R9
  18d  f3410f58c7             ADDSS X15, X0
  192  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  19c  4d31d9                 XORQ R11, R9
  19f  eb05                   JMP 0x1a6
  1a1  f34c0f2cc8             CVTTSS2SIQ X0, R9
  1a6  660f2ec9               UCOMISD X1, X1
  1aa  0f8a8a010000           JP 0x33a
  1b0  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1ba  664d0f6efb             MOVQ R11, X15
  1bf  66410f2ecf             UCOMISD X15, X1
  1c4  0f827a010000           JB 0x344
  1ca  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  1d4  664d0f6efb             MOVQ R11, X15
  1d9  66410f2ecf             UCOMISD X15, X1
  1de  0f836a010000           JAE 0x34e
  1e4  f2480f2cd1             CVTTSD2SIQ X1, DX
  1e9  660f2ec9               UCOMISD X1, X1
  1ed  0f8a65010000           JP 0x358
  1f3  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  1fd  664d0f6efb             MOVQ R11, X15
  202  66410f2ecf             UCOMISD X15, X1
  207  0f8655010000           JBE 0x362
  20d  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  217  664d0f6efb             MOVQ R11, X15
  21c  66410f2ecf             UCOMISD X15, X1
  221  0f8345010000           JAE 0x36c
  227  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  231  664d0f6efb             MOVQ R11, X15
  236  66410f2ecf             UCOMISD X15, X1
  23b  721e                   JB 0x25b
  23d  f2410f5ccf             SUBSD X15, X1
  242  f2480f2cc9             CVTTSD2SIQ X1, CX
  247  f2410f58cf             ADDSD X15, X1
  24c  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  256  4c31d9                 XORQ R11, CX
  259  eb05                   JMP 0x260
  25b  f2480f2cc9             CVTTSD2SIQ X1, CX
  260  4101da                 ADDL BX, R10
  263  4101f2                 ADDL SI, R10
  266  4101fa                 ADDL DI, R10
  269  4d01c8                 ADDQ R9, R8
  26c  4901d0                 ADDQ DX, R8
  26f  4901c8                 ADDQ CX, R8
  272  4c89d0                 MOVQ R10, AX
  275  4c89c1                 MOVQ R8, CX
  278  5d                     POPQ BP
  279  c3                     RET
  27a  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  281  e98cfdffff             JMP 0x12
  286  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  28b  e800000000             CALL 0x290                     ; call thunk trap
  290  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  295  e800000000             CALL 0x29a                     ; call thunk trap
  29a  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  29f  e800000000             CALL 0x2a4                     ; call thunk trap
  2a4  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2a9  e800000000             CALL 0x2ae                     ; call thunk trap
  2ae  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2b3  e800000000             CALL 0x2b8                     ; call thunk trap
  2b8  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2bd  e800000000             CALL 0x2c2                     ; call thunk trap
  2c2  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2c7  e800000000             CALL 0x2cc                     ; call thunk trap
  2cc  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2d1  e800000000             CALL 0x2d6                     ; call thunk trap
  2d6  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2db  e800000000             CALL 0x2e0                     ; call thunk trap
  2e0  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2e5  e800000000             CALL 0x2ea                     ; call thunk trap
  2ea  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2ef  e800000000             CALL 0x2f4                     ; call thunk trap
  2f4  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2f9  e800000000             CALL 0x2fe                     ; call thunk trap
  2fe  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  303  e800000000             CALL 0x308                     ; call thunk trap
  308  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  30d  e800000000             CALL 0x312                     ; call thunk trap
  312  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  317  e800000000             CALL 0x31c                     ; call thunk trap
  31c  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  321  e800000000             CALL 0x326                     ; call thunk trap
  326  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  32b  e800000000             CALL 0x330                     ; call thunk trap
  330  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  335  e800000000             CALL 0x33a                     ; call thunk trap
  33a  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  33f  e800000000             CALL 0x344                     ; call thunk trap
  344  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  349  e800000000             CALL 0x34e                     ; call thunk trap
  34e  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  353  e800000000             CALL 0x358                     ; call thunk trap
  358  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  35d  e800000000             CALL 0x362                     ; call thunk trap
  362  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  367  e800000000             CALL 0x36c                     ; call thunk trap
  36c  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  371  e800000000             CALL 0x376                     ; call thunk trap
