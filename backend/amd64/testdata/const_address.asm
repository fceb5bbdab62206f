; const_address for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/const_address.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7558                   JNE 0x66
    e  4989c2                 MOVQ AX, R10
   11  45039608100000         ADDL 0x1008(R14), R10          ; trap oob_memory
   18  4589960c100000         MOVL R10, 0x100c(R14)          ; trap oob_memory
   1f  41c7861010000005000000 MOVL $0x5, 0x1010(R14)         ; trap oob_memory
   2a  41888614100000         MOVB AL, 0x1014(R14)           ; trap oob_memory
   31  49898e18100000         MOVQ CX, 0x1018(R14)           ; trap oob_memory
   38  41038600100000         ADDL 0x1000(R14), AX           ; trap oob_memory
   3f  458b96ffffff7f         MOVL 0x7fffffff(R14), R10      ; trap oob_memory
   46  bbf0ffff7f             MOVL $0x7ffffff0, BX
   4b  418b5c1e10             MOVL 0x10(R14)(BX*1), BX       ; trap oob_memory
   50  bef0ffffff             MOVL $-0x10, SI
   55  498b3436               MOVQ 0(R14)(SI*1), SI          ; trap oob_memory
   59  4401d0                 ADDL R10, AX
   5c  01d8                   ADDL BX, AX
   5e  4189f2                 MOVL SI, R10
   61  4401d0                 ADDL R10, AX
   64  5d                     POPQ BP
   65  c3                     RET
   66  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   6d  eb9f                   JMP 0xe
