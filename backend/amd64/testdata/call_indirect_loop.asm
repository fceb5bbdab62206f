; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8297000000           JB 0xaa
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
   44  0f83a9000000           JAE 0xf3
   4a  4989c2                 MOVQ AX, R10
   4d  4901c2                 ADDQ AX, R10
   50  4b8b1cd4               MOVQ 0(R12)(R10*8), BX
   54  4885db                 TESTQ BX, BX
   57  0f84a0000000           JE 0xfd
   5d  8b7310                 MOVL 0x10(BX), SI
   60  4439ee                 CMPL SI, R13
   63  0f859e000000           JNE 0x107
   69  4f8b54d408             MOVQ 0x8(R12)(R10*8), R10
   6e  488b5b08               MOVQ 0x8(BX), BX
   72  4889c8                 MOVQ CX, AX
   75  4989cc                 MOVQ CX, R12
   78  493b9fb8000000         CMPQ BX, 0xb8(R15)
   7f  754a                   JNE 0xcb
   81  41ffd2                 CALL R10
   84  4989c2                 MOVQ AX, R10
   87  4183e207               ANDL $0x7, R10
   8b  418d4c24ff             LEAL -0x1(R12), CX
   90  85c9                   TESTL CX, CX
   92  7409                   JE 0x9d
   94  4c8b65f8               MOVQ -0x8(BP), R12
   98  4c89d0                 MOVQ R10, AX
   9b  eba3                   JMP 0x40
   9d  4c8b65e8               MOVQ -0x18(BP), R12
   a1  4c8b6de0               MOVQ -0x20(BP), R13
   a5  4889ec                 MOVQ BP, SP
   a8  5d                     POPQ BP
   a9  c3                     RET
   aa  4183bfb000000000       CMPL 0xb0(R15), $0x0
   b2  755d                   JNE 0x111
   b4  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   bb  0f8352ffffff           JAE 0x13
   c1  b802000000             MOVL $0x2, AX
   c6  e800000000             CALL 0xcb                      ; call thunk trap
   cb  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   d2  4c895df0               MOVQ R11, -0x10(BP)
   d6  49899fb8000000         MOVQ BX, 0xb8(R15)
   dd  4c8b33                 MOVQ 0(BX), R14
   e0  41ffd2                 CALL R10
   e3  4c8b5df0               MOVQ -0x10(BP), R11
   e7  4d899fb8000000         MOVQ R11, 0xb8(R15)
   ee  4d8b33                 MOVQ 0(R11), R14
   f1  eb91                   JMP 0x84
   f3  b809000000             MOVL $0x9, AX                  ; trap undefined_element
   f8  e800000000             CALL 0xfd                      ; call thunk trap
   fd  b808000000             MOVL $0x8, AX                  ; trap null_element
  102  e800000000             CALL 0x107                     ; call thunk trap
  107  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  10c  e800000000             CALL 0x111                     ; call thunk trap
  111  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  118  e9e7feffff             JMP 0x4
