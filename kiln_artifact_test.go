package kiln_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// Offsets in an artifact's header (runtime/artifact: Encode).
const (
	artifactArch     = 16
	artifactFeatures = 24
	artifactVersion  = 72 + 24*11 // after the section table: uvarint length, then the Kiln version
)

// reseal recomputes an artifact's CRC-32 trailer after a change, as if it
// had been written that way.
func reseal(b []byte) []byte {
	binary.LittleEndian.PutUint32(b[len(b)-4:], crc32.ChecksumIEEE(b[:len(b)-4]))
	return b
}

// exampleCalls runs example.wasm's exports on a new instance of mod:
// add(40, 2), then report(7), and returns what they did: add's result,
// the logged value, the count global and the word at address 16.
func exampleCalls(t *testing.T, mod *kiln.Module) [4]any {
	t.Helper()
	ctx := context.Background()
	var logged int32
	inst, err := mod.Instantiate(ctx, kiln.NewImports().Func("env", "log", func(x int32) { logged = x }))
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	sum, err := inst.Func("add").Call(ctx, int32(40), int32(2))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := inst.Func("report").Call(ctx, int32(7)); err != nil {
		t.Fatal(err)
	}
	count, err := inst.Global("count").Get()
	if err != nil {
		t.Fatal(err)
	}
	word, err := inst.Memory().Read(16, 4)
	if err != nil {
		t.Fatal(err)
	}
	return [4]any{sum[0], logged, count, int32(binary.LittleEndian.Uint32(word))}
}

var exampleWant = [4]any{int32(42), int32(7), int32(1), int32(7)}

func TestArtifactRoundTrip(t *testing.T) {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	if got := exampleCalls(t, mod); got != exampleWant {
		t.Fatalf("compiled: %v, want %v", got, exampleWant)
	}
	a, err := mod.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(a, []byte("\x00kilnaot")) {
		t.Fatalf("artifact starts %q", a[:8])
	}

	loaded, err := kiln.LoadArtifact(a)
	if err != nil {
		t.Fatal(err)
	}
	defer loaded.Close()
	if got := exampleCalls(t, loaded); got != exampleWant {
		t.Errorf("loaded: %v, want %v", got, exampleWant)
	}
	// Loading the same bytes twice gives two working modules.
	loaded2, err := kiln.LoadArtifact(a)
	if err != nil {
		t.Fatal(err)
	}
	defer loaded2.Close()
	if got := exampleCalls(t, loaded2); got != exampleWant {
		t.Errorf("loaded again: %v, want %v", got, exampleWant)
	}
	if got, want := fmt.Sprint(loaded.Exports()), fmt.Sprint(mod.Exports()); got != want {
		t.Errorf("exports %v, want %v", got, want)
	}
	if got, want := fmt.Sprint(loaded.Imports()), fmt.Sprint(mod.Imports()); got != want {
		t.Errorf("imports %v, want %v", got, want)
	}

	// A loaded module's artifact is the one it came from; changing the
	// copy MarshalBinary returns changes nothing.
	a2, err := loaded.MarshalBinary()
	if err != nil || !bytes.Equal(a, a2) {
		t.Errorf("MarshalBinary of a loaded module differs (%v)", err)
	}
	clear(a2)
	if got := exampleCalls(t, loaded); got != exampleWant {
		t.Errorf("after clearing MarshalBinary's result: %v", got)
	}

	// Compile accepts an artifact.
	fromCompile, err := kiln.Compile(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	defer fromCompile.Close()
	if got := exampleCalls(t, fromCompile); got != exampleWant {
		t.Errorf("Compile(artifact): %v, want %v", got, exampleWant)
	}
	// Compiling is deterministic: the same module gives the same artifact.
	mod2, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		t.Fatal(err)
	}
	defer mod2.Close()
	if a3, _ := mod2.MarshalBinary(); !bytes.Equal(a, a3) {
		t.Error("two compilations give different artifacts")
	}
}

