; shifts for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/shifts.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4989ca                 MOVQ CX, R10
    7  4183bfb000000000       CMPL 0xb0(R15), $0x0
    f  755d                   JNE 0x6e
   11  4c89d1                 MOVQ R10, CX
   14  d3e0                   SHLL CL, AX
   16  4c89d1                 MOVQ R10, CX
   19  d3f8                   SARL CL, AX
   1b  4c89d1                 MOVQ R10, CX
   1e  d3e8                   SHRL CL, AX
   20  4c89d1                 MOVQ R10, CX
   23  d3c0                   ROLL CL, AX
   25  4c89d1                 MOVQ R10, CX
   28  d3c8                   RORL CL, AX
   2a  c1e003                 SHLL $0x3, AX
   2d  d1f8                   SARL $0x1, AX
   2f  c1e803                 SHRL $0x3, AX
   32  c1c003                 ROLL $0x3, AX
   35  c1c803                 RORL $0x3, AX
   38  4889d9                 MOVQ BX, CX
   3b  48d3e2                 SHLQ CL, DX
   3e  4889d9                 MOVQ BX, CX
   41  48d3fa                 SARQ CL, DX
   44  4889d9                 MOVQ BX, CX
   47  48d3ea                 SHRQ CL, DX
   4a  4889d9                 MOVQ BX, CX
   4d  48d3c2                 ROLQ CL, DX
   50  4889d9                 MOVQ BX, CX
   53  48d3ca                 RORQ CL, DX
   56  48d1e2                 SHLQ $0x1, DX
   59  48c1fa3f               SARQ $0x3f, DX
   5d  48c1ea3f               SHRQ $0x3f, DX
   61  48c1c23f               ROLQ $0x3f, DX
   65  48c1ca3f               RORQ $0x3f, DX
   69  4889d1                 MOVQ DX, CX
   6c  5d                     POPQ BP
   6d  c3                     RET
   6e  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   75  eb9a                   JMP 0x11
