#include "textflag.h"
#include "funcdata.h"
#include "go_asm.h"

// ExecCtx offsets (keep in sync with ctx.go; TestOffsets checks ctx.go).
#define GoSP 0
#define GoFP 8
#define StackTop 24
#define StackLimit 32
#define ExitCode 40
#define MemBase 48
#define Args 64
#define ResumeSP 72
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
// host exit or a yield) with R15 = ctx and R14 = the memory base, until the
// code exits. Every exit restores the anchor saved by switchAndCall or
// resumeSwitch and lands behind the CALL below (the exit stubs return
// there; the host-exit stub jumps if ctx.Preempt is set, see
// stubs_gen_test.go). A host exit with ctx.Preempt set does not
// return: the host function is called from here (hostCallback) and the
// code resumed with the continuation's CALL still paired with the RET
// that resumes it, which keeps the returns on the native stack predicted
// (a mispredicted return costs ~20 cycles, and a host call through
// Context.run mispredicts about ten). The one CALL site serves entry,
// resume and hostCallback, so that the anchor's return address, and with
// it the final return's prediction, is always the same.
TEXT ·runNative(SB), NOSPLIT, $8-24
	NO_LOCAL_POINTERS
	MOVQ ctx+8(FP), R15
	MOVQ fn+16(FP), AX
	MOVQ StackTop(R15), DX
	LEAQ switchAndCall<>(SB), BX
	TESTQ AX, AX
	JNE  call
	LEAQ resumeSwitch<>(SB), BX

call:
	CALL BX
	MOVQ ctx+8(FP), R15
	MOVQ ExitCode(R15), CX
	CMPQ CX, $ExitResume
	JEQ  resume
	CMPQ CX, $ExitHostCall
	JNE  done
	CMPL Preempt(R15), $0
	JEQ  done
	MOVQ c+0(FP), CX
	MOVQ CX, 0(SP)
	LEAQ ·hostCallback(SB), BX
	JMP  call

resume:
	JMP resumeHost<>(SB)

done:
	RET

// func callTop(c *Context, entry uintptr, stack []uint64) error
// Context.Call. Its common case, a top-level call without a stale
// interrupt request, runs here without the Go frame of Context.call and,
// without the syscall bracket, runNative's: it copies the arguments below
// the stack top, runs entry there, and after a normal return copies the
// results back. Without the bracket it serves host exits as runNative
// does (the one CALL site serves entry, hostCallback and resume); with it,
// it calls enterSys. Each Go frame costs a call's worth of spills, stack
// check and argument copies: 1.3-1.5 ns of the 7-8 ns of a Context.Call
// of a small function on the AMD EPYC of the README.
// A call that exits otherwise (a trap, a yield, a host call with the
// bracket, a failed host call) is finished in Go (finishTop); a nested
// call, a stale interrupt request or slots that do not fit on the stack
// go to Context.call (callSlow).
TEXT ·callTop(SB), NOSPLIT, $56-56
	NO_LOCAL_POINTERS
	MOVQ c+0(FP), DI
	MOVQ Context_x(DI), R15
	CMPQ Context_depth(DI), $0
	JNE  slow
	CMPL Interrupt(R15), $0
	JNE  slow
	MOVQ stack_len+24(FP), CX
	MOVQ Context_stackHi(DI), DX
	MOVQ Context_stackLo(DI), R8
	LEAQ (const_StackReserve+64)(R8)(CX*8), R8
	CMPQ DX, R8
	JCS  slow
	LEAQ 0(CX*8), R8
	SUBQ R8, DX
	ANDQ $~15, DX
	MOVQ stack_base+16(FP), SI
	XORL R8, R8
	JMP  incheck

in:
	MOVQ (SI)(R8*8), R9
	MOVQ R9, (DX)(R8*8)
	INCQ R8

incheck:
	CMPQ R8, CX
	JLT  in
	MOVQ DX, Args(R15)
	MOVQ DX, StackTop(R15)
	INCQ Context_depth(DI)
	MOVQ entry+8(FP), AX
	CMPL Preempt(R15), $0
	JEQ  bracket
	LEAQ switchAndCall<>(SB), BX

call:
	CALL BX
	MOVQ c+0(FP), DI
	MOVQ Context_x(DI), R15
	MOVQ ExitCode(R15), CX
	TESTQ CX, CX
	JNE  exited

results:
	MOVQ Args(R15), DX
	MOVQ stack_base+16(FP), SI
	MOVQ stack_len+24(FP), CX
	XORL R8, R8
	JMP  outcheck

