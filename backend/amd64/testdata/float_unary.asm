; float_unary for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_unary.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8290000000           JB 0xa3
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8589000000           JNE 0xad
   24  660f72f001             PSLLD $0x1, X0
   29  660f72d001             PSRLD $0x1, X0
   2e  41bb00000080           MOVL $-0x80000000, R11
   34  66450f6efb             MOVD R11, X15
   39  66410f57c7             XORPD X15, X0
   3e  f3440f51c0             SQRTSS X0, X8
   43  66450f3a0ac002         ROUNDSS $0x2, X8, X8
   4a  66450f3a0ac001         ROUNDSS $0x1, X8, X8
   51  66450f3a0ac003         ROUNDSS $0x3, X8, X8
   58  66410f3a0ac000         ROUNDSS $0x0, X8, X0
   5f  660f73f101             PSLLQ $0x1, X1
   64  660f73d101             PSRLQ $0x1, X1
   69  49bb0000000000000080   MOVQ $0x8000000000000000, R11
   73  664d0f6efb             MOVQ R11, X15
   78  66410f57cf             XORPD X15, X1
   7d  f2440f51c1             SQRTSD X1, X8
   82  66450f3a0bc002         ROUNDSD $0x2, X8, X8
   89  66450f3a0bc001         ROUNDSD $0x1, X8, X8
   90  66450f3a0bc003         ROUNDSD $0x3, X8, X8
   97  66410f3a0bc800         ROUNDSD $0x0, X8, X1
   9e  4889ec                 MOVQ BP, SP
   a1  5d                     POPQ BP
   a2  c3                     RET
   a3  b802000000             MOVL $0x2, AX
   a8  e800000000             CALL 0xad                      ; call thunk trap
   ad  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   b4  e96bffffff             JMP 0x24
