; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f828f000000           JB 0xa2
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  4d8b97b8000000         MOVQ 0xb8(R15), R10
   25  498b5a48               MOVQ 0x48(R10), BX
   29  4c8b23                 MOVQ 0(BX), R12
   2c  4c8965f8               MOVQ R12, -0x8(BP)
   30  458b6a7c               MOVL 0x7c(R10), R13
   34  660f1f840000000000     NOPW 0(AX)(AX*1)
   3d  0f1f00                 NOPL 0(AX)
   40  4883f825               CMPQ AX, $0x25
   44  0f83a0000000           JAE 0xea
   4a  4d8b14c4               MOVQ 0(R12)(AX*8), R10
   4e  4d85d2                 TESTQ R10, R10
   51  0f849d000000           JE 0xf4
   57  418b5a10               MOVL 0x10(R10), BX
   5b  4439eb                 CMPL BX, R13
   5e  0f859a000000           JNE 0xfe
   64  498b1a                 MOVQ 0(R10), BX
   67  4d8b5208               MOVQ 0x8(R10), R10
   6b  4889c8                 MOVQ CX, AX
   6e  4989cc                 MOVQ CX, R12
   71  4d3b97b8000000         CMPQ R10, 0xb8(R15)
   78  7549                   JNE 0xc3
   7a  ffd3                   CALL BX
   7c  4989c2                 MOVQ AX, R10
   7f  4183e207               ANDL $0x7, R10
   83  418d4c24ff             LEAL -0x1(R12), CX
   88  85c9                   TESTL CX, CX
   8a  7409                   JE 0x95
   8c  4c8b65f8               MOVQ -0x8(BP), R12
   90  4c89d0                 MOVQ R10, AX
   93  ebab                   JMP 0x40
   95  4c8b65e8               MOVQ -0x18(BP), R12
   99  4c8b6de0               MOVQ -0x20(BP), R13
   9d  4889ec                 MOVQ BP, SP
   a0  5d                     POPQ BP
   a1  c3                     RET
   a2  4183bfb000000000       CMPL 0xb0(R15), $0x0
   aa  755c                   JNE 0x108
   ac  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   b3  0f835affffff           JAE 0x13
   b9  b802000000             MOVL $0x2, AX
   be  e800000000             CALL 0xc3                      ; call thunk trap
   c3  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   ca  4c895df0               MOVQ R11, -0x10(BP)
   ce  4d8997b8000000         MOVQ R10, 0xb8(R15)
   d5  4d8b32                 MOVQ 0(R10), R14
   d8  ffd3                   CALL BX
   da  4c8b5df0               MOVQ -0x10(BP), R11
   de  4d899fb8000000         MOVQ R11, 0xb8(R15)
   e5  4d8b33                 MOVQ 0(R11), R14
   e8  eb92                   JMP 0x7c
   ea  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   ef  e800000000             CALL 0xf4                      ; call thunk trap
   f4  b808000000             MOVL $0x8, AX                  ; trap null_element
   f9  e800000000             CALL 0xfe                      ; call thunk trap
   fe  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  103  e800000000             CALL 0x108                     ; call thunk trap
  108  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  10f  e9f0feffff             JMP 0x4
