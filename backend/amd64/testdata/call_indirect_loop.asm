; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f829f000000           JB 0xb2
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  4d8b97b8000000         MOVQ 0xb8(R15), R10
   25  498b5a48               MOVQ 0x48(R10), BX
   29  4c8b23                 MOVQ 0(BX), R12
   2c  4c8965f8               MOVQ R12, -0x8(BP)
   30  458b6a7c               MOVL 0x7c(R10), R13
   34  4183bfb000000000       CMPL 0xb0(R15), $0x0
   3c  0f85a1000000           JNE 0xe3
   42  4183bfb000000000       CMPL 0xb0(R15), $0x0
   4a  0f859f000000           JNE 0xef
   50  4883f825               CMPQ AX, $0x25
   54  0f83a1000000           JAE 0xfb
   5a  4d8b14c4               MOVQ 0(R12)(AX*8), R10
   5e  4d85d2                 TESTQ R10, R10
   61  0f849e000000           JE 0x105
   67  418b5a10               MOVL 0x10(R10), BX
   6b  4439eb                 CMPL BX, R13
   6e  0f859b000000           JNE 0x10f
   74  498b1a                 MOVQ 0(R10), BX
   77  4d8b5208               MOVQ 0x8(R10), R10
   7b  4889c8                 MOVQ CX, AX
   7e  4989cc                 MOVQ CX, R12
   81  4d3b97b8000000         CMPQ R10, 0xb8(R15)
   88  7532                   JNE 0xbc
   8a  ffd3                   CALL BX
   8c  4989c2                 MOVQ AX, R10
   8f  4183e207               ANDL $0x7, R10
   93  418d4c24ff             LEAL -0x1(R12), CX
   98  85c9                   TESTL CX, CX
   9a  7409                   JE 0xa5
   9c  4c8b65f8               MOVQ -0x8(BP), R12
   a0  4c89d0                 MOVQ R10, AX
   a3  eb9d                   JMP 0x42
   a5  4c8b65e8               MOVQ -0x18(BP), R12
   a9  4c8b6de0               MOVQ -0x20(BP), R13
   ad  4889ec                 MOVQ BP, SP
   b0  5d                     POPQ BP
   b1  c3                     RET
   b2  b802000000             MOVL $0x2, AX
   b7  e800000000             CALL 0xbc                      ; call thunk trap
   bc  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   c3  4c895df0               MOVQ R11, -0x10(BP)
   c7  4d8997b8000000         MOVQ R10, 0xb8(R15)
   ce  4d8b32                 MOVQ 0(R10), R14
   d1  ffd3                   CALL BX
   d3  4c8b5df0               MOVQ -0x10(BP), R11
   d7  4d899fb8000000         MOVQ R11, 0xb8(R15)
   de  4d8b33                 MOVQ 0(R11), R14
   e1  eba9                   JMP 0x8c
   e3  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   ea  e953ffffff             JMP 0x42
   ef  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   f6  e955ffffff             JMP 0x50
   fb  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  100  e800000000             CALL 0x105                     ; call thunk trap
  105  b808000000             MOVL $0x8, AX                  ; trap null_element
  10a  e800000000             CALL 0x10f                     ; call thunk trap
  10f  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  114  e800000000             CALL 0x119                     ; call thunk trap
