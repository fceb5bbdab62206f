; int_alu for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/int_alu.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8292000000           JB 0xa5
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f858b000000           JNE 0xaf
   24  8d3408                 LEAL 0(AX)(CX*1), SI
   27  29c6                   SUBL AX, SI
   29  21ce                   ANDL CX, SI
   2b  09c6                   ORL AX, SI
   2d  31ce                   XORL CX, SI
   2f  0faff0                 IMULL AX, SI
   32  83c664                 ADDL $0x64, SI
   35  6bf6f9                 IMULL $-0x7, SI, SI
   38  81e6ff000000           ANDL $0xff, SI
   3e  81f6ff000000           XORL $0xff, SI
   44  8d3c06                 LEAL 0(SI)(AX*1), DI
   47  01f7                   ADDL SI, DI
   49  41037c0608             ADDL 0x8(R14)(AX*1), DI        ; trap oob_memory
   4e  410faf7c0e0c           IMULL 0xc(R14)(CX*1), DI       ; trap oob_memory
   54  412b7c0e10             SUBL 0x10(R14)(CX*1), DI       ; trap oob_memory
   59  488d341a               LEAQ 0(DX)(BX*1), SI
   5d  4829d6                 SUBQ DX, SI
   60  4821de                 ANDQ BX, SI
   63  4809d6                 ORQ DX, SI
   66  4831de                 XORQ BX, SI
   69  480faff2               IMULQ DX, SI
   6d  4881c6ffffff7f         ADDQ $0x7fffffff, SI
   74  48bb8967452301000000   MOVQ $0x123456789, BX
   7e  4801de                 ADDQ BX, SI
   81  486bde03               IMULQ $0x3, SI, BX
   85  4889de                 MOVQ BX, SI
   88  4883ee03               SUBQ $0x3, SI
   8c  4801de                 ADDQ BX, SI
   8f  490b740618             ORQ 0x18(R14)(AX*1), SI        ; trap oob_memory
   94  490faf740620           IMULQ 0x20(R14)(AX*1), SI      ; trap oob_memory
   9a  4889f8                 MOVQ DI, AX
   9d  4889f1                 MOVQ SI, CX
   a0  4889ec                 MOVQ BP, SP
   a3  5d                     POPQ BP
   a4  c3                     RET
   a5  b802000000             MOVL $0x2, AX
   aa  e800000000             CALL 0xaf                      ; call thunk trap
   af  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   b6  e969ffffff             JMP 0x24
