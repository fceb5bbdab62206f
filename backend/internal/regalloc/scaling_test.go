package regalloc

import (
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend/mach"
)

// waitingValues is a chain of n blocks, block k defining v_k and branching
// to block k+1 or to an edge block placed after the whole chain, which
// reads v_k and jumps to the exit: the layout (reverse postorder) of n
// br_ifs out of one block, or of the latches of n nested loops, each
// passing on its own value. Every v_k waits in a lifetime hole from its
// block to its edge block, and is live into that block only. The edge
// blocks come in reverse order, as reverse postorder places them (the
// first br_if's edge block is the first reached and the last finished).
func waitingValues(n int, ri *mach.RegInfo) *mach.Func {
	f := mach.NewFunc(ri.NumRegs)
	c := f.NewVReg(mach.ClassInt)
	vs := make([]mach.Reg, n)
	for k := range n {
		b := f.NewBlock()
		if k == 0 {
			f.Add(b, 0, 0, def(c))
		}
		vs[k] = f.NewVReg(mach.ClassInt)
		f.Add(b, 0, 0, def(vs[k]), use(c))
		if k < n-1 {
			f.Add(b, 0, 0, use(c)) // two-way branch
		} else {
			f.Add(b, 0, 0)
		}
	}
	edge := func(k int) int { return 2*n - 1 - k }
	for k := n - 1; k >= 0; k-- {
		b := f.NewBlock()
		f.Add(b, 0, 0, use(vs[k]))
		f.Add(b, 0, 0)
	}
	exit := f.NewBlock()
	f.Add(exit, 0, 0)
	for k := range n {
		if k < n-1 {
			f.AddEdge(k, k+1)
		}
		f.AddEdge(k, edge(k))
		f.AddEdge(edge(k), exit)
	}
	return f
}

// TestAllocateLinear checks that allocation time grows about linearly
// with the number of values waiting in lifetime holes at once, and with
// blocks x values live across blocks (16 times the size may take at most
// 64 times as long; both used to be quadratic: a scan of every waiting
// interval at each step, and a live-in bit per block per value).
func TestAllocateLinear(t *testing.T) {
	checkAllocLinear(t, "waiting values", [3]int{1000, 4000, 16000}, waitingValues)
}

// checkAllocLinear allocates gen's functions of the three sizes (the
// largest 16 times the smallest) and checks that the largest takes at
// most 64 times as long as the smallest (best CPU time of 3).
func checkAllocLinear(t *testing.T, what string, sizes [3]int, gen func(int, *mach.RegInfo) *mach.Func) {
	ri := amd64Regs()
	var a Allocator
	var best [3]time.Duration
	for i, n := range sizes {
		f := gen(n, ri)
		allocCheck(t, &a, f, ri)
		for r := 0; r < 3; r++ {
			c0 := cpuTime()
			if _, err := a.Allocate(f, ri); err != nil {
				t.Fatal(err)
			}
			if d := cpuTime() - c0; r == 0 || d < best[i] {
				best[i] = d
			}
		}
		t.Logf("%d %s: %v", n, what, best[i])
	}
	// A floor on the smallest time: at that scale the clock's resolution
	// and noise dominate.
	base := max(best[0], 2*time.Millisecond)
	if r := float64(best[2]) / float64(base); r > 16*4 {
		t.Errorf("%d %s take %.1f times as long as %d (linear: 16)", sizes[2], what, r, sizes[0])
	}
}

// entryValues starts a function whose entry block (0, left open for its
// branch) defines a value c and then n values, each from c.
func entryValues(n int, ri *mach.RegInfo) (f *mach.Func, c mach.Reg, vs []mach.Reg) {
	f = mach.NewFunc(ri.NumRegs)
	c = f.NewVReg(mach.ClassInt)
	entry := f.NewBlock()
	f.Add(entry, 0, 0, def(c))
	vs = make([]mach.Reg, n)
	for k := range vs {
		vs[k] = f.NewVReg(mach.ClassInt)
		f.Add(entry, 0, 0, def(vs[k]), use(c))
	}
	return f, c, vs
}

