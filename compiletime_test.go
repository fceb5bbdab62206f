package kiln_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// Hostile modules must not make the compiler superlinear: these build
// single-function modules in Go (no external tools) and time kiln.Compile.

// oneFuncModule is a module with one function of type params -> results,
// no locals, exported as "f", whose body is body (without its final end).
func oneFuncModule(params, results []wasm.ValType, body []byte) []byte {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: params, Results: results}}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: body}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode()
}

// nestedModule nests n empty blocks of kind op (0x02 block, 0x03 loop).
func nestedModule(op byte, n int) []byte {
	expr := make([]byte, 0, 3*n)
	for i := 0; i < n; i++ {
		expr = append(expr, op, 0x40)
	}
	for i := 0; i < n; i++ {
		expr = append(expr, 0x0b)
	}
	return oneFuncModule(nil, nil, expr)
}

// addChainModule is (func (param i32) (result i32) local.get 0, then n
// times i32.const 1; i32.add).
func addChainModule(n int) []byte {
	expr := make([]byte, 0, 3*n+3)
	expr = append(expr, 0x20, 0x00)
	for i := 0; i < n; i++ {
		expr = append(expr, 0x41, 0x01, 0x6a)
	}
	return oneFuncModule([]wasm.ValType{wasm.I32}, []wasm.ValType{wasm.I32}, expr)
}

// i32Module is a module with one function (i32) -> i32, exported as "f",
// with nlocals i32 locals and, if memory, a memory of one page.
func i32Module(nlocals int, memory bool, body []byte) []byte {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	locals := make([]wasm.ValType, nlocals)
	for i := range locals {
		locals[i] = wasm.I32
	}
	if memory {
		m.Memory = &wasmgen.Memory{Min: 1}
	}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Locals: locals, Body: body}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode()
}

func compileTime(t testing.TB, mod []byte, opts ...kiln.CompileOption) time.Duration {
	t.Helper()
	start := time.Now()
	m, err := kiln.Compile(context.Background(), mod, opts...)
	d := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	return d
}

// TestCompileTimeLinearInNesting compiles 1k, 4k and 16k nested loops (and
// blocks) and checks that the time grows about linearly: 16 times the
// depth may take at most 64 times as long (a quadratic pass makes it 150
// to 250). The best of a few runs is taken for each size so that a loaded
// machine does not make the test flaky. Without -short it also compiles
// 65,000 nested loops and blocks, which must take under 2 s each (before:
// 45 s to 185 s for the loops).
func TestCompileTimeLinearInNesting(t *testing.T) {
	sizes := []int{1000, 4000, 16000}
	runs := 3
	if testing.Short() {
		runs = 2
	}
	for _, kind := range []struct {
		name string
		op   byte
	}{{"loop", 0x03}, {"block", 0x02}} {
		best := make([]time.Duration, len(sizes))
		for i, n := range sizes {
			mod := nestedModule(kind.op, n)
			for r := 0; r < runs; r++ {
				d := compileTime(t, mod)
				if r == 0 || d < best[i] {
					best[i] = d
				}
			}
			t.Logf("%d nested %ss: %v", n, kind.name, best[i])
		}
		// A floor on the smallest time: below it timer and scheduler
		// noise dominate the ratio.
		base := max(best[0], 2*time.Millisecond)
		if r := float64(best[1]) / float64(base); r > 4*4 {
			t.Errorf("nested %ss: 4k take %.1f times as long as 1k (linear: 4)", kind.name, r)
		}
		if r := float64(best[2]) / float64(base); r > 16*4 {
			t.Errorf("nested %ss: 16k take %.1f times as long as 1k (linear: 16)", kind.name, r)
		}
		if testing.Short() {
			continue
		}
		d := compileTime(t, nestedModule(kind.op, 65000))
		t.Logf("65000 nested %ss: %v", kind.name, d)
		if d > 2*time.Second {
			t.Errorf("65000 nested %ss took %v to compile", kind.name, d)
		}
	}
}

// liveLoopModule has nloc i32 locals, all set, then a loop that reads and
// writes every one of them (all live across it), then their sum.
func liveLoopModule(nloc int) []byte {
	c := &wasmgen.Code{}
	for i := 0; i < nloc; i++ {
		c.I32Const(int32(i)).Op(wasm.OpLocalSet).U32(uint32(i + 1))
	}
	c.Op(wasm.OpLoop).BlockEmpty()
	for i := 0; i < nloc; i++ {
		c.Op(wasm.OpLocalGet).U32(uint32(i + 1)).Op(wasm.OpLocalGet).U32(uint32((i*7)%nloc + 1)).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(uint32(i + 1))
	}
	c.Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(0).Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
	c.I32Const(0)
	for i := 0; i < nloc; i++ {
		c.Op(wasm.OpLocalGet).U32(uint32(i + 1)).Op(wasm.OpI32Add)
	}
	return i32Module(nloc, false, c.B)
}

