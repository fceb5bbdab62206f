; conversions for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/conversions.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f3000000           JB 0x106
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f85ec000000           JNE 0x110
   24  89cb                   MOVL CX, BX
   26  4863f0                 MOVSXD AX, SI
   29  4889df                 MOVQ BX, DI
   2c  440fbec0               MOVSX AL, R8
   30  450fbfc0               MOVSX R8, R8
   34  480fbef6               MOVSX SI, SI
   38  480fbff6               MOVSX SI, SI
   3c  4863f6                 MOVSXD SI, SI
   3f  4801f7                 ADDQ SI, DI
   42  4101d8                 ADDL BX, R8
   45  f3440f2ac0             CVTSI2SSL AX, X8
   4a  f34c0f2ac8             CVTSI2SSQ AX, X9
   4f  f34c0f2ad1             CVTSI2SSQ CX, X10
   54  4885c9                 TESTQ CX, CX
   57  7807                   JS 0x60
   59  f34c0f2ad9             CVTSI2SSQ CX, X11
   5e  eb16                   JMP 0x76
   60  4989cb                 MOVQ CX, R11
   63  49d1eb                 SHRQ $0x1, R11
   66  7304                   JAE 0x6c
   68  4983cb01               ORQ $0x1, R11
   6c  f34d0f2adb             CVTSI2SSQ R11, X11
   71  f3450f58db             ADDSS X11, X11
   76  f20f2ad0               CVTSI2SDL AX, X2
   7a  f2480f2ad8             CVTSI2SDQ AX, X3
   7f  f2480f2ae1             CVTSI2SDQ CX, X4
   84  4885c9                 TESTQ CX, CX
   87  7807                   JS 0x90
   89  f2480f2ae9             CVTSI2SDQ CX, X5
   8e  eb15                   JMP 0xa5
   90  4989cb                 MOVQ CX, R11
   93  49d1eb                 SHRQ $0x1, R11
   96  7304                   JAE 0x9c
   98  4983cb01               ORQ $0x1, R11
   9c  f2490f2aeb             CVTSI2SDQ R11, X5
   a1  f20f58ed               ADDSD X5, X5
   a5  f3450f58c1             ADDSS X9, X8
   aa  f3450f58c2             ADDSS X10, X8
   af  f3450f58c3             ADDSS X11, X8
   b4  f20f58d3               ADDSD X3, X2
   b8  f20f58d4               ADDSD X4, X2
   bc  f20f58d5               ADDSD X5, X2
   c0  f3450f5ac0             CVTSS2SD X8, X8
   c5  f2440f5ac9             CVTSD2SS X1, X9
   ca  f2410f58d0             ADDSD X8, X2
   cf  660f7ec3               MOVD X0, BX
   d3  66480f7ece             MOVQ X1, SI
   d8  66450f6ec0             MOVD R8, X8
   dd  664c0f6ed7             MOVQ DI, X10
   e2  4401c3                 ADDL R8, BX
   e5  4801fe                 ADDQ DI, SI
   e8  f2410f58d2             ADDSD X10, X2
   ed  f3450f58c8             ADDSS X8, X9
   f2  4889f0                 MOVQ SI, AX
   f5  660f28c2               MOVAPD X2, X0
   f9  4889d9                 MOVQ BX, CX
   fc  66410f28c9             MOVAPD X9, X1
  101  4889ec                 MOVQ BP, SP
  104  5d                     POPQ BP
  105  c3                     RET
  106  b802000000             MOVL $0x2, AX
  10b  e800000000             CALL 0x110                     ; call thunk trap
  110  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  117  e908ffffff             JMP 0x24
