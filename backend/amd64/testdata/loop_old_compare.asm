; loop_old_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop_old_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  751b                   JNE 0x29
    e  4531d2                 XORL R10, R10
   11  31db                   XORL BX, BX
   13  4401d3                 ADDL R10, BX
   16  01cb                   ADDL CX, BX
   18  8d49ff                 LEAL -0x1(CX), CX
   1b  4139ca                 CMPL R10, CX
   1e  458d5201               LEAL 0x1(R10), R10
   22  7cef                   JL 0x13
   24  4889d8                 MOVQ BX, AX
   27  5d                     POPQ BP
   28  c3                     RET
   29  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   30  ebdc                   JMP 0xe
