; conversions for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/conversions.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f8000000           JB 0x10b
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85f1000000           JNE 0x115
   24  4189ca                 MOVL CX, R10
   27  4c63e0                 MOVSXD AX, R12
   2a  4d89d5                 MOVQ R10, R13
   2d  0fbed8                 MOVSX AL, BX
   30  0fbfdb                 MOVSX BX, BX
   33  4d0fbee4               MOVSX R12, R12
   37  4d0fbfe4               MOVSX R12, R12
   3b  4d63e4                 MOVSXD R12, R12
   3e  4d01e5                 ADDQ R12, R13
   41  4401d3                 ADDL R10, BX
   44  f3440f2ac0             CVTSI2SSL AX, X8
   49  f34c0f2ac8             CVTSI2SSQ AX, X9
   4e  f34c0f2ad1             CVTSI2SSQ CX, X10
   53  4885c9                 TESTQ CX, CX
   56  7807                   JS 0x5f
   58  f34c0f2ad9             CVTSI2SSQ CX, X11
   5d  eb16                   JMP 0x75
   5f  4989cb                 MOVQ CX, R11
   62  49d1eb                 SHRQ $0x1, R11
   65  7304                   JAE 0x6b
   67  4983cb01               ORQ $0x1, R11
   6b  f34d0f2adb             CVTSI2SSQ R11, X11
   70  f3450f58db             ADDSS X11, X11
   75  f2440f2ae0             CVTSI2SDL AX, X12
   7a  f24c0f2ae8             CVTSI2SDQ AX, X13
   7f  f24c0f2af1             CVTSI2SDQ CX, X14
   84  4885c9                 TESTQ CX, CX
   87  7807                   JS 0x90
   89  f2480f2ad1             CVTSI2SDQ CX, X2
   8e  eb15                   JMP 0xa5
   90  4989cb                 MOVQ CX, R11
   93  49d1eb                 SHRQ $0x1, R11
   96  7304                   JAE 0x9c
   98  4983cb01               ORQ $0x1, R11
   9c  f2490f2ad3             CVTSI2SDQ R11, X2
   a1  f20f58d2               ADDSD X2, X2
   a5  f3450f58c1             ADDSS X9, X8
   aa  f3450f58c2             ADDSS X10, X8
   af  f3450f58c3             ADDSS X11, X8
   b4  f2450f58e5             ADDSD X13, X12
   b9  f2450f58e6             ADDSD X14, X12
   be  f2440f58e2             ADDSD X2, X12
   c3  f3450f5ac0             CVTSS2SD X8, X8
   c8  f2440f5ac9             CVTSD2SS X1, X9
   cd  f2450f58e0             ADDSD X8, X12
   d2  66410f7ec2             MOVD X0, R10
   d7  66490f7ecc             MOVQ X1, R12
   dc  66440f6ec3             MOVD BX, X8
   e1  664d0f6ed5             MOVQ R13, X10
   e6  4101da                 ADDL BX, R10
   e9  4d01ec                 ADDQ R13, R12
   ec  f2450f58e2             ADDSD X10, X12
   f1  f3450f58c8             ADDSS X8, X9
   f6  4c89e0                 MOVQ R12, AX
   f9  66410f28c4             MOVAPD X12, X0
   fe  4c89d1                 MOVQ R10, CX
  101  66410f28c9             MOVAPD X9, X1
  106  4889ec                 MOVQ BP, SP
  109  5d                     POPQ BP
  10a  c3                     RET
  10b  b802000000             MOVL $0x2, AX
  110  e800000000             CALL 0x115                     ; call thunk trap
  115  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  11c  e903ffffff             JMP 0x24
