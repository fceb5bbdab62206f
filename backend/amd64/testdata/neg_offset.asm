; neg_offset for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/neg_offset.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7535                   JNE 0x43
    e  4d8b5406d0             MOVQ -0x30(R14)(AX*1), R10     ; trap oob_memory
   13  49894c06f0             MOVQ CX, -0x10(R14)(AX*1)      ; trap oob_memory
   18  8d58f8                 LEAL -0x8(AX), BX
   1b  498b5c1e08             MOVQ 0x8(R14)(BX*1), BX        ; trap oob_memory
   20  8db0c063ffff           LEAL 0xffff63c0(AX), SI
   26  498b3436               MOVQ 0(R14)(SI*1), SI          ; trap oob_memory
   2a  410fb6bc060080ffff     MOVZX 0xffff8000(R14)(AX*1), DI ; trap oob_memory
   33  4901da                 ADDQ BX, R10
   36  4901f2                 ADDQ SI, R10
   39  4d0354fef8             ADDQ -0x8(R14)(DI*8), R10      ; trap oob_memory
   3e  4c89d0                 MOVQ R10, AX
   41  5d                     POPQ BP
   42  c3                     RET
   43  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   4a  ebc2                   JMP 0xe
