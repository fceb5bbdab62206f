package regalloc

import (
	"fmt"
	"math/bits"
	"slices"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/room"
)

func (a *Allocator) newInterval(v mach.Reg, c mach.Class) int32 {
	n := len(a.ivs)
	if n < cap(a.ivs) {
		a.ivs = a.ivs[:n+1]
	} else {
		a.ivs = append(a.ivs, interval{})
	}
	iv := &a.ivs[n]
	iv.ranges = iv.ranges[:0]
	iv.uses = iv.uses[:0]
	iv.vreg, iv.class = v, c
	iv.next, iv.cur = noIv, 0
	iv.reg, iv.hasReg, iv.spilled = 0, false, false
	return int32(n)
}

// ivIndex returns virtual register r's interval, made when the
// backward walk first sees r (firstSight).
func (a *Allocator) ivIndex(r mach.Reg) int32 {
	if i := a.ivOf[r-a.f.NumRegs]; i != noIv {
		return i
	}
	return a.firstSight(r)
}

// firstSight creates vreg r's interval. buildIntervals looks an interval
// up inline (ivOf) and calls this, kept out of line, only the first time.
//
//go:noinline
func (a *Allocator) firstSight(r mach.Reg) int32 {
	i := a.newInterval(r, a.f.ClassOf(r))
	a.ivOf[r-a.f.NumRegs] = i
	a.ivs[i].open, a.ivs[i].hoists, a.ivs[i].side = 0, 0, sideNone
	return i
}

// addRange adds [from, to) while building backwards: from never exceeds
// the earliest range seen so far, which sits at the end of the slice.
func addRange(iv *interval, from, to int32) {
	if n := len(iv.ranges); n > 0 {
		last := &iv.ranges[n-1]
		if to >= last.from {
			last.from = min(last.from, from)
			last.to = max(last.to, to)
			return
		}
	}
	iv.ranges = append(iv.ranges, lrange{from, to})
}

// deadDef records a definition that nothing reads (see instIntervals):
// out of line, as it is rare.
//
//go:noinline
func deadDef(iv *interval, pos int32) { addRange(iv, pos, pos+1) }

func addUse(iv *interval, pos int32) {
	if n := len(iv.uses); n > 0 && iv.uses[n-1] == pos {
		return
	}
	iv.uses = append(iv.uses, pos)
}

func (a *Allocator) addFixed(r mach.Reg, from, to int32) {
	fr := a.fixed[r]
	if n := len(fr); n > 0 && to >= fr[n-1].from {
		fr[n-1].from = min(fr[n-1].from, from)
		fr[n-1].to = max(fr[n-1].to, to)
		return
	}
	a.fixed[r] = append(fr, lrange{from, to})
}

func (a *Allocator) addHint(v, partner mach.Reg, myPos, partnerPos int32) {
	off := &a.hintOff[v-a.f.NumRegs]
	*off--
	a.hints[*off] = hint{partner, myPos, partnerPos}
}

// addEdgeHint adds a block parameter's hint from an edge into its block.
func (a *Allocator) addEdgeHint(v, partner mach.Reg, myPos, partnerPos int32) {
	off := &a.edgeOff[v-a.f.NumRegs]
	*off--
	a.hints[*off] = hint{partner, myPos, partnerPos}
}

// buildIntervals walks the blocks and their instructions backwards,
// extending each live value's interval to the block start and cutting it
// at definitions (Wimmer and Franz's BuildIntervals).
// callClobbers returns the registers of the classes of which c, an
// instruction's Clobbers, holds more than half: what a call clobbers, for
// loopCalls, and not what an amd64 division does (two registers).
func (a *Allocator) callClobbers(c mach.RegSet) mach.RegSet {
	var calls mach.RegSet
	for _, regs := range a.classRegs {
		if n := bits.OnesCount64(uint64(c & regs)); 2*n > bits.OnesCount64(uint64(regs)) {
			calls |= c & regs
		}
	}
	return calls
}

