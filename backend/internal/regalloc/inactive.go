package regalloc

import (
	"math/bits"
	"slices"

	"github.com/kilnwasm/kiln/backend/mach"
)

// inactiveEnt is an interval in a lifetime hole, with what the scan needs
// to skip it without touching the interval.
type inactiveEnt struct {
	i         int32
	next, end int32 // start of its next range; its end
	seq       int32 // when it entered the set (the order of a plain list)
}

// inactiveSet holds the intervals in a lifetime hole: one min-heap per
// register, ordered by the start of the interval's next range. A scan
// step only looks at the entries that can matter to it: those whose next
// range starts before a bound (the end of the current interval, or the
// nearest conflict found so far), which are a subtree at the top of their
// heap, and those that change state at the scan position, which are
// popped. With a plain list every step read every entry, and in a layout
// where many values wait in a hole at once (all the latches of nested
// loops placed after the loops' bodies) the scan was quadratic.
//
// Entries leave the set lazily: an entry is live only while live[i] holds
// its seq. Whatever visits several entries in one step visits them in
// seq order, the order of the list this replaces, so that allocation
// results do not depend on the heaps' shapes.
type inactiveSet struct {
	heaps    [64][]inactiveEnt
	nonEmpty uint64
	min      int32 // no entry changes state before this position
	seq      int32
	live     []int32 // per interval: seq of its entry, or -1
	batch    []inactiveEnt
	stack    []int32
}

func (s *inactiveSet) reset() {
	for m := s.nonEmpty; m != 0; m &= m - 1 {
		r := bits.TrailingZeros64(m)
		s.heaps[r] = s.heaps[r][:0]
	}
	s.nonEmpty = 0
	s.min = maxPos
	s.seq = 0
	s.live = s.live[:0]
}

func entLess(x, y *inactiveEnt) bool {
	return x.next < y.next || x.next == y.next && x.seq < y.seq
}

// add puts interval i, holding register r, in the set.
func (s *inactiveSet) add(i int32, r mach.Reg, next, end int32) {
	s.push(r, inactiveEnt{i, next, end, s.seq})
	s.seq++
}

// push adds e (new, or back after being taken out by due).
func (s *inactiveSet) push(r mach.Reg, e inactiveEnt) {
	if n := int(e.i) + 1; n > len(s.live) {
		k := len(s.live)
		s.live = slices.Grow(s.live, n-k)[:n]
		fill(s.live[k:], -1)
	}
	s.live[e.i] = e.seq
	h := append(s.heaps[r], e)
	k := len(h) - 1
	for k > 0 {
		p := (k - 1) / 2
		if !entLess(&h[k], &h[p]) {
			break
		}
		h[k], h[p] = h[p], h[k]
		k = p
	}
	s.heaps[r] = h
	s.nonEmpty |= 1 << r
	s.min = min(s.min, e.next)
}

func (s *inactiveSet) isLive(e *inactiveEnt) bool { return s.live[e.i] == e.seq }

// remove takes interval i out of the set.
func (s *inactiveSet) remove(i int32) { s.live[i] = -1 }

func (s *inactiveSet) pop(r int) inactiveEnt {
	h := s.heaps[r]
	top := h[0]
	n := len(h) - 1
	h[0] = h[n]
	h = h[:n]
	k := 0
	for {
		l := 2*k + 1
		if l >= n {
			break
		}
		if c := l + 1; c < n && entLess(&h[c], &h[l]) {
			l = c
		}
		if !entLess(&h[l], &h[k]) {
			break
		}
		h[k], h[l] = h[l], h[k]
		k = l
	}
	s.heaps[r] = h
	if n == 0 {
		s.nonEmpty &^= 1 << r
	}
	return top
}

// due takes out the live entries whose next range starts at or before
// pos, in seq order (the caller puts back, with push, those still in a
// hole).
func (s *inactiveSet) due(pos int32) []inactiveEnt {
	b := s.batch[:0]
	for m := s.nonEmpty; m != 0; m &= m - 1 {
		r := bits.TrailingZeros64(m)
		for len(s.heaps[r]) > 0 && s.heaps[r][0].next <= pos {
			if e := s.pop(r); s.isLive(&e) {
				s.live[e.i] = -1
				b = append(b, e)
			}
		}
	}
	s.min = maxPos
	for m := s.nonEmpty; m != 0; m &= m - 1 {
		s.min = min(s.min, s.heaps[bits.TrailingZeros64(m)][0].next)
	}
	slices.SortFunc(b, func(x, y inactiveEnt) int { return int(x.seq - y.seq) })
	s.batch = b
	return b
}

// next returns the earliest start of the next range of r's entries (or
// maxPos): none of them meets anything before it.
func (s *inactiveSet) next(r mach.Reg) int32 {
	if h := s.heaps[r]; len(h) > 0 {
		return h[0].next
	}
	return maxPos
}

// scan calls fn on each live entry of register r whose next range starts
// before bound, in heap order; fn returns the bound for the rest (which
// may only shrink).
func (s *inactiveSet) scan(r mach.Reg, bound int32, fn func(e *inactiveEnt) int32) {
	h := s.heaps[r]
	if len(h) == 0 || h[0].next >= bound {
		return
	}
	st := append(s.stack[:0], 0)
	for len(st) > 0 {
		k := st[len(st)-1]
		st = st[:len(st)-1]
		e := &h[k]
		if e.next >= bound {
			continue
		}
		if s.isLive(e) {
			bound = fn(e)
		}
		if c := 2*k + 1; int(c) < len(h) {
			st = append(st, c)
			if c+1 < int32(len(h)) {
				st = append(st, c+1)
			}
		}
	}
	s.stack = st
}