out:
	MOVQ (DX)(R8*8), R9
	MOVQ R9, (SI)(R8*8)
	INCQ R8

outcheck:
	CMPQ R8, CX
	JLT  out
	DECQ Context_depth(DI)
	MOVQ $0, ret_itable+40(FP)
	MOVQ $0, ret_data+48(FP)
	RET

exited:
	CMPQ CX, $ExitResume
	JEQ  resume
	CMPQ CX, $ExitHostCall
	JNE  finish
	CMPL Preempt(R15), $0
	JEQ  finish
	MOVQ DI, 0(SP)
	LEAQ ·hostCallback(SB), BX
	JMP  call

resume:
	JMP resumeHost<>(SB)

bracket:
	// func enterSys(c *Context, ctx *ExecCtx, fn uintptr)
	MOVQ DI, 0(SP)
	MOVQ R15, 8(SP)
	MOVQ AX, 16(SP)
	CALL ·enterSys(SB)
	MOVQ c+0(FP), DI
	MOVQ Context_x(DI), R15
	MOVQ ExitCode(R15), CX
	TESTQ CX, CX
	JEQ  results

finish:
	// func finishTop(c *Context, stack []uint64) error
	MOVQ DI, 0(SP)
	MOVQ stack_base+16(FP), AX
	MOVQ AX, 8(SP)
	MOVQ stack_len+24(FP), AX
	MOVQ AX, 16(SP)
	MOVQ stack_cap+32(FP), AX
	MOVQ AX, 24(SP)
	CALL ·finishTop(SB)
	MOVQ 32(SP), AX
	MOVQ AX, ret_itable+40(FP)
	MOVQ 40(SP), AX
	MOVQ AX, ret_data+48(FP)
	RET

slow:
	// func callSlow(c *Context, entry uintptr, stack []uint64) error
	MOVQ DI, 0(SP)
	MOVQ entry+8(FP), AX
	MOVQ AX, 8(SP)
	MOVQ stack_base+16(FP), AX
	MOVQ AX, 16(SP)
	MOVQ stack_len+24(FP), AX
	MOVQ AX, 24(SP)
	MOVQ stack_cap+32(FP), AX
	MOVQ AX, 32(SP)
	CALL ·callSlow(SB)
	MOVQ 40(SP), AX
	MOVQ AX, ret_itable+40(FP)
	MOVQ 48(SP), AX
	MOVQ AX, ret_data+48(FP)
	RET

// The return address into runNative (or callTop) is at 0(SP): SP is the
// anchor. DX is the stack top to switch to (ctx.StackTop, in a register:
// the load of the value just stored would delay the switch).
// SPWRITE (writes SP) so tracebacks stop here instead of reading the
// native stack.
TEXT switchAndCall<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ SP, GoSP(R15)
	MOVQ BP, GoFP(R15)
	MOVQ DX, SP
	MOVQ MemBase(R15), R14
	CALL AX
	// normal return of the entry function (R15 still holds ctx)
	MOVQ $0, ExitCode(R15)
	MOVQ GoSP(R15), SP
	MOVQ GoFP(R15), BP
	RET

// resumeHost continues the code after hostCallback returned, entered by a
// jump from runNative: the return address of runNative's CALL is still at
// -8(SP), and becomes the anchor as if it had just been pushed.
TEXT resumeHost<>(SB), NOSPLIT|NOFRAME, $0
	SUBQ $8, SP
	JMP  resumeSwitch<>(SB)

// Continues the code suspended at a host exit or a yield. The memory base
// is that of the instance whose code was suspended: a call into another
// instance switches ctx.VMCtx but not ctx.MemBase, so it comes from the
// VMCtx (ctx.MemBase only when there is none: runtime tests).
TEXT resumeSwitch<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ SP, GoSP(R15)
	MOVQ BP, GoFP(R15)
	MOVQ ResumeSP(R15), SP
	MOVQ ResumeFP(R15), BP
	MOVQ VMCtx(R15), R14
	TESTQ R14, R14
	JEQ  noVM
	MOVQ VMCtxMemBase(R14), R14
	RET // pops the continuation pushed by the CALL to the host-exit stub

noVM:
	MOVQ MemBase(R15), R14
	RET

