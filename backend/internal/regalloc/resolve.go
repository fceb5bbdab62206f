package regalloc

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/room"
)

// Move phases at one gap: moves into a block (at its first instruction),
// then moves between pieces of split intervals, then moves out of the
// block (before its final jump).
const (
	phaseIn = iota
	phaseSplit
	phaseOut
)

// A location during resolution: below NumRegs a physical register; from
// NumRegs up, first the spill slot of virtual register loc (before slots
// are assigned), then slot loc-NumRegs; below 0, as a move's source only,
// constant register -1-loc (constLoc).
type pmove struct {
	pos      int32 // gap
	phase    uint8
	class    mach.Class
	wide     bool // a 16-byte value
	from, to int32
}

// edgeVal is a value live into a block, and its piece there.
type edgeVal struct {
	r  mach.Reg
	to int32
}

// paramPiece is a live parameter of a block (its index), its piece
// there and the piece's location.
type paramPiece struct{ j, to, loc int32 }

// constLoc is constant register r's location during resolution.
func constLoc(r mach.Reg) int32 { return -1 - int32(r) }

func (a *Allocator) loc(i int32) int32 {
	iv := &a.ivs[i]
	if iv.hasReg {
		return int32(iv.reg)
	}
	return int32(iv.vreg)
}

// cursor is where pieceAt (and the operand pass, piece only) stands in
// a vreg's pieces: a piece, and a range in it. Both in one record, which
// pieceAt reads and writes together, with the sweep that set them.
type cursor struct{ piece, rng, sweep int32 }

// startSweep rewinds the cursors of pieceAt: a cursor left by an earlier
// sweep counts as standing at its vreg's first piece, so that a sweep
// costs the vregs it asks about rather than all of them.
func (a *Allocator) startSweep() {
	if a.sweep == math.MaxInt32 {
		clear(a.cursors[:cap(a.cursors)])
		a.sweep = 0
	}
	a.sweep++
}

// cursor returns vreg v's cursor in the current sweep.
func (a *Allocator) cursor(v mach.Reg) *cursor {
	cur := &a.cursors[v]
	if cur.sweep != a.sweep {
		*cur = cursor{a.ivOf[v], 0, a.sweep}
	}
	return cur
}

// pieceAt returns the piece of vreg r live at pos, or noIv. The
// positions asked of one vreg between two startSweeps must not decrease:
// its cursors (piece, and range in the piece) only move forward, so a
// sweep costs the pieces and ranges it passes, and no search.
func (a *Allocator) pieceAt(r mach.Reg, pos int32) int32 {
	cur := a.cursor(r - a.f.NumRegs)
	c, k := cur.piece, cur.rng
	for c != noIv && a.ivs[c].end() <= pos {
		c, k = a.ivs[c].next, 0
	}
	cur.piece = c
	if c == noIv {
		return noIv
	}
	rs := a.ivs[c].ranges
	for rs[k].to <= pos { // stops: the piece ends after pos
		k++
	}
	cur.rng = k
	if rs[k].from > pos {
		return noIv
	}
	return c
}

func (a *Allocator) touchSlot(l int32, lo, hi int32) {
	if l >= int32(a.f.NumRegs) {
		a.slotLo[l] = min(a.slotLo[l], lo)
		a.slotHi[l] = max(a.slotHi[l], hi)
	}
}

// spilledPiece records that piece iv is in its slot (see resolve): out
// of line, as most pieces are not.
//
//go:noinline
func (a *Allocator) spilledPiece(iv *interval) {
	if a.slotHi[iv.vreg] < 0 {
		a.order = append(a.order, int32(iv.vreg))
	}
	a.touchSlot(int32(iv.vreg), iv.start(), iv.end())
}

// addMove records a move of interval iv's value (it gives the class and
// width) at pos.
func (a *Allocator) addMove(pos int32, phase uint8, iv int32, from, to int32) {
	if from == to {
		return
	}
	if nr := int32(a.f.NumRegs); to >= nr && a.defAt[to-nr] >= 0 {
		return // stored at its definition
	}
	// (An edge stub's gap lies past the code; its slots are those of the
	// pieces at the edge's two ends, whose lifetimes hold them already.)
	if pos < int32(4*len(a.f.Insts)) {
		a.touchSlot(from, pos, pos+1)
		a.touchSlot(to, pos, pos+1)
	}
	it := &a.ivs[iv]
	a.moves = append(a.moves, pmove{pos, phase, it.class, a.f.IsWide(it.vreg), from, to})
}

// opLocs fills locs, the operand locations, in a pass over the operands
// of all instructions, which lie back to back in instruction order as
// OpLocs does, and returns the registers the operands write. Most
// operands are physical registers or values in one piece with a
// register, whose location needs no position; pieceReg finds the
// others', in a second pass over them alone, in the same order.
func (a *Allocator) opLocs(locs []mach.Loc) (mach.RegSet, error) {
	nr := a.f.NumRegs
	// Each physical register's location, copied rather than built for
	// every operand it holds (registers are below 64, and an allocatable
	// one holds values of its own class: validate).
	var regLocs [64]mach.Loc
	for r := range nr {
		regLocs[r] = mach.RegLoc(r, a.ri.ClassOf[r])
	}
	var writes mach.RegSet
	wholeReg := a.wholeReg
	// The operands of values split or spilled (few) wait for a second
	// pass, so that this one, over all operands, calls nothing (not even
	// to grow split, which has room for them all) and keeps its state in
	// registers.
	ops := a.f.AllOperands()
	split := room.Len(a.splitOps, len(ops))
	a.splitOps = split
	n := 0
	locs = locs[:len(ops)]
	for k, op := range ops {
		// A physical register, or a value in one piece, which covers all
		// of its operands (never spilled, so its defAt is not needed).
		r := wholeReg[op.Reg]
		if r < 0 {
			split[n] = int32(k)
			n++
			continue
		}
		locs[k] = regLocs[r&63]
		if op.Kind != mach.Use {
			writes |= 1 << (r & 63)
		}
	}
	ic := instCursor{i: -1}
	for _, k := range split[:n] {
		op := ops[k]
		reg, err := a.pieceReg(int(k), op, &ic)
		if err != nil {
			return 0, err
		}
		locs[k] = regLocs[reg&63]
		if op.Kind != mach.Use {
			writes |= 1 << (reg & 63)
		}
	}
	return writes, nil
}

