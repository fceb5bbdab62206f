package regalloc

import (
	"fmt"
	"sort"

	"github.com/kilnwasm/kiln/backend/mach"
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
// caught. Any mismatch is an allocator bug (or malformed input), as is a
// register summary (Writes, Clobbers) that does not match the code.
func Check(f *mach.Func, ri *mach.RegInfo, alloc *mach.Allocation) error {
	c, err := newChecker(f, ri, alloc)
	if err != nil {
		return err
	}
	return c.run()
}

type checker struct {
	f           *mach.Func
	constParam  map[mach.Reg]mach.Reg // constant register -> the parameter it is passed to
	stubStarts  []int32               // mach.StubStarts
	ri          *mach.RegInfo
	al          *mach.Allocation
	nr          int
	nloc        int
	allocatable mach.RegSet
	opBase      []int
	in          [][]symset // per block: entry state, nil until reached
}

// symset is a sorted set of symbols (register numbers). Sets are never
// modified in place, so states can share them.
type symset []mach.Reg

func (s symset) has(r mach.Reg) bool {
	for _, x := range s {
		if x == r {
			return true
		}
	}
	return false
}

func (s symset) without(r mach.Reg) symset {
	if !s.has(r) {
		return s
	}
	n := make(symset, 0, len(s)-1)
	for _, x := range s {
		if x != r {
			n = append(n, x)
		}
	}
	return n
}

func (s symset) with(r mach.Reg) symset {
	if s.has(r) {
		return s
	}
	n := make(symset, 0, len(s)+1)
	i := 0
	for i < len(s) && s[i] < r {
		i++
	}
	n = append(append(append(n, s[:i]...), r), s[i:]...)
	return n
}

func (s symset) intersect(t symset) symset {
	var n symset
	for _, x := range s {
		if t.has(x) {
			n = append(n, x)
		}
	}
	return n
}

func newChecker(f *mach.Func, ri *mach.RegInfo, al *mach.Allocation) (*checker, error) {
	c := &checker{f: f, ri: ri, al: al, nr: int(f.NumRegs)}
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
	var clobbers mach.RegSet
	for i := range f.Insts {
		clobbers |= f.Insts[i].Clobbers
	}
	if w := al.Written(f); al.Writes != w || al.Clobbers != clobbers {
		return nil, fmt.Errorf("check: writes %#x and clobbers %#x recorded, %#x and %#x in the code", uint64(al.Writes), uint64(al.Clobbers), uint64(w), uint64(clobbers))
	}
	n, stubEdits := len(f.Insts), 0
	for j, st := range al.Stubs {
		if st.Block < 0 || st.Block >= len(f.Blocks) || st.Succ < 0 || st.Succ >= len(f.Blocks[st.Block].Succs) ||
			j > 0 && (st.Block < al.Stubs[j-1].Block || st.Block == al.Stubs[j-1].Block && st.Succ <= al.Stubs[j-1].Succ) {
			return nil, fmt.Errorf("check: stub %d: edge %d/%d is out of range or order", j, st.Block, st.Succ)
		}
		blk := &f.Blocks[st.Block]
		if len(blk.Succs) < 2 || len(f.Blocks[blk.Succs[st.Succ]].Preds) < 2 {
			return nil, fmt.Errorf("check: stub %d: edge %d->%d is not critical", j, st.Block, blk.Succs[st.Succ])
		}
		if st.First < 0 || st.First > st.End || st.End > len(al.Edits) {
			return nil, fmt.Errorf("check: stub %d: edits [%d, %d) of %d", j, st.First, st.End, len(al.Edits))
		}
		for _, e := range al.Edits[st.First:st.End] {
			if e.Before != n+j {
				return nil, fmt.Errorf("check: stub %d holds an edit before %d", j, e.Before)
			}
		}
		stubEdits += st.End - st.First
	}
	c.constParam = map[mach.Reg]mach.Reg{}
	for b := range f.Blocks {
		blk := &f.Blocks[b]
		for k, args := range blk.Args {
			for j, r := range args {
				if f.IsConst(r) {
					if _, dup := c.constParam[r]; dup {
						return nil, fmt.Errorf("check: constant v%d is passed twice", r)
					}
					c.constParam[r] = f.Blocks[blk.Succs[k]].Params[j]
				}
			}
		}
	}
	for k, e := range al.Edits {
		if e.Before < 0 || e.Before >= n+len(al.Stubs) || k > 0 && e.Before < al.Edits[k-1].Before {
			return nil, fmt.Errorf("check: edit %d before instruction %d is out of range or order", k, e.Before)
		}
		if e.To.IsConst() {
			return nil, fmt.Errorf("check: edit %d moves into a constant", k)
		}
		if e.From.IsConst() {
			if _, ok := c.constParam[e.From.Reg]; !ok || !e.To.IsReg() || f.ClassOf(e.From.Reg) != e.From.Class {
				return nil, fmt.Errorf("check: edit %d moves constant %v, which is not an argument, or not into a register", k, e.From)
			}
			if err := c.validLoc(e.To, true); err != nil {
				return nil, fmt.Errorf("check: edit %d: %v", k, err)
			}
			continue
		}
		if !e.From.IsReg() && !e.To.IsReg() {
			return nil, fmt.Errorf("check: edit %d moves slot to slot", k)
		}
		for _, l := range [2]mach.Loc{e.From, e.To} {
			if err := c.validLoc(l, true); err != nil {
				return nil, fmt.Errorf("check: edit %d: %v", k, err)
			}
		}
		if e.From.Class != e.To.Class || e.From.Wide != e.To.Wide {
			return nil, fmt.Errorf("check: edit %d changes class or width", k)
		}
	}
	if k := len(al.Edits) - stubEdits; k > 0 && al.Edits[k-1].Before >= n {
		return nil, fmt.Errorf("check: an edit after the code belongs to no stub")
	}
	c.stubStarts = mach.StubStarts(al.Stubs, len(f.Blocks), nil)
	c.in = make([][]symset, len(f.Blocks))
	return c, nil
}

func (c *checker) validLoc(l mach.Loc, scratchOK bool) error {
	if !l.IsReg() {
		n := int32(1)
		if l.Wide {
			if l.Slot%2 != 0 {
				return fmt.Errorf("wide value in odd slot %d", l.Slot)
			}
			n = 2
		}
		if l.Slot < 0 || int(l.Slot+n) > c.al.NumSlots {
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

func (c *checker) locIndex(l mach.Loc) int {
	if l.IsReg() {
		return int(l.Reg)
	}
	return c.nr + int(l.Slot)
}

func (c *checker) run() error {
	f := c.f
	entry := make([]symset, c.nloc)
	for r := 0; r < c.nr; r++ {
		if c.allocatable.Has(mach.Reg(r)) {
			entry[r] = symset{mach.Reg(r)} // the function's incoming value
		}
	}
	c.in[0] = entry
	work := []int{0}
	queued := make([]bool, len(f.Blocks))
	queued[0] = true
	st := make([]symset, c.nloc)
	nst := make([]symset, c.nloc)
	stubSt := make([]symset, 0, c.nloc)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		queued[b] = false
		copy(st, c.in[b])
		first, end := f.BlockInsts(b)
		// Edits are sorted: find the block's first.
		edit := sort.Search(len(c.al.Edits), func(k int) bool { return c.al.Edits[k].Before >= first })
		for i := first; i < end; i++ {
			k := edit
			for edit < len(c.al.Edits) && c.al.Edits[edit].Before == i {
				edit++
			}
			c.edits(st, c.al.Edits[k:edit])
			if err := c.inst(st, i); err != nil {
				return err
			}
		}
		blk := &f.Blocks[b]
		for k, s := range blk.Succs {
			params := f.Blocks[s].Params
			out := st
			if j := mach.StubOf(c.al.Stubs, c.stubStarts, b, k); j >= 0 {
				// The edge's stub runs its edits on the way.
				out = append(stubSt[:0], st...)
				c.edits(out, c.al.Edits[c.al.Stubs[j].First:c.al.Stubs[j].End])
			}
			for l, set := range out {
				n := set
				for _, p := range params {
					n = n.without(p)
				}
				for j, p := range params {
					if set.has(blk.Args[k][j]) {
						n = n.with(p)
					}
				}
				nst[l] = n
			}
			changed := false
			if c.in[s] == nil {
				c.in[s] = append([]symset(nil), nst...)
				changed = true
			} else {
				for l, x := range c.in[s] {
					if y := x.intersect(nst[l]); len(y) != len(x) {
						c.in[s][l] = y
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

// edits performs moves on state st.
func (c *checker) edits(st []symset, edits []mach.Edit) {
	for k := range edits {
		e := &edits[k]
		if e.From.IsConst() {
			// The constant is its parameter's value on the edge whose
			// moves these are (it is passed on one edge only).
			st[c.locIndex(e.To)] = symset{e.From.Reg}.with(c.constParam[e.From.Reg])
			continue
		}
		// A wide value in slots s, s+1 is tracked in both: it can be
		// read back only if neither was overwritten.
		from := c.locIndex(e.From)
		set := st[from]
		if e.Wide() && !e.From.IsReg() {
			set = set.intersect(st[from+1])
		}
		to := c.locIndex(e.To)
		st[to] = set
		if e.Wide() && !e.To.IsReg() {
			st[to+1] = set
		}
	}
}

func (c *checker) inst(st []symset, i int) error {
	f := c.f
	ops := f.Operands(i)
	locs := c.al.OpLocs[c.opBase[i] : c.opBase[i]+len(ops)]
	for k, op := range ops {
		l := locs[k]
		if !f.IsVirtual(op.Reg) {
			if !l.IsReg() || l.Reg != op.Reg {
				return fmt.Errorf("check: instruction %d operand %d: precolored r%d placed in %v", i, k, op.Reg, l)
			}
			if op.Kind != mach.Def && c.allocatable.Has(op.Reg) && !st[op.Reg].has(op.Reg) {
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
		if op.Kind != mach.Def && !st[l.Reg].has(op.Reg) {
			return fmt.Errorf("check: instruction %d operand %d: r%d does not hold v%d", i, k, l.Reg, op.Reg)
		}
	}
	if cl := f.Insts[i].Clobbers; cl != 0 {
		for r := 0; r < c.nr && r < 64; r++ {
			if cl.Has(mach.Reg(r)) {
				st[r] = nil
			}
		}
	}
	// A definition makes every other copy of the register stale.
	for _, op := range ops {
		if op.Kind == mach.Use {
			continue
		}
		for l, set := range st {
			st[l] = set.without(op.Reg)
		}
	}
	for k, op := range ops {
		if op.Kind == mach.Use {
			continue
		}
		r := int(locs[k].Reg)
		for k2, op2 := range ops[:k] {
			if op2.Kind != mach.Use && int(locs[k2].Reg) == r && op2.Reg != op.Reg {
				return fmt.Errorf("check: instruction %d defines two values in r%d", i, r)
			}
		}
		st[r] = nil
		if f.IsVirtual(op.Reg) || c.allocatable.Has(op.Reg) {
			st[r] = symset{op.Reg}
		}
	}
	return nil
}
