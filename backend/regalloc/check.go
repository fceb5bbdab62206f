package regalloc

import (
	"fmt"

	"github.com/kilnwasm/kiln/backend"
)

// Check verifies an allocation by executing f symbolically (after
// regalloc2's checker): the state maps every physical register and spill
// slot to the set of registers whose current value it holds. Edits copy
// sets; an instruction's Use and Mod operands must find their register's
// value in the location OpLocs gives; Clobbers empty their registers;
// Defs and Mods make their location the only holder of the new value. A
// block's entry state is the intersection over its predecessors of their
// exit states, with each parameter added wherever the matching argument
// is; this is iterated to a fixed point. Precolored (allocatable)
// registers are tracked too, as their own symbol, so an allocator move
// that overwrites a fixed register between its definition and its use is
// caught. Any mismatch is an allocator bug (or malformed input).
func Check(f *backend.Func, ri *backend.RegInfo, alloc *backend.Allocation) error {
	c, err := newChecker(f, ri, alloc)
	if err != nil {
		return err
	}
	return c.run()
}

type checker struct {
	f           *backend.Func
	ri          *backend.RegInfo
	al          *backend.Allocation
	nr          int
	words       int
	nloc        int
	allocatable backend.RegSet
	opBase      []int
	in          [][]uint64 // per block: entry state, nil until reached
}

func newChecker(f *backend.Func, ri *backend.RegInfo, al *backend.Allocation) (*checker, error) {
	c := &checker{f: f, ri: ri, al: al, nr: int(f.NumRegs)}
	c.words = (c.nr + f.NumVRegs() + 63) / 64
	c.nloc = c.nr + al.NumSlots
	for cl := range ri.Allocatable {
		for _, r := range ri.Allocatable[cl] {
			c.allocatable = c.allocatable.With(r)
		}
	}
	n := 0
	c.opBase = make([]int, len(f.Insts))
	for i := range f.Insts {
		c.opBase[i] = n
		n += len(f.Operands(i))
	}
	if len(al.OpLocs) != n {
		return nil, fmt.Errorf("check: %d operand locations for %d operands", len(al.OpLocs), n)
	}
	for k, e := range al.Edits {
		if e.Before < 0 || e.Before >= len(f.Insts) || k > 0 && e.Before < al.Edits[k-1].Before {
			return nil, fmt.Errorf("check: edit %d before instruction %d is out of range or order", k, e.Before)
		}
		if !e.From.IsReg() && !e.To.IsReg() {
			return nil, fmt.Errorf("check: edit %d moves slot to slot", k)
		}
		for _, l := range [2]backend.Loc{e.From, e.To} {
			if err := c.validLoc(l, true); err != nil {
				return nil, fmt.Errorf("check: edit %d: %v", k, err)
			}
		}
		if e.From.Class != e.To.Class {
			return nil, fmt.Errorf("check: edit %d changes class", k)
		}
	}
	c.in = make([][]uint64, len(f.Blocks))
	return c, nil
}

func (c *checker) validLoc(l backend.Loc, scratchOK bool) error {
	if !l.IsReg() {
		if int(l.Slot) >= c.al.NumSlots {
			return fmt.Errorf("slot %d of %d", l.Slot, c.al.NumSlots)
		}
		return nil
	}
	if l.Reg >= c.f.NumRegs || int(l.Reg) >= len(c.ri.ClassOf) || c.ri.ClassOf[l.Reg] != l.Class {
		return fmt.Errorf("register %d is not of class %v", l.Reg, l.Class)
	}
	if !c.allocatable.Has(l.Reg) && !(scratchOK && c.ri.Scratch[l.Class] == l.Reg) {
		return fmt.Errorf("register %d is not allocatable", l.Reg)
	}
	return nil
}

func (c *checker) locIndex(l backend.Loc) int {
	if l.IsReg() {
		return int(l.Reg)
	}
	return c.nr + int(l.Slot)
}

func (c *checker) set(st []uint64, loc int) []uint64 { return st[loc*c.words : (loc+1)*c.words] }

func has(s []uint64, sym int) bool { return s[sym>>6]&(1<<(sym&63)) != 0 }

