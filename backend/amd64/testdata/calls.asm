; calls for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/calls.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4c8d5c24c0             LEAQ -0x40(SP), R11
    9  4d3b5f20               CMPQ R11, 0x20(R15)
    d  0f82f3000000           JB 0x106
   13  4c89dc                 MOVQ R11, SP
   16  4c8955f0               MOVQ R10, -0x10(BP)
   1a  4c8965e8               MOVQ R12, -0x18(BP)
   1e  4c896de0               MOVQ R13, -0x20(BP)
   22  440f1165c8             MOVUPS X12, -0x38(BP)
   27  4989c2                 MOVQ AX, R10
   2a  4989cc                 MOVQ CX, R12
   2d  66440f28e1             MOVAPD X1, X12
   32  4183bfb000000000       CMPL 0xb0(R15), $0x0
   3a  0f8524010000           JNE 0x164
   40  4c89d0                 MOVQ R10, AX
   43  4c89e1                 MOVQ R12, CX
   46  66410f28cc             MOVAPD X12, X1
   4b  e800000000             CALL 0x50                      ; call func 3
   50  4989c5                 MOVQ AX, R13
   53  498b9fb8000000         MOVQ 0xb8(R15), BX
   5a  488b7358               MOVQ 0x58(BX), SI
   5e  488b5b60               MOVQ 0x60(BX), BX
   62  4c89d0                 MOVQ R10, AX
   65  493b9fb8000000         CMPQ BX, 0xb8(R15)
   6c  0f859e000000           JNE 0x110
   72  ffd6                   CALL SI
   74  498b9fb8000000         MOVQ 0xb8(R15), BX
   7b  488b7348               MOVQ 0x48(BX), SI
   7f  488b7e08               MOVQ 0x8(SI), DI
   83  41b802000000           MOVL $0x2, R8
   89  4939f8                 CMPQ R8, DI
   8c  0f83de000000           JAE 0x170
   92  488b36                 MOVQ 0(SI), SI
   95  4a8d34c6               LEAQ 0(SI)(R8*8), SI
   99  488b36                 MOVQ 0(SI), SI
   9c  4885f6                 TESTQ SI, SI
   9f  0f84d5000000           JE 0x17a
   a5  8b7e10                 MOVL 0x10(SI), DI
   a8  8b5b7c                 MOVL 0x7c(BX), BX
   ab  39df                   CMPL DI, BX
   ad  0f85d1000000           JNE 0x184
   b3  488b1e                 MOVQ 0(SI), BX
   b6  488b7608               MOVQ 0x8(SI), SI
   ba  4c89d0                 MOVQ R10, AX
   bd  66410f28c4             MOVAPD X12, X0
   c2  493bb7b8000000         CMPQ SI, 0xb8(R15)
   c9  756f                   JNE 0x13a
   cb  ffd3                   CALL BX
   cd  66440f28e0             MOVAPD X0, X12
   d2  4c89e8                 MOVQ R13, AX
   d5  e800000000             CALL 0xda                      ; call func 4
   da  f2440f58e0             ADDSD X0, X12
   df  664c0f7ee3             MOVQ X12, BX
   e4  4801c3                 ADDQ AX, BX
   e7  4801cb                 ADDQ CX, BX
   ea  4c01e3                 ADDQ R12, BX
   ed  4889d8                 MOVQ BX, AX
   f0  4c8b55f0               MOVQ -0x10(BP), R10
   f4  4c8b65e8               MOVQ -0x18(BP), R12
   f8  4c8b6de0               MOVQ -0x20(BP), R13
   fc  440f1065c8             MOVUPS -0x38(BP), X12
  101  4889ec                 MOVQ BP, SP
  104  5d                     POPQ BP
  105  c3                     RET
  106  b802000000             MOVL $0x2, AX
  10b  e800000000             CALL 0x110                     ; call thunk trap
  110  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  117  4c895df8               MOVQ R11, -0x8(BP)
  11b  49899fb8000000         MOVQ BX, 0xb8(R15)
  122  4c8b33                 MOVQ 0(BX), R14
  125  ffd6                   CALL SI
  127  4c8b5df8               MOVQ -0x8(BP), R11
  12b  4d899fb8000000         MOVQ R11, 0xb8(R15)
  132  4d8b33                 MOVQ 0(R11), R14
  135  e93affffff             JMP 0x74
  13a  4d8b9fb8000000         MOVQ 0xb8(R15), R11
  141  4c895df8               MOVQ R11, -0x8(BP)
  145  4989b7b8000000         MOVQ SI, 0xb8(R15)
  14c  4c8b36                 MOVQ 0(SI), R14
  14f  ffd3                   CALL BX
  151  4c8b5df8               MOVQ -0x8(BP), R11
  155  4d899fb8000000         MOVQ R11, 0xb8(R15)
  15c  4d8b33                 MOVQ 0(R11), R14
  15f  e969ffffff             JMP 0xcd
  164  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
  16b  e9d0feffff             JMP 0x40
  170  b809000000             MOVL $0x9, AX                  ; trap undefined_element
  175  e800000000             CALL 0x17a                     ; call thunk trap
  17a  b808000000             MOVL $0x8, AX                  ; trap null_element
  17f  e800000000             CALL 0x184                     ; call thunk trap
  184  b807000000             MOVL $0x7, AX                  ; trap indirect_call_type
  189  e800000000             CALL 0x18e                     ; call thunk trap
