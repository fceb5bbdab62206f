package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// CopyProp replaces every use of a copy by the copied value and removes the
// copies.
func CopyProp(f *ir.Func) {
	s := scratchOf(f)
	if s.noCopies == f && s.copiesAt == f.CopyVersion() {
		return // none made since the last run removed them all
	}
	r := newReplacer(f)
	copies := s.values[:0]
	for b := range ir.Block(f.NumBlocks()) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			if f.Op(v) == ir.OpCopy {
				r.set(v, f.Args(v)[0])
				copies = append(copies, v)
			}
		}
	}
	s.values = copies
	if len(copies) > 0 {
		r.apply(f)
		for _, v := range copies {
			f.Remove(v)
		}
	}
	s.noCopies, s.copiesAt = f, f.CopyVersion()
}

// DCE removes instructions whose values are never used and that have no
// effect (they neither write state nor may trap), and block parameters
// that nothing uses, with their arguments.
func DCE(f *ir.Func) {
	s := scratchOf(f)
	live := cleared(s.live, f.NumValues())
	work := s.values[:0]
	mark := func(v ir.Value) {
		if !live[v] {
			live[v] = true
			work = append(work, v)
		}
	}
	n := ir.Block(f.NumBlocks())
	for b := range n {
		for v := f.First(b); v != 0; v = f.Next(v) {
			if !f.Op(v).Pure() && f.Op(v) != ir.OpProj {
				mark(v)
			}
		}
	}
	preds := predEdges(f)
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		for _, a := range f.Args(v) {
			mark(a)
		}
		if f.Op(v) == ir.OpParam {
			// A live parameter keeps its argument on every edge alive.
			i := int(f.Aux(v))
			for _, e := range preds[f.BlockOf(v)] {
				mark(f.TargetArg(e.term, e.idx, i))
			}
		}
	}
	s.live, s.values = live, work
	for b := range n {
		for v := f.First(b); v != 0; {
			next := f.Next(v)
			if !live[v] {
				f.Remove(v)
			}
			v = next
		}
		if b == 0 {
			continue
		}
		// Dead parameters go in one pass (one at a time, each removal
		// shifts the rest: quadratic for a block with thousands).
		keep := s.keep[:0]
		dead := false
		for _, p := range f.Params(b) {
			keep = append(keep, live[p])
			dead = dead || !live[p]
		}
		s.keep = keep
		if !dead {
			continue
		}
		for _, e := range preds[b] {
			f.KeepTargetArgs(e.term, e.idx, keep)
		}
		f.KeepParams(b, keep)
	}
}
