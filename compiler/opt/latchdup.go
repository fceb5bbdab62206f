package opt

import (
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/room"
)

// latchDupMax is the most instructions (the branch aside) a latch may
// have to be copied.
const latchDupMax = 4

// DupLatches gives a loop's short path its own copy of the loop's latch.
// When a block H jumps (or branches) to a small block L that branches back
// to H, and L has other predecessors too (typically the end of every arm
// of a big loop body: "if byte is ordinary { i++; continue }" beside a
// match over the special ones), the edge from H goes to a copy of L
// instead, with H's arguments in place of L's parameters. The cycle H ->
// copy -> H then has blocks of its own, so that register allocation can
// keep its values where H has them, rather than meeting, at every
// iteration, the locations the other paths into L chose (reloads and
// copies of every loop-carried value, on the path that runs most).
//
// L's instructions must be pure (the copy runs instead of the original,
// but a pure one needs no trap site of its own), and they and L's
// parameters used only in L (its branch passes on what its successors
// need), so that the copy defines whatever the paths through it use.
func DupLatches(f *ir.Func) {
	s := scratchOf(f)
	// The number of branches into each block, from the lists of them
	// that the pass before (DCE) made for this same graph.
	preds := predEdges(f)
	npreds := room.Len(s.npreds, f.NumBlocks())
	for b := range npreds {
		npreds[b] = preds.start[b+1] - preds.start[b]
	}
	s.npreds = npreds
	// Most functions have no such latch: look for one before the walk
	// over every use that the last condition needs.
	if !latchEdges(f, npreds, nil, func(ir.Value, int) bool { return false }) {
		return
	}
	latchEdges(f, npreds, usedOutside(f, s), func(th ir.Value, i int) bool {
		e := f.Target(th, i)
		n := f.NewBlock()
		copyLatch(f, e.Block, n, e.Args)
		f.SetTarget(th, i, ir.Target{Block: n})
		npreds[e.Block]--
		return true
	})
}

// latchEdges calls edge for each edge (target i of terminator th) from a
// block to a latch that DupLatches copies for it (outside nil: the uses
// unchecked), until edge returns false, and reports whether there was
// one.
func latchEdges(f *ir.Func, npreds []int32, outside []bool, edge func(th ir.Value, i int) bool) bool {
	found := false
	for h := range ir.Block(len(npreds)) {
		th := f.Terminator(h)
		if th == 0 || f.Removed(h) {
			continue
		}
		if op := f.Op(th); op != ir.OpJump && op != ir.OpBrif {
			continue
		}
		for i := range f.NumTargets(th) {
			l := f.TargetBlock(th, i)
			if l == h || npreds[l] < 2 || !dupLatch(f, l, h, outside) {
				continue
			}
			found = true
			if !edge(th, i) {
				return true
			}
		}
	}
	return found
}

// usedOutside marks the values used in a block other than their own.
func usedOutside(f *ir.Func, s *scratch) []bool {
	outside := cleared(s.keep, f.NumValues())
	for b := range ir.Block(f.NumBlocks()) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			for _, a := range f.Args(v) {
				outside[a] = outside[a] || f.BlockOf(a) != b
			}
			for i := range f.NumTargets(v) {
				for _, a := range f.Target(v, i).Args {
					outside[a] = outside[a] || f.BlockOf(a) != b
				}
			}
		}
	}
	s.keep = outside
	return outside
}

// dupLatch reports whether l is a latch DupLatches copies for the edge
// from h: it branches back to h, has at most latchDupMax instructions,
// all pure, and those and its parameters used only in l (not checked
// while outside is nil).
func dupLatch(f *ir.Func, l, h ir.Block, outside []bool) bool {
	t := f.Terminator(l)
	if t == 0 {
		return false
	}
	if op := f.Op(t); op != ir.OpJump && op != ir.OpBrif {
		return false
	}
	back := false
	for i := range f.NumTargets(t) {
		back = back || f.TargetBlock(t, i) == h
	}
	if !back {
		return false
	}
	for _, p := range f.Params(l) {
		if outside != nil && outside[p] {
			return false
		}
	}
	n := 0
	for v := f.First(l); v != t; v = f.Next(v) {
		n++
		if n > latchDupMax || !f.Op(v).Pure() || outside != nil && outside[v] {
			return false
		}
	}
	return true
}

// copyLatch fills the empty block n with l's instructions, l's parameters
// replaced by args.
func copyLatch(f *ir.Func, l, n ir.Block, args []ir.Value) {
	params := f.Params(l)
	// l's instructions and their copies (dupLatch bounds their number).
	var orig, copies [latchDupMax]ir.Value
	k := 0
	sub := func(a ir.Value) ir.Value {
		for i, p := range params {
			if a == p {
				return args[i]
			}
		}
		for i := range k {
			if orig[i] == a {
				return copies[i]
			}
		}
		return a
	}
	t := f.Terminator(l)
	var in []ir.Value
	for v := f.First(l); v != t; v = f.Next(v) {
		in = in[:0]
		for _, a := range f.Args(v) {
			in = append(in, sub(a))
		}
		orig[k], copies[k] = v, f.Append2(n, f.Op(v), f.Type(v), f.Aux(v), f.Aux2(v), in...)
		k++
	}
	in = in[:0]
	for _, a := range f.Args(t) {
		in = append(in, sub(a))
	}
	targets := make([]ir.Target, f.NumTargets(t))
	for i := range targets {
		tt := f.Target(t, i)
		targs := make([]ir.Value, len(tt.Args))
		for j, a := range tt.Args {
			targs[j] = sub(a)
		}
		targets[i] = ir.Target{Block: tt.Block, Args: targs}
	}
	f.Terminate(n, f.Op(t), f.Aux(t), in, targets...)
}