// straightModule is one straight-line body of n steps over 64 locals
// mixing loads, stores and arithmetic (many values live at once).
func straightModule(n int) []byte {
	c := &wasmgen.Code{}
	for i := 0; i < n; i++ {
		a, b, d := uint32(i%64+1), uint32((i*13)%64+1), uint32((i*29)%64+1)
		c.Op(wasm.OpLocalGet).U32(a).Op(wasm.OpLocalGet).U32(b).Op(wasm.OpI32Mul)
		c.Op(wasm.OpLocalGet).U32(d).Op(wasm.OpI32Load).MemArg(2, uint32(i%4096)*4).Op(wasm.OpI32Xor)
		c.Op(wasm.OpLocalSet).U32(d)
		if i%5 == 0 {
			c.Op(wasm.OpLocalGet).U32(a).Op(wasm.OpLocalGet).U32(d).Op(wasm.OpI32Store).MemArg(2, 0)
		}
	}
	c.Op(wasm.OpLocalGet).U32(1)
	return i32Module(64, true, c.B)
}

// sumModule is one sum of n terms, the function's parameters over and
// over, accumulated in one block: a single tree of n additions for the
// optimizer to rebalance.
func sumModule(n int) []byte {
	c := (&wasmgen.Code{}).Op(wasm.OpLocalGet).U32(0)
	for i := 0; i < n; i++ {
		c.Op(wasm.OpLocalGet).U32(uint32(i%3 + 1)).Op(wasm.OpI32Add)
	}
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32, wasm.I32, wasm.I32, wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode()
}

// callsModule is a loop whose counter (a parameter of the loop's block)
// and one other value are passed to each of n calls of a function g and
// live across all of them: split at every call, one value in thousands
// of pieces, each with a move to the argument register.
func callsModule(n int) []byte {
	c := &wasmgen.Code{}
	get := func(i uint32) { c.Op(wasm.OpLocalGet).U32(i) }
	c.Op(wasm.OpLoop).BlockEmpty()
	for i := 0; i < n; i++ {
		get(0)
		c.Op(wasm.OpCall).U32(0)
		get(1)
		c.Op(wasm.OpI32Add)
		get(2)
		c.Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(2)
	}
	get(0)
	c.I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(0).Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
	get(2)
	i32 := []wasm.ValType{wasm.I32}
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: i32, Results: i32}, {Params: []wasm.ValType{wasm.I32, wasm.I32}, Results: i32}}
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 0, Body: (&wasmgen.Code{}).Op(wasm.OpLocalGet).U32(0).B},
		{TypeIndex: 1, Locals: i32, Body: c.B},
	}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 1}}
	return m.Encode()
}

// callIndirectModule is n times i32.const 1; local.get 0; call_indirect
// (type 0); drop, through a table of two entries that may grow: each
// call lowers into a bounds check and a check of the element's type (and
// null), with their trap stubs, and a call (the module's references are
// all its own: packed elements, no switch of instance).
func callIndirectModule(n int) []byte {
	c := &wasmgen.Code{}
	for i := 0; i < n; i++ {
		c.I32Const(1).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpCallIndirect).U32(0).U32(0).Op(wasm.OpDrop)
	}
	c.Op(wasm.OpLocalGet).U32(0)
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	m.Tables = []wasmgen.Table{{Elem: wasm.FuncRef, Min: 2}}
	m.Elems = []wasmgen.Elem{{Mode: wasm.SegmentActive, Offset: (&wasmgen.Code{}).I32Const(0).B, Funcs: []uint32{0, 0}}}
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 0, Body: (&wasmgen.Code{}).Op(wasm.OpLocalGet).U32(0).B},
		{TypeIndex: 0, Body: c.B},
	}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 1}}
	return m.Encode()
}

// directCallsModule is callIndirectModule with n direct calls: i32.const
// 1; call 0; drop.
func directCallsModule(n int) []byte {
	c := &wasmgen.Code{}
	for i := 0; i < n; i++ {
		c.I32Const(1).Op(wasm.OpCall).U32(0).Op(wasm.OpDrop)
	}
	c.Op(wasm.OpLocalGet).U32(0)
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 0, Body: (&wasmgen.Code{}).Op(wasm.OpLocalGet).U32(0).B},
		{TypeIndex: 0, Body: c.B},
	}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 1}}
	return m.Encode()
}

