package regalloc

import (
	"fmt"
	"math/bits"
	"slices"
	"sort"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/room"
)

// covers reports whether iv is live at pos, advancing its range cursor;
// pos never decreases between calls for the same interval.
func (iv *interval) covers(pos int32) bool {
	c := int(iv.cur)
	for c < len(iv.ranges) && iv.ranges[c].to <= pos {
		c++
	}
	iv.cur = int32(c)
	return c < len(iv.ranges) && iv.ranges[c].from <= pos
}

// intersect returns the first position at which both range lists are live.
func intersect(x, y []lrange) int32 {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i].to <= y[j].from:
			i++
		case y[j].to <= x[i].from:
			j++
		default:
			return max(x[i].from, y[j].from)
		}
	}
	return maxPos
}

// nextUse returns the first use at or after pos.
func (iv *interval) nextUse(pos int32) int32 {
	k := sort.Search(len(iv.uses), func(k int) bool { return iv.uses[k] >= pos })
	if k == len(iv.uses) {
		return maxPos
	}
	return iv.uses[k]
}

// split cuts interval i at gap pos (start < pos < end) and returns the new
// piece holding everything from pos on. The piece is unallocated.
//
// Of the ranges (and of the uses) before and after pos, the shorter list
// is copied into the new piece's buffer and the longer one stays where it
// is: a value split at each of thousands of calls would make copying the
// rest each time quadratic. The two pieces hold disjoint parts of the
// buffers, so they can still be recycled separately (see interval).
func (a *Allocator) split(i int32, pos int32) int32 {
	c := a.newInterval(a.ivs[i].vreg, a.ivs[i].class)
	iv, ch := &a.ivs[i], &a.ivs[c]
	rs := iv.ranges
	k := sort.Search(len(rs), func(k int) bool { return rs[k].to > pos })
	cut := rs[k].from < pos // pos falls inside range k: both pieces hold part of it
	pre := k
	if cut {
		pre++
	}
	iv.ranges, ch.ranges = divide(rs, pre, k, ch.ranges)
	if cut {
		iv.ranges[k].to = pos
		ch.ranges[0].from = pos
	}
	us := iv.uses
	u := sort.Search(len(us), func(k int) bool { return us[k] >= pos })
	iv.uses, ch.uses = divide(us, u, u, ch.uses)
	iv.cur = min(iv.cur, int32(len(iv.ranges)))
	iv.setHull()
	ch.setHull()
	ch.next, iv.next = iv.next, c
	ch.hoists, ch.side = 0, sideNone // (newInterval leaves them, to stay inlined)
	a.stats.Splits++
	return c
}

// divide returns s[:pre] and s[k:] (k <= pre; with k < pre they overlap
// in one element, which each gets a copy of), the shorter copied into
// buf's memory and the other left in place, so that neither can write
// into the other's part when appended to.
func divide[T any](s []T, pre, k int, buf []T) (left, right []T) {
	if pre <= len(s)-k {
		return append(buf[:0], s[:pre]...), s[k:]
	}
	return s[:pre:pre], append(buf[:0], s[k:]...)
}

// startKey orders intervals by start, ties by index (creation order),
// in one integer: the key of the heap of split children.
func (a *Allocator) startKey(i int32) uint64 {
	return uint64(a.ivs[i].start())<<32 | uint64(i)
}

func (a *Allocator) pushHeap(i int32) { a.heap = heapPush(a.heap, a.startKey(i)) }

func (a *Allocator) nextUnhandled() int32 {
	if a.uIdx < len(a.unhandled) {
		u := a.unhandled[a.uIdx]
		if len(a.heap) == 0 || a.startKey(u) < a.heap[0] {
			a.uIdx++
			return u
		}
	}
	if len(a.heap) > 0 {
		top := int32(uint32(a.heap[0]))
		a.heap = heapPop(a.heap)
		return top
	}
	return noIv
}

// allFree is a group of 16 registers free to the end (see freeAll).
var allFree = func() (fu [16]int32) {
	for r := range fu {
		fu[r] = maxPos
	}
	return fu
}()

// freeAll sets x[r], a per-register position such as freeUntil's, to
// maxPos for the registers r in regs and the others in their groups of
// 16: one block copy per group costs less than a loop over regs, and a
// class of registers sits in one or two groups.
func freeAll(x *[64]int32, regs uint64) {
	for regs != 0 {
		g := bits.TrailingZeros64(regs) &^ 15
		*(*[16]int32)(x[g : g+16]) = allFree
		regs &^= 0xffff << g
	}
}

// noLoopSplit turns splitPos's loop heuristic off, for comparisons.
var noLoopSplit = false

