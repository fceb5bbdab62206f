package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

// TestSeedScenario runs the seed programs (testdata/wasi/seed, in C, Rust
// and Go) with no grant, with a read-only mapping of the directory as ".",
// and with writes allowed: only the last may create output.txt.
func TestSeedScenario(t *testing.T) {
	for _, lang := range []string{"c", "rust", "go"} {
		t.Run(lang, func(t *testing.T) {
			wasm := filepath.Join(testpaths.RepoRoot(), "testdata", "wasi", "seed", "hello_"+lang+".wasm")
			for _, c := range []struct {
				name   string
				grants []string
				ok     bool
			}{
				{"no grants", nil, false},
				{"read-only", []string{"--mapdir", "DIR::."}, false},
				{"writable", []string{"--mapdir", "DIR::.", "--allow-writes"}, true},
			} {
				dir := t.TempDir()
				args := []string{"run"}
				for _, g := range c.grants {
					args = append(args, strings.ReplaceAll(g, "DIR", dir))
				}
				args = append(args, wasm)
				var stdout, stderr bytes.Buffer
				code := run(args, &stdout, &stderr)
				out := stdout.String()
				if !strings.HasPrefix(out, "Hello from WASI!\n") {
					t.Errorf("%s: stdout %q", c.name, out)
				}
				data, err := os.ReadFile(filepath.Join(dir, "output.txt"))
				if c.ok {
					if code != 0 || !strings.Contains(out, "Successfully wrote to output.txt") || err != nil || string(data) != "Hello from WASI!\n" {
						t.Errorf("%s: exit %d, stdout %q, stderr %q, file %q (%v)", c.name, code, out, stderr.String(), data, err)
					}
					continue
				}
				if code == 0 || !os.IsNotExist(err) || stderr.Len() == 0 {
					t.Errorf("%s: exit %d, stderr %q, output.txt exists: %v", c.name, code, stderr.String(), err == nil)
				}
			}
		})
	}
}
