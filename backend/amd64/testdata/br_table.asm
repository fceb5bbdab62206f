; br_table for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/br_table.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  752c                   JNE 0x3a
    e  83f804                 CMPL AX, $0x4
   11  730e                   JAE 0x21
   13  4c8d1d33000000         LEAQ 0x33(IP), R11
   1a  4d031cc3               ADDQ 0(R11)(AX*8), R11
   1e  41ffe3                 JMP R11
   21  eb20                   JMP 0x43
   23  4883c103               ADDQ $0x3, CX
   27  4889c8                 MOVQ CX, AX
   2a  5d                     POPQ BP
   2b  c3                     RET
   2c  b802000000             MOVL $0x2, AX
   31  5d                     POPQ BP
   32  c3                     RET
   33  b801000000             MOVL $0x1, AX
   38  5d                     POPQ BP
   39  c3                     RET
   3a  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   41  ebcb                   JMP 0xe
   43  b803000000             MOVL $0x3, AX                  ; trap unreachable
   48  e800000000             CALL 0x4d                      ; call thunk trap
   4d  e6ffffffffffffff       .quad 0x33 (table+0xffffffffffffffe6)
   55  dfffffffffffffff       .quad 0x2c (table+0xffffffffffffffdf)
   5d  d6ffffffffffffff       .quad 0x23 (table+0xffffffffffffffd6)
   65  dfffffffffffffff       .quad 0x2c (table+0xffffffffffffffdf)
