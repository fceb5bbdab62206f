; simd_lanes for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanes.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82ad010000           JB 0x1c0
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85a6010000           JNE 0x1ca
   24  66450fefc0             PXOR X8, X8
   29  66450f76c9             PCMPEQD X9, X9
   2e  440f1015a0010000       MOVUPS 0x1a0(IP), X10
   36  66450ffcc1             PADDB X9, X8
   3b  66450fefc2             PXOR X10, X8
   40  66410f71f003           PSLLW $0x3, X8
   46  4989c2                 MOVQ AX, R10
   49  4183e23f               ANDL $0x3f, R10
   4d  664d0f6eca             MOVQ R10, X9
   52  66450f70d0f5           PSHUFD $0xf5, X8, X10
   58  66410f72e21f           PSRAD $0x1f, X10
   5e  66450fefc2             PXOR X10, X8
   63  66450fd3c1             PSRLQ X9, X8
   68  66450fefc2             PXOR X10, X8
   6d  4989c2                 MOVQ AX, R10
   70  4183e207               ANDL $0x7, R10
   74  418d5a08               LEAL 0x8(R10), BX
   78  664d0f6eca             MOVQ R10, X9
   7d  664c0f6ed3             MOVQ BX, X10
   82  66450f76db             PCMPEQD X11, X11
   87  66450fd1da             PSRLW X10, X11
   8c  66450f28d3             MOVAPD X11, X10
   91  66450f67d3             PACKUSWB X11, X10
   96  66450fd1c1             PSRLW X9, X8
   9b  66450fdbc2             PAND X10, X8
   a0  66450f3817c0           PTEST X8, X8
   a6  410f95c2               SETNE R10
   aa  450fb6d2               MOVZX R10, R10
   ae  66450fefff             PXOR X15, X15
   b3  66450f3829f8           PCMPEQQ X8, X15
   b9  66450f3817ff           PTEST X15, X15
   bf  0f94c3                 SETE BL
   c2  0fb6db                 MOVZX BL, BX
   c5  66450fefff             PXOR X15, X15
   ca  66440f75f8             PCMPEQW X0, X15
   cf  66450f3817ff           PTEST X15, X15
   d5  400f94c6               SETE SI
   d9  400fb6f6               MOVZX SI, SI
   dd  66410fd7f8             PMOVMSKB X8, DI
   e2  440f50c1               MOVMSKPS X1, R8
   e6  664c0f6ec1             MOVQ CX, X8
   eb  66450f6cc0             PUNPCKLQDQ X8, X8
   f0  66440f70ca00           PSHUFD $0x0, X2, X9
   f6  66450f3a14c105         PEXTRB $0x5, X8, R9
   fd  450fbec9               MOVSX R9, R9
  101  66410fc5d107           PEXTRW $0x7, X9, DX
  107  66450f70c902           PSHUFD $0x2, X9, X9
  10d  664c0f3a22c101         PINSRQ $0x1, CX, X8
  114  66450f3a21c130         INSERTPS $0x30, X9, X8
  11b  440f100dc3000000       MOVUPS 0xc3(IP), X9
  123  66450f3800c1           PSHUFB X9, X8
  129  440f100dc5000000       MOVUPS 0xc5(IP), X9
  131  66410f3800c1           PSHUFB X9, X0
  137  66440febc0             POR X0, X8
  13c  66450fefc9             PXOR X9, X9
  141  66450f3800c1           PSHUFB X9, X8
  147  450f104c0610           MOVUPS 0x10(R14)(AX*1), X9     ; trap oob_memory
  14d  410fb74c0604           MOVZX 0x4(R14)(AX*1), CX       ; trap oob_memory
  153  664c0f6ed1             MOVQ CX, X10
  158  f2450f70d200           PSHUFLW $0x0, X10, X10
  15e  66450f70d200           PSHUFD $0x0, X10, X10
  164  66450f38235c0608       PMOVSXWD 0x8(R14)(AX*1), X11   ; trap oob_memory
  16c  f3410f100406           MOVSS 0(R14)(AX*1), X0         ; trap oob_memory
  172  410fb64c0601           MOVZX 0x1(R14)(AX*1), CX       ; trap oob_memory
  178  66440f3a20c109         PINSRB $0x9, CX, X8
  17f  664c0f3a16c101         PEXTRQ $0x1, X8, CX
  186  49898c0600000100       MOVQ CX, 0x10000(R14)(AX*1)    ; trap oob_memory
  18e  450f114c0620           MOVUPS X9, 0x20(R14)(AX*1)     ; trap oob_memory
  194  66450ffed3             PADDD X11, X10
  199  66440ffed0             PADDD X0, X10
  19e  4585d2                 TESTL R10, R10
  1a1  7504                   JNE 0x1a7
  1a3  450f10d0               MOVUPS X8, X10
  1a7  01f3                   ADDL SI, BX
  1a9  01fb                   ADDL DI, BX
  1ab  4401c3                 ADDL R8, BX
  1ae  4401cb                 ADDL R9, BX
  1b1  01d3                   ADDL DX, BX
  1b3  66410f28c2             MOVAPD X10, X0
  1b8  4889d8                 MOVQ BX, AX
  1bb  4889ec                 MOVQ BP, SP
  1be  5d                     POPQ BP
  1bf  c3                     RET
  1c0  b802000000             MOVL $0x2, AX
  1c5  e800000000             CALL 0x1ca                     ; call thunk trap
  1ca  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  1d1  e94efeffff             JMP 0x24
  1d6  3412000000000000       .quad 0x1234 (constant)
  1de  7856000000000000       .quad 0x5678 (constant)
  1e6  0001020380808080       .quad 0x8080808003020100 (constant)
  1ee  8080808004050607       .quad 0x706050480808080 (constant)
  1f6  808080800c0d0e0f       .quad 0xf0e0d0c80808080 (constant)
  1fe  0001020380808080       .quad 0x8080808003020100 (constant)
