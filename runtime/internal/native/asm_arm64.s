#include "textflag.h"
#include "funcdata.h"
#include "go_asm.h"

// ExecCtx offsets (keep in sync with ctx.go; TestOffsets checks ctx.go).
#define GoSP 0
#define GoFP 8
#define GoLR 16
#define StackTop 24
#define StackLimit 32
#define ExitCode 40
#define MemBase 48
#define Args 64
#define ResumeSP 72
#define ResumePC 80
#define ResumeFP 88
#define Interrupt 176
#define VMCtx 184
#define VMCtxMemBase 0
#define Preempt 180
#define InterruptYield 2
#define ExitHostCall 2
#define ExitResume 5

// func runNative(c *Context, ctx *ExecCtx, fn uintptr)
// Runs fn on the native stack (fn == 0: continues the code suspended by a
// host exit or a yield) with R19 = ctx and R20 = the memory base, until the
// code exits; a host exit with ctx.Preempt set is served here (see
// asm_amd64.s). Every exit restores the anchor saved by switchAndCall or
// resumeSwitch, LR included, and lands behind the BL below.
// Never touches R28 (g) or R18.
TEXT ·runNative(SB), NOSPLIT, $24-24
	NO_LOCAL_POINTERS
	MOVD ctx+8(FP), R19
	MOVD fn+16(FP), R0
	MOVD $switchAndCall<>(SB), R2
	CBNZ R0, call
	MOVD $resumeSwitch<>(SB), R2

call:
	CALL (R2)
	MOVD ctx+8(FP), R19
	MOVD ExitCode(R19), R1
	CMP  $ExitResume, R1
	BEQ  resume
	CMP  $ExitHostCall, R1
	BNE  done
	MOVWU Preempt(R19), R1
	CBZW R1, done
	MOVD c+0(FP), R1
	MOVD R1, 8(RSP)
	MOVD $·hostCallback(SB), R2
	JMP  call

resume:
	// LR still holds the return address of the BL above, through which
	// hostCallback returned: the anchor for the next exit.
	JMP resumeSwitch<>(SB)

done:
	RET

// func callTop(c *Context, entry uintptr, stack []uint64) error
// Context.Call's common case, as on amd64 (see asm_amd64.s): a top-level
// call without a stale interrupt request runs here, without the Go frame
// of Context.call (and runNative's). Outgoing arguments start at 8(RSP).
TEXT ·callTop(SB), NOSPLIT, $72-56
	NO_LOCAL_POINTERS
	MOVD  c+0(FP), R3
	MOVD  Context_x(R3), R19
	MOVD  Context_depth(R3), R0
	CBNZ  R0, slow
	ADD   $Interrupt, R19, R4
	LDARW (R4), R4
	CBNZW R4, slow
	MOVD  stack_len+24(FP), R1
	MOVD  Context_stackHi(R3), R2
	MOVD  Context_stackLo(R3), R4
	ADD   $(const_StackReserve+64), R4, R4
	ADD   R1<<3, R4, R4
	CMP   R4, R2
	BLO   slow
	SUB   R1<<3, R2, R2
	AND   $~15, R2, R2
	MOVD  stack_base+16(FP), R5
	MOVD  ZR, R6
	B     incheck

in:
	MOVD (R5)(R6<<3), R7
	MOVD R7, (R2)(R6<<3)
	ADD  $1, R6

incheck:
	CMP  R1, R6
	BLT  in
	MOVD R2, Args(R19)
	MOVD R2, StackTop(R19)
	MOVD Context_depth(R3), R4
	ADD  $1, R4
	MOVD R4, Context_depth(R3)
	MOVD entry+8(FP), R0
	MOVWU Preempt(R19), R4
	CBZW R4, bracket
	MOVD $switchAndCall<>(SB), R2

call:
	CALL (R2)
	MOVD c+0(FP), R3
	MOVD Context_x(R3), R19
	MOVD ExitCode(R19), R1
	CBNZ R1, exited

results:
	MOVD Args(R19), R2
	MOVD stack_base+16(FP), R5
	MOVD stack_len+24(FP), R1
	MOVD ZR, R6
	B    outcheck

out:
	MOVD (R2)(R6<<3), R7
	MOVD R7, (R5)(R6<<3)
	ADD  $1, R6

