package driver

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

type fakeEngine struct{ hit bool }

func (fakeEngine) Version() string { return "fake" }

func (e fakeEngine) Compile(wasm []byte, cacheDir string) (Compiled, error) {
	return &fakeCompiled{hit: e.hit && cacheDir != ""}, nil
}

type fakeCompiled struct{ hit bool }

func (*fakeCompiled) RunWASI([]string) (int, time.Duration, error) { return 0, 0, nil }
func (*fakeCompiled) InstantiateLoop(int) (time.Duration, error)   { return 0, nil }
func (*fakeCompiled) CallLoop(int) (time.Duration, error)          { return 0, nil }
func (*fakeCompiled) Close()                                       {}
func (c *fakeCompiled) CacheLoad() (bool, time.Duration)           { return c.hit, 42 * time.Microsecond }

func TestCompileReportsCacheLoad(t *testing.T) {
	f := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(f, []byte("\x00asm\x01\x00\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		hit       bool
		cache     string
		wantHit   bool
		wantLoad  int64
		wantBytes int
	}{
		{true, "dir", true, 42000, 8},
		{false, "dir", false, 0, 8}, // a miss: compiled, no load time
		{true, "", false, 0, 8},     // no cache at all
	} {
		var rep Report
		if code, err := run(fakeEngine{hit: tc.hit}, "compile", tc.cache, 0, 1, []string{f}, &rep); code != 0 || err != nil {
			t.Fatalf("run: %d, %v", code, err)
		}
		if rep.CacheHit != tc.wantHit || rep.LoadNS != tc.wantLoad || rep.WasmBytes != tc.wantBytes || rep.CompileNS <= 0 {
			t.Errorf("hit %v cache %q: report %+v", tc.hit, tc.cache, rep)
		}
	}
}
