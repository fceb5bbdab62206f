; spills for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/spills.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f820e010000           JB 0x121
   13  4c89dc                 MOVQ R11, SP
   16  4183bfb000000000       CMPL 0xb0(R15), $0x0
   1e  0f8507010000           JNE 0x12b
   24  4d8b1406               MOVQ 0(R14)(AX*1), R10         ; trap oob_memory
   28  4c8955f8               MOVQ R10, -0x8(BP)
   2c  4d8b640608             MOVQ 0x8(R14)(AX*1), R12       ; trap oob_memory
   31  4c8965f0               MOVQ R12, -0x10(BP)
   35  4d8b6c0610             MOVQ 0x10(R14)(AX*1), R13      ; trap oob_memory
   3a  4c896de8               MOVQ R13, -0x18(BP)
   3e  498b5c0618             MOVQ 0x18(R14)(AX*1), BX       ; trap oob_memory
   43  48895de0               MOVQ BX, -0x20(BP)
   47  498b740620             MOVQ 0x20(R14)(AX*1), SI       ; trap oob_memory
   4c  498b7c0628             MOVQ 0x28(R14)(AX*1), DI       ; trap oob_memory
   51  4d8b440630             MOVQ 0x30(R14)(AX*1), R8       ; trap oob_memory
   56  4d8b4c0638             MOVQ 0x38(R14)(AX*1), R9       ; trap oob_memory
   5b  498b540640             MOVQ 0x40(R14)(AX*1), DX       ; trap oob_memory
   60  498b4c0648             MOVQ 0x48(R14)(AX*1), CX       ; trap oob_memory
   65  4d8b540650             MOVQ 0x50(R14)(AX*1), R10      ; trap oob_memory
   6a  4d8b640658             MOVQ 0x58(R14)(AX*1), R12      ; trap oob_memory
   6f  4c8965d8               MOVQ R12, -0x28(BP)
   73  4d8b6c0660             MOVQ 0x60(R14)(AX*1), R13      ; trap oob_memory
   78  4c896dd0               MOVQ R13, -0x30(BP)
   7c  498b5c0668             MOVQ 0x68(R14)(AX*1), BX       ; trap oob_memory
   81  48895dc8               MOVQ BX, -0x38(BP)
   85  85c0                   TESTL AX, AX
   87  754c                   JNE 0xd5
   89  490fafdd               IMULQ R13, BX
   8d  490fafdc               IMULQ R12, BX
   91  490fafda               IMULQ R10, BX
   95  480fafd9               IMULQ CX, BX
   99  480fafda               IMULQ DX, BX
   9d  490fafd9               IMULQ R9, BX
   a1  490fafd8               IMULQ R8, BX
   a5  480fafdf               IMULQ DI, BX
   a9  480fafde               IMULQ SI, BX
   ad  488b45e0               MOVQ -0x20(BP), AX
   b1  480fafd8               IMULQ AX, BX
   b5  4c8b55e8               MOVQ -0x18(BP), R10
   b9  490fafda               IMULQ R10, BX
   bd  4c8b55f0               MOVQ -0x10(BP), R10
   c1  490fafda               IMULQ R10, BX
   c5  4c8b55f8               MOVQ -0x8(BP), R10
   c9  490fafda               IMULQ R10, BX
   cd  4889d8                 MOVQ BX, AX
   d0  4889ec                 MOVQ BP, SP
   d3  5d                     POPQ BP
   d4  c3                     RET
   d5  4c8b6df0               MOVQ -0x10(BP), R13
   d9  4c8b65f8               MOVQ -0x8(BP), R12
   dd  488b5de8               MOVQ -0x18(BP), BX
   e1  488b45e0               MOVQ -0x20(BP), AX
   e5  4f8d242c               LEAQ 0(R12)(R13*1), R12
   e9  4901dc                 ADDQ BX, R12
   ec  4901c4                 ADDQ AX, R12
   ef  4901f4                 ADDQ SI, R12
   f2  4901fc                 ADDQ DI, R12
   f5  4d01c4                 ADDQ R8, R12
   f8  4d01cc                 ADDQ R9, R12
   fb  4901d4                 ADDQ DX, R12
   fe  4901cc                 ADDQ CX, R12
  101  4d01d4                 ADDQ R10, R12
  104  4c8b55d8               MOVQ -0x28(BP), R10
  108  4d01d4                 ADDQ R10, R12
  10b  4c8b55d0               MOVQ -0x30(BP), R10
  10f  4d01d4                 ADDQ R10, R12
  112  4c8b55c8               MOVQ -0x38(BP), R10
  116  4d01d4                 ADDQ R10, R12
  119  4c89e0                 MOVQ R12, AX
  11c  4889ec                 MOVQ BP, SP
  11f  5d                     POPQ BP
  120  c3                     RET
  121  b802000000             MOVL $0x2, AX
  126  e800000000             CALL 0x12b                     ; call thunk trap
  12b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  132  e9edfeffff             JMP 0x24