func (c *checker) run() error {
	f := c.f
	entry := make([]uint64, c.nloc*c.words)
	for r := 0; r < c.nr; r++ {
		if c.allocatable.Has(backend.Reg(r)) {
			c.set(entry, r)[r>>6] |= 1 << (r & 63) // the function's incoming value
		}
	}
	c.in[0] = entry
	work := []int{0}
	queued := make([]bool, len(f.Blocks))
	queued[0] = true
	st := make([]uint64, c.nloc*c.words)
	nst := make([]uint64, c.nloc*c.words)
	pmask := make([]uint64, c.words)
	edit := 0
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		queued[b] = false
		copy(st, c.in[b])
		first, end := f.BlockInsts(b)
		// Edits are sorted: find the block's first.
		lo, hi := 0, len(c.al.Edits)
		for lo < hi {
			m := (lo + hi) / 2
			if c.al.Edits[m].Before < first {
				lo = m + 1
			} else {
				hi = m
			}
		}
		edit = lo
		for i := first; i < end; i++ {
			for ; edit < len(c.al.Edits) && c.al.Edits[edit].Before == i; edit++ {
				e := &c.al.Edits[edit]
				copy(c.set(st, c.locIndex(e.To)), c.set(st, c.locIndex(e.From)))
			}
			if err := c.inst(st, i); err != nil {
				return err
			}
		}
		blk := &f.Blocks[b]
		for k, s := range blk.Succs {
			params := f.Blocks[s].Params
			clear(pmask)
			for _, p := range params {
				pmask[p>>6] |= 1 << (p & 63)
			}
			for l := 0; l < c.nloc; l++ {
				src, dst := c.set(st, l), c.set(nst, l)
				for w := range dst {
					dst[w] = src[w] &^ pmask[w]
				}
				for j, p := range params {
					if has(src, int(blk.Args[k][j])) {
						dst[p>>6] |= 1 << (p & 63)
					}
				}
			}
			changed := false
			if c.in[s] == nil {
				c.in[s] = append([]uint64(nil), nst...)
				changed = true
			} else {
				for w, x := range c.in[s] {
					if y := x & nst[w]; y != x {
						c.in[s][w] = y
						changed = true
					}
				}
			}
			if changed && !queued[s] {
				queued[s] = true
				work = append(work, s)
			}
		}
	}
	return nil
}

func (c *checker) inst(st []uint64, i int) error {
	f := c.f
	ops := f.Operands(i)
	locs := c.al.OpLocs[c.opBase[i] : c.opBase[i]+len(ops)]
	for k, op := range ops {
		l := locs[k]
		if !f.IsVirtual(op.Reg) {
			if !l.IsReg() || l.Reg != op.Reg {
				return fmt.Errorf("check: instruction %d operand %d: precolored r%d placed in %v", i, k, op.Reg, l)
			}
			if op.Kind != backend.Def && c.allocatable.Has(op.Reg) && !has(c.set(st, int(op.Reg)), int(op.Reg)) {
				return fmt.Errorf("check: instruction %d operand %d: precolored r%d no longer holds its value", i, k, op.Reg)
			}
			continue
		}
		if !l.IsReg() {
			return fmt.Errorf("check: instruction %d operand %d: v%d is not in a register", i, k, op.Reg)
		}
		if err := c.validLoc(l, false); err != nil {
			return fmt.Errorf("check: instruction %d operand %d: %v", i, k, err)
		}
		if l.Class != f.ClassOf(op.Reg) {
			return fmt.Errorf("check: instruction %d operand %d: v%d in a register of another class", i, k, op.Reg)
		}
		if op.Kind != backend.Def && !has(c.set(st, int(l.Reg)), int(op.Reg)) {
			return fmt.Errorf("check: instruction %d operand %d: r%d does not hold v%d", i, k, l.Reg, op.Reg)
		}
	}
	for r := 0; r < c.nr && r < 64; r++ {
		if f.Insts[i].Clobbers.Has(backend.Reg(r)) {
			clear(c.set(st, r))
		}
	}
	// A definition makes every other copy of the register stale.
	for _, op := range ops {
		if op.Kind == backend.Use {
			continue
		}
		sym := int(op.Reg)
		for l := 0; l < c.nloc; l++ {
			c.set(st, l)[sym>>6] &^= 1 << (sym & 63)
		}
	}
	for k, op := range ops {
		if op.Kind == backend.Use {
			continue
		}
		r := int(locs[k].Reg)
		s := c.set(st, r)
		for k2, op2 := range ops[:k] {
			if op2.Kind != backend.Use && int(locs[k2].Reg) == r && op2.Reg != op.Reg {
				return fmt.Errorf("check: instruction %d defines two values in r%d", i, r)
			}
		}
		clear(s)
		if f.IsVirtual(op.Reg) || c.allocatable.Has(op.Reg) {
			s[op.Reg>>6] |= 1 << (op.Reg & 63)
		}
	}
	return nil
}
