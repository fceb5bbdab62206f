package arm64

import "testing"

// The register sets are constants (not built at init): they must agree
// with the tables built at the first use.
func TestRegTablesAgree(t *testing.T) {
	ri := regInfo()
	if ri.NumRegs != NumRegs {
		t.Fatalf("regInfo().NumRegs = %d, want %d", ri.NumRegs, NumRegs)
	}
	if err := ri.Check(callConv(), V0, allRegs, calleeSaved, callClobbers); err != nil {
		t.Fatal(err)
	}
}