// Signal handler, called by the kernel with the C ABI:
// DI = signo, SI = *siginfo, DX = *ucontext, on the sigaltstack, all
// signals blocked, no g. Uses only AX, CX, R8, R9.
//
// If the fault is a hardware fault (si_code > 0) at a PC inside a code arena
// but not inside the runtime's stubs, rewrite the ucontext so that
// rt_sigreturn resumes at the fault stub with
//   RDI = signo, RSI = si_addr, RDX = faulting PC, RCX = si_code,
//   R8 = faulting RSP, R9 = faulting RBP.
// Otherwise tail-jump to the previous (Go) handler with all arguments,
// SP and the return address untouched.
//
// SIGURG (Go's preemption request, or a stop request's, interrupt.go) at
// a PC inside a code arena but outside the stubs: if the ExecCtx in R15
// has a stop request (a bit of Interrupt other than InterruptYield),
// redirect as for a fault (signo 23: trap "interrupted" at that PC).
// Otherwise, if it has Preempt set, push the PC on the native stack as a
// call would and resume at the asynchronous yield stub
// (loops do not poll). Inside the stubs set InterruptYield and ^0 in
// StackLimit instead, for the next poll (the
// entry polls, abi.ExecStackFloor). Chain to Go's handler after any of
// these: it acknowledges its own request, whose signal may have merged
// with ours, and until it does sends the thread no other.
TEXT ·sigHandler(SB), NOSPLIT|NOFRAME, $0
	MOVQ 168(DX), AX // uc_mcontext.rip
	CMPL DI, $23     // SIGURG: any PC in a code arena
	JEQ  scan
	MOVL 8(SI), CX // si_code
	CMPL CX, $0
	JLE  chain
	MOVQ ·stubLo(SB), CX
	CMPQ AX, CX
	JCS  scan
	MOVQ ·stubHi(SB), CX
	CMPQ AX, CX
	JCS  chain // fault inside a stub: never redirect (no loops)

scan:
	MOVQ ·codeCountAddr(SB), CX
	MOVL (CX), CX
	MOVQ ·codeRangesAddr(SB), R8

loop:
	CMPL CX, $0
	JEQ  chain
	MOVQ 0(R8), R9
	CMPQ AX, R9
	JCS  next
	MOVQ 8(R8), R9
	CMPQ AX, R9
	JCS  ours

next:
	ADDQ $16, R8
	DECL CX
	JMP  loop

ours:
	CMPL DI, $23
	JEQ  urgours

redirect:
	MOVLQZX DI, R9
	MOVQ R9, 104(DX)  // rdi = signo
	MOVQ 16(SI), R9
	MOVQ R9, 112(DX)  // rsi = si_addr
	MOVQ AX, 136(DX)  // rdx = pc
	MOVL 8(SI), R9
	MOVQ R9, 152(DX)  // rcx = si_code
	MOVQ 160(DX), R9
	MOVQ R9, 40(DX)   // r8 = rsp
	MOVQ 120(DX), R9
	MOVQ R9, 48(DX)   // r9 = rbp
	MOVQ ·faultStub(SB), R9
	MOVQ R9, 168(DX)  // rip = fault stub
	CMPL DI, $23
	JEQ  chain        // a stop request's SIGURG may carry Go's too
	RET               // to the restorer -> rt_sigreturn

urgours:
	MOVQ 96(DX), R8 // r15 = the ExecCtx
	MOVQ ·stubLo(SB), CX
	CMPQ AX, CX
	JCS  urgcode
	MOVQ ·stubHi(SB), CX
	CMPQ AX, CX
	JCS  urgflag // in a stub: at the next poll

urgcode:
	TESTL $~InterruptYield, Interrupt(R8)
	JNE   redirect
	CMPL  Preempt(R8), $0
	JEQ   chain
	MOVQ  ·asyncStub(SB), R9
	MOVQ  160(DX), CX // rsp
	SUBQ  $8, CX
	MOVQ  AX, (CX)    // the return address: the interrupted PC
	MOVQ  CX, 160(DX)
	MOVQ  R9, 168(DX) // rip = the asynchronous yield
	JMP   chain

urgflag:
	CMPL Preempt(R8), $0
	JEQ  chain
	LOCK
	ORL  $InterruptYield, Interrupt(R8)
	MOVQ $-1, StackLimit(R8) // entry polls: abi.ExecStackFloor

chain:
	LEAQ ·oldHandlers(SB), AX
	MOVLQZX DI, CX
	MOVQ (AX)(CX*8), AX
	JMP  AX

// func sigHandlerAddr() uintptr
TEXT ·sigHandlerAddr(SB), NOSPLIT, $0-8
	MOVQ $·sigHandler(SB), AX
	MOVQ AX, ret+0(FP)
	RET
