; nested_loops for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/nested_loops.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  723a                   JB 0x49
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7537                   JNE 0x53
   1c  448d50ff               LEAL -0x1(AX), R10
   20  4585d2                 TESTL R10, R10
   23  7419                   JE 0x3e
   25  428d1c11               LEAL 0(CX)(R10*1), BX
   29  4439d3                 CMPL BX, R10
   2c  7e08                   JLE 0x36
   2e  4c89d1                 MOVQ R10, CX
   31  4989da                 MOVQ BX, R10
   34  ebef                   JMP 0x25
   36  4889c8                 MOVQ CX, AX
   39  4c89d1                 MOVQ R10, CX
   3c  ebde                   JMP 0x1c
   3e  85c9                   TESTL CX, CX
   40  7405                   JE 0x47
   42  4889ec                 MOVQ BP, SP
   45  5d                     POPQ BP
   46  c3                     RET
   47  ebfe                   JMP 0x47
   49  b802000000             MOVL $0x2, AX
   4e  e800000000             CALL 0x53                      ; call thunk trap
   53  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   5a  ebc0                   JMP 0x1c
