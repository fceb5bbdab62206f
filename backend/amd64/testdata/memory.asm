; memory for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memory.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8239010000           JB 0x14c
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e0               MOVQ R12, -0x20(BP)
   1a  4c896dd8               MOVQ R13, -0x28(BP)
   1e  4183bfb000000000       CMPL 0xb0(R15), $0x0
   26  0f852a010000           JNE 0x156
   2c  458b1406               MOVL 0(R14)(AX*1), R10         ; trap oob_memory
   30  498b5c0608             MOVQ 0x8(R14)(AX*1), BX        ; trap oob_memory
   35  f3450f10440610         MOVSS 0x10(R14)(AX*1), X8      ; trap oob_memory
   3c  f2450f104c0618         MOVSD_XMM 0x18(R14)(AX*1), X9  ; trap oob_memory
   43  410fbe740620           MOVSX 0x20(R14)(AX*1), SI      ; trap oob_memory
   49  410fb67c0621           MOVZX 0x21(R14)(AX*1), DI      ; trap oob_memory
   4f  450fbf440622           MOVSX 0x22(R14)(AX*1), R8      ; trap oob_memory
   55  450fb74c0624           MOVZX 0x24(R14)(AX*1), R9      ; trap oob_memory
   5b  490fbe540628           MOVSX 0x28(R14)(AX*1), DX      ; trap oob_memory
   61  410fb64c0629           MOVZX 0x29(R14)(AX*1), CX      ; trap oob_memory
   67  4d0fbf64062a           MOVSX 0x2a(R14)(AX*1), R12     ; trap oob_memory
   6d  450fb76c062c           MOVZX 0x2c(R14)(AX*1), R13     ; trap oob_memory
   73  4c896df8               MOVQ R13, -0x8(BP)
   77  4d636c0630             MOVSXD 0x30(R14)(AX*1), R13    ; trap oob_memory
   7c  4c896df0               MOVQ R13, -0x10(BP)
   80  458b6c0634             MOVL 0x34(R14)(AX*1), R13      ; trap oob_memory
   85  4589540640             MOVL R10, 0x40(R14)(AX*1)      ; trap oob_memory
   8a  49895c0648             MOVQ BX, 0x48(R14)(AX*1)       ; trap oob_memory
   8f  f3450f11440650         MOVSS X8, 0x50(R14)(AX*1)      ; trap oob_memory
   96  f2450f114c0658         MOVSD_XMM X9, 0x58(R14)(AX*1)  ; trap oob_memory
   9d  4188740660             MOVB SI, 0x60(R14)(AX*1)       ; trap oob_memory
   a2  6641897c0662           MOVW DI, 0x62(R14)(AX*1)       ; trap oob_memory
   a8  4188540664             MOVB DL, 0x64(R14)(AX*1)       ; trap oob_memory
   ad  6641894c0666           MOVW CX, 0x66(R14)(AX*1)       ; trap oob_memory
   b3  4589640668             MOVL R12, 0x68(R14)(AX*1)      ; trap oob_memory
   b8  41c7440670ffffffff     MOVL $-0x1, 0x70(R14)(AX*1)    ; trap oob_memory
   c1  41c6440674ff           MOVB $0xff, 0x74(R14)(AX*1)    ; trap oob_memory
   c7  6641c7440676ffff       MOVW $-0x1, 0x76(R14)(AX*1)    ; trap oob_memory
   cf  49c744067878563412     MOVQ $0x12345678, 0x78(R14)(AX*1) ; trap oob_memory
   d8  41c784068000000078563412 MOVL $0x12345678, 0x80(R14)(AX*1) ; trap oob_memory
   e4  49ba8967452301000000   MOVQ $0x123456789, R10
   ee  4d89940688000000       MOVQ R10, 0x88(R14)(AX*1)      ; trap oob_memory
   f6  f2440f100563000000     MOVSD_XMM 0x63(IP), X8
   ff  f2450f11840690000000   MOVSD_XMM X8, 0x90(R14)(AX*1)  ; trap oob_memory
  109  41ba00000080           MOVL $-0x80000000, R10
  10f  4901c2                 ADDQ AX, R10
  112  4f8b1416               MOVQ 0(R14)(R10*1), R10        ; trap oob_memory
  116  bbf0ffffff             MOVL $-0x10, BX
  11b  4801c3                 ADDQ AX, BX
  11e  4d89141e               MOVQ R10, 0(R14)(BX*1)         ; trap oob_memory
  122  4501c8                 ADDL R9, R8
  125  4101f8                 ADDL DI, R8
  128  488b5df8               MOVQ -0x8(BP), BX
  12c  488b75f0               MOVQ -0x10(BP), SI
  130  4801f3                 ADDQ SI, BX
  133  4c01eb                 ADDQ R13, BX
  136  4c01c3                 ADDQ R8, BX
  139  4c01d3                 ADDQ R10, BX
  13c  4889d8                 MOVQ BX, AX
  13f  4c8b65e0               MOVQ -0x20(BP), R12
  143  4c8b6dd8               MOVQ -0x28(BP), R13
  147  4889ec                 MOVQ BP, SP
  14a  5d                     POPQ BP
  14b  c3                     RET
  14c  b802000000             MOVL $0x2, AX
  151  e800000000             CALL 0x156                     ; call thunk trap
  156  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  15d  e9cafeffff             JMP 0x2c
  162  000000000000f03f       .quad 0x3ff0000000000000 (constant)
