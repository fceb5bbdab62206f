// Package trap defines the error value returned when WebAssembly execution
// traps, and names the trap codes for embedders.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package trap

import (
	"fmt"
	"strings"

	"github.com/kilnwasm/kiln/internal/abi"
)

// Code identifies why execution trapped: the one trap-code enum of the
// compiler, the backends, the interpreter and the runtime, defined with the
// rest of the code-generation contract in internal/abi. The constants below
// name it for embedders, who cannot import that package.
type Code = abi.TrapCode

// Trap codes (see abi.TrapCode).
const (
	CodeNone                         = abi.TrapNone
	CodeOutOfBoundsMemoryAccess      = abi.TrapOutOfBoundsMemoryAccess
	CodeCallStackExhausted           = abi.TrapCallStackExhausted
	CodeUnreachable                  = abi.TrapUnreachable
	CodeIntegerDivideByZero          = abi.TrapIntegerDivideByZero
	CodeIntegerOverflow              = abi.TrapIntegerOverflow
	CodeInvalidConversionToInteger   = abi.TrapInvalidConversionToInteger
	CodeIndirectCallTypeMismatch     = abi.TrapIndirectCallTypeMismatch
	CodeUninitializedElement         = abi.TrapUninitializedElement
	CodeUndefinedElement             = abi.TrapUndefinedElement
	CodeOutOfBoundsTableAccess       = abi.TrapOutOfBoundsTableAccess
	CodeInterrupted                  = abi.TrapInterrupted
	CodeUnalignedAtomic              = abi.TrapUnalignedAtomic
	CodeNullReference                = abi.TrapNullReference
	CodeNullFunctionReference        = abi.TrapNullFunctionReference
	CodeOutOfBoundsDataSegmentAccess = abi.TrapOutOfBoundsDataSegmentAccess
	CodeInternalFault                = abi.TrapInternalFault
)

// NoFunc is the value of Trap.Func when the function is unknown.
const NoFunc = -1

// Trap is the error returned when WebAssembly execution traps. It is a plain
// value: the runtime fills it from the execution context after the trap exit.
type Trap struct {
	Code Code
	// Func is the index of the WebAssembly function (in the module's function
	// index space) that trapped, or NoFunc if unknown.
	Func int32
	// Offset is the WebAssembly code offset of the trapping instruction when
	// the compiler recorded a trap site for it, else the machine-code offset
	// from the start of the function (see NativeOffset).
	Offset uint32
	// NativeOffset reports that Offset is a machine-code offset.
	NativeOffset bool
	// PC is the faulting machine-code address, Addr the faulting data address
	// for memory faults (0 otherwise), Signal the signal number (0 for traps
	// raised explicitly by generated code).
	PC     uintptr
	Addr   uintptr
	Signal int32
	// Frames lists the WebAssembly function indices of the active frames,
	// innermost first (Frames[0] == Func), when a backtrace could be captured.
	Frames []int32
	// FrameOffsets[i], for i ≥ 1, is the Wasm body offset (as Offset) of
	// the call that frame i is making, -1 where unknown. FrameOffsets[0]
	// is unused (see Offset).
	FrameOffsets []int32
}

// New returns a trap with the given code and no location.
func New(c Code) *Trap { return &Trap{Code: c, Func: NoFunc} }

// Error implements error. The message starts with the spec reason string.
func (t *Trap) Error() string {
	var b strings.Builder
	b.WriteString(t.Code.String())
	if t.Func != NoFunc {
		fmt.Fprintf(&b, " (func %d", t.Func)
		if t.NativeOffset {
			fmt.Fprintf(&b, " native+%#x)", t.Offset)
		} else {
			fmt.Fprintf(&b, " offset %#x)", t.Offset)
		}
	}
	return b.String()
}

// Reason returns the spec reason string, without location.
func (t *Trap) Reason() string { return t.Code.String() }

// Is reports whether target is a *Trap with the same code, so that
// errors.Is(err, trap.New(trap.CodeUnreachable)) works.
func (t *Trap) Is(target error) bool {
	o, ok := target.(*Trap)
	return ok && o.Code == t.Code
}
