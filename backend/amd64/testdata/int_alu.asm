; int_alu for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/int_alu.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8581000000           JNE 0x93
   12  448d1408               LEAL 0(AX)(CX*1), R10
   16  4129c2                 SUBL AX, R10
   19  4121ca                 ANDL CX, R10
   1c  4109c2                 ORL AX, R10
   1f  4131ca                 XORL CX, R10
   22  440fafd0               IMULL AX, R10
   26  458d5264               LEAL 0x64(R10), R10
   2a  456bd2f9               IMULL $-0x7, R10, R10
   2e  4181e2ff000000         ANDL $0xff, R10
   35  4181f2ff000000         XORL $0xff, R10
   3c  418d3402               LEAL 0(R10)(AX*1), SI
   40  4401d6                 ADDL R10, SI
   43  4103740608             ADDL 0x8(R14)(AX*1), SI        ; trap oob_memory
   48  410faf740e0c           IMULL 0xc(R14)(CX*1), SI       ; trap oob_memory
   4e  412b740e10             SUBL 0x10(R14)(CX*1), SI       ; trap oob_memory
   53  4c8d141a               LEAQ 0(DX)(BX*1), R10
   57  4929d2                 SUBQ DX, R10
   5a  4921da                 ANDQ BX, R10
   5d  4909d2                 ORQ DX, R10
   60  4931da                 XORQ BX, R10
   63  4c0fafd2               IMULQ DX, R10
   67  4d8d92ffffff7f         LEAQ 0x7fffffff(R10), R10
   6e  4c03152a000000         ADDQ 0x2a(IP), R10
   75  4d6bd203               IMULQ $0x3, R10, R10
   79  498d5afd               LEAQ -0x3(R10), BX
   7d  4c01d3                 ADDQ R10, BX
   80  490b5c0618             ORQ 0x18(R14)(AX*1), BX        ; trap oob_memory
   85  490faf5c0620           IMULQ 0x20(R14)(AX*1), BX      ; trap oob_memory
   8b  4889f0                 MOVQ SI, AX
   8e  4889d9                 MOVQ BX, CX
   91  5d                     POPQ BP
   92  c3                     RET
   93  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   9a  e973ffffff             JMP 0x12
   9f  8967452301000000       .quad 0x123456789 (constant)
