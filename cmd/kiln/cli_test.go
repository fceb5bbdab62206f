package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/testpaths"
	"github.com/kilnwasm/kiln/runtime/artifact"
)

// testModule is a module of cmd/kiln/testdata (built by its build.sh).
func testModule(name string) string {
	return filepath.Join(testpaths.RepoRoot(), "cmd", "kiln", "testdata", name+".wasm")
}

// kiln version, --version and -V print the same: the Kiln version, the Go
// version, the ABI version, the target and the CPU features compiled code
// uses here.
func TestVersion(t *testing.T) {
	code, out, errOut := kiln("version")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	tg := backend.HostTarget()
	for _, want := range []string{
		"kiln " + artifact.Version() + "\n",
		"go version:      " + runtime.Version() + "\n",
		fmt.Sprintf("abi version:     %d\n", abi.Version),
		fmt.Sprintf("artifact format: %d\n", artifact.FormatVersion),
		"target:          linux/" + runtime.GOARCH + "\n",
		"cpu features:    " + tg.Features.String(),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if !strings.HasPrefix(out, "kiln ") {
		t.Errorf("the first line is not the version:\n%s", out)
	}
	for _, flag := range []string{"--version", "-V"} {
		if c, o, e := kiln(flag); c != 0 || o != out || e != "" {
			t.Errorf("kiln %s: exit %d, stdout %q, stderr %q", flag, c, o, e)
		}
	}
	if c, _, e := kiln("version", "extra"); c != 2 || e == "" {
		t.Errorf("version extra: exit %d, stderr %q", c, e)
	}
}

// kiln help, kiln --help, kiln help COMMAND and COMMAND --help print to
// stdout; every command's synopsis names every one of its flags.
func TestHelp(t *testing.T) {
	code, out, errOut := kiln("help")
	if code != 0 || errOut != "" {
		t.Fatalf("help: exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"run ", "compile ", "cache ", "objdump ", "spectest ", "version ", "Exit status:", "\n  124 ", "\n  130 ", "\n  134 ", "short for kiln run"} {
		if !strings.Contains(out, want) {
			t.Errorf("kiln help lacks %q:\n%s", want, out)
		}
	}
	if c, o, _ := kiln("--help"); c != 0 || o != out {
		t.Errorf("--help: exit %d, differs from kiln help", c)
	}
	if c, o, e := kiln(); c != 2 || o != "" || !strings.Contains(e, "Exit status:") {
		t.Errorf("kiln alone: exit %d, stdout %q, stderr %q", c, o, e)
	}
	if c, _, e := kiln("help", "nosuchcommand"); c != 2 || e == "" {
		t.Errorf("help nosuchcommand: exit %d, stderr %q", c, e)
	}

	flags := map[string][]string{
		"run":      {"dir", "mapdir", "allow-writes", "env", "listen", "invoke", "timeout", "max-memory", "max-table-elements", "max-stack", "cache-dir", "no-cache", "opt-level"},
		"compile":  {"target", "opt-level", "output"},
		"cache":    {"cache-dir", "max-size"},
		"objdump":  {"func", "stage", "target"},
		"spectest": {"report", "engine", "known-failures"},
		"version":  {},
		"help":     {},
	}
	flagLine := regexp.MustCompile(`(?m)^\s+(?:-\w, )?--([\w-]+)`)
	for cmd, want := range flags {
		code, out, errOut := kiln("help", cmd)
		if code != 0 || errOut != "" || !strings.HasPrefix(out, "Usage: kiln "+cmd) {
			t.Errorf("help %s: exit %d, stderr %q, stdout %q", cmd, code, errOut, out)
			continue
		}
		if c, o, _ := kiln(cmd, "--help"); c != 0 || o != out {
			t.Errorf("%s --help: exit %d, differs from kiln help %s", cmd, c, cmd)
		}
		synopsis, rest, _ := strings.Cut(out, "\n\n")
		var listed []string
		if _, fl, ok := strings.Cut(rest, "Flags:\n"); ok {
			for _, m := range flagLine.FindAllStringSubmatch(fl, -1) {
				listed = append(listed, m[1])
			}
		}
		slices.Sort(listed)
		sorted := slices.Sorted(slices.Values(want))
		if !slices.Equal(listed, sorted) {
			t.Errorf("help %s lists the flags %v, want %v", cmd, listed, sorted)
		}
		for _, f := range want {
			if !strings.Contains(synopsis, "--"+f+" ") && !strings.Contains(synopsis, "--"+f+"]") {
				t.Errorf("the synopsis of %s lacks --%s:\n%s", cmd, f, synopsis)
			}
		}
	}
}

// kiln FILE ARGS... is kiln run FILE ARGS...: for a .wasm or .kiln, an
// existing file, or when run's flags come first.
func TestRunShorthand(t *testing.T) {
	dir := t.TempDir()
	hello := copyModule(t, dir, "bench/programs/wasm/hello.wasm")
	add := writeFile(t, filepath.Join(dir, "add.wasm"), []byte(addModule))
	noExt := writeFile(t, filepath.Join(dir, "hello"), readFile(t, hello))
	for _, tc := range []struct {
		args         []string
		code         int
		stdout, errs string
	}{
		{[]string{hello}, 0, "hello, world\n", ""},
		{[]string{noExt}, 0, "hello, world\n", ""},
		{[]string{"--invoke", "add", add, "1", "2"}, 0, "3\n", ""},
		{[]string{filepath.Join(dir, "missing.wasm")}, 2, "", "kiln run: open " + filepath.Join(dir, "missing.wasm") + ": no such file or directory\n"},
		{[]string{"--nosuchflag", hello}, 2, "", "kiln run: unknown flag: --nosuchflag"},
		{[]string{"nosuchcommand"}, 2, "", `kiln: unknown command "nosuchcommand"`},
	} {
		code, out, errOut := kiln(tc.args...)
		if code != tc.code || out != tc.stdout || !strings.HasPrefix(errOut, tc.errs) || (tc.errs == "") != (errOut == "") {
			t.Errorf("kiln %v: exit %d, stdout %q, stderr %q; want %d, %q, %q", tc.args, code, out, errOut, tc.code, tc.stdout, tc.errs)
		}
	}
}

// --timeout stops a guest wherever it is, with one line and status 124;
// a guest that finishes in time is not affected.
func TestRunTimeout(t *testing.T) {
	for _, name := range []string{"spin", "sleep"} {
		mod := testModule(name)
		start := time.Now()
		code, out, errOut := kiln("run", "--timeout", "200ms", mod)
		d := time.Since(start)
		want := "kiln run: " + mod + ": timed out after 200ms (--timeout)\n"
		if code != 124 || out != "ready\n" || errOut != want {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 124, %q", name, code, out, errOut, want)
		}
		if d < 200*time.Millisecond || d > 10*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
	}
	hello := filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "hello.wasm")
	if code, out, errOut := kiln("run", "--timeout", "1m", hello); code != 0 || out != "hello, world\n" || errOut != "" {
		t.Errorf("hello with a timeout: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// --max-stack sets the native stack the guest runs on: recursion that
// fits in the default 1 MiB does not in 64 KiB, and recursion that does
// not fit in 1 MiB does in 64 MiB.
func TestRunMaxStack(t *testing.T) {
	deep := testModule("deep")
	for _, tc := range []struct {
		stack string // "" for the default
		depth string
		ok    bool
	}{
		{"", "5000", true},
		{"64KiB", "5000", false},
		{"", "200000", false},
		{"64MiB", "200000", true},
	} {
		args := []string{"run", "--invoke", "deep", deep, tc.depth}
		if tc.stack != "" {
			args = append([]string{"run", "--max-stack", tc.stack}, args[1:]...)
		}
		code, out, errOut := kiln(args...)
		if tc.ok && (code != 0 || out != tc.depth+"\n") || !tc.ok && (code != 134 || !strings.HasPrefix(errOut, "error: wasm trap: call stack exhausted\n")) {
			t.Errorf("--max-stack %q, depth %s: exit %d, stdout %q, stderr %.200q", tc.stack, tc.depth, code, out, errOut)
		}
	}
}

// --invoke runs a reactor's _initialize first; a module without _start
// is refused with a hint; _start and _initialize with other types than
// () -> () are refused before anything runs.
func TestRunReactor(t *testing.T) {
	reactor, badStart, badInit := testModule("reactor"), testModule("badstart"), testModule("badinit")
	for _, tc := range []struct {
		args   []string
		code   int
		stdout string
		stderr string // substring
	}{
		{[]string{"--invoke", "get", reactor}, 0, "42\n", ""},
		{[]string{"--invoke", "add", reactor, "1", "2"}, 0, "45\n", ""},
		{[]string{reactor}, 2, "", "is a reactor (it exports _initialize but no _start): call one of its exports with --invoke NAME\n"},
		{[]string{badStart}, 1, "", ": _start has type [i32] -> [i32], but a WASI command's _start takes no parameters and returns nothing"},
		{[]string{"--invoke", "_start", badStart, "5"}, 0, "5\n", ""},
		{[]string{"--invoke", "get", badInit}, 1, "", ": _initialize has type [] -> [i32], but a reactor's _initialize takes no parameters and returns nothing"},
		{[]string{testModule("frames")}, 2, "", "exports no _start function: it is not a WASI command"},
	} {
		code, out, errOut := kiln(append([]string{"run"}, tc.args...)...)
		if code != tc.code || out != tc.stdout || !strings.Contains(errOut, tc.stderr) || (tc.stderr == "") != (errOut == "") || strings.Count(errOut, "\n") > 1 {
			t.Errorf("run %v: exit %d, stdout %q, stderr %q; want %d, %q, %q", tc.args, code, out, errOut, tc.code, tc.stdout, tc.stderr)
		}
	}
}

// A module importing wasi_unstable (WASI preview 0) runs, with preview 0's
// filestat layout, whence values and clock subscriptions (the module
// checks each and exits with the number of the first that fails).
func TestRunPreview0(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "data.txt"), []byte("0123456789"))
	code, out, errOut := kiln("run", "--dir", dir, testModule("unstable"))
	if code != 0 || out != "7893ok\n" || errOut != "" {
		t.Errorf("exit %d (the failed check), stdout %q, stderr %q", code, out, errOut)
	}
}

// --dir and --mapdir take a per-grant :ro or :rw, which overrides
// --allow-writes for that grant only; colons elsewhere are path
// characters.
func TestRunDirModes(t *testing.T) {
	grants := testModule("grants")
	// grants tries to create "probe" in fd 3 and fd 4 and prints the
	// errnos (0, or 63 for EPERM).
	for _, tc := range []struct {
		flags  []string
		stdout string
	}{
		{[]string{"--dir", "A", "--dir", "B"}, "3:63 4:63\n"},
		{[]string{"--dir", "A:rw", "--dir", "B"}, "3:0 4:63\n"},
		{[]string{"--allow-writes", "--dir", "A", "--dir", "B"}, "3:0 4:0\n"},
		{[]string{"--allow-writes", "--dir", "A", "--dir", "B:ro"}, "3:0 4:63\n"},
		{[]string{"--mapdir", "A::/a:ro", "--mapdir", "B::/b::z:rw"}, "3:63 4:0\n"},
		{[]string{"--allow-writes", "--mapdir", "A::/a", "--dir", "B::/b:ro"}, "3:0 4:63\n"},
	} {
		// Host paths with a colon (A and B stand for them).
		root := t.TempDir()
		a, b := filepath.Join(root, "a:x"), filepath.Join(root, "b:y")
		os.Mkdir(a, 0o755)
		os.Mkdir(b, 0o755)
		args := []string{"run"}
		for _, f := range tc.flags {
			args = append(args, strings.NewReplacer("A", a, "B", b).Replace(f))
		}
		code, out, errOut := kiln(append(args, grants)...)
		if code != 0 || out != tc.stdout || errOut != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %q", args, code, out, errOut, tc.stdout)
			continue
		}
		for i, d := range []string{a, b} {
			_, err := os.Stat(filepath.Join(d, "probe"))
			if created := err == nil; created != (strings.Fields(tc.stdout)[i][2:] == "0") {
				t.Errorf("%v: probe in %s: %v", args, d, err)
			}
		}
	}
}

// A segment that does not fit is a failed instantiation (status 1, one
// line), not a trap, and the start function does not run.
func TestRunSegmentErrors(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"dataoob", "instantiation failed: data segment 0 does not fit memory 0: 2 bytes at offset 65535, and the memory holds 65536\n"},
		{"elemoob", "instantiation failed: element segment 0 does not fit table 0: 2 elements at offset 1, and the table holds 2\n"},
	} {
		mod := testModule(tc.name)
		code, out, errOut := kiln("run", mod)
		if code != 1 || out != "" || errOut != "kiln run: "+mod+": "+tc.want {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 1 and %q", tc.name, code, out, errOut, tc.want)
		}
	}
}

