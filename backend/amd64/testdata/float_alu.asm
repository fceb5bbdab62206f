; float_alu for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_alu.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f821e010000           JB 0x131
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8517010000           JNE 0x13b
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
   94  49c7c3db0f4940         MOVQ $0x40490fdb, R11
   9b  664d0f6ecb             MOVQ R11, X9
   a0  f3450f58c1             ADDSS X9, X8
   a5  66440f28ca             MOVAPD X2, X9
   aa  f2440f58cb             ADDSD X3, X9
   af  f2440f5ccb             SUBSD X3, X9
   b4  f2440f59ca             MULSD X2, X9
   b9  f2440f5ecb             DIVSD X3, X9
   be  66440f2eca             UCOMISD X2, X9
   c3  7a09                   JP 0xce
   c5  750e                   JNE 0xd5
   c7  66440f56ca             ORPD X2, X9
   cc  eb0c                   JMP 0xda
   ce  f2440f58ca             ADDSD X2, X9
   d3  eb05                   JMP 0xda
   d5  f2440f5dca             MINSD X2, X9
   da  66440f2ecb             UCOMISD X3, X9
   df  7a09                   JP 0xea
   e1  750e                   JNE 0xf1
   e3  66440f54cb             ANDPD X3, X9
   e8  eb0c                   JMP 0xf6
   ea  f2440f58cb             ADDSD X3, X9
   ef  eb05                   JMP 0xf6
   f1  f2440f5fcb             MAXSD X3, X9
   f6  66490f7ed3             MOVQ X2, R11
   fb  49c1eb3f               SHRQ $0x3f, R11
   ff  49c1e33f               SHLQ $0x3f, R11
  103  664d0f6efb             MOVQ R11, X15
  108  66410f73f101           PSLLQ $0x1, X9
  10e  66410f73d101           PSRLQ $0x1, X9
  114  66450f56cf             ORPD X15, X9
  119  450f57d2               XORPS X10, X10
  11d  f2450f58ca             ADDSD X10, X9
  122  66410f28c0             MOVAPD X8, X0
  127  66410f28c9             MOVAPD X9, X1
  12c  4889ec                 MOVQ BP, SP
  12f  5d                     POPQ BP
  130  c3                     RET
  131  b802000000             MOVL $0x2, AX
  136  e800000000             CALL 0x13b                     ; call thunk trap
  13b  b80b000000             MOVL $0xb, AX                  ; trap interrupted
  140  e800000000             CALL 0x145                     ; call thunk trap
