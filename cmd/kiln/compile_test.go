package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/internal/testexec"
	"github.com/kilnwasm/kiln/internal/testpaths"
	"github.com/kilnwasm/kiln/runtime/artifact"
)

// TestMain points the default cache ($XDG_CACHE_HOME/kiln) of every test
// here at a temporary directory: kiln run caches what it compiles, and
// tests must not fill the user's cache. (The helper processes of the
// signal tests inherit the parent's.)
func TestMain(m *testing.M) { testexec.MainWithTempCache(m, helperArgsEnv) }

// copyModule copies a module of the repository into dir.
func copyModule(t *testing.T, dir, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testpaths.RepoRoot(), rel))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, filepath.Base(rel))
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// (module (func (export "add") (param i32 i32) (result i32)
// local.get 0 local.get 1 i32.add))
const addModule = "\x00asm\x01\x00\x00\x00\x01\x07\x01\x60\x02\x7f\x7f\x01\x7f\x03\x02\x01\x00" +
	"\x07\x07\x01\x03add\x00\x00\x0a\x09\x01\x07\x00\x20\x00\x20\x01\x6a\x0b"

// (module (func $boom (export "boom") unreachable)), with a name section.
const boomModule = "\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00" +
	"\x07\x08\x01\x04boom\x00\x00\x0a\x05\x01\x03\x00\x00\x0b" +
	"\x00\x0e\x04name\x01\x07\x01\x00\x04boom"

// kiln compile writes an artifact that kiln run runs as it runs the .wasm.
func TestCompileAndRunArtifact(t *testing.T) {
	dir := t.TempDir()
	hello := copyModule(t, dir, "bench/programs/wasm/hello.wasm")
	if code, out, errOut := kiln("compile", hello); code != 0 || out != "" || errOut != "" {
		t.Fatalf("compile: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	art := filepath.Join(dir, "hello.kiln") // the default name
	a := readFile(t, art)
	if !bytes.HasPrefix(a, []byte("\x00kilnaot")) {
		t.Fatalf("%s starts %q", art, a[:min(len(a), 8)])
	}
	if st, _ := os.Stat(art); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", st.Mode())
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*.tmp")); len(files) != 0 {
		t.Errorf("temporary files left: %v", files)
	}

	// -o, and deterministic output.
	custom := filepath.Join(dir, "custom.bin")
	if code, _, errOut := kiln("compile", "-o", custom, hello); code != 0 {
		t.Fatalf("compile -o: exit %d, stderr %q", code, errOut)
	}
	if !bytes.Equal(readFile(t, custom), a) {
		t.Error("two compilations give different artifacts")
	}
	// Overwriting an existing artifact.
	if code, _, errOut := kiln("compile", "--output", art, hello); code != 0 || !bytes.Equal(readFile(t, art), a) {
		t.Fatalf("compile over an artifact: exit %d, stderr %q", code, errOut)
	}

	codeW, outW, errW := kiln("run", "--no-cache", hello)
	if codeW != 0 || outW != "hello, world\n" {
		t.Fatalf("run hello.wasm: exit %d, stdout %q, stderr %q", codeW, outW, errW)
	}
	for _, f := range []string{art, custom} {
		code, out, errOut := kiln("run", "--no-cache", f)
		if code != codeW || out != outW || errOut != errW {
			t.Errorf("run %s: exit %d, stdout %q, stderr %q; the .wasm: %d, %q, %q", f, code, out, errOut, codeW, outW, errW)
		}
	}
	// An artifact is not cached: it is run as it is.
	cache := filepath.Join(dir, "cache")
	if code, out, _ := kiln("run", "--cache-dir", cache, art); code != 0 || out != outW {
		t.Errorf("run with a cache: exit %d, stdout %q", code, out)
	}
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Errorf("running an artifact touched the cache: %v", err)
	}

	// --invoke, results and traps (trap sites and names come from the
	// artifact) are the same as with the .wasm.
	add := writeFile(t, filepath.Join(dir, "add.wasm"), []byte(addModule))
	boom := writeFile(t, filepath.Join(dir, "boom.wasm"), []byte(boomModule))
	for _, f := range []string{add, boom} {
		if code, _, errOut := kiln("compile", f); code != 0 {
			t.Fatalf("compile %s: exit %d, stderr %q", f, code, errOut)
		}
	}
	for _, args := range [][]string{{"--invoke", "add", "add.X", "40", "-2"}, {"--invoke", "boom", "boom.X"}} {
		var res [2][3]any
		for i, ext := range []string{".wasm", ".kiln"} {
			a := append([]string{"run", "--no-cache"}, args...)
			a[4] = filepath.Join(dir, strings.TrimSuffix(args[2], ".X")+ext)
			code, out, errOut := kiln(a...)
			res[i] = [3]any{code, out, errOut}
		}
		if args[1] == "add" && (res[0] != res[1] || res[1] != [3]any{0, "38\n", ""}) {
			t.Errorf("%v: .wasm %q, .kiln %q", args, res[0], res[1])
		}
		// The trap is the same, with the module offset: an artifact keeps
		// where each function's body starts in the .wasm.
		if args[1] == "boom" && (res[0] != res[1] || res[0][0] != 134 || res[0][1] != "" ||
			!regexp.MustCompile(`^error: wasm trap: unreachable\nbacktrace .*module offsets.*\n  0: function 0 boom at 0x[0-9a-f]+\n$`).MatchString(res[0][2].(string))) {
			t.Errorf("boom: .wasm %q, .kiln %q", res[0], res[1])
		}
	}
}

