package opt

import (
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/room"
)

// SimplifyParams removes block parameters that receive the same value on
// every edge (or only themselves, around a loop), repeating until none is
// left: SSA construction removes most, but not those that became trivial
// later.
//
// A parameter's fate changes only when a value its edges pass (as
// replaced so far) is replaced in turn: the walk repeats only when it has
// removed a parameter that an earlier test saw passed to another one.
// (Repeating whenever one was removed, as the obvious loop does, walks
// again, to change nothing, in nearly every function.) The walks read
// arguments through the replacements, so the operands are rewritten once,
// at the end, not after each walk: that costs a pass over all of them.
func SimplifyParams(f *ir.Func) {
	r := newReplacer(f)
	s := scratchOf(f)
	// Computed at the first block with parameters (many functions have
	// none); only arguments change below, not edges.
	var preds predTable
	for again := true; again; {
		again = false
		seen := cleared(s.seen, f.NumValues())
		s.seen = seen
		for b := ir.Block(1); int(b) < f.NumBlocks(); b++ {
			params := f.Params(b)
			if len(params) == 0 {
				continue // removed blocks have none either
			}
			in := predsOf(f, &preds).of(b)
			keep := s.keep[:0]
			for range params {
				keep = append(keep, true)
			}
			s.keep = keep
			removed := false
			for i := len(params) - 1; i >= 0; i-- {
				p := params[i]
				same := ir.Value(0)
				trivial := true
				for _, e := range in {
					a := r.get(f.TargetArg(e.term, e.idx, i))
					if a == p || a == same {
						continue
					}
					seen[a] = true
					if same != 0 {
						trivial = false
						break
					}
					same = a
				}
				if !trivial || same == 0 {
					continue
				}
				keep[i] = false
				r.set(p, same)
				removed = true
				again = again || seen[p]
			}
			if !removed {
				continue
			}
			// All at once: one at a time, each removal shifts the rest.
			for _, e := range in {
				f.KeepTargetArgs(e.term, e.idx, keep)
			}
			f.KeepParams(b, keep)
		}
	}
	r.apply(f)
}

// BranchFold simplifies control flow: branches on constants become jumps,
// a two-way branch to one place becomes a jump, blocks that only jump on
// are bypassed, a block whose only predecessor jumps to it is merged into
// that predecessor, and unreachable blocks are removed.
//
// The steps repeat until a round changes nothing. After a round no block
// is unreachable and none is left to merge (mergeBlocks, its last step,
// leaves none), so once the fold changes nothing and bypassEmptyBlocks
// would change nothing either (canBypass, a scan without the reverse
// postorder), nothing is left to do. That holds from the start of a call
// on a graph that has not changed since the last call left it: the
// passes between the two calls of the pipeline mostly leave the graph as
// it was.
func BranchFold(f *ir.Func) {
	s := scratchOf(f)
	first := s.foldedOf != f || s.foldedAt != f.CFGVersion()
	for changed := true; changed; first = false {
		changed = foldConstBranches(f)
		if !changed && !first && !canBypass(f) {
			break
		}
		changed = ir.RemoveUnreachable(f) || changed
		changed = bypassEmptyBlocks(f) || changed
		changed = mergeBlocks(f) || changed
	}
	s.foldedOf, s.foldedAt = f, f.CFGVersion()
}

func constValue(f *ir.Func, v ir.Value) (int64, bool) {
	if f.Op(v) == ir.OpIconst {
		return f.Aux(v), true
	}
	return 0, false
}

// jumpTo turns terminator t into a jump to its successor i.
func jumpTo(f *ir.Func, t ir.Value, i int) {
	s := scratchOf(f)
	tg := f.Target(t, i)
	s.args = append(s.args[:0], tg.Args...)
	f.SetJump(t, ir.Target{Block: tg.Block, Args: s.args})
}

