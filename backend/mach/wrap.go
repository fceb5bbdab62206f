package mach

import "github.com/kilnwasm/kiln/internal/room"

// Wrap places a function's saves and restores of the callee-saved
// registers it preserves (shrink-wrapping). From the prologue, a function
// saves them on every call, even on the paths that never touch them: a
// memcpy whose short copies return early pays for the registers of its
// long loops each time.
//
// Wrap puts the saves at the start of a few blocks S, each the root of a
// region (the blocks S dominates), such that every block reading or
// writing one of the registers lies in a region, and the restores on the
// edges leaving the regions: before each return in a region, before the
// jump of a region block whose only successor lies outside it, and on
// each other edge out (after the allocator's moves on that edge, if it
// has any; else in a stub of its own). A path outside the regions neither
// saves nor restores, and need not: nothing there writes the registers,
// and every region it passed through restored them on the way out.
//
// That holds when no value in one of the registers is live across an
// edge out of a region (a restore would overwrite it), when no S lies on
// a cycle (a second pass through S would save what the region had put
// there; this also keeps the saves out of loops), and when the regions
// are disjoint (no S dominates another); and, so that no path saves and
// restores more often than the prologue and a return did, no region is
// reachable from another. The emitter must also emit S
// once, at its label (S is not a forwarder, a dispatcher copied into its
// predecessors, or a switch that edges jump past), emit the blocks that
// restore before their jump (no forwarder), and take each edge out of a
// region through its restore (no switch that edges jump past has one).
// Where these fail, an S moves up the dominator tree, a few times at
// most, and otherwise the prologue saves and every return restores, as
// without Wrap; so also when every path from the entry to a return passes
// an S, where the saves would not be spared.
type Wrap struct {
	// regionOf is, per block, the S of the region it lies in, or -1;
	// wrapped is false when the prologue saves.
	regionOf []int32
	wrapped  bool
	restore  []bool // per block: restores before its last instruction

	roots          []int32 // the regions' S, while Place chooses them
	rpo, num, idom []int32
	pre, post      []int32 // dominator tree intervals
	kids, kidStart []int32
	stack          []int32
	touch, seen    []bool
	steps          int // intersect's, against dominators' budget
	cover          []int32
	starts         []int32  // StubStarts
	gen, kill      []RegSet // per block, of the preserved registers
	liveIn         []RegSet
	stubUse        []RegSet // per stub
	stubDef        []RegSet
}

// TermRet is a return, for Wrap.
const TermRet Term = TermSwitch + 1

// Limits on Wrap's work per function: regions, moves of an S up the
// dominator tree, and liveness iterations.
const (
	maxWrapRegions = 8
	maxWrapMoves   = 8
	maxWrapRounds  = 16
)

// Place decides where f, whose allocation writes the callee-saved
// registers preserved (Allocation.Preserved), saves and restores them.
// term says what instruction i is; skip, dispatch and on are the
// emitter's forwarders, dispatchers and threaded switches (Forwarders,
// Dispatchers).
func (w *Wrap) Place(f *Func, alloc *Allocation, preserved RegSet, term func(i int) Term, skip, dispatch []bool, on []int32) {
	w.wrapped = preserved != 0 && len(f.Blocks) > 2 && w.place(f, alloc, preserved, term, skip, dispatch, on)
}

// Wrapped reports whether the saves are in blocks (Saves) rather than
// in the prologue, where every return restores.
func (w *Wrap) Wrapped() bool { return w.wrapped }

// Saves reports whether block b saves the registers at its start.
func (w *Wrap) Saves(b int) bool { return w.wrapped && w.regionOf[b] == int32(b) }

// Restores reports whether block b restores the registers before its
// last instruction: a return, or a jump out of its region.
func (w *Wrap) Restores(b int) bool { return w.wrapped && w.restore[b] }

// Leaves reports whether the edge to successor k of block b, which has
// several, leaves a region: the edge restores the registers, after the
// allocator's moves on it.
func (w *Wrap) Leaves(f *Func, b, k int) bool {
	if !w.wrapped || len(f.Blocks[b].Succs) < 2 {
		return false
	}
	r := w.regionOf[b]
	return r >= 0 && w.regionOf[f.Blocks[b].Succs[k]] != r
}

