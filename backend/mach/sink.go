package mach

// sinkWindow bounds how far above a block's final compare SinkPastCompare
// looks, so that its cost stays linear in the block's length.
const sinkWindow = 8

// SinkPastCompare moves instructions from before the compare that ends a
// block to between it and the conditional branch that reads its flags,
// where they still run before the block's successors: compare(i) says
// that instruction i sets the flags for the branch after it, and
// movable(i) that i is a register operation (no memory access, no trap,
// no other effect, so that running it later is unobservable) that
// neither reads nor writes the flags. An instruction moves only if c
// reads every register it reads, and no instruction it passes writes a
// register it reads or touches a register it writes; those moved keep
// their order.
//
// This is for loops whose exit test reads a value's old version while
// its new one goes to the next iteration ("j = i + 1; if i < n"): with
// the increment after the compare, the old value's last use is the
// increment itself, so that the allocator can give both the same
// register, and the back edge needs no copy (nor a block of its own to
// hold one).
func SinkPastCompare(f *Func, compare, movable func(i int) bool) {
	for b := range f.Blocks {
		first, end := f.BlockInsts(b)
		c := end - 2
		if c <= first || !compare(c) {
			continue
		}
		var sunk [sinkWindow]int
		n := 0
		for i := c - 1; i >= max(first, c-sinkWindow); i-- {
			if movable(i) && f.Insts[i].Clobbers == 0 && f.readsOnlyWhatReads(i, c) && !f.sinkConflict(i, c, sunk[:n]) {
				sunk[n] = i
				n++
			}
		}
		if n == 0 {
			continue
		}
		// sunk is in reverse order. Shift the instructions that stay up
		// over the holes, then put c and the moved ones (in their
		// order) before the branch.
		lo := sunk[n-1]
		var moved [sinkWindow]Inst
		for k := range n {
			moved[k] = f.Insts[sunk[n-1-k]]
		}
		w := lo
		for i, k := lo, n-1; i <= c; i++ {
			if k >= 0 && i == sunk[k] {
				k--
				continue
			}
			f.Insts[w] = f.Insts[i]
			w++
		}
		copy(f.Insts[w:], moved[:n])
		f.renumberOps(lo, c)
	}
}

// renumberOps lays the operands of instructions lo..hi out again in
// instruction order, as everything else expects them (they were in one
// run, in another order).
func (f *Func) renumberOps(lo, hi int) {
	start := f.Insts[lo].ops.start
	for i := lo + 1; i <= hi; i++ {
		start = min(start, f.Insts[i].ops.start)
	}
	buf := f.scratchOps[:0]
	for i := lo; i <= hi; i++ {
		s := f.Insts[i].ops
		n := uint32(len(buf))
		buf = append(buf, f.ops[s.start:s.end]...)
		f.Insts[i].ops = span{start + n, start + uint32(len(buf))}
	}
	copy(f.ops[start:], buf)
	f.scratchOps = buf
}

// readsOnlyWhatReads reports whether every register instruction i reads,
// instruction c reads too: then moving i after c extends no live range
// (that would keep an old value alive beside its successor, costing the
// copy this is meant to save), and such a register's last use may become
// i.
func (f *Func) readsOnlyWhatReads(i, c int) bool {
	cops := f.Operands(c)
	for _, o := range f.Operands(i) {
		if o.Kind == Def {
			continue
		}
		read := false
		for _, p := range cops {
			read = read || p.Reg == o.Reg && p.Kind == Use
		}
		if !read {
			return false
		}
	}
	return true
}

// sinkConflict reports whether moving instruction i after c would change
// what it or an instruction it passes (those in (i, c] not in sunk) reads
// or writes: two accesses to one register conflict unless both read it.
// Physical registers are fixed by the ISA or the calling convention: i
// stays if it names one.
func (f *Func) sinkConflict(i, c int, sunk []int) bool {
	ops := f.Operands(i)
	for _, o := range ops {
		if !f.IsVirtual(o.Reg) {
			return true
		}
	}
	for j := i + 1; j <= c; j++ {
		skip := false
		for _, s := range sunk {
			skip = skip || s == j
		}
		if skip {
			continue
		}
		for _, p := range f.Operands(j) {
			for _, o := range ops {
				if p.Reg == o.Reg && (p.Kind != Use || o.Kind != Use) {
					return true
				}
			}
		}
	}
	return false
}