outcheck:
	CMP  R1, R6
	BLT  out
	MOVD Context_depth(R3), R4
	SUB  $1, R4
	MOVD R4, Context_depth(R3)
	MOVD ZR, ret_itable+40(FP)
	MOVD ZR, ret_data+48(FP)
	RET

exited:
	CMP   $ExitResume, R1
	BEQ   resume
	CMP   $ExitHostCall, R1
	BNE   finish
	MOVWU Preempt(R19), R4
	CBZW  R4, finish
	MOVD  R3, 8(RSP)
	MOVD  $·hostCallback(SB), R2
	JMP   call

resume:
	// LR holds the return address of the BL above, as in runNative.
	JMP resumeSwitch<>(SB)

bracket:
	// func enterSys(c *Context, ctx *ExecCtx, fn uintptr)
	MOVD R3, 8(RSP)
	MOVD R19, 16(RSP)
	MOVD R0, 24(RSP)
	CALL ·enterSys(SB)
	MOVD c+0(FP), R3
	MOVD Context_x(R3), R19
	MOVD ExitCode(R19), R1
	CBZ  R1, results

finish:
	// func finishTop(c *Context, stack []uint64) error
	MOVD R3, 8(RSP)
	MOVD stack_base+16(FP), R4
	MOVD R4, 16(RSP)
	MOVD stack_len+24(FP), R4
	MOVD R4, 24(RSP)
	MOVD stack_cap+32(FP), R4
	MOVD R4, 32(RSP)
	CALL ·finishTop(SB)
	MOVD 40(RSP), R4
	MOVD R4, ret_itable+40(FP)
	MOVD 48(RSP), R4
	MOVD R4, ret_data+48(FP)
	RET

slow:
	// func callSlow(c *Context, entry uintptr, stack []uint64) error
	MOVD R3, 8(RSP)
	MOVD entry+8(FP), R4
	MOVD R4, 16(RSP)
	MOVD stack_base+16(FP), R4
	MOVD R4, 24(RSP)
	MOVD stack_len+24(FP), R4
	MOVD R4, 32(RSP)
	MOVD stack_cap+32(FP), R4
	MOVD R4, 40(RSP)
	CALL ·callSlow(SB)
	MOVD 48(RSP), R4
	MOVD R4, ret_itable+40(FP)
	MOVD 56(RSP), R4
	MOVD R4, ret_data+48(FP)
	RET

// LR holds the return address into runNative (or callTop): the anchor is
// RSP, R29, LR.
TEXT switchAndCall<>(SB), NOSPLIT|NOFRAME, $0
	MOVD RSP, R1
	MOVD R1, GoSP(R19)
	MOVD R29, GoFP(R19)
	MOVD R30, GoLR(R19)
	MOVD StackTop(R19), R1
	MOVD R1, RSP
	MOVD MemBase(R19), R20
	CALL (R0)
	// normal return of the entry function (R19 still holds ctx)
	MOVD ZR, ExitCode(R19)
	MOVD GoSP(R19), R1
	MOVD R1, RSP
	MOVD GoFP(R19), R29
	MOVD GoLR(R19), R30
	RET

// Continues the code suspended at a host exit or a yield, with a RET to
// the continuation (the exit was a BL).
TEXT resumeSwitch<>(SB), NOSPLIT|NOFRAME, $0
	MOVD RSP, R1
	MOVD R1, GoSP(R19)
	MOVD R29, GoFP(R19)
	MOVD R30, GoLR(R19)
	MOVD ResumeSP(R19), R1
	MOVD R1, RSP
	MOVD ResumeFP(R19), R29
	MOVD ResumePC(R19), R30
	// The memory base of the instance whose code was suspended (see
	// asm_amd64.s).
	MOVD VMCtx(R19), R20
	CBZ  R20, noVM
	MOVD VMCtxMemBase(R20), R20
	RET

noVM:
	MOVD MemBase(R19), R20
	RET

