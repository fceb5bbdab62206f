; simd_lanewise for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/simd_lanewise.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8280020000           JB 0x293
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8579020000           JNE 0x29d
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
   ed  440f100db4010000       MOVUPS 0x1b4(IP), X9
   f5  66440f28d1             MOVAPD X1, X10
   fa  66450fdcd1             PADDUSB X9, X10
   ff  66450f3800c2           PSHUFB X10, X8
  105  66440f28c8             MOVAPD X0, X9
  10a  66450fdfc8             PANDN X8, X9
  10f  450f10f9               MOVUPS X9, X15
  113  66440feff9             PXOR X1, X15
  118  66440fdbfa             PAND X2, X15
  11d  66440feff9             PXOR X1, X15
  122  450f10c7               MOVUPS X15, X8
  126  66450f76ff             PCMPEQD X15, X15
  12b  66450fefc7             PXOR X15, X8
  130  66450f76ff             PCMPEQD X15, X15
  135  66410f72f71f           PSLLD $0x1f, X15
  13b  450f57c7               XORPS X15, X8
  13f  66450f70c8f5           PSHUFD $0xf5, X8, X9
  145  66410f72e11f           PSRAD $0x1f, X9
  14b  66450fefc1             PXOR X9, X8
  150  66450ffbc1             PSUBQ X9, X8
  155  440f100d5c010000       MOVUPS 0x15c(IP), X9
  15d  440f101564010000       MOVUPS 0x164(IP), X10
  165  66450f28d8             MOVAPD X8, X11
  16a  66450fdbd9             PAND X9, X11
  16f  66410f71d004           PSRLW $0x4, X8
  175  66450fdbc1             PAND X9, X8
  17a  66450f28ca             MOVAPD X10, X9
  17f  66450f3800cb           PSHUFB X11, X9
  185  66450f3800d0           PSHUFB X8, X10
  18b  66450ffcca             PADDB X10, X9
  190  66450f3a09c100         ROUNDPD $0x0, X9, X8
  197  66450fefc9             PXOR X9, X9
  19c  66450f69c1             PUNPCKHWD X9, X8
  1a1  440f100d30010000       MOVUPS 0x130(IP), X9
  1a9  66450f3804c8           PMADDUBSW X8, X9
  1af  66450fefff             PXOR X15, X15
  1b4  66450f3a0ef955         PBLENDW $0x55, X9, X15
  1bb  66450ffacf             PSUBD X15, X9
  1c0  450f5bff               CVTDQ2PS X15, X15
  1c4  66410f72d101           PSRLD $0x1, X9
  1ca  450f5bc9               CVTDQ2PS X9, X9
  1ce  450f58c9               ADDPS X9, X9
  1d2  450f58cf               ADDPS X15, X9
  1d6  f3450fe6c1             CVTDQ2PD X9, X8
  1db  66450fefc9             PXOR X9, X9
  1e0  66450f5fc1             MAXPD X9, X8
  1e5  440f1015fc000000       MOVUPS 0xfc(IP), X10
  1ed  66450f5dc2             MINPD X10, X8
  1f2  66450f3a09c003         ROUNDPD $0x3, X8, X8
  1f9  440f1015f8000000       MOVUPS 0xf8(IP), X10
  201  66450f58c2             ADDPD X10, X8
  206  450fc6c188             SHUFPS $0x88, X9, X8
  20b  66450f5ac0             CVTPD2PS X8, X8
  210  450f5ac0               CVTPS2PD X8, X8
  214  450f10f8               MOVUPS X8, X15
  218  450fc2ff00             CMPPS $0x0, X15, X15
  21d  66450fdbc7             PAND X15, X8
  222  66450feff8             PXOR X8, X15
  227  f3450f5bc0             CVTTPS2DQ X8, X8
  22c  66450fdbf8             PAND X8, X15
  231  66410f72e71f           PSRAD $0x1f, X15
  237  66450fefc7             PXOR X15, X8
  23c  66440f75c0             PCMPEQW X0, X8
  241  66450f76ff             PCMPEQD X15, X15
  246  66450fefc7             PXOR X15, X8
  24b  66450f28c8             MOVAPD X8, X9
  250  66440f383fc9           PMAXUD X1, X9
  256  66450f76c8             PCMPEQD X8, X9
  25b  66450f76ff             PCMPEQD X15, X15
  260  66450fefcf             PXOR X15, X9
  265  66440f28c0             MOVAPD X0, X8
  26a  66450f3837c1           PCMPGTQ X9, X8
  270  66450f76ff             PCMPEQD X15, X15
  275  66450fefc7             PXOR X15, X8
  27a  440fc2c102             CMPPS $0x2, X1, X8
  27f  66440fc2c004           CMPPD $0x4, X0, X8
  285  66410f28c0             MOVAPD X8, X0
  28a  660f28ca               MOVAPD X2, X1
  28e  4889ec                 MOVQ BP, SP
  291  5d                     POPQ BP
  292  c3                     RET
  293  b802000000             MOVL $0x2, AX
  298  e800000000             CALL 0x29d                     ; call thunk trap
  29d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  2a4  e97bfdffff             JMP 0x24
  2a9  7070707070707070       .quad 0x7070707070707070 (constant)
  2b1  7070707070707070       .quad 0x7070707070707070 (constant)
  2b9  0f0f0f0f0f0f0f0f       .quad 0xf0f0f0f0f0f0f0f (constant)
  2c1  0f0f0f0f0f0f0f0f       .quad 0xf0f0f0f0f0f0f0f (constant)
  2c9  0001010201020203       .quad 0x302020102010100 (constant)
  2d1  0102020302030304       .quad 0x403030203020201 (constant)
  2d9  0101010101010101       .quad 0x101010101010101 (constant)
  2e1  0101010101010101       .quad 0x101010101010101 (constant)
  2e9  0000e0ffffffef41       .quad 0x41efffffffe00000 (constant)
  2f1  0000e0ffffffef41       .quad 0x41efffffffe00000 (constant)
  2f9  0000000000003043       .quad 0x4330000000000000 (constant)
  301  0000000000003043       .quad 0x4330000000000000 (constant)
