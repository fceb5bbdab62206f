package regalloc_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend/amd64"
	"github.com/kilnwasm/kiln/backend/internal/regalloc"
	"github.com/kilnwasm/kiln/backend/lower"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// selectModule runs the amd64 instruction selector over every function of
// a module it supports (errors, such as SIMD, skip the function).
func selectModule(tb testing.TB, file string, limit int) []*mach.Func {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	m, err := wasm.Decode(b)
	if err != nil || validate.Module(m) != nil {
		return nil
	}
	env := mach.NewEnv(m)
	tr := translate.New()
	var out []*mach.Func
	for i := m.NumImportedFuncs; i < m.NumFuncs() && len(out) < limit; i++ {
		f, err := tr.Function(m, i)
		if err != nil || opt.Optimize(f, false) != nil {
			continue
		}
		lower.Prepare(f, env)
		l, err := amd64.Select(f, env)
		if err != nil {
			continue
		}
		out = append(out, l.Code)
	}
	return out
}

func realModules() []string {
	var files []string
	dir, _ := testpaths.SpecTest()
	fs, _ := filepath.Glob(filepath.Join(dir, "*.wasm"))
	files = append(files, fs...)
	fs, _ = filepath.Glob(filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "*.wasm"))
	for _, f := range fs {
		if st, err := os.Stat(f); err == nil && st.Size() < 1<<20 {
			files = append(files, f)
		}
	}
	return files
}

// TestRealCode allocates the amd64 instruction selector's output for the
// spec suite's modules and the benchmark programs, and checks every
// allocation.
func TestRealCode(t *testing.T) {
	files := realModules()
	if len(files) == 0 {
		t.Skip("no modules found")
	}
	a := regalloc.NewAllocator()
	var n, insts int
	var tot regalloc.Stats
	var el time.Duration
	for _, file := range files {
		for _, f := range selectModule(t, file, 1<<30) {
			start := time.Now()
			al, err := a.Allocate(f, amd64.RegInfo)
			el += time.Since(start)
			if err != nil {
				t.Fatalf("%s: %v", filepath.Base(file), err)
			}
			if err := regalloc.Check(f, amd64.RegInfo, al); err != nil {
				t.Fatalf("%s: %v", filepath.Base(file), err)
			}
			s := a.Stats()
			tot.Stores += s.Stores
			tot.Loads += s.Loads
			tot.RegMoves += s.RegMoves
			tot.MovesCoalesced += s.MovesCoalesced
			tot.MovesKept += s.MovesKept
			tot.SpilledVRegs += s.SpilledVRegs
			tot.Intervals += s.Intervals
			tot.Splits += s.Splits
			tot.Cycles += s.Cycles
			n++
			insts += len(f.Insts)
		}
	}
	t.Logf("%d functions, %d instructions from %d modules: %.0f ns/inst; %+v", n, insts, len(files), float64(el.Nanoseconds())/float64(max(insts, 1)), tot)
}

// BenchmarkRealCode allocates the functions of the largest benchmark
// program (a Go-compiled module) with the amd64 register file.
func BenchmarkRealCode(b *testing.B) {
	file := filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "gobig.wasm")
	fs := selectModule(b, file, 3000)
	if len(fs) == 0 {
		b.Skip("gobig.wasm not found")
	}
	insts := 0
	for _, f := range fs {
		insts += len(f.Insts)
	}
	a := regalloc.NewAllocator()
	b.ReportAllocs()
	b.ResetTimer()
	var st regalloc.Stats
	for b.Loop() {
		st = regalloc.Stats{}
		for _, f := range fs {
			if _, err := a.Allocate(f, amd64.RegInfo); err != nil {
				b.Fatal(err)
			}
			s := a.Stats()
			st.Stores += s.Stores
			st.Loads += s.Loads
			st.RegMoves += s.RegMoves
			st.MovesCoalesced += s.MovesCoalesced
			st.MovesKept += s.MovesKept
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(insts), "ns/inst")
	b.ReportMetric(float64(insts), "insts")
	b.ReportMetric(float64(st.Stores+st.Loads)/float64(insts)*100, "spillmoves/100inst")
	b.ReportMetric(float64(st.RegMoves)/float64(insts)*100, "regmoves/100inst")
	b.ReportMetric(float64(st.MovesCoalesced)/float64(max(1, st.MovesCoalesced+st.MovesKept))*100, "%moves-coalesced")
}
