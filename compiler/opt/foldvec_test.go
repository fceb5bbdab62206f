package opt_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/interp"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestFoldVectorAgainstInterpreter checks vector constant folding against
// the interpreter on unoptimized IR: functions computing a v128 from
// random constants must fold to one constant, and return what the
// unoptimized IR computes.
func TestFoldVectorAgainstInterpreter(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vconst := func(c *wasmgen.Code) {
		c.Op(wasm.OpV128Const)
		for range 16 {
			// Lanes of all kinds: small, negative, sign bits set.
			c.Byte([]byte{0, 1, 0x7f, 0x80, 0xff, byte(r.Uint32())}[r.IntN(6)])
		}
	}
	lane := func(c *wasmgen.Code, n int) { c.Byte(byte(r.IntN(n))) }
	cases := []func(c *wasmgen.Code){
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpV128And) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpV128Or) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpV128Xor) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpV128Andnot) },
		func(c *wasmgen.Code) { vconst(c); c.Op(wasm.OpV128Not) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); vconst(c); c.Op(wasm.OpV128Bitselect) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpI8x16Add) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpI8x16Sub) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpI16x8Mul) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpI32x4Mul) },
		func(c *wasmgen.Code) { vconst(c); vconst(c); c.Op(wasm.OpI64x2Mul) },
		func(c *wasmgen.Code) { vconst(c); c.I32Const(int32(r.Uint32())).Op(wasm.OpI8x16Shl) },
		func(c *wasmgen.Code) { vconst(c); c.I32Const(int32(r.Uint32())).Op(wasm.OpI8x16ShrS) },
		func(c *wasmgen.Code) { vconst(c); c.I32Const(int32(r.Uint32())).Op(wasm.OpI8x16ShrU) },
		func(c *wasmgen.Code) { vconst(c); c.I32Const(int32(r.IntN(40))).Op(wasm.OpI16x8ShrS) },
		func(c *wasmgen.Code) { vconst(c); c.I32Const(int32(r.IntN(40))).Op(wasm.OpI32x4ShrS) },
		func(c *wasmgen.Code) { vconst(c); c.I32Const(int32(r.IntN(70))).Op(wasm.OpI64x2ShrS) },
		func(c *wasmgen.Code) { c.I32Const(int32(r.Uint32())).Op(wasm.OpI8x16Splat) },
		func(c *wasmgen.Code) { c.I32Const(int32(r.Uint32())).Op(wasm.OpI32x4Splat) },
		func(c *wasmgen.Code) { c.I64Const(int64(r.Uint64())).Op(wasm.OpI64x2Splat) },
		func(c *wasmgen.Code) { c.F32Const(r.Uint32()).Op(wasm.OpF32x4Splat) },
		func(c *wasmgen.Code) { c.F64Const(r.Uint64()).Op(wasm.OpF64x2Splat) },
		func(c *wasmgen.Code) { vconst(c); c.Op(wasm.OpI8x16ExtractLaneS); lane(c, 16); c.Op(wasm.OpI32x4Splat) },
		func(c *wasmgen.Code) { vconst(c); c.Op(wasm.OpI8x16ExtractLaneU); lane(c, 16); c.Op(wasm.OpI32x4Splat) },
		func(c *wasmgen.Code) { vconst(c); c.Op(wasm.OpI16x8ExtractLaneS); lane(c, 8); c.Op(wasm.OpI32x4Splat) },
		func(c *wasmgen.Code) { vconst(c); c.Op(wasm.OpI32x4ExtractLane); lane(c, 4); c.Op(wasm.OpI8x16Splat) },
		func(c *wasmgen.Code) { vconst(c); c.Op(wasm.OpI64x2ExtractLane); lane(c, 2); c.Op(wasm.OpI64x2Splat) },
		func(c *wasmgen.Code) { vconst(c); c.Op(wasm.OpF32x4ExtractLane); lane(c, 4); c.Op(wasm.OpF32x4Splat) },
		func(c *wasmgen.Code) {
			vconst(c)
			c.I32Const(int32(r.Uint32())).Op(wasm.OpI8x16ReplaceLane)
			lane(c, 16)
		},
		func(c *wasmgen.Code) { vconst(c); c.F32Const(r.Uint32()).Op(wasm.OpF32x4ReplaceLane); lane(c, 4) },
	}
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Results: []wasm.ValType{wasm.V128}}}
	const rounds = 20
	for range rounds {
		for _, gen := range cases {
			var c wasmgen.Code
			gen(&c)
			m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 0, Body: c.B})
			m.Exports = append(m.Exports, wasmgen.Export{Name: strconv.Itoa(len(m.Funcs) - 1), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs) - 1)})
		}
	}
	b := m.Encode()
	mod, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	tr := translate.New()
	for i := range m.Funcs {
		f, err := tr.Function(mod, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := opt.Optimize(f, true); err != nil {
			t.Fatal(err)
		}
		if !foldedToConst(f) {
			t.Errorf("function %d (case %d) not folded:\n%s", i, i%len(cases), f)
		}
	}
	want, err := interp.NewEngine(false).Instantiate(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := interp.NewEngine(true).Instantiate(b)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range m.Exports {
		w, err1 := want.Invoke(e.Name, nil)
		g, err2 := got.Invoke(e.Name, nil)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v, %v", e.Name, err1, err2)
		}
		if w[0].V128 != g[0].V128 {
			t.Errorf("function %d (case %d): folded %x, want %x", i, i%len(cases), g[0].V128, w[0].V128)
		}
	}
}

// foldedToConst reports whether f returns a vconst and computes nothing
// else.
func foldedToConst(f *ir.Func) bool {
	n := 0
	for _, b := range ir.RPO(f) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			switch f.Op(v) {
			case ir.OpVconst, ir.OpReturn:
			case ir.OpPoll:
			default:
				n++
			}
		}
	}
	return n == 0
}
