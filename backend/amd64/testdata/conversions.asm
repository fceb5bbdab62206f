; conversions for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/conversions.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f85df000000           JNE 0xf1
   12  4189ca                 MOVL CX, R10
   15  4863d8                 MOVSXD AX, BX
   18  0fbef0                 MOVSX AL, SI
   1b  0fbff6                 MOVSX SI, SI
   1e  480fbedb               MOVSX BL, BX
   22  480fbfdb               MOVSX BX, BX
   26  4863db                 MOVSXD BX, BX
   29  4c89d7                 MOVQ R10, DI
   2c  4801df                 ADDQ BX, DI
   2f  4401d6                 ADDL R10, SI
   32  f3440f2ac0             CVTSI2SSL AX, X8
   37  f34c0f2ac8             CVTSI2SSQ AX, X9
   3c  f34c0f2ad1             CVTSI2SSQ CX, X10
   41  4885c9                 TESTQ CX, CX
   44  7807                   JS 0x4d
   46  f34c0f2ad9             CVTSI2SSQ CX, X11
   4b  eb16                   JMP 0x63
   4d  4989cb                 MOVQ CX, R11
   50  49d1eb                 SHRQ $0x1, R11
   53  7304                   JAE 0x59
   55  4983cb01               ORQ $0x1, R11
   59  f34d0f2adb             CVTSI2SSQ R11, X11
   5e  f3450f58db             ADDSS X11, X11
   63  f20f2ad0               CVTSI2SDL AX, X2
   67  f2480f2ad8             CVTSI2SDQ AX, X3
   6c  f2480f2ae1             CVTSI2SDQ CX, X4
   71  4885c9                 TESTQ CX, CX
   74  7807                   JS 0x7d
   76  f2480f2ae9             CVTSI2SDQ CX, X5
   7b  eb15                   JMP 0x92
   7d  4989cb                 MOVQ CX, R11
   80  49d1eb                 SHRQ $0x1, R11
   83  7304                   JAE 0x89
   85  4983cb01               ORQ $0x1, R11
   89  f2490f2aeb             CVTSI2SDQ R11, X5
   8e  f20f58ed               ADDSD X5, X5
   92  f3450f58c1             ADDSS X9, X8
   97  f3450f58c2             ADDSS X10, X8
   9c  f3450f58c3             ADDSS X11, X8
   a1  f20f58d3               ADDSD X3, X2
   a5  f20f58d4               ADDSD X4, X2
   a9  f20f58d5               ADDSD X5, X2
   ad  f3450f5ac0             CVTSS2SD X8, X8
   b2  f2440f5ac9             CVTSD2SS X1, X9
   b7  f2410f58d0             ADDSD X8, X2
   bc  66410f7ec2             MOVD X0, R10
   c1  66480f7ecb             MOVQ X1, BX
   c6  66440f6ec6             MOVD SI, X8
   cb  664c0f6ed7             MOVQ DI, X10
   d0  4101f2                 ADDL SI, R10
   d3  4801fb                 ADDQ DI, BX
   d6  f2410f58d2             ADDSD X10, X2
   db  f3450f58c8             ADDSS X8, X9
   e0  4889d8                 MOVQ BX, AX
   e3  660f28c2               MOVAPD X2, X0
   e7  4c89d1                 MOVQ R10, CX
   ea  66410f28c9             MOVAPD X9, X1
   ef  5d                     POPQ BP
   f0  c3                     RET
   f1  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   f8  e915ffffff             JMP 0x12
