; globals for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/globals.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82a1000000           JB 0xb4
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f859a000000           JNE 0xbe
   24  4d8b97b8000000         MOVQ 0xb8(R15), R10
   2b  4d8b5220               MOVQ 0x20(R10), R10
   2f  458b12                 MOVL 0(R10), R10
   32  4183c201               ADDL $0x1, R10
   36  4d8ba7b8000000         MOVQ 0xb8(R15), R12
   3d  4d8b642420             MOVQ 0x20(R12), R12
   42  45891424               MOVL R10, 0(R12)
   46  4d8b97b8000000         MOVQ 0xb8(R15), R10
   4d  4d8b5228               MOVQ 0x28(R10), R10
   51  4d8ba7b8000000         MOVQ 0xb8(R15), R12
   58  f3450f10442430         MOVSS 0x30(R12), X8
   5f  4d8ba7b8000000         MOVQ 0xb8(R15), R12
   66  f2450f104c2438         MOVSD_XMM 0x38(R12), X9
   6d  4d8ba7b8000000         MOVQ 0xb8(R15), R12
   74  458b642440             MOVL 0x40(R12), R12
   79  4d8bafb8000000         MOVQ 0xb8(R15), R13
   80  4d895528               MOVQ R10, 0x28(R13)
   84  4d8bafb8000000         MOVQ 0xb8(R15), R13
   8b  f3450f114530           MOVSS X8, 0x30(R13)
   91  4d8bafb8000000         MOVQ 0xb8(R15), R13
   98  f2450f114d38           MOVSD_XMM X9, 0x38(R13)
   9e  4d8bafb8000000         MOVQ 0xb8(R15), R13
   a5  45896540               MOVL R12, 0x40(R13)
   a9  4d01e2                 ADDQ R12, R10
   ac  4c89d0                 MOVQ R10, AX
   af  4889ec                 MOVQ BP, SP
   b2  5d                     POPQ BP
   b3  c3                     RET
   b4  b802000000             MOVL $0x2, AX
   b9  e800000000             CALL 0xbe                      ; call thunk trap
   be  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   c5  e95affffff             JMP 0x24