func (a *Allocator) buildIntervals() error {
	f := a.f
	nr := f.NumRegs
	a.ivs = a.ivs[:0]
	if cap(a.ivs) < a.nv {
		// One interval per virtual register, and some room for the
		// pieces split off later: growing this large slice of pointerful
		// structs one append at a time would copy it again and again.
		// The intervals already there keep their slices for reuse.
		ivs := make([]interval, 0, a.nv+a.nv/4)
		a.ivs = append(ivs, a.ivs[:cap(a.ivs)]...)[:0]
	}
	// Each vreg's hints go in one run of hints, so that hintRegs reads
	// them in sequence: liveness counted them, addHint fills each run
	// from its end (the walk below is backwards), so that they come in
	// layout order, which for most values is by position. A parameter's
	// hints from the edges into its block are all at its start but come
	// with the edges' blocks, some after the others (back edges): they
	// have the front of the run (addEdgeHint), so that every value's
	// hints are sorted by position (for hintReg's search).
	off := a.hintOff
	accumulate(off[:a.nv+1])
	start := int32(0) // of vreg v's run
	for v, e := range a.edgeOff {
		a.edgeOff[v] = start + e // filled from the back, as the rest
		start = off[v]
	}
	a.hints = room.Len(a.hints, int(off[a.nv]))
	a.ivOf = room.Len(a.ivOf, a.nv)
	fill(a.ivOf, noIv)
	a.loopCalls = room.Len(a.loopCalls, len(f.Blocks))
	for _, h := range a.headers {
		a.loopCalls[h] = 0
	}
	for len(a.fixed) < int(nr) {
		a.fixed = append(a.fixed, nil)
	}
	for r := range nr {
		a.fixed[r] = a.fixed[r][:0]
	}
	a.fcur = room.Len(a.fcur, int(nr))
	clear(a.fcur)
	a.pending = room.Len(a.pending, int(nr))
	fill(a.pending, -1)
	a.pendingSet, a.clobbers = 0, 0

	// A value live out of a run of blocks has one range across them all:
	// it is opened at the end of the last (open is where it ends) and
	// closed at the start of a block that defines it or at the end of the
	// first block it is not live out of (closeRange). Only the values
	// whose state changes from one block to the next are touched, not all
	// those live across it (which would be blocks x values for many
	// values live across many blocks). The ranges that uses add meanwhile
	// are inside the open one: closing merges them.
	a.spanEnds()
	groups, holes := a.groups, a.holes[:0]
	for b := len(f.Blocks) - 1; b >= 0; b-- {
		blk := &f.Blocks[b]
		first, end := f.BlockInsts(b)
		bs, be := int32(4*first), int32(4*end)
		for _, k := range a.closes.of(b + 1) {
			a.closeAll(groups[k], be)
		}
		for _, k := range a.opens.of(b) {
			a.openAll(groups[k], be)
		}
		for _, g := range holes {
			if hasBlock(a.liveOutOf(a.groupOf[g]), int32(b)) {
				a.ivs[a.ivOf[a.globals[g]-nr]].open = be
			}
		}
		holes = holes[:0]
		// An open value defined here is live from its definition, which
		// the walk below finds: its range goes to the block's start until
		// then, as for the values whose range is not open.
		for _, g := range a.kill[a.killOff[b]:a.killOff[b+1]] {
			if i := a.ivOf[a.globals[g]-nr]; i != noIv && a.ivs[i].open > 0 {
				closeRange(&a.ivs[i], bs)
				holes = append(holes, g)
			}
		}
		for k, args := range blk.Args {
			s := blk.Succs[k]
			ss, _ := f.BlockInsts(s)
			params := f.Blocks[s].Params[:len(args)] // as many (validate)
			for j, r := range args {
				if f.IsConst(r) {
					continue // no interval: resolve moves it on the edge
				}
				i := a.ivIndex(r)
				addRange(&a.ivs[i], bs, be)
				p := params[j]
				a.addHint(r, p, be-1, int32(4*ss))
				a.addEdgeHint(p, r, int32(4*ss), be-1)
			}
		}
		calls, err := a.instIntervals(first, end, bs)
		if err != nil {
			return err
		}
		if h := a.loopOf[b]; h >= 0 {
			a.loopCalls[h] |= calls
		}
		for ; a.pendingSet != 0; a.pendingSet &= a.pendingSet - 1 {
			r := bits.TrailingZeros64(a.pendingSet)
			e := a.pending[r]
			if b != 0 || len(blk.Preds) != 0 {
				return fmt.Errorf("regalloc: precolored register %d is used in block %d where it is not live", r, b)
			}
			a.addFixed(mach.Reg(r), 0, e) // the function's incoming value
			a.pending[r] = -1
		}
	}

	// What is still open is live into the entry block: its parameters.
	for _, k := range a.closes.of(0) {
		a.closeAll(groups[k], 0)
	}
	a.holes = holes
	// A loop's calls are those of the loops inside it too: inner headers
	// come later.
	for k := len(a.headers) - 1; k >= 0; k-- {
		if h := a.headers[k]; a.loopParent[h] >= 0 {
			a.loopCalls[a.loopParent[h]] |= a.loopCalls[h]
		}
	}
	copy(a.hintOff, a.edgeOff) // the fronts of the runs

	// The starts, for the sort below to read from a small array.
	starts := room.Len(a.starts, len(a.ivs))
	for i := range a.ivs {
		iv := &a.ivs[i]
		slices.Reverse(iv.ranges)
		slices.Reverse(iv.uses)
		iv.setHull()
		starts[i] = iv.from
	}
	a.starts = starts
	// Nothing binds the entry block's parameters when it has no
	// predecessors: they must be defined before they are read.
	if len(f.Blocks[0].Preds) == 0 {
		for _, p := range f.Blocks[0].Params {
			if i := a.ivOf[p-nr]; i != noIv && a.ivs[i].start() == 0 {
				return fmt.Errorf("regalloc: entry block parameter v%d is used before any definition", p)
			}
		}
	}
	for r := range nr {
		slices.Reverse(a.fixed[r])
	}
	a.sortUnhandled(starts)
	a.stats.Intervals = len(a.ivs)
	return nil
}

