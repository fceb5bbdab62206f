package validate_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// wasiModules lists the WASI testsuite's programs: real modules built by
// rustc, clang and AssemblyScript.
func wasiModules(tb testing.TB) []string {
	dir, fromEnv := testpaths.WASITestsuite()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.wasm"))
	if len(files) == 0 {
		if fromEnv {
			tb.Fatalf("KILN_WASI_TESTSUITE=%s holds no */*.wasm", dir)
		}
		tb.Skipf("WASI testsuite not found at %s (set KILN_WASI_TESTSUITE)", dir)
	}
	return files
}

func decodeValidate(b []byte) (*wasm.Module, error) {
	m, err := wasm.Decode(b)
	if err != nil {
		return nil, err
	}
	return m, validate.Module(m)
}

func TestRealModules(t *testing.T) {
	for _, f := range wasiModules(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := decodeValidate(b)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		// rustc and clang keep a name section; AssemblyScript's builds do not.
		hasNames := filepath.Base(filepath.Dir(f)) != "assemblyscript"
		if len(m.Codes) == 0 || hasNames && len(m.Names.Funcs) == 0 {
			t.Errorf("%s: %d bodies, %d function names", f, len(m.Codes), len(m.Names.Funcs))
		}
	}
}

// largestWASIModule returns the biggest module of the suite's rust/ folder.
func largestWASIModule(b *testing.B) []byte {
	files := wasiModules(b)
	sort.Slice(files, func(i, j int) bool { return size(files[i]) > size(files[j]) })
	for _, f := range files {
		if filepath.Base(filepath.Dir(f)) == "rust" {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			b.Logf("%s: %d bytes", f, len(data))
			return data
		}
	}
	b.Skip("no rust module")
	return nil
}

func size(f string) int64 {
	st, err := os.Stat(f)
	if err != nil {
		return 0
	}
	return st.Size()
}

// BenchmarkDecodeValidate measures decode+validate throughput on the largest
// Rust module of the WASI testsuite, on GOMAXPROCS cores (run with -cpu 1,2
// for sequential and parallel figures).
func BenchmarkDecodeValidate(b *testing.B) {
	data := largestWASIModule(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeValidate(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecode measures the decoder alone.
func BenchmarkDecode(b *testing.B) {
	data := largestWASIModule(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := wasm.Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// ModuleContext stops when its context is done: a cancelled context is
// reported for a module validated in parallel (gobig, 17.5 MB) and for one
// validated on one goroutine; an open one changes nothing.
func TestModuleContext(t *testing.T) {
	files := wasiModules(t)
	files = append(files, filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "gobig.wasm"))
	done, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range []string{files[0], files[len(files)-1]} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Skip(err)
		}
		m, err := wasm.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate.ModuleContext(done, m); !errors.Is(err, context.Canceled) {
			t.Errorf("%s: cancelled: %v", filepath.Base(f), err)
		}
		if err := validate.ModuleContext(context.Background(), m); err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
}
