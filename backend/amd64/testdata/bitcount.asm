; bitcount for amd64 (features: popcnt,lzcnt,bmi1,sse4.1,sse4.2), from backend/testdata/cases/bitcount.ir
    0  55                     PUSHQ BP
    1  4889e5                 MOVQ SP, BP
    4  4183bfb000000000       CMPL 0xb0(R15), $0x0
    c  7520                   JNE 0x2e
    e  f3440fbdd0             LZCNT AX, R10
   13  f3450fbcd2             TZCNT R10, R10
   18  f3410fb8c2             POPCNTL R10, AX
   1d  f34c0fbdd1             LZCNT CX, R10
   22  f34d0fbcd2             TZCNT R10, R10
   27  f3490fb8ca             POPCNTQ R10, CX
   2c  5d                     POPQ BP
   2d  c3                     RET
   2e  41ff97f0000000         CALL 0xf0(R15)                 ; trap interrupted
   35  ebd7                   JMP 0xe
