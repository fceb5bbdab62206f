; switch_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/switch_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  753f                   JNE 0x4d
    e  6690                   NOPW
   10  83f803                 CMPL AX, $0x3
   13  7333                   JAE 0x48
   15  4c8d1d3a000000         LEAQ 0x3a(IP), R11
   1c  4d031cc3               ADDQ 0(R11)(AX*8), R11
   20  41ffe3                 JMP R11
   23  89c8                   MOVL CX, AX
   25  4883f964               CMPQ CX, $0x64
   29  72e5                   JB 0x10
   2b  eb12                   JMP 0x3f
   2d  4885c9                 TESTQ CX, CX
   30  7516                   JNE 0x48
   32  31c0                   XORL AX, AX
   34  488d4901               LEAQ 0x1(CX), CX
   38  b802000000             MOVL $0x2, AX
   3d  ebe4                   JMP 0x23
   3f  488d49fb               LEAQ -0x5(CX), CX
   43  b809000000             MOVL $0x9, AX
   48  4889c8                 MOVQ CX, AX
   4b  5d                     POPQ BP
   4c  c3                     RET
   4d  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   54  ebb8                   JMP 0xe
   56  deffffffffffffff       .quad 0x34 (table+0xffffffffffffffde)
   5e  d7ffffffffffffff       .quad 0x2d (table+0xffffffffffffffd7)
   66  cdffffffffffffff       .quad 0x23 (table+0xffffffffffffffcd)
