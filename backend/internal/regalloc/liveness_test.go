package regalloc

import (
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
	}
}
