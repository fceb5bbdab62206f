; float_branch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/float_branch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  754d                   JNE 0x5b
    e  660f2ec8               UCOMISD X0, X1
   12  7330                   JAE 0x44
   14  0f2ed3                 UCOMISS X3, X2
   17  7224                   JB 0x3d
   19  660f2ec1               UCOMISD X1, X0
   1d  410f95c2               SETNE R10
   21  410f9ac3               SETP R11
   25  4509da                 ORL R11, R10
   28  450fb6d2               MOVZX R10, R10
   2c  4585d2                 TESTL R10, R10
   2f  750c                   JNE 0x3d
   31  660f2ec1               UCOMISD X1, X0
   35  0f97c0                 SETA AL
   38  0fb6c0                 MOVZX AL, AX
   3b  5d                     POPQ BP
   3c  c3                     RET
   3d  b801000000             MOVL $0x1, AX
   42  5d                     POPQ BP
   43  c3                     RET
   44  41ba0a000000           MOVL $0xa, R10
   4a  bb14000000             MOVL $0x14, BX
   4f  0f2eda                 UCOMISS X2, X3
   52  4c0f46d3               CMOVBE BX, R10
   56  4c89d0                 MOVQ R10, AX
   59  5d                     POPQ BP
   5a  c3                     RET
   5b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   62  ebaa                   JMP 0xe
