package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestGoStdlibTests builds Go standard-library test binaries for
// GOOS=wasip1 and runs them under kiln run as Go's own wasip1 runner does:
// "/" granted, PWD set to the package's source directory, and a scratch
// directory as /tmp. Each must report PASS.
func TestGoStdlibTests(t *testing.T) {
	if testing.Short() {
		t.Skip("builds test binaries with the Go toolchain")
	}
	goroot := runtime.GOROOT()
	gobin := filepath.Join(goroot, "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		t.Skipf("no Go toolchain at %s", gobin)
	}
	for _, pkg := range []string{"strings", "strconv", "sort", "encoding/json", "os", "io/fs"} {
		t.Run(pkg, func(t *testing.T) {
			wasm := filepath.Join(t.TempDir(), "test.wasm")
			cmd := exec.Command(gobin, "test", "-c", "-o", wasm, pkg)
			cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("building: %v\n%s", err, out)
			}
			tmp := t.TempDir()
			args := []string{"run", "--mapdir", "/::/", "--mapdir", tmp + "::/tmp", "--allow-writes",
				"--env", "PWD=" + filepath.Join(goroot, "src", pkg), "--env", "HOME=/tmp",
				wasm, "-test.short"}
			var stdout, stderr bytes.Buffer
			code := run(args, &stdout, &stderr)
			out := stdout.String() + stderr.String()
			if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "PASS") {
				t.Errorf("exit %d:\n%s", code, tail(out, 3000))
			}
		})
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
