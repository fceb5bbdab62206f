package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeServe puts a kiln-serve on PATH (and only it) that prints its
// arguments and exits 3. (The tests of kiln serve itself are kiln-serve's,
// in cmd/kiln/kiln-serve.)
func fakeServe(t *testing.T) {
	dir := t.TempDir()
	script := "#!/bin/sh\necho \"kiln-serve $*\"\necho \"to stderr\" >&2\nexit 3\n"
	if err := os.WriteFile(filepath.Join(dir, "kiln-serve"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
}

// kiln serve ARGS runs kiln-serve ARGS, found on PATH (or beside kiln),
// with kiln's output and status.
func TestServeRunsKilnServe(t *testing.T) {
	helper := selfCommand("-test.run=^TestHelperKiln$") // before PATH changes: it may look for qemu
	fakeServe(t)
	code, out, errOut := kiln("serve", "--addr", ":0", "app.wasm")
	if code != 3 || out != "kiln-serve --addr :0 app.wasm\n" || errOut != "to stderr\n" {
		t.Errorf("kiln serve: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, _ := kiln("help", "serve"); code != 3 || out != "kiln-serve --help\n" {
		t.Errorf("kiln help serve: exit %d, stdout %q", code, out)
	}

	// With the process's own output, kiln-serve replaces kiln (exec).
	js, _ := json.Marshal([]string{"serve", "x.wasm"})
	helper.Env = append(os.Environ(), helperArgsEnv+"="+string(js))
	out2, err := helper.Output()
	if helper.ProcessState == nil || helper.ProcessState.ExitCode() != 3 || string(out2) != "kiln-serve x.wasm\n" {
		t.Errorf("kiln serve in a process of its own: %v, stdout %q", err, out2)
	}
}

func TestServeWithoutKilnServe(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	code, out, errOut := kiln("serve", "app.wasm")
	if code != 1 || out != "" || !strings.Contains(errOut, "kiln-serve") || !strings.Contains(errOut, "go install") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
