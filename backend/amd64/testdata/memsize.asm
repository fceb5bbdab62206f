; memsize for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memsize.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  725a                   JB 0x69
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7557                   JNE 0x73
   1c  4d8b97b8000000         MOVQ 0xb8(R15), R10
   23  458b520a               MOVL 0xa(R10), R10
   27  4c8955f8               MOVQ R10, -0x8(BP)
   2b  48890424               MOVQ AX, 0(SP)
   2f  49896768               MOVQ SP, 0x68(R15)
   33  49c7477001000000       MOVQ $0x1, 0x70(R15)
   3b  49c7476000000000       MOVQ $0x0, 0x60(R15)
   43  e800000000             CALL 0x48                      ; call thunk host-exit
   48  488b0424               MOVQ 0(SP), AX
   4c  4d8b97b8000000         MOVQ 0xb8(R15), R10
   53  458b520a               MOVL 0xa(R10), R10
   57  4c8b65f8               MOVQ -0x8(BP), R12
   5b  4101c4                 ADDL AX, R12
   5e  4501d4                 ADDL R10, R12
   61  4c89e0                 MOVQ R12, AX
   64  4889ec                 MOVQ BP, SP
   67  5d                     POPQ BP
   68  c3                     RET
   69  b802000000             MOVL $0x2, AX
   6e  e800000000             CALL 0x73                      ; call thunk trap
   73  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   7a  eba0                   JMP 0x1c
