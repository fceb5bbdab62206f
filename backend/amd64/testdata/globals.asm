; globals for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/globals.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  0f8586000000           JNE 0x98
   12  4d8b97b8000000         MOVQ 0xb8(R15), R10
   19  4d8b5220               MOVQ 0x20(R10), R10
   1d  458b12                 MOVL 0(R10), R10
   20  458d5201               LEAL 0x1(R10), R10
   24  498b9fb8000000         MOVQ 0xb8(R15), BX
   2b  488b5b20               MOVQ 0x20(BX), BX
   2f  448913                 MOVL R10, 0(BX)
   32  4d8b97b8000000         MOVQ 0xb8(R15), R10
   39  4d8b5228               MOVQ 0x28(R10), R10
   3d  498b9fb8000000         MOVQ 0xb8(R15), BX
   44  f3440f104330           MOVSS 0x30(BX), X8
   4a  498b9fb8000000         MOVQ 0xb8(R15), BX
   51  f2440f104b38           MOVSD_XMM 0x38(BX), X9
   57  498b9fb8000000         MOVQ 0xb8(R15), BX
   5e  8b5b40                 MOVL 0x40(BX), BX
   61  498bb7b8000000         MOVQ 0xb8(R15), SI
   68  4c895628               MOVQ R10, 0x28(SI)
   6c  498bb7b8000000         MOVQ 0xb8(R15), SI
   73  f3440f114630           MOVSS X8, 0x30(SI)
   79  498bb7b8000000         MOVQ 0xb8(R15), SI
   80  f2440f114e38           MOVSD_XMM X9, 0x38(SI)
   86  498bb7b8000000         MOVQ 0xb8(R15), SI
   8d  895e40                 MOVL BX, 0x40(SI)
   90  4901da                 ADDQ BX, R10
   93  4c89d0                 MOVQ R10, AX
   96  5d                     POPQ BP
   97  c3                     RET
   98  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   9f  e96effffff             JMP 0x12
