; br_table for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/br_table.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7242                   JB 0x51
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  753f                   JNE 0x5b
   1c  83f804                 CMPL AX, $0x4
   1f  730e                   JAE 0x2f
   21  4c8d1d46000000         LEAQ 0x46(IP), R11
   28  4d031cc3               ADDQ 0(R11)(AX*8), R11
   2c  41ffe3                 JMP R11
   2f  eb33                   JMP 0x64
   31  4883c103               ADDQ $0x3, CX
   35  4889c8                 MOVQ CX, AX
   38  4889ec                 MOVQ BP, SP
   3b  5d                     POPQ BP
   3c  c3                     RET
   3d  b802000000             MOVL $0x2, AX
   42  4889ec                 MOVQ BP, SP
   45  5d                     POPQ BP
   46  c3                     RET
   47  b801000000             MOVL $0x1, AX
   4c  4889ec                 MOVQ BP, SP
   4f  5d                     POPQ BP
   50  c3                     RET
   51  b802000000             MOVL $0x2, AX
   56  e800000000             CALL 0x5b                      ; call thunk trap
   5b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   62  ebb8                   JMP 0x1c
   64  b803000000             MOVL $0x3, AX                  ; trap unreachable
   69  e800000000             CALL 0x6e                      ; call thunk trap
   6e  d9ffffffffffffff       .quad 0x47 (table+0xffffffffffffffd9)
   76  cfffffffffffffff       .quad 0x3d (table+0xffffffffffffffcf)
   7e  c3ffffffffffffff       .quad 0x31 (table+0xffffffffffffffc3)
   86  cfffffffffffffff       .quad 0x3d (table+0xffffffffffffffcf)
