; call_indirect_local for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_local.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  7253                   JB 0x62
    f  4c89dc                 MOVQ R11, SP
   12  4c8965f0               MOVQ R12, -0x10(BP)
   16  4989c4                 MOVQ AX, R12
   19  4d8b97b8000000         MOVQ 0xb8(R15), R10
   20  498b5a48               MOVQ 0x48(R10), BX
   24  488b7308               MOVQ 0x8(BX), SI
   28  4839f1                 CMPQ CX, SI
   2b  7352                   JAE 0x7f
   2d  4889ce                 MOVQ CX, SI
   30  4801ce                 ADDQ CX, SI
   33  488b1b                 MOVQ 0(BX), BX
   36  488b3cf3               MOVQ 0(BX)(SI*8), DI
   3a  4885ff                 TESTQ DI, DI
   3d  744a                   JE 0x89
   3f  8b7f10                 MOVL 0x10(DI), DI
   42  458b527c               MOVL 0x7c(R10), R10
   46  4439d7                 CMPL DI, R10
   49  7548                   JNE 0x93
   4b  4c8b54f308             MOVQ 0x8(BX)(SI*8), R10
   50  4c89e0                 MOVQ R12, AX
   53  41ffd2                 CALL R10
   56  4401e0                 ADDL R12, AX
   59  4c8b65f0               MOVQ -0x10(BP), R12
   5d  4889ec                 MOVQ BP, SP
   60  5d                     POPQ BP
   61  c3                     RET
   62  4183bfb000000000       CMPL 0xb0(R15), $0x0
   6a  7531                   JNE 0x9d
   6c  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   73  739a                   JAE 0xf
   75  b802000000             MOVL $0x2, AX
   7a  e800000000             CALL 0x7f                      ; call thunk trap
   7f  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   84  e800000000             CALL 0x89                      ; call thunk trap
   89  b808000000             MOVL $0x8, AX                  ; trap null_element
   8e  e800000000             CALL 0x93                      ; call thunk trap
   93  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
   98  e800000000             CALL 0x9d                      ; call thunk trap
   9d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   a4  e95bffffff             JMP 0x4
