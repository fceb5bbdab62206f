package mach

import (
	"cmp"
	"slices"
)

// Term is what the only instruction of a block is, as Forwarders asks
// the ISA.
type Term uint8

const (
	TermOther  Term = iota
	TermJump        // an unconditional jump to the block's only successor
	TermSwitch      // a jump table indexed by its operand 0 (br_table)
)

// Forwarders finds the blocks that hold nothing but an unconditional jump
// (left where the optimizations did not run or could not remove them) and
// returns, for each block, where a branch to it may go instead: its final
// destination for a forwarder, itself otherwise. The entry block is never
// a forwarder, and a cycle of forwarders (an empty infinite loop) keeps
// its blocks. It also returns, for each block, the parameter that it
// switches on if it holds nothing but a jump table indexed by one (-1
// otherwise): StubLabels threads the edges that pass it a constant. term
// says what instruction i is. dest and on are reused when they have room.
func Forwarders(f *Func, alloc *Allocation, term func(i int) Term, dest []int, on []int32) ([]int, []int32) {
	n := len(f.Blocks)
	if cap(dest) < n {
		dest = make([]int, n)
	}
	dest = dest[:n]
	on = slices.Grow(on[:0], n)[:n]
	edits, edit := alloc.Edits, 0 // (in a local: term is a call)
	for b := range f.Blocks {
		dest[b], on[b] = b, -1
		first, end := f.BlockInsts(b)
		for edit < len(edits) && edits[edit].Before < first {
			edit++
		}
		if b == 0 || end != first+1 || edit < len(edits) && edits[edit].Before < end {
			continue
		}
		switch term(first) {
		case TermJump:
			dest[b] = f.Blocks[b].Succs[0]
		case TermSwitch:
			on[b] = int32(slices.Index(f.Blocks[b].Params, f.Operands(first)[0].Reg))
		}
	}
	for b := range dest {
		d := b
		for steps := 0; dest[d] != d && steps < n; steps++ {
			d = dest[d]
		}
		if dest[d] == d {
			dest[b] = d
		}
	}
	// A block still pointing at a forwarder is on a cycle: keep the cycle.
	for b := range dest {
		if dest[dest[b]] != dest[b] {
			dest[b] = b
		}
	}
	return dest, on
}

// Walker is an emitter, as Walk drives it.
type Walker interface {
	// Block starts block b.
	Block(b int)
	// Move performs an allocator's move.
	Move(to, from Loc)
	// Inst emits instruction i of block b.
	Inst(b, i int) error
	// Stub starts the code of edge stub j (Allocation.Stubs), whose
	// moves follow; StubEnd ends it with a jump to the edge's successor.
	Stub(j int)
	StubEnd(j int)
}

// Walk visits f's instructions in layout order for an emitter w: for each
// block not left out (skip), w.Block(b), then for each of its
// instructions the allocator's moves that go before it (w.Move), then the
// instruction itself (w.Inst); then its inline edge stubs (EdgeStub.Inline),
// the one on the edge to the next block last (fallStub). The other stubs
// follow the last block. A stub is w.Stub(j), its moves, w.StubEnd(j).
func Walk(f *Func, alloc *Allocation, skip []bool, w Walker) error {
	stubs, st := alloc.Stubs, 0
	stub := func(j int) {
		w.Stub(j)
		for _, e := range alloc.Edits[stubs[j].First:stubs[j].End] {
			w.Move(e.To, e.From)
		}
		w.StubEnd(j)
	}
	// The edits in a local, and where the next goes, so that an
	// instruction without moves costs one compare, with nothing to reload
	// after the calls.
	edits, edit := alloc.Edits, 0
	next := before(edits, 0)
	for b := range f.Blocks {
		first, end := f.BlockInsts(b)
		if skip[b] {
			for next >= 0 && next < end {
				edit++
				next = before(edits, edit)
			}
			continue
		}
		w.Block(b)
		for i := first; i < end; i++ {
			for next == i {
				w.Move(edits[edit].To, edits[edit].From)
				edit++
				next = before(edits, edit)
			}
			if err := w.Inst(b, i); err != nil {
				return err
			}
		}
		lo := st
		for st < len(stubs) && stubs[st].Block <= b {
			st++
		}
		fall := fallStub(f, stubs, lo, st, b)
		for j := lo; j < st; j++ {
			if stubs[j].Block == b && stubs[j].Inline && j != fall {
				stub(j)
			}
		}
		if fall >= 0 {
			stub(fall)
		}
	}
	for j := range stubs {
		if !stubs[j].Inline && stubs[j].Same == 0 {
			stub(j)
		}
	}
	return nil
}

// WalkBlock visits block b's instructions, and the allocator's moves
// among them, once more: for an emitter that copies a block (Dispatchers)
// in place of a jump to it. The copy starts with neither w.Block nor ends
// with b's stubs: its branches go to those of b, none falls through.
func WalkBlock(f *Func, alloc *Allocation, b int, w Walker) error {
	first, end := f.BlockInsts(b)
	edits := alloc.Edits
	k, _ := slices.BinarySearchFunc(edits, first, func(e Edit, i int) int { return cmp.Compare(e.Before, i) })
	for i := first; i < end; i++ {
		for ; k < len(edits) && edits[k].Before == i; k++ {
			w.Move(edits[k].To, edits[k].From)
		}
		if err := w.Inst(b, i); err != nil {
			return err
		}
	}
	return nil
}

