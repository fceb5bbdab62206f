package backend_test

import (
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/difffuzz"
)

// checkAgainstInterp runs module b natively on this machine, optimized
// and not, against the unoptimized IR interpreter, and fails t on any
// difference or if fewer than minCalls calls ran (a module that does not
// test what it should).
func checkAgainstInterp(t *testing.T, b []byte, minCalls int) {
	t.Helper()
	for _, optNone := range []bool{false, true} {
		o := difffuzz.Options{Exact: true, OptNone: optNone, Target: backend.Target{Arch: abi.HostArch(), Features: abi.HostFeatures(abi.HostArch())}}
		r := difffuzz.Check(b, o)
		if r.Status != difffuzz.OK {
			t.Fatalf("opt none %v: %v: %s", optNone, r.Status, r.Detail)
		}
		if r.Calls < minCalls {
			t.Errorf("%d calls, fewer than %d: the module does not test what it should", r.Calls, minCalls)
		}
	}
}
