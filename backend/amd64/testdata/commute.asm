; commute for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/commute.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  753b                   JNE 0x49
    e  4531d2                 XORL R10, R10
   11  660f1f840000000000     NOPW 0(AX)(AX*1)
   1a  660f1f440000           NOPW 0(AX)(AX*1)
   20  4183bfb000000000       CMPL 0xb0(R15), $0x0
   28  7528                   JNE 0x52
   2a  f30fb8d8               POPCNTL AX, BX
   2e  4101da                 ADDL BX, R10
   31  480fafcb               IMULQ BX, CX
   35  8d40ff                 LEAL -0x1(AX), AX
   38  85c0                   TESTL AX, AX
   3a  75e4                   JNE 0x20
   3c  89cb                   MOVL CX, BX
   3e  4431d3                 XORL R10, BX
   41  4429d3                 SUBL R10, BX
   44  4889d8                 MOVQ BX, AX
   47  5d                     POPQ BP
   48  c3                     RET
   49  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   50  ebbc                   JMP 0xe
   52  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   59  ebcf                   JMP 0x2a