func (w *Wrap) place(f *Func, alloc *Allocation, preserved RegSet, term func(i int) Term, skip, dispatch []bool, on []int32) bool {
	if !w.scan(f, alloc, preserved) {
		return false
	}
	// The regions hold every touching block: unless some path to a
	// return avoids them all, no region can be bypassed (checked first,
	// as it costs less than what follows).
	w.seen = append(w.seen[:0], w.touch...)
	if !w.bypassed(f, term, w.seen) || !w.dominators(f) || !w.liveness(f, alloc) {
		return false
	}
	n := len(f.Blocks)
	// The blocks on a cycle, conservatively: a cycle through b has an edge
	// p -> h with h <= b <= p (the cycle's first edge from b that goes
	// back to b or before it), so cover counts such edges over b.
	w.cover = room.Len(w.cover, n+1)
	clear(w.cover)
	for p := range f.Blocks {
		for _, h := range f.Blocks[p].Succs {
			if h <= p {
				w.cover[h]++
				w.cover[p+1]--
			}
		}
	}
	for b := 1; b <= n; b++ {
		w.cover[b] += w.cover[b-1]
	}
	// A region per touching block, in reverse postorder, unless one
	// already holds it: each S starts at the block.
	w.roots = w.roots[:0]
	for _, b := range w.rpo {
		if !w.touch[b] || w.inRoots(b) {
			continue
		}
		if len(w.roots) == maxWrapRegions {
			return false
		}
		w.addRoot(b)
	}
	// Move the S of a region that does not qualify up, until all do.
	for moves := 0; ; moves++ {
		bad := -1
		w.regions(f)
		for k, s := range w.roots {
			if !w.qualifies(s, skip, dispatch, on, preserved) {
				bad = k
				break
			}
		}
		if bad < 0 {
			break
		}
		s := w.idom[w.roots[bad]]
		if s <= 0 || moves == maxWrapMoves {
			return false
		}
		w.roots = append(w.roots[:bad], w.roots[bad+1:]...)
		w.addRoot(s)
	}
	if !w.exits(f, term, skip, on, preserved) || !w.apart(f) {
		return false
	}
	w.seen = room.Len(w.seen, n)
	clear(w.seen)
	for _, s := range w.roots {
		w.seen[s] = true
	}
	return w.bypassed(f, term, w.seen)
}

// scan finds the blocks that read or write a preserved register (or
// clobber one), w.touch, and the liveness sets of the preserved
// registers: per block (gen, kill) and per edge stub (stubUse, stubDef).
// It reports false when the entry block touches one: the prologue saves.
func (w *Wrap) scan(f *Func, alloc *Allocation, preserved RegSet) bool {
	n := len(f.Blocks)
	w.touch = room.Len(w.touch, n)
	w.gen = room.Len(w.gen, n)
	w.kill = room.Len(w.kill, n)
	locs, edits, k := alloc.OpLocs, alloc.Edits, 0
	touched := false
	for b := range f.Blocks {
		var gen, kill RegSet
		first, end := f.BlockInsts(b)
		for i := first; i < end; i++ {
			for ; k < len(edits) && edits[k].Before <= i; k++ {
				if fr := edits[k].From; fr.IsReg() && preserved.Has(fr.Reg) && !kill.Has(fr.Reg) {
					gen = gen.With(fr.Reg)
				}
				if t := edits[k].To; t.IsReg() && preserved.Has(t.Reg) {
					kill = kill.With(t.Reg)
				}
			}
			in := &f.Insts[i]
			var def RegSet
			for j := in.ops.start; j < in.ops.end; j++ {
				l := locs[j]
				if !l.IsReg() || !preserved.Has(l.Reg) {
					continue
				}
				if f.ops[j].Kind != Def && !kill.Has(l.Reg) {
					gen = gen.With(l.Reg)
				}
				if f.ops[j].Kind != Use {
					def = def.With(l.Reg)
				}
			}
			kill |= def | in.Clobbers&preserved
		}
		w.gen[b], w.kill[b] = gen, kill
		w.touch[b] = gen|kill != 0
		if w.touch[b] {
			if b == 0 {
				return false
			}
			touched = true
		}
	}
	w.stubUse = room.Len(w.stubUse, len(alloc.Stubs))
	w.stubDef = room.Len(w.stubDef, len(alloc.Stubs))
	for j, st := range alloc.Stubs {
		var use, def RegSet
		for _, e := range edits[st.First:st.End] {
			if e.From.IsReg() && preserved.Has(e.From.Reg) && !def.Has(e.From.Reg) {
				use = use.With(e.From.Reg)
			}
			if e.To.IsReg() && preserved.Has(e.To.Reg) {
				def = def.With(e.To.Reg)
			}
		}
		w.stubUse[j], w.stubDef[j] = use, def
		if use|def != 0 {
			if st.Block == 0 {
				return false
			}
			w.touch[st.Block], touched = true, true
		}
	}
	return touched
}

