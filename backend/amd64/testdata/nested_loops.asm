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
   26  750b                   JNE 0x33
   28  85c9                   TESTL CX, CX
   2a  7405                   JE 0x31
   2c  4889ec                 MOVQ BP, SP
   2f  5d                     POPQ BP
   30  c3                     RET
   31  ebfe                   JMP 0x31
   33  468d2411               LEAL 0(CX)(R10*1), R12
   37  4539d4                 CMPL R12, R10
   3a  7f08                   JG 0x44
   3c  4889c8                 MOVQ CX, AX
   3f  4c89d1                 MOVQ R10, CX
   42  ebd8                   JMP 0x1c
   44  4c89d1                 MOVQ R10, CX
   47  4d89e2                 MOVQ R12, R10
   4a  ebe7                   JMP 0x33
   4c  b802000000             MOVL $0x2, AX
   51  e800000000             CALL 0x56                      ; call thunk trap
   56  b80b000000             MOVL $0xb, AX                  ; trap interrupted
   5b  e800000000             CALL 0x60                      ; call thunk trap
