package native

import (
	"unsafe"

	"github.com/kilnwasm/kiln/internal/abi"
)

// ExecCtx is the execution context shared between Go and generated code.
// Generated code holds its address in the pinned context register (amd64
// R15, arm64 X19) for its whole lifetime. It contains no Go pointers: it is
// a noscan heap object, native code writes it without write barriers, and
// heap objects never move. All addresses in it point to non-Go memory
// (native stack, linear memory, code arena) or to nothing.
//
// Generated code uses the field offsets in internal/abi (Exec*);
// TestExecCtxLayout checks them against this struct.
type ExecCtx struct {
	GoSP       uintptr   // anchor: Go SP to restore on every exit
	GoFP       uintptr   // anchor: Go frame pointer
	GoLR       uintptr   // anchor: Go link register (arm64)
	StackTop   uintptr   // SP the trampoline switches to (16-byte aligned)
	StackLimit uintptr   // what prologues compare SP - frame with: StackFloor, or ^0 while an interrupt is pending (abi.ExecStackFloor)
	ExitCode   uint64    // why native code returned to Go (Exit* constants)
	MemBase    uintptr   // base of linear memory 0 (loaded into the memory-base register on every entry/resume)
	MemSize    uint64    // accessible bytes of memory 0, for backends that bounds-check (kept by the instance layer)
	Args       uintptr   // params/results area of the current activation: uint64 slots on the native stack
	ResumeSP   uintptr   // host exit: native SP at the hostExit call (amd64: points at the continuation)
	ResumePC   uintptr   // host exit: continuation address (arm64; amd64 pops it from ResumeSP)
	ResumeFP   uintptr   // host exit: native frame pointer to restore on resume
	HostIndex  uint64    // host exit: index of the host function to call
	HostArgs   uintptr   // host exit: address of the host function's uint64 slots (params in, results out)
	HostSlots  uint64    // host exit: number of slots at HostArgs (max(params, results))
	TrapCode   uint64    // explicit trap: trap.Code (set by the trap stub from amd64 EAX / arm64 W0)
	TrapSig    uint64    // fault: signal number (0 for explicit traps)
	TrapAddr   uintptr   // fault: si_addr
	TrapPC     uintptr   // fault: faulting PC; explicit trap: return address of the stub call
	TrapSiCode uint64    // fault: si_code
	TrapSP     uintptr   // SP at the fault / at the stub call site
	TrapFP     uintptr   // frame pointer at the fault / stub call (backtrace start)
	Interrupt  uint32    // abi.Interrupt* bits: generated code calls RoutinePoll at its next poll
	Preempt    uint32    // nonzero: calls run without the syscall bracket, and SIGURG asks them to yield (preempt.go); the host-exit stub reads it
	VMCtx      uintptr   // opaque for the compiler (instance globals/tables block, non-Go memory)
	Scratch    [4]uint64 // free for generated code (e.g. spill of the caller's memory base across cross-instance calls)
	// Routines are the addresses of the routines generated code calls
	// directly (abi.Routine*: memmove, memfill; in the stub block), set
	// by NewContext and never changed.
	Routines   [abi.NumRoutines]uintptr
	StackFloor uintptr // lowest SP a prologue may allocate down to (explicit stack check)
}

// Exit codes stored in ExecCtx.ExitCode.
const (
	ExitReturn   = 0 // the entry function returned normally
	ExitFault    = 1 // a hardware fault in generated code was redirected to the fault stub
	ExitHostCall = 2 // generated code called the host-exit stub
	ExitTrap     = 3 // generated code called the trap stub (explicit trap)
	ExitYield    = 4 // a poll found a yield request (RoutinePoll): resume to continue

	// Set by hostCallback, never by generated code.
	exitResume    = 5 // the host function returned: runNative resumes the code
	exitHostError = 6 // the host function failed: run returns Context.hostErr
)

var _ [abi.ExecCtxSize]byte = [unsafe.Sizeof(ExecCtx{})]byte{}