// dominators computes w.idom over the blocks reachable from the entry
// (Cooper, Harvey and Kennedy's iteration over reverse postorder), w.num
// (each block's reverse-postorder number, -1 if unreachable) and the
// dominator tree's preorder intervals (w.pre, w.post). It reports false
// for a function it gives up on: one whose iteration walks up the tree
// more steps than a budget linear in its size, as deeply nested loops
// make it do (quadratic in their depth; ir.Dominators turns to Lengauer
// and Tarjan's algorithm there, which Wrap, an optimization, need not).
func (w *Wrap) dominators(f *Func) bool {
	n := len(f.Blocks)
	w.num = room.Len(w.num, n)
	w.idom = room.Len(w.idom, n)
	for b := range w.num {
		w.num[b], w.idom[b] = -1, -1
	}
	// Postorder, by a stack of (block, next successor) pairs.
	post := w.rpo[:0]
	st := append(w.stack[:0], 0, 0)
	w.num[0] = 0 // seen
	for len(st) > 0 {
		b, k := st[len(st)-2], st[len(st)-1]
		if succs := f.Blocks[b].Succs; int(k) < len(succs) {
			st[len(st)-1]++
			if s := succs[k]; w.num[s] < 0 {
				w.num[s] = 0
				st = append(st, int32(s), 0)
			}
			continue
		}
		post = append(post, b)
		st = st[:len(st)-2]
	}
	w.stack = st
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	w.rpo = post
	for i, b := range post {
		w.num[b] = int32(i)
	}
	w.idom[0] = 0
	w.steps = 0
	budget := 64*n + 4096
	for changed, rounds := true, 0; changed; rounds++ {
		if rounds == maxWrapRounds {
			return false
		}
		changed = false
		for _, b := range post[1:] {
			if w.steps > budget {
				return false
			}
			d := int32(-1)
			for _, p := range f.Blocks[b].Preds {
				if w.idom[p] < 0 {
					continue
				}
				if d < 0 {
					d = int32(p)
				} else {
					d = w.intersect(d, int32(p))
				}
			}
			if d != w.idom[b] {
				w.idom[b], changed = d, true
			}
		}
	}
	// The tree's children, grouped by parent (a counting sort), and a
	// preorder walk numbering each subtree's interval [pre, post).
	w.kidStart = room.Len(w.kidStart, n+1)
	clear(w.kidStart)
	for _, b := range post[1:] {
		w.kidStart[w.idom[b]+1]++
	}
	for b := 1; b <= n; b++ {
		w.kidStart[b] += w.kidStart[b-1]
	}
	w.kids = room.Len(w.kids, len(post))
	fill := w.stack[:0]
	fill = append(fill, w.kidStart[:n]...)
	for _, b := range post[1:] {
		p := w.idom[b]
		w.kids[fill[p]] = b
		fill[p]++
	}
	w.pre = room.Len(w.pre, n)
	w.post = room.Len(w.post, n)
	clock := int32(0)
	st = append(fill[:0], 0, 0)
	w.pre[0] = clock
	clock++
	for len(st) > 0 {
		b, k := st[len(st)-2], st[len(st)-1]
		if c := w.kidStart[b] + k; c < w.kidStart[b+1] {
			st[len(st)-1]++
			kid := w.kids[c]
			w.pre[kid] = clock
			clock++
			st = append(st, kid, 0)
			continue
		}
		w.post[b] = clock
		st = st[:len(st)-2]
	}
	w.stack = st
	return true
}

