package spectest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

func TestSuite(t *testing.T) {
	dir, fromEnv := testpaths.SpecTest()
	if _, err := os.Stat(dir); err != nil {
		if fromEnv {
			t.Fatalf("KILN_SPECTEST=%s: %v", dir, err)
		}
		t.Skipf("spec test suite not found at %s (set KILN_SPECTEST): %v", dir, err)
	}
	files, err := Scripts([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	CheckExpectations(t, res, filepath.Join(testpaths.RepoRoot(), "testdata", "spectest", "known-failures-validate.txt"))
	tot := res.Total()
	t.Logf("%d scripts: %v", len(res.Scripts), tot)
	if len(res.Scripts) != 148 && !fromEnv {
		t.Errorf("found %d scripts, the 2.0 suite has 148", len(res.Scripts))
	}
	if tot.Passed == 0 {
		t.Error("no command passed")
	}
	for _, m := range res.Mismatches() {
		t.Logf("reason mismatch %s:%d: expected %q, got %q", m.Script, m.Line, m.Expected, m.Got)
	}
}
