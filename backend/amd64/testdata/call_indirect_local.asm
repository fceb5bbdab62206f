; call_indirect_local for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_local.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24f0             LEAQ -0x10(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  724b                   JB 0x5a
    f  4c89dc                 MOVQ R11, SP
   12  4c8965f0               MOVQ R12, -0x10(BP)
   16  4989c4                 MOVQ AX, R12
   19  4d8b97b8000000         MOVQ 0xb8(R15), R10
   20  498b5a48               MOVQ 0x48(R10), BX
   24  488b7308               MOVQ 0x8(BX), SI
   28  4839f1                 CMPQ CX, SI
   2b  734a                   JAE 0x77
   2d  488b1b                 MOVQ 0(BX), BX
   30  488b1ccb               MOVQ 0(BX)(CX*8), BX
   34  4885db                 TESTQ BX, BX
   37  7448                   JE 0x81
   39  8b7310                 MOVL 0x10(BX), SI
   3c  458b527c               MOVL 0x7c(R10), R10
   40  4439d6                 CMPL SI, R10
   43  7546                   JNE 0x8b
   45  4c8b13                 MOVQ 0(BX), R10
   48  4c89e0                 MOVQ R12, AX
   4b  41ffd2                 CALL R10
   4e  4401e0                 ADDL R12, AX
   51  4c8b65f0               MOVQ -0x10(BP), R12
   55  4889ec                 MOVQ BP, SP
   58  5d                     POPQ BP
   59  c3                     RET
   5a  4183bfb000000000       CMPL 0xb0(R15), $0x0
   62  7531                   JNE 0x95
   64  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   6b  73a2                   JAE 0xf
   6d  b802000000             MOVL $0x2, AX
   72  e800000000             CALL 0x77                      ; call thunk trap
   77  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   7c  e800000000             CALL 0x81                      ; call thunk trap
   81  b808000000             MOVL $0x8, AX                  ; trap null_element
   86  e800000000             CALL 0x8b                      ; call thunk trap
   8b  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
   90  e800000000             CALL 0x95                      ; call thunk trap
   95  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   9c  e963ffffff             JMP 0x4