// linearScan assigns a register or the stack to every interval piece.
func (a *Allocator) linearScan() error {
	if debugScan {
		if err := a.checkHints(); err != nil {
			return err
		}
	}
	a.uIdx = 0
	a.heap = a.heap[:0]
	a.active, a.activeRegs = a.active[:0], 0
	a.takenRegs = 0
	freeAll(&a.freeUntil, ^uint64(0))
	a.wantedRegs = 0
	a.inactive.reset()
	a.fixedDue = room.Len(a.fixedDue, len(a.ri.Allocatable))
	clear(a.fixedDue)
	a.fixedFrom = room.Len(a.fixedFrom, len(a.ri.Allocatable))
	a.fixNext = room.Len(a.fixNext, int(a.f.NumRegs))
	for {
		ci := a.nextUnhandled()
		if ci == noIv {
			return nil
		}
		pos := a.ivs[ci].start()
		// Filtered in place: most entries stay, and where they stay.
		act, n := a.active, 0
		for j := range act {
			e := &act[j]
			if e.end <= pos {
				a.activeRegs &^= 1 << (e.reg & 63)
				continue
			}
			if pos >= e.to { // no longer in the same range
				iv := &a.ivs[e.i]
				if !iv.covers(pos) {
					a.inactive.add(e.i, iv.reg, iv.ranges[iv.cur].from, iv.end())
					a.activeRegs &^= 1 << (e.reg & 63)
					continue
				}
				e.to = iv.ranges[iv.cur].to
			}
			if n != j {
				act[n] = *e
			}
			n++
		}
		a.active = act[:n]
		// Inactive intervals change state only when the scan reaches the
		// start of their next range (or their end).
		if pos >= a.inactive.min {
			for _, e := range a.inactive.due(pos) {
				if e.end <= pos {
					continue
				}
				if iv := &a.ivs[e.i]; iv.covers(pos) {
					a.activate(e.i, pos)
				} else {
					e.next = iv.ranges[iv.cur].from
					a.inactive.push(iv.reg, e) // still in a hole
				}
			}
		}
		if cl := a.ivs[ci].class; pos >= a.fixedDue[cl] {
			due, from := int32(maxPos), int32(maxPos)
			for _, r := range a.ri.Allocatable[cl] {
				fr := a.fixed[r]
				c := a.fcur[r]
				for int(c) < len(fr) && fr[c].to <= pos {
					c++
				}
				a.fcur[r] = c
				a.fixNext[r] = maxPos
				if int(c) < len(fr) {
					due, from = min(due, fr[c].to), min(from, fr[c].from)
					a.fixNext[r] = fr[c].from
				}
			}
			a.fixedDue[cl], a.fixedFrom[cl] = due, from
		}

		if debugScan {
			if err := a.checkScan(ci); err != nil {
				return err
			}
		}
		if !a.tryFree(ci) {
			if err := a.allocBlocked(ci); err != nil {
				return err
			}
		}
		if a.ivs[ci].hasReg {
			a.activate(ci, pos)
		}
	}
}

// debugScan makes the scan check its state at every step, for tests.
var debugScan = false

// checkScan verifies, before interval ci is allocated, what the scan's
// shortcuts rest on: the fixed ranges at fcur of ci's class and
// freeUntil (tryFree), and the active set (checkActive).
func (a *Allocator) checkScan(ci int32) error {
	cur := &a.ivs[ci]
	for _, r := range a.ri.Allocatable[cur.class] {
		fr, c := a.fixed[r], a.fcur[r]
		switch {
		case int(c) < len(fr) && (fr[c].to <= cur.from || fr[c].from != a.fixNext[r]):
			return fmt.Errorf("regalloc: internal error: fixed range %v of register %d at %d, next %d", fr[c], r, cur.from, a.fixNext[r])
		case int(c) == len(fr) && a.fixNext[r] != maxPos:
			return fmt.Errorf("regalloc: internal error: register %d has no fixed range left but next %d", r, a.fixNext[r])
		}
	}
	if err := a.checkFreeUntil(); err != nil {
		return err
	}
	return a.checkActive()
}

// checkHints verifies that every value's hints are sorted by position,
// which hintReg's search rests on.
func (a *Allocator) checkHints() error {
	for v := range a.nv {
		hs := a.hints[a.hintOff[v]:a.hintOff[v+1]]
		for k := 1; k < len(hs); k++ {
			if hs[k].myPos < hs[k-1].myPos {
				return fmt.Errorf("regalloc: internal error: hint %d of v%d at %d, after one at %d", k, v, hs[k].myPos, hs[k-1].myPos)
			}
		}
	}
	return nil
}

// checkFreeUntil verifies that freeUntil has the registers of takenRegs
// taken from the start and the others free to the end, which tryFree
// rests on.
func (a *Allocator) checkFreeUntil() error {
	for r, fu := range a.freeUntil {
		if taken := a.takenRegs&(1<<r) != 0; taken && fu != 0 || !taken && fu != maxPos {
			return fmt.Errorf("regalloc: internal error: register %d free until %d (taken: %v)", r, fu, taken)
		}
	}
	return nil
}

// checkActive verifies what activeRegs rests on: the active intervals
// hold distinct registers (allocBlocked evicts the holders of the one it
// takes, tryFree takes none of theirs), so that an interval leaving the
// set frees its register, and activeRegs is the set of those registers.
func (a *Allocator) checkActive() error {
	var regs uint64
	for _, e := range a.active {
		if regs&(1<<(e.reg&63)) != 0 {
			return fmt.Errorf("regalloc: internal error: two active intervals in register %d", e.reg)
		}
		regs |= 1 << (e.reg & 63)
	}
	if regs != a.activeRegs {
		return fmt.Errorf("regalloc: internal error: active registers %#x, recorded %#x", regs, a.activeRegs)
	}
	return nil
}

// activeEnt is an interval that holds its register at the scan position,
// with what the scan and tryFree read of it at every step, so that they
// do not touch the interval itself. The interval does not change while it
// is active (splits take it out first).
type activeEnt struct {
	i       int32
	to, end int32 // see activate; its end
	reg     mach.Reg
	class   mach.Class
}

