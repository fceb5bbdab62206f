; commute for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/commute.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7520                   JNE 0x2e
    e  4531d2                 XORL R10, R10
   11  f30fb8d8               POPCNTL AX, BX
   15  4101da                 ADDL BX, R10
   18  480fafcb               IMULQ BX, CX
   1c  83c0ff                 ADDL $-0x1, AX
   1f  75f0                   JNE 0x11
   21  89cb                   MOVL CX, BX
   23  4431d3                 XORL R10, BX
   26  4429d3                 SUBL R10, BX
   29  4889d8                 MOVQ BX, AX
   2c  5d                     POPQ BP
   2d  c3                     RET
   2e  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   35  ebd7                   JMP 0xe
