; call_indirect_local for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_local.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7267                   JB 0x76
    f  4c89dc                 MOVQ R11, SP
   12  4c8965f0               MOVQ R12, -0x10(BP)
   16  4989c4                 MOVQ AX, R12
   19  4d8b97b8000000         MOVQ 0xb8(R15), R10
   20  498b5a48               MOVQ 0x48(R10), BX
   24  488b7308               MOVQ 0x8(BX), SI
   28  4839f1                 CMPQ CX, SI
   2b  7366                   JAE 0x93
   2d  4889ce                 MOVQ CX, SI
   30  4801ce                 ADDQ CX, SI
   33  488b1b                 MOVQ 0(BX), BX
   36  488b5cf308             MOVQ 0x8(BX)(SI*8), BX
   3b  4885db                 TESTQ BX, BX
   3e  745d                   JE 0x9d
   40  418b727c               MOVL 0x7c(R10), SI
   44  4889f7                 MOVQ SI, DI
   47  48c1e720               SHLQ $0x20, DI
   4b  4d8b9298010000         MOVQ 0x198(R10), R10
   52  4929fa                 SUBQ DI, R10
   55  4889df                 MOVQ BX, DI
   58  48c1ef20               SHRQ $0x20, DI
   5c  4839f7                 CMPQ DI, SI
   5f  7546                   JNE 0xa7
   61  4901da                 ADDQ BX, R10
   64  4c89e0                 MOVQ R12, AX
   67  41ffd2                 CALL R10
   6a  4401e0                 ADDL R12, AX
   6d  4c8b65f0               MOVQ -0x10(BP), R12
   71  4889ec                 MOVQ BP, SP
   74  5d                     POPQ BP
   75  c3                     RET
   76  4183bfb000000000       CMPL 0xb0(R15), $0x0
   7e  7531                   JNE 0xb1
   80  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   87  7386                   JAE 0xf
   89  b802000000             MOVL $0x2, AX
   8e  e800000000             CALL 0x93                      ; call thunk trap
   93  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   98  e800000000             CALL 0x9d                      ; call thunk trap
   9d  b808000000             MOVL $0x8, AX                  ; trap null_element
   a2  e800000000             CALL 0xa7                      ; call thunk trap
   a7  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
   ac  e800000000             CALL 0xb1                      ; call thunk trap
   b1  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   b8  e947ffffff             JMP 0x4