// activate puts interval i, which holds a register, in the active set at
// scan position pos. Up to to, its range at cur covers the scan position
// (covers would return true without moving cur); to is 0, so that the
// scan asks covers, when that range does not cover pos.
func (a *Allocator) activate(i, pos int32) {
	iv := &a.ivs[i]
	var to int32
	if int(iv.cur) < len(iv.ranges) {
		if r := iv.ranges[iv.cur]; r.from <= pos && pos < r.to {
			to = r.to
		}
	}
	a.active = append(a.active, activeEnt{i, to, iv.end(), iv.reg, iv.class})
	a.activeRegs |= 1 << (iv.reg & 63)
}

// hintReg returns the register that the most of the interval's move and
// block-edge partners (hs, its vreg's hints, not empty) hold where they
// meet it (a fixed register for a precolored partner), of those that can
// replace best: one of its class, free (in freeUntil) for the whole
// interval or as long as best, or, where they meet in a loop, until a
// point after that loop and less deep in loops. Else best.
//
// The loop case takes a register that is free for less of the interval
// than best: the interval is split where the register stops being free,
// after the loop, so the move the hint stands for leaves the loop and a
// move outside it takes its place. Typically a value carried around a
// loop in a caller-saved register that a call after the loop needs:
// without it the value gets a callee-saved register for its whole life
// and the loop copies it into that register every iteration.
func (a *Allocator) hintReg(ci int32, hs []hint, best mach.Reg) mach.Reg {
	iv := &a.ivs[ci]
	start, end := iv.start(), iv.end()
	fu := &a.freeUntil
	regs := a.classRegs[iv.class]
	takes := func(h mach.Reg, at int32) bool {
		return regs.Has(h) && (fu[h] >= end || fu[h] >= fu[best] || a.leavesLoop(at, fu[h]))
	}
	nr := a.f.NumRegs
	// For a block parameter, the register that most partners hold wins
	// (the first of those to count as many): a parameter with two
	// incoming values in different registers and a loop's back edge to a
	// third sides with the two that agree, leaving one move instead of
	// two. For other values (whose partners are mostly the registers of
	// moves around calls, many for a value passed to many calls), the
	// first.
	//
	// A parameter that its own block passes back to a loop's parameter
	// (backTo: the block is a latch joining the loop's paths) counts that
	// partner as many times as it has partners on the edges in: every
	// iteration takes the back edge, but only one of the edges in. Paths
	// that disagree then each move into the loop's register, instead of
	// the back edge moving out of the register most of them chose,
	// whichever path ran.
	param := a.paramOf[iv.vreg-nr] != 0
	back := a.backTo[iv.vreg-nr]
	if a.ivOf[iv.vreg-nr] != ci {
		back = 0 // a later piece: past the parameter's block
	}
	// Only the first hints from the interval's start are looked at (the
	// hints are sorted by position): for a value passed to each of
	// thousands of calls, split at each, looking at all the hints of the
	// rest of its life for every piece would be quadratic.
	const maxHints = 256
	var votes ballot
	cast := 0
	// The first hint at or after start: usually the first of all (a
	// value's first piece), else searched.
	k, last := 0, len(hs)
	if hs[0].myPos < start {
		for hi := len(hs); k < hi; {
			if m := int(uint(k+hi) >> 1); hs[m].myPos < start {
				k = m + 1
			} else {
				hi = m
			}
		}
	}
	if a.ivOf[iv.vreg-nr] != ci {
		last = min(last, k+maxHints)
	}
	for h := k; h < last; h++ {
		hn := &hs[h]
		if hn.myPos > end {
			break
		}
		if back != 0 && hn.partner == back {
			continue // counted below
		}
		r := a.partnerReg(hn.partner, hn.partnerPos)
		if r == noReg && hn.partnerPos > hn.myPos && hn.partnerPos&3 == 0 {
			// The parameter of a block further on (at its start), not
			// allocated yet: a latch's will most likely take the register
			// of the loop's parameter it goes back to.
			if q := a.backTo[hn.partner-nr]; q != 0 && a.ivOf[q-nr] != noIv {
				r = a.partnerReg(q, a.ivs[a.ivOf[q-nr]].start())
			}
		}
		if r == noReg || !takes(r, hn.myPos) {
			continue
		}
		if !param {
			return r
		}
		votes.add(r, 1)
		if cast++; cast == maxVotes {
			break // long lists (a value moved to many calls' argument registers): enough
		}
	}
	if back != 0 && a.ivOf[back-nr] != noIv {
		// The branch at the end of the block, and the loop's parameter
		// at the start of its own.
		_, e := a.f.BlockInsts(int(a.paramOf[iv.vreg-nr] - 1))
		if r := a.partnerReg(back, a.ivs[a.ivOf[back-nr]].start()); r != noReg && takes(r, 4*int32(e)-1) {
			in := int32(0)
			for h := k; h < len(hs) && hs[h].myPos <= start; h++ {
				in++
			}
			votes.add(r, max(1, in))
		}
	}
	if votes.n > 0 {
		return votes.regs[votes.win]
	}
	return best
}

