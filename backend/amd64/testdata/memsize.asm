; memsize for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memsize.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c2490             LEAQ -0x70(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f828c000000           JB 0x9f
   13  4c89dc                 MOVQ R11, SP
   16  4c8955e8               MOVQ R10, -0x18(BP)
   1a  4c8965e0               MOVQ R12, -0x20(BP)
   1e  4c896dd8               MOVQ R13, -0x28(BP)
   22  440f1165c8             MOVUPS X12, -0x38(BP)
   27  440f116db8             MOVUPS X13, -0x48(BP)
   2c  440f1175a8             MOVUPS X14, -0x58(BP)
   31  4183bfb000000000       CMPL 0xb0(R15), $0x0
   39  756e                   JNE 0xa9
   3b  498b9fb8000000         MOVQ 0xb8(R15), BX
   42  8b5b0a                 MOVL 0xa(BX), BX
   45  48895df8               MOVQ BX, -0x8(BP)
   49  48890424               MOVQ AX, 0(SP)
   4d  49896768               MOVQ SP, 0x68(R15)
   51  49c7477001000000       MOVQ $0x1, 0x70(R15)
   59  49c7476000000000       MOVQ $0x0, 0x60(R15)
   61  e800000000             CALL 0x66                      ; call thunk host-exit
   66  488b0424               MOVQ 0(SP), AX
   6a  498b9fb8000000         MOVQ 0xb8(R15), BX
   71  8b5b0a                 MOVL 0xa(BX), BX
   74  488b75f8               MOVQ -0x8(BP), SI
   78  01c6                   ADDL AX, SI
   7a  01de                   ADDL BX, SI
   7c  4889f0                 MOVQ SI, AX
   7f  4c8b55e8               MOVQ -0x18(BP), R10
   83  4c8b65e0               MOVQ -0x20(BP), R12
   87  4c8b6dd8               MOVQ -0x28(BP), R13
   8b  440f1065c8             MOVUPS -0x38(BP), X12
   90  440f106db8             MOVUPS -0x48(BP), X13
   95  440f1075a8             MOVUPS -0x58(BP), X14
   9a  4889ec                 MOVQ BP, SP
   9d  5d                     POPQ BP
   9e  c3                     RET
   9f  b802000000             MOVL $0x2, AX
   a4  e800000000             CALL 0xa9                      ; call thunk trap
   a9  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   b0  eb89                   JMP 0x3b
