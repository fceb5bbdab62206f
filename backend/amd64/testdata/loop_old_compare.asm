; loop_old_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop_old_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7525                   JNE 0x33
    e  4531d2                 XORL R10, R10
   11  31db                   XORL BX, BX
   13  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1b  751f                   JNE 0x3c
   1d  4401d3                 ADDL R10, BX
   20  01cb                   ADDL CX, BX
   22  8d49ff                 LEAL -0x1(CX), CX
   25  4139ca                 CMPL R10, CX
   28  458d5201               LEAL 0x1(R10), R10
   2c  7ce5                   JL 0x13
   2e  4889d8                 MOVQ BX, AX
   31  5d                     POPQ BP
   32  c3                     RET
   33  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3a  ebd2                   JMP 0xe
   3c  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   43  ebd8                   JMP 0x1d
