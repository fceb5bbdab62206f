package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// loadLatency is the depth Reassociate gives a load over its address: an
// L1 hit takes about four cycles where an ALU operation takes one.
const loadLatency = 4

// maxTerms bounds the sums Reassociate rebalances: pairing the two terms
// ready first, a scan of the terms each time, is quadratic in a sum's
// terms, and the sums that gain (SHA-256's rounds: six terms) are short.
// A longer one (thousands of additions accumulated in one block) stays as
// it is.
const maxTerms = 64

// minGain is how much shorter a sum must get for Reassociate to rewrite
// it: a balanced sum keeps more partial sums live at once than a chain,
// which one operation less on the path does not repay.
const minGain = 2

// Reassociate rebalances the sums of integer additions whose inner sums
// are used once, by the next addition in the same block, so that the
// operands computed last are added last: the critical path through the
// sum becomes as short as its operands allow. (SHA-256's round adds six
// terms, the slowest first: nine dependent operations from the round's
// inputs to its new e, six once rebalanced.) A sum is rewritten only when
// that shortens it by minGain, and not when a term is a constant: the
// backends fold those into addressing modes and LEA. Addition modulo 2^n
// is associative and commutative, so every value stays the same.
func Reassociate(f *ir.Func) {
	s := scratchOf(f)
	r := &s.reassoc
	n := f.NumValues()
	// Only a block with additions of additions of its own, minGain+1 of
	// them, can hold a sum to shorten by minGain (depths matter only
	// within a block): a sum of k terms gets at most k-2 shorter, from at
	// most k-1 levels above its latest term to at least one. Few blocks
	// do, and most functions have none: those need no count of the uses.
	// One pass over the values in storage order, rather than a walk of
	// every block's list, finds the blocks; then they are taken in order.
	has := cleared(r.has, f.NumBlocks())
	r.has = has
	found := false
	for v := ir.Value(1); int(v) < n; v++ {
		if f.Op(v) != ir.OpIadd {
			continue
		}
		if b := f.BlockOf(v); b >= 0 && !has[b] && additions(f, v, b, minGain+1) > minGain {
			has[b], found = true, true
		}
	}
	if !found {
		return
	}
	r.blocks = r.blocks[:0]
	for b, ok := range has {
		if ok {
			r.blocks = append(r.blocks, ir.Block(b))
		}
	}
	r.uses = cleared(r.uses, n)
	for b := range ir.Block(f.NumBlocks()) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			for _, a := range f.Args(v) {
				r.uses[a]++
			}
			for t := range f.NumTargets(v) {
				for _, a := range f.Target(v, t).Args {
					r.uses[a]++
				}
			}
		}
	}
	r.depth = cleared(r.depth, n)
	r.inner = cleared(r.inner, n)
	for _, b := range r.blocks {
		for v := f.First(b); v != 0; v = f.Next(v) {
			if f.Op(v) != ir.OpIadd {
				continue
			}
			for _, a := range f.Args(v) {
				if f.Op(a) == ir.OpIadd && r.uses[a] == 1 && f.BlockOf(a) == b && f.Type(a) == f.Type(v) {
					r.inner[a] = true
				}
			}
		}
		for v := f.First(b); v != 0; v = f.Next(v) {
			if f.Op(v) == ir.OpIadd && !r.inner[v] {
				r.rebalance(f, v)
			}
			d := int32(0)
			for _, a := range f.Args(v) {
				d = max(d, r.depthOf(f, a, b))
			}
			if f.Op(v) == ir.OpLoad {
				d += loadLatency
			} else {
				d++
			}
			r.depth[v] = d
		}
	}
}

// additions counts, up to limit, the additions of block b in the tree of
// additions of v's type under the addition v, v included: the sum that
// rebalance collects at v has at most as many.
func additions(f *ir.Func, v ir.Value, b ir.Block, limit int) int {
	n := 1
	for _, a := range f.Args(v) {
		if n < limit && f.Op(a) == ir.OpIadd && f.BlockOf(a) == b && f.Type(a) == f.Type(v) {
			n += additions(f, a, b, limit-n)
		}
	}
	return n
}

// reassocScratch holds Reassociate's buffers.
type reassocScratch struct {
	blocks []ir.Block // those with a sum to rebalance, maybe
	has    []bool     // per block: in blocks
	uses   []int32
	depth  []int32 // of the values of the block so far, from its start
	inner  []bool  // an addition whose one use is an addition of its sum
	terms  []ir.Value
	nodes  []ir.Value // the sum's inner additions, reused for the new sums
	ready  []int32    // when each of terms is ready
	trial  []int32
}

// depthOf is the depth of a in block b: 0 for a value of another block.
func (r *reassocScratch) depthOf(f *ir.Func, a ir.Value, b ir.Block) int32 {
	if f.BlockOf(a) != b {
		return 0
	}
	return r.depth[a]
}

// rebalance rewrites the sum rooted at the addition root if that
// shortens it: the two terms ready first are added, again and again (as
// a Huffman code is built), into the inner additions, moved right before
// root, and root adds the last two.
func (r *reassocScratch) rebalance(f *ir.Func, root ir.Value) {
	b := f.BlockOf(root)
	r.terms, r.nodes = r.terms[:0], r.nodes[:0]
	old := r.collect(f, root, b)
	if len(r.terms) < 3 || len(r.terms) > maxTerms {
		return
	}
	r.ready = r.ready[:0]
	for _, t := range r.terms {
		if f.Op(t) == ir.OpIconst {
			return
		}
		r.ready = append(r.ready, r.depthOf(f, t, b))
	}
	r.trial = append(r.trial[:0], r.ready...)
	for len(r.trial) > 1 {
		r.trial = combine(r.trial)
	}
	if r.trial[0] > old-minGain {
		return
	}
	for k := 0; len(r.terms) > 1; k++ {
		i, j := twoFirst(r.ready)
		sum := root
		if len(r.terms) > 2 {
			sum = r.nodes[k]
			f.MoveBefore(sum, root)
		}
		f.SetArg(sum, 0, r.terms[i])
		f.SetArg(sum, 1, r.terms[j])
		r.terms[i] = sum
		r.terms = append(r.terms[:j], r.terms[j+1:]...)
		r.ready = combine(r.ready)
		r.depth[sum] = r.ready[i]
	}
}

// combine replaces the two first ready of d by their sum's depth, at the
// first one's index.
func combine(d []int32) []int32 {
	i, j := twoFirst(d)
	d[i] = max(d[i], d[j]) + 1
	return append(d[:j], d[j+1:]...)
}

// collect appends the terms of the sum at v (in order) to r.terms and its
// inner additions to r.nodes, and returns the sum's depth as it stands.
func (r *reassocScratch) collect(f *ir.Func, v ir.Value, b ir.Block) int32 {
	d := int32(0)
	for _, a := range f.Args(v) {
		if r.inner[a] && f.BlockOf(a) == b && f.Type(a) == f.Type(v) {
			r.nodes = append(r.nodes, a)
			d = max(d, r.collect(f, a, b))
		} else {
			r.terms = append(r.terms, a)
			d = max(d, r.depthOf(f, a, b))
		}
	}
	return d + 1
}

// twoFirst returns the indexes i < j of two smallest elements of d, the
// first ones among equals (so that the result is deterministic).
func twoFirst(d []int32) (i, j int) {
	a, b := 0, 1
	if d[b] < d[a] {
		a, b = b, a
	}
	for k := 2; k < len(d); k++ {
		switch {
		case d[k] < d[a]:
			a, b = k, a
		case d[k] < d[b]:
			b = k
		}
	}
	return min(a, b), max(a, b)
}
