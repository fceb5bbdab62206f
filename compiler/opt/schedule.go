package opt

import "github.com/kilnwasm/kiln/compiler/ir"

// Schedule moves each float and vector computation of a block to just
// before the first instruction of the block that needs it, computing the
// operands of an instruction depth first, left to right, right before it.
// Everything else keeps its order: integer values, loads, stores, calls
// and the projections of their results (which selection wants right
// after the call), anything that may trap or reads state, copies, the
// terminator, and the float values the block does not use itself.
//
// A Wasm function's order is that of its expression trees as the producer
// emitted them, which may compute a value long before it is needed (clang
// puts zr+zr at the top of mandelbrot's loop body). Out-of-order cores
// are sensitive to it when a loop is bound by a recurrence with no slack:
// mandelbrot's inner loop, two 9-cycle chains of dependent adds and
// multiplies, ran 4% slower in the source order than in the order of use
// (the order Cranelift's elaboration gives too). Integer values stay: an
// address or index computed later keeps the value it came from live
// longer, and an interpreter's handlers then needed an extra move each.
func Schedule(f *ir.Func) {
	if !floatOrVector(f) {
		return
	}
	s := scratchOf(f)
	var st []uint8 // per value: schedUsed, schedPlaced (allocated on the first block with work)
	order := s.values[:0]
	for b := range ir.Block(f.NumBlocks()) {
		if f.Removed(b) || !hasMovable(f, b) {
			continue
		}
		if st == nil {
			st = cleared(s.schedState, f.NumValues())
			s.schedState = st
		}
		order = order[:0]
		for v := f.First(b); v != 0; v = f.Next(v) {
			order = append(order, v)
			for _, a := range f.Args(v) {
				markUsed(f, a, b, st)
			}
			for i := range f.NumTargets(v) {
				for _, a := range f.Target(v, i).Args {
					markUsed(f, a, b, st)
				}
			}
		}
		for _, r := range order {
			if movable(f, r, b, st) {
				continue // moved to its first use
			}
			for _, a := range f.Args(r) {
				s.sink(f, a, r, b, st)
			}
			for i := range f.NumTargets(r) {
				for _, a := range f.Target(r, i).Args {
					s.sink(f, a, r, b, st)
				}
			}
		}
	}
	s.values = order
}

// Schedule's marks per value.
const (
	schedUsed   = 1 << iota // used by an instruction of its block (marked when it has work)
	schedPlaced             // moved
)

// markUsed notes a use in block b of value a, if a is b's.
func markUsed(f *ir.Func, a ir.Value, b ir.Block, st []uint8) {
	if f.BlockOf(a) == b {
		st[a] |= schedUsed
	}
}

// movableOp reports whether Schedule may move instruction v.
func movableOp(f *ir.Func, v ir.Value) bool {
	t := f.Type(v)
	op := f.Op(v)
	return (t.IsFloat() || t == ir.V128) && op.Pure() && op != ir.OpCopy && op != ir.OpProj
}

// floatOrVector reports whether f has a float or vector value, removed
// ones included: a function without one has nothing to schedule (most of
// a Go program's functions), which one pass over the values, in storage
// order, tells sooner than a walk of every block's instructions.
func floatOrVector(f *ir.Func) bool {
	for v := ir.Value(1); int(v) < f.NumValues(); v++ {
		if t := f.Type(v); t.IsFloat() || t == ir.V128 {
			return true
		}
	}
	return false
}

// hasMovable reports whether block b has an instruction Schedule may move.
func hasMovable(f *ir.Func, b ir.Block) bool {
	for v := f.First(b); v != 0; v = f.Next(v) {
		if movableOp(f, v) {
			return true
		}
	}
	return false
}

// movable reports whether a is an instruction of block b that Schedule
// moves to its first use and has not moved yet.
func movable(f *ir.Func, a ir.Value, b ir.Block, st []uint8) bool {
	return st[a]&(schedUsed|schedPlaced) == schedUsed && f.BlockOf(a) == b && movableOp(f, a)
}

// sink moves a, if movable, before r, after its own movable operands
// (depth first, left to right), with an explicit stack: a chain of float
// operations can be as long as a function.
func (s *scratch) sink(f *ir.Func, a, r ir.Value, b ir.Block, st []uint8) {
	if !movable(f, a, b, st) {
		return
	}
	st[a] |= schedPlaced
	stack := append(s.schedStack[:0], schedFrame{a, 0})
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if args := f.Args(top.v); top.i < len(args) {
			x := args[top.i]
			top.i++
			if movable(f, x, b, st) {
				st[x] |= schedPlaced
				stack = append(stack, schedFrame{x, 0})
			}
			continue
		}
		f.MoveBefore(top.v, r)
		stack = stack[:len(stack)-1]
	}
	s.schedStack = stack
}

type schedFrame struct {
	v ir.Value
	i int // the next operand to visit
}