// partnerReg returns the register of a hint's partner where it meets the
// value (at pos): the partner itself if it is a physical register, else
// the register of its piece there, or noReg if that piece has none.
func (a *Allocator) partnerReg(partner mach.Reg, pos int32) mach.Reg {
	nr := a.f.NumRegs
	if partner < nr {
		return partner
	}
	for p := a.ivOf[partner-nr]; p != noIv; p = a.ivs[p].next {
		if pv := &a.ivs[p]; pv.from <= pos && pos < pv.to {
			if pv.hasReg {
				return pv.reg
			}
			break
		}
	}
	return noReg
}

// maxVotes bounds the hints hintReg counts for a parameter, and so the
// registers a ballot holds.
const maxVotes = 4

// ballot counts hintReg's votes for a parameter's register: the first
// maxVotes registers voted for, and which has the most votes (the first
// of those with as many).
type ballot struct {
	regs   [maxVotes]mach.Reg
	counts [maxVotes]int32
	n, win int
}

func (b *ballot) add(r mach.Reg, w int32) {
	k := 0
	for k < b.n && b.regs[k] != r {
		k++
	}
	if k == b.n {
		if b.n == len(b.regs) {
			return
		}
		b.regs[k], b.counts[k] = r, 0
		b.n++
	}
	b.counts[k] += w
	if b.counts[k] > b.counts[b.win] {
		b.win = k
	}
}

// noReg is "no register" for hintReg and its helpers.
const noReg = ^mach.Reg(0)

// leavesLoop reports whether position to, where an interval would be
// split, is after the innermost loop around position at and less deep in
// loops than at.
func (a *Allocator) leavesLoop(at, to int32) bool {
	b := a.instBlock[at/4]
	h := a.loopOf[b]
	if h < 0 || noLoopSplit {
		return false
	}
	_, end := a.loopSpan(h)
	return to > end && a.depth[a.instBlock[to/4]] < a.depth[b]
}

// loopSpan returns the positions where the loop headed by block h starts
// (its header's first gap) and ends (the gap after its last block).
func (a *Allocator) loopSpan(h int32) (start, end int32) {
	first, _ := a.f.BlockInsts(int(h))
	_, last := a.f.BlockInsts(int(a.loopLast[h]))
	return int32(4 * first), int32(4 * last)
}

