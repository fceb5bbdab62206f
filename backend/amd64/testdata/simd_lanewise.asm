; simd_lanewise for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanewise.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8212030000           JB 0x325
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f850b030000           JNE 0x32f
   24  66440f28c0             MOVAPD X0, X8
   29  66440ffec1             PADDD X1, X8
   2e  66440f5cc1             SUBPD X1, X8
   33  66440fd5c0             PMULLW X0, X8
   38  66450f28c8             MOVAPD X8, X9
   3d  66410f73d120           PSRLQ $0x20, X9
   43  66440ff4c9             PMULUDQ X1, X9
   48  66440f28d1             MOVAPD X1, X10
   4d  66410f73d220           PSRLQ $0x20, X10
   53  66450ff4d0             PMULUDQ X8, X10
   58  66450fd4ca             PADDQ X10, X9
   5d  66440ff4c1             PMULUDQ X1, X8
   62  66410f73f120           PSLLQ $0x20, X9
   68  66450fd4c1             PADDQ X9, X8
   6d  66440fdcc0             PADDUSB X0, X8
   72  66440f3839c1           PMINSD X1, X8
   78  66440fe3c0             PAVGW X0, X8
   7d  66440f380bc1           PMULHRSW X1, X8
   83  66450f75ff             PCMPEQW X15, X15
   88  66410f71f70f           PSLLW $0xf, X15
   8e  66450f75f8             PCMPEQW X8, X15
   93  66450fefc7             PXOR X15, X8
   98  440f10f8               MOVUPS X0, X15
   9c  450f5df8               MINPS X8, X15
   a0  440f5dc0               MINPS X0, X8
   a4  450f56f8               ORPS X8, X15
   a8  450fc2c703             CMPPS $0x3, X15, X8
   ad  450f56f8               ORPS X8, X15
   b1  66410f72d00a           PSRLD $0xa, X8
   b7  450f55c7               ANDNPS X15, X8
   bb  66440f28c9             MOVAPD X1, X9
   c0  66450f5fc8             MAXPD X8, X9
   c5  66440ff5c8             PMADDWD X0, X9
   ca  66440f67c9             PACKUSWB X1, X9
   cf  66450f70c1ee           PSHUFD $0xee, X9, X8
   d5  66450f3825c0           PMOVSXDQ X8, X8
   db  66440f70c8ee           PSHUFD $0xee, X0, X9
   e1  66450f3825c9           PMOVSXDQ X9, X9
   e7  66450f3828c1           PMULDQ X9, X8
   ed  49bb7070707070707070   MOVQ $0x7070707070707070, R11
   f7  664d0f6ecb             MOVQ R11, X9
   fc  49bb7070707070707070   MOVQ $0x7070707070707070, R11
  106  664d0f3a22cb01         PINSRQ $0x1, R11, X9
  10d  66440f28d1             MOVAPD X1, X10
  112  66450fdcd1             PADDUSB X9, X10
  117  66450f3800c2           PSHUFB X10, X8
  11d  66440f28c8             MOVAPD X0, X9
  122  66450fdfc8             PANDN X8, X9
  127  450f10f9               MOVUPS X9, X15
  12b  66440feff9             PXOR X1, X15
  130  66440fdbfa             PAND X2, X15
  135  66440feff9             PXOR X1, X15
  13a  450f10c7               MOVUPS X15, X8
  13e  66450f76ff             PCMPEQD X15, X15
  143  66450fefc7             PXOR X15, X8
  148  66450f76ff             PCMPEQD X15, X15
  14d  66410f72f71f           PSLLD $0x1f, X15
  153  450f57c7               XORPS X15, X8
  157  66450f70c8f5           PSHUFD $0xf5, X8, X9
  15d  66410f72e11f           PSRAD $0x1f, X9
  163  66450fefc1             PXOR X9, X8
  168  66450ffbc1             PSUBQ X9, X8
  16d  49bb0f0f0f0f0f0f0f0f   MOVQ $0xf0f0f0f0f0f0f0f, R11
  177  664d0f6ecb             MOVQ R11, X9
  17c  49bb0f0f0f0f0f0f0f0f   MOVQ $0xf0f0f0f0f0f0f0f, R11
  186  664d0f3a22cb01         PINSRQ $0x1, R11, X9
  18d  49bb0001010201020203   MOVQ $0x302020102010100, R11
  197  664d0f6ed3             MOVQ R11, X10
  19c  49bb0102020302030304   MOVQ $0x403030203020201, R11
  1a6  664d0f3a22d301         PINSRQ $0x1, R11, X10
  1ad  66450f28d8             MOVAPD X8, X11
  1b2  66450fdbd9             PAND X9, X11
  1b7  66410f71d004           PSRLW $0x4, X8
  1bd  66450fdbc1             PAND X9, X8
  1c2  66450f28ca             MOVAPD X10, X9
  1c7  66450f3800cb           PSHUFB X11, X9
  1cd  66450f3800d0           PSHUFB X8, X10
  1d3  66450ffcca             PADDB X10, X9
  1d8  66450f3a09c100         ROUNDPD $0x0, X9, X8
  1df  66450f70c0ee           PSHUFD $0xee, X8, X8
  1e5  66450f3833c0           PMOVZXWD X8, X8
  1eb  49bb0101010101010101   MOVQ $0x101010101010101, R11
  1f5  664d0f6ecb             MOVQ R11, X9
  1fa  49bb0101010101010101   MOVQ $0x101010101010101, R11
  204  664d0f3a22cb01         PINSRQ $0x1, R11, X9
  20b  66450f3804c8           PMADDUBSW X8, X9
  211  66450fefff             PXOR X15, X15
  216  66450f3a0ef955         PBLENDW $0x55, X9, X15
  21d  66450ffacf             PSUBD X15, X9
  222  450f5bff               CVTDQ2PS X15, X15
  226  66410f72d101           PSRLD $0x1, X9
  22c  450f5bc9               CVTDQ2PS X9, X9
  230  450f58c9               ADDPS X9, X9
  234  450f58cf               ADDPS X15, X9
  238  f3450fe6c1             CVTDQ2PD X9, X8
  23d  66450fefc9             PXOR X9, X9
  242  66450f5fc1             MAXPD X9, X8
  247  49bb0000e0ffffffef41   MOVQ $0x41efffffffe00000, R11
  251  664d0f6ed3             MOVQ R11, X10
  256  49bb0000e0ffffffef41   MOVQ $0x41efffffffe00000, R11
  260  664d0f3a22d301         PINSRQ $0x1, R11, X10
  267  66450f5dc2             MINPD X10, X8
  26c  66450f3a09c003         ROUNDPD $0x3, X8, X8
  273  49bb0000000000003043   MOVQ $0x4330000000000000, R11
  27d  664d0f6ed3             MOVQ R11, X10
  282  49bb0000000000003043   MOVQ $0x4330000000000000, R11
  28c  664d0f3a22d301         PINSRQ $0x1, R11, X10
  293  66450f58c2             ADDPD X10, X8
  298  450fc6c188             SHUFPS $0x88, X9, X8
  29d  66450f5ac0             CVTPD2PS X8, X8
  2a2  450f5ac0               CVTPS2PD X8, X8
  2a6  450f10f8               MOVUPS X8, X15
  2aa  450fc2ff00             CMPPS $0x0, X15, X15
  2af  66450fdbc7             PAND X15, X8
  2b4  66450feff8             PXOR X8, X15
  2b9  f3450f5bc0             CVTTPS2DQ X8, X8
  2be  66450fdbf8             PAND X8, X15
  2c3  66410f72e71f           PSRAD $0x1f, X15
  2c9  66450fefc7             PXOR X15, X8
  2ce  66440f75c0             PCMPEQW X0, X8
  2d3  66450f76ff             PCMPEQD X15, X15
  2d8  66450fefc7             PXOR X15, X8
  2dd  66450f28c8             MOVAPD X8, X9
  2e2  66440f383fc9           PMAXUD X1, X9
  2e8  66450f76c8             PCMPEQD X8, X9
  2ed  66450f76ff             PCMPEQD X15, X15
  2f2  66450fefcf             PXOR X15, X9
  2f7  66440f28c0             MOVAPD X0, X8
  2fc  66450f3837c1           PCMPGTQ X9, X8
  302  66450f76ff             PCMPEQD X15, X15
  307  66450fefc7             PXOR X15, X8
  30c  440fc2c102             CMPPS $0x2, X1, X8
  311  66440fc2c004           CMPPD $0x4, X0, X8
  317  66410f28c0             MOVAPD X8, X0
  31c  660f28ca               MOVAPD X2, X1
  320  4889ec                 MOVQ BP, SP
  323  5d                     POPQ BP
  324  c3                     RET
  325  b802000000             MOVL $0x2, AX
  32a  e800000000             CALL 0x32f                     ; call thunk trap
  32f  b80b000000             MOVL $0xb, AX                  ; trap interrupted
  334  e800000000             CALL 0x339                     ; call thunk trap
