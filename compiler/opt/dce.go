package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// CopyProp replaces every use of a copy by the copied value and removes the
// copies: those the function lists as made (ir.Func.TakeCopies),
// without a walk to find them.
func CopyProp(f *ir.Func) {
	copies := f.TakeCopies()
	if len(copies) == 0 {
		return
	}
	r := newReplacer(f)
	for _, v := range copies {
		if !f.IsRemoved(v) && f.Op(v) == ir.OpCopy {
			r.set(v, f.Args(v)[0])
			f.Remove(v)
		}
	}
	r.apply(f)
}

// DCE removes instructions whose values are never used and that have no
// effect (they neither write state nor may trap), and block parameters
// that nothing uses, with their arguments.
//
// One walk settles most values: blocks in postorder, each from its last
// instruction up, reach an instruction after every use of it but those
// in branch arguments (an operand dominates its uses), so whether it is
// live is known there, and its operands are marked live then. A value
// marked live once its block has been walked (an argument on a loop's
// back edge, passed to a parameter found live only at the loop's header)
// goes to a worklist. The walk lists the instructions it leaves dead: the
// ones still dead at the end are removed without walking the function
// again.
func DCE(f *ir.Func) {
	s := scratchOf(f)
	d := &s.dce
	d.f, d.preds = f, predEdges(f)
	d.live = cleared(d.live, f.NumValues())
	n := f.NumBlocks()
	d.walked = cleared(d.walked, n)
	d.work, d.dead = d.work[:0], d.dead[:0]
	rpo := ir.RPO(f)
	for i := len(rpo) - 1; i >= 0; i-- {
		d.walk(rpo[i])
	}
	for b := range ir.Block(n) {
		if !d.walked[b] { // unreachable (or removed, then empty)
			d.walk(b)
		}
	}
	for len(d.work) > 0 {
		v := d.work[len(d.work)-1]
		d.work = d.work[:len(d.work)-1]
		for _, a := range f.Args(v) {
			d.mark(a)
		}
		if f.Op(v) == ir.OpParam {
			d.markArgs(v)
		}
	}
	live := d.live
	for _, v := range d.dead {
		if !live[v] {
			f.Remove(v)
		}
	}
	for b := ir.Block(1); int(b) < n; b++ {
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
		for _, e := range d.preds.of(b) {
			f.KeepTargetArgs(e.term, e.idx, keep)
		}
		f.KeepParams(b, keep)
	}
	d.f, d.preds = nil, nil
}

// dce is DCE's state.
type dce struct {
	f      *ir.Func
	preds  *predTable
	live   []bool
	walked []bool     // per block
	work   []ir.Value // live values of blocks walked, their operands to mark
	dead   []ir.Value // the instructions the walk left dead
}

func (d *dce) mark(v ir.Value) {
	if !d.live[v] {
		d.live[v] = true
		if d.walked[d.f.BlockOf(v)] {
			d.work = append(d.work, v)
		}
	}
}

// markArgs marks the arguments of parameter p on every edge: a live
// parameter keeps them alive.
func (d *dce) markArgs(p ir.Value) {
	f := d.f
	i := int(f.Aux(p))
	for _, e := range d.preds.of(f.BlockOf(p)) {
		d.mark(f.TargetArg(e.term, e.idx, i))
	}
}

// walk marks what b's instructions and live parameters use, and lists
// its instructions not live yet that have no effect.
func (d *dce) walk(b ir.Block) {
	f, live := d.f, d.live
	for v := f.Last(b); v != 0; v = f.Prev(v) {
		if !live[v] {
			if op := f.Op(v); op.Pure() || op == ir.OpProj {
				d.dead = append(d.dead, v)
				continue
			}
			live[v] = true
		}
		for _, a := range f.Args(v) {
			d.mark(a)
		}
	}
	// Before the parameters: a branch of b to itself may pass one to
	// another one already passed.
	d.walked[b] = true
	for _, p := range f.Params(b) {
		if live[p] {
			d.markArgs(p)
		}
	}
}
