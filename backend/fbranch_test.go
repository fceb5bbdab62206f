package backend_test

import (
	"fmt"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestFloatCompareBranchDifferential: float comparisons feeding a br_if,
// a select and an if, which the backends fuse into one flags-setting
// compare and a conditional jump or move (amd64: lt, gt, le, ge; arm64:
// all six), against the IR interpreter, with a NaN operand among the
// pairs compared so that the unordered case is always tried.
func TestFloatCompareBranchDifferential(t *testing.T) {
	m := wasmgen.New()
	get := func(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(i) }
	for _, w := range []struct {
		typ wasm.ValType
		nan uint64
		ops []wasm.Opcode // eq, ne, lt, gt, le, ge
	}{
		{wasm.F32, 0x7fc00000, []wasm.Opcode{wasm.OpF32Eq, wasm.OpF32Ne, wasm.OpF32Lt, wasm.OpF32Gt, wasm.OpF32Le, wasm.OpF32Ge}},
		{wasm.F64, 0x7ff8000000000000, []wasm.Opcode{wasm.OpF64Eq, wasm.OpF64Ne, wasm.OpF64Lt, wasm.OpF64Gt, wasm.OpF64Le, wasm.OpF64Ge}},
	} {
		ti := uint32(len(m.Types))
		m.Types = append(m.Types, wasm.FuncType{Params: []wasm.ValType{w.typ, w.typ}, Results: []wasm.ValType{wasm.I32}})
		// The comparisons of f(a, b): (a, b), (b, a), (a, a), (a, NaN),
		// (NaN, b), (a, 1.5).
		operands := []func(*wasmgen.Code){
			func(c *wasmgen.Code) { get(get(c, 0), 1) },
			func(c *wasmgen.Code) { get(get(c, 1), 0) },
			func(c *wasmgen.Code) { get(get(c, 0), 0) },
			func(c *wasmgen.Code) { get(c, 0).Const(w.typ, w.nan) },
			func(c *wasmgen.Code) { get(c.Const(w.typ, w.nan), 1) },
			func(c *wasmgen.Code) {
				if w.typ == wasm.F32 {
					get(c, 0).F32(1.5)
				} else {
					get(c, 0).F64(1.5)
				}
			},
		}
		for _, op := range w.ops {
			// acc = 0; for each pair: acc = acc*7 + (branch: 1 or 2) +
			// (select: 10 or 20) + (if: 100 or 200)
			var c wasmgen.Code
			c.I32Const(0)
			for _, ops := range operands {
				c.I32Const(7).Op(wasm.OpI32Mul)
				c.Op(wasm.OpBlock).BlockVal(wasm.I32)
				c.I32Const(1)
				ops(&c)
				c.Op(op).Op(wasm.OpBrIf).U32(0)
				c.Op(wasm.OpDrop).I32Const(2)
				c.Op(wasm.OpEnd).Op(wasm.OpI32Add)
				c.I32Const(10).I32Const(20)
				ops(&c)
				c.Op(op).Op(wasm.OpSelect).Op(wasm.OpI32Add)
				ops(&c)
				c.Op(op).Op(wasm.OpIf).BlockVal(wasm.I32).I32Const(100).Op(wasm.OpElse).I32Const(200).Op(wasm.OpEnd)
				c.Op(wasm.OpI32Add)
			}
			m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprint("f", len(m.Funcs)), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs))})
			m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: ti, Body: c.B})
		}
	}
	checkAgainstInterp(t, m.Encode(), 2*len(m.Funcs))
}
