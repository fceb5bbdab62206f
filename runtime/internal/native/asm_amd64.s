#include "textflag.h"
#include "funcdata.h"

// ExecCtx offsets (keep in sync with ctx.go; TestOffsets checks ctx.go).
#define GoSP 0
#define GoFP 8
#define StackTop 24
#define ExitCode 40
#define MemBase 48
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

// The return address into runNative is at 0(SP): SP is the anchor.
// SPWRITE (writes SP) so tracebacks stop here instead of reading the
// native stack.
TEXT switchAndCall<>(SB), NOSPLIT|NOFRAME, $0
	MOVQ SP, GoSP(R15)
	MOVQ BP, GoFP(R15)
	MOVQ StackTop(R15), SP
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
// SIGURG (Go's preemption request) at a PC inside a code arena: if the
// ExecCtx in R15 has Preempt set, set InterruptYield in it (preempt.go);
// then chain to Go's handler in any case.
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
	RET               // to the restorer -> rt_sigreturn

urgours:
	MOVQ 96(DX), AX     // r15 = the ExecCtx
	CMPL Preempt(AX), $0
	JEQ  chain
	LOCK
	ORL  $InterruptYield, Interrupt(AX)

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
