package ir

import "github.com/kilnwasm/kiln/internal/room"

// Reserve makes room for about values more instructions and parameters
// and args more operands and branch arguments, so that building a large
// function does not copy its storage again at every growth step.
func (f *Func) Reserve(values, args int) {
	f.insts = room.For(f.insts, values)
	f.pos = room.For(f.pos, values)
	f.args = room.For(f.args, args)
}
