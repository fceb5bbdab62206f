; call_indirect_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/call_indirect_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24e0             LEAQ -0x20(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82ad000000           JB 0xc0
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  4d8b97b8000000         MOVQ 0xb8(R15), R10
   25  498b5a48               MOVQ 0x48(R10), BX
   29  4c8b23                 MOVQ 0(BX), R12
   2c  4c8965f8               MOVQ R12, -0x8(BP)
   30  458b6a7c               MOVL 0x7c(R10), R13
   34  4183bfb000000000       CMPL 0xb0(R15), $0x0
   3c  0f85af000000           JNE 0xf1
   42  660f1f840000000000     NOPW 0(AX)(AX*1)
   4b  0f1f440000             NOPL 0(AX)(AX*1)
   50  4183bfb000000000       CMPL 0xb0(R15), $0x0
   58  0f859f000000           JNE 0xfd
   5e  4883f825               CMPQ AX, $0x25
   62  0f83a1000000           JAE 0x109
   68  4d8b14c4               MOVQ 0(R12)(AX*8), R10
   6c  4d85d2                 TESTQ R10, R10
   6f  0f849e000000           JE 0x113
   75  418b5a10               MOVL 0x10(R10), BX
   79  4439eb                 CMPL BX, R13
   7c  0f859b000000           JNE 0x11d
   82  498b1a                 MOVQ 0(R10), BX
   85  4d8b5208               MOVQ 0x8(R10), R10
   89  4889c8                 MOVQ CX, AX
   8c  4989cc                 MOVQ CX, R12
   8f  4d3b97b8000000         CMPQ R10, 0xb8(R15)
   96  7532                   JNE 0xca
   98  ffd3                   CALL BX
   9a  4989c2                 MOVQ AX, R10
   9d  4183e207               ANDL $0x7, R10
   a1  418d4c24ff             LEAL -0x1(R12), CX
   a6  85c9                   TESTL CX, CX
   a8  7409                   JE 0xb3
   aa  4c8b65f8               MOVQ -0x8(BP), R12
   ae  4c89d0                 MOVQ R10, AX
   b1  eb9d                   JMP 0x50
   b3  4c8b65e8               MOVQ -0x18(BP), R12
   b7  4c8b6de0               MOVQ -0x20(BP), R13
   bb  4889ec                 MOVQ BP, SP
   be  5d                     POPQ BP
   bf  c3                     RET
   c0  b802000000             MOVL $0x2, AX
   c5  e800000000             CALL 0xca                      ; call thunk trap
   ca  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   d1  4c895df0               MOVQ R11, -0x10(BP)
   d5  4d8997b8000000         MOVQ R10, 0xb8(R15)
   dc  4d8b32                 MOVQ 0(R10), R14
   df  ffd3                   CALL BX
   e1  4c8b5df0               MOVQ -0x10(BP), R11
   e5  4d899fb8000000         MOVQ R11, 0xb8(R15)
   ec  4d8b33                 MOVQ 0(R11), R14
   ef  eba9                   JMP 0x9a
   f1  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   f8  e945ffffff             JMP 0x42
   fd  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  104  e955ffffff             JMP 0x5e
  109  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  10e  e800000000             CALL 0x113                     ; call thunk trap
  113  b808000000             MOVL $0x8, AX                  ; trap null_element
  118  e800000000             CALL 0x11d                     ; call thunk trap
  11d  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  122  e800000000             CALL 0x127                     ; call thunk trap
