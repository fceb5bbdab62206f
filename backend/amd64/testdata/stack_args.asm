; stack_args for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/stack_args.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24b0             LEAQ -0x50(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82ae000000           JB 0xc1
   13  4c89dc                 MOVQ R11, SP
   16  4c8955f0               MOVQ R10, -0x10(BP)
   1a  4c8965e8               MOVQ R12, -0x18(BP)
   1e  4c896de0               MOVQ R13, -0x20(BP)
   22  440f1165c8             MOVUPS X12, -0x38(BP)
   27  4989d2                 MOVQ DX, R10
   2a  4989dc                 MOVQ BX, R12
   2d  4989f5                 MOVQ SI, R13
   30  66440f28c1             MOVAPD X1, X8
   35  66440f28ca             MOVAPD X2, X9
   3a  66440f28d3             MOVAPD X3, X10
   3f  488b5d10               MOVQ 0x10(BP), BX
   43  488b7518               MOVQ 0x18(BP), SI
   47  f2440f106520           MOVSD_XMM 0x20(BP), X12
   4d  4183bfb000000000       CMPL 0xb0(R15), $0x0
   55  7574                   JNE 0xcb
   57  48890c24               MOVQ CX, 0(SP)
   5b  4889442408             MOVQ AX, 0x8(SP)
   60  f20f11442410           MOVSD_XMM X0, 0x10(SP)
   66  4889f0                 MOVQ SI, AX
   69  4889d9                 MOVQ BX, CX
   6c  4c89ca                 MOVQ R9, DX
   6f  4c89c3                 MOVQ R8, BX
   72  4889fe                 MOVQ DI, SI
   75  4c89ef                 MOVQ R13, DI
   78  4d89e0                 MOVQ R12, R8
   7b  4d89d1                 MOVQ R10, R9
   7e  66410f28c4             MOVAPD X12, X0
   83  660f28cf               MOVAPD X7, X1
   87  660f28d6               MOVAPD X6, X2
   8b  660f28dd               MOVAPD X5, X3
   8f  66410f28ea             MOVAPD X10, X5
   94  66410f28f1             MOVAPD X9, X6
   99  66410f28f8             MOVAPD X8, X7
   9e  e800000000             CALL 0xa3                      ; call func 5
   a3  664c0f7ee3             MOVQ X12, BX
   a8  4801d8                 ADDQ BX, AX
   ab  4c8b55f0               MOVQ -0x10(BP), R10
   af  4c8b65e8               MOVQ -0x18(BP), R12
   b3  4c8b6de0               MOVQ -0x20(BP), R13
   b7  440f1065c8             MOVUPS -0x38(BP), X12
   bc  4889ec                 MOVQ BP, SP
   bf  5d                     POPQ BP
   c0  c3                     RET
   c1  b802000000             MOVL $0x2, AX
   c6  e800000000             CALL 0xcb                      ; call thunk trap
   cb  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   d2  eb83                   JMP 0x57
