package opt

import (
	"math/bits"
	"slices"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/room"
)

// LICM hoists loop-invariant computations out of loops. A loop is the set
// of blocks of a back edge (a branch to a block that dominates its source).
// An instruction is invariant when it is pure (so computing it early, or
// on a path where the loop body would not have run, changes nothing) and
// every operand is defined outside the loop or is itself hoisted. It moves
// to the loop's preheader: the single block outside the loop that jumps to
// the header, as Wasm loops are entered.
//
// Loops are taken innermost first, and an instruction hoisted out of an
// inner loop lands in its preheader, in the loop around, where it may be
// hoisted again. That visits every loop's body once per loop around it:
// fine for the usual few levels of nesting, but quadratic in the depth of
// deeply nested loops. So when the bodies visited grow past a budget
// linear in the function's size, the loop tree is built (in one pass) and
// every instruction left goes straight to the preheader of the outermost
// loop it is invariant in (hoistDirect), which places each instruction in
// the same preheader, in the program's order rather than in the order loop
// by loop hoisting reaches them.
//
// Equal instructions hoisted into one preheader, which GVN could not
// merge while they sat in blocks that do not dominate one another (the
// two arms of an if, say), are merged there (loop by loop only).
//
// One ALU operation with a constant operand is not hoisted out of a loop
// that calls (cheapToRedo).
func LICM(f *ir.Func) {
	dom := ir.Dominators(f)
	r := newReplacer(f)
	if !hoistLoopByLoop(f, dom, r, 8*f.NumValues()+1<<16) {
		if lf := findLoops(f, dom); lf != nil {
			lf.hoistDirect(f, dom, r)
		}
	}
	r.apply(f)
}

// hoistLoopByLoop hoists out of one loop after the other, innermost
// first: a header that dominates another comes earlier in reverse
// postorder, so later in its reverse. It stops, returning false, once the
// blocks and instructions it has visited exceed budget. (Hoisting moves
// instructions only: the dominator tree stays valid.)
func hoistLoopByLoop(f *ir.Func, dom *ir.DomTree, r *replacer, budget int) bool {
	preds := ir.Preds(f)
	rpo := dom.RPO()
	ls := &scratchOf(f).licm
	order := room.Len(ls.order, f.NumBlocks())
	for i, b := range rpo {
		order[b] = int32(i)
	}
	// inLoop is all false between loops.
	inLoop := cleared(ls.inLoop, f.NumBlocks())
	ls.order, ls.inLoop = order, inLoop
	h := &ls.h
	for i := len(rpo) - 1; i >= 0; i-- {
		hd := rpo[i]
		latches := ls.latches[:0]
		for _, p := range preds[hd] {
			if dom.Reachable(p) && dom.Dominates(hd, p) {
				latches = append(latches, p)
			}
		}
		ls.latches = latches
		if len(latches) == 0 {
			continue
		}
		pre := preheader(f, dom, preds, hd)
		if pre < 0 {
			continue
		}
		body := ls.loopBlocks(dom, preds, hd, inLoop)
		budget -= len(body) + h.hoist(f, r, body, inLoop, order, rpo, f.Terminator(pre))
		for _, b := range body {
			inLoop[b] = false
		}
		if budget < 0 {
			return false
		}
	}
	return true
}

// licmScratch holds LICM's buffers.
type licmScratch struct {
	order         []int32
	inLoop        []bool
	latches, body []ir.Block
	work          []ir.Block
	h             hoister
}

// loopBlocks collects the blocks of the loop with header h: those that
// reach a latch (ls.latches) without passing through h, and that the entry
// reaches.
func (ls *licmScratch) loopBlocks(dom *ir.DomTree, preds [][]ir.Block, h ir.Block, inLoop []bool) []ir.Block {
	body := append(ls.body[:0], h)
	inLoop[h] = true
	work := append(ls.work[:0], ls.latches...)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if inLoop[b] || !dom.Reachable(b) {
			continue
		}
		inLoop[b] = true
		body = append(body, b)
		work = append(work, preds[b]...)
	}
	ls.body, ls.work = body, work
	return body
}

