package opt

import "github.com/kilnwasm/kiln/compiler/ir"

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
	npreds := s.npreds[:0]
	for range f.NumBlocks() {
		npreds = append(npreds, 0)
	}
	// outside[v]: v is used in a block other than its own.
	outside := cleared(s.keep, f.NumValues())
	for _, b := range f.Blocks() {
		for v := f.First(b); v != 0; v = f.Next(v) {
			for _, a := range f.Args(v) {
				outside[a] = outside[a] || f.BlockOf(a) != b
			}
			for i := range f.NumTargets(v) {
				t := f.Target(v, i)
				npreds[t.Block]++
				for _, a := range t.Args {
					outside[a] = outside[a] || f.BlockOf(a) != b
				}
			}
		}
	}
	blocks := f.NumBlocks()
	for h := range ir.Block(blocks) {
		th := f.Terminator(h)
		if th == 0 || f.Removed(h) {
			continue
		}
		if op := f.Op(th); op != ir.OpJump && op != ir.OpBrif {
			continue
		}
		for i := range f.NumTargets(th) {
			e := f.Target(th, i)
			l := e.Block
			if l == h || npreds[l] < 2 || !dupLatch(f, l, h, outside) {
				continue
			}
			n := f.NewBlock()
			copyLatch(f, l, n, e.Args)
			f.SetTarget(th, i, ir.Target{Block: n})
			npreds[l]--
			npreds = append(npreds, 1)
		}
	}
	s.npreds, s.keep = npreds, outside
}

// dupLatch reports whether l is a latch DupLatches copies for the edge
// from h: it branches back to h, has at most latchDupMax instructions,
// all pure, and those and its parameters used only in l.
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
		back = back || f.Target(t, i).Block == h
	}
	if !back {
		return false
	}
	for _, p := range f.Params(l) {
		if outside[p] {
			return false
		}
	}
	n := 0
	for v := f.First(l); v != t; v = f.Next(v) {
		n++
		if n > latchDupMax || !f.Op(v).Pure() || outside[v] {
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
