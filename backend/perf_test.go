package backend

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"

	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// largestRustModule is the biggest program of the WASI testsuite's rust/.
func largestRustModule(b *testing.B) (*wasm.Module, int) {
	dir, _ := testpaths.WASITestsuite()
	files, _ := filepath.Glob(filepath.Join(dir, "rust", "*.wasm"))
	if len(files) == 0 {
		b.Skip("WASI testsuite not found")
	}
	size := func(f string) int64 { st, _ := os.Stat(f); return st.Size() }
	sort.Slice(files, func(i, j int) bool { return size(files[i]) > size(files[j]) })
	data, err := os.ReadFile(files[0])
	if err != nil {
		b.Fatal(err)
	}
	m, err := wasm.Decode(data)
	if err != nil {
		b.Fatal(err)
	}
	if err := validate.Module(m); err != nil {
		b.Fatal(err)
	}
	code := 0
	for _, c := range m.Codes {
		code += len(c.Body)
	}
	return m, code
}

// BenchmarkCompileModule compiles the largest Rust test program with one
// worker and with one per CPU; MB/s counts code-section bytes, and
// peak-MB the heap in use at the end of a compile.
func BenchmarkCompileModule(b *testing.B) {
	m, code := largestRustModule(b)
	for _, w := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(map[bool]string{true: "sequential", false: "parallel"}[w == 1], func(b *testing.B) {
			b.SetBytes(int64(code))
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				if _, err := Compile(context.Background(), m, Options{Workers: w}); err != nil {
					b.Fatal(err)
				}
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
		})
	}
}
