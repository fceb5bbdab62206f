; float_unary for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_unary.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  757c                   JNE 0x8a
    e  660f72f001             PSLLD $0x1, X0
   13  660f72d001             PSRLD $0x1, X0
   18  41bb00000080           MOVL $-0x80000000, R11
   1e  66450f6efb             MOVD R11, X15
   23  66410f57c7             XORPD X15, X0
   28  f3440f51c0             SQRTSS X0, X8
   2d  66450f3a0ac002         ROUNDSS $0x2, X8, X8
   34  66450f3a0ac001         ROUNDSS $0x1, X8, X8
   3b  66450f3a0ac003         ROUNDSS $0x3, X8, X8
   42  66410f3a0ac000         ROUNDSS $0x0, X8, X0
   49  660f73f101             PSLLQ $0x1, X1
   4e  660f73d101             PSRLQ $0x1, X1
   53  49bb0000000000000080   MOVQ $0x8000000000000000, R11
   5d  664d0f6efb             MOVQ R11, X15
   62  66410f57cf             XORPD X15, X1
   67  f2440f51c1             SQRTSD X1, X8
   6c  66450f3a0bc002         ROUNDSD $0x2, X8, X8
   73  66450f3a0bc001         ROUNDSD $0x1, X8, X8
   7a  66450f3a0bc003         ROUNDSD $0x3, X8, X8
   81  66410f3a0bc800         ROUNDSD $0x0, X8, X1
   88  5d                     POPQ BP
   89  c3                     RET
   8a  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   91  e978ffffff             JMP 0xe
