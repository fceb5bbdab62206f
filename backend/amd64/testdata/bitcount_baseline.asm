; bitcount_baseline for amd64 (features: popcnt), from backend/testdata/cases/bitcount_baseline.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7556                   JNE 0x64
    e  440fbdd0               BSRL AX, R10
   12  49c7c3ffffffff         MOVQ $-0x1, R11
   19  450f44d3               CMOVE R11, R10
   1d  41f7da                 NEGL R10
   20  4183c21f               ADDL $0x1f, R10
   24  450fbcd2               BSFL R10, R10
   28  49c7c320000000         MOVQ $0x20, R11
   2f  450f44d3               CMOVE R11, R10
   33  f3410fb8c2             POPCNTL R10, AX
   38  4c0fbdd1               BSRQ CX, R10
   3c  49c7c3ffffffff         MOVQ $-0x1, R11
   43  4d0f44d3               CMOVE R11, R10
   47  49f7da                 NEGQ R10
   4a  4983c23f               ADDQ $0x3f, R10
   4e  4d0fbcd2               BSFQ R10, R10
   52  49c7c340000000         MOVQ $0x40, R11
   59  4d0f44d3               CMOVE R11, R10
   5d  f3490fb8ca             POPCNTQ R10, CX
   62  5d                     POPQ BP
   63  c3                     RET
   64  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   6b  eba1                   JMP 0xe