// tryFree gives the interval a register that is free for all of it, or
// for a prefix of it (splitting off the rest). It reports false when no
// register is free at its start.
func (a *Allocator) tryFree(ci int32) bool {
	cur := &a.ivs[ci]
	regs := a.ri.Allocatable[cur.class]
	if len(regs) == 0 {
		return false
	}
	// freeUntil starts with the registers taken from the start (0) and
	// the others free to the end: those that changed hands since it was
	// last brought up to date (few) are updated.
	fu := &a.freeUntil
	class := uint64(a.classRegs[cur.class])
	changed := (a.takenRegs ^ a.activeRegs) & class
	for m := changed & a.activeRegs; m != 0; m &= m - 1 {
		fu[bits.TrailingZeros64(m)] = 0
	}
	for m := changed &^ a.activeRegs; m != 0; m &= m - 1 {
		fu[bits.TrailingZeros64(m)] = maxPos
	}
	a.takenRegs ^= changed
	curEnd := cur.end()
	// Whether a register may be free for part of the interval only: until
	// then, every register is free to the end or not at all.
	partial := false
	// Only the registers with intervals in a hole (few) have inactive
	// entries, and none of them meets the interval if every entry's next
	// range starts at its end or later (inactive.min is at most the
	// earliest start).
	inactive := a.inactive.nonEmpty & class
	if a.inactive.min >= curEnd {
		inactive = 0
	}
	for m := inactive; m != 0; m &= m - 1 {
		r := mach.Reg(bits.TrailingZeros64(m))
		// An inactive interval cannot intersect before its next range
		// starts (tested here first: most often nothing is due, and
		// setting up the scan costs more than the test).
		bound := min(fu[r], curEnd)
		if a.inactive.next(r) >= bound {
			continue
		}
		partial = true
		a.inactive.scan(r, bound, func(e *inactiveEnt) int32 {
			it := &a.ivs[e.i]
			if x := intersect(it.ranges[it.cur:], cur.ranges); x < fu[r] {
				fu[r] = x
			}
			return min(fu[r], curEnd)
		})
	}
	// Fixed ranges starting after the interval, or after the register
	// is taken anyway, cannot lower freeUntil (they meet the interval in
	// a range at fcur or later, so not before fixNext). The range at fcur
	// ends after the scan position, the interval's start (see checkScan):
	// an interval of one range (most) meets it where it starts, with no
	// search.
	if curEnd > a.fixedFrom[cur.class] {
		// The registers of active intervals are taken from the start
		// (freeUntil 0): only the others can be lowered.
		for m := class &^ a.activeRegs; m != 0; m &= m - 1 {
			r := mach.Reg(bits.TrailingZeros64(m))
			if a.fixNext[r] >= min(fu[r], curEnd) {
				continue
			}
			x := max(a.fixNext[r], cur.from)
			if len(cur.ranges) > 1 {
				x = intersect(a.fixed[r][a.fcur[r]:], cur.ranges)
			}
			fu[r] = min(fu[r], x)
			partial = true
		}
	}
	// The first register in preference order that is free for the whole
	// interval, else the one free longest. (Taking the one free longest
	// even when several cover the interval would spend the registers that
	// no call clobbers, callee-saved ones, on values that never live
	// across a call.)
	//
	// A register that a loop parameter wants back for a value starting
	// while the interval would still hold it (see want) comes last among
	// those free for the whole interval: taking it would leave the value
	// in another register and the loop's back edge a move, or a cycle of
	// them, every iteration (mandelbrot: 2*zr in zr's register, dead
	// there, where the next zr is wanted).
	end, start := cur.end(), cur.start()
	var avoid uint64
	for m := a.wantedRegs & class; m != 0; m &= m - 1 {
		r := bits.TrailingZeros64(m)
		if w := a.wantedAt[r]; w <= start {
			a.wantedRegs &^= 1 << r // passed
		} else if w < end {
			avoid |= 1 << r
		}
	}
	best := regs[0]
	if !partial {
		// The free registers are those no active interval holds (and if
		// none is, all are taken from the start: regs[0]).
		if free := class &^ a.activeRegs; free != 0 {
			if free&^avoid != 0 {
				free &^= avoid
			}
			for _, r := range regs {
				if free&(1<<(r&63)) != 0 {
					best = r
					break
				}
			}
		}
	} else {
		whole := false // best is free for the whole interval
		for _, r := range regs {
			if fu[r] >= end {
				if !whole {
					best, whole = r, true
				}
				if avoid&(1<<(r&63)) == 0 {
					best = r
					break
				}
				continue
			}
			if !whole && fu[r] > fu[best] {
				best = r
			}
		}
	}
	// A piece that starts at a side entry (see sideEntry) takes the
	// register the value has on that entry. If it is not free, a piece
	// that comes after a spill takes none (in another register it would
	// cost a move there and displace other values, for the reload it
	// saves), and one that comes after another register piece takes one
	// as usual.
	v := cur.vreg - a.f.NumRegs
	plain := best
	sideless, took := false, false
	switch r := cur.sideReg; cur.side {
	case sideFromSlot:
		if floor4(fu[r]) > start {
			best, took = r, true
		} else {
			sideless = true
		}
	case sideFromReg:
		// Only for the whole piece: a register that other values want
		// later would have them moved or spilled instead, for a move
		// the piece would otherwise cost.
		if fu[r] >= end {
			best, took = r, true
		}
	}
	if !took && !sideless && a.hintOff[v] < a.hintOff[v+1] {
		// A hint wins if it is free as long as the best register (or for
		// the whole interval): then the move it stands for disappears.
		// (Most values have no hints: that is tested here, before the
		// call.)
		best = a.hintReg(ci, a.hints[a.hintOff[v]:a.hintOff[v+1]], best)
	}
	// Else a piece split off a value takes the register of the piece
	// before it if it can: a value live through a loop with calls, split
	// around them, then comes back to one register rather than to any,
	// and the loop's edges need no moves to put it back.
	// (lastReg, kept as pieces get registers, rather than a walk over
	// the value's pieces: a value split at each of thousands of calls
	// would make that walk quadratic.)
	if best == plain && a.ivOf[v] != ci && !took && !sideless {
		if r := a.lastReg[v]; r != noReg && (fu[r] >= end || fu[r] >= fu[best]) && class&(1<<(r&63)) != 0 {
			best = r
		}
	}
	until := fu[best]
	if partial {
		// Back to free to the end: only free registers were lowered.
		for m := class &^ a.activeRegs; m != 0; m &= m - 1 {
			fu[bits.TrailingZeros64(m)] = maxPos
		}
	}
	if sideless {
		return a.spillThrough(ci)
	}
	if until < end {
		sp := floor4(until)
		if sp <= cur.start() {
			return false
		}
		hs := a.callLoopEntry(ci, sp)
		if hs == cur.start() && a.spillThrough(ci) {
			return true
		}
		if hs > cur.start() {
			sp = hs
		}
		c := a.split(ci, a.splitPos(cur.start(), sp, false, 0))
		a.pushHeap(c)
		cur = &a.ivs[ci]
	}
	if a.ivOf[v] != ci && a.lastReg[v] != best {
		a.sideSplit(ci)
		cur = &a.ivs[ci]
	}
	cur.reg, cur.hasReg = best, true
	a.lastReg[v], a.lastPiece[v] = best, ci
	if a.paramOf[v] != 0 && a.ivOf[v] == ci {
		a.want(ci, best)
	}
	return true
}

// callLoopEntry returns the entry (its header's start) of the outermost
// loop around gap sp that interval ci enters or starts at, is live at
// the end of, and whose calls clobber the registers of ci's class, or
// -1. A register that ci can hold only until sp, a call in such a loop,
// would carry it from the loop's entry to the call and back from its
// slot on every back edge, reloaded whether or not the iteration uses
// it: tryFree spills it at the loop's entry instead, and it is
// reloaded at its uses in the loop (splitForReload keeps those reloads
// inside loops with calls).
func (a *Allocator) callLoopEntry(ci, sp int32) int32 {
	if noLoopSplit {
		return -1
	}
	cur := &a.ivs[ci]
	class := a.classRegs[cur.class]
	start, end := cur.start(), cur.end()
	entry := int32(-1)
	for h, n := a.loopOf[a.instBlock[sp/4]], 0; h >= 0 && n < maxCallLoops; h, n = a.loopParent[h], n+1 {
		hs, le := a.loopSpan(h)
		if hs < start {
			break // ci starts inside this loop
		}
		if a.loopCalls[h]&class != 0 && end >= le {
			entry = hs
		}
	}
	return entry
}

