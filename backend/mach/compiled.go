package mach

import "github.com/kilnwasm/kiln/internal/abi"

// Compiled is a module's machine code: everything instantiation needs
// besides the decoded module. Code is position-independent except for the
// load-time relocations, so a Compiled can be written to a file and loaded
// at another address in another process.
type Compiled struct {
	// ABIVersion is the abi.Version the code was generated for.
	ABIVersion uint32
	// Arch is the instruction set of Code; Features the optional CPU
	// features it relies on. The loader refuses code it cannot run.
	Arch     abi.Arch
	Features abi.Features
	Code     []byte
	Relocs   []LoadReloc
	// Funcs[i] is the code range of defined function i (function index
	// NumImportedFuncs+i), whose entry is Start.
	Funcs []FuncRange
	// TrapTable holds the trap sites by blob offset, sorted by Start,
	// encoded (TrapEncoder): only a trap or a backtrace needs them
	// (TrapSites decodes them). A loaded artifact's is its section.
	TrapTable []byte
	// Shims[f] is the offset of function f's entry shim (the code
	// native.Context.Call enters: arguments and results in uint64 slots),
	// for every function of the index space that the host may call.
	Shims map[uint32]uint32
	// HostThunks[i] is the offset of the code that calls imported function
	// i through a host exit, used when the import is bound to a Go function.
	HostThunks []uint32
	// Data lists the ranges of Code that are data (inline jump tables),
	// for disassemblers.
	Data   []Range
	Layout *abi.Layout
}

// FuncRange is a function's code range.
type FuncRange struct {
	Start, End uint32
	Index      uint32 // function index
	// WasmOffset is where the function's body starts in the module's
	// bytes: a trap site's Pos counts from it.
	WasmOffset uint32
}

// TrapSite is code that can trap, with its reason and Wasm position.
type TrapSite struct {
	Start, End uint32
	Code       abi.TrapCode
	Func       uint32 // function index
	Pos        int32  // Wasm body offset, -1 if unknown
}

// LoadReloc is a relocation applied when the code is loaded.
type LoadReloc struct {
	Offset uint32
	Kind   abi.LoadRelocKind
	Addend int64
}

// TrapSites decodes the trap sites.
func (c *Compiled) TrapSites() []TrapSite {
	return DecodeTraps(c.TrapTable, uint64(len(c.Code)))
}
