package opt

import (
	"slices"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// The sizes (instructions, the branch included) up to which a loop of one
// block is unrolled, and by how much: four copies of a tiny body, two of a
// small one. Larger bodies gain little (the branch is a smaller part of an
// iteration) and would cost code size.
const (
	unroll4Max = 20
	unroll2Max = 32
)

// UnrollLoops unrolls the small loops of a single block, without knowing
// their trip count: block B, ending in "brif c, B(...), E(...)", becomes
// B -> B1 -> ... -> Bn-1 -> B, each copy ending in the same test, which
// leaves the loop as B would. An iteration of the new cycle runs the
// body n times for one taken branch.
//
// The copies exit from different blocks, so a value of B that is used
// after the loop (by dominance rather than as a branch argument) would no
// longer be the last iteration's: such values, and E's arguments, then go
// through a new block X between the copies and E, whose parameters
// replace them after the loop.
//
// Loops with calls, or with operations that become calls into the
// runtime (memory.grow, the bulk memory and bulk table operations, the
// drops), are left alone: the call costs more than the branch. So are
// loops with table.get, table.set or table.size, which
// lowering turns into inline loads and a bounds check rather than calls:
// rare in loops, they were left out with the others, not for a measured
// reason.
func UnrollLoops(f *ir.Func) {
	var u unroller
	for b := range ir.Block(f.NumBlocks()) {
		if n := unrollCopies(f, b); n > 1 {
			u.unroll(f, b, n)
		}
	}
	u.renameAfter(f)
}

// unrollCopies returns how many copies of block b's body UnrollLoops
// makes (1: b is not a loop it unrolls).
func unrollCopies(f *ir.Func, b ir.Block) int {
	t := f.Terminator(b)
	if b == 0 || t == 0 || f.Removed(b) || f.Op(t) != ir.OpBrif {
		return 1
	}
	if (f.TargetBlock(t, 0) == b) == (f.TargetBlock(t, 1) == b) {
		return 1
	}
	n := 0
	for v := f.First(b); v != 0; v = f.Next(v) {
		n++
		if n > unroll2Max || !unrollable(f.Op(v)) {
			return 1
		}
	}
	if n <= unroll4Max {
		return 4
	}
	return 2
}

// unrollable reports whether an instruction may be in a loop that
// UnrollLoops unrolls.
func unrollable(op ir.Op) bool {
	switch op {
	case ir.OpCall, ir.OpCallIndirect, ir.OpProj, ir.OpMemGrow, ir.OpMemCopy, ir.OpMemFill,
		ir.OpMemInit, ir.OpDataDrop, ir.OpTableGrow, ir.OpTableFill, ir.OpTableCopy,
		ir.OpTableInit, ir.OpElemDrop, ir.OpTableGet, ir.OpTableSet, ir.OpTableSize:
		return false
	}
	return true
}

// unroller holds what UnrollLoops renames after the loops it unrolled.
type unroller struct {
	outside []bool     // values used outside their block (nil until needed)
	to      []ir.Value // a value of an unrolled loop used after it -> X's parameter
	loop    []ir.Block // per block: the header of the unrolled loop it belongs to, or 0
	any     bool       // to has an entry
	copyOf  []ir.Value // per value of B: its copy in the block being filled
}

// unroll makes n copies of loop b's body (b itself the first).
func (u *unroller) unroll(f *ir.Func, b ir.Block, n int) {
	if u.outside == nil {
		u.outside = usedOutside(f, scratchOf(f))
	}
	t := f.Terminator(b)
	back := 0 // the target that loops
	if f.TargetBlock(t, 1) == b {
		back = 1
	}
	exit := f.Target(t, 1-back)

	// What leaves the loop other than as E's arguments.
	var escaping []ir.Value
	for _, p := range f.Params(b) {
		if u.outside[p] {
			escaping = append(escaping, p)
		}
	}
	for v := f.First(b); v != t; v = f.Next(v) {
		if u.outside[v] {
			escaping = append(escaping, v)
		}
	}
	if len(escaping) > 0 {
		// X's parameters: the values of b that leave the loop, once
		// each; E's arguments from elsewhere are the same from every
		// copy and go to E directly.
		through := escaping
		for _, a := range exit.Args {
			if f.BlockOf(a) == b && !slices.Contains(through, a) {
				through = append(through, a)
			}
		}
		x := f.NewBlock()
		params := make([]ir.Value, len(through))
		for i, v := range through {
			params[i] = f.AddParam(x, f.Type(v))
		}
		for i, v := range escaping {
			u.setTo(v, params[i])
		}
		eargs := make([]ir.Value, len(exit.Args))
		for i, a := range exit.Args {
			eargs[i] = a
			if j := slices.Index(through, a); j >= 0 {
				eargs[i] = params[j]
			}
		}
		f.SetPos(f.Pos(t))
		f.Terminate(x, ir.OpJump, 0, nil, ir.Target{Block: exit.Block, Args: eargs})
		u.setLoop(f, x, b)
		// b's own exit, and so its copies', now goes through x.
		f.SetTarget(t, 1-back, ir.Target{Block: x, Args: through})
	}

	// Copies B1 ... Bn-1: b's back edge goes to B1, each copy's to the
	// next, the last one's to b.
	backArgs := append([]ir.Value(nil), f.Target(t, back).Args...)
	from := t
	for range n - 1 {
		c := f.NewBlock()
		u.setLoop(f, c, b)
		u.fill(f, b, c, from, back, backArgs)
		f.SetTarget(from, back, ir.Target{Block: c})
		from = f.Terminator(c)
	}
	f.SetTargetBlock(from, back, b)
	u.setLoop(f, b, b)
}

// fill makes block c, whose one predecessor is the block ending in
// terminator from, a copy of loop b: b's parameters are from's arguments
// to c, b's values c's copies of them, and c branches where b does (back
// to b with backArgs, b's arguments before the unrolling). A pure
// instruction of b whose operands are not b's is not copied (the copies
// use b's, which dominates them), as GVN would have it.
func (u *unroller) fill(f *ir.Func, b, c ir.Block, from ir.Value, back int, backArgs []ir.Value) {
	u.copyOf = grow(u.copyOf, f.NumValues())
	for i, p := range f.Params(b) {
		u.copyOf[p] = f.TargetArg(from, back, i)
	}
	sub := func(a ir.Value) ir.Value {
		if f.BlockOf(a) == b {
			return u.copyOf[a]
		}
		return a
	}
	t := f.Terminator(b)
	var args []ir.Value
	for v := f.First(b); v != t; v = f.Next(v) {
		args = args[:0]
		same := f.Op(v).Pure()
		for _, a := range f.Args(v) {
			s := sub(a)
			same = same && s == a
			args = append(args, s)
		}
		if same {
			u.copyOf[v] = v
			continue
		}
		f.SetPos(f.Pos(v))
		u.copyOf[v] = f.Append2(c, f.Op(v), f.Type(v), f.Aux(v), f.Aux2(v), args...)
	}
	args = args[:0]
	for _, a := range f.Args(t) {
		args = append(args, sub(a))
	}
	var targets [2]ir.Target
	for i := range targets {
		tt := f.Target(t, i)
		if i == back {
			tt.Args = backArgs
		}
		targs := make([]ir.Value, len(tt.Args))
		for j, a := range tt.Args {
			targs[j] = sub(a)
		}
		targets[i] = ir.Target{Block: tt.Block, Args: targs}
	}
	f.SetPos(f.Pos(t))
	f.Terminate(c, ir.OpBrif, f.Aux(t), args, targets[:]...)
}

func (u *unroller) setTo(v, p ir.Value) {
	if len(u.to) <= int(v) {
		u.to = append(u.to, make([]ir.Value, int(v)+1-len(u.to))...)
	}
	u.to[v] = p
	u.any = true
}

func (u *unroller) setLoop(f *ir.Func, blk, header ir.Block) {
	if n := f.NumBlocks(); len(u.loop) < n {
		u.loop = append(u.loop, make([]ir.Block, n-len(u.loop))...)
	}
	u.loop[blk] = header
}

// renameAfter replaces, outside their loops, the values that leave an
// unrolled loop by the parameters of its exit block X.
func (u *unroller) renameAfter(f *ir.Func) {
	if !u.any {
		return
	}
	in := func(use ir.Block, a ir.Value) bool {
		h := u.loop[f.BlockOf(a)]
		return int(use) < len(u.loop) && u.loop[use] == h
	}
	for blk := range ir.Block(f.NumBlocks()) {
		for v := f.First(blk); v != 0; v = f.Next(v) {
			for i, a := range f.Args(v) {
				if int(a) < len(u.to) && u.to[a] != 0 && !in(blk, a) {
					f.SetArg(v, i, u.to[a])
				}
			}
			for i := range f.NumTargets(v) {
				targs := f.Target(v, i).Args
				for j, a := range targs {
					if int(a) < len(u.to) && u.to[a] != 0 && !in(blk, a) {
						targs[j] = u.to[a]
					}
				}
			}
		}
	}
}
