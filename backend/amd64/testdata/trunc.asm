; trunc for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/trunc.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f827d020000           JB 0x290
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8576020000           JNE 0x29a
   24  0f2ec0                 UCOMISS X0, X0
   27  0f8a79020000           JP 0x2a6
   2d  41bb000000cf           MOVL $-0x31000000, R11
   33  66450f6efb             MOVD R11, X15
   38  410f2ec7               UCOMISS X15, X0
   3c  0f826e020000           JB 0x2b0
   42  41bb0000004f           MOVL $0x4f000000, R11
   48  66450f6efb             MOVD R11, X15
   4d  410f2ec7               UCOMISS X15, X0
   51  0f8363020000           JAE 0x2ba
   57  f3440f2cd0             CVTTSS2SIL X0, R10
   5c  0f2ec0                 UCOMISS X0, X0
   5f  0f8a5f020000           JP 0x2c4
   65  41bb000080bf           MOVL $-0x40800000, R11
   6b  66450f6efb             MOVD R11, X15
   70  410f2ec7               UCOMISS X15, X0
   74  0f8654020000           JBE 0x2ce
   7a  41bb0000804f           MOVL $0x4f800000, R11
   80  66450f6efb             MOVD R11, X15
   85  410f2ec7               UCOMISS X15, X0
   89  0f8349020000           JAE 0x2d8
   8f  f34c0f2ce0             CVTTSS2SIQ X0, R12
   94  660f2ec9               UCOMISD X1, X1
   98  0f8a44020000           JP 0x2e2
   9e  49bb000020000000e0c1   MOVQ $0xc1e0000000200000, R11
   a8  664d0f6efb             MOVQ R11, X15
   ad  66410f2ecf             UCOMISD X15, X1
   b2  0f8634020000           JBE 0x2ec
   b8  49bb000000000000e041   MOVQ $0x41e0000000000000, R11
   c2  664d0f6efb             MOVQ R11, X15
   c7  66410f2ecf             UCOMISD X15, X1
   cc  0f8324020000           JAE 0x2f6
   d2  f2440f2ce9             CVTTSD2SIL X1, R13
   d7  660f2ec9               UCOMISD X1, X1
   db  0f8a1f020000           JP 0x300
   e1  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
   eb  664d0f6efb             MOVQ R11, X15
   f0  66410f2ecf             UCOMISD X15, X1
   f5  0f860f020000           JBE 0x30a
   fb  49bb000000000000f041   MOVQ $0x41f0000000000000, R11
  105  664d0f6efb             MOVQ R11, X15
  10a  66410f2ecf             UCOMISD X15, X1
  10f  0f83ff010000           JAE 0x314
  115  f2480f2cd9             CVTTSD2SIQ X1, BX
  11a  0f2ec0                 UCOMISS X0, X0
  11d  0f8afb010000           JP 0x31e
  123  41bb000000df           MOVL $-0x21000000, R11
  129  66450f6efb             MOVD R11, X15
  12e  410f2ec7               UCOMISS X15, X0
  132  0f82f0010000           JB 0x328
  138  41bb0000005f           MOVL $0x5f000000, R11
  13e  66450f6efb             MOVD R11, X15
  143  410f2ec7               UCOMISS X15, X0
  147  0f83e5010000           JAE 0x332
  14d  f3480f2cf0             CVTTSS2SIQ X0, SI
  152  0f2ec0                 UCOMISS X0, X0
  155  0f8ae1010000           JP 0x33c
  15b  41bb000080bf           MOVL $-0x40800000, R11
  161  66450f6efb             MOVD R11, X15
  166  410f2ec7               UCOMISS X15, X0
  16a  0f86d6010000           JBE 0x346
  170  41bb0000805f           MOVL $0x5f800000, R11
  176  66450f6efb             MOVD R11, X15
  17b  410f2ec7               UCOMISS X15, X0
  17f  0f83cb010000           JAE 0x350
  185  41bb0000005f           MOVL $0x5f000000, R11
  18b  66450f6efb             MOVD R11, X15
  190  410f2ec7               UCOMISS X15, X0
  194  721e                   JB 0x1b4
  196  f3410f5cc7             SUBSS X15, X0
  19b  f3480f2cf8             CVTTSS2SIQ X0, DI
  1a0  f3410f58c7             ADDSS X15, X0
  1a5  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  1af  4c31df                 XORQ R11, DI
  1b2  eb05                   JMP 0x1b9
  1b4  f3480f2cf8             CVTTSS2SIQ X0, DI
  1b9  660f2ec9               UCOMISD X1, X1
  1bd  0f8a97010000           JP 0x35a
  1c3  49bb000000000000e0c3   MOVQ $0xc3e0000000000000, R11
  1cd  664d0f6efb             MOVQ R11, X15
  1d2  66410f2ecf             UCOMISD X15, X1
  1d7  0f8287010000           JB 0x364
  1dd  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  1e7  664d0f6efb             MOVQ R11, X15
  1ec  66410f2ecf             UCOMISD X15, X1
  1f1  0f8377010000           JAE 0x36e
  1f7  f24c0f2cc1             CVTTSD2SIQ X1, R8
  1fc  660f2ec9               UCOMISD X1, X1
  200  0f8a72010000           JP 0x378
  206  49bb000000000000f0bf   MOVQ $0xbff0000000000000, R11
  210  664d0f6efb             MOVQ R11, X15
  215  66410f2ecf             UCOMISD X15, X1
  21a  0f8662010000           JBE 0x382
  220  49bb000000000000f043   MOVQ $0x43f0000000000000, R11
  22a  664d0f6efb             MOVQ R11, X15
  22f  66410f2ecf             UCOMISD X15, X1
  234  0f8352010000           JAE 0x38c
  23a  49bb000000000000e043   MOVQ $0x43e0000000000000, R11
  244  664d0f6efb             MOVQ R11, X15
  249  66410f2ecf             UCOMISD X15, X1
  24e  721e                   JB 0x26e
  250  f2410f5ccf             SUBSD X15, X1
  255  f24c0f2cc9             CVTTSD2SIQ X1, R9
  25a  f2410f58cf             ADDSD X15, X1
  25f  49bb0000000000000080   MOVQ $0x8000000000000000, R11
  269  4d31d9                 XORQ R11, R9
  26c  eb05                   JMP 0x273
  26e  f24c0f2cc9             CVTTSD2SIQ X1, R9
  273  4501e2                 ADDL R12, R10
  276  4501ea                 ADDL R13, R10
  279  4101da                 ADDL BX, R10
  27c  4801fe                 ADDQ DI, SI
  27f  4c01c6                 ADDQ R8, SI
  282  4c01ce                 ADDQ R9, SI
  285  4c89d0                 MOVQ R10, AX
  288  4889f1                 MOVQ SI, CX
  28b  4889ec                 MOVQ BP, SP
  28e  5d                     POPQ BP
  28f  c3                     RET
  290  b802000000             MOVL $0x2, AX
  295  e800000000             CALL 0x29a                     ; call thunk trap
  29a  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  2a1  e97efdffff             JMP 0x24
  2a6  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2ab  e800000000             CALL 0x2b0                     ; call thunk trap
  2b0  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2b5  e800000000             CALL 0x2ba                     ; call thunk trap
  2ba  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2bf  e800000000             CALL 0x2c4                     ; call thunk trap
  2c4  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2c9  e800000000             CALL 0x2ce                     ; call thunk trap
  2ce  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2d3  e800000000             CALL 0x2d8                     ; call thunk trap
  2d8  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2dd  e800000000             CALL 0x2e2                     ; call thunk trap
  2e2  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  2e7  e800000000             CALL 0x2ec                     ; call thunk trap
  2ec  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2f1  e800000000             CALL 0x2f6                     ; call thunk trap
  2f6  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  2fb  e800000000             CALL 0x300                     ; call thunk trap
  300  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  305  e800000000             CALL 0x30a                     ; call thunk trap
  30a  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  30f  e800000000             CALL 0x314                     ; call thunk trap
  314  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  319  e800000000             CALL 0x31e                     ; call thunk trap
  31e  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  323  e800000000             CALL 0x328                     ; call thunk trap
  328  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  32d  e800000000             CALL 0x332                     ; call thunk trap
  332  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  337  e800000000             CALL 0x33c                     ; call thunk trap
  33c  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  341  e800000000             CALL 0x346                     ; call thunk trap
  346  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  34b  e800000000             CALL 0x350                     ; call thunk trap
  350  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  355  e800000000             CALL 0x35a                     ; call thunk trap
  35a  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  35f  e800000000             CALL 0x364                     ; call thunk trap
  364  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  369  e800000000             CALL 0x36e                     ; call thunk trap
  36e  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  373  e800000000             CALL 0x378                     ; call thunk trap
  378  b806000000             MOVL $0x6, AX                  ; trap invalid_conversion
  37d  e800000000             CALL 0x382                     ; call thunk trap
  382  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  387  e800000000             CALL 0x38c                     ; call thunk trap
  38c  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  391  e800000000             CALL 0x396                     ; call thunk trap
