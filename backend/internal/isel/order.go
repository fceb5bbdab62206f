package isel

import "github.com/kilnwasm/kiln/compiler/ir"

// layout holds the buffers of blockOrder, reused from one function to the
// next.
type layout struct {
	rpo    []ir.Block // ir.RPO(f): f's
	idx    []int32    // per block: position in rpo, or -1 if unreachable
	rep    []ir.Block // union-find: a block walked into a loop points to its header
	owner  []int32    // per block: the header of the innermost loop around it (a header: of the loop around its own), or -1
	header []bool
	heads  []ir.Block // the headers, innermost loops first
	first  []bool     // per block: moved to the front of its loop (reset after each loop)
	work   []ir.Block
	kidOff []int32 // blocks by owner, CSR, in reverse postorder; owner -1 is kept at index n
	kids   []ir.Block
	stack  []orderFrame
	order  []ir.Block
}

type orderFrame struct {
	owner int32 // a header, or n for the function
	next  int32 // index into kids
}

// blockOrder returns the reachable blocks of f in reverse postorder,
// except that the blocks of each loop follow its header contiguously
// (inner loops likewise inside theirs), with the blocks that leave the
// loop after it. Plain reverse postorder can put a loop's latch (the
// edge block that jumps back to the header) after everything reachable
// from the loop's exit, and the register allocator, which works on the
// layout, then sees every value of the loop live across that whole
// region and moves values back into place on the back edge. The order
// is still a topological order of the forward edges: a loop is entered
// only through its header, so nothing outside the loop that moves after
// it is a predecessor of a loop block, and loop blocks move only ahead
// of blocks they do not follow.
func (l *layout) blockOrder(f *ir.Func) []ir.Block {
	n := f.NumBlocks()
	l.rpo = ir.RPO(f) // f's, not to be modified
	l.idx = resizeFill(l.idx, n, -1)
	for i, b := range l.rpo {
		l.idx[b] = int32(i)
	}

	// Unreachable predecessors (idx -1) are neither latches nor walked
	// into below.
	preds := ir.Preds(f)

	// Loops, innermost first (a header comes after the headers of the
	// loops around it in reverse postorder). Walking back from a header's
	// latches, a block already in an inner loop stands for that whole
	// loop through its header (union-find), so each block is walked once.
	l.rep = resize(l.rep, n)
	for b := range l.rep {
		l.rep[b] = ir.Block(b)
	}
	l.owner = resizeFill(l.owner, n, -1)
	l.header = resize(l.header, n)
	find := func(b ir.Block) ir.Block {
		r := b
		for l.rep[r] != r {
			r = l.rep[r]
		}
		for l.rep[b] != r {
			l.rep[b], b = r, l.rep[b]
		}
		return r
	}
	l.heads = l.heads[:0]
	for i := len(l.rpo) - 1; i >= 0; i-- {
		h := l.rpo[i]
		work := l.work[:0]
		for _, p := range preds[h] {
			if l.idx[p] >= int32(i) { // a retreating edge: a back edge when the graph is reducible
				work = append(work, p)
			}
		}
		if len(work) == 0 {
			l.work = work
			continue
		}
		l.header[h] = true
		l.heads = append(l.heads, h)
		for len(work) > 0 {
			x := find(work[len(work)-1])
			work = work[:len(work)-1]
			if x == h || l.idx[x] < int32(i) {
				// Already in, or (only in an irreducible graph, which Wasm
				// does not make) not after the header: left out.
				continue
			}
			l.owner[x] = int32(h) // x is a block of this loop or the header of an inner one
			l.rep[x] = h
			work = append(work, preds[x]...)
		}
		l.work = work
	}
	if len(l.heads) == 0 {
		return l.rpo
	}

	// Each owner's blocks in reverse postorder, then the blocks of the
	// function (owner n) with every header followed by its loop's blocks.
	l.kidOff = resize(l.kidOff, n+3)
	key := func(b ir.Block) int32 {
		if o := l.owner[b]; o >= 0 {
			return o
		}
		return int32(n)
	}
	for _, b := range l.rpo {
		l.kidOff[key(b)+2]++
	}
	for k := 2; k < n+3; k++ {
		l.kidOff[k] += l.kidOff[k-1]
	}
	l.kids = resize(l.kids, len(l.rpo))
	for _, b := range l.rpo {
		k := key(b) + 1
		l.kids[l.kidOff[k]] = b
		l.kidOff[k]++
	}
	// A loop's direct latches (blocks that only its header enters and
	// that branch back to it, directly or through the block that splits
	// that edge: a short path round the loop) come first, with that edge
	// block, so that the allocator meets them with the header's locations
	// still in place and their values' intervals do not span the loop.
	l.first = resize(l.first, n)
	for _, h := range l.heads {
		kids := l.kids[l.kidOff[h]:l.kidOff[h+1]]
		first := l.work[:0]
		for _, b := range kids {
			if ps := preds[b]; len(ps) != 1 || ps[0] != h || l.bodyLoops(f, h, b) {
				continue
			}
			for i, n := 0, f.NumSuccs(b); i < n; i++ { // (f.Succs would allocate)
				s := f.Succ(b, i)
				if s == h {
					first = append(first, b)
					break
				}
				if len(preds[s]) == 1 && f.NumSuccs(s) == 1 && f.Succ(s, 0) == h && l.owner[s] == int32(h) {
					first = append(first, b, s)
					break
				}
			}
		}
		if len(first) > 0 {
			// The rest keep their order after them.
			for _, b := range first {
				l.first[b] = true
			}
			for _, b := range kids {
				if !l.first[b] {
					first = append(first, b)
				}
				l.first[b] = false
			}
			copy(kids, first)
		}
		l.work = first
	}
	l.order = l.order[:0]
	l.stack = append(l.stack[:0], orderFrame{int32(n), l.kidOff[n]})
	for len(l.stack) > 0 {
		top := &l.stack[len(l.stack)-1]
		if top.next == l.kidOff[top.owner+1] {
			l.stack = l.stack[:len(l.stack)-1]
			continue
		}
		b := l.kids[top.next]
		top.next++
		l.order = append(l.order, b)
		if l.header[b] {
			l.stack = append(l.stack, orderFrame{int32(b), l.kidOff[b]})
		}
	}
	return l.order
}

