; conversions for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/conversions.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f3000000           JB 0x106
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85ec000000           JNE 0x110
   24  4189ca                 MOVL CX, R10
   27  4863d8                 MOVSXD AX, BX
   2a  4c89d6                 MOVQ R10, SI
   2d  0fbef8                 MOVSX AL, DI
   30  0fbfff                 MOVSX DI, DI
   33  480fbedb               MOVSX BL, BX
   37  480fbfdb               MOVSX BX, BX
   3b  4863db                 MOVSXD BX, BX
   3e  4801de                 ADDQ BX, SI
   41  4401d7                 ADDL R10, DI
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
   75  f20f2ad0               CVTSI2SDL AX, X2
   79  f2480f2ad8             CVTSI2SDQ AX, X3
   7e  f2480f2ae1             CVTSI2SDQ CX, X4
   83  4885c9                 TESTQ CX, CX
   86  7807                   JS 0x8f
   88  f2480f2ae9             CVTSI2SDQ CX, X5
   8d  eb15                   JMP 0xa4
   8f  4989cb                 MOVQ CX, R11
   92  49d1eb                 SHRQ $0x1, R11
   95  7304                   JAE 0x9b
   97  4983cb01               ORQ $0x1, R11
   9b  f2490f2aeb             CVTSI2SDQ R11, X5
   a0  f20f58ed               ADDSD X5, X5
   a4  f3450f58c1             ADDSS X9, X8
   a9  f3450f58c2             ADDSS X10, X8
   ae  f3450f58c3             ADDSS X11, X8
   b3  f20f58d3               ADDSD X3, X2
   b7  f20f58d4               ADDSD X4, X2
   bb  f20f58d5               ADDSD X5, X2
   bf  f3450f5ac0             CVTSS2SD X8, X8
   c4  f2440f5ac9             CVTSD2SS X1, X9
   c9  f2410f58d0             ADDSD X8, X2
   ce  66410f7ec2             MOVD X0, R10
   d3  66480f7ecb             MOVQ X1, BX
   d8  66440f6ec7             MOVD DI, X8
   dd  664c0f6ed6             MOVQ SI, X10
   e2  4101fa                 ADDL DI, R10
   e5  4801f3                 ADDQ SI, BX
   e8  f2410f58d2             ADDSD X10, X2
   ed  f3450f58c8             ADDSS X8, X9
   f2  4889d8                 MOVQ BX, AX
   f5  660f28c2               MOVAPD X2, X0
   f9  4c89d1                 MOVQ R10, CX
   fc  66410f28c9             MOVAPD X9, X1
  101  4889ec                 MOVQ BP, SP
  104  5d                     POPQ BP
  105  c3                     RET
  106  b802000000             MOVL $0x2, AX
  10b  e800000000             CALL 0x110                     ; call thunk trap
  110  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  117  e908ffffff             JMP 0x24
