; simd_lanewise for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanewise.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f856c020000           JNE 0x27e
   12  66440f28c0             MOVAPD X0, X8
   17  66440ffec1             PADDD X1, X8
   1c  66440f5cc1             SUBPD X1, X8
   21  66440fd5c0             PMULLW X0, X8
   26  66450f28c8             MOVAPD X8, X9
   2b  66410f73d120           PSRLQ $0x20, X9
   31  66440ff4c9             PMULUDQ X1, X9
   36  66440f28d1             MOVAPD X1, X10
   3b  66410f73d220           PSRLQ $0x20, X10
   41  66450ff4d0             PMULUDQ X8, X10
   46  66450fd4ca             PADDQ X10, X9
   4b  66440ff4c1             PMULUDQ X1, X8
   50  66410f73f120           PSLLQ $0x20, X9
   56  66450fd4c1             PADDQ X9, X8
   5b  66440fdcc0             PADDUSB X0, X8
   60  66440f3839c1           PMINSD X1, X8
   66  66440fe3c0             PAVGW X0, X8
   6b  66440f380bc1           PMULHRSW X1, X8
   71  66450f75ff             PCMPEQW X15, X15
   76  66410f71f70f           PSLLW $0xf, X15
   7c  66450f75f8             PCMPEQW X8, X15
   81  66450fefc7             PXOR X15, X8
   86  440f10f8               MOVUPS X0, X15
   8a  450f5df8               MINPS X8, X15
   8e  440f5dc0               MINPS X0, X8
   92  450f56f8               ORPS X8, X15
   96  450fc2c703             CMPPS $0x3, X15, X8
   9b  450f56f8               ORPS X8, X15
   9f  66410f72d00a           PSRLD $0xa, X8
   a5  450f55c7               ANDNPS X15, X8
   a9  66440f28c9             MOVAPD X1, X9
   ae  66450f5fc8             MAXPD X8, X9
   b3  66440ff5c8             PMADDWD X0, X9
   b8  66440f67c9             PACKUSWB X1, X9
   bd  66450f70c1ee           PSHUFD $0xee, X9, X8
   c3  66450f3825c0           PMOVSXDQ X8, X8
   c9  66440f70c8ee           PSHUFD $0xee, X0, X9
   cf  66450f3825c9           PMOVSXDQ X9, X9
   d5  66450f3828c1           PMULDQ X9, X8
   db  440f100da7010000       MOVUPS 0x1a7(IP), X9
   e3  66440f28d1             MOVAPD X1, X10
   e8  66450fdcd1             PADDUSB X9, X10
   ed  66450f3800c2           PSHUFB X10, X8
   f3  66440f28c8             MOVAPD X0, X9
   f8  66450fdfc8             PANDN X8, X9
   fd  450f10f9               MOVUPS X9, X15
  101  66440feff9             PXOR X1, X15
  106  66440fdbfa             PAND X2, X15
  10b  66440feff9             PXOR X1, X15
  110  450f10c7               MOVUPS X15, X8
  114  66450f76ff             PCMPEQD X15, X15
  119  66450fefc7             PXOR X15, X8
  11e  66450f76ff             PCMPEQD X15, X15
  123  66410f72f71f           PSLLD $0x1f, X15
  129  450f57c7               XORPS X15, X8
  12d  66450f70c8f5           PSHUFD $0xf5, X8, X9
  133  66410f72e11f           PSRAD $0x1f, X9
  139  66450fefc1             PXOR X9, X8
  13e  66450ffbc1             PSUBQ X9, X8
  143  440f100d4f010000       MOVUPS 0x14f(IP), X9
  14b  440f101557010000       MOVUPS 0x157(IP), X10
  153  66450f28d8             MOVAPD X8, X11
  158  66450fdbd9             PAND X9, X11
  15d  66410f71d004           PSRLW $0x4, X8
  163  66450fdbc1             PAND X9, X8
  168  66450f28ca             MOVAPD X10, X9
  16d  66450f3800cb           PSHUFB X11, X9
  173  66450f3800d0           PSHUFB X8, X10
  179  66450ffcca             PADDB X10, X9
  17e  66450f3a09c100         ROUNDPD $0x0, X9, X8
  185  66450fefc9             PXOR X9, X9
  18a  66450f69c1             PUNPCKHWD X9, X8
  18f  440f100d23010000       MOVUPS 0x123(IP), X9
  197  66450f3804c8           PMADDUBSW X8, X9
  19d  66450fefff             PXOR X15, X15
  1a2  66450f3a0ef955         PBLENDW $0x55, X9, X15
  1a9  66450ffacf             PSUBD X15, X9
  1ae  450f5bff               CVTDQ2PS X15, X15
  1b2  66410f72d101           PSRLD $0x1, X9
  1b8  450f5bc9               CVTDQ2PS X9, X9
  1bc  450f58c9               ADDPS X9, X9
  1c0  450f58cf               ADDPS X15, X9
  1c4  f3450fe6c1             CVTDQ2PD X9, X8
  1c9  66450fefc9             PXOR X9, X9
  1ce  66450f5fc1             MAXPD X9, X8
  1d3  440f1015ef000000       MOVUPS 0xef(IP), X10
  1db  66450f5dc2             MINPD X10, X8
  1e0  66450f3a09c003         ROUNDPD $0x3, X8, X8
  1e7  440f1015eb000000       MOVUPS 0xeb(IP), X10
  1ef  66450f58c2             ADDPD X10, X8
  1f4  450fc6c188             SHUFPS $0x88, X9, X8
  1f9  66450f5ac0             CVTPD2PS X8, X8
  1fe  450f5ac0               CVTPS2PD X8, X8
  202  450f10f8               MOVUPS X8, X15
  206  450fc2ff00             CMPPS $0x0, X15, X15
  20b  66450fdbc7             PAND X15, X8
  210  66450feff8             PXOR X8, X15
  215  f3450f5bc0             CVTTPS2DQ X8, X8
  21a  66450fdbf8             PAND X8, X15
  21f  66410f72e71f           PSRAD $0x1f, X15
  225  66450fefc7             PXOR X15, X8
  22a  66440f75c0             PCMPEQW X0, X8
  22f  66450f76ff             PCMPEQD X15, X15
  234  66450fefc7             PXOR X15, X8
  239  66450f28c8             MOVAPD X8, X9
  23e  66440f383fc9           PMAXUD X1, X9
  244  66450f76c8             PCMPEQD X8, X9
  249  66450f76ff             PCMPEQD X15, X15
  24e  66450fefcf             PXOR X15, X9
  253  66440f28c0             MOVAPD X0, X8
  258  66450f3837c1           PCMPGTQ X9, X8
  25e  66450f76ff             PCMPEQD X15, X15
  263  66450fefc7             PXOR X15, X8
  268  440fc2c102             CMPPS $0x2, X1, X8
  26d  66440fc2c004           CMPPD $0x4, X0, X8
  273  66410f28c0             MOVAPD X8, X0
  278  660f28ca               MOVAPD X2, X1
  27c  5d                     POPQ BP
  27d  c3                     RET
  27e  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  285  e988fdffff             JMP 0x12
  28a  7070707070707070       .quad 0x7070707070707070 (constant)
  292  7070707070707070       .quad 0x7070707070707070 (constant)
  29a  0f0f0f0f0f0f0f0f       .quad 0xf0f0f0f0f0f0f0f (constant)
  2a2  0f0f0f0f0f0f0f0f       .quad 0xf0f0f0f0f0f0f0f (constant)
  2aa  0001010201020203       .quad 0x302020102010100 (constant)
  2b2  0102020302030304       .quad 0x403030203020201 (constant)
  2ba  0101010101010101       .quad 0x101010101010101 (constant)
  2c2  0101010101010101       .quad 0x101010101010101 (constant)
  2ca  0000e0ffffffef41       .quad 0x41efffffffe00000 (constant)
  2d2  0000e0ffffffef41       .quad 0x41efffffffe00000 (constant)
  2da  0000000000003043       .quad 0x4330000000000000 (constant)
  2e2  0000000000003043       .quad 0x4330000000000000 (constant)