// Bad input to compile and run: status 2 and one clear line.
func TestCompileAndRunErrors(t *testing.T) {
	dir := t.TempDir()
	add := writeFile(t, filepath.Join(dir, "add.wasm"), []byte(addModule))
	if code, _, errOut := kiln("compile", add); code != 0 {
		t.Fatalf("compile: exit %d, stderr %q", code, errOut)
	}
	art := readFile(t, filepath.Join(dir, "add.kiln"))
	flipped := bytes.Clone(art)
	flipped[len(flipped)/2] ^= 0x20
	resealed := func(change func(b []byte)) []byte {
		b := bytes.Clone(art)
		change(b)
		binary.LittleEndian.PutUint32(b[len(b)-4:], crc32.ChecksumIEEE(b[:len(b)-4]))
		return b
	}
	text := writeFile(t, filepath.Join(dir, "text.wasm"), []byte("(module)\n"))
	badWasm := writeFile(t, filepath.Join(dir, "bad.wasm"), []byte("\x00asm\x01\x00\x00\x00\x01\x05"))
	damaged := writeFile(t, filepath.Join(dir, "damaged.kiln"), flipped)
	truncated := writeFile(t, filepath.Join(dir, "truncated.kiln"), art[:len(art)-1])
	short := writeFile(t, filepath.Join(dir, "short.kiln"), art[:40])
	stale := writeFile(t, filepath.Join(dir, "stale.kiln"), resealed(func(b []byte) { b[72+24*11+1] ^= 0x20 }))
	features := writeFile(t, filepath.Join(dir, "features.kiln"), resealed(func(b []byte) { copy(b[24:], bytes.Repeat([]byte{0xff}, 8)) }))
	missing := filepath.Join(dir, "missing.wasm")
	artifact := filepath.Join(dir, "add.kiln")

	// Usage errors (the command line: 2), and modules or artifacts that
	// are not valid (1).
	for _, tc := range []struct {
		args []string
		code int
		want string // in stderr
	}{
		{[]string{"compile"}, 2, "want exactly one module"},
		{[]string{"compile", add, add}, 2, "want exactly one module"},
		{[]string{"compile", "--nosuchflag", add}, 2, "unknown flag"},
		{[]string{"compile", "--target", "riscv64", add}, 2, `--target "riscv64": unknown architecture "riscv64" (amd64 or arm64)`},
		{[]string{"compile", "--target", "amd64:avx", add}, 2, `--target "amd64:avx": target: amd64 code needs at least popcnt,sse4.1,sse4.2`},
		{[]string{"compile", "--target", "arm64:sse9", add}, 2, `unknown CPU feature "sse9"`},
		{[]string{"compile", "--opt-level", "fast", add}, 2, `--opt-level "fast": want speed or none`},
		{[]string{"run", "--opt-level", "3", add}, 2, `--opt-level "3": want speed or none`},
		{[]string{"compile", missing}, 2, "no such file"},
		{[]string{"compile", text}, 1, "kiln compile: " + text + ": malformed module"},
		{[]string{"compile", badWasm}, 1, "kiln compile: " + badWasm + ": malformed module"},
		{[]string{"compile", artifact}, 2, "is already a Kiln artifact"},
		{[]string{"run", missing}, 2, "no such file"},
		{[]string{"run", text}, 1, "kiln run: " + text + ": malformed module"},
		{[]string{"run", damaged}, 1, damaged + ": corrupt artifact: checksum mismatch"},
		{[]string{"run", truncated}, 1, truncated + ": corrupt artifact: checksum mismatch"},
		{[]string{"run", short}, 1, "kiln run: " + short + ": corrupt artifact: truncated (40 bytes)\n"},
		{[]string{"run", stale}, 1, stale + ": incompatible artifact: made by Kiln "},
		{[]string{"run", features}, 1, features + ": incompatible artifact: the code needs CPU features this machine lacks"},
	} {
		code, out, errOut := kiln(tc.args...)
		lines := strings.Count(strings.TrimSpace(errOut), "\n") + 1
		// One line, naming the file once.
		if code != tc.code || out != "" || lines != 1 || !strings.Contains(errOut, tc.want) || strings.Contains(errOut, "panic") || strings.Count(errOut, dir) > 1 {
			t.Errorf("kiln %v: exit %d, stdout %q, stderr %q; want %d and %q", tc.args, code, out, errOut, tc.code, tc.want)
		}
	}
	// An output that cannot be written: the error names it (not the
	// temporary file).
	unwritable := filepath.Join(dir, "nodir", "add.kiln")
	if code, _, errOut := kiln("compile", "-o", unwritable, add); code != 1 || errOut != "kiln compile: create "+unwritable+": no such file or directory\n" {
		t.Errorf("compile -o %s: exit %d, stderr %q", unwritable, code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.kiln")); !os.IsNotExist(err) {
		t.Errorf("a failed compile wrote something: %v", err)
	}
	if code, _, _ := kiln("compile", "--help"); code != 0 {
		t.Errorf("compile --help: exit %d", code)
	}
}

// An artifact cross-compiled for another architecture is refused with a
// message saying what it is for.
func TestCompileOtherTarget(t *testing.T) {
	other := map[string]string{"amd64": "arm64", "arm64": "amd64"}[runtime.GOARCH]
	if other == "" {
		t.Skipf("no backend for %s", runtime.GOARCH)
	}
	dir := t.TempDir()
	add := writeFile(t, filepath.Join(dir, "add.wasm"), []byte(addModule))
	out := filepath.Join(dir, "add-"+other+".kiln")
	if code, _, errOut := kiln("compile", "--target", other, "-o", out, add); code != 0 {
		t.Fatalf("compile --target %s: exit %d, stderr %q", other, code, errOut)
	}
	code, stdout, errOut := kiln("run", "--invoke", "add", out, "1", "2")
	want := fmt.Sprintf("kiln run: %s: incompatible artifact: the code is for %s and this machine is %s\n", out, other, runtime.GOARCH)
	if code != 1 || stdout != "" || errOut != want {
		t.Errorf("run: exit %d, stdout %q, stderr %q; want 1 and %q", code, stdout, errOut, want)
	}
	// This machine's architecture by name is its baseline, which this
	// machine runs; so does unoptimized code.
	native := filepath.Join(dir, "add-native.kiln")
	for _, args := range [][]string{{"--target", runtime.GOARCH}, {"--target", "host", "--opt-level", "none"}} {
		args = append(append([]string{"compile"}, args...), "-o", native, add)
		if code, _, errOut := kiln(args...); code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
		}
		if code, stdout, errOut := kiln("run", "--invoke", "add", native, "1", "2"); code != 0 || stdout != "3\n" {
			t.Errorf("run after %v: exit %d, stdout %q, stderr %q", args, code, stdout, errOut)
		}
	}
	if code, stdout, errOut := kiln("run", "--no-cache", "--opt-level", "none", "--invoke", "add", add, "1", "2"); code != 0 || stdout != "3\n" {
		t.Errorf("run --opt-level none: exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
}

// kiln run caches what it compiles in --cache-dir; a second run uses the
// entry; a damaged or stale entry is replaced; --no-cache and kiln cache
// clean work.
func TestRunCache(t *testing.T) {
	dir := t.TempDir()
	hello := copyModule(t, dir, "bench/programs/wasm/hello.wasm")
	cache := filepath.Join(dir, "cache")
	runHello := func(extra ...string) {
		t.Helper()
		args := append(append([]string{"run"}, extra...), hello)
		if code, out, errOut := kiln(args...); code != 0 || out != "hello, world\n" || errOut != "" {
			t.Fatalf("kiln %v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	size := func() string {
		t.Helper()
		code, out, errOut := kiln("cache", "--cache-dir", cache, "size")
		if code != 0 {
			t.Fatalf("cache size: exit %d, stderr %q", code, errOut)
		}
		return out
	}
	if got := size(); got != "0 entries, 0 bytes\n0 file records, 0 bytes\n" {
		t.Errorf("size of a missing cache: %q", got)
	}

	// --no-cache writes nothing.
	runHello("--no-cache", "--cache-dir", cache)
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Errorf("--no-cache created the cache: %v", err)
	}

	runHello("--cache-dir", cache)
	entries, _ := filepath.Glob(filepath.Join(cache, "*", "*.kiln"))
	if len(entries) != 1 {
		t.Fatalf("cache entries: %v", entries)
	}
	entry := entries[0]
	good := readFile(t, entry)
	// (No file record: the file was written just now; TestRunModified.)
	if got := size(); got != fmt.Sprintf("1 entries, %d bytes\n0 file records, 0 bytes\n", len(good)) {
		t.Errorf("size: %q", got)
	}
	// The entry is what kiln compile makes.
	if code, _, errOut := kiln("compile", "-o", filepath.Join(dir, "hello.kiln"), hello); code != 0 {
		t.Fatalf("compile: exit %d, stderr %q", code, errOut)
	}
	if !bytes.Equal(readFile(t, filepath.Join(dir, "hello.kiln")), good) {
		t.Error("the cache entry differs from kiln compile's artifact")
	}

	// A second run uses the entry: it is not written again.
	st1, _ := os.Stat(entry)
	runHello("--cache-dir", cache)
	if st2, err := os.Stat(entry); err != nil || !os.SameFile(st1, st2) {
		t.Errorf("the entry was rewritten on a hit (%v)", err)
	}
	// --no-cache neither reads nor writes it.
	os.WriteFile(entry, []byte("garbage"), 0o644)
	runHello("--no-cache", "--cache-dir", cache)
	if got := readFile(t, entry); string(got) != "garbage" {
		t.Error("--no-cache replaced the entry")
	}

	// Damaged, truncated, stale or foreign entries are ignored and
	// replaced.
	stale := bytes.Clone(good)
	stale[72+24*11+1] ^= 0x20 // a character of the Kiln version
	binary.LittleEndian.PutUint32(stale[len(stale)-4:], crc32.ChecksumIEEE(stale[:len(stale)-4]))
	add := writeFile(t, filepath.Join(dir, "add.wasm"), []byte(addModule))
	if code, _, errOut := kiln("compile", add); code != 0 {
		t.Fatalf("compile: exit %d, stderr %q", code, errOut)
	}
	foreign := readFile(t, filepath.Join(dir, "add.kiln"))
	for name, data := range map[string][]byte{
		"garbage":   []byte("garbage"),
		"empty":     nil,
		"truncated": good[:len(good)-7],
		"flipped":   func() []byte { b := bytes.Clone(good); b[100] ^= 1; return b }(),
		"stale":     stale,
		"foreign":   foreign,
	} {
		writeFile(t, entry, data)
		runHello("--cache-dir", cache)
		if !bytes.Equal(readFile(t, entry), good) {
			t.Errorf("%s entry: not replaced", name)
		}
	}

	// kiln cache dir, clean.
	if code, out, _ := kiln("cache", "--cache-dir", cache, "dir"); code != 0 || out != cache+"\n" {
		t.Errorf("cache dir: exit %d, stdout %q", code, out)
	}
	if code, out, errOut := kiln("cache", "--cache-dir", cache, "clean", "--max-size", "1G"); code != 0 || out != "removed 0 entries, 0 file records\n" {
		t.Errorf("clean --max-size 1G: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, errOut := kiln("cache", "--cache-dir", cache, "clean", "--max-size", "1K"); code != 0 || out != "removed 1 entries, 0 file records\n" {
		t.Errorf("clean --max-size 1K: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	runHello("--cache-dir", cache)
	if code, out, errOut := kiln("cache", "--cache-dir", cache, "clean"); code != 0 || out != "removed 1 entries, 0 file records\n" {
		t.Errorf("clean: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got := size(); got != "0 entries, 0 bytes\n0 file records, 0 bytes\n" {
		t.Errorf("size after clean: %q", got)
	}
	for _, args := range [][]string{
		{"cache"},
		{"cache", "--cache-dir", cache, "bogus"},
		{"cache", "--cache-dir", cache, "size", "extra"},
		{"cache", "--cache-dir", cache, "clean", "--max-size", "lots"},
	} {
		code, _, errOut := kiln(args...)
		if code != 2 || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || errOut == "" {
			t.Errorf("kiln %v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// kiln run records the hash of a module file a few seconds old, and then
// runs it from the cache without reading it; a module modified in place,
// even to the same size and with its modification time put back, is read
// and compiled again.
func TestRunModified(t *testing.T) {
	dir := t.TempDir()
	cache := filepath.Join(dir, "cache")
	mod := writeFile(t, filepath.Join(dir, "op.wasm"), []byte(addModule))
	fi, err := os.Stat(mod)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := artifact.FileIDOf(fi)
	// Until it is FileSumMinAge old, a file could change without its
	// timestamps showing it: it is hashed, not recorded.
	time.Sleep(time.Until(time.Unix(0, id.Ctime).Add(artifact.FileSumMinAge + 100*time.Millisecond)))
	invoke := func(want string) {
		t.Helper()
		if code, out, errOut := kiln("run", "--cache-dir", cache, "--invoke", "add", mod, "5", "3"); code != 0 || out != want {
			t.Fatalf("run: exit %d, stdout %q (want %q), stderr %q", code, out, want, errOut)
		}
	}
	size := func() string {
		t.Helper()
		_, out, _ := kiln("cache", "--cache-dir", cache, "size")
		return out
	}
	invoke("8\n")
	if got := size(); !regexp.MustCompile(`^1 entries, \d+ bytes\n1 file records, \d+ bytes\n$`).MatchString(got) {
		t.Fatalf("size: %q", got)
	}
	invoke("8\n") // from the record

	// i32.add becomes i32.sub: same size; the mtime is put back.
	sub := []byte(addModule)
	if i := bytes.IndexByte(sub, 0x6a); i < 0 || bytes.LastIndexByte(sub, 0x6a) != i {
		t.Fatal("no single i32.add in addModule")
	} else {
		sub[i] = 0x6b
	}
	writeFile(t, mod, sub) // seconds after the first write: a new ctime
	if err := os.Chtimes(mod, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if fi2, _ := os.Stat(mod); fi2.Size() != fi.Size() || !fi2.ModTime().Equal(fi.ModTime()) {
		t.Fatal("size or mtime differ")
	}
	invoke("2\n")
	invoke("2\n")
	// The changed file is too fresh to be recorded: the old record stays
	// until kiln cache clean.
	if got := size(); !regexp.MustCompile(`^2 entries, \d+ bytes\n1 file records, \d+ bytes\n$`).MatchString(got) {
		t.Errorf("size: %q", got)
	}
	if code, out, _ := kiln("cache", "--cache-dir", cache, "clean"); code != 0 || out != "removed 2 entries, 1 file records\n" {
		t.Errorf("clean: exit %d, stdout %q", code, out)
	}
}

// Without --cache-dir, kiln run and kiln cache use $XDG_CACHE_HOME/kiln.
func TestDefaultCache(t *testing.T) {
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home)
	want := filepath.Join(home, "kiln")
	if code, out, _ := kiln("cache", "dir"); code != 0 || out != want+"\n" {
		t.Errorf("cache dir: exit %d, stdout %q, want %q", code, out, want)
	}
	add := writeFile(t, filepath.Join(t.TempDir(), "add.wasm"), []byte(addModule))
	if code, out, errOut := kiln("run", "--invoke", "add", add, "1", "2"); code != 0 || out != "3\n" {
		t.Fatalf("run: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, _ := kiln("cache", "size"); code != 0 || !regexp.MustCompile(`^1 entries, \d+ bytes\n0 file records, 0 bytes\n$`).MatchString(out) {
		t.Errorf("cache size: exit %d, stdout %q", code, out)
	}
}
