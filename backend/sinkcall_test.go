package backend_test

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestHostCallAfterSunkIncrement runs a loop whose block ends "j = i + 1;
// memory.init (a host call with five operands); i < n; branch":
// instruction selection sinks the increment past the compare
// (mach.SinkPastCompare), which moves the host call up one place in the
// VCode. The frame's host-call area must still fit the call's operands.
// It was once sized from the instruction at the call's old index (the
// compare's two operands), and the call's arguments overwrote the saves
// of the callee-saved registers above the area: g, which keeps three
// floats in X12-X14 across its call of f, got a wrong sum (on amd64).
//
//	f(n): n &= 15; i = 0; acc = 0
//	      do { acc += i*7; j = i + 1; memory.init 0 (i, i, i); c = i < n; i = j } while (c)
//	      return acc + n
//	g(n): a = n + 0.5; b = a*3; d = b + 1; return f(n) + trunc_sat(a + b + d)
func TestHostCallAfterSunkIncrement(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I64}}}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 1, HasMax: true}
	m.DataCount = true
	m.Datas = []wasmgen.Data{{Init: make([]byte, 64)}}
	const n, i, acc, j, c = 0, 1, 2, 3, 4
	var f wasmgen.Code
	lget(&f, n).I32Const(15).Op(wasm.OpI32And)
	lset(&f, n)
	f.Op(wasm.OpLoop).BlockEmpty()
	lget(&f, acc)
	lget(&f, i).Op(wasm.OpI64ExtendI32U).I64Const(7).Op(wasm.OpI64Mul).Op(wasm.OpI64Add)
	f.Op(wasm.OpLocalSet).U32(acc)
	lget(&f, i).I32Const(1).Op(wasm.OpI32Add)
	lset(&f, j)
	lget(&f, i)
	lget(&f, i)
	lget(&f, i).Op(wasm.OpMemoryInit).U32(0).Byte(0)
	lget(&f, i)
	lget(&f, n).Op(wasm.OpI32LtU)
	lset(&f, c)
	lget(&f, j)
	lset(&f, i)
	lget(&f, c).Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
	lget(&f, acc)
	lget(&f, n).Op(wasm.OpI64ExtendI32U).Op(wasm.OpI64Add)
	// g keeps three floats across its call of f, in the callee-saved
	// X12-X14, whose saves in f's frame lie above its host-call area.
	const a, b, d = 1, 2, 3
	var g wasmgen.Code
	lget(&g, n).Op(wasm.OpF64ConvertI32U).F64(0.5).Op(wasm.OpF64Add)
	g.Op(wasm.OpLocalTee).U32(a).F64(3).Op(wasm.OpF64Mul)
	g.Op(wasm.OpLocalTee).U32(b).F64(1).Op(wasm.OpF64Add)
	g.Op(wasm.OpLocalSet).U32(d)
	lget(&g, n).Op(wasm.OpCall).U32(0)
	lget(&g, a)
	lget(&g, b).Op(wasm.OpF64Add)
	lget(&g, d).Op(wasm.OpF64Add).Op(wasm.OpI64TruncSatF64S).Op(wasm.OpI64Add)
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 0, Locals: []wasm.ValType{wasm.I32, wasm.I64, wasm.I32, wasm.I32}, Body: f.B},
		{TypeIndex: 0, Locals: []wasm.ValType{wasm.F64, wasm.F64, wasm.F64}, Body: g.B},
	}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}, {Name: "g", Kind: wasm.ExternFunc, Index: 1}}
	checkAgainstInterp(t, m.Encode(), 2)
}
