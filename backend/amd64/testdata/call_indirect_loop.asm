; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82a1000000           JB 0xb4
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
   44  0f83b3000000           JAE 0xfd
   4a  4c8d1400               LEAQ 0(AX)(AX*1), R10
   4e  4b8b1cd4               MOVQ 0(R12)(R10*8), BX
   52  4885db                 TESTQ BX, BX
   55  0f84ac000000           JE 0x107
   5b  8b7310                 MOVL 0x10(BX), SI
   5e  4439ee                 CMPL SI, R13
   61  0f85aa000000           JNE 0x111
   67  4f8b54d408             MOVQ 0x8(R12)(R10*8), R10
   6c  488b33                 MOVQ 0(BX), SI
   6f  4939f2                 CMPQ R10, SI
   72  0f85a3000000           JNE 0x11b
   78  488b5b08               MOVQ 0x8(BX), BX
   7c  4889c8                 MOVQ CX, AX
   7f  4989cc                 MOVQ CX, R12
   82  493b9fb8000000         CMPQ BX, 0xb8(R15)
   89  754a                   JNE 0xd5
   8b  41ffd2                 CALL R10
   8e  4989c2                 MOVQ AX, R10
   91  4183e207               ANDL $0x7, R10
   95  418d4c24ff             LEAL -0x1(R12), CX
   9a  85c9                   TESTL CX, CX
   9c  7409                   JE 0xa7
   9e  4c8b65f8               MOVQ -0x8(BP), R12
   a2  4c89d0                 MOVQ R10, AX
   a5  eb99                   JMP 0x40
   a7  4c8b65e8               MOVQ -0x18(BP), R12
   ab  4c8b6de0               MOVQ -0x20(BP), R13
   af  4889ec                 MOVQ BP, SP
   b2  5d                     POPQ BP
   b3  c3                     RET
   b4  4183bfb000000000       CMPL 0xb0(R15), $0x0
   bc  7567                   JNE 0x125
   be  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   c5  0f8348ffffff           JAE 0x13
   cb  b802000000             MOVL $0x2, AX
   d0  e800000000             CALL 0xd5                      ; call thunk trap
   d5  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   dc  4c895df0               MOVQ R11, -0x10(BP)
   e0  49899fb8000000         MOVQ BX, 0xb8(R15)
   e7  4c8b33                 MOVQ 0(BX), R14
   ea  41ffd2                 CALL R10
   ed  4c8b5df0               MOVQ -0x10(BP), R11
   f1  4d899fb8000000         MOVQ R11, 0xb8(R15)
   f8  4d8b33                 MOVQ 0(R11), R14
   fb  eb91                   JMP 0x8e
   fd  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  102  e800000000             CALL 0x107                     ; call thunk trap
  107  b808000000             MOVL $0x8, AX                  ; trap null_element
  10c  e800000000             CALL 0x111                     ; call thunk trap
  111  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  116  e800000000             CALL 0x11b                     ; call thunk trap
  11b  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  120  e800000000             CALL 0x125                     ; call thunk trap
  125  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  12c  e9d3feffff             JMP 0x4
