package backend_test

import (
	"context"
	"sync"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
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

// stageTexts compiles module b for this machine and returns each defined
// function's IR text after pass or step stage, by function index.
func stageTexts(t *testing.T, b []byte, stage string) map[uint32]string {
	t.Helper()
	m, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	texts := map[uint32]string{}
	_, err = backend.Compile(context.Background(), m, backend.Options{Target: backend.HostTarget(),
		DumpStages: map[string]bool{stage: true},
		Dump: func(_ string, idx uint32, text string) {
			mu.Lock()
			texts[idx] = text
			mu.Unlock()
		}})
	if err != nil {
		t.Fatal(err)
	}
	return texts
}
