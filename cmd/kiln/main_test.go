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

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.wasm")
	os.WriteFile(bad, []byte("\x00asm\x01\x00\x00\x00\x01\x05"), 0o644)
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"run"}, 2},
		{[]string{"run", "--nosuchflag", "x.wasm"}, 2},
		{[]string{"run", filepath.Join(dir, "missing.wasm")}, 2},
		{[]string{"run", bad}, 1},
		{[]string{"run", "--env", "KILN_SURELY_UNSET_VARIABLE", bad}, 2},
		{[]string{"run", "--dir", "", bad}, 2},
		{[]string{"run", "--dir", "x:ro", "--dir", "::/g", bad}, 2},
		{[]string{"run", "--mapdir", "/tmp", bad}, 2},
		{[]string{"run", "--timeout", "-1s", bad}, 2},
		{[]string{"run", "--timeout", "soon", bad}, 2},
	} {
		code, _, errOut := kiln(tc.args...)
		lines := strings.Count(strings.TrimSpace(errOut), "\n") + 1
		if code != tc.code || lines != 1 || strings.Contains(errOut, "panic") {
			t.Errorf("kiln %v: exit %d, stderr %q; want %d", tc.args, code, errOut, tc.code)
		}
	}
	if code, out, _ := kiln("run", "--help"); code != 0 || !strings.Contains(out, "--allow-writes") {
		t.Errorf("run --help: exit %d", code)
	}
}

// A trap prints its reason and a backtrace with names, and exits 134.
func TestRunTrap(t *testing.T) {
	// (module (func $boom (export "boom") unreachable)), with a name section.
	mod := filepath.Join(t.TempDir(), "boom.wasm")
	os.WriteFile(mod, []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00"+
		"\x07\x08\x01\x04boom\x00\x00\x0a\x05\x01\x03\x00\x00\x0b"+
		"\x00\x0e\x04name\x01\x07\x01\x00\x04boom"), 0o644)
	code, _, errOut := kiln("run", "--invoke", "boom", mod)
	if code != 134 || !strings.HasPrefix(errOut, "error: wasm trap: unreachable\n") || !strings.Contains(errOut, "boom") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestRunInvoke(t *testing.T) {
	// (module (func (export "add") (param i32 i32) (result i32)
	//   local.get 0 local.get 1 i32.add))
	add := filepath.Join(t.TempDir(), "add.wasm")
	os.WriteFile(add, []byte("\x00asm\x01\x00\x00\x00\x01\x07\x01\x60\x02\x7f\x7f\x01\x7f\x03\x02\x01\x00"+
		"\x07\x07\x01\x03add\x00\x00\x0a\x09\x01\x07\x00\x20\x00\x20\x01\x6a\x0b"), 0o644)
	if code, out, errOut := kiln("run", "--invoke", "add", add, "40", "-2"); code != 0 || out != "38\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, _ := kiln("run", "--invoke", "add", add, "40"); code != 2 {
		t.Errorf("missing argument: exit %d", code)
	}
	code, out, errOut := kiln("run", "--invoke", "add", filepath.Join(testpaths.RepoRoot(), "testdata", "examples", "example.wasm"), "40", "2")
	// example.wasm imports env.log, which kiln run does not provide.
	if code != 1 || !strings.Contains(errOut, "unknown import env.log") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestObjdump(t *testing.T) {
	example := filepath.Join(testpaths.RepoRoot(), "testdata", "examples", "example.wasm")
	// Function 3 is "spin": (loop (br 0)). It polls for interruption at
	// its entry; the loop, like every loop, has no poll (the runtime
	// interrupts code anywhere): it is a jump to itself.
	code, out, errOut := kiln("objdump", "--target", "amd64", "--func", "3", example)
	if code != 0 || !strings.Contains(out, "<3 ") || !regexp.MustCompile(`CMPL 0xb0\(R15\), \$0x0`).MatchString(out) || strings.Contains(out, "<1 ") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	self := regexp.MustCompile(`(?m)^\s+([0-9a-f]+)\s+eb..\s+JMP 0x([0-9a-f]+)$`).FindStringSubmatch(out)
	if self == nil || strings.TrimLeft(self[1], "0") != strings.TrimLeft(self[2], "0") {
		t.Errorf("no self-jump in spin:\n%s", out)
	}
	// The same on arm64, whatever the host: the poll is a load and a
	// cbnz.
	code, out, errOut = kiln("objdump", "--target", "arm64", "--func", "3", example)
	if code != 0 || !regexp.MustCompile(`(?m)ldr w17, \[x19,#176\]\n.*cbnz w17, 0x[0-9a-f]+$`).MatchString(out) {
		t.Errorf("arm64: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	self = regexp.MustCompile(`(?m)^\s+([0-9a-f]+)\s+[0-9a-f]{8}\s+b 0x([0-9a-f]+)$`).FindStringSubmatch(out)
	if self == nil || self[1] != self[2] {
		t.Errorf("arm64: no self-jump in spin:\n%s", out)
	}
	if code, _, errOut := kiln("objdump", "--target", "riscv64", example); code != 2 || !strings.Contains(errOut, "--target") {
		t.Errorf("--target riscv64: exit %d, stderr %q", code, errOut)
	}
	if code, out, _ := kiln("objdump", example); code != 0 || strings.Count(out, "bytes\n") != 3 {
		t.Errorf("whole module: exit %d:\n%s", code, out)
	}
	for _, args := range [][]string{{"objdump"}, {"objdump", "--func", "9", example}, {"objdump", "/nonexistent.wasm"}} {
		if code, _, _ := kiln(args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
