package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// LICM hoists loop-invariant computations out of loops. A loop is the set
// of blocks of a back edge (a branch to a block that dominates its source).
// An instruction is invariant when it is pure (so computing it early, or
// on a path where the loop body would not have run, changes nothing) and
// every operand is defined outside the loop or is itself hoisted. It moves
// to the loop's preheader: the single block outside the loop that jumps to
// the header, as Wasm loops are entered.
func LICM(f *ir.Func) {
	dom := ir.Dominators(f)
	preds := ir.Preds(f)
	// Loops by header, innermost first: a header that dominates another
	// comes later in reverse postorder order reversed.
	rpo := dom.RPO()
	inLoop := make([]bool, f.NumBlocks())
	for i := len(rpo) - 1; i >= 0; i-- {
		h := rpo[i]
		var latches []ir.Block
		for _, p := range preds[h] {
			if dom.Reachable(p) && dom.Dominates(h, p) {
				latches = append(latches, p)
			}
		}
		if len(latches) == 0 {
			continue
		}
		pre := preheader(f, dom, preds, h)
		if pre < 0 {
			continue
		}
		body := loopBlocks(preds, h, latches, inLoop)
		hoist(f, body, inLoop, f.Terminator(pre))
		for _, b := range body {
			inLoop[b] = false
		}
	}
}

// preheader returns the one block outside the loop that enters header h
// with a jump, or -1.
func preheader(f *ir.Func, dom *ir.DomTree, preds [][]ir.Block, h ir.Block) ir.Block {
	pre := ir.Block(-1)
	for _, p := range preds[h] {
		if !dom.Reachable(p) || dom.Dominates(h, p) {
			continue
		}
		if pre >= 0 {
			return -1
		}
		pre = p
	}
	if pre < 0 || f.Op(f.Terminator(pre)) != ir.OpJump {
		return -1
	}
	return pre
}

// loopBlocks collects the blocks of the loop with header h: those that
// reach a latch without passing through h.
func loopBlocks(preds [][]ir.Block, h ir.Block, latches []ir.Block, inLoop []bool) []ir.Block {
	body := []ir.Block{h}
	inLoop[h] = true
	work := append([]ir.Block(nil), latches...)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if inLoop[b] {
			continue
		}
		inLoop[b] = true
		body = append(body, b)
		work = append(work, preds[b]...)
	}
	return body
}

// hoist moves the invariant instructions of the loop before the
// preheader's terminator, in an order where operands come first.
func hoist(f *ir.Func, body []ir.Block, inLoop []bool, at ir.Value) {
	invariant := func(v ir.Value) bool {
		for _, a := range f.Args(v) {
			if b := f.BlockOf(a); b >= 0 && inLoop[b] {
				return false
			}
		}
		return true
	}
	for changed := true; changed; {
		changed = false
		for _, b := range body {
			for v := f.First(b); v != 0; {
				next := f.Next(v)
				if f.Op(v).Pure() && f.Op(v) != ir.OpCopy && invariant(v) {
					f.MoveBefore(v, at)
					changed = true
				}
				v = next
			}
		}
	}
}