func foldConstBranches(f *ir.Func) bool {
	changed := false
	for b := range f.NumBlocks() {
		t := f.Terminator(ir.Block(b))
		if t == 0 {
			continue
		}
		switch f.Op(t) {
		case ir.OpBrif:
			if c, ok := constValue(f, f.Args(t)[0]); ok {
				i := 1
				if int32(c) != 0 {
					i = 0
				}
				jumpTo(f, t, i)
				changed = true
			} else if sameTarget(f, t, 0, 1) {
				jumpTo(f, t, 0)
				changed = true
			}
		case ir.OpBrTable:
			if c, ok := constValue(f, f.Args(t)[0]); ok {
				n := f.NumTargets(t)
				i := n - 1
				if uint32(c) < uint32(n-1) {
					i = int(uint32(c))
				}
				jumpTo(f, t, i)
				changed = true
			}
		}
	}
	return changed
}

func sameTarget(f *ir.Func, t ir.Value, i, j int) bool {
	// Mostly different blocks: those are compared first.
	if f.TargetBlock(t, i) != f.TargetBlock(t, j) {
		return false
	}
	a, b := f.Target(t, i), f.Target(t, j)
	if a.Block != b.Block || len(a.Args) != len(b.Args) {
		return false
	}
	for k := range a.Args {
		if a.Args[k] != b.Args[k] {
			return false
		}
	}
	return true
}

// bypassEmptyBlocks redirects branches to a block that holds nothing but a
// jump: they go straight to where that jump goes, with the jump's
// arguments (b's parameters replaced by what each branch passes). A block
// whose parameters are used beyond its own jump is left alone.
//
// Blocks are visited in postorder, so a block's successors have been
// settled before it: its branches are redirected once, to where the chain
// of empty blocks behind each of them ends, a two-way branch whose targets
// have become the same turns into a jump (so that nested empty ifs fold in
// one visit), and the block, if it is now empty, is bypassed in turn. A
// bypassed block keeps its jump, which always points past it: redirecting
// a branch through a chain of bypassed blocks composes their arguments and
// compresses the chain (see bypass.resolve). Only back edges can reach a
// block not yet visited; they are redirected once all blocks have been.
// Every edge is redirected a bounded number of times, so the pass is
// linear (redirecting each branch to the next block of a chain, as one
// block after the other is bypassed, costs n^2/2 redirections for n
// nested empty loops). The blocks of f must all be reachable, as
// BranchFold leaves them before it is called: then the blocks it bypasses
// are the ones it leaves unreachable, and it removes them.
func bypassEmptyBlocks(f *ir.Func) bool {
	bp := &scratchOf(f).bypass
	bp.f, bp.changed = f, false
	bp.bypassed = cleared(bp.bypassed, f.NumBlocks())
	bp.visited = cleared(bp.visited, f.NumBlocks())
	bp.later, bp.gone = bp.later[:0], bp.gone[:0]
	bp.scanned = false
	rpo := ir.RPO(f) // walked backwards: postorder
	bp.rpo, bp.counted = rpo, false
	at := f.CFGVersion()
	for i := len(rpo) - 1; i >= 0; i-- {
		bp.visit(rpo[i])
	}
	if !bp.changed {
		return false
	}
	// Back edges to blocks bypassed after their source was visited. Only
	// the blocks with a branch to one not visited yet can have one (a
	// block is bypassed when it is visited); the others would find nothing
	// to change.
	for _, b := range bp.later {
		if !bp.bypassed[b] {
			bp.redirect(b)
		}
	}
	// The blocks bypassed are the ones now unreachable, without a walk of
	// the graph: no branch of a reachable block goes to one any more (the
	// entry is never bypassed), and a branch that went through a chain of
	// them now goes to the block at its end.
	for _, b := range bp.gone {
		f.RemoveBlock(b)
	}
	// The reverse postorder is as it was, less the blocks bypassed: the
	// depth-first search now goes along a redirected branch straight to
	// the block it reached through them (each only a jump).
	f.KeepRPO(at)
	return true
}

