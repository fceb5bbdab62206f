; stack_args for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/stack_args.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f829c000000           JB 0xaf
   13  4c89dc                 MOVQ R11, SP
   16  4c8965f0               MOVQ R12, -0x10(BP)
   1a  4c896de8               MOVQ R13, -0x18(BP)
   1e  440f1165d8             MOVUPS X12, -0x28(BP)
   23  4989d2                 MOVQ DX, R10
   26  4989dc                 MOVQ BX, R12
   29  4989f5                 MOVQ SI, R13
   2c  66440f28c1             MOVAPD X1, X8
   31  66440f28ca             MOVAPD X2, X9
   36  66440f28d3             MOVAPD X3, X10
   3b  488b5d10               MOVQ 0x10(BP), BX
   3f  488b7518               MOVQ 0x18(BP), SI
   43  f2440f106520           MOVSD_XMM 0x20(BP), X12
   49  48890c24               MOVQ CX, 0(SP)
   4d  4889442408             MOVQ AX, 0x8(SP)
   52  f20f11442410           MOVSD_XMM X0, 0x10(SP)
   58  4889f0                 MOVQ SI, AX
   5b  4889d9                 MOVQ BX, CX
   5e  4c89ca                 MOVQ R9, DX
   61  4c89c3                 MOVQ R8, BX
   64  4889fe                 MOVQ DI, SI
   67  4c89ef                 MOVQ R13, DI
   6a  4d89e0                 MOVQ R12, R8
   6d  4d89d1                 MOVQ R10, R9
   70  66410f28c4             MOVAPD X12, X0
   75  660f28cf               MOVAPD X7, X1
   79  660f28d6               MOVAPD X6, X2
   7d  660f28dd               MOVAPD X5, X3
   81  66410f28ea             MOVAPD X10, X5
   86  66410f28f1             MOVAPD X9, X6
   8b  66410f28f8             MOVAPD X8, X7
   90  e800000000             CALL 0x95                      ; call func 5
   95  664d0f7ee2             MOVQ X12, R10
   9a  4c01d0                 ADDQ R10, AX
   9d  4c8b65f0               MOVQ -0x10(BP), R12
   a1  4c8b6de8               MOVQ -0x18(BP), R13
   a5  440f1065d8             MOVUPS -0x28(BP), X12
   aa  4889ec                 MOVQ BP, SP
   ad  5d                     POPQ BP
   ae  c3                     RET
   af  4183bfb000000000       CMPL 0xb0(R15), $0x0
   b7  7517                   JNE 0xd0
   b9  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   c0  0f834dffffff           JAE 0x13
   c6  b802000000             MOVL $0x2, AX
   cb  e800000000             CALL 0xd0                      ; call thunk trap
   d0  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   d7  e928ffffff             JMP 0x4
