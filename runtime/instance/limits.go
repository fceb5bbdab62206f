package instance

import (
	"errors"
	"fmt"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/internal/native"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// Implementation limits and the defaults of Limits.
const (
	// MaxTableElements is the largest size a table may have (declared or
	// grown), whatever the limits say: the WebAssembly JS API's
	// implementation limit, shared by browsers, wasmtime and wazero.
	MaxTableElements = 10_000_000
	// DefaultTableElements is the default limit on a table's size.
	DefaultTableElements = MaxTableElements
	// DefaultMemoryPages is the default, and largest, limit on a linear
	// memory's size, in 64 KiB pages: 65535 pages, one short of the 32-bit
	// maximum (abi.MaxMemoryPages: generated code relies on the last 64
	// KiB of the 32-bit space being out of bounds), i.e. no limit beyond
	// the module's own.
	DefaultMemoryPages = abi.MaxMemoryPages
	// DefaultCallDepth is the default limit on the number of WebAssembly
	// activations nested through host functions (host -> Wasm -> host ->
	// Wasm ...) on one goroutine.
	DefaultCallDepth = 1000
	// DefaultStackSize is the default size of the native stack that calls
	// into an instance run on (1 MiB).
	DefaultStackSize = native.DefaultStackSize
)

// Limits bounds what an instance may allocate and how deeply calls into
// it may nest. They are checked before anything is allocated: a module
// whose declared minimum exceeds a limit fails to instantiate with a
// *LimitError, memory.grow and table.grow beyond a limit return -1 (as the
// specification allows), and a nested call beyond CallDepth traps with
// "call stack exhausted". Zero fields take the defaults.
type Limits struct {
	// MemoryPages caps the size of the linear memory the instance
	// defines, in 64 KiB pages (DefaultMemoryPages, also the largest
	// value: 4 GiB less one page). An imported
	// memory keeps the limit of the instance or host that created it.
	MemoryPages uint32
	// TableElements caps the size of each table the instance defines
	// (DefaultTableElements; values above MaxTableElements are lowered to
	// it). An imported table keeps its creator's limit.
	TableElements uint32
	// CallDepth caps the WebAssembly activations nested through host
	// functions on one goroutine (DefaultCallDepth). Nested activations
	// share the native stack of the outermost call (StackSize), so deep
	// WebAssembly recursion traps "call stack exhausted" first anyway.
	CallDepth int
	// StackSize is the size in bytes of the native stack a call from the
	// host into the instance runs on (DefaultStackSize; rounded up to
	// whole pages): WebAssembly recursion deeper than it allows traps
	// "call stack exhausted". A call that a host function makes back into
	// WebAssembly runs on the stack of the call in progress, whatever the
	// limits of the instance it calls.
	StackSize int
	// Instances, if positive, refuses the instantiation when that many
	// instances are already alive in the process.
	Instances int
}

// withDefaults fills zero fields and clamps to the implementation limits.
func (l Limits) withDefaults() Limits {
	if l.MemoryPages == 0 || l.MemoryPages > DefaultMemoryPages {
		l.MemoryPages = DefaultMemoryPages
	}
	if l.TableElements == 0 || l.TableElements > MaxTableElements {
		l.TableElements = DefaultTableElements
	}
	if l.CallDepth <= 0 {
		l.CallDepth = DefaultCallDepth
	}
	if l.StackSize <= 0 {
		l.StackSize = DefaultStackSize
	}
	return l
}

// HostPanicError is returned by a call during which a host function
// panicked; the panic was recovered and the instance stays usable.
type HostPanicError = native.HostPanicError

// LimitError is returned by Instantiate when the module asks for more than
// the limits allow.
type LimitError struct {
	What  string // "memory 0", "table 1", "instances"
	Need  uint64 // the declared minimum size (or the live instances)
	Limit uint64
	Unit  string // "pages", "elements", "live instances"
}

func (e *LimitError) Error() string {
	if e.What == "instances" {
		return fmt.Sprintf("instance limit reached: %d %s, the limit is %d", e.Need, e.Unit, e.Limit)
	}
	return fmt.Sprintf("%s declares %d %s, more than the limit of %d", e.What, e.Need, e.Unit, e.Limit)
}

// SegmentError is returned by Instantiate when an active element or data
// segment does not fit its table or memory: the instance is not created.
// The specification calls this a trap, so it wraps one (out of bounds
// table or memory access) for errors.As and errors.Is; but no code of the
// module ran, so it is best reported as a failed instantiation.
type SegmentError struct {
	Data   bool   // a data segment (else an element segment)
	Index  uint32 // the segment's index
	Target uint32 // the memory or table index
	Offset uint64 // where the segment starts, in bytes or elements
	Len    uint64 // its length
	Size   uint64 // the memory's size in bytes, or the table's in elements
	Trap   *trap.Trap
}

func (e *SegmentError) Error() string {
	kind, target, unit := "element", "table", "elements"
	if e.Data {
		kind, target, unit = "data", "memory", "bytes"
	}
	return fmt.Sprintf("%s segment %d does not fit %s %d: %d %s at offset %d, and the %s holds %d",
		kind, e.Index, target, e.Target, e.Len, unit, e.Offset, target, e.Size)
}

func (e *SegmentError) Unwrap() error { return e.Trap }

// ErrClosed is returned (wrapped) by every operation on a closed instance
// or module, or on a handle (function, memory, global, table) of one:
// errors.Is(err, ErrClosed).
var ErrClosed = errors.New("use of a closed instance or module")

type closedError string

func (e closedError) Error() string        { return string(e) + " is closed" }
func (e closedError) Is(target error) bool { return target == ErrClosed }

var (
	errInstanceClosed error = closedError("instance")
	errModuleClosed   error = closedError("module")
	errMemoryClosed   error = closedError("memory (its instance)")
	errTableClosed    error = closedError("table (its instance)")
)

// ErrOutOfBounds is returned by Memory.Read and Memory.Write for a range
// outside the memory.
var ErrOutOfBounds = errors.New("memory access out of bounds")