// liveDiamonds defines n values in the entry block, then makes n
// diamonds (a branch, two arms, a merge), then reads all n values in the
// exit block: n values live into each of 3n+1 blocks.
func liveDiamonds(n int, ri *mach.RegInfo) *mach.Func {
	f, c, vs := entryValues(n, ri)
	f.Add(0, 0, 0, use(c)) // a two-way branch
	prev := 0
	for range n {
		arm := func() int {
			b := f.NewBlock()
			f.Add(b, 0, 0)
			return b
		}
		then, els := arm(), arm()
		join := f.NewBlock()
		f.Add(join, 0, 0, use(c)) // to the next diamond's arms
		f.AddEdge(prev, then)
		f.AddEdge(prev, els)
		f.AddEdge(then, join)
		f.AddEdge(els, join)
		prev = join
	}
	exit := f.NewBlock()
	for _, v := range vs {
		f.Add(exit, 0, 0, use(v))
	}
	f.Add(exit, 0, 0)
	f.AddEdge(prev, exit)
	return f
}

// TestLiveInRuns checks that the live-in sets of n values live across n
// merges take room in proportion to n, not n*n: each value's are runs of
// blocks, one here, and the values first read in one block (consecutive
// globals) share theirs.
func TestLiveInRuns(t *testing.T) {
	ri := amd64Regs()
	var a Allocator
	const n = 300
	allocCheck(t, &a, liveDiamonds(n, ri), ri)
	if got := len(a.liveIn); got > 4 {
		t.Errorf("%d live-in runs for %d values", got, n+1)
	}
	count := make([]int, 3*n+3)
	for k, run := range a.groups {
		for _, sp := range a.liveInOf(int32(k)) {
			count[sp.lo] += int(run.end - run.lo)
			count[sp.end] -= int(run.end - run.lo)
		}
	}
	total := 0
	for b := 0; b < 3*n+2; b++ {
		total += count[b]
		if b > 0 && (total != n+1 && b < 3*n+1 || b == 3*n+1 && total != n) {
			t.Errorf("block %d: %d values live in, want %d", b, total, n+1)
		}
	}
}

// TestAllocateLiveAcrossLinear checks that allocation time grows about
// linearly when n values are live across n merges (liveDiamonds): 16
// times the values and blocks may take at most 64 times as long. It was
// quadratic in three places: liveness walked each value through each
// block, interval building extended each live value at each block, and
// resolution looked at each live value at each block's start.
func TestAllocateLiveAcrossLinear(t *testing.T) {
	checkAllocLinear(t, "values across as many merges", [3]int{250, 1000, 4000}, liveDiamonds)
}

// scrambledDiamonds defines n values in the entry block, then makes n
// diamonds (a branch, a then arm, a merge), the arm of diamond i
// computing a new version of value (7i mod n) from value i, which the
// merge takes as a parameter, then reads the last versions of all n
// values in the exit block (the last merge): the locals of a Wasm
// function each set in one if, in scrambled order. Every block has about
// n values live in, whose numbers in the order liveness meets them are
// scattered: n values live over n blocks each.
func scrambledDiamonds(n int, ri *mach.RegInfo) *mach.Func {
	f, c, cur := entryValues(n, ri)
	head := 0
	f.Add(head, 0, 0, use(c)) // a two-way branch
	for i := range n {
		to := i * 7 % n
		arm := f.NewBlock()
		w := f.NewVReg(mach.ClassInt)
		f.Add(arm, 0, 0, def(w), use(cur[i]))
		f.Add(arm, 0, 0)
		join := f.NewBlock()
		p := f.NewVReg(mach.ClassInt)
		f.Blocks[join].Params = []mach.Reg{p}
		f.AddEdge(head, arm)
		f.AddEdge(head, join, cur[to])
		f.AddEdge(arm, join, w)
		cur[to] = p
		if i < n-1 {
			f.Add(join, 0, 0, use(c)) // to the next diamond's arm
		} else {
			for _, v := range cur {
				f.Add(join, 0, 0, use(v))
			}
			f.Add(join, 0, 0)
		}
		head = join
	}
	return f
}

