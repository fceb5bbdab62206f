; traps for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/traps.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82e7000000           JB 0xfa
   13  4c89dc                 MOVQ R11, SP
   16  4989d2                 MOVQ DX, R10
   19  4183bfb000000000       CMPL 0xb0(R15), $0x0
   21  0f85dd000000           JNE 0x104
   27  31d2                   XORL DX, DX
   29  85c9                   TESTL CX, CX
   2b  0f84df000000           JE 0x110
   31  83f9ff                 CMPL CX, $-0x1
   34  750b                   JNE 0x41
   36  3d00000080             CMPL AX, $-0x80000000
   3b  0f84d9000000           JE 0x11a
   41  99                     CDQ
   42  f7f9                   IDIVL CX
   44  31d2                   XORL DX, DX
   46  85c9                   TESTL CX, CX
   48  0f84d6000000           JE 0x124
   4e  31d2                   XORL DX, DX
   50  f7f1                   DIVL CX
   52  31d2                   XORL DX, DX
   54  85c9                   TESTL CX, CX
   56  0f84d2000000           JE 0x12e
   5c  83f9ff                 CMPL CX, $-0x1
   5f  7504                   JNE 0x65
   61  31d2                   XORL DX, DX
   63  eb03                   JMP 0x68
   65  99                     CDQ
   66  f7f9                   IDIVL CX
   68  4889d0                 MOVQ DX, AX
   6b  31d2                   XORL DX, DX
   6d  85c9                   TESTL CX, CX
   6f  0f84c3000000           JE 0x138
   75  31d2                   XORL DX, DX
   77  f7f1                   DIVL CX
   79  4989d4                 MOVQ DX, R12
   7c  4c89d0                 MOVQ R10, AX
   7f  31d2                   XORL DX, DX
   81  4885db                 TESTQ BX, BX
   84  0f84b8000000           JE 0x142
   8a  4883fbff               CMPQ BX, $-0x1
   8e  7513                   JNE 0xa3
   90  49bb0000000000000080   MOVQ $0x8000000000000000, R11
   9a  4c39d8                 CMPQ AX, R11
   9d  0f84a9000000           JE 0x14c
   a3  4899                   CQO
   a5  48f7fb                 IDIVQ BX
   a8  31d2                   XORL DX, DX
   aa  4885db                 TESTQ BX, BX
   ad  0f84a3000000           JE 0x156
   b3  31d2                   XORL DX, DX
   b5  48f7f3                 DIVQ BX
   b8  31d2                   XORL DX, DX
   ba  4885db                 TESTQ BX, BX
   bd  0f849d000000           JE 0x160
   c3  4883fbff               CMPQ BX, $-0x1
   c7  7504                   JNE 0xcd
   c9  31d2                   XORL DX, DX
   cb  eb05                   JMP 0xd2
   cd  4899                   CQO
   cf  48f7fb                 IDIVQ BX
   d2  4889d0                 MOVQ DX, AX
   d5  31d2                   XORL DX, DX
   d7  4885db                 TESTQ BX, BX
   da  0f848a000000           JE 0x16a
   e0  31d2                   XORL DX, DX
   e2  48f7f3                 DIVQ BX
   e5  4585e4                 TESTL R12, R12
   e8  7505                   JNE 0xef
   ea  e985000000             JMP 0x174
   ef  4c89e0                 MOVQ R12, AX
   f2  4889d1                 MOVQ DX, CX
   f5  4889ec                 MOVQ BP, SP
   f8  5d                     POPQ BP
   f9  c3                     RET
   fa  b802000000             MOVL $0x2, AX
   ff  e800000000             CALL 0x104                     ; call thunk trap
  104  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  10b  e917ffffff             JMP 0x27
  110  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  115  e800000000             CALL 0x11a                     ; call thunk trap
  11a  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  11f  e800000000             CALL 0x124                     ; call thunk trap
  124  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  129  e800000000             CALL 0x12e                     ; call thunk trap
  12e  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  133  e800000000             CALL 0x138                     ; call thunk trap
  138  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  13d  e800000000             CALL 0x142                     ; call thunk trap
  142  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  147  e800000000             CALL 0x14c                     ; call thunk trap
  14c  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  151  e800000000             CALL 0x156                     ; call thunk trap
  156  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  15b  e800000000             CALL 0x160                     ; call thunk trap
  160  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  165  e800000000             CALL 0x16a                     ; call thunk trap
  16a  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  16f  e800000000             CALL 0x174                     ; call thunk trap
  174  b803000000             MOVL $0x3, AX                  ; trap unreachable
  179  e800000000             CALL 0x17e                     ; call thunk trap
