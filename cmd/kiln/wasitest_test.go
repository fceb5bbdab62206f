package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

type wasiCase struct {
	Args     []string          `json:"args"`
	Env      map[string]string `json:"env"`
	Root     *string           `json:"root"`
	ExitCode int               `json:"exit_code"`
	Stdout   *string           `json:"stdout"`
	Stderr   *string           `json:"stderr"`
}

// copyDir copies the test's root directory, because the suite's folder is
// read-only here and the tests create and remove files.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(src); os.IsNotExist(err) {
		return // "may be empty or missing and must then be created empty"
	}
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
}

// TestWASITestsuite runs every program of the WASI preview1 testsuite
// through kiln run's code path, as the suite's README describes, and checks
// the results against testdata/wasi/known-failures.txt.
func TestWASITestsuite(t *testing.T) {
	dir, fromEnv := testpaths.WASITestsuite()
	var files []string
	for _, sub := range []string{"c", "rust", "assemblyscript"} {
		fs, _ := filepath.Glob(filepath.Join(dir, sub, "*.wasm"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		if fromEnv {
			t.Fatalf("no programs under %s", dir)
		}
		t.Skip("WASI testsuite not found")
	}
	known := map[string]bool{}
	if b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), "testdata", "wasi", "known-failures.txt")); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			if line = strings.TrimSpace(line); line != "" {
				known[line] = true
			}
		}
	}
	passed, failed := 0, 0
	var failures []string
	for _, file := range files {
		name := filepath.Base(filepath.Dir(file)) + "/" + strings.TrimSuffix(filepath.Base(file), ".wasm")
		var c wasiCase
		if b, err := os.ReadFile(strings.TrimSuffix(file, ".wasm") + ".json"); err == nil {
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		args := []string{"run"}
		if c.Root != nil {
			root := filepath.Join(t.TempDir(), "root")
			copyDir(t, filepath.Join(filepath.Dir(file), *c.Root), root)
			args = append(args, "--mapdir", root+"::/", "--allow-writes")
		}
		keys := make([]string, 0, len(c.Env))
		for k := range c.Env {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			args = append(args, "--env", k+"="+c.Env[k])
		}
		args = append(args, file)
		args = append(args, c.Args...)
		var stdout, stderr bytes.Buffer
		code := runWith(args, &stdout, &stderr)
		var why []string
		if code != c.ExitCode {
			why = append(why, "exit code "+itoa(code)+", want "+itoa(c.ExitCode))
		}
		if c.Stdout != nil && stdout.String() != *c.Stdout {
			why = append(why, "stdout "+quote(stdout.String())+", want "+quote(*c.Stdout))
		}
		if c.Stderr != nil && stderr.String() != *c.Stderr {
			why = append(why, "stderr "+quote(stderr.String())+", want "+quote(*c.Stderr))
		}
		if len(why) == 0 {
			passed++
			if known[name] {
				t.Errorf("%s passes but is listed in testdata/wasi/known-failures.txt", name)
			}
			continue
		}
		failed++
		msg := name + ": " + strings.Join(why, "; ")
		if tail := stderr.String(); code != c.ExitCode && tail != "" {
			msg += " (stderr: " + quote(lastLine(tail)) + ")"
		}
		failures = append(failures, msg)
		if !known[name] {
			t.Error(msg)
		}
	}
	for _, f := range failures {
		t.Log("failing: " + f)
	}
	t.Logf("WASI testsuite: %d passed, %d failed", passed, failed)
}

func runWith(args []string, stdout, stderr *bytes.Buffer) int {
	return run(args, stdout, stderr)
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func quote(s string) string {
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	b, _ := json.Marshal(s)
	return string(b)
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
