// Package trap defines the error value returned when WebAssembly execution
// traps, and the trap codes shared by the runtime and the compiler backends.
//
// Trap codes are small integers so that generated code can pass them in a
// register (see runtime/native's register conventions) and trap-site tables
// can store them in a byte.
package trap

import (
	"fmt"
	"strconv"
	"strings"
)

// Code identifies why execution trapped. The zero value is not a valid trap.
type Code uint32

// Trap codes. Values are part of the contract with generated code: never
// renumber them, only append.
const (
	CodeNone                         Code = iota
	CodeOutOfBoundsMemoryAccess           // "out of bounds memory access"
	CodeCallStackExhausted                // "call stack exhausted"
	CodeUnreachable                       // "unreachable"
	CodeIntegerDivideByZero               // "integer divide by zero"
	CodeIntegerOverflow                   // "integer overflow"
	CodeInvalidConversionToInteger        // "invalid conversion to integer"
	CodeIndirectCallTypeMismatch          // "indirect call type mismatch"
	CodeUninitializedElement              // "uninitialized element"
	CodeUndefinedElement                  // "undefined element"
	CodeOutOfBoundsTableAccess            // "out of bounds table access"
	CodeInterrupted                       // "interrupted"
	CodeUnalignedAtomic                   // "unaligned atomic"
	CodeNullReference                     // "null reference"
	CodeNullFunctionReference             // "null function reference"
	CodeOutOfBoundsDataSegmentAccess      // "out of bounds memory access" (data segment)
	CodeInternalFault                     // a fault in generated code that matches no known cause
	codeMax
)

var reasons = [...]string{
	CodeNone:                         "no trap",
	CodeOutOfBoundsMemoryAccess:      "out of bounds memory access",
	CodeCallStackExhausted:           "call stack exhausted",
	CodeUnreachable:                  "unreachable",
	CodeIntegerDivideByZero:          "integer divide by zero",
	CodeIntegerOverflow:              "integer overflow",
	CodeInvalidConversionToInteger:   "invalid conversion to integer",
	CodeIndirectCallTypeMismatch:     "indirect call type mismatch",
	CodeUninitializedElement:         "uninitialized element",
	CodeUndefinedElement:             "undefined element",
	CodeOutOfBoundsTableAccess:       "out of bounds table access",
	CodeInterrupted:                  "interrupted",
	CodeUnalignedAtomic:              "unaligned atomic",
	CodeNullReference:                "null reference",
	CodeNullFunctionReference:        "null function reference",
	CodeOutOfBoundsDataSegmentAccess: "out of bounds memory access",
	CodeInternalFault:                "unexpected fault in generated code",
}

// Valid reports whether c is a known trap code other than CodeNone.
func (c Code) Valid() bool { return c > CodeNone && c < codeMax }

// String returns the reason string the WebAssembly specification test suite
// expects (for example "integer divide by zero").
func (c Code) String() string {
	if c < codeMax {
		return reasons[c]
	}
	return "trap code " + strconv.FormatUint(uint64(c), 10)
}

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
