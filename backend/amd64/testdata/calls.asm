; calls for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/calls.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82ff000000           JB 0x112
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4c8955f8               MOVQ R10, -0x8(BP)
   1d  4989cc                 MOVQ CX, R12
   20  4c8965f0               MOVQ R12, -0x10(BP)
   24  66440f28c1             MOVAPD X1, X8
   29  f2440f1145e8           MOVSD_XMM X8, -0x18(BP)
   2f  4183bfb000000000       CMPL 0xb0(R15), $0x0
   37  0f8537010000           JNE 0x174
   3d  4c89d0                 MOVQ R10, AX
   40  4c89e1                 MOVQ R12, CX
   43  66410f28c8             MOVAPD X8, X1
   48  e800000000             CALL 0x4d                      ; call func 3
   4d  4989c2                 MOVQ AX, R10
   50  4c8955e0               MOVQ R10, -0x20(BP)
   54  4d8ba7b8000000         MOVQ 0xb8(R15), R12
   5b  4d8b6c2458             MOVQ 0x58(R12), R13
   60  4d8b642460             MOVQ 0x60(R12), R12
   65  488b5df8               MOVQ -0x8(BP), BX
   69  4889d8                 MOVQ BX, AX
   6c  4d3ba7b8000000         CMPQ R12, 0xb8(R15)
   73  0f85a3000000           JNE 0x11c
   79  41ffd5                 CALL R13
   7c  4d8b97b8000000         MOVQ 0xb8(R15), R10
   83  4d8b6248               MOVQ 0x48(R10), R12
   87  4d8b6c2408             MOVQ 0x8(R12), R13
   8c  bb02000000             MOVL $0x2, BX
   91  4c39eb                 CMPQ BX, R13
   94  0f83e6000000           JAE 0x180
   9a  4d8b2424               MOVQ 0(R12), R12
   9e  4d8d24dc               LEAQ 0(R12)(BX*8), R12
   a2  4d8b2424               MOVQ 0(R12), R12
   a6  4d85e4                 TESTQ R12, R12
   a9  0f84db000000           JE 0x18a
   af  458b6c2410             MOVL 0x10(R12), R13
   b4  458b527c               MOVL 0x7c(R10), R10
   b8  4539d5                 CMPL R13, R10
   bb  0f85d3000000           JNE 0x194
   c1  4d8b1424               MOVQ 0(R12), R10
   c5  4d8b642408             MOVQ 0x8(R12), R12
   ca  488b45f8               MOVQ -0x8(BP), AX
   ce  f20f1045e8             MOVSD_XMM -0x18(BP), X0
   d3  4d3ba7b8000000         CMPQ R12, 0xb8(R15)
   da  756c                   JNE 0x148
   dc  41ffd2                 CALL R10
   df  f20f1145e8             MOVSD_XMM X0, -0x18(BP)
   e4  488b45e0               MOVQ -0x20(BP), AX
   e8  e800000000             CALL 0xed                      ; call func 4
   ed  f2440f1045e8           MOVSD_XMM -0x18(BP), X8
   f3  f2440f58c0             ADDSD X0, X8
   f8  664d0f7ec2             MOVQ X8, R10
   fd  4901c2                 ADDQ AX, R10
  100  4901ca                 ADDQ CX, R10
  103  4c8b65f0               MOVQ -0x10(BP), R12
  107  4d01e2                 ADDQ R12, R10
  10a  4c89d0                 MOVQ R10, AX
  10d  4889ec                 MOVQ BP, SP
  110  5d                     POPQ BP
  111  c3                     RET
  112  b802000000             MOVL $0x2, AX
  117  e800000000             CALL 0x11c                     ; call thunk trap
  11c  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  123  4c895dd8               MOVQ R11, -0x28(BP)
  127  4d89a7b8000000         MOVQ R12, 0xb8(R15)
  12e  4d8b3424               MOVQ 0(R12), R14
  132  41ffd5                 CALL R13
  135  4c8b5dd8               MOVQ -0x28(BP), R11
  139  4d899fb8000000         MOVQ R11, 0xb8(R15)
  140  4d8b33                 MOVQ 0(R11), R14
  143  e934ffffff             JMP 0x7c
  148  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  14f  4c895dd8               MOVQ R11, -0x28(BP)
  153  4d89a7b8000000         MOVQ R12, 0xb8(R15)
  15a  4d8b3424               MOVQ 0(R12), R14
  15e  41ffd2                 CALL R10
  161  4c8b5dd8               MOVQ -0x28(BP), R11
  165  4d899fb8000000         MOVQ R11, 0xb8(R15)
  16c  4d8b33                 MOVQ 0(R11), R14
  16f  e96bffffff             JMP 0xdf
  174  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  17b  e9bdfeffff             JMP 0x3d
  180  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  185  e800000000             CALL 0x18a                     ; call thunk trap
  18a  b808000000             MOVL $0x8, AX                  ; trap null_element
  18f  e800000000             CALL 0x194                     ; call thunk trap
  194  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  199  e800000000             CALL 0x19e                     ; call thunk trap
