package interp

import (
	"testing"

	"github.com/kilnwasm/kiln/internal/spectest"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// runSuite runs the spec scripts (SIMD included) on the interpreter, with
// or without the optimization pipeline, and fails on any failed command.
func runSuite(t *testing.T, optimize bool) {
	dir, fromEnv := testpaths.SpecTest()
	files, err := spectest.Scripts([]string{dir})
	if err != nil {
		if fromEnv {
			t.Fatal(err)
		}
		t.Skipf("spec suite not found: %v", err)
	}
	res, err := spectest.Run(files, spectest.Options{NewEngine: func() spectest.Engine { return NewEngine(optimize) }})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Failures() {
		t.Errorf("%s (%s): %s", f.Key(), f.Type, f.Reason)
	}
	t.Logf("%d scripts: %v", len(res.Scripts), res.Total())
}

func TestSpecSuiteUnoptimized(t *testing.T) { runSuite(t, false) }
func TestSpecSuiteOptimized(t *testing.T)   { runSuite(t, true) }
