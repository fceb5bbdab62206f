package abi

import "strconv"

// TrapCode identifies why execution trapped. Generated code passes it in a
// register to the trap stub and trap-site tables store it; the IR's trap
// instructions, the interpreter and the runtime's *trap.Trap use the same
// values. The zero value is not a trap.
type TrapCode uint32

// Trap codes. Never renumber them, only append (and bump Version).
const (
	TrapNone TrapCode = iota
	TrapOutOfBoundsMemoryAccess
	TrapCallStackExhausted
	TrapUnreachable
	TrapIntegerDivideByZero
	TrapIntegerOverflow
	TrapInvalidConversionToInteger
	TrapIndirectCallTypeMismatch
	TrapUninitializedElement
	TrapUndefinedElement
	TrapOutOfBoundsTableAccess
	TrapInterrupted
	TrapUnalignedAtomic
	TrapNullReference
	TrapNullFunctionReference
	TrapOutOfBoundsDataSegmentAccess
	TrapInternalFault // a fault in generated code that matches no known cause
	numTrapCodes
)

var trapInfo = [numTrapCodes]struct{ reason, name string }{
	TrapNone:                         {"no trap", "none"},
	TrapOutOfBoundsMemoryAccess:      {"out of bounds memory access", "oob_memory"},
	TrapCallStackExhausted:           {"call stack exhausted", "stack_exhausted"},
	TrapUnreachable:                  {"unreachable", "unreachable"},
	TrapIntegerDivideByZero:          {"integer divide by zero", "int_div_zero"},
	TrapIntegerOverflow:              {"integer overflow", "int_overflow"},
	TrapInvalidConversionToInteger:   {"invalid conversion to integer", "invalid_conversion"},
	TrapIndirectCallTypeMismatch:     {"indirect call type mismatch", "indirect_call_type"},
	TrapUninitializedElement:         {"uninitialized element", "null_element"},
	TrapUndefinedElement:             {"undefined element", "undefined_element"},
	TrapOutOfBoundsTableAccess:       {"out of bounds table access", "oob_table"},
	TrapInterrupted:                  {"interrupted", "interrupted"},
	TrapUnalignedAtomic:              {"unaligned atomic", "unaligned_atomic"},
	TrapNullReference:                {"null reference", "null_reference"},
	TrapNullFunctionReference:        {"null function reference", "null_func_reference"},
	TrapOutOfBoundsDataSegmentAccess: {"out of bounds memory access", "oob_data_segment"},
	TrapInternalFault:                {"unexpected fault in generated code", "internal_fault"},
}

// Valid reports whether c is a known trap code other than TrapNone.
func (c TrapCode) Valid() bool { return c > TrapNone && c < numTrapCodes }

// String returns the reason the WebAssembly specification test suite
// expects ("integer divide by zero").
func (c TrapCode) String() string {
	if c < numTrapCodes {
		return trapInfo[c].reason
	}
	return "trap code " + strconv.FormatUint(uint64(c), 10)
}

// Name returns a short identifier for c, used in the IR's text form
// ("int_div_zero").
func (c TrapCode) Name() string {
	if c < numTrapCodes {
		return trapInfo[c].name
	}
	return "trap" + strconv.FormatUint(uint64(c), 10)
}

// TrapCodeByName is the inverse of Name.
func TrapCodeByName(name string) (TrapCode, bool) {
	for c := range trapInfo {
		if trapInfo[c].name == name {
			return TrapCode(c), true
		}
	}
	return 0, false
}
