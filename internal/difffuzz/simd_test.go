package difffuzz

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// v128Module passes v128 values every way the differ sees them: as
// arguments (more than fit in registers) and results of an export, to a
// host function and in an exported global.
func v128Module() []byte {
	m := wasmgen.New()
	v := wasm.V128
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{v}},
		{Params: []wasm.ValType{wasm.I32, v, wasm.F64, v, v, v, v, v, v, v, v}, Results: []wasm.ValType{v, wasm.I32, v}},
	}
	m.Imports = []wasmgen.Import{{Module: "fuzzing-support", Name: "log-v128", Kind: wasm.ExternFunc, TypeIndex: 0}}
	var init wasmgen.Code
	init.Op(wasm.OpV128Const)
	for i := range 16 {
		init.Byte(byte(0xf0 + i))
	}
	m.Globals = []wasmgen.Global{{Type: wasm.GlobalType{Type: v, Mutable: true}, Init: init.B}}
	var c wasmgen.Code
	c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpCall).U32(0)
	c.Op(wasm.OpLocalGet).U32(10).Op(wasm.OpGlobalSet).U32(0)
	c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(3).Op(wasm.OpF32x4Add)
	c.Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32Add)
	c.Op(wasm.OpLocalGet).U32(9).Op(wasm.OpLocalGet).U32(10).Op(wasm.OpI64x2Add)
	m.Funcs = []wasmgen.Func{{TypeIndex: 1, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 1}, {Name: "gv", Kind: wasm.ExternGlobal, Index: 0}}
	return m.Encode()
}

// v128 values cross the boundary in two slots, and the differ notices
// a difference in either half of a result, host-call argument or global.
func TestV128(t *testing.T) {
	b := v128Module()
	r := Check(b, Options{Exact: true})
	if r.Status != OK || r.V128Calls == 0 || r.SIMDFuncs != 1 {
		t.Fatalf("%v: %s (%d v128 calls, %d SIMD functions)", r.Status, r.Detail, r.V128Calls, r.SIMDFuncs)
	}
	for _, what := range []string{"result-hi", "global-hi", "log-hi"} {
		r := check(b, Options{Exact: true}, func(e engine) engine { return faulty{e, what} })
		if r.Status != Diverged {
			t.Errorf("a corrupted %s went unnoticed (%v)", what, r.Status)
		} else {
			t.Logf("%s: %s", what, r.Detail)
		}
	}
}

func TestSameV128(t *testing.T) {
	const (
		f32NaN  = 0x7fc00000
		f32NaN2 = 0xffc00123
		f64NaN  = 0x7ff8000000000000
		f64NaN2 = 0xfff0000000000001
	)
	for _, c := range []struct {
		a, b  [2]uint64
		nanEq bool
		want  bool
	}{
		{[2]uint64{1, 2}, [2]uint64{1, 2}, false, true},
		{[2]uint64{1, 2}, [2]uint64{1, 3}, true, false},
		{[2]uint64{f64NaN, 2}, [2]uint64{f64NaN2, 2}, true, true},
		{[2]uint64{f64NaN, 2}, [2]uint64{f64NaN2, 2}, false, false},
		{[2]uint64{f32NaN<<32 | 5, 0}, [2]uint64{f32NaN2<<32 | 5, 0}, true, true},
		{[2]uint64{f32NaN<<32 | 5, 0}, [2]uint64{f32NaN2<<32 | 6, 0}, true, false},
		{[2]uint64{0, f32NaN<<32 | f32NaN2}, [2]uint64{0, f32NaN2<<32 | f32NaN}, true, true},
		// A NaN against a number is a difference in either half.
		{[2]uint64{0, f64NaN}, [2]uint64{0, 1 << 62}, true, false},
	} {
		if got := sameV128(c.a[0], c.a[1], c.b[0], c.b[1], c.nanEq); got != c.want {
			t.Errorf("sameV128(%#x, %#x, nanEq %v) = %v", c.a, c.b, c.nanEq, got)
		}
	}
}

// DenanV128's rewrite of vector arithmetic validates and runs alike on
// both engines (0/0 in an f32x4 lane: the arguments are zeros first).
func TestDenanV128(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.V128, wasm.V128}, Results: []wasm.ValType{wasm.I32}}}
	var c wasmgen.Code
	c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalGet).U32(1)
	c.Op(wasm.OpF32x4Div).Op(wasm.OpI32x4ExtractLane).Byte(0)
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Locals: []wasm.ValType{wasm.I64}, Body: c.B}}
	m.Exports = []wasmgen.Export{{Name: "f", Kind: wasm.ExternFunc, Index: 0}}
	b := m.Encode()
	d, err := DenanV128(b)
	if err != nil {
		t.Fatal(err)
	}
	if r := Check(d, Options{Exact: true}); r.Status != OK {
		t.Errorf("after DenanV128: %v: %s", r.Status, r.Detail)
	}
	if len(d) == len(b) {
		t.Error("f32x4.div not rewritten")
	}
}
