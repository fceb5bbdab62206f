; multi_return for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/multi_return.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4989c2                 MOVQ AX, R10
    7  66440f28c0             MOVAPD X0, X8
    c  4183bfb000000000       CMPL 0xb0(R15), $0x0
   14  751e                   JNE 0x34
   16  660f28c1               MOVAPD X1, X0
   1a  66410f28c8             MOVAPD X8, X1
   1f  4889c8                 MOVQ CX, AX
   22  4c89d1                 MOVQ R10, CX
   25  ba2a000000             MOVL $0x2a, DX
   2a  f20f10150b000000       MOVSD_XMM 0xb(IP), X2
   32  5d                     POPQ BP
   33  c3                     RET
   34  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3b  ebd9                   JMP 0x16
   3d  0000000000004540       .quad 0x4045000000000000 (constant)