// instCursor is instruction i, whose operands are those from start to
// end in Func.AllOperands; it moves forward only.
type instCursor struct{ i, start, end int }

// pieceReg returns the register of operand k (of AllOperands) of a value
// in several pieces or spilled, the one its piece at its instruction's
// use or def position has, and tracks the value's last definitions
// (defAt). ic moves to its instruction. Both positions lie in one piece
// (splits are at gaps), so the order of an instruction's operands does
// not matter.
func (a *Allocator) pieceReg(k int, op mach.Operand, ic *instCursor) (mach.Reg, error) {
	f := a.f
	for ic.end <= k {
		ic.i++
		ic.start, ic.end = f.OperandSpan(ic.i)
	}
	i := ic.i
	pos := int32(4*i) + posUse
	if op.Kind == mach.Def {
		pos = int32(4*i) + posDef
	}
	v := op.Reg - f.NumRegs
	cur := a.cursor(v)
	c := cur.piece
	for c != noIv && a.ivs[c].end() <= pos {
		c = a.ivs[c].next
	}
	if c == noIv || a.ivs[c].start() > pos || !a.ivs[c].hasReg {
		return 0, fmt.Errorf("regalloc: internal error: operand %d of instruction %d has no register", k-ic.start, i)
	}
	cur.piece = c
	if op.Kind == mach.Use {
		return a.ivs[c].reg, nil
	}
	last := i+1 == len(f.Insts) || a.blockStart[i+1]
	switch d := a.defAt[v]; {
	case op.Kind == mach.Def && d == -1 && !last:
		a.defAt[v] = int32(i)
	case op.Kind == mach.Mod && d >= 0 && d < int32(i) && !last && a.instBlock[d] == a.instBlock[i]:
		a.defAt[v] = int32(i)
	default:
		a.defAt[v] = -2
	}
	return a.ivs[c].reg, nil
}

// paramDef is the mark in Allocator.defAt of a parameter of block b not
// yet known to be defined by an instruction (below -2, which says "not
// stored once"); paramBlock gives b back.
func paramDef(b int) int32   { return -3 - int32(b) }
func paramBlock(d int32) int { return int(-3 - d) }

// splitLiveIn adds to edgeIn the split values live into block s (at
// bs) whose piece there does not span the end of every predecessor (see
// resolve).
func (a *Allocator) splitLiveIn(s int, bs int32) error {
	live := int(a.liveCount[s])
	if live <= 64 {
		return a.addEdgeIn(s, bs, a.liveSplit)
	}
	preds := a.preds[a.predOff[s]:a.predOff[s+1]]
	if !a.byReg {
		a.sortHolders()
	}
	// A value in its slot at both ends of an edge needs no move there
	// (a vreg has one slot): only those in a register at s's start or at
	// the end of a predecessor can, at most a register's worth each.
	if bits.OnesCount64(a.holderRegs)*(1+len(preds)) >= live {
		return a.addEdgeIn(s, bs, a.liveSplit)
	}
	nr := a.f.NumRegs
	cand := a.cand[:0]
	holders := func(pos int32) {
		for m := a.holderRegs; m != 0; m &= m - 1 {
			r := bits.TrailingZeros64(m)
			// The last range of register r starting at or before pos
			// (the ranges of one register do not overlap); searched by
			// hand: slices.BinarySearchFunc, a call per probe, costs 7%
			// of the compile of values hoisted out of 2,000 loops.
			lo, hi := a.holderOff[r], a.holderOff[r+1]
			for lo < hi {
				if m := int32(uint32(lo+hi) >> 1); a.holders[m].from <= pos {
					lo = m + 1
				} else {
					hi = m
				}
			}
			if h := &a.holders[max(lo-1, 0)]; lo > a.holderOff[r] && pos < h.to {
				if g := a.gid[a.ivs[h.c].vreg-nr]; hasBlock(a.liveInOf(a.groupOf[g]), int32(s)) {
					cand = append(cand, g)
				}
			}
		}
	}
	holders(bs)
	for _, p := range preds {
		_, end := a.f.BlockInsts(int(p))
		holders(int32(4*end) - 1)
	}
	// A value can be found more than once. (Their order does not
	// matter: the edge moves at a place are sorted by destination.)
	slices.Sort(cand)
	a.cand = slices.Compact(cand)
	return a.addEdgeIn(s, bs, a.cand)
}

