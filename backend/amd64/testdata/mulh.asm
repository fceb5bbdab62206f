; mulh for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/mulh.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4989c2                 MOVQ AX, R10
    7  4183bfb000000000       CMPL 0xb0(R15), $0x0
    f  7537                   JNE 0x48
   11  48b8cdcccccccccccccc   MOVQ $0xcccccccccccccccd, AX
   1b  49f7e2                 MULQ R10
   1e  4889d3                 MOVQ DX, BX
   21  48c1eb03               SHRQ $0x3, BX
   25  486bf30a               IMULQ $0xa, BX, SI
   29  4929f2                 SUBQ SI, R10
   2c  b893244992             MOVL $-0x6db6db6d, AX
   31  f7e9                   IMULL CX
   33  01ca                   ADDL CX, DX
   35  c1fa02                 SARL $0x2, DX
   38  4889d6                 MOVQ DX, SI
   3b  c1ee1f                 SHRL $0x1f, SI
   3e  01f2                   ADDL SI, DX
   40  4889d8                 MOVQ BX, AX
   43  4c89d1                 MOVQ R10, CX
   46  5d                     POPQ BP
   47  c3                     RET
   48  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   4f  ebc0                   JMP 0x11
