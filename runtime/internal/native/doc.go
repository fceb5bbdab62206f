// Package native enters and leaves generated machine code: the execution
// context (ExecCtx), native stacks with guard pages, the Go-assembly entry
// and resume trampolines, the pure-Go signal handler that turns faults in
// generated code into traps, the shared exit stubs emitted into the code
// arena, and the Go driver loop (Context.Call) that dispatches returns,
// traps and host calls.
//
// This comment is the contract between the runtime and the compiler
// backends (amd64 and arm64). Offsets are the Off* constants in ctx.go.
//
// # Registers
//
//	                      amd64                  arm64
//	context (ExecCtx*)    R15  pinned            X19  pinned
//	memory 0 base         R14                    X20
//	never touch           FS base (TLS)          X18 (platform), X28 (g: even
//	                                             briefly -- the first signal
//	                                             kills the process)
//	assembler scratch     -                      X27 (REGTMP, golang-asm uses
//	                                             it for large offsets/imm),
//	                                             X26 free but clobbered by
//	                                             Go asm across the trampoline
//	frame pointer         RBP (keep a chain)     X29 (keep a chain)
//	free                  everything else        everything else (incl. V8-V15)
//
// The context register must hold the ExecCtx address at every instruction
// of generated code: the fault stub, the trap stub and the host-exit stub
// find the context through it. It is set by the trampoline on every entry
// and resume; generated code never changes it (except around calls into
// another instance, which must restore it before any possible fault).
//
// The memory-base register is loaded from ctx.MemBase by the trampoline on
// every entry, and on every resume after a host call or a yield from the
// running instance's VMCtx (VMCtxMemBase of ctx.VMCtx; ctx.MemBase if
// VMCtx is 0): code called in another instance switches ctx.VMCtx, not
// ctx.MemBase. The base of a 32-bit memory never moves (memory.grow
// changes protections only), so it is constant for the whole activation. Address computation must zero-extend
// the 32-bit index (amd64: any 32-bit op; arm64: [x20, wN, uxtw]) and add
// the static offset as a 64-bit value; base + u32 + u32 (+ access size)
// always stays inside the 8 GiB + 64 KiB reservation, so no bounds checks
// are needed.
//
// Go's ABI has no callee-saved registers: generated code may clobber all
// other general-purpose and vector registers, including amd64 R14 (Go's g
// register: the compiler reloads it from TLS after the ABI0 trampoline
// returns, and Go's signal handler reloads it too) and X15.
//
// Machine state: DF = 0 (never use STD without CLD; the fault stub executes
// CLD because rt_sigreturn restores the faulting EFLAGS), MXCSR / FPCR at
// their defaults (round-to-nearest, no FZ/DAZ; restore them if changed),
// VZEROUPPER before calling a stub or returning if 256-bit AVX registers
// were used, never leave arm64 SME streaming mode on.
//
// # Stack
//
// Each Context owns a native stack (Config.StackSize, default 1 MiB) with
// a PROT_NONE guard (Config.GuardSize, default 64 KiB) below it. The
// trampoline switches SP to ctx.StackTop (16-byte aligned) and calls the
// entry function, so at entry SP+8 (amd64) / SP (arm64) is 16-byte aligned,
// exactly as after a normal call. Keep SP 16-byte aligned at calls (arm64
// faults on misaligned SP use).
//
// Prologues check the stack explicitly: if SP - frameSize < ctx.StackLimit,
// raise trap.CodeCallStackExhausted through the trap stub. StackLimit leaves
// StackReserve (1 KiB) above the guard for the stubs. Frames larger than the
// guard must also probe. The guard page is the backstop: a fault whose
// address lies in the guard is reported as "call stack exhausted" too.
//
// Frames: amd64 PUSH RBP; MOV RSP, RBP; arm64 STP x29, x30, [sp, #-N]!;
// MOV x29, sp -- i.e. [fp] = caller's fp, [fp+8] = return address. The
// runtime walks this chain from the faulting frame pointer to produce
// trap.Trap.Frames (function indices via the blob's function table) and
// FrameOffsets (the Wasm position of each return address's call, from the
// call sites the backends record among the trap sites, code TrapNone). A
// function that traps before its frame is set up shows its caller's chain
// (its caller is then missing from Frames).
//
// # Entry functions and arguments
//
// Context.Call(entry, stack) copies stack (uint64 slots: i32/i64 as
// integers, f32/f64 as their IEEE bits, v128 as two slots, low half
// first) to an area on the native stack just above StackTop and sets
// ctx.Args to its address. The entry function (per-signature shim emitted
// by the compiler) loads the parameters from their slots at ctx.Args
// (wasm.Slots gives their count), calls the real function with the
// backend's internal convention, stores the results to their slots and
// returns with a plain RET. No result registers are used by the trampoline.
//
// # What the trampoline saves
//
// runNative (asm_*.s) and callTop (for the common top-level call) both
// save the Go "anchor" in ctx: SP, frame pointer and (arm64) LR at their
// call into the NOFRAME helper that switches stacks.
// Every way out of native code reloads the anchor and returns there: a
// normal RET from the entry function (through the helper's epilogue,
// ExitCode = ExitReturn), the fault stub (ExitFault), the trap stub
// (ExitTrap) and the host-exit stub (ExitHostCall; it jumps rather than
// returns when Preempt is set, see Host calls). Nothing of the Go side is
// stored on the native stack, so a resume may re-anchor on a moved
// goroutine stack. Calls are bracketed by
// runtime.entersyscall/exitsyscall (linkname): while native code runs the
// goroutine is in _Gsyscall, so GC and stop-the-world never wait for it.
// A Context with Preempt set (SetPreempt) skips the bracket, which costs
// as much as the rest of a call, and yields when Go's preemption signal
// asks it to; after a yield it runs on bracketed until its next exit
// (preempt.go).
//
// # Traps
//
// Hardware faults (out-of-bounds access hitting PROT_NONE pages, stack guard
// hits, amd64 ud2 -> SIGILL, amd64 idiv -> SIGFPE, arm64 udf -> SIGILL) are
// handled by the SIGSEGV/SIGBUS/SIGILL/SIGFPE handler: when si_code > 0 and
// the PC lies in a code arena (codemem.RangeTable) but not in the stubs, it
// rewrites the ucontext so that rt_sigreturn continues at the fault stub
// (amd64: RDI=signo RSI=addr RDX=pc RCX=si_code R8=sp R9=rbp; arm64: x0..x5
// likewise), which stores them into ctx and exits. Everything else is passed
// to Go's handler untouched. Classification (Context.faultTrap): fault
// address in the stack guard -> "call stack exhausted"; in the memory
// reservation set by SetMemory -> "out of bounds memory access"; otherwise
// the trap site registered for the PC in codemem (TrapSite) decides; SIGILL
// without a site -> "unreachable"; SIGFPE -> "integer divide by zero"
// (FPE_INTOVF -> "integer overflow"; x86 idiv raises FPE_INTDIV for
// INT_MIN/-1 too, so the compiler checks -1 explicitly).
//
// Explicit traps: load the trap.Code into EAX (amd64) / W0 (arm64) and call
// Stubs.Trap (CALL / BL or BLR). The stub records the return address, SP
// and frame pointer and exits with ExitTrap; the runtime looks up the trap
// site and function at returnAddress-1. This costs about 0.1 us per trap
// against 2-9 us for a signal round trip, so prefer the stub for anything
// that can happen often (and for arm64, whose division never traps). ud2 /
// udf at recorded trap sites is the compact alternative (2/4 bytes).
//
// Every trap-able instruction should have a codemem.TrapSite [start, end)
// (native offsets; for stub calls the range must include the call
// instruction) with the trap code, function index and WebAssembly offset,
// and every function a codemem.Func range; trap.Trap then carries Func and
// the Wasm Offset (else the native offset from the function start).
//
// # Interruption
//
// ctx.Interrupt (uint32 at abi.ExecInterrupt) gets abi.InterruptStop when
// another goroutine calls Context.Interrupt or the context.Context passed
// to CallContext is done, and abi.InterruptYield when the signal handler
// sees Go's preemption signal in a call running without the syscall
// bracket. Generated code polls it at function entries (not in loops):
// amd64 "cmp dword [r15+176], 0; jne site", arm64 "ldr w17,
// [x19, #176]; cbnz w17, site", where the out-of-line site calls
// abi.RoutinePoll (amd64 "call [r15+240]", arm64 "ldr x16, [x19, #240];
// blr x16") and jumps back behind the poll. The routine raises
// trap.CodeInterrupted at its return address (the site carries the trap
// site) if any bit but InterruptYield is set; otherwise it saves every
// register, exits with ExitYield, and returns once the driver resumes it.
// A function with a stack check polls at its entry through that check:
// whoever sets a bit in ctx.Interrupt then stores ^0 in ctx.StackLimit,
// whoever clears bits restores ctx.StackFloor there (restoreStackLimit),
// and the check's slow path polls (abi.ExecStackFloor).
//
// Loops do not poll: the signal handler
// stops or suspends the code at any instruction instead. A stop request
// comes with SIGURG sent to the process's threads (interrupt.go), and the
// handler redirects the code it finds as for a fault (trap "interrupted"
// at that PC); Go's preemption signal makes it push the PC and resume at
// Stubs.AsyncYield, which saves the flags and the registers the poll
// routine does not, yields through the poll routine's path and returns to
// the PC. So generated code must be resumable after any instruction: no
// data below SP, R15 the ExecCtx throughout.
//
// # Host calls
//
// To call host function N: store N into ctx.HostIndex, the address of a
// uint64 slot area (parameters in, results out; max(params, results)
// slots; on the native stack, pointer-free) into ctx.HostArgs and the slot
// count into ctx.HostSlots, then call Stubs.HostExit (CALL / BL or BLR).
// The stub saves SP, frame pointer and (arm64) the return address in ctx
// and exits with ExitHostCall; the runtime runs Context.Host[N] on the
// goroutine stack as ordinary Go (it may allocate, block, run GC, grow the
// goroutine stack, call back into the same Context), then resumes at the
// continuation with SP and frame pointer restored and the context and
// memory-base registers reloaded. Without the syscall bracket (Preempt)
// runNative (or callTop) itself calls the host function and resumes the
// continuation with a RET, so that the processor's return predictions stay
// paired with the calls on the native stack (the stub leaves by a jump,
// which pops none); with the bracket the exit returns to Go
// (Context.exits), which calls it after exitsyscall. All other registers
// are clobbered: spill live values to the native stack before the call. A
// nested Call starts its activation below the suspended frames and
// restores the suspended activation's ctx fields afterwards. A host
// function returning an error or panicking aborts the whole call; its
// native frames are simply abandoned.
//
// # Routines
//
// memmove and memfill (abi.RoutineMemMove, abi.RoutineMemFill) are
// routines in the stub block that generated code calls directly, without
// a host exit: NewContext stores their addresses in ExecCtx.Routines
// (abi.ExecRoutines + 8*r), and a call is amd64 "CALL [R15 + off]", arm64
// "LDR X16, [X19, #off]; BLR X16". memmove: amd64 RDI = dst, RSI = src,
// RCX = n; arm64 X0, X1, X2; the ranges may overlap either way. memfill:
// amd64 RDI = dst, AL = the byte, RCX = n; arm64 X0, W1, X2. Addresses
// are absolute, n is 64-bit. They clobber amd64 RAX, RCX, RDX, RSI, RDI,
// R11, X6, X7, X15 (memfill: RAX, RCX, RDI, R11, X15), arm64 X0-X3, X16, X17,
// V31, and the flags; everything else, the stack above their return
// address included, is preserved (TestRoutineRegisters checks the code,
// TestMemRoutines the registers at run time). They return normally and
// never trap: the caller checks that [dst, dst+n) and [src, src+n) lie in
// accessible memory, and they touch no byte outside those ranges. A fault
// in them is a bug; like any fault in the stub block it is not redirected
// and crashes the process.
//
// # Reaching the stubs
//
// The stubs live in the first code arena. Code in the same arena may use
// rel32 CALL (amd64, arena <= 2 GiB) or BL (arm64, within 128 MiB);
// otherwise materialize the address (amd64 MOVQ $addr, R11; CALL R11, arm64
// MOVD $addr, R9; BLR R9), as the tests do.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package native
