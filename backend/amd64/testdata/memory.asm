; memory for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/memory.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8240010000           JB 0x153
   13  4c89dc                 MOVQ R11, SP
   16  4c8955e0               MOVQ R10, -0x20(BP)
   1a  4c8965d8               MOVQ R12, -0x28(BP)
   1e  4c896dd0               MOVQ R13, -0x30(BP)
   22  4183bfb000000000       CMPL 0xb0(R15), $0x0
   2a  0f852d010000           JNE 0x15d
   30  418b1c06               MOVL 0(R14)(AX*1), BX          ; trap oob_memory
   34  498b740608             MOVQ 0x8(R14)(AX*1), SI        ; trap oob_memory
   39  f3450f10440610         MOVSS 0x10(R14)(AX*1), X8      ; trap oob_memory
   40  f2450f104c0618         MOVSD_XMM 0x18(R14)(AX*1), X9  ; trap oob_memory
   47  410fbe7c0620           MOVSX 0x20(R14)(AX*1), DI      ; trap oob_memory
   4d  450fb6440621           MOVZX 0x21(R14)(AX*1), R8      ; trap oob_memory
   53  450fbf4c0622           MOVSX 0x22(R14)(AX*1), R9      ; trap oob_memory
   59  410fb7540624           MOVZX 0x24(R14)(AX*1), DX      ; trap oob_memory
   5f  490fbe4c0628           MOVSX 0x28(R14)(AX*1), CX      ; trap oob_memory
   65  450fb6540629           MOVZX 0x29(R14)(AX*1), R10     ; trap oob_memory
   6b  4d0fbf64062a           MOVSX 0x2a(R14)(AX*1), R12     ; trap oob_memory
   71  450fb76c062c           MOVZX 0x2c(R14)(AX*1), R13     ; trap oob_memory
   77  4c896df8               MOVQ R13, -0x8(BP)
   7b  4d636c0630             MOVSXD 0x30(R14)(AX*1), R13    ; trap oob_memory
   80  4c896df0               MOVQ R13, -0x10(BP)
   84  458b6c0634             MOVL 0x34(R14)(AX*1), R13      ; trap oob_memory
   89  41895c0640             MOVL BX, 0x40(R14)(AX*1)       ; trap oob_memory
   8e  4989740648             MOVQ SI, 0x48(R14)(AX*1)       ; trap oob_memory
   93  f3450f11440650         MOVSS X8, 0x50(R14)(AX*1)      ; trap oob_memory
   9a  f2450f114c0658         MOVSD_XMM X9, 0x58(R14)(AX*1)  ; trap oob_memory
   a1  41887c0660             MOVB DI, 0x60(R14)(AX*1)       ; trap oob_memory
   a6  664589440662           MOVW R8, 0x62(R14)(AX*1)       ; trap oob_memory
   ac  41884c0664             MOVB CL, 0x64(R14)(AX*1)       ; trap oob_memory
   b1  664589540666           MOVW R10, 0x66(R14)(AX*1)      ; trap oob_memory
   b7  4589640668             MOVL R12, 0x68(R14)(AX*1)      ; trap oob_memory
   bc  41c7440670ffffffff     MOVL $-0x1, 0x70(R14)(AX*1)    ; trap oob_memory
   c5  41c6440674ff           MOVB $0xff, 0x74(R14)(AX*1)    ; trap oob_memory
   cb  6641c7440676ffff       MOVW $-0x1, 0x76(R14)(AX*1)    ; trap oob_memory
   d3  49c744067878563412     MOVQ $0x12345678, 0x78(R14)(AX*1) ; trap oob_memory
   dc  41c784068000000078563412 MOVL $0x12345678, 0x80(R14)(AX*1) ; trap oob_memory
   e8  48bb8967452301000000   MOVQ $0x123456789, BX
   f2  49899c0688000000       MOVQ BX, 0x88(R14)(AX*1)       ; trap oob_memory
   fa  f2440f100566000000     MOVSD_XMM 0x66(IP), X8
  103  f2450f11840690000000   MOVSD_XMM X8, 0x90(R14)(AX*1)  ; trap oob_memory
  10d  bb00000080             MOVL $-0x80000000, BX
  112  4801c3                 ADDQ AX, BX
  115  498b1c1e               MOVQ 0(R14)(BX*1), BX          ; trap oob_memory
  119  bef0ffffff             MOVL $-0x10, SI
  11e  4801c6                 ADDQ AX, SI
  121  49891c36               MOVQ BX, 0(R14)(SI*1)          ; trap oob_memory
  125  4101d1                 ADDL DX, R9
  128  4501c1                 ADDL R8, R9
  12b  488b75f8               MOVQ -0x8(BP), SI
  12f  488b7df0               MOVQ -0x10(BP), DI
  133  4801fe                 ADDQ DI, SI
  136  4c01ee                 ADDQ R13, SI
  139  4c01ce                 ADDQ R9, SI
  13c  4801de                 ADDQ BX, SI
  13f  4889f0                 MOVQ SI, AX
  142  4c8b55e0               MOVQ -0x20(BP), R10
  146  4c8b65d8               MOVQ -0x28(BP), R12
  14a  4c8b6dd0               MOVQ -0x30(BP), R13
  14e  4889ec                 MOVQ BP, SP
  151  5d                     POPQ BP
  152  c3                     RET
  153  b802000000             MOVL $0x2, AX
  158  e800000000             CALL 0x15d                     ; call thunk trap
  15d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  164  e9c7feffff             JMP 0x30
  169  000000000000f03f       .quad 0x3ff0000000000000 (constant)