// sortUnhandled lists the intervals, whose starts are starts, in
// unhandled in the order the scan takes them. Kept apart from
// buildIntervals, so that the compiler keeps the state of its loops in
// registers.
func (a *Allocator) sortUnhandled(starts []int32) {
	// Sort by start, ties in creation order (which is deterministic): a
	// stable counting sort on the offset in the instruction (start&3),
	// then one on the instruction, so that the buckets are per
	// instruction rather than per position.
	n := len(starts)
	var lo [5]int32
	for _, st := range starts {
		lo[st&3+1]++
	}
	for k := 1; k < 4; k++ {
		lo[k] += lo[k-1]
	}
	// Among the parameters of a block (which all start there), those
	// with a partner already allocated (an argument from a block laid out
	// before) go first, so that a parameter without one (a loop-carried
	// value whose only partner is on the back edge, or one passed only
	// constants) takes none of the registers the others are hinted to.
	order := room.Len(a.order, n)
	later := a.later[:0]
	for i, st := range starts {
		k := st & 3
		if k == 0 && !a.hintReady(int32(i), st) {
			later = append(later, int32(i))
			continue
		}
		order[lo[k]] = int32(i)
		lo[k]++
	}
	for _, i := range later {
		order[lo[0]] = i
		lo[0]++
	}
	a.later = later
	ni := len(a.f.Insts) + 1
	bucket := room.Len(a.bucket, ni+1)
	clear(bucket)
	for _, st := range starts {
		bucket[st/4+1]++
	}
	accumulate(bucket)
	unhandled := room.Len(a.unhandled, n)
	for _, i := range order {
		k := starts[i] / 4
		unhandled[bucket[k]] = i
		bucket[k]++
	}
	a.order, a.bucket, a.unhandled = order, bucket, unhandled
}

// instIntervals adds to the intervals what block instructions first to
// end (the block starts at position bs) read and write, walking them
// backwards, and returns the registers their calls clobber (see
// callClobbers). It is the innermost loop of buildIntervals, kept apart,
// with the rare work (precolored operands, clobbers) out of line, so that
// the compiler keeps its state in registers.
func (a *Allocator) instIntervals(first, end int, bs int32) (mach.RegSet, error) {
	f := a.f
	nr := f.NumRegs
	var calls mach.RegSet
	for i := end - 1; i >= first; i-- {
		p := int32(4 * i)
		ops := f.Operands(i)
		for _, op := range ops {
			if op.Kind == mach.Use {
				continue
			}
			if op.Reg < nr {
				a.fixedDef(op.Reg, p)
				continue
			}
			k := a.ivIndex(op.Reg)
			// The definition shortens the open range to start there, or
			// is dead.
			iv := &a.ivs[k]
			if n := len(iv.ranges); n > 0 && iv.ranges[n-1].from <= p+posDef && p+posDef < iv.ranges[n-1].to {
				iv.ranges[n-1].from = p + posDef
			} else {
				deadDef(iv, p+posDef)
			}
			if op.Kind == mach.Def {
				addUse(iv, p+posDef)
			}
		}
		if c := f.Insts[i].Clobbers; c != 0 {
			if err := a.clobber(c, i); err != nil {
				return 0, err
			}
			calls |= a.callClobbers(c)
		}
		for _, op := range ops {
			if op.Kind == mach.Def {
				continue
			}
			if op.Reg < nr {
				a.fixedUse(op.Reg, p)
				continue
			}
			k := a.ivIndex(op.Reg)
			iv := &a.ivs[k]
			addRange(iv, bs, p+posClobber)
			addUse(iv, p+posUse)
		}
		if len(ops) == 2 && f.Insts[i].IsMove {
			d, s := ops[0].Reg, ops[1].Reg
			if d >= nr {
				a.addHint(d, s, p+posDef, p+posUse)
			}
			if s >= nr {
				a.addHint(s, d, p+posUse, p+posDef)
			}
		}
	}
	return calls, nil
}