// bodyLoops reports whether header h's conditional branch, besides latch
// b, leads within two blocks to an inner loop: the way with a loop is
// taken as the likely one (Ball and Larus's loop-header heuristic), and
// the latch as the rare short path that would otherwise sit between the
// header and the body, for the body to jump over on every iteration
// (fannkuch's flip loop, when the reversal is empty).
func (l *layout) bodyLoops(f *ir.Func, h, b ir.Block) bool {
	t := f.Terminator(h)
	if t == 0 || f.Op(t) != ir.OpBrif {
		return false
	}
	o := f.Succ(h, 0)
	if o == b {
		o = f.Succ(h, 1)
	}
	// (A header's owner is the loop around it: an inner loop's is h.)
	inner := func(x ir.Block) bool { return l.header[x] && l.owner[x] == int32(h) }
	if o == b || l.owner[o] != int32(h) {
		return false // o leaves the loop
	}
	if inner(o) {
		return true
	}
	for i, n := 0, f.NumSuccs(o); i < n; i++ {
		x := f.Succ(o, i)
		if inner(x) {
			return true
		}
		if l.owner[x] != int32(h) {
			continue
		}
		for j, m := 0, f.NumSuccs(x); j < m; j++ {
			if inner(f.Succ(x, j)) {
				return true
			}
		}
	}
	return false
}

// innermost returns the header of the innermost loop around b (b itself
// if it is a header), or -1, for the order blockOrder last computed.
func (l *layout) innermost(b ir.Block) int32 {
	if l.header[b] {
		return int32(b)
	}
	return l.owner[b]
}

// resizeFill returns a slice of length n filled with v, reusing b's
// memory.
func resizeFill[T any](b []T, n int, v T) []T {
	if cap(b) < n {
		b = make([]T, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = v
	}
	return b
}
