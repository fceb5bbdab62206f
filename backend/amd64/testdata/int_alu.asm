; int_alu for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/int_alu.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f829b000000           JB 0xae
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8594000000           JNE 0xb8
   24  448d1408               LEAL 0(AX)(CX*1), R10
   28  4129c2                 SUBL AX, R10
   2b  4121ca                 ANDL CX, R10
   2e  4109c2                 ORL AX, R10
   31  4131ca                 XORL CX, R10
   34  440fafd0               IMULL AX, R10
   38  4183c264               ADDL $0x64, R10
   3c  456bd2f9               IMULL $-0x7, R10, R10
   40  4181e2ff000000         ANDL $0xff, R10
   47  4181f2ff000000         XORL $0xff, R10
   4e  418d3402               LEAL 0(R10)(AX*1), SI
   52  4401d6                 ADDL R10, SI
   55  4103740608             ADDL 0x8(R14)(AX*1), SI        ; trap oob_memory
   5a  410faf740e0c           IMULL 0xc(R14)(CX*1), SI       ; trap oob_memory
   60  412b740e10             SUBL 0x10(R14)(CX*1), SI       ; trap oob_memory
   65  4c8d141a               LEAQ 0(DX)(BX*1), R10
   69  4929d2                 SUBQ DX, R10
   6c  4921da                 ANDQ BX, R10
   6f  4909d2                 ORQ DX, R10
   72  4931da                 XORQ BX, R10
   75  4c0fafd2               IMULQ DX, R10
   79  4981c2ffffff7f         ADDQ $0x7fffffff, R10
   80  48bb8967452301000000   MOVQ $0x123456789, BX
   8a  4901da                 ADDQ BX, R10
   8d  4d6bd203               IMULQ $0x3, R10, R10
   91  498d5afd               LEAQ -0x3(R10), BX
   95  4c01d3                 ADDQ R10, BX
   98  490b5c0618             ORQ 0x18(R14)(AX*1), BX        ; trap oob_memory
   9d  490faf5c0620           IMULQ 0x20(R14)(AX*1), BX      ; trap oob_memory
   a3  4889f0                 MOVQ SI, AX
   a6  4889d9                 MOVQ BX, CX
   a9  4889ec                 MOVQ BP, SP
   ac  5d                     POPQ BP
   ad  c3                     RET
   ae  b802000000             MOVL $0x2, AX
   b3  e800000000             CALL 0xb8                      ; call thunk trap
   b8  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   bf  e960ffffff             JMP 0x24
