package specnative

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/kilnwasm/kiln/internal/spectest"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// TestSpecSuiteNative runs every script on native code and checks the
// failures against testdata/spectest/known-failures-native-GOARCH.txt.
func TestSpecSuiteNative(t *testing.T) {
	dir, fromEnv := testpaths.SpecTest()
	files, err := spectest.Scripts([]string{dir})
	if err != nil {
		if fromEnv {
			t.Fatal(err)
		}
		t.Skipf("spec suite not found: %v", err)
	}
	res, err := spectest.Run(files, spectest.Options{NewEngine: func() spectest.Engine {
		e, err := New()
		if err != nil {
			t.Fatal(err)
		}
		return e
	}})
	if err != nil {
		t.Fatal(err)
	}
	spectest.CheckExpectations(t, res, filepath.Join(testpaths.RepoRoot(), "testdata", "spectest", "known-failures-native-"+runtime.GOARCH+".txt"))
	t.Logf("%d scripts: %v", len(res.Scripts), res.Total())
}