// maxCallLoops bounds the loops callLoopEntry looks at around one split.
const maxCallLoops = 8

// spillThrough spills interval ci, which starts at a loop's entry (see
// callLoopEntry), up to its first use, where it is reloaded. It reports
// false, changing nothing, when ci needs a register where it starts.
func (a *Allocator) spillThrough(ci int32) bool {
	cur := &a.ivs[ci]
	start := cur.start()
	if len(cur.uses) == 0 {
		cur.spilled = true
		return true
	}
	q := floor4(cur.uses[0])
	if q <= start {
		return false
	}
	c := a.splitForReload(ci, start, q, a.prevRegPiece(ci), cur.hoists, a.classRegs[cur.class])
	a.ivs[ci].spilled = true
	a.pushHeap(c)
	return true
}

// want records in wantedAt the earliest value defined after parameter
// interval ci's start that an edge into its block passes to it (a back
// edge's argument, defined in the loop): the parameter holds register r.
func (a *Allocator) want(ci int32, r mach.Reg) {
	iv := &a.ivs[ci]
	v := iv.vreg - a.f.NumRegs
	start := iv.start()
	bit := uint64(1) << (r & 63)
	for _, h := range a.hints[a.hintOff[v]:a.hintOff[v+1]] {
		if h.myPos != start {
			break // past the edge hints, which come first
		}
		if h.partner < a.f.NumRegs {
			continue
		}
		pi := a.ivOf[h.partner-a.f.NumRegs]
		if pi == noIv {
			continue
		}
		ps := a.ivs[pi].start()
		if ps <= start {
			continue
		}
		if a.wantedRegs&bit == 0 || ps < a.wantedAt[r] || a.wantedAt[r] <= start {
			a.wantedAt[r] = ps
			a.wantedRegs |= bit
		}
	}
}

// allocBlocked handles an interval for which no register is free at its
// start: it either spills the interval up to its first use, or takes the
// register whose holders are next used furthest away and evicts them.
func (a *Allocator) allocBlocked(ci int32) error {
	cur := &a.ivs[ci]
	regs := a.ri.Allocatable[cur.class]
	start := cur.start()
	s := floor4(start)
	up, bp := &a.usePos, &a.blockPos
	class := uint64(a.classRegs[cur.class])
	freeAll(up, class)
	freeAll(bp, class)
	// An interval used in the instruction at s cannot be moved out of its
	// register before that use: such registers are not candidates. Inside
	// a loop, a value that the loop reads and that is live around its
	// back edge is needed again at the latest at the loop's end (in the
	// next iteration) even when its next use in the layout is after the
	// loop: evicting it would cost a reload every iteration, where a value
	// the loop never reads costs one store before the loop. The same holds
	// for the loops around that loop: a value that only the outer loop
	// reads (an array's base, around the scans of a partition loop) would
	// be reloaded on every outer iteration.
	// The loops around s, innermost first (a few: each costs a walk over
	// the value's pieces).
	const maxLoops = 3
	var loops [maxLoops][2]int32
	nl := 0
	if !noLoopSplit {
		for h := a.loopOf[a.instBlock[s/4]]; h >= 0 && nl < maxLoops; h = a.loopParent[h] {
			ls, le := a.loopSpan(h)
			loops[nl] = [2]int32{ls, le}
			nl++
		}
	}
	evictPos := func(it *interval) int32 {
		nu := it.nextUse(s)
		if floor4(nu) <= s {
			return 0
		}
		if nu == maxPos {
			// No use left, yet live to its end: read there by a block
			// edge's move (a branch argument, or the value going on in a
			// later piece).
			nu = it.end()
		}
		for _, l := range loops[:nl] {
			if ls, le := l[0], l[1]; nu > le && le > s && a.loopCarried(it.vreg, ls, le) {
				return le
			}
		}
		return nu
	}
	for _, e := range a.active {
		if e.class == cur.class {
			up[e.reg] = min(up[e.reg], evictPos(&a.ivs[e.i]))
		}
	}
	for _, r := range regs {
		// No scan when nothing of r's in a hole resumes before cur
		// ends (its first test, here without the call).
		if up[r] == 0 || a.inactive.next(r) >= cur.end() {
			continue
		}
		a.inactive.scan(r, cur.end(), func(e *inactiveEnt) int32 {
			if it := &a.ivs[e.i]; intersect(it.ranges[it.cur:], cur.ranges) != maxPos {
				up[r] = min(up[r], evictPos(it))
			}
			if up[r] == 0 {
				return 0
			}
			return cur.end()
		})
	}
	for _, r := range regs {
		if a.fixNext[r] >= cur.end() {
			continue
		}
		x := max(a.fixNext[r], cur.from) // as in tryFree
		if len(cur.ranges) > 1 {
			x = intersect(a.fixed[r][a.fcur[r]:], cur.ranges)
		}
		if x != maxPos {
			bp[r] = x
			if floor4(x) <= start {
				up[r] = 0
			} else {
				up[r] = min(up[r], x)
			}
		}
	}
	firstUse := int32(maxPos)
	if len(cur.uses) > 0 {
		firstUse = cur.uses[0]
	}
	if len(regs) == 0 {
		if firstUse == maxPos {
			cur.spilled = true
			return nil
		}
		return fmt.Errorf("regalloc: no allocatable registers of class %v", cur.class)
	}
	reg := regs[0]
	for _, r := range regs[1:] {
		if up[r] > up[reg] {
			reg = r
		}
	}
	if up[reg] < firstUse {
		// Every register is needed before this interval's first use:
		// spill it up to just before that use.
		if firstUse == maxPos {
			cur.spilled = true
			return nil
		}
		sp := floor4(firstUse)
		if sp <= start {
			return fmt.Errorf("regalloc: instruction %d needs more %v registers than are allocatable", firstUse/4, cur.class)
		}
		c := a.splitForReload(ci, start, sp, a.prevRegPiece(ci), cur.hoists, a.classRegs[cur.class])
		a.ivs[ci].spilled = true
		a.pushHeap(c)
		return nil
	}
	if bp[reg] < cur.end() {
		c := a.split(ci, floor4(bp[reg]))
		a.pushHeap(c)
		cur = &a.ivs[ci]
	}
	if v := cur.vreg - a.f.NumRegs; a.ivOf[v] != ci && a.lastReg[v] != reg {
		a.sideSplit(ci)
		cur = &a.ivs[ci]
	}
	cur.reg, cur.hasReg = reg, true
	a.lastReg[cur.vreg-a.f.NumRegs], a.lastPiece[cur.vreg-a.f.NumRegs] = reg, ci
	// Evict the register's other holders from s on.
	act := a.active[:0]
	for _, e := range a.active {
		if e.reg == reg && e.class == cur.class {
			a.splitAndSpill(e.i, s, start)
			continue
		}
		act = append(act, e)
	}
	a.active = act
	evict := a.evict[:0]
	a.inactive.scan(reg, a.ivs[ci].end(), func(e *inactiveEnt) int32 {
		if it := &a.ivs[e.i]; intersect(it.ranges[it.cur:], a.ivs[ci].ranges) != maxPos {
			evict = append(evict, *e)
		}
		return a.ivs[ci].end()
	})
	slices.SortFunc(evict, func(x, y inactiveEnt) int { return int(x.seq - y.seq) })
	for _, e := range evict {
		a.inactive.remove(e.i)
		a.splitAndSpill(e.i, s, start)
	}
	a.evict = evict
	return nil
}

