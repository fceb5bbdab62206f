; loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7232                   JB 0x41
    f  4c89dc                 MOVQ R11, SP
   12  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1a  752f                   JNE 0x4b
   1c  31db                   XORL BX, BX
   1e  4183bfb000000000       CMPL 0xb0(R15), $0x0
   26  752c                   JNE 0x54
   28  4889de                 MOVQ BX, SI
   2b  480faff1               IMULQ CX, SI
   2f  4801f1                 ADDQ SI, CX
   32  8d5b01                 LEAL 0x1(BX), BX
   35  39c3                   CMPL BX, AX
   37  72e5                   JB 0x1e
   39  4889c8                 MOVQ CX, AX
   3c  4889ec                 MOVQ BP, SP
   3f  5d                     POPQ BP
   40  c3                     RET
   41  b802000000             MOVL $0x2, AX
   46  e800000000             CALL 0x4b                      ; call thunk trap
   4b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   52  ebc8                   JMP 0x1c
   54  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   5b  ebcb                   JMP 0x28
