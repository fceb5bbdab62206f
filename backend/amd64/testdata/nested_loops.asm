; nested_loops for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/nested_loops.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  752a                   JNE 0x38
    e  448d50ff               LEAL -0x1(AX), R10
   12  4585d2                 TESTL R10, R10
   15  7419                   JE 0x30
   17  428d1c11               LEAL 0(CX)(R10*1), BX
   1b  4439d3                 CMPL BX, R10
   1e  7e08                   JLE 0x28
   20  4c89d1                 MOVQ R10, CX
   23  4989da                 MOVQ BX, R10
   26  ebef                   JMP 0x17
   28  4889c8                 MOVQ CX, AX
   2b  4c89d1                 MOVQ R10, CX
   2e  ebde                   JMP 0xe
   30  85c9                   TESTL CX, CX
   32  7402                   JE 0x36
   34  5d                     POPQ BP
   35  c3                     RET
   36  ebfe                   JMP 0x36
   38  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   3f  ebcd                   JMP 0xe
