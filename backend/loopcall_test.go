package backend_test

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestLoopsThatCallDifferential runs loops that call small leaf
// functions without an entry poll (mach.Env.PollFree), one of which
// traps out of bounds, and that compute base + c, base | c and base << c
// in the loop, which LICM leaves there because the loop calls
// (opt.cheapToRedo), with a loop that does not call inside (out of which
// they are hoisted), against the interpreter, optimized and not.
//
//	leaf(x) = x*3 + 1
//	peek(p) = load32(p + 4)            // traps for p near 4 GiB
//	walk(base, n): acc = 0; for i < n & 15:
//	    acc += leaf(load32(base + 8) + i) ^ (base | 4) ^ (base << 2)
//	    for j < 4: acc += load32((base + 16) + 4*j)
//	    if i == 7: acc += peek(base)
//	  return acc
func TestLoopsThatCallDifferential(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}},
		{Params: []wasm.ValType{wasm.I32, wasm.I32}, Results: []wasm.ValType{wasm.I32}},
	}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 1, HasMax: true}
	get := func(c *wasmgen.Code, l uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(l) }
	set := func(c *wasmgen.Code, l uint32) *wasmgen.Code { return c.Op(wasm.OpLocalSet).U32(l) }
	var leaf, peek, walk wasmgen.Code
	get(&leaf, 0).I32Const(3).Op(wasm.OpI32Mul).I32Const(1).Op(wasm.OpI32Add)
	get(&peek, 0).I32Const(4).Op(wasm.OpI32Add).Op(wasm.OpI32Load).MemArg(2, 0)
	// locals: base 0, n 1, acc 2, i 3, j 4
	get(&walk, 1).I32Const(15).Op(wasm.OpI32And)
	set(&walk, 1)
	walk.Op(wasm.OpBlock).BlockEmpty().Op(wasm.OpLoop).BlockEmpty()
	get(&walk, 3)
	get(&walk, 1).Op(wasm.OpI32GeU).Op(wasm.OpBrIf).U32(1)
	get(&walk, 2)
	get(&walk, 0).I32Const(8).Op(wasm.OpI32Add).Op(wasm.OpI32Load).MemArg(2, 0)
	get(&walk, 3).Op(wasm.OpI32Add).Op(wasm.OpCall).U32(0)
	get(&walk, 0).I32Const(4).Op(wasm.OpI32Or).Op(wasm.OpI32Xor)
	get(&walk, 0).I32Const(2).Op(wasm.OpI32Shl).Op(wasm.OpI32Xor)
	walk.Op(wasm.OpI32Add)
	set(&walk, 2)
	set(walk.I32Const(0), 4)
	walk.Op(wasm.OpLoop).BlockEmpty()
	get(&walk, 2)
	get(&walk, 0).I32Const(16).Op(wasm.OpI32Add)
	get(&walk, 4).I32Const(2).Op(wasm.OpI32Shl).Op(wasm.OpI32Add).Op(wasm.OpI32Load).MemArg(2, 0)
	walk.Op(wasm.OpI32Add)
	set(&walk, 2)
	get(&walk, 4).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(4)
	walk.I32Const(4).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
	get(&walk, 3).I32Const(7).Op(wasm.OpI32Eq).Op(wasm.OpIf).BlockEmpty()
	get(&walk, 2)
	get(&walk, 0).Op(wasm.OpCall).U32(1).Op(wasm.OpI32Add)
	set(&walk, 2)
	walk.Op(wasm.OpEnd)
	get(&walk, 3).I32Const(1).Op(wasm.OpI32Add)
	set(&walk, 3)
	walk.Op(wasm.OpBr).U32(0).Op(wasm.OpEnd).Op(wasm.OpEnd)
	get(&walk, 2)
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 0, Body: leaf.B},
		{TypeIndex: 0, Body: peek.B},
		{TypeIndex: 1, Locals: []wasm.ValType{wasm.I32, wasm.I32, wasm.I32}, Body: walk.B},
	}
	for i, name := range []string{"leaf", "peek", "walk"} {
		m.Exports = append(m.Exports, wasmgen.Export{Name: name, Kind: wasm.ExternFunc, Index: uint32(i)})
	}
	var data []byte
	for i := range 256 {
		data = append(data, byte(i*37+11))
	}
	m.Datas = []wasmgen.Data{{Active: true, Offset: new(wasmgen.Code).I32Const(0).B, Init: data}}
	checkAgainstInterp(t, m.Encode(), 2*len(m.Funcs))
}
