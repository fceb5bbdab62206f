// Package testpaths locates the shared test data that lives beside the
// repository (../shared), overridable by environment variables, so tests
// and benchmarks in any package find it the same way.
package testpaths

import (
	"os"
	"path/filepath"
)

// RepoRoot returns the directory holding go.mod, searching up from the
// working directory, or "" if there is none.
func RepoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Shared returns $env if set, else ../shared/rel beside the repository. The
// second result says whether the path came from the environment, in which
// case a missing directory is an error rather than a reason to skip.
func Shared(env, rel string) (string, bool) {
	if d := os.Getenv(env); d != "" {
		return d, true
	}
	return filepath.Join(RepoRoot(), "..", "shared", rel), false
}

// SpecTest is the WebAssembly 2.0 spec suite in JSON form.
func SpecTest() (string, bool) { return Shared("KILN_SPECTEST", "spectest/v2") }

// WASITestsuite is the WASI preview1 conformance suite.
func WASITestsuite() (string, bool) { return Shared("KILN_WASI_TESTSUITE", "wasi-testsuite") }

// TB is the part of testing.TB that SpecModules uses (this package does
// not import testing: tools link it).
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Skip(args ...any)
}

// SpecModules returns the spec suite's .wasm files. It skips t when the
// suite is not found, and fails it when KILN_SPECTEST names a directory
// without modules.
func SpecModules(t TB) []string {
	t.Helper()
	dir, fromEnv := SpecTest()
	files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	if len(files) == 0 {
		if fromEnv {
			t.Fatalf("no modules in %s", dir)
		}
		t.Skip("spec suite not found")
	}
	return files
}

// AddSpecSeeds adds the spec suite's modules of at most maxBytes bytes,
// when the suite is present, to a fuzz target's corpus (f is a
// *testing.F).
func AddSpecSeeds(f interface{ Add(args ...any) }, maxBytes int) {
	dir, _ := SpecTest()
	files, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil && len(b) <= maxBytes {
			f.Add(b)
		}
	}
}
