; calls for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/calls.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f5000000           JB 0x108
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  440f1165c8             MOVUPS X12, -0x38(BP)
   23  4989c4                 MOVQ AX, R12
   26  4989cd                 MOVQ CX, R13
   29  4c896df8               MOVQ R13, -0x8(BP)
   2d  66440f28e1             MOVAPD X1, X12
   32  4183bfb000000000       CMPL 0xb0(R15), $0x0
   3a  0f8527010000           JNE 0x167
   40  4c89e0                 MOVQ R12, AX
   43  4c89e9                 MOVQ R13, CX
   46  66410f28cc             MOVAPD X12, X1
   4b  e800000000             CALL 0x50                      ; call func 3
   50  4989c2                 MOVQ AX, R10
   53  498b9fb8000000         MOVQ 0xb8(R15), BX
   5a  488b7358               MOVQ 0x58(BX), SI
   5e  488b5b60               MOVQ 0x60(BX), BX
   62  4c89e0                 MOVQ R12, AX
   65  4d89d5                 MOVQ R10, R13
   68  493b9fb8000000         CMPQ BX, 0xb8(R15)
   6f  0f859d000000           JNE 0x112
   75  ffd6                   CALL SI
   77  4d8b97b8000000         MOVQ 0xb8(R15), R10
   7e  498b5a48               MOVQ 0x48(R10), BX
   82  488b7308               MOVQ 0x8(BX), SI
   86  bf02000000             MOVL $0x2, DI
   8b  4839f7                 CMPQ DI, SI
   8e  0f83df000000           JAE 0x173
   94  488b1b                 MOVQ 0(BX), BX
   97  488b1cfb               MOVQ 0(BX)(DI*8), BX
   9b  4885db                 TESTQ BX, BX
   9e  0f84d9000000           JE 0x17d
   a4  8b7310                 MOVL 0x10(BX), SI
   a7  458b527c               MOVL 0x7c(R10), R10
   ab  4439d6                 CMPL SI, R10
   ae  0f85d3000000           JNE 0x187
   b4  4c8b13                 MOVQ 0(BX), R10
   b7  488b5b08               MOVQ 0x8(BX), BX
   bb  4c89e0                 MOVQ R12, AX
   be  66410f28c4             MOVAPD X12, X0
   c3  493b9fb8000000         CMPQ BX, 0xb8(R15)
   ca  7570                   JNE 0x13c
   cc  41ffd2                 CALL R10
   cf  66440f28e0             MOVAPD X0, X12
   d4  4c89e8                 MOVQ R13, AX
   d7  e800000000             CALL 0xdc                      ; call func 4
   dc  f2440f58e0             ADDSD X0, X12
   e1  664d0f7ee2             MOVQ X12, R10
   e6  4901c2                 ADDQ AX, R10
   e9  4901ca                 ADDQ CX, R10
   ec  488b5df8               MOVQ -0x8(BP), BX
   f0  4901da                 ADDQ BX, R10
   f3  4c89d0                 MOVQ R10, AX
   f6  4c8b65e8               MOVQ -0x18(BP), R12
   fa  4c8b6de0               MOVQ -0x20(BP), R13
   fe  440f1065c8             MOVUPS -0x38(BP), X12
  103  4889ec                 MOVQ BP, SP
  106  5d                     POPQ BP
  107  c3                     RET
  108  b802000000             MOVL $0x2, AX
  10d  e800000000             CALL 0x112                     ; call thunk trap
  112  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  119  4c895df0               MOVQ R11, -0x10(BP)
  11d  49899fb8000000         MOVQ BX, 0xb8(R15)
  124  4c8b33                 MOVQ 0(BX), R14
  127  ffd6                   CALL SI
  129  4c8b5df0               MOVQ -0x10(BP), R11
  12d  4d899fb8000000         MOVQ R11, 0xb8(R15)
  134  4d8b33                 MOVQ 0(R11), R14
  137  e93bffffff             JMP 0x77
  13c  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  143  4c895df0               MOVQ R11, -0x10(BP)
  147  49899fb8000000         MOVQ BX, 0xb8(R15)
  14e  4c8b33                 MOVQ 0(BX), R14
  151  41ffd2                 CALL R10
  154  4c8b5df0               MOVQ -0x10(BP), R11
  158  4d899fb8000000         MOVQ R11, 0xb8(R15)
  15f  4d8b33                 MOVQ 0(R11), R14
  162  e968ffffff             JMP 0xcf
  167  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  16e  e9cdfeffff             JMP 0x40
  173  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  178  e800000000             CALL 0x17d                     ; call thunk trap
  17d  b808000000             MOVL $0x8, AX                  ; trap null_element
  182  e800000000             CALL 0x187                     ; call thunk trap
  187  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  18c  e800000000             CALL 0x191                     ; call thunk trap
