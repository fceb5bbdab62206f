; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8283000000           JB 0x96
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  4d8b97b8000000         MOVQ 0xb8(R15), R10
   25  498b5a48               MOVQ 0x48(R10), BX
   29  4c8b23                 MOVQ 0(BX), R12
   2c  4c8965f8               MOVQ R12, -0x8(BP)
   30  458b6a7c               MOVL 0x7c(R10), R13
   34  4883f825               CMPQ AX, $0x25
   38  0f83a0000000           JAE 0xde
   3e  4d8b14c4               MOVQ 0(R12)(AX*8), R10
   42  4d85d2                 TESTQ R10, R10
   45  0f849d000000           JE 0xe8
   4b  418b5a10               MOVL 0x10(R10), BX
   4f  4439eb                 CMPL BX, R13
   52  0f859a000000           JNE 0xf2
   58  498b1a                 MOVQ 0(R10), BX
   5b  4d8b5208               MOVQ 0x8(R10), R10
   5f  4889c8                 MOVQ CX, AX
   62  4989cc                 MOVQ CX, R12
   65  4d3b97b8000000         CMPQ R10, 0xb8(R15)
   6c  7549                   JNE 0xb7
   6e  ffd3                   CALL BX
   70  4989c2                 MOVQ AX, R10
   73  4183e207               ANDL $0x7, R10
   77  418d4c24ff             LEAL -0x1(R12), CX
   7c  85c9                   TESTL CX, CX
   7e  7409                   JE 0x89
   80  4c8b65f8               MOVQ -0x8(BP), R12
   84  4c89d0                 MOVQ R10, AX
   87  ebab                   JMP 0x34
   89  4c8b65e8               MOVQ -0x18(BP), R12
   8d  4c8b6de0               MOVQ -0x20(BP), R13
   91  4889ec                 MOVQ BP, SP
   94  5d                     POPQ BP
   95  c3                     RET
   96  4183bfb000000000       CMPL 0xb0(R15), $0x0
   9e  755c                   JNE 0xfc
   a0  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   a7  0f8366ffffff           JAE 0x13
   ad  b802000000             MOVL $0x2, AX
   b2  e800000000             CALL 0xb7                      ; call thunk trap
   b7  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   be  4c895df0               MOVQ R11, -0x10(BP)
   c2  4d8997b8000000         MOVQ R10, 0xb8(R15)
   c9  4d8b32                 MOVQ 0(R10), R14
   cc  ffd3                   CALL BX
   ce  4c8b5df0               MOVQ -0x10(BP), R11
   d2  4d899fb8000000         MOVQ R11, 0xb8(R15)
   d9  4d8b33                 MOVQ 0(R11), R14
   dc  eb92                   JMP 0x70
   de  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   e3  e800000000             CALL 0xe8                      ; call thunk trap
   e8  b808000000             MOVL $0x8, AX                  ; trap null_element
   ed  e800000000             CALL 0xf2                      ; call thunk trap
   f2  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
   f7  e800000000             CALL 0xfc                      ; call thunk trap
   fc  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  103  e9fcfeffff             JMP 0x4
