; loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  751b                   JNE 0x29
    e  4531d2                 XORL R10, R10
   11  4c89d3                 MOVQ R10, BX
   14  480fafd9               IMULQ CX, BX
   18  4801d9                 ADDQ BX, CX
   1b  458d5201               LEAL 0x1(R10), R10
   1f  4139c2                 CMPL R10, AX
   22  72ed                   JB 0x11
   24  4889c8                 MOVQ CX, AX
   27  5d                     POPQ BP
   28  c3                     RET
   29  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   30  ebdc                   JMP 0xe
