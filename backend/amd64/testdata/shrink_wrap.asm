; shrink_wrap for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/shrink_wrap.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  723e                   JB 0x4d
    f  4c89dc                 MOVQ R11, SP
   12  4883f810               CMPQ AX, $0x10
   16  7230                   JB 0x48
   18  4c8965f0               MOVQ R12, -0x10(BP)
   1c  4989cc                 MOVQ CX, R12
   1f  4931c4                 XORQ AX, R12
   22  4d8b97b8000000         MOVQ 0xb8(R15), R10
   29  498b5a58               MOVQ 0x58(R10), BX
   2d  4d8b5260               MOVQ 0x60(R10), R10
   31  4d3b97b8000000         CMPQ R10, 0xb8(R15)
   38  7530                   JNE 0x6a
   3a  ffd3                   CALL BX
   3c  4c01e0                 ADDQ R12, AX
   3f  4c8b65f0               MOVQ -0x10(BP), R12
   43  4889ec                 MOVQ BP, SP
   46  5d                     POPQ BP
   47  c3                     RET
   48  4889c8                 MOVQ CX, AX
   4b  ebf6                   JMP 0x43
   4d  4183bfb000000000       CMPL 0xb0(R15), $0x0
   55  753a                   JNE 0x91
   57  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   5e  73af                   JAE 0xf
   60  b802000000             MOVL $0x2, AX
   65  e800000000             CALL 0x6a                      ; call thunk trap
   6a  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   71  4c895df8               MOVQ R11, -0x8(BP)
   75  4d8997b8000000         MOVQ R10, 0xb8(R15)
   7c  4d8b32                 MOVQ 0(R10), R14
   7f  ffd3                   CALL BX
   81  4c8b5df8               MOVQ -0x8(BP), R11
   85  4d899fb8000000         MOVQ R11, 0xb8(R15)
   8c  4d8b33                 MOVQ 0(R11), R14
   8f  ebab                   JMP 0x3c
   91  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   98  e967ffffff             JMP 0x4
