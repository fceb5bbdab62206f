; trunc for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8279020000           JB 0x28c
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8572020000           JNE 0x296
   24  0f2ec0                 UCOMISS X0, X0
   27  0f8a75020000           JP 0x2a2
   2d  41bb000000cf           MOVL $-0x31000000, R11
   33  66450f6efb             MOVD R11, X15
   38  410f2ec7               UCOMISS X15, X0
   3c  0f826a020000           JB 0x2ac
   42  41bb0000004f           MOVL $0x4f000000, R11
   48  66450f6efb             MOVD R11, X15
   4d  410f2ec7               UCOMISS X15, X0
   51  0f835f020000           JAE 0x2b6
   57  f30f2cd8               CVTTSS2SIL X0, BX
   5b  0f2ec0                 UCOMISS X0, X0
   5e  0f8a5c020000           JP 0x2c0
   64  41bb000080bf           MOVL $-0x40800000, R11
   6a  66450f6efb             MOVD R11, X15
   6f  410f2ec7               UCOMISS X15, X0
   73  0f8651020000           JBE 0x2ca
   79  41bb0000804f           MOVL $0x4f800000, R11
   7f  66450f6efb             MOVD R11, X15
   84  410f2ec7               UCOMISS X15, X0
   88  0f8346020000           JAE 0x2d4
   8e  f3480f2cf0             CVTTSS2SIQ X0, SI
   93  660f2ec9               UCOMISD X1, X1
   97  0f8a41020000           JP 0x2de
   9d  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   a7  664d0f6efb             MOVQ R11, X15
   ac  66410f2ecf             UCOMISD X15, X1
   b1  0f8631020000           JBE 0x2e8
   b7  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   c1  664d0f6efb             MOVQ R11, X15
   c6  66410f2ecf             UCOMISD X15, X1
   cb  0f8321020000           JAE 0x2f2
   d1  f20f2cf9               CVTTSD2SIL X1, DI
   d5  660f2ec9               UCOMISD X1, X1
   d9  0f8a1d020000           JP 0x2fc
   df  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   e9  664d0f6efb             MOVQ R11, X15
   ee  66410f2ecf             UCOMISD X15, X1
   f3  0f860d020000           JBE 0x306
   f9  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
  103  664d0f6efb             MOVQ R11, X15
  108  66410f2ecf             UCOMISD X15, X1
  10d  0f83fd010000           JAE 0x310
  113  f24c0f2cc1             CVTTSD2SIQ X1, R8
  118  0f2ec0                 UCOMISS X0, X0
  11b  0f8af9010000           JP 0x31a
  121  41bb000000df           MOVL $-0x21000000, R11
  127  66450f6efb             MOVD R11, X15
  12c  410f2ec7               UCOMISS X15, X0
  130  0f82ee010000           JB 0x324
  136  41bb0000005f           MOVL $0x5f000000, R11
  13c  66450f6efb             MOVD R11, X15
  141  410f2ec7               UCOMISS X15, X0
  145  0f83e3010000           JAE 0x32e
  14b  f34c0f2cc8             CVTTSS2SIQ X0, R9
  150  0f2ec0                 UCOMISS X0, X0
  153  0f8adf010000           JP 0x338
  159  41bb000080bf           MOVL $-0x40800000, R11
  15f  66450f6efb             MOVD R11, X15
  164  410f2ec7               UCOMISS X15, X0
  168  0f86d4010000           JBE 0x342
  16e  41bb0000805f           MOVL $0x5f800000, R11
  174  66450f6efb             MOVD R11, X15
  179  410f2ec7               UCOMISS X15, X0
  17d  0f83c9010000           JAE 0x34c
  183  41bb0000005f           MOVL $0x5f000000, R11
  189  66450f6efb             MOVD R11, X15
  18e  410f2ec7               UCOMISS X15, X0
  192  721e                   JB 0x1b2
  194  f3410f5cc7             SUBSS X15, X0
  199  f3480f2cd0             CVTTSS2SIQ X0, DX
  19e  f3410f58c7             ADDSS X15, X0
  1a3  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  1ad  4c31da                 XORQ R11, DX
  1b0  eb05                   JMP 0x1b7
  1b2  f3480f2cd0             CVTTSS2SIQ X0, DX
  1b7  660f2ec9               UCOMISD X1, X1
  1bb  0f8a95010000           JP 0x356
  1c1  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1cb  664d0f6efb             MOVQ R11, X15
  1d0  66410f2ecf             UCOMISD X15, X1
  1d5  0f8285010000           JB 0x360
  1db  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  1e5  664d0f6efb             MOVQ R11, X15
  1ea  66410f2ecf             UCOMISD X15, X1
  1ef  0f8375010000           JAE 0x36a
  1f5  f2480f2cc9             CVTTSD2SIQ X1, CX
  1fa  660f2ec9               UCOMISD X1, X1
  1fe  0f8a70010000           JP 0x374
  204  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  20e  664d0f6efb             MOVQ R11, X15
  213  66410f2ecf             UCOMISD X15, X1
  218  0f8660010000           JBE 0x37e
  21e  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  228  664d0f6efb             MOVQ R11, X15
  22d  66410f2ecf             UCOMISD X15, X1
  232  0f8350010000           JAE 0x388
  238  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  242  664d0f6efb             MOVQ R11, X15
  247  66410f2ecf             UCOMISD X15, X1
  24c  721e                   JB 0x26c
  24e  f2410f5ccf             SUBSD X15, X1
  253  f2480f2cc1             CVTTSD2SIQ X1, AX
  258  f2410f58cf             ADDSD X15, X1
  25d  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  267  4c31d8                 XORQ R11, AX
  26a  eb05                   JMP 0x271
  26c  f2480f2cc1             CVTTSD2SIQ X1, AX
  271  01f3                   ADDL SI, BX
  273  01fb                   ADDL DI, BX
  275  4401c3                 ADDL R8, BX
  278  4901d1                 ADDQ DX, R9
  27b  4901c9                 ADDQ CX, R9
  27e  4901c1                 ADDQ AX, R9
  281  4889d8                 MOVQ BX, AX
  284  4c89c9                 MOVQ R9, CX
  287  4889ec                 MOVQ BP, SP
  28a  5d                     POPQ BP
  28b  c3                     RET
  28c  b802000000             MOVL $0x2, AX
  291  e800000000             CALL 0x296                     ; call thunk trap
  296  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  29d  e982fdffff             JMP 0x24
  2a2  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2a7  e800000000             CALL 0x2ac                     ; call thunk trap
  2ac  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2b1  e800000000             CALL 0x2b6                     ; call thunk trap
  2b6  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2bb  e800000000             CALL 0x2c0                     ; call thunk trap
  2c0  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2c5  e800000000             CALL 0x2ca                     ; call thunk trap
  2ca  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2cf  e800000000             CALL 0x2d4                     ; call thunk trap
  2d4  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2d9  e800000000             CALL 0x2de                     ; call thunk trap
  2de  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2e3  e800000000             CALL 0x2e8                     ; call thunk trap
  2e8  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2ed  e800000000             CALL 0x2f2                     ; call thunk trap
  2f2  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2f7  e800000000             CALL 0x2fc                     ; call thunk trap
  2fc  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  301  e800000000             CALL 0x306                     ; call thunk trap
  306  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  30b  e800000000             CALL 0x310                     ; call thunk trap
  310  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  315  e800000000             CALL 0x31a                     ; call thunk trap
  31a  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  31f  e800000000             CALL 0x324                     ; call thunk trap
  324  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  329  e800000000             CALL 0x32e                     ; call thunk trap
  32e  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  333  e800000000             CALL 0x338                     ; call thunk trap
  338  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  33d  e800000000             CALL 0x342                     ; call thunk trap
  342  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  347  e800000000             CALL 0x34c                     ; call thunk trap
  34c  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  351  e800000000             CALL 0x356                     ; call thunk trap
  356  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  35b  e800000000             CALL 0x360                     ; call thunk trap
  360  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  365  e800000000             CALL 0x36a                     ; call thunk trap
  36a  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  36f  e800000000             CALL 0x374                     ; call thunk trap
  374  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  379  e800000000             CALL 0x37e                     ; call thunk trap
  37e  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  383  e800000000             CALL 0x388                     ; call thunk trap
  388  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  38d  e800000000             CALL 0x392                     ; call thunk trap
