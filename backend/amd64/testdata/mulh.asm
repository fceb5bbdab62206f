; mulh for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/mulh.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4989c2                 MOVQ AX, R10
    7  4183bfb000000000       CMPL 0xb0(R15), $0x0
    f  7534                   JNE 0x45
   11  4c89d0                 MOVQ R10, AX
   14  48f72533000000         MULQ 0x33(IP)
   1b  4889d3                 MOVQ DX, BX
   1e  48c1eb03               SHRQ $0x3, BX
   22  486bf30a               IMULQ $0xa, BX, SI
   26  4929f2                 SUBQ SI, R10
   29  b893244992             MOVL $-0x6db6db6d, AX
   2e  f7e9                   IMULL CX
   30  01ca                   ADDL CX, DX
   32  c1fa02                 SARL $0x2, DX
   35  4889d6                 MOVQ DX, SI
   38  c1ee1f                 SHRL $0x1f, SI
   3b  01f2                   ADDL SI, DX
   3d  4889d8                 MOVQ BX, AX
   40  4c89d1                 MOVQ R10, CX
   43  5d                     POPQ BP
   44  c3                     RET
   45  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   4c  ebc3                   JMP 0x11
   4e  cdcccccccccccccc       .quad 0xcccccccccccccccd (constant)
