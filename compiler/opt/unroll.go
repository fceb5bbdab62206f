package opt

import (
	"slices"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/room"
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
// A pointer p that the body reads before stepping it (p + k) and that
// leaves the loop only through the back edge is computed in each copy from
// the loop's parameter (p + k, p + 2k, ...) rather than from the previous
// copy's step: the copies' accesses then fold it into their displacements
// (isel's AddressBound: the first copy's access at p bounds them), and
// only the last copy steps it, where every copy did (matmul's inner loop:
// 11% fewer instructions). Its constants go to the entry block, where LICM
// and GVN would put them.
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
	if u.merged != nil {
		u.merged.apply(f)
		for _, x := range u.gone {
			f.Remove(x)
		}
	}
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
	// The function's constants by type and value, and the dominator tree
	// of the graph before any unrolling (constant).
	consts map[constKey][]ir.Value
	dom    *ir.DomTree
	domN   int        // blocks then
	merged *replacer  // equal constants merged into a new one (constant)
	gone   []ir.Value // the constants merged
	steps  []ir.Value // induction steps computed again in the next copy (fill)
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
		params := append([]ir.Value(nil), f.Target(from, back).Args...)
		f.SetTarget(from, back, ir.Target{Block: c})
		u.fill(f, b, c, params, back, backArgs)
		from = f.Terminator(c)
	}
	f.SetTargetBlock(from, back, b)
	u.setLoop(f, b, b)
	u.deadSteps(f, b)
}

// usedIn reports whether an instruction of block blk, its terminator's
// arguments included, reads v.
func usedIn(f *ir.Func, v ir.Value, blk ir.Block) bool {
	for w := f.First(blk); w != 0; w = f.Next(w) {
		if slices.Contains(f.Args(w), v) {
			return true
		}
		for i := range f.NumTargets(w) {
			if slices.Contains(f.Target(w, i).Args, v) {
				return true
			}
		}
	}
	return false
}

// deadSteps removes the induction steps that fill computed again in the
// next copy and that nothing else in the loop uses (values used after
// it, outside, go to X's arguments, which are in the loop's blocks).
func (u *unroller) deadSteps(f *ir.Func, b ir.Block) {
	steps := u.steps
	u.steps = u.steps[:0]
	if len(steps) == 0 {
		return
	}
	used := func(v ir.Value) bool {
		for blk := range ir.Block(f.NumBlocks()) {
			if (blk == b || int(blk) < len(u.loop) && u.loop[blk] == b) && usedIn(f, v, blk) {
				return true
			}
		}
		return int(v) < len(u.outside) && u.outside[v]
	}
	for _, v := range steps {
		if !used(v) {
			f.Remove(v)
		}
	}
}

// fill makes block c, whose one predecessor is the previous copy, a copy
// of loop b: b's parameters are params (the previous copy's arguments
// for them, now passed to c as values rather than arguments), b's values
// c's copies of them, and c branches where b does (back to b with
// backArgs, b's arguments before the unrolling). A pure
// instruction of b whose operands are not b's is not copied (the copies
// use b's, which dominates them), as GVN would have it.
func (u *unroller) fill(f *ir.Func, b, c ir.Block, params []ir.Value, back int, backArgs []ir.Value) {
	u.copyOf = room.Len(u.copyOf, f.NumValues())
	for i, p := range f.Params(b) {
		a := params[i]
		if y, j, ok := addConst(f, a, f.Args(a)); ok && f.Op(y) == ir.OpParam && f.BlockOf(y) == b && !usedIn(f, a, f.BlockOf(a)) {
			// An induction variable y + j, stepped from the loop's
			// parameter y and used by nothing in the previous copy (a
			// pointer that its accesses read before the step, not a
			// counter that its exit test reads): computed again here,
			// where the copy's accesses at it fold it into their
			// displacements, and the previous copy's, then unused, goes
			// (deadSteps).
			f.SetPos(f.Pos(a))
			u.steps = append(u.steps, a)
			a = f.Append(c, ir.OpIadd, f.Type(a), 0, y, u.constant(f, b, f.Type(a), j))
		}
		u.copyOf[p] = a
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
		if x, k, ok := stride(f, c, v, args); ok {
			// An induction step p + k whose p this copy computed again
			// as y + j (above): y + (j+k) instead, so that the copies'
			// steps do not chain through the values their accesses read.
			u.copyOf[v] = f.Append(c, ir.OpIadd, f.Type(v), 0, x, u.constant(f, b, f.Type(v), k))
			continue
		}
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

// stride reports whether v, an iadd of a constant about to be copied
// into block c with operands args, adds it to an iadd of a constant that
// c computes: then it returns that one's other operand and the sum of the
// two constants (which wraps as the two additions do).
func stride(f *ir.Func, c ir.Block, v ir.Value, args []ir.Value) (ir.Value, int64, bool) {
	x, k, ok := addConst(f, v, args)
	if !ok || f.BlockOf(x) != c {
		return 0, 0, false
	}
	y, j, ok := addConst(f, x, f.Args(x))
	if !ok {
		return 0, 0, false
	}
	sum := j + k
	if f.Type(v) == ir.I32 {
		sum = int64(int32(sum))
	}
	return y, sum, true
}

// addConst reports whether v, with operands args, is x + k for a
// constant k (either operand), and returns x and k.
func addConst(f *ir.Func, v ir.Value, args []ir.Value) (ir.Value, int64, bool) {
	if f.Op(v) != ir.OpIadd || len(args) != 2 {
		return 0, 0, false
	}
	for i, a := range args {
		if k, ok := constValue(f, a); ok {
			return args[1-i], k, true
		}
	}
	return 0, 0, false
}

type constKey struct {
	t ir.Type
	k int64
}

// constant returns a constant k of type t for a copy of loop b: one that
// dominates b, or else a new one in the entry block, into which the equal
// ones elsewhere merge. The later passes would put one there: LICM hoists a
// constant out of every loop, GVN merges equal ones into the dominating
// one. A constant made in the loop would leave the pipeline's result
// for another run to clean up.
func (u *unroller) constant(f *ir.Func, b ir.Block, t ir.Type, k int64) ir.Value {
	if t == ir.I32 {
		k = int64(int32(k))
	}
	if u.consts == nil {
		u.consts = map[constKey][]ir.Value{}
		u.dom, u.domN = ir.Dominators(f), f.NumBlocks()
		for blk := range ir.Block(f.NumBlocks()) {
			for v := f.First(blk); v != 0; v = f.Next(v) {
				if f.Op(v) == ir.OpIconst {
					key := constKey{f.Type(v), f.Aux(v)}
					u.consts[key] = append(u.consts[key], v)
				}
			}
		}
	}
	key := constKey{t, k}
	cs := u.consts[key]
	for _, c := range cs {
		if blk := f.BlockOf(c); blk >= 0 && int(blk) < u.domN && (int(blk) >= len(u.loop) || u.loop[blk] == 0) && u.dom.Reachable(blk) && u.dom.Dominates(blk, b) {
			return c
		}
	}
	c := f.InsertBefore(f.Terminator(0), ir.OpIconst, t, k)
	// Equal constants elsewhere (none dominates b) go, as GVN would merge
	// them into this one, which dominates them.
	for _, x := range cs {
		if u.merged == nil {
			u.merged = newReplacer(f)
		}
		u.merged.set(x, c)
		u.gone = append(u.gone, x)
	}
	u.consts[key] = []ir.Value{c}
	return c
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