// copyLoopsModule is n byte-copy loops in a row, each followed by a use
// of its counter: loops the optimizer turns into memory.copy.
func copyLoopsModule(n int) []byte {
	c := &wasmgen.Code{}
	get := func(i uint32) { c.Op(wasm.OpLocalGet).U32(i) }
	for i := 0; i < n; i++ {
		get(0)
		c.Op(wasm.OpLocalSet).U32(3)
		c.Op(wasm.OpBlock).BlockEmpty()
		get(3)
		c.Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		get(1)
		get(3)
		c.Op(wasm.OpI32Add)
		get(2)
		get(3)
		c.Op(wasm.OpI32Add).Op(wasm.OpI32Load8U).MemArg(0, 0).Op(wasm.OpI32Store8).MemArg(0, 0)
		get(3)
		c.I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(3).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		get(1)
		get(3)
		c.Op(wasm.OpI32Add).I32Const(int32(i)).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(1)
	}
	get(1)
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	m.Memory = &wasmgen.Memory{Min: 1}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Locals: []wasm.ValType{wasm.I32, wasm.I32, wasm.I32}, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode()
}

// switchModule is a br_table over n cases, each a few instructions.
func switchModule(n int) []byte {
	c := &wasmgen.Code{}
	for i := 0; i <= n; i++ {
		c.Op(wasm.OpBlock).BlockEmpty()
	}
	c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpBrTable).U32(uint32(n))
	for i := 0; i < n; i++ {
		c.U32(uint32(i))
	}
	c.U32(uint32(n))
	c.Op(wasm.OpEnd)
	for i := 0; i < n; i++ {
		c.Op(wasm.OpLocalGet).U32(1).I32Const(int32(i)).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(1).Op(wasm.OpEnd)
	}
	c.Op(wasm.OpLocalGet).U32(1)
	return i32Module(1, false, c.B)
}

// passModule pushes 128 loads and passes them, unchanged, through n
// constructs of type [128 x i32] -> [128 x i32] (a few bytes each) made
// by open, nested or one after the other, then sums them.
func passModule(n int, nested bool, open func(c *wasmgen.Code)) []byte {
	const k = 128
	c := &wasmgen.Code{}
	for i := 0; i < k; i++ {
		c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpI32Load).MemArg(2, uint32(i)*4)
	}
	for i := 0; i < n; i++ {
		open(c)
		if !nested {
			c.Op(wasm.OpEnd)
		}
	}
	for i := 0; nested && i < n; i++ {
		c.Op(wasm.OpEnd)
	}
	for i := 0; i < k-1; i++ {
		c.Op(wasm.OpI32Add)
	}
	ks := make([]wasm.ValType, k)
	for i := range ks {
		ks[i] = wasm.I32
	}
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}, {Params: ks, Results: ks}}
	m.Memory = &wasmgen.Memory{Min: 1}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode()
}

// blocksModule passes 128 values through n blocks and ifs (without else),
// in turn.
func blocksModule(n int) []byte {
	i := 0
	return passModule(n, false, func(c *wasmgen.Code) {
		if i++; i%2 == 0 {
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockIndex(1)
		} else {
			c.Op(wasm.OpBlock).BlockIndex(1)
		}
	})
}

// loopsModule passes 128 values through n nested loops, none of which
// is branched to (the translator makes them blocks; a loop branched to
// has a parameter per value).
func loopsModule(n int) []byte {
	return passModule(n, true, func(c *wasmgen.Code) { c.Op(wasm.OpLoop).BlockIndex(1) })
}

// TestCompileTimeStress compiles generated single-function modules (the
// shapes that made compilers superlinear: thousands of locals live across
// a loop, one long straight-line body, a huge switch, thousands of loops
// for one pass to rewrite, one sum of thousands of terms, values passed to
// thousands of calls, a hundred values passed on by thousands of blocks
// or nested loops that no branch targets, thousands of locals set in
// turn by as many ifs and read after them all, thousands of values
// hoisted out of as many nested loops, thousands of call_indirect, each
// eight bytes that become thirteen machine instructions and two trap
// stubs, or of direct calls) at two sizes, 8 times
// apart, and checks that the time per byte does not grow more than 3
// times, and that it stays within 3 times that of an
// ordinary program's module, sort.wasm (one function cannot be compiled in
// parallel, and these bodies are denser; sort.wasm's time includes the
// fixed costs of a module), measured first and again after each shape. The
// best of four runs is taken for each (on a loaded 2-core machine, two
// were not enough to keep other processes out of it). It also checks what the larger module's compilation allocates
// per byte of it (maxAllocPerByte).
func TestCompileTimeStress(t *testing.T) {
	checkLinear(t, []stressShape{{"live locals across a loop", liveLoopModule, 2000}, {"straight line", straightModule, 20000},
		{"switch", switchModule, 8000}, {"copy loops", copyLoopsModule, 8000}, {"one long sum", sumModule, 64000},
		{"calls", callsModule, 16000}, {"values through blocks", blocksModule, 16000},
		{"values live across merges", liveDiamondsModule, 2000}, {"locals set before merges, read after", scratchDiamondsModule, 3200},
		{"values through nested loops", loopsModule, 8000}, {"locals read after merges", diamondsModule, 1600},
		{"values hoisted out of nested loops", invariantLoopsModule, 2000}, {"call_indirect", callIndirectModule, 16000},
		{"direct calls", directCallsModule, 16000}})
}

