; calls for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/calls.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24d0             LEAQ -0x30(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f8231010000           JB 0x144
   13  4c89dc                 MOVQ R11, SP
   16  4989c2                 MOVQ AX, R10
   19  4c8955f8               MOVQ R10, -0x8(BP)
   1d  4989cc                 MOVQ CX, R12
   20  4c8965f0               MOVQ R12, -0x10(BP)
   24  66440f28c1             MOVAPD X1, X8
   29  f2440f1145e8           MOVSD_XMM X8, -0x18(BP)
   2f  4183bfb000000000       CMPL 0xb0(R15), $0x0
   37  0f8511010000           JNE 0x14e
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
   6c  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   73  4c895dd8               MOVQ R11, -0x28(BP)
   77  4d89a7b8000000         MOVQ R12, 0xb8(R15)
   7e  4d8b3424               MOVQ 0(R12), R14
   82  41ffd5                 CALL R13
   85  4c8b5dd8               MOVQ -0x28(BP), R11
   89  4d899fb8000000         MOVQ R11, 0xb8(R15)
   90  4d8b33                 MOVQ 0(R11), R14
   93  4d8b97b8000000         MOVQ 0xb8(R15), R10
   9a  4d8b6248               MOVQ 0x48(R10), R12
   9e  4d8b6c2408             MOVQ 0x8(R12), R13
   a3  bb02000000             MOVL $0x2, BX
   a8  4c39eb                 CMPQ BX, R13
   ab  0f83a9000000           JAE 0x15a
   b1  4d8b2424               MOVQ 0(R12), R12
   b5  4d8d24dc               LEAQ 0(R12)(BX*8), R12
   b9  4d8b2424               MOVQ 0(R12), R12
   bd  4d85e4                 TESTQ R12, R12
   c0  0f849e000000           JE 0x164
   c6  458b6c2410             MOVL 0x10(R12), R13
   cb  458b527c               MOVL 0x7c(R10), R10
   cf  4539d5                 CMPL R13, R10
   d2  0f8596000000           JNE 0x16e
   d8  4d8b1424               MOVQ 0(R12), R10
   dc  4d8b642408             MOVQ 0x8(R12), R12
   e1  488b45f8               MOVQ -0x8(BP), AX
   e5  f20f1045e8             MOVSD_XMM -0x18(BP), X0
   ea  4d8b9fb8000000         MOVQ 0xb8(R15), R11
   f1  4c895dd8               MOVQ R11, -0x28(BP)
   f5  4d89a7b8000000         MOVQ R12, 0xb8(R15)
   fc  4d8b3424               MOVQ 0(R12), R14
  100  41ffd2                 CALL R10
  103  4c8b5dd8               MOVQ -0x28(BP), R11
  107  4d899fb8000000         MOVQ R11, 0xb8(R15)
  10e  4d8b33                 MOVQ 0(R11), R14
  111  f20f1145e8             MOVSD_XMM X0, -0x18(BP)
  116  488b45e0               MOVQ -0x20(BP), AX
  11a  e800000000             CALL 0x11f                     ; call func 4
  11f  f2440f1045e8           MOVSD_XMM -0x18(BP), X8
  125  f2440f58c0             ADDSD X0, X8
  12a  664d0f7ec2             MOVQ X8, R10
  12f  4901c2                 ADDQ AX, R10
  132  4901ca                 ADDQ CX, R10
  135  4c8b65f0               MOVQ -0x10(BP), R12
  139  4d01e2                 ADDQ R12, R10
  13c  4c89d0                 MOVQ R10, AX
  13f  4889ec                 MOVQ BP, SP
  142  5d                     POPQ BP
  143  c3                     RET
  144  b802000000             MOVL $0x2, AX
  149  e800000000             CALL 0x14e                     ; call thunk trap
  14e  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  155  e9e3feffff             JMP 0x3d
  15a  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  15f  e800000000             CALL 0x164                     ; call thunk trap
  164  b808000000             MOVL $0x8, AX                  ; trap null_element
  169  e800000000             CALL 0x16e                     ; call thunk trap
  16e  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  173  e800000000             CALL 0x178                     ; call thunk trap
