package regalloc

import (
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/room"
)

// A block argument and its parameter, both in their slots at an edge,
// move slot to slot there (or register to slot, when the argument's
// slot holds it too). A value carried around a loop and spilled in
// it (a sum, a counter, a maximum, across a call) does that on every back
// edge: from the slot of the new value to the slot of the parameter that
// holds it in the next iteration, through the scratch register, and when
// several are carried the slots rotate through a parking slot. The two
// slots rarely need to differ: the parameter's slot is dead from its
// last read to the back edge, which is where the new value's slot comes
// to life. mergeSlots gives such an argument and parameter one slot when
// that holds, and the move goes.
//
// Slot lifetimes are hulls (resolve's slotLo and slotHi: first to last
// position of the spilled pieces and slot moves). The write into the
// parameter's slot at the back edge would stretch the parameter's hull
// over the whole loop, so the moves that may merge (slotArg) leave it
// out until mergeSlots has decided: merged, it is no write at all (the
// shared slot holds the value already); kept, it is added to the hull
// as any move's.
//
// Two slot classes merge when their hulls are disjoint and no write that
// may still be kept into one class lies in the other's hull (it would
// overwrite a value that class still needs). The classes are the sets of
// vregs merged so far (union-find); a class's hull is its root's.

// slotArg is an edge move from an argument's slot to its parameter's
// that may merge (resolve's slotArgs).
type slotArg struct {
	at       [2]int32 // where the move writes: its gap; an edge stub's: the edge's two ends
	stub     bool     // in an edge stub (whose writes touch no hull: the pieces at the edge's ends hold its slots)
	from, to int32    // the argument's and the parameter's vreg locations
	move     int32    // the move's index in moves
	next     int32    // the next slotArg into to's class, or -1
	merged   bool
}

// maxMergeWrites bounds the kept writes into the two classes that one
// merge looks at, so that many edges into one block cost linear time.
const maxMergeWrites = 16

// addSlotArg records the move of argument arg from location from (its
// slot, or a register when its slot holds it too: stored at its
// definition) to its parameter's slot (to) at gap pos, on the edge from
// position be (the end of the predecessor) to bs (the start of the
// successor): a move like addMove's (iv is the parameter's piece), whose
// write into to is left out of to's hull until mergeSlots.
func (a *Allocator) addSlotArg(pos int32, phase uint8, iv int32, arg, from, to, be, bs int32) {
	w := slotArg{at: [2]int32{pos, pos}, from: arg, to: to, move: int32(len(a.moves)), next: -1}
	if pos >= int32(4*len(a.f.Insts)) {
		w.at, w.stub = [2]int32{be - 1, bs}, true
	} else {
		a.touchSlot(from, pos, pos+1)
	}
	it := &a.ivs[iv]
	a.moves = append(a.moves, pmove{pos, phase, it.class, a.f.IsWide(it.vreg), from, to})
	a.slotArgs = append(a.slotArgs, w)
}

// slotRootOf returns the root of location l's slot class.
func (a *Allocator) slotRootOf(l int32) int32 {
	for a.slotRoot[l] >= 0 {
		if g := a.slotRoot[a.slotRoot[l]]; g >= 0 {
			a.slotRoot[l] = g // path halving
		}
		l = a.slotRoot[l]
	}
	return l
}

// mergeSlots decides, for every slotArg in order, whether its argument
// and parameter share a slot, then adds the writes of those kept to the
// hulls. Afterwards slotRootOf gives each spilled vreg's class, whose
// root's hull is the class's.
func (a *Allocator) mergeSlots() {
	args := a.slotArgs
	n := len(a.slotLo)
	a.slotRoot = room.Len(a.slotRoot, n)
	fill(a.slotRoot, -1)
	if len(args) == 0 {
		return
	}
	// Per class root: its first kept write (slotArg) and their number.
	head := room.Len(a.slotHead, n)
	count := room.Len(a.slotCount, n)
	a.slotHead, a.slotCount = head, count
	for _, m := range args {
		head[m.from], head[m.to] = -1, -1
		count[m.from], count[m.to] = 0, 0
	}
	for c := range args {
		m := &args[c]
		m.next, head[m.to] = head[m.to], int32(c)
		count[m.to]++
	}
	lo, hi := a.slotLo, a.slotHi
	// outside reports whether every write of class x's list, but skip,
	// not merged yet, lies outside class y's hull.
	outside := func(x, y int32, skip int) bool {
		for d := head[x]; d >= 0; d = args[d].next {
			if w := &args[d]; int(d) != skip && !w.merged {
				for _, p := range w.at {
					if lo[y] <= p && p < hi[y] {
						return false
					}
				}
			}
		}
		return true
	}
	for c := range args {
		m := &args[c]
		p, v := a.slotRootOf(m.to), a.slotRootOf(m.from)
		if p == v {
			m.merged = true // one slot already: the move is none
			continue
		}
		if a.f.IsWide(mach.Reg(m.to)) != a.f.IsWide(mach.Reg(m.from)) ||
			hi[p] > lo[v] && hi[v] > lo[p] ||
			count[p]+count[v] > maxMergeWrites ||
			!outside(p, v, c) || !outside(v, p, c) {
			continue
		}
		// v joins p: the hull of both, the writes of both.
		lo[p], hi[p] = min(lo[p], lo[v]), max(hi[p], hi[v])
		if head[v] >= 0 {
			last := head[v]
			for args[last].next >= 0 {
				last = args[last].next
			}
			args[last].next, head[p] = head[p], head[v]
		}
		count[p] += count[v]
		a.slotRoot[v] = p
		m.merged = true
	}
	for _, m := range args {
		switch {
		case m.merged:
			mv := &a.moves[m.move]
			mv.from = mv.to // none: resolve drops it
		case !m.stub:
			a.touchSlot(a.slotRootOf(m.to), m.at[0], m.at[0]+1)
		}
	}
}
