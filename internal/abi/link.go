package abi

// Builtins are runtime services generated code reaches through a host exit
// with ExecCtx.HostIndex set to the builtin's number. Imported function i
// bound to a Go function is host index HostImportBase + i.
const (
	BuiltinMemoryGrow = iota
	BuiltinMemoryCopy
	BuiltinMemoryFill
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