// A module compiled WithArtifactOnly is not instantiated; its artifact,
// written by WriteArtifact or returned by MarshalBinary, is that of a
// module compiled as usual, for this machine as for another, and runs.
func TestArtifactOnly(t *testing.T) {
	ctx := context.Background()
	other := map[string]string{"amd64": "arm64", "arm64": "amd64"}[runtime.GOARCH]
	for _, target := range []string{"host", other} {
		tg, err := kiln.ParseTarget(target)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := kiln.Compile(ctx, exampleModule(), kiln.WithTarget(tg))
		if err != nil {
			t.Fatal(err)
		}
		want, err := mod.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var loadedW bytes.Buffer
		if err := mod.WriteArtifact(&loadedW); err != nil || !bytes.Equal(loadedW.Bytes(), want) {
			t.Errorf("%s: WriteArtifact differs from MarshalBinary (%v)", target, err)
		}
		mod.Close()

		only, err := kiln.Compile(ctx, exampleModule(), kiln.WithTarget(tg), kiln.WithArtifactOnly())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := only.Instantiate(ctx, logImports()); err == nil {
			t.Errorf("%s: Instantiate of an artifact-only module succeeded", target)
		}
		if got := only.Target(); got.Arch != tg.Arch {
			t.Errorf("%s: Target() = %v", target, got)
		}
		var w bytes.Buffer
		if err := only.WriteArtifact(&w); err != nil || !bytes.Equal(w.Bytes(), want) {
			t.Errorf("%s: WriteArtifact of an artifact-only module differs (%v)", target, err)
		}
		if a, err := only.MarshalBinary(); err != nil || !bytes.Equal(a, want) {
			t.Errorf("%s: MarshalBinary of an artifact-only module differs (%v)", target, err)
		}
		only.Close()
		if target != "host" {
			continue
		}
		loaded, err := kiln.LoadArtifact(w.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if got := exampleCalls(t, loaded); got != exampleWant {
			t.Errorf("loaded: %v, want %v", got, exampleWant)
		}
		loaded.Close()
	}
}

// WriteArtifact returns the writer's error.
func TestWriteArtifactError(t *testing.T) {
	mod, err := kiln.Compile(context.Background(), exampleModule(), kiln.WithArtifactOnly())
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := mod.WriteArtifact(failingWriter{boom}); !errors.Is(err, boom) {
		t.Errorf("WriteArtifact: %v, want %v", err, boom)
	}
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

// (module (func $boom (export "boom") unreachable)), with a name section.
const boomModule = "\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00\x03\x02\x01\x00" +
	"\x07\x08\x01\x04boom\x00\x00\x0a\x05\x01\x03\x00\x00\x0b" +
	"\x00\x0e\x04name\x01\x07\x01\x00\x04boom"

// A trap in a loaded module reports the same function, Wasm offset and
// name as in the compiled one (the trap sites and names travel in the
// artifact).
func TestArtifactTrap(t *testing.T) {
	ctx := context.Background()
	trapOf := func(mod *kiln.Module) *kiln.Trap {
		t.Helper()
		inst, err := mod.Instantiate(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer inst.Close()
		_, err = inst.Func("boom").Call(ctx)
		var tr *kiln.Trap
		if !errors.As(err, &tr) || tr.Code != trap.CodeUnreachable {
			t.Fatalf("call: %v", err)
		}
		return tr
	}
	mod, err := kiln.Compile(ctx, []byte(boomModule))
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	a, _ := mod.MarshalBinary()
	loaded, err := kiln.LoadArtifact(a)
	if err != nil {
		t.Fatal(err)
	}
	defer loaded.Close()
	want, got := trapOf(mod), trapOf(loaded)
	if got.Func != want.Func || got.Offset != want.Offset || got.NativeOffset != want.NativeOffset || got.Error() != want.Error() {
		t.Errorf("loaded: trap %+v, compiled: %+v", got, want)
	}
	if want.NativeOffset {
		t.Errorf("the compiled module's trap has no Wasm offset: %+v", want)
	}
	if name := loaded.FunctionName(0); name != "boom" {
		t.Errorf("FunctionName(0) = %q", name)
	}
}

// A damaged artifact, or one for another machine, fails to load with
// ErrArtifact and a message that says why.
func TestArtifactErrors(t *testing.T) {
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, exampleModule())
	if err != nil {
		t.Fatal(err)
	}
	defer mod.Close()
	a, _ := mod.MarshalBinary()
	other := "arm64"
	if runtime.GOARCH == "arm64" {
		other = "amd64"
	}
	for _, tc := range []struct {
		name   string
		change func(b []byte) []byte
		want   string
	}{
		{"bit flipped in the code", func(b []byte) []byte { b[1<<14+5] ^= 0x10; return b }, "checksum mismatch"},
		{"bit flipped in the header", func(b []byte) []byte { b[20] ^= 1; return b }, "checksum mismatch"},
		{"truncated", func(b []byte) []byte { return b[:len(b)-100] }, "checksum mismatch"},
		{"truncated to the header", func(b []byte) []byte { return b[:40] }, "truncated"},
		{"magic only", func(b []byte) []byte { return b[:8] }, "truncated"},
		{"another architecture", func(b []byte) []byte {
			b[artifactArch] = map[string]byte{"amd64": 1, "arm64": 2}[other]
			return reseal(b)
		}, "the code is for " + other},
		{"CPU features", func(b []byte) []byte {
			for i := range 8 {
				b[artifactFeatures+i] = 0xff
			}
			return reseal(b)
		}, "CPU features this machine lacks"},
		{"another Kiln version", func(b []byte) []byte { b[artifactVersion+1] ^= 0x20; return reseal(b) }, "made by Kiln"},
	} {
		b := tc.change(bytes.Clone(a))
		for _, load := range []struct {
			name string
			fn   func([]byte) (*kiln.Module, error)
		}{
			{"LoadArtifact", kiln.LoadArtifact},
			{"Compile", func(b []byte) (*kiln.Module, error) { return kiln.Compile(ctx, b) }},
			{"Compile with a cache", func(b []byte) (*kiln.Module, error) { return kiln.Compile(ctx, b, kiln.WithCache(t.TempDir())) }},
		} {
			m, err := load.fn(b)
			if err == nil {
				m.Close()
				t.Errorf("%s: %s succeeded", tc.name, load.name)
				continue
			}
			if !errors.Is(err, kiln.ErrArtifact) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: %s: %v, want ErrArtifact saying %q", tc.name, load.name, err, tc.want)
			}
		}
	}
}

// cacheEntries returns the entries of the cache in dir.
func cacheEntries(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.kiln"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// The second compilation of a module with WithCache loads its artifact;
// a damaged, stale or foreign entry is ignored, replaced, and never run.
func TestCompileWithCache(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	compile := func() *kiln.Module {
		t.Helper()
		mod, err := kiln.Compile(ctx, exampleModule(), kiln.WithCache(dir))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { mod.Close() })
		if got := exampleCalls(t, mod); got != exampleWant {
			t.Fatalf("results %v, want %v", got, exampleWant)
		}
		return mod
	}
	mod := compile()
	entries := cacheEntries(t, dir)
	if len(entries) != 1 {
		t.Fatalf("cache entries after the first compilation: %v", entries)
	}
	entry := entries[0]
	good, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := mod.MarshalBinary(); !bytes.Equal(a, good) {
		t.Error("the cache entry is not the module's artifact")
	}
	st1, _ := os.Stat(entry)

	// A hit reads the entry and leaves it alone (a miss would write a new
	// file in its place).
	compile()
	st2, err := os.Stat(entry)
	if err != nil || !os.SameFile(st1, st2) {
		t.Errorf("the entry was rewritten on a hit (%v)", err)
	}

	// The artifact of another module (valid, but not this module's).
	boom, err := kiln.Compile(ctx, []byte(boomModule))
	if err != nil {
		t.Fatal(err)
	}
	defer boom.Close()
	foreign, _ := boom.MarshalBinary()

	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"garbage", bytes.Repeat([]byte("garbage!"), 3000)},
		{"empty", nil},
		{"truncated", good[:len(good)/2]},
		{"truncated by one byte", good[:len(good)-1]},
		{"bit flipped", func() []byte { b := bytes.Clone(good); b[len(b)/2] ^= 8; return b }()},
		{"another Kiln version", func() []byte { b := bytes.Clone(good); b[artifactVersion+1] ^= 0x20; return reseal(b) }()},
		{"CPU features this machine lacks", func() []byte {
			b := bytes.Clone(good)
			copy(b[artifactFeatures:], bytes.Repeat([]byte{0xff}, 8))
			return reseal(b)
		}()},
		{"another module's artifact", foreign},
		{"a .wasm", exampleModule()},
	} {
		if err := os.WriteFile(entry, tc.data, 0o644); err != nil {
			t.Fatal(err)
		}
		compile() // runs correctly: the entry was not used
		got, err := os.ReadFile(entry)
		if err != nil || !bytes.Equal(got, good) {
			t.Errorf("%s: the entry was not replaced by a good one (%d bytes, %v)", tc.name, len(got), err)
		}
	}
	if n := len(cacheEntries(t, dir)); n != 1 {
		t.Errorf("%d entries", n)
	}

	// Another module gets its own entry.
	if m, err := kiln.Compile(ctx, []byte(boomModule), kiln.WithCache(dir)); err != nil {
		t.Fatal(err)
	} else {
		m.Close()
	}
	if n := len(cacheEntries(t, dir)); n != 2 {
		t.Errorf("%d entries after a second module", n)
	}
}

// A cache that cannot be written costs speed, not correctness.
func TestCompileWithUnwritableCache(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("not a directory"), 0o644)
	for range 2 {
		mod, err := kiln.Compile(context.Background(), exampleModule(), kiln.WithCache(file))
		if err != nil {
			t.Fatal(err)
		}
		if got := exampleCalls(t, mod); got != exampleWant {
			t.Errorf("results %v", got)
		}
		mod.Close()
	}
}

func TestDefaultCacheDir(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", dir)
	if d, err := kiln.DefaultCacheDir(); err != nil || d != filepath.Join(dir, "kiln") {
		t.Errorf("DefaultCacheDir: %q, %v", d, err)
	}
}
