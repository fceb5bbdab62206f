; memory for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memory.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8228010000           JB 0x13b
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8521010000           JNE 0x145
   24  458b1406               MOVL 0(R14)(AX*1), R10         ; trap oob_memory
   28  4d8b640608             MOVQ 0x8(R14)(AX*1), R12       ; trap oob_memory
   2d  f3450f10440610         MOVSS 0x10(R14)(AX*1), X8      ; trap oob_memory
   34  f2450f104c0618         MOVSD_XMM 0x18(R14)(AX*1), X9  ; trap oob_memory
   3b  450fbe6c0620           MOVSX 0x20(R14)(AX*1), R13     ; trap oob_memory
   41  410fb65c0621           MOVZX 0x21(R14)(AX*1), BX      ; trap oob_memory
   47  410fbf740622           MOVSX 0x22(R14)(AX*1), SI      ; trap oob_memory
   4d  410fb77c0624           MOVZX 0x24(R14)(AX*1), DI      ; trap oob_memory
   53  4d0fbe440628           MOVSX 0x28(R14)(AX*1), R8      ; trap oob_memory
   59  450fb64c0629           MOVZX 0x29(R14)(AX*1), R9      ; trap oob_memory
   5f  490fbf54062a           MOVSX 0x2a(R14)(AX*1), DX      ; trap oob_memory
   65  410fb74c062c           MOVZX 0x2c(R14)(AX*1), CX      ; trap oob_memory
   6b  48894df8               MOVQ CX, -0x8(BP)
   6f  49634c0630             MOVSXD 0x30(R14)(AX*1), CX     ; trap oob_memory
   74  48894df0               MOVQ CX, -0x10(BP)
   78  418b4c0634             MOVL 0x34(R14)(AX*1), CX       ; trap oob_memory
   7d  4589540640             MOVL R10, 0x40(R14)(AX*1)      ; trap oob_memory
   82  4d89640648             MOVQ R12, 0x48(R14)(AX*1)      ; trap oob_memory
   87  f3450f11440650         MOVSS X8, 0x50(R14)(AX*1)      ; trap oob_memory
   8e  f2450f114c0658         MOVSD_XMM X9, 0x58(R14)(AX*1)  ; trap oob_memory
   95  45886c0660             MOVB R13, 0x60(R14)(AX*1)      ; trap oob_memory
   9a  6641895c0662           MOVW BX, 0x62(R14)(AX*1)       ; trap oob_memory
   a0  4588440664             MOVB R8, 0x64(R14)(AX*1)       ; trap oob_memory
   a5  6645894c0666           MOVW R9, 0x66(R14)(AX*1)       ; trap oob_memory
   ab  4189540668             MOVL DX, 0x68(R14)(AX*1)       ; trap oob_memory
   b0  41c7440670ffffffff     MOVL $-0x1, 0x70(R14)(AX*1)    ; trap oob_memory
   b9  41c6440674ff           MOVB $0xff, 0x74(R14)(AX*1)    ; trap oob_memory
   bf  6641c7440676ffff       MOVW $-0x1, 0x76(R14)(AX*1)    ; trap oob_memory
   c7  49c744067878563412     MOVQ $0x12345678, 0x78(R14)(AX*1) ; trap oob_memory
   d0  41c784068000000078563412 MOVL $0x12345678, 0x80(R14)(AX*1) ; trap oob_memory
   dc  49ba8967452301000000   MOVQ $0x123456789, R10
   e6  4d89940688000000       MOVQ R10, 0x88(R14)(AX*1)      ; trap oob_memory
   ee  f2440f10055a000000     MOVSD_XMM 0x5a(IP), X8
   f7  f2450f11840690000000   MOVSD_XMM X8, 0x90(R14)(AX*1)  ; trap oob_memory
  101  41ba00000080           MOVL $-0x80000000, R10
  107  4901c2                 ADDQ AX, R10
  10a  4f8b1416               MOVQ 0(R14)(R10*1), R10        ; trap oob_memory
  10e  41bcf0ffffff           MOVL $-0x10, R12
  114  4901c4                 ADDQ AX, R12
  117  4f891426               MOVQ R10, 0(R14)(R12*1)        ; trap oob_memory
  11b  01fe                   ADDL DI, SI
  11d  01de                   ADDL BX, SI
  11f  4c8b65f8               MOVQ -0x8(BP), R12
  123  4c8b6df0               MOVQ -0x10(BP), R13
  127  4d01ec                 ADDQ R13, R12
  12a  4901cc                 ADDQ CX, R12
  12d  4901f4                 ADDQ SI, R12
  130  4d01d4                 ADDQ R10, R12
  133  4c89e0                 MOVQ R12, AX
  136  4889ec                 MOVQ BP, SP
  139  5d                     POPQ BP
  13a  c3                     RET
  13b  b802000000             MOVL $0x2, AX
  140  e800000000             CALL 0x145                     ; call thunk trap
  145  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  14c  e9d3feffff             JMP 0x24
  151  000000000000f03f       .quad 0x3ff0000000000000 (constant)