// stressShape is a generator of single-function modules of a size, and
// the larger of the two sizes to compile (a quarter with -short).
type stressShape struct {
	name string
	gen  func(int) []byte
	size int
}

// maxAllocPerByte bounds what compiling a stress module may allocate
// (runtime.MemStats.TotalAlloc) per byte of the module: the shapes take
// 300 to 1,500 bytes; 200,000 call_indirect took 3,300 (5.3 GB for a
// 1.6 MB module, and a peak of 2.8 GB), when the lowering, selection and
// emission grew their largest lists by a quarter at a time and every
// label was a 200-byte Prog.
const maxAllocPerByte = 2048

// checkLinear checks the compile times of TestCompileTimeStress, and
// what the larger module's compilation allocates.
func checkLinear(t *testing.T, shapes []stressShape) {
	// One worker: the stress modules are one function each, which one
	// worker compiles, while an ordinary module's functions spread over
	// all of them, so that its time per KB would depend on whether the
	// other cores were free. perKB also returns the bytes the first
	// compilation allocated per byte of mod.
	perKB := func(mod []byte) (float64, float64) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		best := compileCPU(t, mod, kiln.WithWorkers(1))
		runtime.ReadMemStats(&after)
		for range 3 {
			best = min(best, compileCPU(t, mod, kiln.WithWorkers(1)))
		}
		return float64(best.Microseconds()) / float64(len(mod)) * 1024, float64(after.TotalAlloc-before.TotalAlloc) / float64(len(mod))
	}
	ordinary, err := os.ReadFile("bench/programs/wasm/sort.wasm")
	if err != nil {
		t.Fatal(err)
	}
	base, _ := perKB(ordinary)
	t.Logf("sort.wasm: %.0f us/KB", base)
	n := 1
	if testing.Short() {
		n = 4
	}
	for _, g := range shapes {
		// A shape fails only if it fails three measurements in a row: a
		// burst of memory traffic from other processes can slow one
		// compilation threefold even in CPU time.
		for attempt := 1; ; attempt++ {
			small, _ := perKB(g.gen(g.size / n / 8))
			large, alloc := perKB(g.gen(g.size / n))
			// sort.wasm again, right after: under a load that comes and
			// goes (the other packages' tests), both figures then rise
			// together.
			again, _ := perKB(ordinary)
			t.Logf("%s: %.0f us/KB at size %d, %.0f at %d, allocating %.0f bytes per byte; sort.wasm %.0f", g.name, small, g.size/n/8, large, g.size/n, alloc, again)
			var failed []string
			if alloc > maxAllocPerByte {
				failed = append(failed, fmt.Sprintf("%s: %.0f bytes allocated per byte of module, more than %d", g.name, alloc, maxAllocPerByte))
			}
			if large > 3*max(small, 50) {
				failed = append(failed, fmt.Sprintf("%s: %.0f us/KB at 8 times the size, %.0f before: superlinear", g.name, large, small))
			}
			if large > 3*max(base, again) {
				failed = append(failed, fmt.Sprintf("%s: %.0f us/KB, more than 3 times sort.wasm's %.0f (and %.0f just after)", g.name, large, base, again))
			}
			if len(failed) == 0 {
				break
			}
			if attempt == 3 {
				for _, f := range failed {
					t.Error(f)
				}
				break
			}
			t.Logf("%s; measuring again", strings.Join(failed, "; "))
		}
	}
}

