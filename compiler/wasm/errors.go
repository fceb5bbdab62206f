package wasm

import "fmt"

// ErrorKind separates the spec's two ways a module can be rejected.
type ErrorKind uint8

const (
	// Malformed: the bytes are not a module in the binary format.
	Malformed ErrorKind = iota + 1
	// Invalid: well-formed, but fails validation.
	Invalid
	// Limit: valid, but beyond one of Kiln's implementation limits.
	Limit
)

func (k ErrorKind) String() string {
	switch k {
	case Malformed:
		return "malformed"
	case Invalid:
		return "invalid"
	case Limit:
		return "unsupported"
	}
	return "error"
}

// Error is a decoding or validation failure. Reason uses the words of the
// specification's reference interpreter (for example "type mismatch" or
// "unexpected end"), so it can be compared with the test suite's
// expectations; Detail adds what a person needs to find the problem.
type Error struct {
	Kind   ErrorKind
	Reason string
	Detail string
	Offset int // byte offset in the module
	// Func is the function index (in the function index space) when the
	// error is inside a function body, else -1. Then InstrOffset is the
	// offset of the failing instruction from the start of the body.
	Func        int
	InstrOffset int
}

func (e *Error) Error() string {
	where := fmt.Sprintf("at offset 0x%x", e.Offset)
	if e.Func >= 0 {
		where = fmt.Sprintf("in function %d at offset 0x%x (+0x%x in body)", e.Func, e.Offset, e.InstrOffset)
	}
	msg := fmt.Sprintf("%s module %s: %s", e.Kind, where, e.Reason)
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// ReasonLimit is the Reason of errors of kind Limit.
const ReasonLimit = "implementation limit exceeded"

func limitError(off int, format string, args ...any) *Error {
	return &Error{Kind: Limit, Reason: ReasonLimit, Detail: fmt.Sprintf(format, args...), Offset: off, Func: -1}
}

func malformed(off int, reason string) *Error {
	return &Error{Kind: Malformed, Reason: reason, Offset: off, Func: -1}
}

// Reasons used by the decoder, in the reference interpreter's words.
const (
	errUnexpectedEnd   = "unexpected end"
	errUnexpectedEndSF = "unexpected end of section or function"
	errLenOutOfBounds  = "length out of bounds"
	errIntTooLong      = "integer representation too long"
	errIntTooLarge     = "integer too large"
	errUTF8            = "malformed UTF-8 encoding"
	errSectionSize     = "section size mismatch"
)
