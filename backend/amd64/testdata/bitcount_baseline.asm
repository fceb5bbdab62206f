; bitcount_baseline for amd64 (features: popcnt), from backend/testdata/cases/bitcount_baseline.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7261                   JB 0x70
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  755e                   JNE 0x7a
   1c  0fbdd8                 BSRL AX, BX
   1f  49c7c3ffffffff         MOVQ $-0x1, R11
   26  410f44db               CMOVE R11, BX
   2a  f7db                   NEGL BX
   2c  83c31f                 ADDL $0x1f, BX
   2f  0fbcdb                 BSFL BX, BX
   32  49c7c320000000         MOVQ $0x20, R11
   39  410f44db               CMOVE R11, BX
   3d  f30fb8c3               POPCNTL BX, AX
   41  480fbdd9               BSRQ CX, BX
   45  49c7c3ffffffff         MOVQ $-0x1, R11
   4c  490f44db               CMOVE R11, BX
   50  48f7db                 NEGQ BX
   53  4883c33f               ADDQ $0x3f, BX
   57  480fbcdb               BSFQ BX, BX
   5b  49c7c340000000         MOVQ $0x40, R11
   62  490f44db               CMOVE R11, BX
   66  f3480fb8cb             POPCNTQ BX, CX
   6b  4889ec                 MOVQ BP, SP
   6e  5d                     POPQ BP
   6f  c3                     RET
   70  b802000000             MOVL $0x2, AX
   75  e800000000             CALL 0x7a                      ; call thunk trap
   7a  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   81  eb99                   JMP 0x1c
