package backend_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestReassociateDifferential runs sums of terms of different depths
// (params, products and rotate-xor chains of them, loads, a sum used twice,
// a constant), in random trees at both widths and in a loop that carries
// them, which the optimizer rebalances (opt.Reassociate), against the
// unoptimized IR interpreter on this machine's code, optimized and not.
func TestReassociateDifferential(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	m := wasmgen.New()
	m.Memory = &wasmgen.Memory{Min: 1}
	init := make([]byte, 1<<16)
	for i := range init {
		init[i] = byte(rng.Uint32())
	}
	m.Datas = []wasmgen.Data{{Active: true, Offset: new(wasmgen.Code).I32Const(0).B, Init: init}}
	get := func(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(i) }
	for ti, w := range []struct {
		typ                       wasm.ValType
		add, mul, xor, rotl, load wasm.Opcode
	}{
		{wasm.I32, wasm.OpI32Add, wasm.OpI32Mul, wasm.OpI32Xor, wasm.OpI32Rotl, wasm.OpI32Load},
		{wasm.I64, wasm.OpI64Add, wasm.OpI64Mul, wasm.OpI64Xor, wasm.OpI64Rotl, wasm.OpI64Load},
	} {
		m.Types = append(m.Types, wasm.FuncType{Params: []wasm.ValType{w.typ, w.typ, w.typ, w.typ}, Results: []wasm.ValType{w.typ}})
		// term pushes one term: local 4 is the loop's sum so far, local 5
		// a sum used twice.
		term := func(c *wasmgen.Code) {
			x := uint32(rng.IntN(5))
			switch rng.IntN(6) {
			case 0, 1:
				get(c, x)
			case 2:
				get(get(c, x), uint32(rng.IntN(5))).Op(w.mul)
			case 3:
				get(c, x)
				for range 1 + rng.IntN(4) {
					get(c, uint32(rng.IntN(4))).Op(w.rotl)
					get(c, x).Op(w.xor)
				}
			case 4:
				get(c, x)
				if w.typ == wasm.I64 {
					c.Op(wasm.OpI32WrapI64)
				}
				c.I32Const(0xfff8).Op(wasm.OpI32And).Op(w.load).MemArg(0, 0)
			default:
				get(c, 5)
			}
		}
		var tree func(c *wasmgen.Code, n int)
		tree = func(c *wasmgen.Code, n int) { // n terms
			if n == 1 {
				term(c)
				return
			}
			k := 1 + rng.IntN(n-1)
			if rng.IntN(3) > 0 { // mostly chains, as compilers emit them
				k = n - 1
			}
			tree(c, k)
			tree(c, n-k)
			c.Op(w.add)
		}
		for range 40 {
			// loop 20 times: l5 = l0 + l1; l4 = tree; l0..l3 rotate with l4.
			var c wasmgen.Code
			c.Op(wasm.OpLoop).BlockEmpty()
			get(get(&c, 0), 1).Op(w.add).Op(wasm.OpLocalSet).U32(5)
			tree(&c, 3+rng.IntN(6))
			if rng.IntN(4) == 0 {
				c.Const(w.typ, uint64(rng.IntN(64))).Op(w.add)
			}
			c.Op(wasm.OpLocalSet).U32(4)
			for i := range uint32(3) {
				get(&c, i+1).Op(wasm.OpLocalSet).U32(i)
			}
			get(&c, 4).Op(wasm.OpLocalSet).U32(3)
			get(&c, 6).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(6)
			c.I32Const(20).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0)
			c.Op(wasm.OpEnd)
			get(&c, 4)
			m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprint("f", len(m.Funcs)), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs))})
			m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: uint32(ti), Locals: []wasm.ValType{w.typ, w.typ, wasm.I32}, Body: c.B})
		}
	}
	checkAgainstInterp(t, m.Encode(), 2*len(m.Funcs))
}