// intersect returns the nearest common dominator of a and b, counting
// its steps up the tree in w.steps.
func (w *Wrap) intersect(a, b int32) int32 {
	for a != b {
		for w.num[a] > w.num[b] {
			a = w.idom[a]
			w.steps++
		}
		for w.num[b] > w.num[a] {
			b = w.idom[b]
			w.steps++
		}
	}
	return a
}

// dominates reports whether a dominates b (both reachable).
func (w *Wrap) dominates(a, b int32) bool {
	return w.pre[a] <= w.pre[b] && w.pre[b] < w.post[a]
}

// liveness computes w.liveIn, the preserved registers live on entry to
// each block (by the allocator's locations: a register holding a value
// a later instruction reads). It reports false for a function it gives
// up on.
func (w *Wrap) liveness(f *Func, alloc *Allocation) bool {
	n := len(f.Blocks)
	w.liveIn = room.Len(w.liveIn, n)
	clear(w.liveIn)
	w.starts = StubStarts(alloc.Stubs, n, w.starts)
	starts := w.starts
	for changed, rounds := true, 0; changed; rounds++ {
		if rounds == maxWrapRounds {
			return false
		}
		changed = false
		for i := len(w.rpo) - 1; i >= 0; i-- {
			b := int(w.rpo[i])
			var out RegSet
			j, end := int(starts[b]), int(starts[b+1]) // b's stubs, by successor
			for k, s := range f.Blocks[b].Succs {
				live := w.liveIn[s]
				for j < end && alloc.Stubs[j].Succ < k {
					j++
				}
				if j < end && alloc.Stubs[j].Succ == k {
					live = live&^w.stubDef[j] | w.stubUse[j]
				}
				out |= live
			}
			if in := w.gen[b] | out&^w.kill[b]; in != w.liveIn[b] {
				w.liveIn[b], changed = in, true
			}
		}
	}
	return true
}

// inRoots reports whether a region's S dominates b.
func (w *Wrap) inRoots(b int32) bool {
	for _, s := range w.roots {
		if w.dominates(s, b) {
			return true
		}
	}
	return false
}

// addRoot adds s to the regions' roots, dropping those s dominates.
func (w *Wrap) addRoot(s int32) {
	r := w.roots[:0]
	for _, t := range w.roots {
		if !w.dominates(s, t) {
			r = append(r, t)
		}
	}
	w.roots = append(r, s)
}

// regions sets w.regionOf from w.roots.
func (w *Wrap) regions(f *Func) {
	w.regionOf = room.Len(w.regionOf, len(f.Blocks))
	for b := range w.regionOf {
		w.regionOf[b] = -1
	}
	for _, s := range w.roots {
		w.regionOf[s] = s
	}
	// In reverse postorder a block's immediate dominator comes first.
	for _, b := range w.rpo[1:] {
		if w.regionOf[b] < 0 {
			w.regionOf[b] = w.regionOf[w.idom[b]]
		}
	}
}

// qualifies reports whether s can be a region's S: not on a cycle,
// emitted once at its label, with none of the registers live into it.
func (w *Wrap) qualifies(s int32, skip, dispatch []bool, on []int32, preserved RegSet) bool {
	return w.cover[s] == 0 && !skip[s] && !dispatch[s] && on[s] < 0 && w.liveIn[s]&preserved == 0
}

// exits marks the restores (w.restore) and reports whether each edge out
// of a region can have them.
func (w *Wrap) exits(f *Func, term func(i int) Term, skip []bool, on []int32, preserved RegSet) bool {
	w.restore = room.Len(w.restore, len(f.Blocks))
	clear(w.restore)
	for _, b := range w.rpo {
		r := w.regionOf[b]
		if r < 0 {
			continue
		}
		first, end := f.BlockInsts(int(b))
		if end == first {
			return false
		}
		last := term(end - 1)
		succs := f.Blocks[b].Succs
		leaves := false
		for _, s := range succs {
			if w.regionOf[s] != r {
				if w.liveIn[s]&preserved != 0 || on[b] >= 0 {
					return false
				}
				leaves = true
			}
		}
		switch {
		case last == TermRet:
			w.restore[b] = true
		case leaves && len(succs) == 1:
			if last != TermJump || skip[b] {
				return false
			}
			w.restore[b] = true
		}
	}
	return true
}

