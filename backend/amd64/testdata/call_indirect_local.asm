; call_indirect_local for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_local.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7251                   JB 0x60
    f  4c89dc                 MOVQ R11, SP
   12  4c8965f0               MOVQ R12, -0x10(BP)
   16  4989c4                 MOVQ AX, R12
   19  4d8b97b8000000         MOVQ 0xb8(R15), R10
   20  4d8b5248               MOVQ 0x48(R10), R10
   24  498b5a08               MOVQ 0x8(R10), BX
   28  4839d9                 CMPQ CX, BX
   2b  7350                   JAE 0x7d
   2d  488d1c09               LEAQ 0(CX)(CX*1), BX
   31  498b32                 MOVQ 0(R10), SI
   34  488b5cde08             MOVQ 0x8(SI)(BX*8), BX
   39  4885db                 TESTQ BX, BX
   3c  7449                   JE 0x87
   3e  83fb02                 CMPL BX, $0x2
   41  754e                   JNE 0x91
   43  48c1eb20               SHRQ $0x20, BX
   47  4d8b5218               MOVQ 0x18(R10), R10
   4b  4901da                 ADDQ BX, R10
   4e  4c89e0                 MOVQ R12, AX
   51  41ffd2                 CALL R10
   54  4401e0                 ADDL R12, AX
   57  4c8b65f0               MOVQ -0x10(BP), R12
   5b  4889ec                 MOVQ BP, SP
   5e  5d                     POPQ BP
   5f  c3                     RET
   60  4183bfb000000000       CMPL 0xb0(R15), $0x0
   68  7531                   JNE 0x9b
   6a  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   71  739c                   JAE 0xf
   73  b802000000             MOVL $0x2, AX
   78  e800000000             CALL 0x7d                      ; call thunk trap
   7d  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   82  e800000000             CALL 0x87                      ; call thunk trap
   87  b808000000             MOVL $0x8, AX                  ; trap null_element
   8c  e800000000             CALL 0x91                      ; call thunk trap
   91  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
   96  e800000000             CALL 0x9b                      ; call thunk trap
   9b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   a2  e95dffffff             JMP 0x4
