; call_indirect_local for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_local.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  724c                   JB 0x5b
    f  4c89dc                 MOVQ R11, SP
   12  4c8965f0               MOVQ R12, -0x10(BP)
   16  4989c4                 MOVQ AX, R12
   19  4d8b97b8000000         MOVQ 0xb8(R15), R10
   20  4d8b5248               MOVQ 0x48(R10), R10
   24  498b5a08               MOVQ 0x8(R10), BX
   28  4839d9                 CMPQ CX, BX
   2b  734b                   JAE 0x78
   2d  488d1c09               LEAQ 0(CX)(CX*1), BX
   31  498b32                 MOVQ 0(R10), SI
   34  4d8b5218               MOVQ 0x18(R10), R10
   38  488b5cde08             MOVQ 0x8(SI)(BX*8), BX
   3d  83fb02                 CMPL BX, $0x2
   40  7540                   JNE 0x82
   42  48c1eb20               SHRQ $0x20, BX
   46  4901da                 ADDQ BX, R10
   49  4c89e0                 MOVQ R12, AX
   4c  41ffd2                 CALL R10
   4f  4401e0                 ADDL R12, AX
   52  4c8b65f0               MOVQ -0x10(BP), R12
   56  4889ec                 MOVQ BP, SP
   59  5d                     POPQ BP
   5a  c3                     RET
   5b  4183bfb000000000       CMPL 0xb0(R15), $0x0
   63  7531                   JNE 0x96
   65  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   6c  73a1                   JAE 0xf
   6e  b802000000             MOVL $0x2, AX
   73  e800000000             CALL 0x78                      ; call thunk trap
   78  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   7d  e800000000             CALL 0x82                      ; call thunk trap
   82  4885db                 TESTQ BX, BX                   ; trap indirect_call_type
   85  b807000000             MOVL $0x7, AX
   8a  7505                   JNE 0x91
   8c  b808000000             MOVL $0x8, AX
   91  e800000000             CALL 0x96                      ; call thunk trap
   96  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   9d  e962ffffff             JMP 0x4
