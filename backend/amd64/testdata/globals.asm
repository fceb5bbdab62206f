; globals for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/globals.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f829a000000           JB 0xad
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8593000000           JNE 0xb7
   24  4d8b97b8000000         MOVQ 0xb8(R15), R10
   2b  4d8b5220               MOVQ 0x20(R10), R10
   2f  458b12                 MOVL 0(R10), R10
   32  4183c201               ADDL $0x1, R10
   36  498b9fb8000000         MOVQ 0xb8(R15), BX
   3d  488b5b20               MOVQ 0x20(BX), BX
   41  448913                 MOVL R10, 0(BX)
   44  4d8b97b8000000         MOVQ 0xb8(R15), R10
   4b  4d8b5228               MOVQ 0x28(R10), R10
   4f  498b9fb8000000         MOVQ 0xb8(R15), BX
   56  f3440f104330           MOVSS 0x30(BX), X8
   5c  498b9fb8000000         MOVQ 0xb8(R15), BX
   63  f2440f104b38           MOVSD_XMM 0x38(BX), X9
   69  498b9fb8000000         MOVQ 0xb8(R15), BX
   70  8b5b40                 MOVL 0x40(BX), BX
   73  498bb7b8000000         MOVQ 0xb8(R15), SI
   7a  4c895628               MOVQ R10, 0x28(SI)
   7e  498bb7b8000000         MOVQ 0xb8(R15), SI
   85  f3440f114630           MOVSS X8, 0x30(SI)
   8b  498bb7b8000000         MOVQ 0xb8(R15), SI
   92  f2440f114e38           MOVSD_XMM X9, 0x38(SI)
   98  498bb7b8000000         MOVQ 0xb8(R15), SI
   9f  895e40                 MOVL BX, 0x40(SI)
   a2  4901da                 ADDQ BX, R10
   a5  4c89d0                 MOVQ R10, AX
   a8  4889ec                 MOVQ BP, SP
   ab  5d                     POPQ BP
   ac  c3                     RET
   ad  b802000000             MOVL $0x2, AX
   b2  e800000000             CALL 0xb7                      ; call thunk trap
   b7  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   be  e961ffffff             JMP 0x24
