package regalloc

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend/mach"
)

// BenchmarkAllocate allocates large generated functions with the amd64
// register file and reports time per instruction and quality figures.
func BenchmarkAllocate(b *testing.B) {
	for _, size := range []int{1000, 10000, 100000} {
		for _, regs := range []string{"amd64", "amd64-rarecalls", "small"} {
			b.Run(fmt.Sprintf("%s/%d", regs, size), func(b *testing.B) {
				ri := amd64Regs()
				if regs == "small" {
					ri = smallRegs()
				}
				f := genFuncCalls(uint64(size), size, ri, regs == "amd64-rarecalls")
				var a Allocator
				if _, err := a.Allocate(f, ri); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				b.ResetTimer()
				cpu0 := cpuTime()
				for b.Loop() {
					if _, err := a.Allocate(f, ri); err != nil {
						b.Fatal(err)
					}
				}
				// CPU time as well as wall time: the machine may be shared.
				b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N)/float64(len(f.Insts)), "cpu-ns/inst")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(f.Insts)), "ns/inst")
				reportQuality(b, &a, f)
			})
		}
	}
}

// cpuTime is the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportQuality(b *testing.B, a *Allocator, f *mach.Func) {
	s := a.Stats()
	n := float64(len(f.Insts))
	b.ReportMetric(n, "insts")
	b.ReportMetric(float64(s.Stores)/n*100, "stores/100inst")
	b.ReportMetric(float64(s.Loads)/n*100, "loads/100inst")
	b.ReportMetric(float64(s.RegMoves)/n*100, "regmoves/100inst")
	b.ReportMetric(float64(s.MovesCoalesced)/float64(max(1, s.MovesCoalesced+s.MovesKept))*100, "%moves-coalesced")
}

// TestLarge allocates and checks large functions, and logs figures.
func TestLarge(t *testing.T) {
	sizes := []int{5000, 20000}
	if testing.Short() {
		sizes = sizes[:1]
	}
	for _, size := range sizes {
		for _, ri := range []*mach.RegInfo{amd64Regs(), smallRegs()} {
			f := genFunc(uint64(size)+1, size, ri)
			var a Allocator
			start := time.Now()
			al, err := a.Allocate(f, ri)
			el := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			cs := time.Now()
			if err := Check(f, ri, al); err != nil {
				t.Fatal(err)
			}
			s := a.Stats()
			t.Logf("%d insts, %d blocks, %d vregs, %d allocatable int: %v (%.0f ns/inst), check %v; %d slots, %+v",
				len(f.Insts), len(f.Blocks), f.NumVRegs(), len(ri.Allocatable[0]), el, float64(el.Nanoseconds())/float64(len(f.Insts)), time.Since(cs), al.NumSlots, s)
		}
	}
}

// TestLoopAwareSplit compares the edits weighted by 8^loop depth (a proxy
// for how often they run) with and without splitPos's loop heuristic.
func TestLoopAwareSplit(t *testing.T) {
	ri := amd64Regs()
	var a Allocator
	weigh := func(f *mach.Func, al *mach.Allocation) (w float64) {
		for _, e := range al.Edits {
			i := e.Before
			if i >= len(f.Insts) { // an edge stub's: weighed as its block
				_, i = f.BlockInsts(al.Stubs[i-len(f.Insts)].Block)
				i--
			}
			d := a.depth[a.instBlock[i]]
			x := 1.0
			for range d {
				x *= 8
			}
			w += x
		}
		return w
	}
	var on, off float64
	for seed := range uint64(200) {
		f := genFuncCalls(seed, 300, ri, seed%2 == 0)
		al := allocCheck(t, &a, f, ri)
		on += weigh(f, al)
		noLoopSplit = true
		al = allocCheck(t, &a, f, ri)
		off += weigh(f, al)
		noLoopSplit = false
	}
	t.Logf("weighted edits: %.0f with loop-aware split positions, %.0f without (%.1f%%)", on, off, 100*(on-off)/off)
}
