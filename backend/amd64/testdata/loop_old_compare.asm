; loop_old_compare for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop_old_compare.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7532                   JNE 0x40
    e  4531d2                 XORL R10, R10
   11  31db                   XORL BX, BX
   13  660f1f840000000000     NOPW 0(AX)(AX*1)
   1c  0f1f4000               NOPL 0(AX)
   20  4183bfb000000000       CMPL 0xb0(R15), $0x0
   28  751f                   JNE 0x49
   2a  4401d3                 ADDL R10, BX
   2d  01cb                   ADDL CX, BX
   2f  8d49ff                 LEAL -0x1(CX), CX
   32  4139ca                 CMPL R10, CX
   35  458d5201               LEAL 0x1(R10), R10
   39  7ce5                   JL 0x20
   3b  4889d8                 MOVQ BX, AX
   3e  5d                     POPQ BP
   3f  c3                     RET
   40  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   47  ebc5                   JMP 0xe
   49  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   50  ebd8                   JMP 0x2a