// A backtrace names functions by the name section, else by export name;
// the trapping instruction and each outer frame's call are at module
// offsets (what wasm-objdump -d shows: the i32.load of frames.wat is at
// 0x2e, its callers' calls at 0x38 and 0x3f), also when the module comes
// from the cache or from an artifact.
func TestRunBacktrace(t *testing.T) {
	dir := t.TempDir()
	frames := copyModule(t, dir, "cmd/kiln/testdata/frames.wasm")
	cache := filepath.Join(dir, "cache")
	want := "error: wasm trap: out of bounds memory access\n" +
		"backtrace (innermost first; offsets are module offsets, as wasm-objdump -d prints them):\n" +
		"  0: function 0 load at 0x2e\n" +
		"  1: function 1 at 0x38\n" +
		"  2: function 2 (export \"go\") at 0x3f\n"
	for _, from := range []string{"compiled", "cached"} {
		code, out, errOut := kiln("run", "--cache-dir", cache, "--invoke", "go", frames)
		if code != 134 || out != "" || errOut != want {
			t.Errorf("%s: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", from, code, out, errOut, want)
		}
	}
	art := filepath.Join(dir, "frames.kiln")
	if code, _, errOut := kiln("compile", "-o", art, frames); code != 0 {
		t.Fatalf("compile: exit %d, stderr %q", code, errOut)
	}
	// An artifact keeps where each function's body starts: the same
	// module offsets.
	if code, _, errOut := kiln("run", "--invoke", "go", art); code != 134 || errOut != want {
		t.Errorf("artifact: exit %d, stderr:\n%s\nwant:\n%s", code, errOut, want)
	}
}

