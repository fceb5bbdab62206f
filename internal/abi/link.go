package abi

import "strconv"

// Builtins are runtime services generated code reaches through a host exit
// with ExecCtx.HostIndex set to the builtin's number. Imported function i
// bound to a Go function is host index HostImportBase + i.
// (memory.copy and memory.fill are not builtins: they call the routines
// below.)
const (
	BuiltinMemoryGrow = iota
	BuiltinMemoryInit
	BuiltinDataDrop
	BuiltinTableGrow
	BuiltinTableFill
	BuiltinTableCopy
	BuiltinTableInit
	BuiltinElemDrop
	NumBuiltins

	HostImportBase = NumBuiltins
)

// Runtime stubs: code in the runtime that a module's thunks jump to; their
// addresses are patched into the module's code at load time.
const (
	StubTrap     = iota // explicit trap: code in the first argument register
	StubHostExit        // host exit: ExecCtx.HostIndex/HostArgs/HostSlots set
	NumStubs
)

// Routines: runtime code that generated code calls directly, without
// leaving native code and without a thunk or relocation: the runtime
// stores their addresses in every execution context (routine r at
// ExecRoutines + 8*r), and a call site is amd64 "CALL [R15 + off]", arm64
// "LDR X16, [X19, #off]; BLR X16". Each takes its operands in fixed
// registers, clobbers a fixed set (below and backend/ABI.md), uses no
// stack beyond its return address, and returns normally: it never traps
// and never faults, since the caller has checked that every byte it
// touches is inside accessible memory.
const (
	// RoutineMemMove copies n bytes from src to dst; the ranges may
	// overlap either way (memmove). amd64: RDI = dst, RSI = src, RCX = n;
	// clobbers RAX, RCX, RDX, RSI, RDI, R11, X6, X7, X15 (all of YMM6,
	// YMM7 and YMM15, and of ZMM6, ZMM7 and ZMM15 where the CPU has them)
	// and the flags. arm64:
	// X0 = dst, X1 = src, X2 = n; clobbers X0-X3, X16, X17, V31 and the
	// flags. Addresses are absolute, n a 64-bit count.
	RoutineMemMove = iota
	// RoutineMemFill sets n bytes at dst to the low byte of val (memset).
	// amd64: RDI = dst, RAX = val, RCX = n; clobbers RAX, RCX, RDI, R11,
	// X15 and the flags. arm64: X0 = dst, X1 = val, X2 = n; clobbers
	// X0-X3 and the flags.
	RoutineMemFill
	// RoutinePoll is called by an interruption poll that found
	// ExecCtx.Interrupt nonzero, from an out-of-line call site covered by
	// a trap site (TrapInterrupted) whose code jumps back behind the poll
	// after the call. With a bit other than InterruptYield set it raises
	// TrapInterrupted at its return address, like the trap stub; with
	// InterruptYield alone it suspends to the host (which lets the Go
	// scheduler and garbage collector run) and returns with every
	// register preserved: it clobbers nothing but amd64 R11 and X15,
	// arm64 X16, X17 and X30, and the flags.
	RoutinePoll
	NumRoutines
)

var routineNames = [NumRoutines]string{RoutineMemMove: "memmove", RoutineMemFill: "memfill", RoutinePoll: "poll"}

// RoutineName returns routine r's name ("memmove"), for printed code.
func RoutineName(r int64) string {
	if r >= 0 && r < NumRoutines {
		return routineNames[r]
	}
	return "routine" + strconv.FormatInt(r, 10)
}

// Thunks: per-module code that jumps to a runtime stub, so that calls to
// the runtime are PC-relative within the module's code.
const (
	ThunkTrap = iota
	ThunkHostExit
	NumThunks
)

// ThunkStub is the stub each thunk jumps to.
var ThunkStub = [NumThunks]int{ThunkTrap: StubTrap, ThunkHostExit: StubHostExit}

// RelocKind says how the linker patches a function's code.
type RelocKind uint8

const (
	// RelocCallFunc: a PC-relative call to the entry of defined function
	// Target (amd64 rel32, arm64 imm26).
	RelocCallFunc RelocKind = iota
	// RelocCallThunk: a PC-relative call to the module's thunk Target.
	RelocCallThunk
)

// LoadRelocKind says how the loader patches a module's code.
type LoadRelocKind uint8

// Code is position independent (jump tables hold distances, calls are
// PC-relative): the only load-time patches are the runtime stubs'
// addresses in the thunks, so that loading an artifact touches few pages.
const (
	// RelocStubAbs64: 8 bytes at Offset = address of runtime stub Addend.
	RelocStubAbs64 LoadRelocKind = iota
)
