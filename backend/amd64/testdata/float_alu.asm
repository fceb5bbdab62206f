; float_alu for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_alu.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8502010000           JNE 0x114
   12  66440f28c0             MOVAPD X0, X8
   17  f3440f58c1             ADDSS X1, X8
   1c  f3440f5cc1             SUBSS X1, X8
   21  f3440f59c0             MULSS X0, X8
   26  f3440f5ec1             DIVSS X1, X8
   2b  440f2ec0               UCOMISS X0, X8
   2f  7a08                   JP 0x39
   31  750d                   JNE 0x40
   33  440f56c0               ORPS X0, X8
   37  eb0c                   JMP 0x45
   39  f3440f58c0             ADDSS X0, X8
   3e  eb05                   JMP 0x45
   40  f3440f5dc0             MINSS X0, X8
   45  440f2ec1               UCOMISS X1, X8
   49  7a08                   JP 0x53
   4b  750d                   JNE 0x5a
   4d  440f54c1               ANDPS X1, X8
   51  eb0c                   JMP 0x5f
   53  f3440f58c1             ADDSS X1, X8
   58  eb05                   JMP 0x5f
   5a  f3440f5fc1             MAXSS X1, X8
   5f  66410f7ec3             MOVD X0, R11
   64  41c1eb1f               SHRL $0x1f, R11
   68  41c1e31f               SHLL $0x1f, R11
   6c  66450f6efb             MOVD R11, X15
   71  66410f72f001           PSLLD $0x1, X8
   77  66410f72d001           PSRLD $0x1, X8
   7d  66450f56c7             ORPD X15, X8
   82  f3440f580595000000     ADDSS 0x95(IP), X8
   8b  66440f28ca             MOVAPD X2, X9
   90  f2440f58cb             ADDSD X3, X9
   95  f2440f5ccb             SUBSD X3, X9
   9a  f2440f59ca             MULSD X2, X9
   9f  f2440f5ecb             DIVSD X3, X9
   a4  66440f2eca             UCOMISD X2, X9
   a9  7a09                   JP 0xb4
   ab  750e                   JNE 0xbb
   ad  66440f56ca             ORPD X2, X9
   b2  eb0c                   JMP 0xc0
   b4  f2440f58ca             ADDSD X2, X9
   b9  eb05                   JMP 0xc0
   bb  f2440f5dca             MINSD X2, X9
   c0  66440f2ecb             UCOMISD X3, X9
   c5  7a09                   JP 0xd0
   c7  750e                   JNE 0xd7
   c9  66440f54cb             ANDPD X3, X9
   ce  eb0c                   JMP 0xdc
   d0  f2440f58cb             ADDSD X3, X9
   d5  eb05                   JMP 0xdc
   d7  f2440f5fcb             MAXSD X3, X9
   dc  66490f7ed3             MOVQ X2, R11
   e1  49c1eb3f               SHRQ $0x3f, R11
   e5  49c1e33f               SHLQ $0x3f, R11
   e9  664d0f6efb             MOVQ R11, X15
   ee  66410f73f101           PSLLQ $0x1, X9
   f4  66410f73d101           PSRLQ $0x1, X9
   fa  66450f56cf             ORPD X15, X9
   ff  450f57d2               XORPS X10, X10
  103  f2450f58ca             ADDSD X10, X9
  108  66410f28c0             MOVAPD X8, X0
  10d  66410f28c9             MOVAPD X9, X1
  112  5d                     POPQ BP
  113  c3                     RET
  114  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  11b  e9f2feffff             JMP 0x12
  120  db0f494000000000       .quad 0x40490fdb (constant)
