; bitcount_baseline for amd64 (features: popcnt), from backend/testdata/cases/bitcount_baseline.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7266                   JB 0x75
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7563                   JNE 0x7f
   1c  440fbdd0               BSRL AX, R10
   20  49c7c3ffffffff         MOVQ $-0x1, R11
   27  450f44d3               CMOVE R11, R10
   2b  41f7da                 NEGL R10
   2e  4183c21f               ADDL $0x1f, R10
   32  450fbcd2               BSFL R10, R10
   36  49c7c320000000         MOVQ $0x20, R11
   3d  450f44d3               CMOVE R11, R10
   41  f3410fb8c2             POPCNTL R10, AX
   46  4c0fbdd1               BSRQ CX, R10
   4a  49c7c3ffffffff         MOVQ $-0x1, R11
   51  4d0f44d3               CMOVE R11, R10
   55  49f7da                 NEGQ R10
   58  4983c23f               ADDQ $0x3f, R10
   5c  4d0fbcd2               BSFQ R10, R10
   60  49c7c340000000         MOVQ $0x40, R11
   67  4d0f44d3               CMOVE R11, R10
   6b  f3490fb8ca             POPCNTQ R10, CX
   70  4889ec                 MOVQ BP, SP
   73  5d                     POPQ BP
   74  c3                     RET
   75  b802000000             MOVL $0x2, AX
   7a  e800000000             CALL 0x7f                      ; call thunk trap
   7f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   86  eb94                   JMP 0x1c
