; nested_loops for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/nested_loops.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  723d                   JB 0x4c
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  753a                   JNE 0x56
   1c  4989c2                 MOVQ AX, R10
   1f  4183ea01               SUBL $0x1, R10
   23  4585d2                 TESTL R10, R10
   26  7419                   JE 0x41
   28  428d1c11               LEAL 0(CX)(R10*1), BX
   2c  4439d3                 CMPL BX, R10
   2f  7e08                   JLE 0x39
   31  4c89d1                 MOVQ R10, CX
   34  4989da                 MOVQ BX, R10
   37  ebef                   JMP 0x28
   39  4889c8                 MOVQ CX, AX
   3c  4c89d1                 MOVQ R10, CX
   3f  ebdb                   JMP 0x1c
   41  85c9                   TESTL CX, CX
   43  7405                   JE 0x4a
   45  4889ec                 MOVQ BP, SP
   48  5d                     POPQ BP
   49  c3                     RET
   4a  ebfe                   JMP 0x4a
   4c  b802000000             MOVL $0x2, AX
   51  e800000000             CALL 0x56                      ; call thunk trap
   56  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   5d  ebbd                   JMP 0x1c