// TestLiveInScrambled checks that liveness keeps the live-in sets of
// scrambledDiamonds in room proportional to n, not to the n*n values
// live into blocks: by value, each live over a few runs of blocks.
func TestLiveInScrambled(t *testing.T) {
	ri := amd64Regs()
	var a Allocator
	const n = 200
	allocCheck(t, &a, scrambledDiamonds(n, ri), ri)
	if got := len(a.liveIn); got > 4*n {
		t.Errorf("%d live-in runs for %d values live across %d blocks", got, 2*n, 2*n+1)
	}
}

// hoistedValues defines n values in the entry block, then nests n loops,
// loop k's header reading value k (values hoisted out of all the loops,
// each used in one): n values live across up to n loops, more than there
// are registers.
func hoistedValues(n int, ri *mach.RegInfo) *mach.Func {
	return hoisted(n, ri, false)
}

// hoistedDiamonds is hoistedValues with each loop's header branching
// over a block to the one that reads its value.
func hoistedDiamonds(n int, ri *mach.RegInfo) *mach.Func {
	return hoisted(n, ri, true)
}

func hoisted(n int, ri *mach.RegInfo, diamonds bool) *mach.Func {
	f, c, vs := entryValues(n, ri)
	f.Add(0, 0, 0)
	headers := make([]int, n)
	for k := range n {
		h := f.NewBlock()
		headers[k] = h
		f.AddEdge(h-1, h)
		if diamonds {
			f.Add(h, 0, 0, use(c))
			arm := f.NewBlock()
			f.Add(arm, 0, 0)
			merge := f.NewBlock()
			f.AddEdge(h, arm)
			f.AddEdge(h, merge)
			f.AddEdge(arm, merge)
			h = merge
		}
		f.Add(h, 0, 0, use(c), use(vs[k]))
		f.Add(h, 0, 0)
	}
	// The latches, innermost first, each branching back to its header
	// or on to the next.
	for k := n - 1; k >= 0; k-- {
		l := f.NewBlock()
		f.Add(l, 0, 0, use(c))
		f.AddEdge(l-1, l)
		f.AddEdge(l, headers[k])
	}
	exit := f.NewBlock()
	f.Add(exit, 0, 0, use(c))
	f.Add(exit, 0, 0)
	f.AddEdge(exit-1, exit)
	return f
}

// TestHoistedValues checks that the values of hoistedValues are each
// split a few times: a reload that finds no register at a loop's entry
// used to be retried at the entry of every loop inside, up to 64 blocks
// before the use, each time with a split. And that resolution looks at a
// few values per block: those in registers at either end of an edge,
// rather than all the split values live across it.
func TestHoistedValues(t *testing.T) {
	ri := amd64Regs()
	var a Allocator
	const n = 400
	allocCheck(t, &a, hoistedValues(n, ri), ri)
	if s := a.Stats().Splits; s > 8*n {
		t.Errorf("%d splits for %d values", s, n) // before: 20,801
	}
	regs := len(ri.Allocatable[mach.ClassInt])
	if got, blocks := len(a.edgeIn), 2*n+2; got > regs*blocks {
		t.Errorf("%d values examined on edges into %d blocks", got, blocks) // before: 80,500
	}
}

// TestHoistedValuesLinear allocates hoistedValues: n values live across
// up to n nested loops, which liveness used to walk block by block for
// each value (quadratic), as it takes loops whole now.
func TestHoistedValuesLinear(t *testing.T) {
	checkAllocLinear(t, "hoisted values", [3]int{250, 1000, 4000}, hoistedValues)
	checkAllocLinear(t, "hoisted values read after diamonds", [3]int{250, 1000, 4000}, hoistedDiamonds)
}
