package regalloc

import (
	"math/rand/v2"
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

// dataflowLiveness is the textbook liveness of f, iterated to a fixed
// point: per block and vreg, whether it is live in and live out.
func dataflowLiveness(f *mach.Func) (in, out [][]bool) {
	nb, nv, nr := len(f.Blocks), f.NumVRegs(), f.NumRegs
	gen, kill := make([][]bool, nb), make([][]bool, nb)
	in, out = make([][]bool, nb), make([][]bool, nb)
	for b := range f.Blocks {
		gen[b], kill[b], in[b], out[b] = make([]bool, nv), make([]bool, nv), make([]bool, nv), make([]bool, nv)
		for _, p := range f.Blocks[b].Params {
			kill[b][p-nr] = true
		}
		first, end := f.BlockInsts(b)
		for i := first; i < end; i++ {
			for _, op := range f.Operands(i) {
				if op.Kind != mach.Def && op.Reg >= nr && !kill[b][op.Reg-nr] {
					gen[b][op.Reg-nr] = true
				}
			}
			for _, op := range f.Operands(i) {
				if op.Kind != mach.Use && op.Reg >= nr {
					kill[b][op.Reg-nr] = true
				}
			}
		}
		for _, args := range f.Blocks[b].Args {
			for _, r := range args {
				if !f.IsConst(r) && !kill[b][r-nr] {
					gen[b][r-nr] = true
				}
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for b := nb - 1; b >= 0; b-- {
			for v := range nv {
				o := false
				for _, s := range f.Blocks[b].Succs {
					o = o || in[s][v]
				}
				i := gen[b][v] || o && !kill[b][v]
				if o != out[b][v] || i != in[b][v] {
					changed = true
					out[b][v], in[b][v] = o, i
				}
			}
		}
	}
	return in, out
}

// checkLiveness compares the live-in and live-out blocks of every value
// after allocating f with dataflowLiveness.
func checkLiveness(t *testing.T, name string, f *mach.Func, ri *mach.RegInfo) {
	t.Helper()
	var a Allocator
	allocCheck(t, &a, f, ri)
	in, out := dataflowLiveness(f)
	for b := range f.Blocks {
		for v := range f.NumVRegs() {
			var gotIn, gotOut bool
			if g := a.gid[v]; g >= 0 {
				gotIn = hasBlock(a.liveInOf(a.groupOf[g]), int32(b))
				gotOut = hasBlock(a.liveOutOf(a.groupOf[g]), int32(b))
			}
			if gotIn != in[b][v] || gotOut != out[b][v] {
				t.Fatalf("%s: v%d in block %d: live in %v, out %v; want %v, %v", name, mach.Reg(v)+f.NumRegs, b, gotIn, gotOut, in[b][v], out[b][v])
			}
		}
	}
}

// earlyReturn is an if whose then arm returns, between the branch and the
// block after the if, which reads a value defined before: the arm is not
// on the way from the branch to that block, so the value is not live into
// it (a region of propagate must not take it in).
func earlyReturn(ri *mach.RegInfo) *mach.Func {
	f := mach.NewFunc(ri.NumRegs)
	v, c := f.NewVReg(mach.ClassInt), f.NewVReg(mach.ClassInt)
	entry := f.NewBlock()
	f.Add(entry, 0, 0, def(v))
	f.Add(entry, 0, 0, def(c))
	f.Add(entry, 0, 0)
	branch := f.NewBlock()
	f.Add(branch, 0, 0, use(c))
	ret := f.NewBlock()
	f.Add(ret, 0, 0)
	after := f.NewBlock()
	f.Add(after, 0, 0, use(v))
	f.Add(after, 0, 0)
	f.AddEdge(entry, branch)
	f.AddEdge(branch, after)
	f.AddEdge(branch, ret)
	return f
}

// innerSelfLoop is a loop (blocks 1 to 5) holding a one-block loop
// (block 3) that either never leaves (so a value read after the outer
// loop is not live in it) or is never entered and reads a value defined
// before the outer loop (so the value is live into that block only): in
// neither case can liveness take the outer loop whole.
func innerSelfLoop(ri *mach.RegInfo, unreachable bool) *mach.Func {
	f := mach.NewFunc(ri.NumRegs)
	v := f.NewVReg(mach.ClassInt)
	for b := range 7 {
		f.NewBlock()
		switch {
		case b == 0:
			f.Add(b, 0, 0, def(v))
		case b == 6 && !unreachable, b == 3 && unreachable:
			f.Add(b, 0, 0, use(v))
		}
		f.Add(b, 0, 0)
	}
	f.AddEdge(0, 1)
	f.AddEdge(1, 2)
	if !unreachable {
		f.AddEdge(2, 3)
	}
	f.AddEdge(2, 4)
	f.AddEdge(3, 3)
	if unreachable {
		f.AddEdge(3, 4)
	}
	f.AddEdge(4, 5)
	f.AddEdge(5, 1)
	f.AddEdge(5, 6)
	return f
}

// TestLivenessMatchesDataflow checks the live-in and live-out blocks that
// propagate finds, by stretches of blocks and across regions, against
// the textbook fixed point, on random functions and on the shapes that
// regions cross.
func TestLivenessMatchesDataflow(t *testing.T) {
	for _, ri := range []*mach.RegInfo{smallRegs(), amd64Regs()} {
		for seed := range uint64(200) {
			checkLiveness(t, "random", genFunc(seed, 40, ri), ri)
		}
		checkLiveness(t, "early return", earlyReturn(ri), ri)
		checkLiveness(t, "live diamonds", liveDiamonds(30, ri), ri)
		checkLiveness(t, "scrambled diamonds", scrambledDiamonds(30, ri), ri)
		checkLiveness(t, "waiting values", waitingValues(30, ri), ri)
		checkLiveness(t, "hoisted values", hoistedValues(30, ri), ri)
		checkLiveness(t, "hoisted values read after diamonds", hoistedDiamonds(30, ri), ri)
		checkLiveness(t, "endless loop in a loop", innerSelfLoop(ri, false), ri)
		checkLiveness(t, "unreachable loop in a loop", innerSelfLoop(ri, true), ri)
		for seed := range uint64(1000) {
			checkLiveness(t, "random graph", randomGraph(seed, ri), ri)
		}
	}
}

// randomGraph defines a few values in the entry block and reads and
// redefines them in blocks joined by random edges: loops entered in the
// middle (irreducible), loops with exits from inside, blocks that
// return, overlapping and nested ranges of blocks between a branch back
// and its target. Liveness takes some of those loops whole and must walk
// the others.
func randomGraph(seed uint64, ri *mach.RegInfo) *mach.Func {
	r := rand.New(rand.NewPCG(seed, 0x1f))
	f := mach.NewFunc(ri.NumRegs)
	vs := make([]mach.Reg, 2+r.IntN(10))
	for i := range vs {
		vs[i] = f.NewVReg(mach.ClassInt)
	}
	nb := 2 + r.IntN(40)
	for b := range nb {
		f.NewBlock()
		if b == 0 {
			for _, v := range vs {
				f.Add(b, 0, 0, def(v))
			}
		}
		for range r.IntN(3) {
			if v := vs[r.IntN(len(vs))]; r.IntN(12) == 0 {
				f.Add(b, 0, 0, def(v))
			} else {
				f.Add(b, 0, 0, use(v))
			}
		}
		f.Add(b, 0, 0) // the branch
	}
	for b := range nb {
		n := 1 + r.IntN(2)
		if b > 0 && r.IntN(6) == 0 {
			n = 0 // a return
		}
		for i := range n {
			s := b + 1
			if s == nb || i > 0 || r.IntN(3) == 0 {
				s = 1 + r.IntN(nb-1)
			}
			if i > 0 && s == f.Blocks[b].Succs[0] {
				continue
			}
			f.AddEdge(b, s)
		}
	}
	return f
}
