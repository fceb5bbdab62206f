; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82a3000000           JB 0xb6
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
   44  0f83b5000000           JAE 0xff
   4a  4989c2                 MOVQ AX, R10
   4d  4901c2                 ADDQ AX, R10
   50  4b8b1cd4               MOVQ 0(R12)(R10*8), BX
   54  4885db                 TESTQ BX, BX
   57  0f84ac000000           JE 0x109
   5d  8b7310                 MOVL 0x10(BX), SI
   60  4439ee                 CMPL SI, R13
   63  0f85aa000000           JNE 0x113
   69  4f8b54d408             MOVQ 0x8(R12)(R10*8), R10
   6e  488b33                 MOVQ 0(BX), SI
   71  4939f2                 CMPQ R10, SI
   74  0f85a3000000           JNE 0x11d
   7a  488b5b08               MOVQ 0x8(BX), BX
   7e  4889c8                 MOVQ CX, AX
   81  4989cc                 MOVQ CX, R12
   84  493b9fb8000000         CMPQ BX, 0xb8(R15)
   8b  754a                   JNE 0xd7
   8d  41ffd2                 CALL R10
   90  4989c2                 MOVQ AX, R10
   93  4183e207               ANDL $0x7, R10
   97  418d4c24ff             LEAL -0x1(R12), CX
   9c  85c9                   TESTL CX, CX
   9e  7409                   JE 0xa9
   a0  4c8b65f8               MOVQ -0x8(BP), R12
   a4  4c89d0                 MOVQ R10, AX
   a7  eb97                   JMP 0x40
   a9  4c8b65e8               MOVQ -0x18(BP), R12
   ad  4c8b6de0               MOVQ -0x20(BP), R13
   b1  4889ec                 MOVQ BP, SP
   b4  5d                     POPQ BP
   b5  c3                     RET
   b6  4183bfb000000000       CMPL 0xb0(R15), $0x0
   be  7567                   JNE 0x127
   c0  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
   c7  0f8346ffffff           JAE 0x13
   cd  b802000000             MOVL $0x2, AX
   d2  e800000000             CALL 0xd7                      ; call thunk trap
   d7  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   de  4c895df0               MOVQ R11, -0x10(BP)
   e2  49899fb8000000         MOVQ BX, 0xb8(R15)
   e9  4c8b33                 MOVQ 0(BX), R14
   ec  41ffd2                 CALL R10
   ef  4c8b5df0               MOVQ -0x10(BP), R11
   f3  4d899fb8000000         MOVQ R11, 0xb8(R15)
   fa  4d8b33                 MOVQ 0(R11), R14
   fd  eb91                   JMP 0x90
   ff  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  104  e800000000             CALL 0x109                     ; call thunk trap
  109  b808000000             MOVL $0x8, AX                  ; trap null_element
  10e  e800000000             CALL 0x113                     ; call thunk trap
  113  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  118  e800000000             CALL 0x11d                     ; call thunk trap
  11d  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  122  e800000000             CALL 0x127                     ; call thunk trap
  127  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  12e  e9d1feffff             JMP 0x4
