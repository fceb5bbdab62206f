; commute for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/commute.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  752c                   JNE 0x3a
    e  4531d2                 XORL R10, R10
   11  4183bfb000000000       CMPL 0xb0(R15), $0x0
   19  7528                   JNE 0x43
   1b  f30fb8d8               POPCNTL AX, BX
   1f  4101da                 ADDL BX, R10
   22  480fafcb               IMULQ BX, CX
   26  8d40ff                 LEAL -0x1(AX), AX
   29  85c0                   TESTL AX, AX
   2b  75e4                   JNE 0x11
   2d  89cb                   MOVL CX, BX
   2f  4431d3                 XORL R10, BX
   32  4429d3                 SUBL R10, BX
   35  4889d8                 MOVQ BX, AX
   38  5d                     POPQ BP
   39  c3                     RET
   3a  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   41  ebcb                   JMP 0xe
   43  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   4a  ebcf                   JMP 0x1b
