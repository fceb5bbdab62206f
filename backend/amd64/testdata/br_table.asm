; br_table for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/br_table.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7529                   JNE 0x37
    e  83f804                 CMPL AX, $0x4
   11  730e                   JAE 0x21
   13  4c8d1d30000000         LEAQ 0x30(IP), R11
   1a  4d031cc3               ADDQ 0(R11)(AX*8), R11
   1e  41ffe3                 JMP R11
   21  eb1d                   JMP 0x40
   23  488d4103               LEAQ 0x3(CX), AX
   27  5d                     POPQ BP
   28  c3                     RET
   29  b802000000             MOVL $0x2, AX
   2e  5d                     POPQ BP
   2f  c3                     RET
   30  b801000000             MOVL $0x1, AX
   35  5d                     POPQ BP
   36  c3                     RET
   37  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3e  ebce                   JMP 0xe
   40  b803000000             MOVL $0x3, AX                  ; trap unreachable
   45  e800000000             CALL 0x4a                      ; call thunk trap
   4a  e6ffffffffffffff       .quad 0x30 (table+0xffffffffffffffe6)
   52  dfffffffffffffff       .quad 0x29 (table+0xffffffffffffffdf)
   5a  d9ffffffffffffff       .quad 0x23 (table+0xffffffffffffffd9)
   62  dfffffffffffffff       .quad 0x29 (table+0xffffffffffffffdf)