// Signal handler, C ABI: R0 = signo, R1 = *siginfo, R2 = *ucontext, LR =
// restorer; on the sigaltstack, all signals blocked, no g. Uses only R3-R7
// (and R27 through the assembler). Never touches R28.
//
// Redirect (hardware fault at a PC in a code arena, not in a stub):
//   x0 = signo, x1 = si_addr, x2 = faulting PC, x3 = si_code,
//   x4 = faulting SP, x5 = faulting x29, pc = fault stub.
// Otherwise tail-jump to the previous handler, everything untouched.
//
// SIGURG (Go's preemption request, or a stop request's, interrupt.go) at
// a PC inside a code arena but outside the stubs: with a stop request in
// the ExecCtx in X19, redirect as for a fault (signo 23: trap
// "interrupted" at that PC); otherwise, with Preempt set, push the PC in a
// 16-byte slot on the native stack and resume at the asynchronous yield
// stub (loops do not poll). Inside the stubs set InterruptYield and ^0
// in StackLimit instead, for the next poll. Chain to Go's handler after
// any of these (see asm_amd64.s).
TEXT ·sigHandler(SB), NOSPLIT|NOFRAME, $0
	MOVD 440(R2), R4 // uc_mcontext.pc
	CMPW $23, R0     // SIGURG: any PC in a code arena
	BEQ  scan
	MOVW 8(R1), R3 // si_code (sign-extended)
	CMP  $0, R3
	BLE  chain
	MOVD ·stubLo(SB), R5
	CMP  R5, R4
	BLO  scan
	MOVD ·stubHi(SB), R5
	CMP  R5, R4
	BLO  chain // fault inside a stub: never redirect

scan:
	MOVD  ·codeCountAddr(SB), R5
	MOVWU (R5), R5
	MOVD  ·codeRangesAddr(SB), R6

loop:
	CBZ  R5, chain
	MOVD 0(R6), R7
	CMP  R7, R4
	BLO  next
	MOVD 8(R6), R7
	CMP  R7, R4
	BLO  ours

next:
	ADD $16, R6
	SUB $1, R5
	B   loop

ours:
	CMPW  $23, R0
	BEQ   urgours

redirect:
	MOVWU R0, R7
	MOVD  R7, 184(R2)  // x0 = signo
	MOVD  16(R1), R7
	MOVD  R7, 192(R2)  // x1 = si_addr
	MOVD  R4, 200(R2)  // x2 = pc
	MOVD  R3, 208(R2)  // x3 = si_code
	MOVD  432(R2), R7
	MOVD  R7, 216(R2)  // x4 = sp
	MOVD  416(R2), R7
	MOVD  R7, 224(R2)  // x5 = x29
	MOVD  ·faultStub(SB), R7
	MOVD  R7, 440(R2)  // pc = fault stub
	CMPW  $23, R0
	BEQ   chain        // a stop request's SIGURG may carry Go's too
	RET                // LR = restorer

urgours:
	MOVD  336(R2), R7 // x19 = the ExecCtx
	MOVD  ·stubLo(SB), R5
	CMP   R5, R4
	BLO   urgcode
	MOVD  ·stubHi(SB), R5
	CMP   R5, R4
	BLO   urgflag // in a stub: at the next poll

urgcode:
	MOVWU Interrupt(R7), R3
	ANDW  $~InterruptYield, R3, R3
	CBZW  R3, urgyield
	MOVW  8(R1), R3 // si_code (sign-extended)
	B     redirect

urgyield:
	MOVWU Preempt(R7), R3
	CBZW  R3, chain
	MOVD  ·asyncStub(SB), R5
	MOVD  432(R2), R6 // sp
	SUB   $16, R6
	MOVD  R4, (R6)    // the interrupted PC, for the stub's return
	MOVD  R6, 432(R2)
	MOVD  R5, 440(R2) // pc = the asynchronous yield
	B     chain

urgflag:
	MOVWU Preempt(R7), R3
	CBZW  R3, chain
	ADD   $Interrupt, R7, R6

urgor:
	LDAXRW (R6), R3
	ORRW   $InterruptYield, R3, R3
	STLXRW R3, (R6), R5
	CBNZW  R5, urgor
	// The entry polls (abi.ExecStackFloor). No clearer runs meanwhile:
	// the Context's goroutine is in generated code on this thread.
	MOVD   $-1, R3
	MOVD   R3, StackLimit(R7)

chain:
	MOVD  $·oldHandlers(SB), R3
	MOVWU R0, R4
	MOVD  (R3)(R4<<3), R3
	JMP   (R3)

// func sigHandlerAddr() uintptr
TEXT ·sigHandlerAddr(SB), NOSPLIT, $0-8
	MOVD $·sigHandler(SB), R0
	MOVD R0, ret+0(FP)
	RET
