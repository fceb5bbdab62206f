package backend_test

import (
	"fmt"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestAddCarryDifferential: additions and subtractions of comparisons,
// which amd64 selects as a compare that leaves the comparison (or its
// negation) in the carry flag and an ADC or SBB, against the IR
// interpreter: every unsigned order and the tests for zero, at both
// comparison widths, against a register, a constant and the operand
// itself, added on either side and subtracted; each function mixes
// several such terms, so that every one shows in its result.
func TestAddCarryDifferential(t *testing.T) {
	m := wasmgen.New()
	get := func(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(i) }
	type width struct {
		typ   wasm.ValType
		konst func(*wasmgen.Code, int64) *wasmgen.Code
		add   wasm.Opcode
		ops   []wasm.Opcode // binary comparisons
		eqz   wasm.Opcode
	}
	for _, w := range []width{
		{wasm.I32, func(c *wasmgen.Code, k int64) *wasmgen.Code { return c.I32Const(int32(k)) }, wasm.OpI32Add,
			[]wasm.Opcode{wasm.OpI32LtU, wasm.OpI32GeU, wasm.OpI32GtU, wasm.OpI32LeU, wasm.OpI32Eq, wasm.OpI32Ne}, wasm.OpI32Eqz},
		{wasm.I64, func(c *wasmgen.Code, k int64) *wasmgen.Code { return c.I64Const(k) }, wasm.OpI64Add,
			[]wasm.Opcode{wasm.OpI64LtU, wasm.OpI64GeU, wasm.OpI64GtU, wasm.OpI64LeU, wasm.OpI64Eq, wasm.OpI64Ne}, wasm.OpI64Eqz},
	} {
		ti := uint32(len(m.Types))
		m.Types = append(m.Types, wasm.FuncType{Params: []wasm.ValType{wasm.I32, w.typ, w.typ}, Results: []wasm.ValType{wasm.I32}})
		// The comparisons of f(x, a, b): (a, b), (a, a), (a, a+1), (a, 7),
		// (a, -1), (b, 0).
		operands := []func(*wasmgen.Code){
			func(c *wasmgen.Code) { get(get(c, 1), 2) },
			func(c *wasmgen.Code) { get(get(c, 1), 1) },
			func(c *wasmgen.Code) { w.konst(get(get(c, 1), 1), 1).Op(w.add) },
			func(c *wasmgen.Code) { w.konst(get(c, 1), 7) },
			func(c *wasmgen.Code) { w.konst(get(c, 1), -1) },
			func(c *wasmgen.Code) { w.konst(get(c, 2), 0) },
		}
		for _, op := range append(w.ops, w.eqz) {
			for _, arith := range []wasm.Opcode{wasm.OpI32Add, wasm.OpI32Sub} {
				for _, cmpFirst := range []bool{false, true} {
					if cmpFirst && arith == wasm.OpI32Sub {
						continue
					}
					// acc = 0; for each operand pair: acc = acc*31 + (x +- cmp)
					var c wasmgen.Code
					c.I32Const(0)
					for _, ops := range operands {
						c.I32Const(31).Op(wasm.OpI32Mul)
						cmp := func() {
							if op == w.eqz {
								get(&c, 2).Op(op)
								return
							}
							ops(&c)
							c.Op(op)
						}
						if cmpFirst {
							cmp()
							get(&c, 0)
						} else {
							get(&c, 0)
							cmp()
						}
						c.Op(arith).Op(wasm.OpI32Add)
					}
					m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprint("f", len(m.Funcs)), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs))})
					m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: ti, Body: c.B})
				}
			}
		}
	}
	checkAgainstInterp(t, m.Encode(), 2*len(m.Funcs))
}
