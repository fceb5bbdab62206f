; dispatch_latch for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/dispatch_latch.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f858e000000           JNE 0xa0
   12  4531d2                 XORL R10, R10
   15  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   1a  83fb03                 CMPL BX, $0x3
   1d  737c                   JAE 0x9b
   1f  4c8d1d86000000         LEAQ 0x86(IP), R11
   26  4d031cdb               ADDQ 0(R11)(BX*8), R11
   2a  41ffe3                 JMP R11
   2d  458d5201               LEAL 0x1(R10), R10
   31  8d4001                 LEAL 0x1(AX), AX
   34  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   39  83fb03                 CMPL BX, $0x3
   3c  735d                   JAE 0x9b
   3e  4c8d1d67000000         LEAQ 0x67(IP), R11
   45  4d031cdb               ADDQ 0(R11)(BX*8), R11
   49  41ffe3                 JMP R11
   4c  410fb65c0601           MOVZX 0x1(R14)(AX*1), BX       ; trap oob_memory
   52  4431d3                 XORL R10, BX
   55  8d4002                 LEAL 0x2(AX), AX
   58  4989da                 MOVQ BX, R10
   5b  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   60  83fb03                 CMPL BX, $0x3
   63  7336                   JAE 0x9b
   65  4c8d1d40000000         LEAQ 0x40(IP), R11
   6c  4d031cdb               ADDQ 0(R11)(BX*8), R11
   70  41ffe3                 JMP R11
   73  410fb65c0601           MOVZX 0x1(R14)(AX*1), BX       ; trap oob_memory
   79  410fafda               IMULL R10, BX
   7d  8d4002                 LEAL 0x2(AX), AX
   80  4989da                 MOVQ BX, R10
   83  410fb61c06             MOVZX 0(R14)(AX*1), BX         ; trap oob_memory
   88  83fb03                 CMPL BX, $0x3
   8b  730e                   JAE 0x9b
   8d  4c8d1d18000000         LEAQ 0x18(IP), R11
   94  4d031cdb               ADDQ 0(R11)(BX*8), R11
   98  41ffe3                 JMP R11
   9b  4c89d0                 MOVQ R10, AX
   9e  5d                     POPQ BP
   9f  c3                     RET
   a0  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   a7  e966ffffff             JMP 0x12
   ac  81ffffffffffffff       .quad 0x2d (table+0xffffffffffffff81)
   b4  c7ffffffffffffff       .quad 0x73 (table+0xffffffffffffffc7)
   bc  a0ffffffffffffff       .quad 0x4c (table+0xffffffffffffffa0)