// fixedDef records that the instruction at position p writes physical
// register r: the fixed range of r from there to its pending use, if
// any (instIntervals walks backwards).
//
//go:noinline
func (a *Allocator) fixedDef(r mach.Reg, p int32) {
	if !a.allocatable.Has(r) {
		return
	}
	if e := a.pending[r]; e >= 0 {
		a.addFixed(r, p+posDef, e)
		a.pending[r] = -1
		a.pendingSet &^= 1 << r
	} else {
		a.addFixed(r, p+posDef, p+posDef+1)
	}
}

// fixedUse records that the instruction at position p reads physical
// register r: its range is pending until the write before.
//
//go:noinline
func (a *Allocator) fixedUse(r mach.Reg, p int32) {
	if a.allocatable.Has(r) && a.pending[r] < 0 {
		a.pending[r] = p + posClobber
		a.pendingSet |= 1 << r
	}
}

// clobber records the clobbers c of instruction i.
//
//go:noinline
func (a *Allocator) clobber(c mach.RegSet, i int) error {
	a.clobbers |= c
	c &= mach.RegSet(a.allocatable)
	if read := uint64(c) & a.pendingSet; read != 0 {
		return fmt.Errorf("regalloc: precolored register %d is read after instruction %d clobbers it", bits.TrailingZeros64(read), i)
	}
	p := int32(4*i) + posClobber
	for ; c != 0; c &= c - 1 {
		a.addFixed(mach.Reg(bits.TrailingZeros64(uint64(c))), p, p+1)
	}
	return nil
}

// hintReady reports whether interval i, which starts at st, has a hint
// there whose partner was allocated before st.
func (a *Allocator) hintReady(i, st int32) bool {
	v := a.ivs[i].vreg - a.f.NumRegs
	for _, h := range a.hints[a.hintOff[v]:a.hintOff[v+1]] {
		if h.myPos == st && h.partnerPos < st {
			return true
		}
	}
	return false
}

// closeRange closes iv's open range at from. The ranges added since it
// was opened lie within it: they merge into it.
func closeRange(iv *interval, from int32) {
	addRange(iv, from, iv.open)
	iv.open = 0
	r := iv.ranges
	n := len(r)
	for n >= 2 && r[n-2].from <= r[n-1].to {
		r[n-2].from = min(r[n-2].from, r[n-1].from)
		r[n-2].to = max(r[n-2].to, r[n-1].to)
		n--
	}
	iv.ranges = r[:n]
}

// spanEnds lists the groups of globals by the blocks where their
// stretches of blocks live out end and start: the groups of opens.of(b)
// are live out of block b and not of the one after, those of closes.of(b)
// live out of b and not of the one before. Each list is in increasing
// order, so that intervals are created in the order of their globals.
func (a *Allocator) spanEnds() {
	nb := len(a.f.Blocks)
	a.opens.reset(nb)
	a.closes.reset(nb + 1)
	for _, s := range a.liveOut {
		a.opens.count(s.end - 1)
		a.closes.count(s.lo)
	}
	a.opens.start()
	a.closes.start()
	for k := range int32(len(a.groups)) {
		for _, s := range a.liveOutOf(k) {
			a.opens.put(s.end-1, k)
			a.closes.put(s.lo, k)
		}
	}
	a.opens.finish()
	a.closes.finish()
}

// closeAll closes the open ranges of the globals of run at be.
func (a *Allocator) closeAll(run gidRun, be int32) {
	nr := a.f.NumRegs
	for _, r := range a.globals[run.lo:run.end] {
		if iv := &a.ivs[a.ivOf[r-nr]]; iv.open > 0 {
			closeRange(iv, be)
		}
	}
}

// openAll opens ranges ending at be for the globals of run.
func (a *Allocator) openAll(run gidRun, be int32) {
	for _, r := range a.globals[run.lo:run.end] {
		a.ivs[a.ivIndex(r)].open = be
	}
}
