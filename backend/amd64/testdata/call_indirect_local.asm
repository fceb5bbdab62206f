; call_indirect_local for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_local.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  725c                   JB 0x6b
    f  4c89dc                 MOVQ R11, SP
   12  4c8965f0               MOVQ R12, -0x10(BP)
   16  4989c4                 MOVQ AX, R12
   19  4d8b97b8000000         MOVQ 0xb8(R15), R10
   20  498b5a48               MOVQ 0x48(R10), BX
   24  488b7308               MOVQ 0x8(BX), SI
   28  4839f1                 CMPQ CX, SI
   2b  735b                   JAE 0x88
   2d  4889ce                 MOVQ CX, SI
   30  4801ce                 ADDQ CX, SI
   33  488b1b                 MOVQ 0(BX), BX
   36  488b3cf3               MOVQ 0(BX)(SI*8), DI
   3a  4885ff                 TESTQ DI, DI
   3d  7453                   JE 0x92
   3f  448b4710               MOVL 0x10(DI), R8
   43  458b527c               MOVL 0x7c(R10), R10
   47  4539d0                 CMPL R8, R10
   4a  7550                   JNE 0x9c
   4c  4c8b54f308             MOVQ 0x8(BX)(SI*8), R10
   51  488b1f                 MOVQ 0(DI), BX
   54  4939da                 CMPQ R10, BX
   57  754d                   JNE 0xa6
   59  4c89e0                 MOVQ R12, AX
   5c  41ffd2                 CALL R10
   5f  4401e0                 ADDL R12, AX
   62  4c8b65f0               MOVQ -0x10(BP), R12
   66  4889ec                 MOVQ BP, SP
   69  5d                     POPQ BP
   6a  c3                     RET
   6b  4183bfb000000000       CMPL 0xb0(R15), $0x0
   73  753b                   JNE 0xb0
   75  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   7c  7391                   JAE 0xf
   7e  b802000000             MOVL $0x2, AX
   83  e800000000             CALL 0x88                      ; call thunk trap
   88  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   8d  e800000000             CALL 0x92                      ; call thunk trap
   92  b808000000             MOVL $0x8, AX                  ; trap null_element
   97  e800000000             CALL 0x9c                      ; call thunk trap
   9c  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
   a1  e800000000             CALL 0xa6                      ; call thunk trap
   a6  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
   ab  e800000000             CALL 0xb0                      ; call thunk trap
   b0  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   b7  e948ffffff             JMP 0x4
