; bitcount for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bitcount.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  722d                   JB 0x3c
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  752a                   JNE 0x46
   1c  f30fbdd8               LZCNT AX, BX
   20  f30fbcdb               TZCNT BX, BX
   24  f30fb8c3               POPCNTL BX, AX
   28  f3480fbdd9             LZCNT CX, BX
   2d  f3480fbcdb             TZCNT BX, BX
   32  f3480fb8cb             POPCNTQ BX, CX
   37  4889ec                 MOVQ BP, SP
   3a  5d                     POPQ BP
   3b  c3                     RET
   3c  b802000000             MOVL $0x2, AX
   41  e800000000             CALL 0x46                      ; call thunk trap
   46  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   4d  ebcd                   JMP 0x1c
