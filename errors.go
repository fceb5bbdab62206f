package kiln

import (
	"errors"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
)

// ErrInvalid is wrapped by the errors of Compile for a module that is not
// valid WebAssembly: malformed bytes or a failed validation
// (errors.Is(err, kiln.ErrInvalid)).
var ErrInvalid = errors.New("invalid module")

// CompileError is the error of Compile for a module it cannot compile.
// errors.Is tells why: ErrInvalid (not a valid module), ErrUnsupported
// (something Kiln cannot compile yet, or an implementation limit), or
// neither (a limit set with WithMaxFunctionBytes, or an internal compiler
// error, which is a bug worth reporting).
type CompileError struct {
	// Func is the index of the function (in the function index space,
	// imports first) the error is in, or -1.
	Func int
	// Offset is the byte offset in the module, or -1 if unknown.
	Offset int
	Err    error
}

// Error returns the underlying error's message (it names the function
// and the offset).
func (e *CompileError) Error() string { return e.Err.Error() }

// Unwrap returns the underlying error.
func (e *CompileError) Unwrap() error { return e.Err }

// Is reports whether the error is of the class target names (ErrInvalid,
// ErrUnsupported).
func (e *CompileError) Is(target error) bool {
	var we *wasm.Error
	if !errors.As(e.Err, &we) {
		return false
	}
	switch target {
	case ErrInvalid:
		return we.Kind == wasm.Malformed || we.Kind == wasm.Invalid
	case ErrUnsupported:
		return we.Kind == wasm.Limit
	}
	return false
}

// compileError classifies an error of decoding, validation or the
// backend; other errors (the context's) pass through.
func compileError(err error) error {
	var we *wasm.Error
	var fe *backend.FuncError
	switch {
	case errors.As(err, &we):
		return &CompileError{Func: we.Func, Offset: we.Offset, Err: err}
	case errors.As(err, &fe):
		return &CompileError{Func: int(fe.Func), Offset: -1, Err: err}
	}
	return err
}

// LinkError is the error of Instantiate for an import that is missing or
// has another type than the module expects.
type LinkError = instance.LinkError

// SegmentError is the error of Instantiate for an active data or element
// segment that does not fit its memory or table: no code of the module
// ran. It wraps the *Trap the specification calls it.
type SegmentError = instance.SegmentError

// ExitError is the error of a call during which the guest exited
// (WASI proc_exit): Code is its exit status. A command module that ends
// with proc_exit(0) returns an *ExitError with Code 0.
type ExitError = wasi.ExitError

// HostPanicError is the error of a call during which a host function
// panicked: the panic is recovered, the guest unwound, and the call
// returns this error with the panic's value and stack.
type HostPanicError = instance.HostPanicError

// TrapCode says why a call trapped (Trap.Code); its String is the
// specification's wording ("integer divide by zero").
type TrapCode = trap.Code

// The trap codes.
const (
	TrapOutOfBoundsMemoryAccess    = trap.CodeOutOfBoundsMemoryAccess
	TrapCallStackExhausted         = trap.CodeCallStackExhausted
	TrapUnreachable                = trap.CodeUnreachable
	TrapIntegerDivideByZero        = trap.CodeIntegerDivideByZero
	TrapIntegerOverflow            = trap.CodeIntegerOverflow
	TrapInvalidConversionToInteger = trap.CodeInvalidConversionToInteger
	TrapIndirectCallTypeMismatch   = trap.CodeIndirectCallTypeMismatch
	TrapUninitializedElement       = trap.CodeUninitializedElement
	TrapUndefinedElement           = trap.CodeUndefinedElement
	TrapOutOfBoundsTableAccess     = trap.CodeOutOfBoundsTableAccess
	// TrapInterrupted: the call's context was done (cancelled or past its
	// deadline), or the instance was closed, while the guest ran.
	TrapInterrupted   = trap.CodeInterrupted
	TrapNullReference = trap.CodeNullReference
	TrapInternalFault = trap.CodeInternalFault
)
