package opt

import (
	"slices"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// SplitConditions turns a branch on the bitwise or / and of comparisons
// into a branch per comparison: brif (ior a b), T, F becomes brif a, T, N
// with N: brif b, T, F, and brif (iand a b), T, F becomes brif a, N, F
// with N: brif b, T, F (an ieqz around the ior or iand swaps T and F).
// Compilers make such a condition from && and || between comparisons
// without side effects; as one value each comparison needs a SETcc and a
// zero extension (CSET on arm64) before the or / and and a test, while a
// comparison that a branch uses alone sets the flags for it. Only the
// final branch changes: everything the condition reads, loads included,
// is still computed where it was, so the same instructions run (and
// trap) as before.
//
// The condition is a tree of ior / iand / ieqz nodes over icmp / ieqz
// leaves (iand needs operands that are 0 or 1, which these are), each
// used only in such trees under branches: then every branch on it
// splits, and each gets copies of the comparisons it tests, next to it,
// where they can set the flags for it; DCE removes the originals.
func SplitConditions(f *ir.Func) {
	if !branchesOnOrAnd(f) {
		return // most functions: no need to mark conditions
	}
	s := scratchOf(f)
	sc := splitter{f: f, cond: conditionValues(f, s)}
	// Blocks made on the way are visited too (len grows), and a block is
	// visited again while its branch still splits.
	for b := ir.Block(0); int(b) < f.NumBlocks(); b++ {
		for f.Terminator(b) != 0 && sc.split(b) {
		}
	}
	s.keep = sc.cond
}

// branchesOnOrAnd reports whether a brif tests an ior or iand, through
// any ieqz, of operands that may be conditions: the only branches
// SplitConditions splits. (Most ior and iand that branches test combine
// other values, flags or bits: then the walks of conditionValues are
// spared.)
func branchesOnOrAnd(f *ir.Func) bool {
	for b := range ir.Block(f.NumBlocks()) {
		t := f.Terminator(b)
		if t == 0 || f.Op(t) != ir.OpBrif {
			continue
		}
		c := f.Args(t)[0]
		for f.Op(c) == ir.OpIeqz {
			c = f.Args(c)[0]
		}
		if op := f.Op(c); op == ir.OpIor || op == ir.OpIand {
			if args := f.Args(c); mayBeCondition(f, args[0]) && mayBeCondition(f, args[1]) {
				return true
			}
		}
	}
	return false
}

// mayBeCondition reports whether v is an instruction that
// conditionValues may mark: an i32 icmp, ieqz, ior or iand.
func mayBeCondition(f *ir.Func, v ir.Value) bool {
	switch f.Op(v) {
	case ir.OpIcmp, ir.OpIeqz, ir.OpIor, ir.OpIand:
		return f.Type(v) == ir.I32
	}
	return false
}

// conditionValues marks the i32 comparisons and the ior, iand and ieqz
// of them that only branches use as their condition, directly or through
// other such values (see SplitConditions). Marks are only cleared: a
// value that an instruction uses as a value is not one, nor an ior / iand
// with an operand that is not one; a worklist carries each clearing to
// what it affects (the operands of a node, which are then used as a
// value; the ior / iand nodes over it), so the walk is linear.
func conditionValues(f *ir.Func, s *scratch) []bool {
	cond := cleared(s.keep, f.NumValues())
	for b := range ir.Block(f.NumBlocks()) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			cond[v] = mayBeCondition(f, v)
		}
	}
	// The ior / iand nodes over each value, for the worklist: pairs
	// (operand, node), sorted by operand below.
	over := s.condOver[:0]
	work := s.values[:0]
	clear := func(v ir.Value) {
		if cond[v] {
			cond[v] = false
			work = append(work, v)
		}
	}
	for b := range ir.Block(f.NumBlocks()) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			args := f.Args(v)
			switch op := f.Op(v); {
			case op == ir.OpBrif:
				// Its condition may be one.
			case cond[v] && (op == ir.OpIor || op == ir.OpIand):
				over = append(over, condOver{args[0], v}, condOver{args[1], v})
			case cond[v] && op == ir.OpIeqz:
				// The negation of a condition, or a leaf testing a value
				// that is not one.
			default:
				for _, a := range args {
					clear(a)
				}
			}
			for i := range f.NumTargets(v) {
				for _, a := range f.Target(v, i).Args {
					clear(a)
				}
			}
		}
	}
	slices.SortFunc(over, func(a, b condOver) int { return int(a.x) - int(b.x) })
	for b := range ir.Block(f.NumBlocks()) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			if op := f.Op(v); cond[v] && (op == ir.OpIor || op == ir.OpIand) {
				if args := f.Args(v); !cond[args[0]] || !cond[args[1]] {
					clear(v)
				}
			}
		}
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		switch f.Op(v) {
		case ir.OpIor, ir.OpIand, ir.OpIeqz:
			for _, a := range f.Args(v) {
				clear(a)
			}
		}
		i, _ := slices.BinarySearchFunc(over, v, func(e condOver, v ir.Value) int { return int(e.x) - int(v) })
		for ; i < len(over) && over[i].x == v; i++ {
			clear(over[i].node)
		}
	}
	s.values, s.condOver = work, over
	return cond
}

