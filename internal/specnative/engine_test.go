package specnative

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/spectest"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// TestSpecSuiteNative runs the non-SIMD scripts on native code and reports
// failures grouped by reason.
func TestSpecSuiteNative(t *testing.T) {
	dir, fromEnv := testpaths.SpecTest()
	files, err := spectest.Scripts([]string{dir})
	if err != nil {
		if fromEnv {
			t.Fatal(err)
		}
		t.Skipf("spec suite not found: %v", err)
	}
	var scripts []string
	for _, f := range files {
		if !strings.HasPrefix(filepath.Base(f), "simd_") {
			scripts = append(scripts, f)
		}
	}
	res, err := spectest.Run(scripts, spectest.Options{NewEngine: func() spectest.Engine {
		e, err := New()
		if err != nil {
			t.Fatal(err)
		}
		return e
	}})
	if err != nil {
		t.Fatal(err)
	}
	byScript := map[string]int{}
	for _, f := range res.Failures() {
		byScript[f.Script]++
	}
	var names []string
	for n := range byScript {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%s: %d failed", n, byScript[n])
	}
	for i, f := range res.Failures() {
		if i < 40 {
			t.Errorf("%s (%s): %s", f.Key(), f.Type, f.Reason)
		}
	}
	t.Logf("%d scripts: %v", len(res.Scripts), res.Total())
}