// addEdgeIn adds to edgeIn the globals of cand, split values live into
// block s, with their pieces at its start (bs),
// except those whose piece there spans the end of every predecessor.
func (a *Allocator) addEdgeIn(s int, bs int32, cand []int32) error {
	lo, hi := a.predLo[s], a.predHi[s]
	piece := a.splitAt
	for _, g := range cand {
		c := piece[g]
		iv := &a.ivs[c]
		for iv.end() <= bs && iv.next != noIv {
			c = iv.next
			iv = &a.ivs[c]
		}
		if iv.start() > bs || bs >= iv.end() {
			return fmt.Errorf("regalloc: internal error: v%d not live at the start of block %d", a.globals[g], s)
		}
		piece[g] = c
		if iv.start() < lo && hi <= iv.end() {
			continue
		}
		a.edgeIn = append(a.edgeIn, edgeVal{a.globals[g], c})
	}
	return nil
}

// splitLiveSpans prepares the sweep of resolve over the blocks: the
// number of values live into each block (liveCount), and the stretches of
// blocks the split values are live into, by the blocks where they start
// and end, for stepLiveSplit to keep liveSplit, the split values live
// into the block at hand.
func (a *Allocator) splitLiveSpans() {
	nb := len(a.f.Blocks)
	cnt := room.Len(a.liveCount, nb+1)
	clear(cnt)
	for k, run := range a.groups {
		for _, sp := range a.liveInOf(int32(k)) {
			cnt[sp.lo] += run.end - run.lo
			cnt[sp.end] -= run.end - run.lo
		}
	}
	accumulate(cnt)
	a.liveCount = cnt
	a.enter.reset(nb + 1)
	a.leave.reset(nb + 1)
	for _, g := range a.splitG {
		for _, sp := range a.liveInOf(a.groupOf[g]) {
			a.enter.count(sp.lo)
			a.leave.count(sp.end)
		}
	}
	a.enter.start()
	a.leave.start()
	for _, g := range a.splitG {
		for _, sp := range a.liveInOf(a.groupOf[g]) {
			a.enter.put(sp.lo, g)
			a.leave.put(sp.end, g)
		}
	}
	a.enter.finish()
	a.leave.finish()
	a.liveSplitAt = room.Len(a.liveSplitAt, len(a.globals))
	a.liveSplit = a.liveSplit[:0]
}

// stepLiveSplit brings liveSplit to block s from the block before: the
// split values whose stretches end there leave, those whose stretches
// start there enter. The order of liveSplit does not matter: the edge
// moves at a place are sorted by destination.
func (a *Allocator) stepLiveSplit(s int) {
	ls, pos := a.liveSplit, a.liveSplitAt
	for _, g := range a.leave.of(s) {
		i := pos[g]
		last := ls[len(ls)-1]
		ls[i], pos[last] = last, i
		ls = ls[:len(ls)-1]
	}
	for _, g := range a.enter.of(s) {
		pos[g] = int32(len(ls))
		ls = append(ls, g)
	}
	a.liveSplit = ls
}

// holder is a range of a piece of a split value, in a register.
type holder struct{ from, to, c int32 }

// sortHolders lists the ranges of the split values' pieces that have a
// register, by register and, for each, by start, for splitLiveIn.
func (a *Allocator) sortHolders() {
	off := &a.holderOff
	clear(off[:])
	a.holderRegs = 0
	for _, g := range a.splitG {
		for c := a.ivOf[a.globals[g]-a.f.NumRegs]; c != noIv; c = a.ivs[c].next {
			if iv := &a.ivs[c]; iv.hasReg {
				off[iv.reg+1] += int32(len(iv.ranges))
			}
		}
	}
	accumulate(off[:])
	hs := room.Len(a.holders, int(off[64]))
	next := a.holderNext[:]
	copy(next, off[:64])
	for _, g := range a.splitG {
		for c := a.ivOf[a.globals[g]-a.f.NumRegs]; c != noIv; c = a.ivs[c].next {
			iv := &a.ivs[c]
			if !iv.hasReg {
				continue
			}
			for _, r := range iv.ranges {
				hs[next[iv.reg]] = holder{r.from, r.to, c}
				next[iv.reg]++
			}
		}
	}
	for r := range 64 {
		if seg := hs[off[r]:off[r+1]]; len(seg) > 0 {
			a.holderRegs |= 1 << r
			slices.SortFunc(seg, func(x, y holder) int { return cmp.Compare(x.from, y.from) })
		}
	}
	a.holders, a.byReg = hs, true
}

