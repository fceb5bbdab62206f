; stack_args for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/stack_args.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8298000000           JB 0xab
   13  4c89dc                 MOVQ R11, SP
   16  4989d2                 MOVQ DX, R10
   19  4989dc                 MOVQ BX, R12
   1c  4989f5                 MOVQ SI, R13
   1f  66440f28c1             MOVAPD X1, X8
   24  66440f28ca             MOVAPD X2, X9
   29  66440f28d3             MOVAPD X3, X10
   2e  488b5d10               MOVQ 0x10(BP), BX
   32  488b7518               MOVQ 0x18(BP), SI
   36  f2440f105d20           MOVSD_XMM 0x20(BP), X11
   3c  f2440f115df8           MOVSD_XMM X11, -0x8(BP)
   42  4183bfb000000000       CMPL 0xb0(R15), $0x0
   4a  7569                   JNE 0xb5
   4c  48890c24               MOVQ CX, 0(SP)
   50  4889442408             MOVQ AX, 0x8(SP)
   55  f20f11442410           MOVSD_XMM X0, 0x10(SP)
   5b  4889f0                 MOVQ SI, AX
   5e  4889d9                 MOVQ BX, CX
   61  4c89ca                 MOVQ R9, DX
   64  4c89c3                 MOVQ R8, BX
   67  4889fe                 MOVQ DI, SI
   6a  4c89ef                 MOVQ R13, DI
   6d  4d89e0                 MOVQ R12, R8
   70  4d89d1                 MOVQ R10, R9
   73  66410f28c3             MOVAPD X11, X0
   78  660f28cf               MOVAPD X7, X1
   7c  660f28d6               MOVAPD X6, X2
   80  660f28dd               MOVAPD X5, X3
   84  66410f28ea             MOVAPD X10, X5
   89  66410f28f1             MOVAPD X9, X6
   8e  66410f28f8             MOVAPD X8, X7
   93  e800000000             CALL 0x98                      ; call func 5
   98  f2440f1045f8           MOVSD_XMM -0x8(BP), X8
   9e  664d0f7ec2             MOVQ X8, R10
   a3  4c01d0                 ADDQ R10, AX
   a6  4889ec                 MOVQ BP, SP
   a9  5d                     POPQ BP
   aa  c3                     RET
   ab  b802000000             MOVL $0x2, AX
   b0  e800000000             CALL 0xb5                      ; call thunk trap
   b5  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   bc  eb8e                   JMP 0x4c
