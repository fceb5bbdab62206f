#include "textflag.h"

// func flushICache(start, end uintptr)
TEXT ·flushICache(SB), NOSPLIT, $0-16
	MOVD start+0(FP), R0
	MOVD end+8(FP), R1
	WORD $0xd53b0022 // MRS CTR_EL0, R2
	// D-cache line size = 4 << CTR_EL0.DminLine (bits 19:16)
	UBFX $16, R2, $4, R3
	MOVD $4, R4
	LSL  R3, R4, R3
	// I-cache line size = 4 << CTR_EL0.IminLine (bits 3:0)
	AND  $15, R2, R5
	LSL  R5, R4, R5
	// clean D-cache
	SUB  $1, R3, R6
	BIC  R6, R0, R7
dloop:
	WORD $0xd50b7b27 // DC CVAU, R7
	ADD  R3, R7, R7
	CMP  R1, R7
	BLO  dloop
	WORD $0xd5033b9f // DSB ISH
	// invalidate I-cache
	SUB  $1, R5, R6
	BIC  R6, R0, R7
iloop:
	WORD $0xd50b7527 // IC IVAU, R7
	ADD  R5, R7, R7
	CMP  R1, R7
	BLO  iloop
	WORD $0xd5033b9f // DSB ISH
	WORD $0xd5033fdf // ISB
	RET
