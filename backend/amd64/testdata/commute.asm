; commute for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/commute.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  752a                   JNE 0x38
    e  4531d2                 XORL R10, R10
   11  4183bfb000000000       CMPL 0xb0(R15), $0x0
   19  7526                   JNE 0x41
   1b  f30fb8d8               POPCNTL AX, BX
   1f  4101da                 ADDL BX, R10
   22  480fafcb               IMULQ BX, CX
   26  83c0ff                 ADDL $-0x1, AX
   29  75e6                   JNE 0x11
   2b  89cb                   MOVL CX, BX
   2d  4431d3                 XORL R10, BX
   30  4429d3                 SUBL R10, BX
   33  4889d8                 MOVQ BX, AX
   36  5d                     POPQ BP
   37  c3                     RET
   38  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3f  ebcd                   JMP 0xe
   41  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   48  ebd1                   JMP 0x1b
