; memsize for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memsize.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c2490             LEAQ -0x70(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  727d                   JB 0x8c
    f  4c89dc                 MOVQ R11, SP
   12  4c8965e8               MOVQ R12, -0x18(BP)
   16  4c896de0               MOVQ R13, -0x20(BP)
   1a  440f1165c8             MOVUPS X12, -0x38(BP)
   1f  440f116db8             MOVUPS X13, -0x48(BP)
   24  440f1175a8             MOVUPS X14, -0x58(BP)
   29  4d8b97b8000000         MOVQ 0xb8(R15), R10
   30  458b520a               MOVL 0xa(R10), R10
   34  4c8955f8               MOVQ R10, -0x8(BP)
   38  48890424               MOVQ AX, 0(SP)
   3c  49896768               MOVQ SP, 0x68(R15)
   40  49c7477001000000       MOVQ $0x1, 0x70(R15)
   48  49c7476000000000       MOVQ $0x0, 0x60(R15)
   50  e800000000             CALL 0x55                      ; call thunk host-exit
   55  488b0424               MOVQ 0(SP), AX
   59  4d8b97b8000000         MOVQ 0xb8(R15), R10
   60  458b520a               MOVL 0xa(R10), R10
   64  488b5df8               MOVQ -0x8(BP), BX
   68  01c3                   ADDL AX, BX
   6a  4401d3                 ADDL R10, BX
   6d  4889d8                 MOVQ BX, AX
   70  4c8b65e8               MOVQ -0x18(BP), R12
   74  4c8b6de0               MOVQ -0x20(BP), R13
   78  440f1065c8             MOVUPS -0x38(BP), X12
   7d  440f106db8             MOVUPS -0x48(BP), X13
   82  440f1075a8             MOVUPS -0x58(BP), X14
   87  4889ec                 MOVQ BP, SP
   8a  5d                     POPQ BP
   8b  c3                     RET
   8c  4183bfb000000000       CMPL 0xb0(R15), $0x0
   94  7517                   JNE 0xad
   96  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   9d  0f836cffffff           JAE 0xf
   a3  b802000000             MOVL $0x2, AX
   a8  e800000000             CALL 0xad                      ; call thunk trap
   ad  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   b4  e94bffffff             JMP 0x4
