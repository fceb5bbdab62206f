; shared_shift for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/shared_shift.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7516                   JNE 0x24
    e  4989c2                 MOVQ AX, R10
   11  41c1e202               SHLL $0x2, R10
   15  8d1c81                 LEAL 0(CX)(AX*4), BX
   18  418b1c1e               MOVL 0(R14)(BX*1), BX          ; trap oob_memory
   1c  4c89d0                 MOVQ R10, AX
   1f  4889d9                 MOVQ BX, CX
   22  5d                     POPQ BP
   23  c3                     RET
   24  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   2b  ebe1                   JMP 0xe
