package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/bench/internal/wasmgen"
)

// The command end to end on a directory of two tiny programs sharing their
// only function: one table row per program, no kernels (nothing is a
// program's own code), a class profile.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a", "b"} {
		if err := os.WriteFile(filepath.Join(dir, n+".wasm"), wasmgen.AddModule(1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, log bytes.Buffer
	if err := run(options{programs: "all", targets: "amd64,arm64", kernels: 3, dir: dir}, &out, &log); err != nil {
		t.Fatalf("%v\n%s", err, log.String())
	}
	s := out.String()
	for _, want := range []string{
		"| program | Wasm instrs | amd64 bytes | amd64 instrs | amd64 per Wasm | arm64 bytes |",
		"\n| a | 4 | ", "\n| b | 4 | ", "\n| geomean |",
		"| class (per 100 Wasm instrs) | 2 small programs amd64 | 2 small programs arm64 | Δ |",
		"\n| Wasm instrs | 8 | 8 |",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "| function |") {
		t.Errorf("kernels listed for functions both programs share:\n%s", s)
	}
	if err := run(options{programs: "a,c", targets: "amd64", dir: dir}, &out, &log); err == nil || !strings.Contains(err.Error(), "no c.wasm") {
		t.Errorf("missing program: error %v", err)
	}
}
