package ir

// Reserve makes room for about values more instructions and parameters
// and args more operands and branch arguments, so that building a large
// function does not copy its storage again at every growth step (slices
// that large grow by a quarter at a time). Room left unused costs
// little: make leaves memory fresh from the system untouched, where
// slices.Grow would zero it.
func (f *Func) Reserve(values, args int) {
	f.insts = room(f.insts, values)
	f.pos = room(f.pos, values)
	f.args = room(f.args, args)
}

// room returns s with room for n more elements.
func room[T any](s []T, n int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	return append(make([]T, 0, len(s)+n), s...)
}
