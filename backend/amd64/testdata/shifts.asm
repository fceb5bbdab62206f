; shifts for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/shifts.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7270                   JB 0x7f
    f  4c89dc                 MOVQ R11, SP
   12  4989ca                 MOVQ CX, R10
   15  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1d  756a                   JNE 0x89
   1f  4c89d1                 MOVQ R10, CX
   22  d3e0                   SHLL CL, AX
   24  4c89d1                 MOVQ R10, CX
   27  d3f8                   SARL CL, AX
   29  4c89d1                 MOVQ R10, CX
   2c  d3e8                   SHRL CL, AX
   2e  4c89d1                 MOVQ R10, CX
   31  d3c0                   ROLL CL, AX
   33  4c89d1                 MOVQ R10, CX
   36  d3c8                   RORL CL, AX
   38  c1e003                 SHLL $0x3, AX
   3b  d1f8                   SARL $0x1, AX
   3d  c1e803                 SHRL $0x3, AX
   40  c1c003                 ROLL $0x3, AX
   43  c1c803                 RORL $0x3, AX
   46  4889d9                 MOVQ BX, CX
   49  48d3e2                 SHLQ CL, DX
   4c  4889d9                 MOVQ BX, CX
   4f  48d3fa                 SARQ CL, DX
   52  4889d9                 MOVQ BX, CX
   55  48d3ea                 SHRQ CL, DX
   58  4889d9                 MOVQ BX, CX
   5b  48d3c2                 ROLQ CL, DX
   5e  4889d9                 MOVQ BX, CX
   61  48d3ca                 RORQ CL, DX
   64  48d1e2                 SHLQ $0x1, DX
   67  48c1fa3f               SARQ $0x3f, DX
   6b  48c1ea3f               SHRQ $0x3f, DX
   6f  48c1c23f               ROLQ $0x3f, DX
   73  48c1ca3f               RORQ $0x3f, DX
   77  4889d1                 MOVQ DX, CX
   7a  4889ec                 MOVQ BP, SP
   7d  5d                     POPQ BP
   7e  c3                     RET
   7f  b802000000             MOVL $0x2, AX
   84  e800000000             CALL 0x89                      ; call thunk trap
   89  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   90  eb8d                   JMP 0x1f
