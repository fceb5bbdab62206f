package trap

import (
	"errors"
	"fmt"
	"testing"
)

func TestReasons(t *testing.T) {
	want := map[Code]string{
		CodeOutOfBoundsMemoryAccess:    "out of bounds memory access",
		CodeCallStackExhausted:         "call stack exhausted",
		CodeUnreachable:                "unreachable",
		CodeIntegerDivideByZero:        "integer divide by zero",
		CodeIntegerOverflow:            "integer overflow",
		CodeInvalidConversionToInteger: "invalid conversion to integer",
		CodeIndirectCallTypeMismatch:   "indirect call type mismatch",
		CodeUninitializedElement:       "uninitialized element",
		CodeUndefinedElement:           "undefined element",
		CodeOutOfBoundsTableAccess:     "out of bounds table access",
		CodeInterrupted:                "interrupted",
	}
	for c, s := range want {
		if c.String() != s || !c.Valid() {
			t.Errorf("%d: %q", c, c.String())
		}
	}
	if CodeNone.Valid() || (CodeInternalFault + 1).Valid() {
		t.Error("validity")
	}
	for c := CodeNone; c < (CodeInternalFault + 1); c++ {
		if c.String() == "" {
			t.Errorf("code %d has no reason", c)
		}
	}
}

func TestError(t *testing.T) {
	tr := &Trap{Code: CodeUnreachable, Func: 3, Offset: 0x10}
	if got := tr.Error(); got != "unreachable (func 3 offset 0x10)" {
		t.Fatal(got)
	}
	err := fmt.Errorf("wrapped: %w", tr)
	if !errors.Is(err, New(CodeUnreachable)) || errors.Is(err, New(CodeInterrupted)) {
		t.Fatal("errors.Is")
	}
	var tt *Trap
	if !errors.As(err, &tt) || tt.Func != 3 {
		t.Fatal("errors.As")
	}
	if New(CodeInterrupted).Error() != "interrupted" {
		t.Fatal(New(CodeInterrupted).Error())
	}
}
