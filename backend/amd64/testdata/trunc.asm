; trunc for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f827c020000           JB 0x28f
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8575020000           JNE 0x299
   24  0f2ec0                 UCOMISS X0, X0
   27  0f8a78020000           JP 0x2a5
   2d  41bb000000cf           MOVL $-0x31000000, R11
   33  66450f6efb             MOVD R11, X15
   38  410f2ec7               UCOMISS X15, X0
   3c  0f826d020000           JB 0x2af
   42  41bb0000004f           MOVL $0x4f000000, R11
   48  66450f6efb             MOVD R11, X15
   4d  410f2ec7               UCOMISS X15, X0
   51  0f8362020000           JAE 0x2b9
   57  f3440f2cd0             CVTTSS2SIL X0, R10
   5c  0f2ec0                 UCOMISS X0, X0
   5f  0f8a5e020000           JP 0x2c3
   65  41bb000080bf           MOVL $-0x40800000, R11
   6b  66450f6efb             MOVD R11, X15
   70  410f2ec7               UCOMISS X15, X0
   74  0f8653020000           JBE 0x2cd
   7a  41bb0000804f           MOVL $0x4f800000, R11
   80  66450f6efb             MOVD R11, X15
   85  410f2ec7               UCOMISS X15, X0
   89  0f8348020000           JAE 0x2d7
   8f  f3480f2cd8             CVTTSS2SIQ X0, BX
   94  660f2ec9               UCOMISD X1, X1
   98  0f8a43020000           JP 0x2e1
   9e  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   a8  664d0f6efb             MOVQ R11, X15
   ad  66410f2ecf             UCOMISD X15, X1
   b2  0f8633020000           JBE 0x2eb
   b8  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   c2  664d0f6efb             MOVQ R11, X15
   c7  66410f2ecf             UCOMISD X15, X1
   cc  0f8323020000           JAE 0x2f5
   d2  f20f2cf1               CVTTSD2SIL X1, SI
   d6  660f2ec9               UCOMISD X1, X1
   da  0f8a1f020000           JP 0x2ff
   e0  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   ea  664d0f6efb             MOVQ R11, X15
   ef  66410f2ecf             UCOMISD X15, X1
   f4  0f860f020000           JBE 0x309
   fa  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
  104  664d0f6efb             MOVQ R11, X15
  109  66410f2ecf             UCOMISD X15, X1
  10e  0f83ff010000           JAE 0x313
  114  f2480f2cf9             CVTTSD2SIQ X1, DI
  119  0f2ec0                 UCOMISS X0, X0
  11c  0f8afb010000           JP 0x31d
  122  41bb000000df           MOVL $-0x21000000, R11
  128  66450f6efb             MOVD R11, X15
  12d  410f2ec7               UCOMISS X15, X0
  131  0f82f0010000           JB 0x327
  137  41bb0000005f           MOVL $0x5f000000, R11
  13d  66450f6efb             MOVD R11, X15
  142  410f2ec7               UCOMISS X15, X0
  146  0f83e5010000           JAE 0x331
  14c  f34c0f2cc0             CVTTSS2SIQ X0, R8
  151  0f2ec0                 UCOMISS X0, X0
  154  0f8ae1010000           JP 0x33b
  15a  41bb000080bf           MOVL $-0x40800000, R11
  160  66450f6efb             MOVD R11, X15
  165  410f2ec7               UCOMISS X15, X0
  169  0f86d6010000           JBE 0x345
  16f  41bb0000805f           MOVL $0x5f800000, R11
  175  66450f6efb             MOVD R11, X15
  17a  410f2ec7               UCOMISS X15, X0
  17e  0f83cb010000           JAE 0x34f
  184  41bb0000005f           MOVL $0x5f000000, R11
  18a  66450f6efb             MOVD R11, X15
  18f  410f2ec7               UCOMISS X15, X0
  193  721e                   JB 0x1b3
  195  f3410f5cc7             SUBSS X15, X0
  19a  f34c0f2cc8             CVTTSS2SIQ X0, R9
  19f  f3410f58c7             ADDSS X15, X0
  1a4  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  1ae  4d31d9                 XORQ R11, R9
  1b1  eb05                   JMP 0x1b8
  1b3  f34c0f2cc8             CVTTSS2SIQ X0, R9
  1b8  660f2ec9               UCOMISD X1, X1
  1bc  0f8a97010000           JP 0x359
  1c2  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1cc  664d0f6efb             MOVQ R11, X15
  1d1  66410f2ecf             UCOMISD X15, X1
  1d6  0f8287010000           JB 0x363
  1dc  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  1e6  664d0f6efb             MOVQ R11, X15
  1eb  66410f2ecf             UCOMISD X15, X1
  1f0  0f8377010000           JAE 0x36d
  1f6  f2480f2cd1             CVTTSD2SIQ X1, DX
  1fb  660f2ec9               UCOMISD X1, X1
  1ff  0f8a72010000           JP 0x377
  205  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  20f  664d0f6efb             MOVQ R11, X15
  214  66410f2ecf             UCOMISD X15, X1
  219  0f8662010000           JBE 0x381
  21f  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  229  664d0f6efb             MOVQ R11, X15
  22e  66410f2ecf             UCOMISD X15, X1
  233  0f8352010000           JAE 0x38b
  239  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  243  664d0f6efb             MOVQ R11, X15
  248  66410f2ecf             UCOMISD X15, X1
  24d  721e                   JB 0x26d
  24f  f2410f5ccf             SUBSD X15, X1
  254  f2480f2cc9             CVTTSD2SIQ X1, CX
  259  f2410f58cf             ADDSD X15, X1
  25e  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  268  4c31d9                 XORQ R11, CX
  26b  eb05                   JMP 0x272
  26d  f2480f2cc9             CVTTSD2SIQ X1, CX
  272  4101da                 ADDL BX, R10
  275  4101f2                 ADDL SI, R10
  278  4101fa                 ADDL DI, R10
  27b  4d01c8                 ADDQ R9, R8
  27e  4901d0                 ADDQ DX, R8
  281  4901c8                 ADDQ CX, R8
  284  4c89d0                 MOVQ R10, AX
  287  4c89c1                 MOVQ R8, CX
  28a  4889ec                 MOVQ BP, SP
  28d  5d                     POPQ BP
  28e  c3                     RET
  28f  b802000000             MOVL $0x2, AX
  294  e800000000             CALL 0x299                     ; call thunk trap
  299  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  2a0  e97ffdffff             JMP 0x24
  2a5  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2aa  e800000000             CALL 0x2af                     ; call thunk trap
  2af  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2b4  e800000000             CALL 0x2b9                     ; call thunk trap
  2b9  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2be  e800000000             CALL 0x2c3                     ; call thunk trap
  2c3  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2c8  e800000000             CALL 0x2cd                     ; call thunk trap
  2cd  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2d2  e800000000             CALL 0x2d7                     ; call thunk trap
  2d7  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2dc  e800000000             CALL 0x2e1                     ; call thunk trap
  2e1  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2e6  e800000000             CALL 0x2eb                     ; call thunk trap
  2eb  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2f0  e800000000             CALL 0x2f5                     ; call thunk trap
  2f5  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2fa  e800000000             CALL 0x2ff                     ; call thunk trap
  2ff  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  304  e800000000             CALL 0x309                     ; call thunk trap
  309  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  30e  e800000000             CALL 0x313                     ; call thunk trap
  313  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  318  e800000000             CALL 0x31d                     ; call thunk trap
  31d  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  322  e800000000             CALL 0x327                     ; call thunk trap
  327  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  32c  e800000000             CALL 0x331                     ; call thunk trap
  331  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  336  e800000000             CALL 0x33b                     ; call thunk trap
  33b  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  340  e800000000             CALL 0x345                     ; call thunk trap
  345  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  34a  e800000000             CALL 0x34f                     ; call thunk trap
  34f  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  354  e800000000             CALL 0x359                     ; call thunk trap
  359  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  35e  e800000000             CALL 0x363                     ; call thunk trap
  363  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  368  e800000000             CALL 0x36d                     ; call thunk trap
  36d  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  372  e800000000             CALL 0x377                     ; call thunk trap
  377  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  37c  e800000000             CALL 0x381                     ; call thunk trap
  381  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  386  e800000000             CALL 0x38b                     ; call thunk trap
  38b  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  390  e800000000             CALL 0x395                     ; call thunk trap
