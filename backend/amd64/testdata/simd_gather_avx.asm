; simd_gather_avx for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2,avx), from backend/testdata/cases/simd_gather_avx.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  755f                   JNE 0x6d
    e  66410f7ec2             MOVD X0, R10
   13  660f3a16c303           PEXTRD $0x3, X0, BX
   19  66480f7ec1             MOVQ X0, CX
   1e  66450fefc0             PXOR X8, X8
   23  c4033920041600         VPINSRB $0x0, 0(R14)(R10*1), X8, X8 ; trap oob_memory
   2a  c4433920441e0104       VPINSRB $0x4, 0x1(R14)(BX*1), X8, X8 ; trap oob_memory
   32  c44179c44c060207       VPINSRW $0x7, 0x2(R14)(AX*1), X0, X9 ; trap oob_memory
   3a  c44331224c060801       VPINSRD $0x1, 0x8(R14)(AX*1), X9, X9 ; trap oob_memory
   42  66450fefd2             PXOR X10, X10
   47  c443a92254061001       VPINSRQ $0x1, 0x10(R14)(AX*1), X10, X10 ; trap oob_memory
   4f  66450f3831c0           PMOVZXBD X8, X8
   55  c46231000d18000000     VPSHUFB 0x18, X9, X9
   5e  c44139ebc1             VPOR X9, X8, X8
   63  c4c139d4c2             VPADDQ X10, X8, X0
   68  4889d8                 MOVQ BX, AX
   6b  5d                     POPQ BP
   6c  c3                     RET
   6d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   74  eb98                   JMP 0xe
   76  0580008007078002       .quad 0x280070780008005 (constant)
   7e  090a808003808001       .quad 0x180800380800a09 (constant)
