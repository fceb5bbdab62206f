package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// SimplifyParams removes block parameters that receive the same value on
// every edge (or only themselves, around a loop), repeating until none is
// left: SSA construction removes most, but not those that became trivial
// later.
func SimplifyParams(f *ir.Func) {
	r := newReplacer(f)
	for changed := true; changed; {
		changed = false
		preds := predEdges(f)
		for _, b := range f.Blocks() {
			if b == 0 {
				continue
			}
			params := f.Params(b)
			for i := len(params) - 1; i >= 0; i-- {
				p := params[i]
				same := ir.Value(0)
				trivial := true
				for _, e := range preds[b] {
					a := r.get(f.TargetArg(e.term, e.idx, i))
					if a == p || a == same {
						continue
					}
					if same != 0 {
						trivial = false
						break
					}
					same = a
				}
				if !trivial || same == 0 {
					continue
				}
				for _, e := range preds[b] {
					f.RemoveTargetArg(e.term, e.idx, i)
				}
				f.RemoveParam(b, i)
				r.set(p, same)
				params = f.Params(b)
				changed = true
			}
		}
		r.apply(f)
	}
}

// BranchFold simplifies control flow: branches on constants become jumps,
// a two-way branch to one place becomes a jump, blocks that only jump on
// are bypassed, a block whose only predecessor jumps to it is merged into
// that predecessor, and unreachable blocks are removed.
func BranchFold(f *ir.Func) {
	for changed := true; changed; {
		changed = foldConstBranches(f)
		changed = removeUnreachable(f) || changed
		changed = bypassEmptyBlocks(f) || changed
		changed = mergeBlocks(f) || changed
	}
}

func constValue(f *ir.Func, v ir.Value) (int64, bool) {
	if f.Op(v) == ir.OpIconst {
		return f.Aux(v), true
	}
	return 0, false
}

// jumpTo turns terminator t into a jump to its successor i.
func jumpTo(f *ir.Func, t ir.Value, i int) {
	tg := f.Target(t, i)
	f.SetJump(t, ir.Target{Block: tg.Block, Args: append([]ir.Value(nil), tg.Args...)})
}

func foldConstBranches(f *ir.Func) bool {
	changed := false
	for _, b := range f.Blocks() {
		t := f.Terminator(b)
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
func bypassEmptyBlocks(f *ir.Func) bool {
	changed := false
	preds := predEdges(f)
	usedOutside := paramsUsedOutside(f)
	for _, b := range f.Blocks() {
		t := f.Terminator(b)
		if b == 0 || t == 0 || f.First(b) != t || f.Op(t) != ir.OpJump {
			continue
		}
		dest := f.Target(t, 0)
		if dest.Block == b {
			continue
		}
		params := f.Params(b)
		ok := true
		for _, p := range params {
			ok = ok && !usedOutside[p]
		}
		if !ok {
			continue
		}
		for _, pe := range preds[b] {
			in := f.Target(pe.term, pe.idx)
			args := make([]ir.Value, len(dest.Args))
			for k, a := range dest.Args {
				args[k] = a
				for j, p := range params {
					if a == p {
						args[k] = in.Args[j]
					}
				}
			}
			f.SetTarget(pe.term, pe.idx, ir.Target{Block: dest.Block, Args: args})
			preds[dest.Block] = append(preds[dest.Block], pe)
			changed = true
		}
		preds[b] = nil
	}
	if changed {
		removeUnreachable(f)
	}
	return changed
}

// paramsUsedOutside marks block parameters used anywhere but in their own
// block's terminator.
func paramsUsedOutside(f *ir.Func) []bool {
	used := make([]bool, f.NumValues())
	for _, b := range f.Blocks() {
		t := f.Terminator(b)
		for v := f.First(b); v != 0; v = f.Next(v) {
			for _, a := range f.Args(v) {
				if f.Op(a) == ir.OpParam {
					used[a] = true
				}
			}
			if v != t {
				continue
			}
			for i := 0; i < f.NumTargets(t); i++ {
				for _, a := range f.Target(t, i).Args {
					if f.Op(a) == ir.OpParam && f.BlockOf(a) != b {
						used[a] = true
					}
				}
			}
		}
	}
	return used
}

// mergeBlocks appends a block to its only predecessor when that
// predecessor ends in a jump to it.
func mergeBlocks(f *ir.Func) bool {
	changed := false
	preds := predEdges(f)
	r := newReplacer(f)
	for _, b := range f.Blocks() {
		if b == 0 || f.Removed(b) || len(preds[b]) != 1 {
			continue
		}
		e := preds[b][0]
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
		// preds (keyed by terminator) stay right.
		f.RemoveBlock(b)
		changed = true
	}
	r.apply(f)
	return changed
}

// SplitCriticalEdges gives every edge from a block with several successors
// to a block with several predecessors a block of its own, which holds
// only a jump. Register allocation needs a place for the moves of each
// edge; this is not an optimization and is not in Passes.
func SplitCriticalEdges(f *ir.Func) {
	npreds := make([]int, f.NumBlocks())
	for _, b := range f.Blocks() {
		for i := 0; i < f.NumSuccs(b); i++ {
			npreds[f.Succ(b, i)]++
		}
	}
	for _, b := range f.Blocks() {
		t := f.Terminator(b)
		if t == 0 || f.NumTargets(t) < 2 {
			continue
		}
		for i := 0; i < f.NumTargets(t); i++ {
			tg := f.Target(t, i)
			if npreds[tg.Block] < 2 {
				continue
			}
			mid := f.NewBlock()
			f.Terminate(mid, ir.OpJump, 0, nil, ir.Target{Block: tg.Block, Args: append([]ir.Value(nil), tg.Args...)})
			f.SetTarget(t, i, ir.Target{Block: mid})
		}
	}
}
