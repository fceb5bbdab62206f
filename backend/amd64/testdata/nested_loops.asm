; nested_loops for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/nested_loops.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7239                   JB 0x48
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  7536                   JNE 0x52
   1c  4889c3                 MOVQ AX, BX
   1f  83eb01                 SUBL $0x1, BX
   22  85db                   TESTL BX, BX
   24  7417                   JE 0x3d
   26  8d3419                 LEAL 0(CX)(BX*1), SI
   29  39de                   CMPL SI, BX
   2b  7e08                   JLE 0x35
   2d  4889d9                 MOVQ BX, CX
   30  4889f3                 MOVQ SI, BX
   33  ebf1                   JMP 0x26
   35  4889c8                 MOVQ CX, AX
   38  4889d9                 MOVQ BX, CX
   3b  ebdf                   JMP 0x1c
   3d  85c9                   TESTL CX, CX
   3f  7405                   JE 0x46
   41  4889ec                 MOVQ BP, SP
   44  5d                     POPQ BP
   45  c3                     RET
   46  ebfe                   JMP 0x46
   48  b802000000             MOVL $0x2, AX
   4d  e800000000             CALL 0x52                      ; call thunk trap
   52  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   59  ebc1                   JMP 0x1c
