; spills for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/spills.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24a0             LEAQ -0x60(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8232010000           JB 0x145
   13  4c89dc                 MOVQ R11, SP
   16  4c8955b8               MOVQ R10, -0x48(BP)
   1a  4c8965b0               MOVQ R12, -0x50(BP)
   1e  4c896da8               MOVQ R13, -0x58(BP)
   22  4183bfb000000000       CMPL 0xb0(R15), $0x0
   2a  0f851f010000           JNE 0x14f
   30  498b1c06               MOVQ 0(R14)(AX*1), BX          ; trap oob_memory
   34  48895df8               MOVQ BX, -0x8(BP)
   38  498b740608             MOVQ 0x8(R14)(AX*1), SI        ; trap oob_memory
   3d  488975f0               MOVQ SI, -0x10(BP)
   41  498b7c0610             MOVQ 0x10(R14)(AX*1), DI       ; trap oob_memory
   46  48897de8               MOVQ DI, -0x18(BP)
   4a  4d8b440618             MOVQ 0x18(R14)(AX*1), R8       ; trap oob_memory
   4f  4c8945e0               MOVQ R8, -0x20(BP)
   53  4d8b4c0620             MOVQ 0x20(R14)(AX*1), R9       ; trap oob_memory
   58  498b540628             MOVQ 0x28(R14)(AX*1), DX       ; trap oob_memory
   5d  498b4c0630             MOVQ 0x30(R14)(AX*1), CX       ; trap oob_memory
   62  4d8b540638             MOVQ 0x38(R14)(AX*1), R10      ; trap oob_memory
   67  4d8b640640             MOVQ 0x40(R14)(AX*1), R12      ; trap oob_memory
   6c  4d8b6c0648             MOVQ 0x48(R14)(AX*1), R13      ; trap oob_memory
   71  498b5c0650             MOVQ 0x50(R14)(AX*1), BX       ; trap oob_memory
   76  498b740658             MOVQ 0x58(R14)(AX*1), SI       ; trap oob_memory
   7b  488975d8               MOVQ SI, -0x28(BP)
   7f  498b7c0660             MOVQ 0x60(R14)(AX*1), DI       ; trap oob_memory
   84  48897dd0               MOVQ DI, -0x30(BP)
   88  4d8b440668             MOVQ 0x68(R14)(AX*1), R8       ; trap oob_memory
   8d  4c8945c8               MOVQ R8, -0x38(BP)
   91  85c0                   TESTL AX, AX
   93  7558                   JNE 0xed
   95  4c0fafc7               IMULQ DI, R8
   99  4c0fafc6               IMULQ SI, R8
   9d  4c0fafc3               IMULQ BX, R8
   a1  4d0fafc5               IMULQ R13, R8
   a5  4d0fafc4               IMULQ R12, R8
   a9  4d0fafc2               IMULQ R10, R8
   ad  4c0fafc1               IMULQ CX, R8
   b1  4c0fafc2               IMULQ DX, R8
   b5  4d0fafc1               IMULQ R9, R8
   b9  488b45e0               MOVQ -0x20(BP), AX
   bd  4c0fafc0               IMULQ AX, R8
   c1  488b5de8               MOVQ -0x18(BP), BX
   c5  4c0fafc3               IMULQ BX, R8
   c9  488b5df0               MOVQ -0x10(BP), BX
   cd  4c0fafc3               IMULQ BX, R8
   d1  488b5df8               MOVQ -0x8(BP), BX
   d5  4c0fafc3               IMULQ BX, R8
   d9  4c89c0                 MOVQ R8, AX
   dc  4c8b55b8               MOVQ -0x48(BP), R10
   e0  4c8b65b0               MOVQ -0x50(BP), R12
   e4  4c8b6da8               MOVQ -0x58(BP), R13
   e8  4889ec                 MOVQ BP, SP
   eb  5d                     POPQ BP
   ec  c3                     RET
   ed  4c8b45e8               MOVQ -0x18(BP), R8
   f1  488b7df0               MOVQ -0x10(BP), DI
   f5  488b75f8               MOVQ -0x8(BP), SI
   f9  488b45e0               MOVQ -0x20(BP), AX
   fd  488d343e               LEAQ 0(SI)(DI*1), SI
  101  4c01c6                 ADDQ R8, SI
  104  4801c6                 ADDQ AX, SI
  107  4c01ce                 ADDQ R9, SI
  10a  4801d6                 ADDQ DX, SI
  10d  4801ce                 ADDQ CX, SI
  110  4c01d6                 ADDQ R10, SI
  113  4c01e6                 ADDQ R12, SI
  116  4c01ee                 ADDQ R13, SI
  119  4801de                 ADDQ BX, SI
  11c  488b5dd8               MOVQ -0x28(BP), BX
  120  4801de                 ADDQ BX, SI
  123  488b5dd0               MOVQ -0x30(BP), BX
  127  4801de                 ADDQ BX, SI
  12a  488b5dc8               MOVQ -0x38(BP), BX
  12e  4801de                 ADDQ BX, SI
  131  4889f0                 MOVQ SI, AX
  134  4c8b55b8               MOVQ -0x48(BP), R10
  138  4c8b65b0               MOVQ -0x50(BP), R12
  13c  4c8b6da8               MOVQ -0x58(BP), R13
  140  4889ec                 MOVQ BP, SP
  143  5d                     POPQ BP
  144  c3                     RET
  145  b802000000             MOVL $0x2, AX
  14a  e800000000             CALL 0x14f                     ; call thunk trap
  14f  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  156  e9d5feffff             JMP 0x30
