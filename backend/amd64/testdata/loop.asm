; loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7534                   JNE 0x42
    e  4531d2                 XORL R10, R10
   11  660f1f840000000000     NOPW 0(AX)(AX*1)
   1a  660f1f440000           NOPW 0(AX)(AX*1)
   20  4183bfb000000000       CMPL 0xb0(R15), $0x0
   28  7521                   JNE 0x4b
   2a  4c89d3                 MOVQ R10, BX
   2d  480fafd9               IMULQ CX, BX
   31  4801d9                 ADDQ BX, CX
   34  458d5201               LEAL 0x1(R10), R10
   38  4139c2                 CMPL R10, AX
   3b  72e3                   JB 0x20
   3d  4889c8                 MOVQ CX, AX
   40  5d                     POPQ BP
   41  c3                     RET
   42  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   49  ebc3                   JMP 0xe
   4b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   52  ebd6                   JMP 0x2a
