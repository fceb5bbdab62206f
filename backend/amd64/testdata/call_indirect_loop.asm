; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8291000000           JB 0xa4
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  4d8b97b8000000         MOVQ 0xb8(R15), R10
   25  498b5a48               MOVQ 0x48(R10), BX
   29  4c8b23                 MOVQ 0(BX), R12
   2c  4c8965f8               MOVQ R12, -0x8(BP)
   30  458b6a7c               MOVL 0x7c(R10), R13
   34  4183bfb000000000       CMPL 0xb0(R15), $0x0
   3c  0f85aa000000           JNE 0xec
   42  4883f825               CMPQ AX, $0x25
   46  0f83ac000000           JAE 0xf8
   4c  4d8b14c4               MOVQ 0(R12)(AX*8), R10
   50  4d85d2                 TESTQ R10, R10
   53  0f84a9000000           JE 0x102
   59  418b5a10               MOVL 0x10(R10), BX
   5d  4439eb                 CMPL BX, R13
   60  0f85a6000000           JNE 0x10c
   66  498b1a                 MOVQ 0(R10), BX
   69  4d8b5208               MOVQ 0x8(R10), R10
   6d  4889c8                 MOVQ CX, AX
   70  4989cc                 MOVQ CX, R12
   73  4d3b97b8000000         CMPQ R10, 0xb8(R15)
   7a  7549                   JNE 0xc5
   7c  ffd3                   CALL BX
   7e  4989c2                 MOVQ AX, R10
   81  4183e207               ANDL $0x7, R10
   85  418d4c24ff             LEAL -0x1(R12), CX
   8a  85c9                   TESTL CX, CX
   8c  7409                   JE 0x97
   8e  4c8b65f8               MOVQ -0x8(BP), R12
   92  4c89d0                 MOVQ R10, AX
   95  eb9d                   JMP 0x34
   97  4c8b65e8               MOVQ -0x18(BP), R12
   9b  4c8b6de0               MOVQ -0x20(BP), R13
   9f  4889ec                 MOVQ BP, SP
   a2  5d                     POPQ BP
   a3  c3                     RET
   a4  4183bfb000000000       CMPL 0xb0(R15), $0x0
   ac  7568                   JNE 0x116
   ae  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   b5  0f8358ffffff           JAE 0x13
   bb  b802000000             MOVL $0x2, AX
   c0  e800000000             CALL 0xc5                      ; call thunk trap
   c5  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   cc  4c895df0               MOVQ R11, -0x10(BP)
   d0  4d8997b8000000         MOVQ R10, 0xb8(R15)
   d7  4d8b32                 MOVQ 0(R10), R14
   da  ffd3                   CALL BX
   dc  4c8b5df0               MOVQ -0x10(BP), R11
   e0  4d899fb8000000         MOVQ R11, 0xb8(R15)
   e7  4d8b33                 MOVQ 0(R11), R14
   ea  eb92                   JMP 0x7e
   ec  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   f3  e94affffff             JMP 0x42
   f8  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   fd  e800000000             CALL 0x102                     ; call thunk trap
  102  b808000000             MOVL $0x8, AX                  ; trap null_element
  107  e800000000             CALL 0x10c                     ; call thunk trap
  10c  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  111  e800000000             CALL 0x116                     ; call thunk trap
  116  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  11d  e9e2feffff             JMP 0x4
