; br_table for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/br_table.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  723f                   JB 0x4e
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  753c                   JNE 0x58
   1c  83f804                 CMPL AX, $0x4
   1f  730b                   JAE 0x2c
   21  4c8d1d44000000         LEAQ 0x44(IP), R11
   28  41ff24c3               JMP 0(R11)(AX*8)
   2c  eb34                   JMP 0x62
   2e  4883c103               ADDQ $0x3, CX
   32  4889c8                 MOVQ CX, AX
   35  4889ec                 MOVQ BP, SP
   38  5d                     POPQ BP
   39  c3                     RET
   3a  b802000000             MOVL $0x2, AX
   3f  4889ec                 MOVQ BP, SP
   42  5d                     POPQ BP
   43  c3                     RET
   44  b801000000             MOVL $0x1, AX
   49  4889ec                 MOVQ BP, SP
   4c  5d                     POPQ BP
   4d  c3                     RET
   4e  b802000000             MOVL $0x2, AX
   53  e800000000             CALL 0x58                      ; call thunk trap
   58  b80b000000             MOVL $0xb, AX                  ; trap interrupted
   5d  e800000000             CALL 0x62                      ; call thunk trap
   62  b803000000             MOVL $0x3, AX                  ; trap unreachable
   67  e800000000             CALL 0x6c                      ; call thunk trap
   6c  0000000000000000       .quad func+0x44
   74  0000000000000000       .quad func+0x3a
   7c  0000000000000000       .quad func+0x2e
   84  0000000000000000       .quad func+0x3a