// loopCarried reports whether virtual register r is read in the loop
// [ls, le) and live at its end.
func (a *Allocator) loopCarried(r mach.Reg, ls, le int32) bool {
	live, used := false, false
	for p := a.ivOf[r-a.f.NumRegs]; p != noIv && !(live && used); p = a.ivs[p].next {
		iv := &a.ivs[p]
		if iv.start() >= le {
			break
		}
		if iv.end() <= ls {
			continue
		}
		if k, _ := slices.BinarySearch(iv.uses, ls); k < len(iv.uses) && iv.uses[k] < le {
			used = true
		}
		if iv.end() >= le {
			k := sort.Search(len(iv.ranges), func(k int) bool { return iv.ranges[k].to >= le })
			live = live || k < len(iv.ranges) && iv.ranges[k].from < le
		}
	}
	return live && used
}

// splitAndSpill moves the part of interval i from gap s on to its spill
// slot, and gives the part from its next use on a second chance (which
// must start after the scan position pos). When i is not used between an
// earlier block start of lower loop depth and s, it leaves its register
// there instead: the register then sits unused until s, but the value
// goes to its slot once, before the loop, rather than inside the loop
// (and back into the register on every back edge).
func (a *Allocator) splitAndSpill(i int32, s, pos int32) {
	if iv := &a.ivs[i]; !noLoopSplit && s > iv.start() {
		lo := iv.start()
		if k, _ := slices.BinarySearch(iv.uses, s); k > 0 {
			lo = max(lo, iv.uses[k-1])
		}
		s = a.splitPos(lo, s, false, 0)
	}
	sp := i
	var hoists uint8    // a reload evicted where it starts failed again
	prev := int32(noIv) // the piece holding a register up to s
	if s > a.ivs[i].start() {
		sp, prev = a.split(i, s), i
	} else {
		a.ivs[i].hasReg = false
		hoists = a.ivs[i].hoists
	}
	iv := &a.ivs[sp]
	nu := iv.nextUse(iv.start())
	if nu == maxPos {
		iv.spilled = true
		return
	}
	q := floor4(nu)
	if q <= iv.start() {
		// It needs a register right where it resumes (after a hole).
		a.pushHeap(sp)
		return
	}
	c := a.splitForReload(sp, max(iv.start(), pos), q, prev, hoists, a.classRegs[iv.class])
	a.ivs[sp].spilled = true
	a.pushHeap(c)
}

// maxHoists bounds the attempts to reload a value out of loops before
// one use (see splitForReload).
const maxHoists = 4

// splitForReload splits piece i, spilled up to its next use at gap hi,
// where the value is to be reloaded (in a gap after lo), and returns the
// new piece. The reload leaves as many loops as it can (splitPos), but a
// reload that finds no register where it starts is spilled again and
// retried one loop deeper: in deeply nested loops with more values live
// than registers (values hoisted out of all of them, used one per loop)
// a value would be tried at every depth, and split as often. hoists
// counts those attempts for the use: past maxHoists the reload goes to
// the entry of the innermost loop around the use, and after that right
// before the use. A reload does not leave a loop with a call that
// clobbers class (the registers of the value's class): the value would
// not stay in a register across it (unless in one the call preserves),
// so the reload at the loop's entry would run again on every back edge,
// whether or not the iteration reaches the use. Before all that, the
// spill ends at the first side entry after lo (see sideEntry) if there is
// one; prev is the piece holding the register up to lo, or noIv.
func (a *Allocator) splitForReload(i, lo, hi, prev int32, hoists uint8, class mach.RegSet) int32 {
	p := hi
	if hoists <= maxHoists {
		p = a.splitPos(lo, hi, hoists == maxHoists, class)
	}
	if e := a.sideEntry(i, lo, p, prev); e < p {
		c := a.split(i, e)
		a.ivs[c].side, a.ivs[c].sideReg = sideFromSlot, a.ivs[prev].reg
		return c
	}
	c := a.split(i, p)
	if p < hi {
		a.ivs[c].hoists = hoists + 1
	}
	return c
}

