; multi_return for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/multi_return.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7236                   JB 0x45
    f  4c89dc                 MOVQ R11, SP
   12  4989c2                 MOVQ AX, R10
   15  66440f28c0             MOVAPD X0, X8
   1a  4183bfb000000000       CMPL 0xb0(R15), $0x0
   22  752b                   JNE 0x4f
   24  660f28c1               MOVAPD X1, X0
   28  66410f28c8             MOVAPD X8, X1
   2d  4889c8                 MOVQ CX, AX
   30  4c89d1                 MOVQ R10, CX
   33  ba2a000000             MOVL $0x2a, DX
   38  f20f101518000000       MOVSD_XMM 0x18(IP), X2
   40  4889ec                 MOVQ BP, SP
   43  5d                     POPQ BP
   44  c3                     RET
   45  b802000000             MOVL $0x2, AX
   4a  e800000000             CALL 0x4f                      ; call thunk trap
   4f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   56  ebcc                   JMP 0x24
   58  0000000000004540       .quad 0x4045000000000000 (constant)
