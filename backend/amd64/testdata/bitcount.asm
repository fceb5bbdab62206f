; bitcount for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bitcount.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7230                   JB 0x3f
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  752d                   JNE 0x49
   1c  f3440fbdd0             LZCNT AX, R10
   21  f3450fbcd2             TZCNT R10, R10
   26  f3410fb8c2             POPCNTL R10, AX
   2b  f34c0fbdd1             LZCNT CX, R10
   30  f34d0fbcd2             TZCNT R10, R10
   35  f3490fb8ca             POPCNTQ R10, CX
   3a  4889ec                 MOVQ BP, SP
   3d  5d                     POPQ BP
   3e  c3                     RET
   3f  b802000000             MOVL $0x2, AX
   44  e800000000             CALL 0x49                      ; call thunk trap
   49  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   50  ebca                   JMP 0x1c
