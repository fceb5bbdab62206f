package mach

import (
	"errors"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// ISA is what an instruction set contributes to the pipeline that package
// backend drives: its register file, per-function selection and
// encoding, and the pieces of a module that link its functions.
type ISA interface {
	Arch() abi.Arch
	RegInfo() *RegInfo
	// CallConv is the internal calling convention's register assignment.
	CallConv() *CallConv
	// NewFuncCompiler returns the state one worker uses to select and
	// encode functions one after another, using only CPU features in
	// allowed.
	NewFuncCompiler(allowed abi.Features) FuncCompiler
	// NewLinker returns what links a module's code.
	NewLinker(allowed abi.Features) Linker
}

// FuncCompiler selects and encodes functions for one ISA. The VCode that
// Select returns is valid until the next Select.
type FuncCompiler interface {
	// Select lowers f (prepared by lower.Steps) to VCode.
	Select(f *ir.Func, env *Env) (*Func, error)
	// Emit encodes the last selected function with its allocation.
	Emit(alloc *Allocation) (*FuncCode, error)
	// Format prints the last selected function, with its allocation
	// when alloc is not nil.
	Format(alloc *Allocation) string
	// Features returns the optional CPU features used by the code emitted
	// so far.
	Features() abi.Features
}

// Linker assembles the per-module code around the functions.
type Linker interface {
	// Thunk returns the code of thunk t (abi.Thunk*), which jumps to a
	// runtime stub, and the offset of the 8-byte stub address in it.
	Thunk(t int) (code []byte, addrOff uint32)
	// Shim returns the entry shim for a function of signature sig: it
	// loads the arguments from ExecCtx.Args, calls the function through
	// the PC-relative call at callOff, and stores the results back.
	Shim(sig ir.Signature) (code []byte, callOff uint32, err error)
	// HostThunk returns the code an import bound to a Go function runs:
	// a host exit with ExecCtx.HostIndex = hostIndex, through the call at
	// callOff (to the host-exit thunk).
	HostThunk(sig ir.Signature, hostIndex uint32) (code []byte, callOff uint32, err error)
	// PatchCall points the PC-relative call at site to target (both code
	// offsets).
	PatchCall(code []byte, site, target uint32) error
	// CallRange is the largest |target - site| (site as PatchCall takes
	// it) that a call reaches; the linker routes farther calls through a
	// veneer.
	CallRange() int64
	// Veneer returns a veneer placed at code offset at: code that jumps to
	// target from anywhere in the blob, position-independent (the blob is
	// loaded at a page-aligned address) and clobbering only a register
	// the calling convention leaves free at a call's entry, so that a
	// call may go through it. Its length does not depend on at or target.
	// An ISA that has none returns an error saying why the code is too
	// large.
	Veneer(at, target uint32) ([]byte, error)
	// Padding is the byte that fills the gaps between functions (a
	// trapping instruction where one byte is one).
	Padding() byte
}

// Env is what instruction selection needs to know about the module.
type Env struct {
	// FuncType returns the signature of function idx (imports included).
	// Its slices are shared: read-only.
	FuncType func(idx uint32) ir.Signature
	// Type returns the signature of type idx (call_indirect, call_ptr),
	// read-only as FuncType's.
	Type func(idx uint32) ir.Signature
	// FuncTypeIndex returns the type index of function idx.
	FuncTypeIndex func(idx uint32) uint32
	// TypeKey returns type idx's key (wasm.TypeKeys), which a packed
	// table element carries (abi.TableEntryPacked); set when
	// LocalFuncRefs.
	TypeKey          func(idx uint32) uint32
	NumImportedFuncs uint32
	Layout           *abi.Layout
	// FixedTableLen returns the length of table t if it can never change
	// (a defined table whose maximum is its minimum): its bounds check
	// needs no load, and its element array never moves. Nil: none is.
	FixedTableLen func(t uint32) (n uint32, ok bool)
	// PollFree reports whether defined function idx has no interruption
	// poll at its entry (NewEnv: a small body without loop or call,
	// decided on the Wasm body). Nil: every function has an entry poll.
	PollFree func(idx uint32) bool
}

// LocalFuncRefs reports that every function reference the module can hold
// is null or one of its instance's own functions (NewEnv: localFuncRefs),
// so that call_indirect calls code of the running instance and needs no
// switch of instance context. The layout says so (such a module's tables
// hold packed elements), so that the two cannot disagree.
func (e *Env) LocalFuncRefs() bool { return e.Layout.LocalFuncRefs }

// ErrUnsupported is wrapped by errors for what a backend cannot compile
// yet.
var ErrUnsupported = errors.New("not supported yet")
