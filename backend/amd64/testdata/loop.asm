; loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7525                   JNE 0x33
    e  4531d2                 XORL R10, R10
   11  4183bfb000000000       CMPL 0xb0(R15), $0x0
   19  7521                   JNE 0x3c
   1b  4c89d3                 MOVQ R10, BX
   1e  480fafd9               IMULQ CX, BX
   22  4801d9                 ADDQ BX, CX
   25  458d5201               LEAL 0x1(R10), R10
   29  4139c2                 CMPL R10, AX
   2c  72e3                   JB 0x11
   2e  4889c8                 MOVQ CX, AX
   31  5d                     POPQ BP
   32  c3                     RET
   33  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3a  ebd2                   JMP 0xe
   3c  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   43  ebd6                   JMP 0x1b
