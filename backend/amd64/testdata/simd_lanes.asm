; simd_lanes for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanes.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f825e020000           JB 0x271
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8557020000           JNE 0x27b
   24  66450fefc0             PXOR X8, X8
   29  49c7c3ffffffff         MOVQ $-0x1, R11
   30  664d0f6ecb             MOVQ R11, X9
   35  49c7c3ffffffff         MOVQ $-0x1, R11
   3c  664d0f3a22cb01         PINSRQ $0x1, R11, X9
   43  49c7c334120000         MOVQ $0x1234, R11
   4a  664d0f6ed3             MOVQ R11, X10
   4f  49c7c378560000         MOVQ $0x5678, R11
   56  664d0f3a22d301         PINSRQ $0x1, R11, X10
   5d  66450ffcc1             PADDB X9, X8
   62  66450fefc2             PXOR X10, X8
   67  41ba03000000           MOVL $0x3, R10
   6d  4589d3                 MOVL R10, R11
   70  4183e30f               ANDL $0xf, R11
   74  664d0f6efb             MOVQ R11, X15
   79  66450ff1c7             PSLLW X15, X8
   7e  4989c2                 MOVQ AX, R10
   81  4183e23f               ANDL $0x3f, R10
   85  664d0f6eca             MOVQ R10, X9
   8a  66450f70d0f5           PSHUFD $0xf5, X8, X10
   90  66410f72e21f           PSRAD $0x1f, X10
   96  66450fefc2             PXOR X10, X8
   9b  66450fd3c1             PSRLQ X9, X8
   a0  66450fefc2             PXOR X10, X8
   a5  4989c2                 MOVQ AX, R10
   a8  4183e207               ANDL $0x7, R10
   ac  458d6208               LEAL 0x8(R10), R12
   b0  664d0f6eca             MOVQ R10, X9
   b5  664d0f6ed4             MOVQ R12, X10
   ba  49c7c3ffffffff         MOVQ $-0x1, R11
   c1  664d0f6edb             MOVQ R11, X11
   c6  49c7c3ffffffff         MOVQ $-0x1, R11
   cd  664d0f3a22db01         PINSRQ $0x1, R11, X11
   d4  66450fd1da             PSRLW X10, X11
   d9  66450f28d3             MOVAPD X11, X10
   de  66450f67d3             PACKUSWB X11, X10
   e3  66450fd1c1             PSRLW X9, X8
   e8  66450fdbc2             PAND X10, X8
   ed  66450f3817c0           PTEST X8, X8
   f3  410f95c2               SETNE R10
   f7  450fb6d2               MOVZX R10, R10
   fb  66450fefff             PXOR X15, X15
  100  66450f3829f8           PCMPEQQ X8, X15
  106  66450f3817ff           PTEST X15, X15
  10c  410f94c4               SETE R12
  110  450fb6e4               MOVZX R12, R12
  114  66450fefff             PXOR X15, X15
  119  66440f75f8             PCMPEQW X0, X15
  11e  66450f3817ff           PTEST X15, X15
  124  410f94c5               SETE R13
  128  450fb6ed               MOVZX R13, R13
  12c  66410fd7d8             PMOVMSKB X8, BX
  131  0f50f1                 MOVMSKPS X1, SI
  134  664c0f6ec1             MOVQ CX, X8
  139  66450f6cc0             PUNPCKLQDQ X8, X8
  13e  66440f70ca00           PSHUFD $0x0, X2, X9
  144  66440f3a14c705         PEXTRB $0x5, X8, DI
  14b  400fbeff               MOVSX DI, DI
  14f  66450fc5c107           PEXTRW $0x7, X9, R8
  155  66450f70c902           PSHUFD $0x2, X9, X9
  15b  664c0f3a22c101         PINSRQ $0x1, CX, X8
  162  66450f3a21c130         INSERTPS $0x30, X9, X8
  169  49bb0001020380808080   MOVQ $0x8080808003020100, R11
  173  664d0f6ecb             MOVQ R11, X9
  178  49bb8080808004050607   MOVQ $0x706050480808080, R11
  182  664d0f3a22cb01         PINSRQ $0x1, R11, X9
  189  66450f3800c1           PSHUFB X9, X8
  18f  49bb808080800c0d0e0f   MOVQ $0xf0e0d0c80808080, R11
  199  664d0f6ecb             MOVQ R11, X9
  19e  49bb0001020380808080   MOVQ $0x8080808003020100, R11
  1a8  664d0f3a22cb01         PINSRQ $0x1, R11, X9
  1af  66410f3800c1           PSHUFB X9, X0
  1b5  66440febc0             POR X0, X8
  1ba  66450fefc9             PXOR X9, X9
  1bf  66450f28d0             MOVAPD X8, X10
  1c4  66450f3800d1           PSHUFB X9, X10
  1ca  49bb8080808080808080   MOVQ $0x8080808080808080, R11
  1d4  664d0f6ecb             MOVQ R11, X9
  1d9  49bb8080808080808080   MOVQ $0x8080808080808080, R11
  1e3  664d0f3a22cb01         PINSRQ $0x1, R11, X9
  1ea  66450f3800c1           PSHUFB X9, X8
  1f0  66450febd0             POR X8, X10
  1f5  450f10440610           MOVUPS 0x10(R14)(AX*1), X8     ; trap oob_memory
  1fb  450fb74c0604           MOVZX 0x4(R14)(AX*1), R9       ; trap oob_memory
  201  664d0f6ec9             MOVQ R9, X9
  206  f2450f70c900           PSHUFLW $0x0, X9, X9
  20c  66450f70c900           PSHUFD $0x0, X9, X9
  212  66450f38235c0608       PMOVSXWD 0x8(R14)(AX*1), X11   ; trap oob_memory
  21a  f3450f102406           MOVSS 0(R14)(AX*1), X12        ; trap oob_memory
  220  450fb64c0601           MOVZX 0x1(R14)(AX*1), R9       ; trap oob_memory
  226  66450f3a20d109         PINSRB $0x9, R9, X10
  22d  664d0f3a16d101         PEXTRQ $0x1, X10, R9
  234  4d898c0600000100       MOVQ R9, 0x10000(R14)(AX*1)    ; trap oob_memory
  23c  450f11440620           MOVUPS X8, 0x20(R14)(AX*1)     ; trap oob_memory
  242  66450ffecb             PADDD X11, X9
  247  66450ffecc             PADDD X12, X9
  24c  4585d2                 TESTL R10, R10
  24f  7504                   JNE 0x255
  251  450f10ca               MOVUPS X10, X9
  255  4501ec                 ADDL R13, R12
  258  4101dc                 ADDL BX, R12
  25b  4101f4                 ADDL SI, R12
  25e  4101fc                 ADDL DI, R12
  261  4501c4                 ADDL R8, R12
  264  66410f28c1             MOVAPD X9, X0
  269  4c89e0                 MOVQ R12, AX
  26c  4889ec                 MOVQ BP, SP
  26f  5d                     POPQ BP
  270  c3                     RET
  271  b802000000             MOVL $0x2, AX
  276  e800000000             CALL 0x27b                     ; call thunk trap
  27b  b80b000000             MOVL $0xb, AX                  ; trap interrupted
  280  e800000000             CALL 0x285                     ; call thunk trap