// condOver records that node, an ior or iand condition, has operand x.
type condOver struct{ x, node ir.Value }

// splitter holds the marks of conditionValues, extended to the copies
// that split makes.
type splitter struct {
	f    *ir.Func
	cond []bool
}

func (sc *splitter) isCond(v ir.Value) bool { return int(v) < len(sc.cond) && sc.cond[v] }

// node reports whether condition v has conditions as operands (an ior,
// an iand, or an ieqz of a condition), else it is a leaf (an icmp, or an
// ieqz of another value).
func (sc *splitter) node(v ir.Value) bool {
	switch sc.f.Op(v) {
	case ir.OpIor, ir.OpIand:
		return true
	case ir.OpIeqz:
		return sc.isCond(sc.f.Args(v)[0])
	}
	return false
}

// split splits b's branch once, if it can.
func (sc *splitter) split(b ir.Block) bool {
	f := sc.f
	t := f.Terminator(b)
	if f.Op(t) != ir.OpBrif {
		return false
	}
	c := f.Args(t)[0]
	then, els := 0, 1
	for f.Op(c) == ir.OpIeqz && sc.isCond(c) && sc.node(c) {
		c = f.Args(c)[0]
		then, els = els, then
	}
	if op := f.Op(c); op != ir.OpIor && op != ir.OpIand || !sc.isCond(c) || !sc.small(c, 4) {
		return false
	}
	x, y := f.Args(c)[0], f.Args(c)[1]
	tt, ft := f.Target(t, then), f.Target(t, els)
	n := f.NewBlock()
	yc := sc.copyTree(y, func(op ir.Op, aux int64, args ...ir.Value) ir.Value {
		return f.Append(n, op, ir.I32, aux, args...)
	})
	f.Terminate(n, ir.OpBrif, f.Aux(t), []ir.Value{yc}, tt, ft)
	xc := sc.copyTree(x, func(op ir.Op, aux int64, args ...ir.Value) ir.Value {
		return f.InsertBefore(t, op, ir.I32, aux, args...)
	})
	f.SetArg(t, 0, xc)
	if f.Op(c) == ir.OpIor {
		f.SetTarget(t, 0, tt)
		f.SetTarget(t, 1, ir.Target{Block: n})
	} else {
		f.SetTarget(t, 0, ir.Target{Block: n})
		f.SetTarget(t, 1, ft)
	}
	return true
}

// small reports whether condition v has at most depth levels of nodes
// below it, which bounds the copies.
func (sc *splitter) small(v ir.Value, depth int) bool {
	if !sc.node(v) {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, a := range sc.f.Args(v) {
		if !sc.small(a, depth-1) {
			return false
		}
	}
	return true
}

// copyTree copies condition v, its nodes and leaves (not what the leaves
// compare), with emit, operands first, and returns the copy of v.
func (sc *splitter) copyTree(v ir.Value, emit func(op ir.Op, aux int64, args ...ir.Value) ir.Value) ir.Value {
	f := sc.f
	args := f.Args(v)
	var cargs [2]ir.Value
	copy(cargs[:], args)
	if sc.node(v) {
		for i, a := range args {
			cargs[i] = sc.copyTree(a, emit)
		}
	}
	c := emit(f.Op(v), f.Aux(v), cargs[:len(args)]...)
	for int(c) >= len(sc.cond) {
		sc.cond = append(sc.cond, false)
	}
	sc.cond[c] = true
	return c
}