// sideSplit splits piece ci, a later piece of its value about to take
// another register than the value's last one (lastReg: the callers test
// that, cheaply, first), at the first side entry after its start (see
// sideEntry) if the piece before it holds the value in that last register
// up to ci's start (ci starts at a call, say, and takes a callee-saved
// register): on that entry the value is in the earlier register, and the
// piece from there takes it back if it can.
func (a *Allocator) sideSplit(ci int32) {
	p := a.prevRegPiece(ci)
	if p == noIv {
		return
	}
	// Not for a piece that ends in another loop than it starts in: the
	// register taken back would be the loop's to hold over a longer
	// stretch, and other values wanted it there (wordcount: a pointer
	// then reloaded on every word, +1% instructions).
	iv := &a.ivs[ci]
	start, end := iv.start(), iv.end()
	if a.loopOf[a.instBlock[start/4]] != a.loopOf[a.instBlock[(end-1)/4]] {
		return
	}
	if e := a.sideEntry(ci, start, end, p); e < end {
		c := a.split(ci, e)
		a.ivs[c].side, a.ivs[c].sideReg = sideFromReg, a.ivs[p].reg
		a.pushHeap(c)
	}
}

// prevRegPiece returns the piece of ci's value that holds a register
// right up to ci's start, or noIv.
func (a *Allocator) prevRegPiece(ci int32) int32 {
	iv := &a.ivs[ci]
	p := a.lastPiece[iv.vreg-a.f.NumRegs]
	if p == noIv || p == ci || !a.ivs[p].hasReg || a.ivs[p].end() != iv.start() {
		return noIv
	}
	return p
}

// The kinds of side pieces (interval.side).
const (
	sideNone = iota
	sideFromSlot
	sideFromReg
)

// maxSideScan bounds the side entries sideEntry looks at.
const maxSideScan = 8

// sideEntry returns the start of the first block after gap lo, before
// gap hi, that piece i is live into and that is entered only from blocks
// ending within piece prev, which holds the value in a register up to
// lo; or hi if there is none (or no prev). A value spilled at lo (for a
// call on one arm of a branch) is still in prev's register on those
// entries: spilled from lo to its next use, it would be stored on them
// too and reloaded in arms that never reach lo (hashtable: the stores
// for put's call to malloc ran in find). Split there, the piece from
// the entry takes prev's register if it is free, else goes to its slot
// as before (tryFree, interval.side).
func (a *Allocator) sideEntry(i, lo, hi, prev int32) int32 {
	if noLoopSplit || prev == noIv {
		return hi
	}
	rs := a.ivs[i].ranges
	for b, n := a.sideNext[a.instBlock[lo/4]+1], 0; b >= 0 && n < maxSideScan; b, n = a.sideNext[b+1], n+1 {
		first, _ := a.f.BlockInsts(int(b))
		p := int32(4 * first)
		if p >= hi {
			break
		}
		if a.predHi[b] > lo || a.predLo[b] < a.ivs[prev].start() {
			continue
		}
		if k := sort.Search(len(rs), func(k int) bool { return rs[k].to > p }); k < len(rs) && rs[k].from <= p {
			return p
		}
	}
	return hi
}

// splitPos picks where to split an interval: a gap in (lo, hi],
// preferring a block boundary right after a block of lower loop depth
// than hi's (the start of a loop's header, when the loop is entered
// from there), the lowest depth first and then the latest, so that the
// moves there (a reload, or the store of a spill) leave loops when the
// value is not used in the loop before hi; otherwise hi, to keep the
// register free longest (for a reload) or in use longest (for a spill).
// A split at a block's start becomes moves on its incoming edges, and
// the back edges of a loop that starts there have the value in the same
// place at both ends. With innermost, the latest boundary of lower depth
// than hi's is taken instead: the entry of the innermost loop around hi
// (if within the window). A boundary that enters a loop whose calls
// clobber any of stop is not taken, nor any before it.
func (a *Allocator) splitPos(lo, hi int32, innermost bool, stop mach.RegSet) int32 {
	if noLoopSplit {
		return hi
	}
	b := a.instBlock[hi/4]
	best, depth := hi, a.depth[b]
	for n := 0; depth > 0 && n < 64 && b > 0; n++ {
		first, _ := a.f.BlockInsts(int(b))
		p := int32(4 * first) // the boundary between b-1 and b
		if p <= lo {
			break
		}
		b--
		if a.depth[b] < depth {
			if h := b + 1; a.loopLast[h] >= 0 && a.loopCalls[h]&stop != 0 {
				break
			}
			best, depth = p, a.depth[b]
			if innermost {
				break
			}
		}
	}
	return best
}
