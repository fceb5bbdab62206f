; memsize for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memsize.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c2490             LEAQ -0x70(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8287000000           JB 0x9a
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  440f1165c8             MOVUPS X12, -0x38(BP)
   23  440f116db8             MOVUPS X13, -0x48(BP)
   28  440f1175a8             MOVUPS X14, -0x58(BP)
   2d  4183bfb000000000       CMPL 0xb0(R15), $0x0
   35  756d                   JNE 0xa4
   37  4d8b97b8000000         MOVQ 0xb8(R15), R10
   3e  458b520a               MOVL 0xa(R10), R10
   42  4c8955f8               MOVQ R10, -0x8(BP)
   46  48890424               MOVQ AX, 0(SP)
   4a  49896768               MOVQ SP, 0x68(R15)
   4e  49c7477001000000       MOVQ $0x1, 0x70(R15)
   56  49c7476000000000       MOVQ $0x0, 0x60(R15)
   5e  e800000000             CALL 0x63                      ; call thunk host-exit
   63  488b0424               MOVQ 0(SP), AX
   67  4d8b97b8000000         MOVQ 0xb8(R15), R10
   6e  458b520a               MOVL 0xa(R10), R10
   72  488b5df8               MOVQ -0x8(BP), BX
   76  01c3                   ADDL AX, BX
   78  4401d3                 ADDL R10, BX
   7b  4889d8                 MOVQ BX, AX
   7e  4c8b65e8               MOVQ -0x18(BP), R12
   82  4c8b6de0               MOVQ -0x20(BP), R13
   86  440f1065c8             MOVUPS -0x38(BP), X12
   8b  440f106db8             MOVUPS -0x48(BP), X13
   90  440f1075a8             MOVUPS -0x58(BP), X14
   95  4889ec                 MOVQ BP, SP
   98  5d                     POPQ BP
   99  c3                     RET
   9a  b802000000             MOVL $0x2, AX
   9f  e800000000             CALL 0xa4                      ; call thunk trap
   a4  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   ab  eb8a                   JMP 0x37
