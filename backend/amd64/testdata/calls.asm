; calls for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/calls.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82eb000000           JB 0xfe
   13  4c89dc                 MOVQ R11, SP
   16  4c8965e8               MOVQ R12, -0x18(BP)
   1a  4c896de0               MOVQ R13, -0x20(BP)
   1e  440f1165c8             MOVUPS X12, -0x38(BP)
   23  4989c4                 MOVQ AX, R12
   26  4989cd                 MOVQ CX, R13
   29  4c896df8               MOVQ R13, -0x8(BP)
   2d  66440f28e1             MOVAPD X1, X12
   32  4c89e0                 MOVQ R12, AX
   35  4c89e9                 MOVQ R13, CX
   38  66410f28cc             MOVAPD X12, X1
   3d  e800000000             CALL 0x42                      ; call func 3
   42  4989c2                 MOVQ AX, R10
   45  498b9fb8000000         MOVQ 0xb8(R15), BX
   4c  488b7358               MOVQ 0x58(BX), SI
   50  488b5b60               MOVQ 0x60(BX), BX
   54  4c89e0                 MOVQ R12, AX
   57  4d89d5                 MOVQ R10, R13
   5a  493b9fb8000000         CMPQ BX, 0xb8(R15)
   61  0f85bc000000           JNE 0x123
   67  ffd6                   CALL SI
   69  4d8b97b8000000         MOVQ 0xb8(R15), R10
   70  498b5a48               MOVQ 0x48(R10), BX
   74  488b7308               MOVQ 0x8(BX), SI
   78  bf02000000             MOVL $0x2, DI
   7d  4839f7                 CMPQ DI, SI
   80  0f83f2000000           JAE 0x178
   86  488b1b                 MOVQ 0(BX), BX
   89  488b1cfb               MOVQ 0(BX)(DI*8), BX
   8d  4885db                 TESTQ BX, BX
   90  0f84ec000000           JE 0x182
   96  8b7310                 MOVL 0x10(BX), SI
   99  458b527c               MOVL 0x7c(R10), R10
   9d  4439d6                 CMPL SI, R10
   a0  0f85e6000000           JNE 0x18c
   a6  4c8b13                 MOVQ 0(BX), R10
   a9  488b5b08               MOVQ 0x8(BX), BX
   ad  4c89e0                 MOVQ R12, AX
   b0  66410f28c4             MOVAPD X12, X0
   b5  493b9fb8000000         CMPQ BX, 0xb8(R15)
   bc  0f858b000000           JNE 0x14d
   c2  41ffd2                 CALL R10
   c5  66440f28e0             MOVAPD X0, X12
   ca  4c89e8                 MOVQ R13, AX
   cd  e800000000             CALL 0xd2                      ; call func 4
   d2  f2440f58e0             ADDSD X0, X12
   d7  664d0f7ee2             MOVQ X12, R10
   dc  4901c2                 ADDQ AX, R10
   df  4901ca                 ADDQ CX, R10
   e2  4c8b6df8               MOVQ -0x8(BP), R13
   e6  4d01ea                 ADDQ R13, R10
   e9  4c89d0                 MOVQ R10, AX
   ec  4c8b65e8               MOVQ -0x18(BP), R12
   f0  4c8b6de0               MOVQ -0x20(BP), R13
   f4  440f1065c8             MOVUPS -0x38(BP), X12
   f9  4889ec                 MOVQ BP, SP
   fc  5d                     POPQ BP
   fd  c3                     RET
   fe  4183bfb000000000       CMPL 0xb0(R15), $0x0
  106  0f858a000000           JNE 0x196
  10c  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  113  0f83fafeffff           JAE 0x13
  119  b802000000             MOVL $0x2, AX
  11e  e800000000             CALL 0x123                     ; call thunk trap
  123  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  12a  4c895df0               MOVQ R11, -0x10(BP)
  12e  49899fb8000000         MOVQ BX, 0xb8(R15)
  135  4c8b33                 MOVQ 0(BX), R14
  138  ffd6                   CALL SI
  13a  4c8b5df0               MOVQ -0x10(BP), R11
  13e  4d899fb8000000         MOVQ R11, 0xb8(R15)
  145  4d8b33                 MOVQ 0(R11), R14
  148  e91cffffff             JMP 0x69
  14d  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  154  4c895df0               MOVQ R11, -0x10(BP)
  158  49899fb8000000         MOVQ BX, 0xb8(R15)
  15f  4c8b33                 MOVQ 0(BX), R14
  162  41ffd2                 CALL R10
  165  4c8b5df0               MOVQ -0x10(BP), R11
  169  4d899fb8000000         MOVQ R11, 0xb8(R15)
  170  4d8b33                 MOVQ 0(R11), R14
  173  e94dffffff             JMP 0xc5
  178  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  17d  e800000000             CALL 0x182                     ; call thunk trap
  182  b808000000             MOVL $0x8, AX                  ; trap null_element
  187  e800000000             CALL 0x18c                     ; call thunk trap
  18c  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  191  e800000000             CALL 0x196                     ; call thunk trap
  196  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  19d  e962feffff             JMP 0x4
