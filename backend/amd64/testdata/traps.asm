; traps for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/traps.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82e6000000           JB 0xf9
   13  4c89dc                 MOVQ R11, SP
   16  4989d2                 MOVQ DX, R10
   19  4183bfb000000000       CMPL 0xb0(R15), $0x0
   21  0f85dc000000           JNE 0x103
   27  31d2                   XORL DX, DX
   29  85c9                   TESTL CX, CX
   2b  0f84de000000           JE 0x10f
   31  83f9ff                 CMPL CX, $-0x1
   34  750b                   JNE 0x41
   36  3d00000080             CMPL AX, $-0x80000000
   3b  0f84d8000000           JE 0x119
   41  99                     CDQ
   42  f7f9                   IDIVL CX
   44  31d2                   XORL DX, DX
   46  85c9                   TESTL CX, CX
   48  0f84d5000000           JE 0x123
   4e  31d2                   XORL DX, DX
   50  f7f1                   DIVL CX
   52  31d2                   XORL DX, DX
   54  85c9                   TESTL CX, CX
   56  0f84d1000000           JE 0x12d
   5c  83f9ff                 CMPL CX, $-0x1
   5f  7504                   JNE 0x65
   61  31d2                   XORL DX, DX
   63  eb03                   JMP 0x68
   65  99                     CDQ
   66  f7f9                   IDIVL CX
   68  4889d0                 MOVQ DX, AX
   6b  31d2                   XORL DX, DX
   6d  85c9                   TESTL CX, CX
   6f  0f84c2000000           JE 0x137
   75  31d2                   XORL DX, DX
   77  f7f1                   DIVL CX
   79  4889d6                 MOVQ DX, SI
   7c  4c89d0                 MOVQ R10, AX
   7f  31d2                   XORL DX, DX
   81  4885db                 TESTQ BX, BX
   84  0f84b7000000           JE 0x141
   8a  4883fbff               CMPQ BX, $-0x1
   8e  7513                   JNE 0xa3
   90  49bb0000000000000080   MOVQ $0x8000000000000000, R11
   9a  4c39d8                 CMPQ AX, R11
   9d  0f84a8000000           JE 0x14b
   a3  4899                   CQO
   a5  48f7fb                 IDIVQ BX
   a8  31d2                   XORL DX, DX
   aa  4885db                 TESTQ BX, BX
   ad  0f84a2000000           JE 0x155
   b3  31d2                   XORL DX, DX
   b5  48f7f3                 DIVQ BX
   b8  31d2                   XORL DX, DX
   ba  4885db                 TESTQ BX, BX
   bd  0f849c000000           JE 0x15f
   c3  4883fbff               CMPQ BX, $-0x1
   c7  7504                   JNE 0xcd
   c9  31d2                   XORL DX, DX
   cb  eb05                   JMP 0xd2
   cd  4899                   CQO
   cf  48f7fb                 IDIVQ BX
   d2  4889d0                 MOVQ DX, AX
   d5  31d2                   XORL DX, DX
   d7  4885db                 TESTQ BX, BX
   da  0f8489000000           JE 0x169
   e0  31d2                   XORL DX, DX
   e2  48f7f3                 DIVQ BX
   e5  85f6                   TESTL SI, SI
   e7  7505                   JNE 0xee
   e9  e985000000             JMP 0x173
   ee  4889f0                 MOVQ SI, AX
   f1  4889d1                 MOVQ DX, CX
   f4  4889ec                 MOVQ BP, SP
   f7  5d                     POPQ BP
   f8  c3                     RET
   f9  b802000000             MOVL $0x2, AX
   fe  e800000000             CALL 0x103                     ; call thunk trap
  103  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  10a  e918ffffff             JMP 0x27
  10f  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  114  e800000000             CALL 0x119                     ; call thunk trap
  119  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  11e  e800000000             CALL 0x123                     ; call thunk trap
  123  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  128  e800000000             CALL 0x12d                     ; call thunk trap
  12d  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  132  e800000000             CALL 0x137                     ; call thunk trap
  137  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  13c  e800000000             CALL 0x141                     ; call thunk trap
  141  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  146  e800000000             CALL 0x14b                     ; call thunk trap
  14b  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  150  e800000000             CALL 0x155                     ; call thunk trap
  155  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  15a  e800000000             CALL 0x15f                     ; call thunk trap
  15f  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  164  e800000000             CALL 0x169                     ; call thunk trap
  169  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  16e  e800000000             CALL 0x173                     ; call thunk trap
  173  b803000000             MOVL $0x3, AX                  ; trap unreachable
  178  e800000000             CALL 0x17d                     ; call thunk trap
