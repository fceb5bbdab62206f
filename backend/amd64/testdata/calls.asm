; calls for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/calls.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82fe000000           JB 0x111
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
   61  0f85cf000000           JNE 0x136
   67  ffd6                   CALL SI
   69  4d8b97b8000000         MOVQ 0xb8(R15), R10
   70  498b5a48               MOVQ 0x48(R10), BX
   74  488b7308               MOVQ 0x8(BX), SI
   78  bf02000000             MOVL $0x2, DI
   7d  4839f7                 CMPQ DI, SI
   80  0f8305010000           JAE 0x18b
   86  488d343f               LEAQ 0(DI)(DI*1), SI
   8a  488b1b                 MOVQ 0(BX), BX
   8d  488b3cf3               MOVQ 0(BX)(SI*8), DI
   91  4885ff                 TESTQ DI, DI
   94  0f84fb000000           JE 0x195
   9a  448b4710               MOVL 0x10(DI), R8
   9e  458b527c               MOVL 0x7c(R10), R10
   a2  4539d0                 CMPL R8, R10
   a5  0f85f4000000           JNE 0x19f
   ab  4c8b54f308             MOVQ 0x8(BX)(SI*8), R10
   b0  488b1f                 MOVQ 0(DI), BX
   b3  4939da                 CMPQ R10, BX
   b6  0f85ed000000           JNE 0x1a9
   bc  488b5f08               MOVQ 0x8(DI), BX
   c0  4c89e0                 MOVQ R12, AX
   c3  66410f28c4             MOVAPD X12, X0
   c8  493b9fb8000000         CMPQ BX, 0xb8(R15)
   cf  0f858b000000           JNE 0x160
   d5  41ffd2                 CALL R10
   d8  66440f28e0             MOVAPD X0, X12
   dd  4c89e8                 MOVQ R13, AX
   e0  e800000000             CALL 0xe5                      ; call func 4
   e5  f2440f58e0             ADDSD X0, X12
   ea  664d0f7ee2             MOVQ X12, R10
   ef  4901c2                 ADDQ AX, R10
   f2  4901ca                 ADDQ CX, R10
   f5  4c8b6df8               MOVQ -0x8(BP), R13
   f9  4d01ea                 ADDQ R13, R10
   fc  4c89d0                 MOVQ R10, AX
   ff  4c8b65e8               MOVQ -0x18(BP), R12
  103  4c8b6de0               MOVQ -0x20(BP), R13
  107  440f1065c8             MOVUPS -0x38(BP), X12
  10c  4889ec                 MOVQ BP, SP
  10f  5d                     POPQ BP
  110  c3                     RET
  111  4183bfb000000000       CMPL 0xb0(R15), $0x0
  119  0f8594000000           JNE 0x1b3
  11f  4d3b9ff8000000         CMPQ R11, 0xf8(R15)
  126  0f83e7feffff           JAE 0x13
  12c  b802000000             MOVL $0x2, AX
  131  e800000000             CALL 0x136                     ; call thunk trap
  136  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  13d  4c895df0               MOVQ R11, -0x10(BP)
  141  49899fb8000000         MOVQ BX, 0xb8(R15)
  148  4c8b33                 MOVQ 0(BX), R14
  14b  ffd6                   CALL SI
  14d  4c8b5df0               MOVQ -0x10(BP), R11
  151  4d899fb8000000         MOVQ R11, 0xb8(R15)
  158  4d8b33                 MOVQ 0(R11), R14
  15b  e909ffffff             JMP 0x69
  160  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  167  4c895df0               MOVQ R11, -0x10(BP)
  16b  49899fb8000000         MOVQ BX, 0xb8(R15)
  172  4c8b33                 MOVQ 0(BX), R14
  175  41ffd2                 CALL R10
  178  4c8b5df0               MOVQ -0x10(BP), R11
  17c  4d899fb8000000         MOVQ R11, 0xb8(R15)
  183  4d8b33                 MOVQ 0(R11), R14
  186  e94dffffff             JMP 0xd8
  18b  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  190  e800000000             CALL 0x195                     ; call thunk trap
  195  b808000000             MOVL $0x8, AX                  ; trap null_element
  19a  e800000000             CALL 0x19f                     ; call thunk trap
  19f  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  1a4  e800000000             CALL 0x1a9                     ; call thunk trap
  1a9  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  1ae  e800000000             CALL 0x1b3                     ; call thunk trap
  1b3  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  1ba  e945feffff             JMP 0x4