// canBypass reports whether bypassEmptyBlocks would change f, whose
// blocks are all reachable: whether a branch has the same target
// throughout or a block is an empty jump that visit would bypass (the
// first change it makes is one of these).
func canBypass(f *ir.Func) bool {
	bp := &scratchOf(f).bypass
	bp.f, bp.rpo, bp.counted = f, nil, false
	scanned := false
	for b := range ir.Block(f.NumBlocks()) {
		t := f.Terminator(b)
		if t == 0 {
			continue
		}
		switch f.Op(t) {
		case ir.OpBrif:
			if sameTarget(f, t, 0, 1) {
				return true
			}
		case ir.OpBrTable:
			same := true
			for i := 1; i < f.NumTargets(t) && same; i++ {
				same = sameTarget(f, t, 0, i)
			}
			if same {
				return true
			}
		case ir.OpJump:
			if b == 0 || f.First(b) != t || f.TargetBlock(t, 0) == b {
				continue
			}
			ps := f.Params(b)
			if len(ps) == 0 {
				return true
			}
			if bp.paramsLocal(b, f.TargetBlock(t, 0)) {
				return true
			}
			if !scanned {
				bp.usedOutside = paramsUsedOutside(f, bp.usedOutside)
				scanned = true
			}
			used := false
			for _, p := range ps {
				used = used || bp.usedOutside[p] == paramUsedOutside
			}
			if !used {
				return true
			}
		}
	}
	return false
}

type bypass struct {
	f           *ir.Func
	usedOutside []uint8 // per value: paramsUsedOutside, once scanned
	scanned     bool
	bypassed    []bool
	visited     []bool
	later       []ir.Block // in postorder: the blocks visit left with a branch to a block not visited yet
	gone        []ir.Block // the blocks bypassed
	chain       []ir.Block
	changed     bool

	// For paramsLocal, counted at its first call: the blocks in reverse
	// postorder as the pass found them (nil: ir.RPO), each block's
	// position in it, and the number of branches into each block from
	// blocks before it.
	rpo            []ir.Block
	counted        bool
	order, forward []int32
}

// visit redirects b's branches, folds a two-way branch whose targets have
// become one, and bypasses b if it is now an empty jump.
func (bp *bypass) visit(b ir.Block) {
	f := bp.f
	bp.visited[b] = true
	t := f.Terminator(b)
	if t == 0 {
		return
	}
	// Where b's jump went when the pass started, for paramsLocal, before
	// redirect changes it.
	orig := ir.Block(-1)
	if len(f.Params(b)) > 0 && f.First(b) == t && f.Op(t) == ir.OpJump {
		orig = f.TargetBlock(t, 0)
	}
	if bp.redirect(b) {
		bp.later = append(bp.later, b)
	}
	if b == 0 || f.First(b) != t || f.Op(t) != ir.OpJump {
		return
	}
	if f.TargetBlock(t, 0) == b {
		return
	}
	ps := f.Params(b)
	if len(ps) > 0 && (bp.scanned || orig < 0 || !bp.paramsLocal(b, orig)) {
		if !bp.scanned {
			// At the first empty jump whose parameters may be used
			// elsewhere: most functions have none and need no walk over
			// every instruction. Uses the pass has added by then are of
			// values used outside already (arguments of a bypassed
			// block's jump), and the blocks that can become empty jumps
			// later are alone in their blocks now, which
			// paramsUsedOutside covers.
			bp.usedOutside = paramsUsedOutside(f, bp.usedOutside)
			bp.scanned = true
		}
		for _, p := range ps {
			if bp.usedOutside[p] == paramUsedOutside {
				return
			}
		}
	}
	bp.bypassed[b] = true
	bp.gone = append(bp.gone, b)
	bp.changed = true
}

