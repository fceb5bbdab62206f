package amd64

import "testing"

// The register tables are written out by hand (static data, not built at
// init): they must agree with each other.
func TestRegTablesAgree(t *testing.T) {
	if RegInfo.NumRegs != NumRegs {
		t.Fatalf("RegInfo.NumRegs = %d, want %d", RegInfo.NumRegs, NumRegs)
	}
	if err := RegInfo.Check(callConv, X0, allRegs, calleeSaved, callClobbers); err != nil {
		t.Fatal(err)
	}
}
