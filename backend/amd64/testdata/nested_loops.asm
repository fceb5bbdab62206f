; nested_loops for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/nested_loops.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7534                   JNE 0x42
    e  6690                   NOPW
   10  448d50ff               LEAL -0x1(AX), R10
   14  4585d2                 TESTL R10, R10
   17  741d                   JE 0x36
   19  4889c8                 MOVQ CX, AX
   1c  0f1f4000               NOPL 0(AX)
   20  428d1c10               LEAL 0(AX)(R10*1), BX
   24  4439d3                 CMPL BX, R10
   27  7e08                   JLE 0x31
   29  4c89d0                 MOVQ R10, AX
   2c  4989da                 MOVQ BX, R10
   2f  ebef                   JMP 0x20
   31  4c89d1                 MOVQ R10, CX
   34  ebda                   JMP 0x10
   36  85c9                   TESTL CX, CX
   38  7406                   JE 0x40
   3a  5d                     POPQ BP
   3b  c3                     RET
   3c  0f1f4000               NOPL 0(AX)
   40  ebfe                   JMP 0x40
   42  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   49  ebc3                   JMP 0xe
