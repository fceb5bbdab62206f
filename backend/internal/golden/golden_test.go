package golden

import (
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

func TestParseCase(t *testing.T) {
	c, err := ParseCase("x", `; a case
;! type 1 (i32, f64) -> (f64)
;! func 0 (i32) -> ()
;! func 3 (i32, f64) -> (f64)
;! features popcnt,sse4.1
func "x"() -> () {
b0:
    return
}`)
	if err != nil {
		t.Fatal(err)
	}
	sig := ir.Signature{Params: []ir.Type{ir.I32, ir.F64}, Results: []ir.Type{ir.F64}}
	if got := c.Env.FuncType(3); !sameSig(got, sig) {
		t.Errorf("func 3: %v", got)
	}
	if c.Env.FuncTypeIndex(3) != 1 {
		t.Errorf("func 3 has type %d, want the declared equal type 1", c.Env.FuncTypeIndex(3))
	}
	// Function 0's signature and the undeclared functions' () -> () get
	// types of their own, and the indices resolve back.
	for _, f := range []uint32{0, 2, 7} {
		if got, want := c.Env.Type(c.Env.FuncTypeIndex(f)), c.Env.FuncType(f); !sameSig(got, want) {
			t.Errorf("func %d: type %d is %v, want %v", f, c.Env.FuncTypeIndex(f), got, want)
		}
	}
	if !c.FeaturesGiven || c.Features != abi.FeatPOPCNT|abi.FeatSSE41 {
		t.Errorf("features %v (given %v)", c.Features, c.FeaturesGiven)
	}
	if _, err := c.Func(); err != nil {
		t.Error(err)
	}

	for _, bad := range []string{
		";! func",
		";! func 9 () -> ()",
		";! type 1 (i32) -> ()\n;! type 1 (i32) -> ()",
		";! type 1 (i33) -> ()",
		";! type 1 (i32)",
		";! features avx9",
		";! frobnicate",
		";!",
	} {
		if _, err := ParseCase("bad", bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestDiff(t *testing.T) {
	d := Diff("a\nb\nc\nd\n", "a\nb\nx\nd\ny\n")
	if !strings.Contains(d, "3 - c") || !strings.Contains(d, "3 + x") || !strings.Contains(d, "5 + y") || strings.Contains(d, "- d") {
		t.Errorf("diff:\n%s", d)
	}
}
