package backend_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestDivByConstDifferential runs divisions and remainders by constants,
// which the optimizer turns into multiplications by reciprocals, against
// the unoptimized IR interpreter (real divisions) on this machine's code:
// every divisor kind (small, even, odd, powers of two and their
// negatives, the extremes, ones needing the wide multiplier) at both
// widths, each on 200 dividends per call spread over every magnitude and
// sign, optimized and not.
func TestDivByConstDifferential(t *testing.T) {
	divisors := []int64{2, 3, 5, 6, 7, 10, 12, 14, 25, 60, 100, 125, 641, 1000, 1 << 20, 1000000, 1e9 + 7,
		0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff, 1 << 40, 1e12, 1e18 + 9,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 0x5555555555555555}
	for _, d := range append([]int64(nil), divisors...) {
		divisors = append(divisors, -d)
	}
	divisors = append(divisors, 0, 1, -1) // left alone: they trap or fold
	m := wasmgen.New()
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}},
		{Params: []wasm.ValType{wasm.I64}, Results: []wasm.ValType{wasm.I64}},
	}
	type width struct {
		typ                    wasm.ValType
		konst                  func(*wasmgen.Code, int64) *wasmgen.Code
		mul, add, shrS, extend wasm.Opcode
		ops                    []wasm.Opcode
	}
	get := func(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(i) }
	for ti, w := range []width{
		{wasm.I32, func(c *wasmgen.Code, k int64) *wasmgen.Code { return c.I32Const(int32(k)) },
			wasm.OpI32Mul, wasm.OpI32Add, wasm.OpI32ShrS, wasm.OpNop,
			[]wasm.Opcode{wasm.OpI32DivU, wasm.OpI32RemU, wasm.OpI32DivS, wasm.OpI32RemS}},
		{wasm.I64, func(c *wasmgen.Code, k int64) *wasmgen.Code { return c.I64Const(k) },
			wasm.OpI64Mul, wasm.OpI64Add, wasm.OpI64ShrS, wasm.OpI64ExtendI32U,
			[]wasm.Opcode{wasm.OpI64DivU, wasm.OpI64RemU, wasm.OpI64DivS, wasm.OpI64RemS}},
	} {
		for _, op := range w.ops {
			for _, d := range divisors {
				if op == wasm.OpI32DivS && int32(d) == -1 || op == wasm.OpI64DivS && d == -1 || int32(d) == 0 && w.typ == wasm.I32 || d == 0 {
					continue // would trap on some dividends
				}
				// loop: x = x*A + B; acc = acc*31 + ((x >>s 7i) op d)
				var c wasmgen.Code
				c.Op(wasm.OpLoop).BlockEmpty()
				w.konst(get(&c, 0), 6364136223846793005).Op(w.mul)
				w.konst(&c, 1442695040888963407).Op(w.add).Op(wasm.OpLocalSet).U32(0)
				w.konst(get(&c, 1), 31).Op(w.mul)
				get(get(&c, 0), 2).I32Const(7).Op(wasm.OpI32Mul).Op(w.extend).Op(w.shrS)
				w.konst(&c, d).Op(op).Op(w.add).Op(wasm.OpLocalSet).U32(1)
				get(&c, 2).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(2)
				c.I32Const(200).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0)
				c.Op(wasm.OpEnd)
				get(&c, 1)
				m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprint("f", len(m.Funcs)), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs))})
				m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: uint32(ti), Locals: []wasm.ValType{w.typ, wasm.I32}, Body: c.B})
			}
		}
	}
	checkAgainstInterp(t, m.Encode(), 2*len(m.Funcs))
}