// hoister holds hoist's buffers.
type hoister struct {
	cands []hoistCand
	index []int32 // per value: its entry in cands, or -1
	pos   []int32 // the body's blocks' positions in reverse postorder
	moved []hoistCand
	count []int32    // per sweep, for sorting moved
	keys  []gvnEntry // the keys of the instructions moved
}

type hoistCand struct {
	v     ir.Value
	pos   int32 // in the order of the sweeps over the body
	sweep int32 // the sweep that moves it, or 0 if none does
}

// hoist moves the invariant instructions of the loop before the
// preheader's terminator, at, merging equal ones (recorded in r), in the
// order in which sweeps over the body
// (its blocks in order, each from first to last instruction), repeated
// until one moves nothing, would move them: an instruction moves in the
// first sweep that finds all its operands outside the loop. Rather than
// sweeping again and again (once per link of a chain of invariant
// instructions each placed before the one it uses), the sweep of each
// instruction is worked out from its operands', visiting operands first
// (order: the blocks' reverse postorder numbers).
func (h *hoister) hoist(f *ir.Func, r *replacer, body []ir.Block, inLoop []bool, order []int32, rpo []ir.Block, at ir.Value) (visited int) {
	h.cands = h.cands[:0]
	for len(h.index) < f.NumValues() {
		h.index = append(h.index, -1)
	}
	calls := loopCalls(f, body)
	for _, b := range body {
		for v := f.First(b); v != 0; v = f.Next(v) {
			visited++
			r.resolveArgs(f, v)
			if f.Op(v).Pure() && f.Op(v) != ir.OpCopy && !(calls && cheapToRedo(f, v)) {
				h.index[v] = int32(len(h.cands))
				h.cands = append(h.cands, hoistCand{v: v, pos: int32(len(h.cands))})
			}
		}
	}
	if len(h.cands) == 0 {
		return
	}
	// The body in reverse postorder: sorting the blocks' numbers there,
	// plain integers, is quicker than sorting the blocks by them.
	h.pos = h.pos[:0]
	for _, b := range body {
		h.pos = append(h.pos, order[b])
	}
	slices.Sort(h.pos)
	maxSweep := int32(0)
	for _, o := range h.pos {
		b := rpo[o]
		for v := f.First(b); v != 0; v = f.Next(v) {
			k := h.index[v]
			if k < 0 {
				continue
			}
			c := &h.cands[k]
			c.sweep = 1
			for _, a := range f.Args(v) {
				if ab := f.BlockOf(a); ab < 0 || !inLoop[ab] {
					continue
				}
				ka := h.index[a]
				if ka < 0 || h.cands[ka].sweep == 0 {
					c.sweep = 0 // an operand stays in the loop
					break
				}
				sa := h.cands[ka].sweep
				if h.cands[ka].pos > c.pos {
					sa++ // visited after v in a sweep: v waits a sweep
				}
				c.sweep = max(c.sweep, sa)
			}
			maxSweep = max(maxSweep, c.sweep)
		}
	}
	// The instructions to move, by sweep then position: a counting sort
	// by sweep of the candidates, which are in position order.
	count := cleared(h.count, int(maxSweep)+2)
	for _, c := range h.cands {
		h.index[c.v] = -1
		if c.sweep > 0 {
			count[c.sweep+1]++
		}
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	h.moved = room.Len(h.moved, int(count[len(count)-1]))
	for _, c := range h.cands {
		if c.sweep > 0 {
			h.moved[count[c.sweep]] = c
			count[c.sweep]++
		}
	}
	h.count = count
	// Operands move before their users (an earlier sweep, or earlier in
	// the same one), so a user's operands are merged before it is keyed.
	// The table (GVN's, left empty) holds this preheader's instructions.
	table := &scratchOf(f).gvnTable
	live := h.keys[:0]
	for _, c := range h.moved {
		v := c.v
		f.MoveBefore(v, at)
		r.resolveArgs(f, v)
		k := key(f, v)
		if w := table.get(k); w != 0 {
			if same(f, v, w) {
				f.Rewrite(v, ir.OpCopy, 0, w)
				r.set(v, w)
			}
			continue
		}
		if table.full() {
			table.grow(live)
		}
		table.put(k, v)
		live = append(live, gvnEntry{k, v})
	}
	for i := len(live) - 1; i >= 0; i-- {
		table.del(live[i].key)
	}
	h.keys = live
	return visited
}

// hoistDirect moves every invariant instruction straight to the preheader
// of the outermost loop with one that it is invariant in: in reverse
// postorder, an instruction's operands are placed (and hoisted) before
// it, and a preheader comes before its loop's header, so hoisted
// instructions are not visited again. With the loop tree's preorder
// numbering, whether an operand is in a loop takes O(1), and binary
// lifting finds the outermost loop in O(log depth).
func (lf *loopForest) hoistDirect(f *ir.Func, dom *ir.DomTree, r *replacer) {
	lf.lift()
	lf.findCallFree(f)
	for _, b := range dom.RPO() {
		l := lf.loopOf[b]
		if l < 0 {
			continue
		}
		for v := f.First(b); v != 0; {
			next := f.Next(v)
			r.resolveArgs(f, v)
			if f.Op(v).Pure() && f.Op(v) != ir.OpCopy {
				if to := lf.target(f, v, l, cheapToRedo(f, v)); to >= 0 {
					f.MoveBefore(v, f.Terminator(lf.pre[to]))
				}
			}
			v = next
		}
	}
}

// loopForest is the loop nesting tree. Loops are numbered in the order
// found, innermost first.
type loopForest struct {
	loopOf []int32    // per block: the innermost loop holding it, or -1
	pre    []ir.Block // per loop: its preheader, or -1
	parent []int32    // per loop: the loop around it, or -1
	depth  []int32    // per loop: 0 for an outermost loop
	// Preorder numbering of the tree: loop m is inside loop l (or is l)
	// when first[l] <= first[m] <= last[l].
	first, last []int32
	// up[k][l] is l's 2^k-th enclosing loop (-1 past the outermost);
	// preUp[k][l] the same among the loops that have a preheader.
	up, preUp [][]int32
	withPre   []int32 // per loop: the innermost loop around it (or itself) with a preheader, or -1
	// callFree, per loop: the outermost loop around it (or itself) such
	// that no loop from it to that one calls, or -1 if it calls itself.
	callFree []int32
	maxDepth int32
}

// findLoops builds the loop tree of f, or returns nil if f has no loops.
// Headers are taken innermost first (in reverse of reverse postorder: a
// header comes after the headers of the loops around it); walking back
// from a header's latches, a block already in an inner loop stands for
// that whole loop through its header (union-find), so each block is
// walked once.
func findLoops(f *ir.Func, dom *ir.DomTree) *loopForest {
	n := f.NumBlocks()
	preds := ir.Preds(f)
	rpo := dom.RPO()
	lf := &loopForest{loopOf: make([]int32, n)}
	for i := range lf.loopOf {
		lf.loopOf[i] = -1
	}
	// rep is the union-find forest: a block walked into a loop points to
	// that loop's header, and a header to the header of the loop around.
	var rep []ir.Block
	find := func(b ir.Block) ir.Block {
		r := b
		for rep[r] != r {
			r = rep[r]
		}
		for rep[b] != r {
			rep[b], b = r, rep[b]
		}
		return r
	}
	var headerLoop []int32 // per block: the loop it heads, or -1
	var work []ir.Block
	for i := len(rpo) - 1; i >= 0; i-- {
		h := rpo[i]
		work = work[:0]
		for _, p := range preds[h] {
			if dom.Reachable(p) && dom.Dominates(h, p) {
				work = append(work, p)
			}
		}
		if len(work) == 0 {
			continue
		}
		if rep == nil {
			rep = make([]ir.Block, n)
			headerLoop = make([]int32, n)
			for b := range rep {
				rep[b] = ir.Block(b)
				headerLoop[b] = -1
			}
		}
		l := int32(len(lf.pre))
		lf.pre = append(lf.pre, preheader(f, dom, preds, h))
		lf.parent = append(lf.parent, -1)
		headerLoop[h] = l
		lf.loopOf[h] = l
		for len(work) > 0 {
			x := find(work[len(work)-1])
			work = work[:len(work)-1]
			if x == h || !dom.Dominates(h, x) {
				// Not dominated: only an irreducible graph (which Wasm
				// does not make) gets here. Leave such blocks out.
				continue
			}
			if inner := headerLoop[x]; inner >= 0 {
				lf.parent[inner] = l
			} else {
				lf.loopOf[x] = l
			}
			rep[x] = h
			for _, p := range preds[x] {
				if dom.Reachable(p) {
					work = append(work, p)
				}
			}
		}
	}
	if len(lf.pre) == 0 {
		return nil
	}
	lf.number()
	return lf
}

// number computes depths and the preorder numbering.
func (lf *loopForest) number() {
	nl := len(lf.pre)
	// Children lists, then an iterative preorder walk from the roots.
	kids := make([][]int32, nl)
	var roots []int32
	for l := range nl {
		if p := lf.parent[l]; p >= 0 {
			kids[p] = append(kids[p], int32(l))
		} else {
			roots = append(roots, int32(l))
		}
	}
	lf.depth = make([]int32, nl)
	lf.first = make([]int32, nl)
	lf.last = make([]int32, nl)
	lf.withPre = make([]int32, nl)
	num := int32(0)
	type item struct{ l, child int32 }
	var st []item
	for _, r := range roots {
		st = append(st[:0], item{l: r})
		lf.first[r] = num
		num++
		for len(st) > 0 {
			top := &st[len(st)-1]
			l := top.l
			if p := lf.parent[l]; top.child == 0 {
				lf.withPre[l] = -1
				if p >= 0 {
					lf.withPre[l] = lf.withPre[p]
					lf.depth[l] = lf.depth[p] + 1
					lf.maxDepth = max(lf.maxDepth, lf.depth[l])
				}
				if lf.pre[l] >= 0 {
					lf.withPre[l] = l
				}
			}
			if int(top.child) < len(kids[l]) {
				c := kids[l][top.child]
				top.child++
				lf.first[c] = num
				num++
				st = append(st, item{l: c})
				continue
			}
			lf.last[l] = num - 1
			st = st[:len(st)-1]
		}
	}
}

// lift builds the binary lifting tables.
func (lf *loopForest) lift() {
	nl := len(lf.pre)
	levels := bits.Len32(uint32(lf.maxDepth)) + 1
	lf.up = make([][]int32, levels)
	lf.preUp = make([][]int32, levels)
	lf.up[0] = lf.parent
	lf.preUp[0] = make([]int32, nl)
	for l := range nl {
		lf.preUp[0][l] = -1
		if p := lf.parent[l]; p >= 0 {
			lf.preUp[0][l] = lf.withPre[p]
		}
	}
	for k := 1; k < levels; k++ {
		up, pu := make([]int32, nl), make([]int32, nl)
		for l := range nl {
			up[l], pu[l] = -1, -1
			if m := lf.up[k-1][l]; m >= 0 {
				up[l] = lf.up[k-1][m]
			}
			if m := lf.preUp[k-1][l]; m >= 0 {
				pu[l] = lf.preUp[k-1][m]
			}
		}
		lf.up[k], lf.preUp[k] = up, pu
	}
}

// inside reports whether loop m is loop l or nested in it.
func (lf *loopForest) inside(m, l int32) bool {
	return lf.first[l] <= lf.first[m] && lf.first[m] <= lf.last[l]
}

// invariant reports whether no operand of v is defined in loop l.
func (lf *loopForest) invariant(f *ir.Func, v ir.Value, l int32) bool {
	for _, a := range f.Args(v) {
		if b := f.BlockOf(a); b >= 0 {
			if m := lf.loopOf[b]; m >= 0 && lf.inside(m, l) {
				return false
			}
		}
	}
	return true
}

// target returns the loop whose preheader v (in loop l, innermost) moves
// to: the outermost loop with a preheader among those v is invariant in
// (for a cheap v, cheapToRedo, and that make no call), or -1.
func (lf *loopForest) target(f *ir.Func, v ir.Value, l int32, cheap bool) int32 {
	if !lf.invariant(f, v, l) {
		return -1
	}
	// The outermost loop around l that v is invariant in (if v is
	// invariant in a loop, it is in every loop inside it).
	out := l
	for k := len(lf.up) - 1; k >= 0; k-- {
		if m := lf.up[k][out]; m >= 0 && lf.invariant(f, v, m) {
			out = m
		}
	}
	if cheap {
		c := lf.callFree[l]
		if c < 0 {
			return -1
		}
		if lf.depth[c] > lf.depth[out] {
			out = c
		}
	}
	// The outermost loop with a preheader between l and out.
	to := lf.withPre[l]
	if to < 0 || lf.depth[to] < lf.depth[out] {
		return -1
	}
	for k := len(lf.preUp) - 1; k >= 0; k-- {
		if m := lf.preUp[k][to]; m >= 0 && lf.depth[m] >= lf.depth[out] {
			to = m
		}
	}
	return to
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

// loopCalls reports whether a block of body makes a call.
func loopCalls(f *ir.Func, body []ir.Block) bool {
	for _, b := range body {
		if blockCalls(f, b) {
			return true
		}
	}
	return false
}

func blockCalls(f *ir.Func, b ir.Block) bool {
	for v := f.First(b); v != 0; v = f.Next(v) {
		switch f.Op(v) {
		case ir.OpCall, ir.OpCallIndirect, ir.OpCallPtr, ir.OpCallCode:
			return true
		}
	}
	return false
}

// cheapToRedo reports whether v is one integer ALU operation with a
// constant operand (x + 8, x | 4, x << 2: a LEA or an ALU instruction).
// Such an instruction stays in a loop that makes a call. Hoisted, it
// would be one more value live across the call, which the few
// callee-saved registers rarely hold: it would be spilled before the loop
// and reloaded in it (LLVM's loop-invariant x + c address computations
// made up much of markdown's hot-loop reloads), a load where recomputing
// it costs one ALU operation on an operand the loop usually keeps anyway.
func cheapToRedo(f *ir.Func, v ir.Value) bool {
	switch f.Op(v) {
	case ir.OpIadd, ir.OpIsub, ir.OpIand, ir.OpIor, ir.OpIxor, ir.OpIshl, ir.OpIshrS, ir.OpIshrU:
	default:
		return false
	}
	for _, a := range f.Args(v) {
		if f.Op(a) == ir.OpIconst {
			return true
		}
	}
	return false
}

// findCallFree fills lf.callFree.
func (lf *loopForest) findCallFree(f *ir.Func) {
	nl := len(lf.pre)
	calls := make([]bool, nl) // the loop or one inside it calls
	for b := range ir.Block(f.NumBlocks()) {
		l := lf.loopOf[b]
		if l < 0 || calls[l] || !blockCalls(f, b) {
			continue
		}
		for ; l >= 0 && !calls[l]; l = lf.parent[l] {
			calls[l] = true
		}
	}
	byFirst := make([]int32, nl)
	for l := range nl {
		byFirst[lf.first[l]] = int32(l)
	}
	lf.callFree = make([]int32, nl)
	for _, l := range byFirst { // preorder: a loop after the loop around it
		switch p := lf.parent[l]; {
		case calls[l]:
			lf.callFree[l] = -1
		case p >= 0 && !calls[p]:
			lf.callFree[l] = lf.callFree[p]
		default:
			lf.callFree[l] = l
		}
	}
}
