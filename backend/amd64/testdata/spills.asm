; spills for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/spills.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24b0             LEAQ -0x50(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8225010000           JB 0x138
   13  4c89dc                 MOVQ R11, SP
   16  4c8965b8               MOVQ R12, -0x48(BP)
   1a  4c896db0               MOVQ R13, -0x50(BP)
   1e  4183bfb000000000       CMPL 0xb0(R15), $0x0
   26  0f8516010000           JNE 0x142
   2c  4d8b1406               MOVQ 0(R14)(AX*1), R10         ; trap oob_memory
   30  4c8955f8               MOVQ R10, -0x8(BP)
   34  498b5c0608             MOVQ 0x8(R14)(AX*1), BX        ; trap oob_memory
   39  48895df0               MOVQ BX, -0x10(BP)
   3d  498b740610             MOVQ 0x10(R14)(AX*1), SI       ; trap oob_memory
   42  488975e8               MOVQ SI, -0x18(BP)
   46  498b7c0618             MOVQ 0x18(R14)(AX*1), DI       ; trap oob_memory
   4b  48897de0               MOVQ DI, -0x20(BP)
   4f  4d8b440620             MOVQ 0x20(R14)(AX*1), R8       ; trap oob_memory
   54  4d8b4c0628             MOVQ 0x28(R14)(AX*1), R9       ; trap oob_memory
   59  498b540630             MOVQ 0x30(R14)(AX*1), DX       ; trap oob_memory
   5e  498b4c0638             MOVQ 0x38(R14)(AX*1), CX       ; trap oob_memory
   63  4d8b640640             MOVQ 0x40(R14)(AX*1), R12      ; trap oob_memory
   68  4d8b6c0648             MOVQ 0x48(R14)(AX*1), R13      ; trap oob_memory
   6d  4d8b540650             MOVQ 0x50(R14)(AX*1), R10      ; trap oob_memory
   72  498b5c0658             MOVQ 0x58(R14)(AX*1), BX       ; trap oob_memory
   77  48895dd8               MOVQ BX, -0x28(BP)
   7b  498b740660             MOVQ 0x60(R14)(AX*1), SI       ; trap oob_memory
   80  488975d0               MOVQ SI, -0x30(BP)
   84  498b7c0668             MOVQ 0x68(R14)(AX*1), DI       ; trap oob_memory
   89  48897dc8               MOVQ DI, -0x38(BP)
   8d  85c0                   TESTL AX, AX
   8f  7554                   JNE 0xe5
   91  480faffe               IMULQ SI, DI
   95  480faffb               IMULQ BX, DI
   99  490faffa               IMULQ R10, DI
   9d  490faffd               IMULQ R13, DI
   a1  490faffc               IMULQ R12, DI
   a5  480faff9               IMULQ CX, DI
   a9  480faffa               IMULQ DX, DI
   ad  490faff9               IMULQ R9, DI
   b1  490faff8               IMULQ R8, DI
   b5  488b45e0               MOVQ -0x20(BP), AX
   b9  480faff8               IMULQ AX, DI
   bd  4c8b55e8               MOVQ -0x18(BP), R10
   c1  490faffa               IMULQ R10, DI
   c5  4c8b55f0               MOVQ -0x10(BP), R10
   c9  490faffa               IMULQ R10, DI
   cd  4c8b55f8               MOVQ -0x8(BP), R10
   d1  490faffa               IMULQ R10, DI
   d5  4889f8                 MOVQ DI, AX
   d8  4c8b65b8               MOVQ -0x48(BP), R12
   dc  4c8b6db0               MOVQ -0x50(BP), R13
   e0  4889ec                 MOVQ BP, SP
   e3  5d                     POPQ BP
   e4  c3                     RET
   e5  488b7de8               MOVQ -0x18(BP), DI
   e9  488b75f0               MOVQ -0x10(BP), SI
   ed  488b5df8               MOVQ -0x8(BP), BX
   f1  488b45e0               MOVQ -0x20(BP), AX
   f5  4801f3                 ADDQ SI, BX
   f8  4801fb                 ADDQ DI, BX
   fb  4801c3                 ADDQ AX, BX
   fe  4c01c3                 ADDQ R8, BX
  101  4c01cb                 ADDQ R9, BX
  104  4801d3                 ADDQ DX, BX
  107  4801cb                 ADDQ CX, BX
  10a  4c01e3                 ADDQ R12, BX
  10d  4c01eb                 ADDQ R13, BX
  110  4c01d3                 ADDQ R10, BX
  113  4c8b55d8               MOVQ -0x28(BP), R10
  117  4c01d3                 ADDQ R10, BX
  11a  4c8b55d0               MOVQ -0x30(BP), R10
  11e  4c01d3                 ADDQ R10, BX
  121  4c8b55c8               MOVQ -0x38(BP), R10
  125  4c01d3                 ADDQ R10, BX
  128  4889d8                 MOVQ BX, AX
  12b  4c8b65b8               MOVQ -0x48(BP), R12
  12f  4c8b6db0               MOVQ -0x50(BP), R13
  133  4889ec                 MOVQ BP, SP
  136  5d                     POPQ BP
  137  c3                     RET
  138  b802000000             MOVL $0x2, AX
  13d  e800000000             CALL 0x142                     ; call thunk trap
  142  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  149  e9defeffff             JMP 0x2c