func (a *Allocator) resolve() (*mach.Allocation, error) {
	f := a.f
	nr := f.NumRegs
	out := &a.out

	a.slotLo = room.Len(a.slotLo, int(nr)+a.nv)
	fill(a.slotLo, maxPos)
	a.slotHi = room.Len(a.slotHi, int(nr)+a.nv)
	fill(a.slotHi, -1)
	a.moves = a.moves[:0]
	a.slotArgs = a.slotArgs[:0]
	// Slot lifetimes of spilled pieces, and the spilled vregs (few: the
	// stores at definitions and assignSlots look at them only). And the
	// register of each value left in one piece (most are never split),
	// so that the operand pass below reads it from a small array instead
	// of walking the pieces.
	// The parents (the intervals unhandled lists) come first in ivs:
	// splits append the pieces after them.
	a.wholeReg = room.Len(a.wholeReg, int(nr)+a.nv)
	for r := range nr {
		a.wholeReg[r] = int8(r) // a physical register is its own location (below 64: validate)
	}
	fill(a.wholeReg[nr:], -1)
	a.order = a.order[:0]
	nparents := len(a.unhandled)
	ivs, wholeReg := a.ivs, a.wholeReg
	for p := range ivs {
		iv := &ivs[p]
		if !iv.hasReg {
			a.spilledPiece(iv)
		} else if p < nparents && iv.next == noIv {
			wholeReg[iv.vreg] = int8(iv.reg)
		}
	}

	// A spilled value with a single definition, or defined and then
	// modified in place within one block (a two-address operation's copy
	// and the operation), and in a register from its first definition to
	// its last, is stored once, right after its last definition; its slot
	// then stays valid for the rest of its lifetime and every other store
	// is dropped (addMove). A block parameter that no instruction defines
	// is defined where its block starts (by the moves on the edges into
	// it), and is stored there once when that block is in no loop or the
	// parameter is spilled only in deeper loops: a value chosen before a
	// loop (a phi) and reloaded in it is then not stored again on every
	// back edge. Other values are stored
	// whenever they move from a register to the stack. defAt finds the
	// last definitions, in the operand pass below (of the values split or
	// spilled: a value in one piece with a register is never stored); a
	// parameter of block b starts as paramDef(b), which any definition
	// overrides.
	a.defAt = room.Len(a.defAt, a.nv)
	fill(a.defAt, -1)
	for b := range f.Blocks {
		if len(f.Blocks[b].Preds) == 0 {
			continue // nothing binds these parameters (the amd64 selector defines the entry's)
		}
		for _, p := range f.Blocks[b].Params {
			a.defAt[p-nr] = paramDef(b)
		}
	}

	// Cursors of earlier functions are from earlier sweeps.
	a.cursors = room.Len(a.cursors, a.nv)
	a.startSweep()
	locs := room.Len(out.OpLocs, len(f.AllOperands()))
	out.OpLocs = locs
	// What the emitters' Preserved reads (see mach.Allocation), gathered
	// here: the moves' destinations are added below.
	writes, err := a.opLocs(locs)
	if err != nil {
		return nil, err
	}
	for _, i := range a.moveInsts {
		if k, _ := f.OperandSpan(int(i)); locs[k] == locs[k+1] {
			a.stats.MovesCoalesced++
		} else {
			a.stats.MovesKept++
		}
	}

	// Only a spilled vreg's defAt is read from here on (addMove).
	a.startSweep() // pieceAt below asks once per vreg
	for _, l := range a.order {
		r := mach.Reg(l)
		v := r - nr
		def := a.defAt[v]
		param := def <= paramDef(0) // a parameter no instruction defines
		if def < 0 && !param {
			a.defAt[v] = -1
			continue
		}
		// d is the definition's position (a parameter's: its block's
		// start), at is where the store goes: the gap after it, after
		// the edge moves there that define a parameter.
		var d, at int32
		var blk int
		if !param {
			d, blk = int32(4*def)+posDef, int(a.instBlock[def])
			at = d + 1
		} else {
			blk = paramBlock(def)
			first, _ := f.BlockInsts(blk)
			d, at = int32(4*first), int32(4*first)
			def = int32(first) // where it is stored: addMove needs defAt >= 0
		}
		// Up to its last definition the value must not have been in its
		// slot, which holds nothing before the store. And the store must
		// not go into a loop that the value leaves before it is spilled
		// (stored there, it would run every iteration instead of once).
		// A parameter's store is outside every loop it is spilled in,
		// or outside loops: at the start of a block in a loop, it would
		// run every iteration where the stores it replaces might run on
		// a rare path only.
		inReg, depth := true, a.depth[blk]
		for p := a.ivOf[v]; p != noIv; p = a.ivs[p].next {
			if iv := &a.ivs[p]; !iv.hasReg {
				inReg = inReg && iv.start() > d
				depth = min(depth, a.depth[a.instBlock[iv.start()/4]])
			}
		}
		if !inReg || depth < a.depth[blk] || param && depth == a.depth[blk] && depth > 0 {
			a.defAt[v] = -1
			continue
		}
		p := a.pieceAt(r, d)
		if p == noIv || !a.ivs[p].hasReg {
			return nil, fmt.Errorf("regalloc: internal error: v%d has no register at its definition", r)
		}
		a.defAt[v] = def
		l := a.ivOf[v]
		for a.ivs[l].next != noIv {
			l = a.ivs[l].next
		}
		a.touchSlot(int32(r), at, a.ivs[l].end()) // the slot holds nothing before the store
		a.moves = append(a.moves, pmove{at, phaseSplit, a.ivs[p].class, a.f.IsWide(r), int32(a.ivs[p].reg), int32(r)})
	}

	// Moves between pieces of split intervals inside blocks.
	for p := range int32(nparents) {
		for i := p; a.ivs[i].next != noIv; i = a.ivs[i].next {
			x, y := &a.ivs[i], &a.ivs[a.ivs[i].next]
			ys := y.start()
			if x.end() != ys || a.blockStart[ys/4] {
				continue // a hole (dead value) or an edge, handled below
			}
			a.addMove(ys, phaseSplit, i, a.loc(i), a.loc(x.next))
		}
	}

	// Edge moves. Besides parameters, only values split into several
	// pieces can be in different places at the two ends of an edge.
	// One pass over the blocks finds the pieces live at the start of
	// each successor (those of split live-in values in edgeIn, those of
	// parameters in edgeTo, in the order the edges below take them),
	// another, with pieceAt, those at the end of each predecessor. A
	// split value whose piece at a block's start also spans the end of
	// every predecessor needs no move on any incoming edge (the test of
	// the edge loop below, for all of them at once): it stays out of
	// edgeIn, and with it most values live into a block that falls
	// through from its only predecessor.
	//
	// Those that do need a move are in a register at one end of an edge
	// or the other: in a slot at both, a value is in its own slot. A
	// block with many split live-in values takes them from the pieces in
	// registers at its start and at its predecessors' ends (the holders,
	// sorted by register and position when a block first needs them),
	// a register's worth per end, rather than from its split live-in
	// values (sweep), whichever has fewer to look at: many values can
	// be live across many blocks, split in pieces that start or end
	// inside all of them (values hoisted out of nested loops, reloaded
	// in the loops that use them).
	//
	// piece holds, per global, the piece the sweep stands at, or noIv
	// for a value in one piece (most). A live-in value is live at the
	// block's start, so the piece whose hull holds that position is the
	// one there (pieces do not overlap): unlike pieceAt, the sweep need
	// not look at the piece's ranges.
	piece := room.Len(a.splitAt, len(a.globals))
	split := a.splitG[:0] // the split globals, in increasing order
	for g, r := range a.globals {
		piece[g] = a.ivOf[r-nr]
		if a.ivs[piece[g]].next == noIv {
			piece[g] = noIv
		} else {
			split = append(split, int32(g))
		}
	}
	a.splitAt, a.splitG = piece, split
	a.byReg = false
	a.startSweep()
	a.edgeIn, a.edgeTo = a.edgeIn[:0], a.edgeTo[:0]
	a.edgeInOff = room.Len(a.edgeInOff, len(f.Blocks)+1)
	a.edgeToOff = room.Len(a.edgeToOff, len(f.Blocks)+1)
	if len(split) > 0 {
		a.splitLiveSpans()
	}
	for s := range f.Blocks {
		first, _ := f.BlockInsts(s)
		bs := int32(4 * first)
		a.edgeInOff[s] = int32(len(a.edgeIn))
		if len(split) > 0 {
			a.stepLiveSplit(s)
			if err := a.splitLiveIn(s, bs); err != nil {
				return nil, err
			}
		}
		a.edgeToOff[s] = int32(len(a.edgeTo))
		for j, p := range f.Blocks[s].Params {
			if a.ivOf[p-nr] != noIv {
				if to := a.pieceAt(p, bs); to != noIv { // else dead
					a.edgeTo = append(a.edgeTo, paramPiece{int32(j), to, a.loc(to)})
				}
			}
		}
	}
	a.edgeInOff[len(f.Blocks)] = int32(len(a.edgeIn))
	a.edgeToOff[len(f.Blocks)] = int32(len(a.edgeTo))
	a.startSweep()
	edgeIn, edgeInOff, edgeTo, edgeToOff := a.edgeIn, a.edgeInOff, a.edgeTo, a.edgeToOff
	out.Stubs = out.Stubs[:0]
	for b := range f.Blocks {
		blk := &f.Blocks[b]
		_, end := f.BlockInsts(b)
		be := int32(4 * end)
		term := end - 1
		for k, s := range blk.Succs {
			if edgeInOff[s] == edgeInOff[s+1] && edgeToOff[s] == edgeToOff[s+1] {
				continue // nothing to move (most edges)
			}
			atPred := len(blk.Succs) == 1 && len(f.Operands(term)) == 0 && f.Insts[term].Clobbers == 0
			first, _ := f.BlockInsts(s)
			bs := int32(4 * first)
			pos, phase := int32(4*term), uint8(phaseOut)
			stub := !atPred && len(f.Blocks[s].Preds) != 1
			switch {
			case stub:
				// A critical edge: its moves, if any, get a stub of their
				// own, at a gap past the last instruction.
				pos, phase = int32(4*(len(f.Insts)+len(out.Stubs))), phaseIn
			case !atPred:
				pos, phase = bs, phaseIn
			}
			mark := len(a.moves)
			for _, e := range edgeIn[edgeInOff[s]:edgeInOff[s+1]] {
				r, to := e.r, e.to
				if a.ivs[to].start() < be && be <= a.ivs[to].end() {
					// The piece at s's start spans b's end too: the
					// value stays where it is (the pieces of a vreg do
					// not overlap), whether the edge falls through or
					// goes back to a loop's header.
					continue
				}
				from := a.pieceAt(r, be-1)
				if from == noIv {
					return nil, fmt.Errorf("regalloc: internal error: v%d not live across edge %d->%d", r, b, s)
				}
				a.addMove(pos, phase, from, a.loc(from), a.loc(to))
			}
			args := blk.Args[k]
			for _, e := range edgeTo[edgeToOff[s]:edgeToOff[s+1]] {
				arg := args[e.j]
				if f.IsConst(arg) {
					a.addMove(pos, phase, e.to, constLoc(arg), e.loc)
					continue
				}
				if int32(a.wholeReg[arg]) == e.loc {
					continue // in the parameter's register already (most)
				}
				// An argument is live at the end of b (buildIntervals),
				// so an unsplit one's only piece is the one there.
				from := a.ivOf[arg-nr]
				if a.ivs[from].next != noIv {
					from = a.pieceAt(arg, be-1)
				}
				if from == noIv {
					return nil, fmt.Errorf("regalloc: internal error: argument v%d not live at the end of block %d", arg, b)
				}
				// Into a parameter's slot, from the argument's slot or
				// from a register while its slot holds it too (stored at
				// its definition): the two may share the slot.
				l := a.loc(from)
				if e.loc >= int32(nr) && a.defAt[e.loc-int32(nr)] < 0 &&
					(l >= int32(nr) || a.slotHi[arg] >= 0 && a.defAt[arg-nr] >= 0) {
					a.addSlotArg(pos, phase, e.to, int32(arg), l, e.loc, be, bs)
				} else {
					a.addMove(pos, phase, e.to, l, e.loc)
				}
			}
			if stub && len(a.moves) > mark {
				out.Stubs = append(out.Stubs, mach.EdgeStub{Block: b, Succ: k})
			}
		}
	}

	a.mergeSlots()
	numSlots := a.assignSlots()
	kept, all := a.moves[:0], len(a.moves)
	for _, m := range a.moves {
		if m.from >= int32(nr) {
			m.from = int32(nr) + a.slotOf[m.from]
		}
		if m.to >= int32(nr) {
			m.to = int32(nr) + a.slotOf[m.to]
		}
		if m.from != m.to { // else an argument in its parameter's slot (mergeSlots)
			kept = append(kept, m)
		}
	}
	a.moves = kept
	if len(kept) < all && len(out.Stubs) > 0 {
		a.dropEmptyStubs()
	}
	a.sortMoves()
	sq := &a.seqBuf
	sq.init(a, numSlots)
	for i := 0; i < len(a.moves); {
		m := &a.moves[i]
		j := i + 1
		for j < len(a.moves) && a.moves[j].pos == m.pos {
			j++
		}
		if j == i+1 {
			// A lone move (most are) reads no location another writes.
			sq.emit(int(m.pos/4), m, m.from, m.to)
			i = j
			continue
		}
		// Several moves at one gap: by phase, each phase a parallel move.
		g := a.moves[i:j]
		sortGap(g)
		for k := 0; k < len(g); {
			l := k + 1
			for l < len(g) && g[l].phase == g[k].phase {
				l++
			}
			if l == k+1 {
				sq.emit(int(g[k].pos/4), &g[k], g[k].from, g[k].to)
			} else if err := sq.sequence(g[k:l], int(g[k].pos/4)); err != nil {
				return nil, err
			}
			k = l
		}
		i = j
	}
	out.Edits = dropMoveBacks(sq.edits)
	if len(out.Stubs) > 0 {
		// Each stub's edits: the last ones, in stub order.
		j, n := len(out.Edits), len(f.Insts)
		for j > 0 && out.Edits[j-1].Before >= n {
			j--
		}
		for k := range out.Stubs {
			st := &out.Stubs[k]
			st.First = j
			for j < len(out.Edits) && out.Edits[j].Before == n+k {
				j++
			}
			st.End = j
		}
		out.PlaceStubs(f)
	}
	out.NumSlots = sq.numSlots
	a.stats.Cycles, a.stats.SlotCycles = sq.cycles, sq.slotCycles
	a.stats.Stubs = len(out.Stubs)
	for _, e := range out.Edits {
		switch {
		case e.From.IsConst():
			a.stats.Consts++
			writes |= 1 << (e.To.Reg & 63)
		case e.From.IsReg() && e.To.IsReg():
			a.stats.RegMoves++
			writes |= 1 << (e.To.Reg & 63)
		case e.From.IsReg():
			a.stats.Stores++
		default:
			a.stats.Loads++
			writes |= 1 << (e.To.Reg & 63)
		}
	}
	out.Writes, out.Clobbers = writes, a.clobbers
	return out, nil
}