// apart reports whether no path passes through two regions, each of
// which would save and restore where the prologue and returns did once.
func (w *Wrap) apart(f *Func) bool {
	if len(w.roots) < 2 {
		return true
	}
	w.seen = room.Len(w.seen, len(f.Blocks))
	for _, r := range w.roots {
		// Search from r's region, which no other region's blocks can be
		// reached from without leaving it.
		clear(w.seen)
		st := append(w.stack[:0], r)
		w.seen[r] = true
		for len(st) > 0 {
			b := st[len(st)-1]
			st = st[:len(st)-1]
			for _, t := range f.Blocks[b].Succs {
				if w.seen[t] {
					continue
				}
				if o := w.regionOf[t]; o >= 0 && o != r {
					w.stack = st
					return false
				}
				w.seen[t] = true
				st = append(st, int32(t))
			}
		}
		w.stack = st
	}
	return true
}

// bypassed reports whether a return is reachable from the entry without
// passing a block marked in avoid (which it clobbers): whether saves in
// those blocks would spare some path the work.
func (w *Wrap) bypassed(f *Func, term func(i int) Term, avoid []bool) bool {
	seen := avoid
	st := append(w.stack[:0], 0)
	seen[0] = true
	found := false
	for len(st) > 0 && !found {
		b := int(st[len(st)-1])
		st = st[:len(st)-1]
		if first, end := f.BlockInsts(b); end > first && term(end-1) == TermRet {
			found = true
		}
		for _, t := range f.Blocks[b].Succs {
			if !seen[t] {
				seen[t] = true
				st = append(st, int32(t))
			}
		}
	}
	w.stack = st
	return found
}

// ExitStubs are an emitter's restore stubs, with labels of type L: one
// for each edge that leaves a region (Wrap.Leaves) without an edge stub
// of the allocator's, where the restores could go. The emitter branches
// to the stub's label instead of the successor (Target), and lays each
// stub out of line: the restores and a jump to where the edge went.
type ExitStubs[L comparable] struct {
	Edges []ExitEdge[L] // sorted by block and successor
	first []int32       // per block: its first edge in Edges
}

// ExitEdge is the edge to successor K of Block, and its stub's label.
type ExitEdge[L comparable] struct {
	Block, K int32
	At       L
}

// Lay finds the edges that need a stub, giving each a label.
func (x *ExitStubs[L]) Lay(f *Func, alloc *Allocation, w *Wrap, newLabel func() L) {
	x.Edges = x.Edges[:0]
	if !w.wrapped {
		return
	}
	x.first = room.Len(x.first, len(f.Blocks))
	for b := range f.Blocks {
		x.first[b] = int32(len(x.Edges))
		for k := range f.Blocks[b].Succs {
			if w.Leaves(f, b, k) && StubOf(alloc.Stubs, w.starts, b, k) < 0 {
				x.Edges = append(x.Edges, ExitEdge[L]{int32(b), int32(k), newLabel()})
			}
		}
	}
}

// Overlay replaces the labels in targets, those of the edges to block
// b's successors 0 to len(targets)-1 (StubLabels.Targets), with the
// labels of their stubs, where they have one.
func (x *ExitStubs[L]) Overlay(b int, targets []L) {
	if len(x.Edges) == 0 {
		return
	}
	for _, e := range x.Edges[x.first[b]:] {
		if e.Block != int32(b) {
			break
		}
		if int(e.K) < len(targets) {
			targets[e.K] = e.At
		}
	}
}

// Target returns the label of the stub of the edge to successor k of
// block b, if it has one (a search through b's stubs: Overlay does a
// whole jump table's at once).
func (x *ExitStubs[L]) Target(b, k int) (L, bool) {
	if len(x.Edges) > 0 {
		for _, e := range x.Edges[x.first[b]:] {
			if e.Block != int32(b) {
				break
			}
			if e.K == int32(k) {
				return e.At, true
			}
		}
	}
	var zero L
	return zero, false
}