// Dispatcher limits: a copy costs code size for each jump to the block.
const (
	dispatchMaxInsts = 8
	dispatchMaxMoves = 4
)

// Dispatchers returns, for each block, whether a jump to it may copy its
// code (WalkBlock) instead of jumping: a dispatcher, a small block other
// than the entry that ends in a jump table, or a small block that ends in
// a jump straight to one (dest: the blocks that branches go to, from
// Forwarders), such as an interpreter's step to the next instruction
// that the cases with an operand share. Neither may call (plain says
// which instructions may be copied). An interpreter's loop over a switch,
// or a state machine's, then has a jump table at the end of each case
// rather than one that every case jumps back to: indirect jumps are
// predicted per jump, and each case's next case is far more predictable
// than the next case of all of them.
func Dispatchers(f *Func, alloc *Allocation, dest []int, term func(i int) Term, plain func(i int) bool, out []bool) []bool {
	out = slices.Grow(out[:0], len(f.Blocks))[:len(f.Blocks)]
	clear(out)
	last := func(b int) Term {
		if first, end := f.BlockInsts(b); end > first {
			return term(end - 1)
		}
		return TermOther
	}
	small := func(b int) bool {
		first, end := f.BlockInsts(b)
		if b == 0 || end-first > dispatchMaxInsts {
			return false
		}
		for i := first; i < end-1; i++ {
			if !plain(i) {
				return false
			}
		}
		edits := alloc.Edits
		k, _ := slices.BinarySearchFunc(edits, first, func(e Edit, i int) int { return cmp.Compare(e.Before, i) })
		return k+dispatchMaxMoves >= len(edits) || edits[k+dispatchMaxMoves].Before >= end
	}
	for b := range f.Blocks {
		out[b] = last(b) == TermSwitch && small(b)
	}
	for b := range f.Blocks {
		if last(b) == TermJump {
			d := dest[f.Blocks[b].Succs[0]]
			out[b] = out[d] && last(d) == TermSwitch && small(b)
		}
	}
	return out
}

// CopyAfter returns the block whose code (Dispatchers: dispatch) replaces
// block b's jump to its successor, or -1. target is the label that jump
// goes to (an edge stub's, or the block's through dest), next the label
// emitted after b; blocks are the blocks' labels. A jump to the next
// block stays a fall through, unless b is itself being copied (copying),
// which nothing follows.
func CopyAfter[L comparable](f *Func, dispatch []bool, dest []int, blocks []L, b int, target, next L, copying bool) int {
	h := dest[f.Blocks[b].Succs[0]]
	if !dispatch[h] || target != blocks[h] || target == next && !copying {
		return -1
	}
	return h
}

// DispatchPlain is Dispatchers' plain for an ISA whose instruction i has
// the machine opcode op(i): anything but calls (calls is a set of
// opcodes).
func DispatchPlain[Op comparable](op func(i int) Op, calls ...Op) func(i int) bool {
	return func(i int) bool {
		return !slices.Contains(calls, op(i))
	}
}

// fallStub returns the index in stubs[lo:hi] (some of them block b's) of
// b's inline stub on its edge to the next block, or -1. It goes last
// among b's inline stubs, so that it falls through into that block and
// b's branch goes to the others: a latch whose back edge and exit both
// have stubs then takes one branch an iteration, the stub's jump back,
// rather than its branch to the stub as well.
func fallStub(f *Func, stubs []EdgeStub, lo, hi, b int) int {
	for j := lo; j < hi; j++ {
		if st := &stubs[j]; st.Block == b && st.Inline && f.Blocks[b].Succs[st.Succ] == b+1 {
			return j
		}
	}
	return -1
}

// LoopHeads returns, for each block, whether it heads a loop of the
// layout: a block emitted (not skip) branches to it from at or after
// it, directly or through forwarders (dest, from Forwarders). An
// emitter may align these blocks' code, as C compilers do for loops:
// where a loop starts in the processor's fetch blocks changes how fast
// it is fetched and decoded, and without alignment that changes with
// every change to the code before it. The amd64 emitter does (16
// bytes); arm64's does not, unmeasured. out is reused when it has room.
func LoopHeads(f *Func, dest []int, skip []bool, out []bool) []bool {
	out = slices.Grow(out[:0], len(f.Blocks))[:len(f.Blocks)]
	clear(out)
	for b := range f.Blocks {
		if skip[b] {
			continue
		}
		for _, s := range f.Blocks[b].Succs {
			if d := dest[s]; d <= b {
				out[d] = true
			}
		}
	}
	return out
}

