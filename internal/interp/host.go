package interp

import "github.com/kilnwasm/kiln/compiler/wasm"

// HostFunc returns a function of type t implemented in Go, to provide as
// an import (Extern{Kind: wasm.ExternFunc, Func: ...}) from a Resolver. fn
// receives the arguments' bits (refs as handles) and returns the results',
// in slots as Func describes (two per v128).
func (s *Store) HostFunc(t wasm.FuncType, fn func(args []uint64) []uint64) *Func {
	return s.addFunc(&Func{Type: t, host: fn})
}

// Memory returns the instance's linear memory (defined or imported), or
// nil.
func (inst *Instance) Memory() *Memory { return inst.mem }

// CallNested calls f from a host function that runs inside a Call (a
// callback into WebAssembly): the call depth and the fuel are the outer
// call's, and a trap unwinds through the host function to the outer
// call.
func (s *Store) CallNested(f *Func, args []uint64) []uint64 { return s.call(f, args) }