// compileCPU compiles mod and returns the CPU time (user and system) that
// the process used meanwhile: unlike the wall clock, it does not count
// the time other processes held the CPU. With one worker that is the
// compilation's own time and the garbage collector's.
func compileCPU(t testing.TB, mod []byte, opts ...kiln.CompileOption) time.Duration {
	t.Helper()
	start := cpuTime()
	m, err := kiln.Compile(context.Background(), mod, opts...)
	d := cpuTime() - start
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	return d
}

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCompileAddChain compiles the largest function body allowed
// (7,654,321 bytes) made of one long chain of i32.add, and reports the
// time and the heap. It needs about 2 GB and a few seconds, so it only
// runs when KILN_HOSTILE is set.
func TestCompileAddChain(t *testing.T) {
	if os.Getenv("KILN_HOSTILE") == "" {
		t.Skip("set KILN_HOSTILE=1 to compile a 7.65 MB function")
	}
	mod := addChainModule((7654321 - 4) / 3) // 3 bytes an add
	runtime.GC()
	d := compileTime(t, mod)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("add chain (%d bytes): %v, %d MB allocated in all, %d MB heap obtained from the OS", len(mod), d, ms.TotalAlloc>>20, ms.HeapSys>>20)
}

// diamondsModule has n locals, each set from a load, then n ifs each of
// which sets one local in its then arm, then the sum of all the locals:
// every local is read once, after hundreds of merges that do not touch
// it.
func diamondsModule(n int) []byte {
	return diamonds(n, func(i int) (int, int) { return i + 1, (i*7)%n + 1 })
}

// scratchDiamondsModule is diamondsModule with every if setting one
// other local: the n locals read at the end are set before all the merges
// (SSA construction skips up to that dominator), but live across them.
func scratchDiamondsModule(n int) []byte {
	return diamonds(n, func(int) (int, int) { return n + 1, n + 1 })
}

// diamonds makes the modules of diamondsModule: if i adds i to local
// from(i) and sets local to(i) to that; local n+1 is one more.
func diamonds(n int, fromTo func(i int) (from, to int)) []byte {
	c := &wasmgen.Code{}
	get := func(i int) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(uint32(i)) }
	for i := 0; i < n; i++ {
		get(0).Op(wasm.OpI32Load).MemArg(2, uint32(i%16000)*4).Op(wasm.OpLocalSet).U32(uint32(i + 1))
	}
	for i := 0; i < n; i++ {
		from, to := fromTo(i)
		get(0).I32Const(int32(i)).Op(wasm.OpI32GtS).Op(wasm.OpIf).BlockEmpty()
		get(from).I32Const(int32(i)).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(uint32(to))
		c.Op(wasm.OpEnd)
	}
	get(n + 1)
	for i := 0; i < n; i++ {
		get(i + 1).Op(wasm.OpI32Add)
	}
	return i32Module(n+1, true, c.B)
}

// liveDiamondsModule pushes n loads, keeps them on the operand stack
// across n if/else diamonds (which update a local), then sums them: n
// values live across n merges.
func liveDiamondsModule(n int) []byte {
	c := &wasmgen.Code{}
	get := func(i int) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(uint32(i)) }
	for i := 0; i < n; i++ {
		get(0).Op(wasm.OpI32Load).MemArg(2, uint32(i%16000)*4)
	}
	for i := 0; i < n; i++ {
		get(0).I32Const(int32(i)).Op(wasm.OpI32GtS).Op(wasm.OpIf).BlockVal(wasm.I32)
		get(1).I32Const(int32(i)).Op(wasm.OpI32Add)
		c.Op(wasm.OpElse)
		get(1).I32Const(int32(i)).Op(wasm.OpI32Xor)
		c.Op(wasm.OpEnd).Op(wasm.OpLocalSet).U32(1)
	}
	for i := 0; i < n-1; i++ {
		c.Op(wasm.OpI32Add)
	}
	get(1).Op(wasm.OpI32Add)
	return i32Module(1, true, c.B)
}

// invariantLoopsModule nests n loops, each storing an expression of the
// function's parameters that LICM hoists out of all of them: n values
// live across up to n loops.
func invariantLoopsModule(n int) []byte {
	c := &wasmgen.Code{}
	get := func(i int) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(uint32(i)) }
	for i := 0; i < n; i++ {
		c.Op(wasm.OpLoop).BlockEmpty()
		get(0)
		get(1)
		get(2).Op(wasm.OpI32Mul).I32Const(int32(i)).Op(wasm.OpI32Add).Op(wasm.OpI32Store).MemArg(2, uint32(i%1000)*4)
	}
	for i := 0; i < n; i++ {
		get(0).Op(wasm.OpI32Load).MemArg(2, uint32(i%1000)*4).Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
	}
	get(0)
	i32 := wasm.I32
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{i32, i32, i32}, Results: []wasm.ValType{i32}}}
	m.Memory = &wasmgen.Memory{Min: 1}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}}
	return m.Encode()
}
