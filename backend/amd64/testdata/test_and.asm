; test_and for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/test_and.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7528                   JNE 0x36
    e  a910000000             TESTL $0x10, AX
   13  7412                   JE 0x27
   15  4989c2                 MOVQ AX, R10
   18  85c8                   TESTL CX, AX
   1a  4c0f45d1               CMOVNE CX, R10
   1e  48f7c2ff000000         TESTQ $0xff, DX
   25  740a                   JE 0x31
   27  4889c8                 MOVQ CX, AX
   2a  83e003                 ANDL $0x3, AX
   2d  7402                   JE 0x31
   2f  5d                     POPQ BP
   30  c3                     RET
   31  4889c8                 MOVQ CX, AX
   34  5d                     POPQ BP
   35  c3                     RET
   36  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3d  ebcf                   JMP 0xe
