package ir

import "slices"

// Reserve makes room for about values more instructions and parameters
// and args more operands and branch arguments, so that building a large
// function does not copy its storage again at every growth step (slices
// that large grow by a quarter at a time).
func (f *Func) Reserve(values, args int) {
	f.insts = slices.Grow(f.insts, values)
	f.pos = slices.Grow(f.pos, values)
	f.args = slices.Grow(f.args, args)
}
