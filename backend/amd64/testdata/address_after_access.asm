; address_after_access for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/address_after_access.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7570                   JNE 0x7e
    e  450fb61406             MOVZX 0(R14)(AX*1), R10        ; trap oob_memory
   13  410fb65c0601           MOVZX 0x1(R14)(AX*1), BX       ; trap oob_memory
   19  8db001000100           LEAL 0x10001(AX), SI
   1f  410fb63436             MOVZX 0(R14)(SI*1), SI         ; trap oob_memory
   24  8d7901                 LEAL 0x1(CX), DI
   27  410fb63c3e             MOVZX 0(R14)(DI*1), DI         ; trap oob_memory
   2c  4101da                 ADDL BX, R10
   2f  4101f2                 ADDL SI, R10
   32  4101fa                 ADDL DI, R10
   35  7508                   JNE 0x3f
   37  41ba05000000           MOVL $0x5, R10
   3d  eb0a                   JMP 0x49
   3f  4588140e               MOVB R10, 0(R14)(CX*1)         ; trap oob_memory
   43  450fb7540e02           MOVZX 0x2(R14)(CX*1), R10      ; trap oob_memory
   49  8d5903                 LEAL 0x3(CX), BX
   4c  410fb61c1e             MOVZX 0(R14)(BX*1), BX         ; trap oob_memory
   51  410fb6b40600000100     MOVZX 0x10000(R14)(AX*1), SI   ; trap oob_memory
   5a  4101da                 ADDL BX, R10
   5d  4101f2                 ADDL SI, R10
   60  4503540608             ADDL 0x8(R14)(AX*1), R10       ; trap oob_memory
   65  4589540608             MOVL R10, 0x8(R14)(AX*1)       ; trap oob_memory
   6a  8d5801                 LEAL 0x1(AX), BX
   6d  418b341e               MOVL 0(R14)(BX*1), SI          ; trap oob_memory
   71  41895c1e04             MOVL BX, 0x4(R14)(BX*1)        ; trap oob_memory
   76  4101f2                 ADDL SI, R10
   79  4c89d0                 MOVQ R10, AX
   7c  5d                     POPQ BP
   7d  c3                     RET
   7e  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   85  eb87                   JMP 0xe
