package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/internal/testpaths"
)

func kiln(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func specDir(t *testing.T) string {
	dir, fromEnv := testpaths.SpecTest()
	if _, err := os.Stat(dir); err != nil {
		if fromEnv {
			t.Fatal(err)
		}
		t.Skipf("spec suite not found at %s", dir)
	}
	return dir
}

func TestSpectestCommand(t *testing.T) {
	dir := specDir(t)
	report := filepath.Join(t.TempDir(), "report.json")
	code, out, errOut := kiln("spectest", "--report", report, filepath.Join(dir, "binary.json"), filepath.Join(dir, "i32.json"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("output:\n%s", out)
	}
	perScript := regexp.MustCompile(`^(binary|i32): \d+ passed, 0 failed, \d+ skipped$`)
	for _, l := range lines[:2] {
		if !perScript.MatchString(l) {
			t.Errorf("bad script line %q", l)
		}
	}
	if !regexp.MustCompile(`^\d+ passed, 0 failed, \d+ skipped$`).MatchString(lines[2]) {
		t.Errorf("bad totals line %q", lines[2])
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Scripts  map[string]map[string]map[string]int `json:"scripts"`
		Totals   map[string]map[string]int            `json:"totals"`
		Failures []any                                `json:"failures"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Scripts["binary"]["assert_malformed"]["passed"] == 0 || rep.Totals["assert_return"]["passed"] == 0 {
		t.Errorf("report: %s", b)
	}
	if rep.Failures == nil || len(rep.Failures) != 0 {
		t.Errorf("failures: %v", rep.Failures)
	}
}

func TestSpectestFailureExitsOne(t *testing.T) {
	// A script whose "module" command names a malformed module must fail.
	tmp := t.TempDir()
	os.WriteFile(filepath.Join(tmp, "bad.wasm"), []byte("\x00asm\x01\x00\x00\x00\x01"), 0o644)
	os.WriteFile(filepath.Join(tmp, "bad.json"), []byte(`{"commands":[{"type":"module","line":1,"filename":"bad.wasm"}]}`), 0o644)
	code, out, _ := kiln("spectest", filepath.Join(tmp, "bad.json"))
	if code != 1 || !strings.HasSuffix(out, "0 passed, 1 failed, 0 skipped\n") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"nosuchcommand"},
		{"spectest"},
		{"spectest", "--nosuchflag", "x"},
		{"spectest", "/nonexistent/dir"},
	} {
		code, _, errOut := kiln(args...)
		if code != 2 {
			t.Errorf("kiln %v: exit %d, want 2", args, code)
		}
		if strings.Contains(errOut, "panic") || errOut == "" {
			t.Errorf("kiln %v: stderr %q", args, errOut)
		}
	}
	if code, _, _ := kiln("spectest", "--help"); code != 0 {
		t.Errorf("--help: exit %d", code)
	}
}
