; loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  752a                   JNE 0x38
    e  4531d2                 XORL R10, R10
   11  660f1f840000000000     NOPW 0(AX)(AX*1)
   1a  660f1f440000           NOPW 0(AX)(AX*1)
   20  4c89d3                 MOVQ R10, BX
   23  480fafd9               IMULQ CX, BX
   27  4801d9                 ADDQ BX, CX
   2a  458d5201               LEAL 0x1(R10), R10
   2e  4139c2                 CMPL R10, AX
   31  72ed                   JB 0x20
   33  4889c8                 MOVQ CX, AX
   36  5d                     POPQ BP
   37  c3                     RET
   38  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3f  ebcd                   JMP 0xe
