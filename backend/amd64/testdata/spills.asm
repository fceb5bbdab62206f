; spills for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/spills.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24b0             LEAQ -0x50(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8217010000           JB 0x12a
   13  4c89dc                 MOVQ R11, SP
   16  4c8965b8               MOVQ R12, -0x48(BP)
   1a  4c896db0               MOVQ R13, -0x50(BP)
   1e  4d8b1406               MOVQ 0(R14)(AX*1), R10         ; trap oob_memory
   22  4c8955f8               MOVQ R10, -0x8(BP)
   26  498b5c0608             MOVQ 0x8(R14)(AX*1), BX        ; trap oob_memory
   2b  48895df0               MOVQ BX, -0x10(BP)
   2f  498b740610             MOVQ 0x10(R14)(AX*1), SI       ; trap oob_memory
   34  488975e8               MOVQ SI, -0x18(BP)
   38  498b7c0618             MOVQ 0x18(R14)(AX*1), DI       ; trap oob_memory
   3d  48897de0               MOVQ DI, -0x20(BP)
   41  4d8b440620             MOVQ 0x20(R14)(AX*1), R8       ; trap oob_memory
   46  4d8b4c0628             MOVQ 0x28(R14)(AX*1), R9       ; trap oob_memory
   4b  498b540630             MOVQ 0x30(R14)(AX*1), DX       ; trap oob_memory
   50  498b4c0638             MOVQ 0x38(R14)(AX*1), CX       ; trap oob_memory
   55  4d8b640640             MOVQ 0x40(R14)(AX*1), R12      ; trap oob_memory
   5a  4d8b6c0648             MOVQ 0x48(R14)(AX*1), R13      ; trap oob_memory
   5f  4d8b540650             MOVQ 0x50(R14)(AX*1), R10      ; trap oob_memory
   64  498b5c0658             MOVQ 0x58(R14)(AX*1), BX       ; trap oob_memory
   69  48895dd8               MOVQ BX, -0x28(BP)
   6d  498b740660             MOVQ 0x60(R14)(AX*1), SI       ; trap oob_memory
   72  488975d0               MOVQ SI, -0x30(BP)
   76  498b7c0668             MOVQ 0x68(R14)(AX*1), DI       ; trap oob_memory
   7b  48897dc8               MOVQ DI, -0x38(BP)
   7f  85c0                   TESTL AX, AX
   81  7554                   JNE 0xd7
   83  480faffe               IMULQ SI, DI
   87  480faffb               IMULQ BX, DI
   8b  490faffa               IMULQ R10, DI
   8f  490faffd               IMULQ R13, DI
   93  490faffc               IMULQ R12, DI
   97  480faff9               IMULQ CX, DI
   9b  480faffa               IMULQ DX, DI
   9f  490faff9               IMULQ R9, DI
   a3  490faff8               IMULQ R8, DI
   a7  488b45e0               MOVQ -0x20(BP), AX
   ab  480faff8               IMULQ AX, DI
   af  488b75e8               MOVQ -0x18(BP), SI
   b3  480faffe               IMULQ SI, DI
   b7  488b5df0               MOVQ -0x10(BP), BX
   bb  480faffb               IMULQ BX, DI
   bf  4c8b55f8               MOVQ -0x8(BP), R10
   c3  490faffa               IMULQ R10, DI
   c7  4889f8                 MOVQ DI, AX
   ca  4c8b65b8               MOVQ -0x48(BP), R12
   ce  4c8b6db0               MOVQ -0x50(BP), R13
   d2  4889ec                 MOVQ BP, SP
   d5  5d                     POPQ BP
   d6  c3                     RET
   d7  488b7de8               MOVQ -0x18(BP), DI
   db  488b75f0               MOVQ -0x10(BP), SI
   df  488b5df8               MOVQ -0x8(BP), BX
   e3  488b45e0               MOVQ -0x20(BP), AX
   e7  4801f3                 ADDQ SI, BX
   ea  4801fb                 ADDQ DI, BX
   ed  4801c3                 ADDQ AX, BX
   f0  4c01c3                 ADDQ R8, BX
   f3  4c01cb                 ADDQ R9, BX
   f6  4801d3                 ADDQ DX, BX
   f9  4801cb                 ADDQ CX, BX
   fc  4c01e3                 ADDQ R12, BX
   ff  4c01eb                 ADDQ R13, BX
  102  4c01d3                 ADDQ R10, BX
  105  4c8b55d8               MOVQ -0x28(BP), R10
  109  4c01d3                 ADDQ R10, BX
  10c  488b75d0               MOVQ -0x30(BP), SI
  110  4801f3                 ADDQ SI, BX
  113  488b7dc8               MOVQ -0x38(BP), DI
  117  4801fb                 ADDQ DI, BX
  11a  4889d8                 MOVQ BX, AX
  11d  4c8b65b8               MOVQ -0x48(BP), R12
  121  4c8b6db0               MOVQ -0x50(BP), R13
  125  4889ec                 MOVQ BP, SP
  128  5d                     POPQ BP
  129  c3                     RET
  12a  4183bfb000000000       CMPL 0xb0(R15), $0x0
  132  7517                   JNE 0x14b
  134  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  13b  0f83d2feffff           JAE 0x13
  141  b802000000             MOVL $0x2, AX
  146  e800000000             CALL 0x14b                     ; call thunk trap
  14b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  152  e9adfeffff             JMP 0x4
