; loop_old_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop_old_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7528                   JNE 0x36
    e  4531d2                 XORL R10, R10
   11  31db                   XORL BX, BX
   13  660f1f840000000000     NOPW 0(AX)(AX*1)
   1c  0f1f4000               NOPL 0(AX)
   20  4401d3                 ADDL R10, BX
   23  01cb                   ADDL CX, BX
   25  8d49ff                 LEAL -0x1(CX), CX
   28  4139ca                 CMPL R10, CX
   2b  458d5201               LEAL 0x1(R10), R10
   2f  7cef                   JL 0x20
   31  4889d8                 MOVQ BX, AX
   34  5d                     POPQ BP
   35  c3                     RET
   36  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3d  ebcf                   JMP 0xe