// paramsLocal reports whether the parameters of b, a block that held
// only a jump to d when the pass started, can be used nowhere but in that
// jump, without the walk of paramsUsedOutside: when b does not dominate
// d. Outside b, its parameters can only be used in blocks it dominates,
// which d then dominates too (redirecting branches past bypassed blocks
// adds uses only in such blocks); and if b dominates d, b is the only
// predecessor of d before it in reverse postorder (the others, which d
// dominates, come after it). Counted once the pass has redirected some
// branches, the predecessors before d are the same: a branch redirected
// to d comes from a block that d dominates if b does.
func (bp *bypass) paramsLocal(b, d ir.Block) bool {
	if !bp.counted {
		f := bp.f
		if bp.rpo == nil {
			bp.rpo = ir.RPO(f)
		}
		bp.order = room.Len(bp.order, f.NumBlocks())
		bp.forward = cleared(bp.forward, f.NumBlocks())
		for i, q := range bp.rpo {
			bp.order[q] = int32(i)
		}
		for _, q := range bp.rpo {
			for i := range f.NumSuccs(q) {
				if s := f.Succ(q, i); bp.order[q] < bp.order[s] {
					bp.forward[s]++
				}
			}
		}
		bp.counted = true
	}
	return bp.order[b] > bp.order[d] || bp.forward[d] > 1
}

// redirect points each branch of b's terminator past the bypassed blocks
// it reaches, and turns a branch whose targets are then all the same into
// a jump. It reports whether a branch goes to a block not visited yet.
func (bp *bypass) redirect(b ir.Block) (later bool) {
	f := bp.f
	t := f.Terminator(b)
	if t == 0 {
		return false
	}
	for i := range f.NumTargets(t) {
		s := f.TargetBlock(t, i)
		if bp.bypassed[s] {
			bp.resolve(s)
			tg := bp.through(f.Target(t, i))
			f.SetTarget(t, i, tg)
			s = tg.Block
			bp.changed = true
		}
		later = later || !bp.visited[s]
	}
	switch f.Op(t) {
	case ir.OpBrif:
		if sameTarget(f, t, 0, 1) {
			jumpTo(f, t, 0)
			bp.changed = true
		}
	case ir.OpBrTable:
		n := f.NumTargets(t)
		same := true
		for i := 1; i < n && same; i++ {
			same = sameTarget(f, t, 0, i)
		}
		if same {
			jumpTo(f, t, 0)
			bp.changed = true
		}
	}
	return later
}

// through returns where branch tg to a bypassed block goes instead: the
// target of that block's jump, whose own target must not be bypassed
// (resolve), with the block's parameters replaced by tg's arguments.
func (bp *bypass) through(tg ir.Target) ir.Target {
	f := bp.f
	j := f.Terminator(tg.Block)
	dest := f.Target(j, 0)
	// The caller copies the arguments into f before through is called
	// again.
	s := scratchOf(f)
	s.args = passOn(f, s.args[:0], dest, tg.Block, tg.Args)
	return ir.Target{Block: dest.Block, Args: s.args}
}

// passOn appends to out the arguments that branch dest of block b passes
// when b is entered with the arguments in: b's parameters among them
// replaced by what in passes for them. It is what a branch taken past b
// (bypassed, or threaded by ThreadDispatch) passes to dest's block.
func passOn(f *ir.Func, out []ir.Value, dest ir.Target, b ir.Block, in []ir.Value) []ir.Value {
	for _, a := range dest.Args {
		if f.Op(a) == ir.OpParam && f.BlockOf(a) == b {
			a = in[f.Aux(a)]
		}
		out = append(out, a)
	}
	return out
}

