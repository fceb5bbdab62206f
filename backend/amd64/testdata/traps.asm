; traps for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/traps.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4989d2                 MOVQ DX, R10
    7  4183bfb000000000       CMPL 0xb0(R15), $0x0
    f  0f85c8000000           JNE 0xdd
   15  31d2                   XORL DX, DX
   17  85c9                   TESTL CX, CX
   19  0f84ca000000           JE 0xe9
   1f  83f9ff                 CMPL CX, $-0x1
   22  750b                   JNE 0x2f
   24  3d00000080             CMPL AX, $-0x80000000
   29  0f84c4000000           JE 0xf3
   2f  99                     CDQ
   30  f7f9                   IDIVL CX
   32  31d2                   XORL DX, DX
   34  85c9                   TESTL CX, CX
   36  0f84c1000000           JE 0xfd
   3c  31d2                   XORL DX, DX
   3e  f7f1                   DIVL CX
   40  31d2                   XORL DX, DX
   42  85c9                   TESTL CX, CX
   44  0f84bd000000           JE 0x107
   4a  83f9ff                 CMPL CX, $-0x1
   4d  7504                   JNE 0x53
   4f  31d2                   XORL DX, DX
   51  eb03                   JMP 0x56
   53  99                     CDQ
   54  f7f9                   IDIVL CX
   56  4889d0                 MOVQ DX, AX
   59  31d2                   XORL DX, DX
   5b  85c9                   TESTL CX, CX
   5d  0f84ae000000           JE 0x111
   63  31d2                   XORL DX, DX
   65  f7f1                   DIVL CX
   67  4889d6                 MOVQ DX, SI
   6a  4c89d0                 MOVQ R10, AX
   6d  31d2                   XORL DX, DX
   6f  4885db                 TESTQ BX, BX
   72  0f84a3000000           JE 0x11b
   78  4883fbff               CMPQ BX, $-0x1
   7c  7513                   JNE 0x91
   7e  49bb0000000000000080   MOVQ $0x8000000000000000, R11
   88  4c39d8                 CMPQ AX, R11
   8b  0f8494000000           JE 0x125
   91  4899                   CQO
   93  48f7fb                 IDIVQ BX
   96  31d2                   XORL DX, DX
   98  4885db                 TESTQ BX, BX
   9b  0f848e000000           JE 0x12f
   a1  31d2                   XORL DX, DX
   a3  48f7f3                 DIVQ BX
   a6  31d2                   XORL DX, DX
   a8  4885db                 TESTQ BX, BX
   ab  0f8488000000           JE 0x139
   b1  4883fbff               CMPQ BX, $-0x1
   b5  7504                   JNE 0xbb
   b7  31d2                   XORL DX, DX
   b9  eb05                   JMP 0xc0
   bb  4899                   CQO
   bd  48f7fb                 IDIVQ BX
   c0  4889d0                 MOVQ DX, AX
   c3  31d2                   XORL DX, DX
   c5  4885db                 TESTQ BX, BX
   c8  7479                   JE 0x143
   ca  31d2                   XORL DX, DX
   cc  48f7f3                 DIVQ BX
   cf  85f6                   TESTL SI, SI
   d1  7502                   JNE 0xd5
   d3  eb78                   JMP 0x14d
   d5  4889f0                 MOVQ SI, AX
   d8  4889d1                 MOVQ DX, CX
   db  5d                     POPQ BP
   dc  c3                     RET
   dd  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   e4  e92cffffff             JMP 0x15
   e9  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
   ee  e800000000             CALL 0xf3                      ; call thunk trap
   f3  b805000000             MOVL $0x5, AX                  ; trap int_overflow
   f8  e800000000             CALL 0xfd                      ; call thunk trap
   fd  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  102  e800000000             CALL 0x107                     ; call thunk trap
  107  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  10c  e800000000             CALL 0x111                     ; call thunk trap
  111  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  116  e800000000             CALL 0x11b                     ; call thunk trap
  11b  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  120  e800000000             CALL 0x125                     ; call thunk trap
  125  b805000000             MOVL $0x5, AX                  ; trap int_overflow
  12a  e800000000             CALL 0x12f                     ; call thunk trap
  12f  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  134  e800000000             CALL 0x139                     ; call thunk trap
  139  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  13e  e800000000             CALL 0x143                     ; call thunk trap
  143  b804000000             MOVL $0x4, AX                  ; trap int_div_zero
  148  e800000000             CALL 0x14d                     ; call thunk trap
  14d  b803000000             MOVL $0x3, AX                  ; trap unreachable
  152  e800000000             CALL 0x157                     ; call thunk trap
