; float_alu for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_alu.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8216010000           JB 0x129
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f850f010000           JNE 0x133
   24  66440f28c0             MOVAPD X0, X8
   29  f3440f58c1             ADDSS X1, X8
   2e  f3440f5cc1             SUBSS X1, X8
   33  f3440f59c0             MULSS X0, X8
   38  f3440f5ec1             DIVSS X1, X8
   3d  440f2ec0               UCOMISS X0, X8
   41  7a08                   JP 0x4b
   43  750d                   JNE 0x52
   45  440f56c0               ORPS X0, X8
   49  eb0c                   JMP 0x57
   4b  f3440f58c0             ADDSS X0, X8
   50  eb05                   JMP 0x57
   52  f3440f5dc0             MINSS X0, X8
   57  440f2ec1               UCOMISS X1, X8
   5b  7a08                   JP 0x65
   5d  750d                   JNE 0x6c
   5f  440f54c1               ANDPS X1, X8
   63  eb0c                   JMP 0x71
   65  f3440f58c1             ADDSS X1, X8
   6a  eb05                   JMP 0x71
   6c  f3440f5fc1             MAXSS X1, X8
   71  66410f7ec3             MOVD X0, R11
   76  41c1eb1f               SHRL $0x1f, R11
   7a  41c1e31f               SHLL $0x1f, R11
   7e  66450f6efb             MOVD R11, X15
   83  66410f72f001           PSLLD $0x1, X8
   89  66410f72d001           PSRLD $0x1, X8
   8f  66450f56c7             ORPD X15, X8
   94  f3440f5805a2000000     ADDSS 0xa2(IP), X8
   9d  66440f28ca             MOVAPD X2, X9
   a2  f2440f58cb             ADDSD X3, X9
   a7  f2440f5ccb             SUBSD X3, X9
   ac  f2440f59ca             MULSD X2, X9
   b1  f2440f5ecb             DIVSD X3, X9
   b6  66440f2eca             UCOMISD X2, X9
   bb  7a09                   JP 0xc6
   bd  750e                   JNE 0xcd
   bf  66440f56ca             ORPD X2, X9
   c4  eb0c                   JMP 0xd2
   c6  f2440f58ca             ADDSD X2, X9
   cb  eb05                   JMP 0xd2
   cd  f2440f5dca             MINSD X2, X9
   d2  66440f2ecb             UCOMISD X3, X9
   d7  7a09                   JP 0xe2
   d9  750e                   JNE 0xe9
   db  66440f54cb             ANDPD X3, X9
   e0  eb0c                   JMP 0xee
   e2  f2440f58cb             ADDSD X3, X9
   e7  eb05                   JMP 0xee
   e9  f2440f5fcb             MAXSD X3, X9
   ee  66490f7ed3             MOVQ X2, R11
   f3  49c1eb3f               SHRQ $0x3f, R11
   f7  49c1e33f               SHLQ $0x3f, R11
   fb  664d0f6efb             MOVQ R11, X15
  100  66410f73f101           PSLLQ $0x1, X9
  106  66410f73d101           PSRLQ $0x1, X9
  10c  66450f56cf             ORPD X15, X9
  111  450f57d2               XORPS X10, X10
  115  f2450f58ca             ADDSD X10, X9
  11a  66410f28c0             MOVAPD X8, X0
  11f  66410f28c9             MOVAPD X9, X1
  124  4889ec                 MOVQ BP, SP
  127  5d                     POPQ BP
  128  c3                     RET
  129  b802000000             MOVL $0x2, AX
  12e  e800000000             CALL 0x133                     ; call thunk trap
  133  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  13a  e9e5feffff             JMP 0x24
  13f  db0f494000000000       .quad 0x40490fdb (constant)
