; switch_loop for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/switch_loop.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  753d                   JNE 0x4b
    e  83f803                 CMPL AX, $0x3
   11  7333                   JAE 0x46
   13  4c8d1d3a000000         LEAQ 0x3a(IP), R11
   1a  4d031cc3               ADDQ 0(R11)(AX*8), R11
   1e  41ffe3                 JMP R11
   21  89c8                   MOVL CX, AX
   23  4883f964               CMPQ CX, $0x64
   27  72e5                   JB 0xe
   29  eb12                   JMP 0x3d
   2b  4885c9                 TESTQ CX, CX
   2e  7516                   JNE 0x46
   30  31c0                   XORL AX, AX
   32  488d4901               LEAQ 0x1(CX), CX
   36  b802000000             MOVL $0x2, AX
   3b  ebe4                   JMP 0x21
   3d  488d49fb               LEAQ -0x5(CX), CX
   41  b809000000             MOVL $0x9, AX
   46  4889c8                 MOVQ CX, AX
   49  5d                     POPQ BP
   4a  c3                     RET
   4b  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   52  ebba                   JMP 0xe
   54  deffffffffffffff       .quad 0x32 (table+0xffffffffffffffde)
   5c  d7ffffffffffffff       .quad 0x2b (table+0xffffffffffffffd7)
   64  cdffffffffffffff       .quad 0x21 (table+0xffffffffffffffcd)