// resolve makes the jump of bypassed block s point to a block that is not
// bypassed, redirecting the jumps of the bypassed blocks on the way there
// too (path compression). There is no cycle of bypassed blocks: a block
// is bypassed only when its own jump, just resolved, does not lead back to
// it.
func (bp *bypass) resolve(s ir.Block) {
	f := bp.f
	chain := bp.chain[:0]
	for {
		next := f.TargetBlock(f.Terminator(s), 0)
		if !bp.bypassed[next] {
			break
		}
		chain = append(chain, s)
		s = next
	}
	// chain[i] jumps to chain[i+1] (or s), whose jump is settled.
	for i := len(chain) - 1; i >= 0; i-- {
		j := f.Terminator(chain[i])
		f.SetTarget(j, 0, bp.through(f.Target(j, 0)))
	}
	bp.chain = chain[:0]
}

// What paramsUsedOutside finds about a parameter.
const (
	paramCandidate   = 1
	paramUsedOutside = 2
)

// paramsUsedOutside marks, in used's memory (left empty if there is
// none), the parameters used anywhere but in their own block's
// terminator, of the blocks that could be bypassed but for them: blocks
// other than the entry that hold only their terminator.
func paramsUsedOutside(f *ir.Func, used []uint8) []uint8 {
	found := false
	for b := ir.Block(1); int(b) < f.NumBlocks(); b++ {
		if ps := f.Params(b); len(ps) > 0 && f.First(b) != 0 && f.First(b) == f.Terminator(b) {
			if !found {
				used = cleared(used, f.NumValues())
				found = true
			}
			for _, p := range ps {
				used[p] = paramCandidate
			}
		}
	}
	if !found {
		return used[:0]
	}
	for b := range f.NumBlocks() {
		b := ir.Block(b)
		t := f.Terminator(b)
		for v := f.First(b); v != 0; v = f.Next(v) {
			for _, a := range f.Args(v) {
				if used[a] != 0 {
					used[a] = paramUsedOutside
				}
			}
			if v != t {
				continue
			}
			for i := range f.NumTargets(t) {
				for _, a := range f.Target(t, i).Args {
					if used[a] != 0 && f.BlockOf(a) != b {
						used[a] = paramUsedOutside
					}
				}
			}
		}
	}
	return used
}

// mergeBlocks appends a block to its only predecessor when that
// predecessor ends in a jump to it.
//
// One call leaves none to merge (BranchFold relies on it): a merge
// changes no other block's number of predecessors nor the kind of branch
// into it, so a block skipped for those, or because it is its own
// predecessor, stays skipped.
func mergeBlocks(f *ir.Func) bool {
	changed := false
	// Per block: the number of branches into it and the last one (all
	// that is needed of its predecessors).
	s := scratchOf(f)
	n := f.NumBlocks()
	npreds, last := cleared(s.npreds, n), room.Len(s.lastPred, n)
	s.npreds, s.lastPred = npreds, last
	for b := range ir.Block(n) {
		if t := f.Terminator(b); t != 0 {
			for i := range f.NumTargets(t) {
				to := f.TargetBlock(t, i)
				npreds[to]++
				last[to] = edge{t, i}
			}
		}
	}
	r := newReplacer(f)
	at := f.CFGVersion()
	for b := ir.Block(1); int(b) < n; b++ {
		if f.Removed(b) || npreds[b] != 1 {
			continue
		}
		e := last[b]
		a := f.BlockOf(e.term)
		if f.Op(e.term) != ir.OpJump || a == b || f.Removed(a) {
			continue
		}
		tg := f.Target(e.term, 0)
		for i, p := range f.Params(b) {
			r.set(p, tg.Args[i])
		}
		f.Remove(e.term)
		for v := f.First(b); v != 0; {
			next := f.Next(v)
			f.MoveToEnd(v, a)
			v = next
		}
		// Edges out of b are now edges out of a: the terminator moved, so
		// last (keyed by terminator) stays right.
		f.RemoveBlock(b)
		changed = true
	}
	// The reverse postorder is as it was, less the blocks merged: the
	// depth-first search reached each only from a, through a's only
	// branch, and went on along b's branch, which is now a's.
	f.KeepRPO(at)
	r.apply(f)
	return changed
}