// proc_exit(N) is kiln run's status, N > 255 saturating at 255 (never
// wrapping to a success).
func TestRunExitStatus(t *testing.T) {
	for n, want := range map[string]int{"0": 0, "3": 3, "255": 255, "256": 255, "300": 255, "-1": 255} {
		code, out, errOut := kiln("run", "--invoke", "exit", testModule("exit"), n)
		if code != want || out != "" || errOut != "" {
			t.Errorf("proc_exit(%s): exit %d, stdout %q, stderr %q; want %d", n, code, out, errOut, want)
		}
	}
}

// objdump --func of an imported function says so; an invalid module is
// status 1 for every command.
func TestObjdumpImportedAndInvalid(t *testing.T) {
	example := filepath.Join(testpaths.RepoRoot(), "testdata", "examples", "example.wasm")
	code, out, errOut := kiln("objdump", "--func", "0", example)
	if code != 2 || out != "" || errOut != "kiln objdump: --func 0: function 0 is imported (env.log): it has no code here\n" {
		t.Errorf("objdump --func 0: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, errOut := kiln("objdump", "--func", "99", example); code != 2 || !strings.Contains(errOut, "no such function (the module has functions 0 to 3)") {
		t.Errorf("objdump --func 99: exit %d, stderr %q", code, errOut)
	}
	bad := writeFile(t, filepath.Join(t.TempDir(), "bad.wasm"), []byte("\x00asm\x01\x00\x00\x00\x01\x05"))
	for _, cmd := range []string{"run", "compile", "objdump"} {
		if code, _, errOut := kiln(cmd, bad); code != 1 || !strings.Contains(errOut, "malformed module") {
			t.Errorf("%s of a malformed module: exit %d, stderr %q", cmd, code, errOut)
		}
	}
}
