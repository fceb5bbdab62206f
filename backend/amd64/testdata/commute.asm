; commute for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/commute.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  752f                   JNE 0x3d
    e  4531d2                 XORL R10, R10
   11  660f1f840000000000     NOPW 0(AX)(AX*1)
   1a  660f1f440000           NOPW 0(AX)(AX*1)
   20  f30fb8d8               POPCNTL AX, BX
   24  4101da                 ADDL BX, R10
   27  480fafcb               IMULQ BX, CX
   2b  83c0ff                 ADDL $-0x1, AX
   2e  75f0                   JNE 0x20
   30  89cb                   MOVL CX, BX
   32  4431d3                 XORL R10, BX
   35  4429d3                 SUBL R10, BX
   38  4889d8                 MOVQ BX, AX
   3b  5d                     POPQ BP
   3c  c3                     RET
   3d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   44  ebc8                   JMP 0xe
