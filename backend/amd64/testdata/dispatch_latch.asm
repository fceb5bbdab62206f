; dispatch_latch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/dispatch_latch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8599000000           JNE 0xab
   12  4531d2                 XORL R10, R10
   15  660f1f840000000000     NOPW 0(AX)(AX*1)
   1e  6690                   NOPW
   20  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   25  83fb03                 CMPL BX, $0x3
   28  737c                   JAE 0xa6
   2a  4c8d1d86000000         LEAQ 0x86(IP), R11
   31  4d031cdb               ADDQ 0(R11)(BX*8), R11
   35  41ffe3                 JMP R11
   38  458d5201               LEAL 0x1(R10), R10
   3c  8d4001                 LEAL 0x1(AX), AX
   3f  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   44  83fb03                 CMPL BX, $0x3
   47  735d                   JAE 0xa6
   49  4c8d1d67000000         LEAQ 0x67(IP), R11
   50  4d031cdb               ADDQ 0(R11)(BX*8), R11
   54  41ffe3                 JMP R11
   57  410fb65c0601           MOVZX 0x1(R14)(AX*1), BX       ; trap oob_memory
   5d  4431d3                 XORL R10, BX
   60  8d4002                 LEAL 0x2(AX), AX
   63  4989da                 MOVQ BX, R10
   66  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   6b  83fb03                 CMPL BX, $0x3
   6e  7336                   JAE 0xa6
   70  4c8d1d40000000         LEAQ 0x40(IP), R11
   77  4d031cdb               ADDQ 0(R11)(BX*8), R11
   7b  41ffe3                 JMP R11
   7e  410fb65c0601           MOVZX 0x1(R14)(AX*1), BX       ; trap oob_memory
   84  410fafda               IMULL R10, BX
   88  8d4002                 LEAL 0x2(AX), AX
   8b  4989da                 MOVQ BX, R10
   8e  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   93  83fb03                 CMPL BX, $0x3
   96  730e                   JAE 0xa6
   98  4c8d1d18000000         LEAQ 0x18(IP), R11
   9f  4d031cdb               ADDQ 0(R11)(BX*8), R11
   a3  41ffe3                 JMP R11
   a6  4c89d0                 MOVQ R10, AX
   a9  5d                     POPQ BP
   aa  c3                     RET
   ab  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   b2  e95bffffff             JMP 0x12
   b7  81ffffffffffffff       .quad 0x38 (table+0xffffffffffffff81)
   bf  c7ffffffffffffff       .quad 0x7e (table+0xffffffffffffffc7)
   c7  a0ffffffffffffff       .quad 0x57 (table+0xffffffffffffffa0)
