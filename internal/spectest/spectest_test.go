package spectest

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

// knownFailures reads testdata/spectest/known-failures.txt.
func knownFailures(t *testing.T) map[string]bool {
	f, err := os.Open(filepath.Join(testpaths.RepoRoot(), "testdata", "spectest", "known-failures.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	known := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line != "" {
			known[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return known
}

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
	known := knownFailures(t)
	failed := map[string]bool{}
	for _, f := range res.Failures() {
		failed[f.Key()] = true
		if !known[f.Key()] {
			t.Errorf("%s (%s): %s", f.Key(), f.Type, f.Reason)
		}
	}
	var fixed []string
	for k := range known {
		if !failed[k] {
			fixed = append(fixed, k)
		}
	}
	sort.Strings(fixed)
	for _, k := range fixed {
		t.Errorf("%s is listed as a known failure but passes: remove it from known-failures.txt", k)
	}
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
