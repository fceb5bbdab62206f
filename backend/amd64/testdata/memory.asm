; memory for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memory.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f822b010000           JB 0x13e
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e0               MOVQ R12, -0x20(BP)
   1a  4c896dd8               MOVQ R13, -0x28(BP)
   1e  458b1406               MOVL 0(R14)(AX*1), R10         ; trap oob_memory
   22  498b5c0608             MOVQ 0x8(R14)(AX*1), BX        ; trap oob_memory
   27  f3450f10440610         MOVSS 0x10(R14)(AX*1), X8      ; trap oob_memory
   2e  f2450f104c0618         MOVSD_XMM 0x18(R14)(AX*1), X9  ; trap oob_memory
   35  410fbe740620           MOVSX 0x20(R14)(AX*1), SI      ; trap oob_memory
   3b  410fb67c0621           MOVZX 0x21(R14)(AX*1), DI      ; trap oob_memory
   41  450fbf440622           MOVSX 0x22(R14)(AX*1), R8      ; trap oob_memory
   47  450fb74c0624           MOVZX 0x24(R14)(AX*1), R9      ; trap oob_memory
   4d  490fbe540628           MOVSX 0x28(R14)(AX*1), DX      ; trap oob_memory
   53  410fb64c0629           MOVZX 0x29(R14)(AX*1), CX      ; trap oob_memory
   59  4d0fbf64062a           MOVSX 0x2a(R14)(AX*1), R12     ; trap oob_memory
   5f  450fb76c062c           MOVZX 0x2c(R14)(AX*1), R13     ; trap oob_memory
   65  4c896df8               MOVQ R13, -0x8(BP)
   69  4d636c0630             MOVSXD 0x30(R14)(AX*1), R13    ; trap oob_memory
   6e  4c896df0               MOVQ R13, -0x10(BP)
   72  458b6c0634             MOVL 0x34(R14)(AX*1), R13      ; trap oob_memory
   77  4589540640             MOVL R10, 0x40(R14)(AX*1)      ; trap oob_memory
   7c  49895c0648             MOVQ BX, 0x48(R14)(AX*1)       ; trap oob_memory
   81  f3450f11440650         MOVSS X8, 0x50(R14)(AX*1)      ; trap oob_memory
   88  f2450f114c0658         MOVSD_XMM X9, 0x58(R14)(AX*1)  ; trap oob_memory
   8f  4188740660             MOVB SI, 0x60(R14)(AX*1)       ; trap oob_memory
   94  6641897c0662           MOVW DI, 0x62(R14)(AX*1)       ; trap oob_memory
   9a  4188540664             MOVB DL, 0x64(R14)(AX*1)       ; trap oob_memory
   9f  6641894c0666           MOVW CX, 0x66(R14)(AX*1)       ; trap oob_memory
   a5  4589640668             MOVL R12, 0x68(R14)(AX*1)      ; trap oob_memory
   aa  41c7440670ffffffff     MOVL $-0x1, 0x70(R14)(AX*1)    ; trap oob_memory
   b3  41c6440674ff           MOVB $0xff, 0x74(R14)(AX*1)    ; trap oob_memory
   b9  6641c7440676ffff       MOVW $-0x1, 0x76(R14)(AX*1)    ; trap oob_memory
   c1  49c744067878563412     MOVQ $0x12345678, 0x78(R14)(AX*1) ; trap oob_memory
   ca  41c784068000000078563412 MOVL $0x12345678, 0x80(R14)(AX*1) ; trap oob_memory
   d6  49ba8967452301000000   MOVQ $0x123456789, R10
   e0  4d89940688000000       MOVQ R10, 0x88(R14)(AX*1)      ; trap oob_memory
   e8  f2440f10057a000000     MOVSD_XMM 0x7a(IP), X8
   f1  f2450f11840690000000   MOVSD_XMM X8, 0x90(R14)(AX*1)  ; trap oob_memory
   fb  41ba00000080           MOVL $-0x80000000, R10
  101  4901c2                 ADDQ AX, R10
  104  4f8b1416               MOVQ 0(R14)(R10*1), R10        ; trap oob_memory
  108  bbf0ffffff             MOVL $-0x10, BX
  10d  4801c3                 ADDQ AX, BX
  110  4d89141e               MOVQ R10, 0(R14)(BX*1)         ; trap oob_memory
  114  4501c8                 ADDL R9, R8
  117  4101f8                 ADDL DI, R8
  11a  488b5df8               MOVQ -0x8(BP), BX
  11e  488b75f0               MOVQ -0x10(BP), SI
  122  4801f3                 ADDQ SI, BX
  125  4c01eb                 ADDQ R13, BX
  128  4c01c3                 ADDQ R8, BX
  12b  4c01d3                 ADDQ R10, BX
  12e  4889d8                 MOVQ BX, AX
  131  4c8b65e0               MOVQ -0x20(BP), R12
  135  4c8b6dd8               MOVQ -0x28(BP), R13
  139  4889ec                 MOVQ BP, SP
  13c  5d                     POPQ BP
  13d  c3                     RET
  13e  4183bfb000000000       CMPL 0xb0(R15), $0x0
  146  7517                   JNE 0x15f
  148  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  14f  0f83befeffff           JAE 0x13
  155  b802000000             MOVL $0x2, AX
  15a  e800000000             CALL 0x15f                     ; call thunk trap
  15f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  166  e999feffff             JMP 0x4
  16b  000000000000f03f       .quad 0x3ff0000000000000 (constant)
