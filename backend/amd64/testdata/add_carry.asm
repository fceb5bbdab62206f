; add_carry for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/add_carry.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7533                   JNE 0x41
    e  39d1                   CMPL CX, DX
   10  83d000                 ADCL $0x0, AX
   13  83f901                 CMPL CX, $0x1
   16  83d0ff                 ADCL $-0x1, AX
   19  4883fb01               CMPQ BX, $0x1
   1d  83d000                 ADCL $0x0, AX
   20  39d1                   CMPL CX, DX
   22  410f9cc2               SETL R10
   26  450fb6d2               MOVZX R10, R10
   2a  4401d0                 ADDL R10, AX
   2d  83fa07                 CMPL DX, $0x7
   30  410f97c2               SETA R10
   34  450fb6d2               MOVZX R10, R10
   38  4401d0                 ADDL R10, AX
   3b  410fafc2               IMULL R10, AX
   3f  5d                     POPQ BP
   40  c3                     RET
   41  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   48  ebc4                   JMP 0xe
