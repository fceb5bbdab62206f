package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

// kiln run of the hostile modules (testdata/hostile) and the limit flags:
// each case ends with a clean result, error or trap (run in-process, so
// the test process surviving is part of the check).
func TestRunHostile(t *testing.T) {
	dir := filepath.Join(testpaths.RepoRoot(), "testdata", "hostile")
	mod := func(name string) string { return filepath.Join(dir, name+".wasm") }
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr []string // substrings, in order
	}{
		{"table.grow 0xFFFFFFF0", []string{"--invoke", "huge", mod("table_grow")}, 0, "-1\n", nil},
		{"table.grow within the limit", []string{"--invoke", "grow", mod("table_grow"), "10"}, 0, "1\n", nil},
		{"table.grow over --max-table-elements", []string{"--max-table-elements", "100", "--invoke", "grow", mod("table_grow"), "100"}, 0, "-1\n", nil},
		{"table.grow up to --max-table-elements", []string{"--max-table-elements", "100", "--invoke", "grow", mod("table_grow"), "99"}, 0, "1\n", nil},
		{"huge table", []string{mod("table_huge")}, 1, "", []string{"table 0 declares 4294967295 elements, more than the limit of 10000000"}},
		{"table over --max-table-elements", []string{"--max-table-elements", "1", mod("table_huge")}, 1, "", []string{"more than the limit of 1\n"}},
		{"memory.grow over --max-memory", []string{"--max-memory", "1MiB", "--invoke", "grow", mod("memory"), "16"}, 0, "-1\n", nil},
		{"memory.grow up to --max-memory", []string{"--max-memory", "1MiB", "--invoke", "grow", mod("memory"), "15"}, 0, "1\n", nil},
		{"memory over --max-memory", []string{"--max-memory", "16MiB", mod("memory_big")}, 1, "", []string{"memory 0 declares 1024 pages, more than the limit of 256"}},
		{"memory within --max-memory", []string{"--max-memory", "64M", mod("memory_big")}, 0, "", nil},
		{"memory.fill trap frames", []string{mod("bulk")}, 134, "", []string{
			"error: wasm trap: out of bounds memory access\n", "backtrace (innermost first",
			"\n  0: function 0 fill at 0x55\n  1: function 3 outer at 0x7a\n  2: function 4 _start at 0x7f\n"}},
		{"memory.copy trap frame", []string{"--invoke", "copy", mod("bulk")}, 134, "", []string{"out of bounds memory access\n", "\n  0: function 1 copy at 0x64\n"}},
		{"memory.init trap frame", []string{"--invoke", "init", mod("bulk")}, 134, "", []string{"out of bounds memory access\n", "\n  0: function 2 init at 0x73\n"}},
		{"unbounded recursion", []string{mod("recurse")}, 134, "", []string{"error: wasm trap: call stack exhausted\n",
			"\n  0: function 0 r\n  1-256: function 0 r at 0x23 (256 frames)\n  ... older frames not shown: backtraces stop after 257 frames\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := kiln(append([]string{"run"}, tc.args...)...)
			if code != tc.code || out != tc.stdout || strings.Contains(errOut, "panic") || strings.Contains(errOut, "fatal") {
				t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			rest := errOut
			for _, s := range tc.stderr {
				i := strings.Index(rest, s)
				if i < 0 {
					t.Fatalf("stderr %q lacks %q", errOut, s)
				}
				rest = rest[i+len(s):]
			}
		})
	}
}

func TestRunLimitFlagErrors(t *testing.T) {
	example := filepath.Join(testpaths.RepoRoot(), "testdata", "hostile", "memory.wasm")
	for _, args := range [][]string{
		{"--max-memory", "3", example},
		{"--max-memory", "0", example},
		{"--max-memory", "5GiB", example},
		{"--max-memory", "lots", example},
		{"--max-table-elements", "0", example},
		{"--max-table-elements", "10000001", example},
		{"--max-stack", "32KiB", example},
		{"--max-stack", "2GiB", example},
		{"--max-stack", "deep", example},
	} {
		code, _, errOut := kiln(append([]string{"run"}, args...)...)
		if code != 2 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "--max-") {
			t.Errorf("kiln run %v: exit %d, stderr %q", args, code, errOut)
		}
	}
	if code, out, _ := kiln("run", "--help"); code != 0 || !strings.Contains(out, "--max-memory") {
		t.Errorf("run --help: exit %d, no --max-memory in %q", code, out)
	}
}