// EntryPoll returns the first poll (isPoll) of the entry block, or -1.
// A prologue whose stack check also polls (abi.ExecStackFloor) stands for
// it: nothing between the two can loop, and a loop back to the entry
// block needs no poll (the runtime interrupts loops by signal).
func EntryPoll(f *Func, isPoll func(i int) bool) int {
	if len(f.Blocks) == 0 {
		return -1
	}
	first, end := f.BlockInsts(0)
	for i := first; i < end; i++ {
		if isPoll(i) {
			return i
		}
	}
	return -1
}

// before returns the instruction edit k goes before, or -1 past the last
// edit.
func before(edits []Edit, k int) int {
	if k < len(edits) {
		return edits[k].Before
	}
	return -1
}

// StubLabels are an emitter's labels (of type L) for a function's edge
// stubs (Allocation.Stubs), and the fall-through that both its blocks and
// the stubs laid after them (mach.Walk) need.
type StubLabels[L comparable] struct {
	Labels []L // per stub
	Next   []L // per stub: the label emitted right after an inline one
	stubs  []EdgeStub
	starts []int32
	on     []int32 // Forwarders' switches
}

// Lay makes the stubs' labels (newLabel) and fills next, per block the
// label emitted right after it: its first inline stub's, else the next
// block's that is not left out (skip), none after the last. blocks are
// the blocks' labels, a forwarder's its destination's; on are the
// switches that Forwarders found.
func (s *StubLabels[L]) Lay(f *Func, stubs []EdgeStub, on []int32, blocks []L, skip []bool, next []L, none L, newLabel func() L) {
	n := len(f.Blocks)
	s.stubs, s.on, s.Labels, s.Next = stubs, on, s.Labels[:0], s.Next[:0]
	for j := range stubs {
		l := newLabel()
		if same := stubs[j].Same; same != 0 {
			l = s.Labels[same-1]
		}
		s.Labels = append(s.Labels, l)
		s.Next = append(s.Next, none)
	}
	if len(stubs) > 0 {
		s.starts = StubStarts(stubs, n, s.starts)
	}
	after := none
	for b := n - 1; b >= 0; b-- {
		if len(stubs) > 0 {
			lo, hi := int(s.starts[b]), int(s.starts[b+1])
			fall := fallStub(f, stubs, lo, hi, b)
			if fall >= 0 {
				s.Next[fall] = after
				after = s.Labels[fall]
			}
			for j := hi - 1; j >= lo; j-- {
				if stubs[j].Inline && j != fall {
					s.Next[j] = after
					after = s.Labels[j]
				}
			}
		}
		next[b] = after
		if !skip[b] {
			after = blocks[b]
		}
	}
}

// Target returns the label that the edge to successor k of block b
// branches to: its stub's, if it has one, else the successor's (blocks),
// or past the successor (threaded).
func (s *StubLabels[L]) Target(f *Func, blocks []L, b, k int) L {
	if j := s.stubOf(b, k); j >= 0 {
		return s.Labels[j]
	}
	return s.past(f, blocks, b, k)
}

// Targets appends to out the labels that the edges to successors 0 to
// n-1 of block b branch to, Target's, in one pass over b's stubs rather
// than a search for each: a br_table's jump table, whose edges may number
// in the thousands.
func (s *StubLabels[L]) Targets(f *Func, blocks []L, b, n int, out []L) []L {
	j, end := 0, 0
	if len(s.stubs) > 0 {
		j, end = int(s.starts[b]), int(s.starts[b+1])
	}
	for k := range n {
		for j < end && s.stubs[j].Succ < k {
			j++
		}
		if j < end && s.stubs[j].Succ == k {
			out = append(out, s.Labels[j])
		} else {
			out = append(out, s.past(f, blocks, b, k))
		}
	}
	return out
}

// End returns where stub j jumps when it ends (its successor's label, or
// past the successor) and whether it must, or falls through to it.
func (s *StubLabels[L]) End(f *Func, blocks []L, j int) (L, bool) {
	st := &s.stubs[j]
	t := s.past(f, blocks, st.Block, st.Succ)
	return t, t != s.Next[j]
}

func (s *StubLabels[L]) stubOf(b, k int) int {
	if len(s.stubs) == 0 {
		return -1
	}
	return StubOf(s.stubs, s.starts, b, k)
}

// past returns the label of the successor k of block b, or, if that
// successor h is a switch on a parameter that the edge sets to a
// constant, the label of h's edge that the constant selects (a stub's or
// its block's): with the edge's moves made, every location holds what it
// would when h's jump table is reached, and h does nothing else. Go's
// code sets its "program counter" local and branches back to a br_table
// at the top of its function's loop, for every loop and most gotos.
func (s *StubLabels[L]) past(f *Func, blocks []L, b, k int) L {
	h := f.Blocks[b].Succs[k]
	if p := s.on[h]; p >= 0 {
		if a := f.Blocks[b].Args[k][p]; f.IsConst(a) {
			n := len(f.Blocks[h].Succs)
			c := min(uint64(uint32(f.ConstOf(a).Imm)), uint64(n-1)) // past the end: the default
			if j := s.stubOf(h, int(c)); j >= 0 {
				return s.Labels[j]
			}
			return blocks[f.Blocks[h].Succs[c]]
		}
	}
	return blocks[h]
}