// dropEmptyStubs removes the edge stubs left without moves (mergeSlots
// took them all), which would cost a jump each, and renumbers the gaps
// of the other stubs' moves.
func (a *Allocator) dropEmptyStubs() {
	out := &a.out
	gap := int32(4 * len(a.f.Insts))
	newIdx := room.Len(a.stubIdx, len(out.Stubs))
	a.stubIdx = newIdx
	fill(newIdx, -1)
	for _, m := range a.moves {
		if m.pos >= gap {
			newIdx[(m.pos-gap)/4] = 0
		}
	}
	n := int32(0)
	for j, st := range out.Stubs {
		if newIdx[j] >= 0 {
			newIdx[j] = n
			out.Stubs[n] = st
			n++
		}
	}
	if int(n) == len(out.Stubs) {
		return
	}
	out.Stubs = out.Stubs[:n]
	for i := range a.moves {
		if m := &a.moves[i]; m.pos >= gap {
			m.pos = gap + 4*newIdx[(m.pos-gap)/4]
		}
	}
}

// assignSlots gives every spilled vreg a slot, its class's (mergeSlots),
// sharing slots between classes whose slot lifetimes (hull of spilled
// pieces and slot moves) are disjoint. It returns the number of slots.
func (a *Allocator) assignSlots() int {
	nr := int(a.f.NumRegs)
	a.slotOf = room.Len(a.slotOf, nr+a.nv)
	// resolve listed the spilled vregs in order, unsorted.
	a.stats.SpilledVRegs = len(a.order)
	slices.SortFunc(a.order, func(x, y int32) int {
		if c := cmp.Compare(a.slotLo[x], a.slotLo[y]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	// busy is a min-heap of (end of lifetime, slot); free holds released
	// slots, freeWide released even pairs (a wide value takes two slots).
	busy, free, freeWide := a.slotBusy[:0], a.slotFree[:0], a.slotFreeWide[:0]
	n := 0
	for _, v := range a.order {
		if a.slotRoot[v] >= 0 {
			continue // its class root's slot (below)
		}
		lo := a.slotLo[v]
		for len(busy) > 0 && int32(busy[0]>>32) <= lo {
			s := int32(uint32(busy[0]))
			if s < 0 {
				freeWide = append(freeWide, ^s)
			} else {
				free = append(free, s)
			}
			busy = heapPop(busy)
		}
		var s int32
		wide := a.f.IsWide(mach.Reg(v))
		switch {
		case wide && len(freeWide) > 0:
			s, freeWide = freeWide[len(freeWide)-1], freeWide[:len(freeWide)-1]
		case wide:
			if n%2 != 0 {
				free = append(free, int32(n))
				n++
			}
			s = int32(n)
			n += 2
		case len(free) > 0:
			s, free = free[len(free)-1], free[:len(free)-1]
		default:
			s = int32(n)
			n++
		}
		a.slotOf[v] = s
		key := s
		if wide {
			key = ^s // so that its release returns the pair
		}
		busy = heapPush(busy, uint64(a.slotHi[v])<<32|uint64(uint32(key)))
	}
	for _, v := range a.order {
		if a.slotRoot[v] >= 0 {
			a.slotOf[v] = a.slotOf[a.slotRootOf(v)]
		}
	}
	a.slotBusy, a.slotFree, a.slotFreeWide = busy, free, freeWide
	return n
}

// heapPush and heapPop keep a min-heap of integers (assignSlots' busy
// slots, the scan's split children): heapPop drops h[0].
func heapPush(h []uint64, x uint64) []uint64 {
	h = append(h, x)
	for k := len(h) - 1; k > 0; {
		p := (k - 1) / 2
		if h[p] <= h[k] {
			break
		}
		h[p], h[k] = h[k], h[p]
		k = p
	}
	return h
}

func heapPop(h []uint64) []uint64 {
	n := len(h) - 1
	h[0] = h[n]
	h = h[:n]
	for k := 0; ; {
		l := 2*k + 1
		if l >= n {
			break
		}
		if r := l + 1; r < n && h[r] < h[l] {
			l = r
		}
		if h[k] <= h[l] {
			break
		}
		h[k], h[l] = h[l], h[k]
		k = l
	}
	return h
}

// seqState turns parallel moves into sequential edits.
type seqState struct {
	nr       int32
	ri       *mach.RegInfo
	readers  []int32 // per location: pending moves reading it
	dst      []int32 // per location: pending move writing it, or -1
	done     []bool
	stack    []int32
	cycle    []int32
	edits    []mach.Edit
	numSlots int
	park     int32 // parking slot location, or -1

	cycles, slotCycles int
}

func (q *seqState) init(a *Allocator, numSlots int) {
	q.nr = int32(a.f.NumRegs)
	q.ri = a.ri
	q.numSlots = numSlots
	q.park = -1
	q.cycles, q.slotCycles = 0, 0
	n := int(q.nr) + numSlots + 2 // and the parking pair
	q.readers = room.Len(q.readers, n)
	clear(q.readers)
	q.dst = room.Len(q.dst, n)
	fill(q.dst, -1)
	q.edits = slices.Grow(q.edits[:0], len(a.moves)+len(a.moves)/8)
}

func (q *seqState) lc(l int32, c mach.Class, wide bool) mach.Loc {
	var loc mach.Loc
	if l < 0 {
		return mach.ConstLoc(mach.Reg(-1-l), c)
	}
	if l < q.nr {
		loc = mach.RegLoc(mach.Reg(l), c)
	} else {
		loc = mach.SlotLoc(l-q.nr, c)
	}
	loc.Wide = wide
	return loc
}

// emit appends one move, through the scratch register if it is slot to
// slot or constant to slot (an emitter materializes constants in
// registers only). A constant's move is never part of a cycle (its
// destination is written by nothing else, so nothing on a cycle reads
// it), so it is emitted before sequence breaks any cycle through the
// scratch register.
func (q *seqState) emit(before int, m *pmove, from, to int32) {
	if from >= q.nr && to >= q.nr || from < 0 && to >= q.nr {
		s := int32(q.ri.Scratch[m.class])
		q.edits = append(q.edits, mach.Edit{Before: before, From: q.lc(from, m.class, m.wide), To: q.lc(s, m.class, m.wide)})
		from = s
	}
	q.edits = append(q.edits, mach.Edit{Before: before, From: q.lc(from, m.class, m.wide), To: q.lc(to, m.class, m.wide)})
}

// sequence orders one parallel move: moves whose destination nobody still
// needs go first; what remains are cycles, each broken by parking one
// value in the scratch register (or, if the cycle itself needs the
// scratch for slot-to-slot moves, in a parking slot).
func (q *seqState) sequence(ms []pmove, before int) error {
	q.done = room.Len(q.done, len(ms))
	clear(q.done)
	q.stack = q.stack[:0]
	dst, readers, done := q.dst, q.readers, q.done
	for i := range ms {
		m := &ms[i]
		if dst[m.to] >= 0 {
			return fmt.Errorf("regalloc: internal error: two moves into one location before instruction %d", before)
		}
		dst[m.to] = int32(i)
		if m.from >= 0 {
			readers[m.from]++
		}
	}
	for i := range ms {
		if readers[ms[i].to] == 0 {
			q.stack = append(q.stack, int32(i))
		}
	}
	for len(q.stack) > 0 {
		i := q.stack[len(q.stack)-1]
		q.stack = q.stack[:len(q.stack)-1]
		m := &ms[i]
		q.emit(before, m, m.from, m.to)
		done[i] = true
		if m.from < 0 {
			continue // a constant
		}
		readers[m.from]--
		if readers[m.from] == 0 {
			if j := dst[m.from]; j >= 0 && !done[j] {
				q.stack = append(q.stack, j)
			}
		}
	}
	for i := range ms {
		if done[i] {
			continue
		}
		// ms[i] starts a cycle L0 <- L1 <- ... <- L0.
		q.cycle = q.cycle[:0]
		l0 := ms[i].to
		slotToSlot := false
		for j := int32(i); ; {
			q.cycle = append(q.cycle, j)
			m := &ms[j]
			if m.from >= q.nr && m.to >= q.nr {
				slotToSlot = true
			}
			if m.from == l0 {
				break
			}
			j = dst[m.from]
			if j < 0 || done[j] || len(q.cycle) > len(ms) {
				return fmt.Errorf("regalloc: internal error: broken move cycle before instruction %d", before)
			}
		}
		last := &ms[q.cycle[len(q.cycle)-1]]
		var park int32
		if !slotToSlot {
			park = int32(q.ri.Scratch[last.class])
			q.cycles++
		} else {
			q.slotCycles++
			if q.park < 0 {
				// An even pair, so that it can park a wide value too.
				q.park = q.nr + int32(q.numSlots+q.numSlots%2)
				q.numSlots += q.numSlots%2 + 2
			}
			park = q.park
		}
		q.emit(before, last, l0, park)
		for _, j := range q.cycle[:len(q.cycle)-1] {
			q.emit(before, &ms[j], ms[j].from, ms[j].to)
		}
		q.emit(before, last, park, last.to)
		for _, j := range q.cycle {
			done[j] = true
		}
	}
	for i := range ms {
		dst[ms[i].to] = -1
		if ms[i].from >= 0 {
			readers[ms[i].from] = 0
		}
	}
	return nil
}

// moveBackWindow bounds how far back dropMoveBacks looks for the move
// that an edit undoes, keeping it linear in the number of edits. The
// pairs it finds are close: a store on one edge and the reload of the
// next (an edge block whose only instruction is its jump), or a reload
// and a store back in one parallel move.
const moveBackWindow = 16

// dropMoveBacks removes the edits that move a value back to where an
// earlier edit before the same instruction copied it from, neither
// location having been written in between: the destination still holds
// that value. They come from pieces that meet at one gap, mostly a value
// stored on entry to an edge block whose piece there is in its slot, and
// reloaded before its jump into a block where the next piece is in the
// same register. The store stays (the slot may be read elsewhere). It
// compacts edits in place.
func dropMoveBacks(edits []mach.Edit) []mach.Edit {
	n := 0
	// The registers and slots (modulo 64) that the kept edits before
	// instruction before write: only an edit reading one of them can move
	// a value back, and most read none, so most skip the search.
	before := -1
	var regs, slots uint64
	for j := range edits {
		e := &edits[j]
		if e.Before != before {
			before, regs, slots = e.Before, 0, 0
		}
		if e.From.IsReg() && regs&(1<<(e.From.Reg&63)) != 0 ||
			e.From.IsSlot() && slots&(1<<(e.From.Slot&63)) != 0 {
			if movesBack(edits[:n], e) {
				continue
			}
		}
		if e.To.IsReg() {
			regs |= 1 << (e.To.Reg & 63)
		} else {
			slots |= 1 << (e.To.Slot & 63)
		}
		if n != j {
			edits[n] = *e
		}
		n++
	}
	return edits[:n]
}

// movesBack reports whether e, appended to kept, undoes an earlier edit of
// kept before the same instruction.
func movesBack(kept []mach.Edit, e *mach.Edit) bool {
	for i := len(kept) - 1; i >= 0 && i >= len(kept)-moveBackWindow; i-- {
		k := &kept[i]
		if k.Before != e.Before {
			return false
		}
		if k.From == e.To && k.To == e.From {
			return true
		}
		if overlaps(k.To, e.From) || overlaps(k.To, e.To) {
			return false
		}
	}
	return false
}

// overlaps reports whether locations x and y share a register or a slot
// (a wide value takes two slots).
func overlaps(x, y mach.Loc) bool {
	if x.IsReg() || y.IsReg() {
		return x.IsReg() && y.IsReg() && x.Reg == y.Reg
	}
	xe, ye := x.Slot+1, y.Slot+1
	if x.Wide {
		xe++
	}
	if y.Wide {
		ye++
	}
	return x.Slot < ye && y.Slot < xe
}

// sortMoves groups the moves by gap, keeping their order within a gap:
// a counting sort on the instruction. resolve orders each gap's moves
// with sortGap, only where there are several (most gaps have one).
func (a *Allocator) sortMoves() {
	n := len(a.f.Insts) + len(a.out.Stubs) + 1
	a.bucket = room.Len(a.bucket, n+1)
	clear(a.bucket)
	for i := range a.moves {
		a.bucket[a.moves[i].pos/4+1]++
	}
	accumulate(a.bucket)
	a.sorted = room.Len(a.sorted, len(a.moves))
	for _, m := range a.moves {
		k := m.pos / 4
		a.sorted[a.bucket[k]] = m
		a.bucket[k]++
	}
	a.moves, a.sorted = a.sorted, a.moves
}

// sortGap orders the moves of one gap by phase, then destination: an
// insertion sort (the groups are small). The order inside a phase does
// not matter (it is a parallel move) but is kept deterministic.
func sortGap(g []pmove) {
	less := func(x, y *pmove) bool {
		if x.phase != y.phase {
			return x.phase < y.phase
		}
		return x.to < y.to
	}
	for i := 1; i < len(g); i++ {
		for j := i; j > 0 && less(&g[j], &g[j-1]); j-- {
			g[j-1], g[j] = g[j], g[j-1]
		}
	}
}
