package backend_test

import (
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/difffuzz"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// unrollModule exports loops of one block that opt.UnrollLoops unrolls,
// so that the loop ends from every copy, and traps in every copy:
//
//	sum(p, n):  n = (n & 15) + 1; acc = 0; f = 0.0
//	            do { acc = acc*31 + load8_u(p); f = f*0.5 + load8_u(p); p++ } while (--n)
//	            return acc ^ p<<8 ^ trunc_sat(f*256)    (acc, p and f used after the loop)
//	last(p, n): the same loop as a loop with a result: acc is E's argument
//	all(p):     sum(p, k) ^ last(p, k) << k for k = 0 ... 16 (every trip count)
//
// p near 64 KiB makes load8_u trap at a trip count that the arguments
// choose.
func unrollModule() []byte {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{wasm.I32, wasm.I32}, Results: []wasm.ValType{wasm.I32}},
		{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}},
	}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 1, HasMax: true}
	const p, n, acc, f = 0, 1, 2, 3
	prologue := func(c *wasmgen.Code) {
		lget(c, n).I32Const(15).Op(wasm.OpI32And).I32Const(1).Op(wasm.OpI32Add)
		lset(c, n)
	}
	step := func(c *wasmgen.Code) {
		lget(c, acc).I32Const(31).Op(wasm.OpI32Mul)
		lget(c, p).Op(wasm.OpI32Load8U).MemArg(0, 0).Op(wasm.OpI32Add)
		lset(c, acc)
		lget(c, f).F64(0.5).Op(wasm.OpF64Mul)
		lget(c, p).Op(wasm.OpI32Load8U).MemArg(0, 0).Op(wasm.OpF64ConvertI32U).Op(wasm.OpF64Add)
		c.Op(wasm.OpLocalSet).U32(f)
		addTo(c, p, 1)
	}
	var sum wasmgen.Code
	prologue(&sum)
	sum.Op(wasm.OpLoop).BlockEmpty()
	step(&sum)
	lget(&sum, n).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(n)
	sum.Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
	lget(&sum, acc)
	lget(&sum, p).I32Const(8).Op(wasm.OpI32Shl).Op(wasm.OpI32Xor)
	lget(&sum, f).F64(256).Op(wasm.OpF64Mul).Op(wasm.OpI32TruncSatF64S).Op(wasm.OpI32Xor)

	var last wasmgen.Code
	prologue(&last)
	last.Op(wasm.OpLoop).BlockVal(wasm.I32)
	step(&last)
	lget(&last, acc)
	lget(&last, n).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(n)
	last.Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)

	// all: locals p 0, k 1, acc 2
	var all wasmgen.Code
	all.Op(wasm.OpLoop).BlockEmpty()
	lget(&all, 2)
	lget(&all, 0)
	lget(&all, 1).Op(wasm.OpCall).U32(0).Op(wasm.OpI32Xor)
	lget(&all, 0)
	lget(&all, 1).Op(wasm.OpCall).U32(1)
	lget(&all, 1).Op(wasm.OpI32Shl).Op(wasm.OpI32Xor)
	lset(&all, 2)
	lget(&all, 1).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(1)
	all.I32Const(17).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
	lget(&all, 2)

	locals := []wasm.ValType{wasm.I32, wasm.F64}
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 0, Locals: locals, Body: sum.B},
		{TypeIndex: 0, Locals: locals, Body: last.B},
		{TypeIndex: 1, Locals: []wasm.ValType{wasm.I32, wasm.I32}, Body: all.B},
	}
	for i, name := range []string{"sum", "last", "all"} {
		m.Exports = append(m.Exports, wasmgen.Export{Name: name, Kind: wasm.ExternFunc, Index: uint32(i)})
	}
	var data []byte
	for i := range 256 {
		data = append(data, byte(i*37+11))
	}
	m.Datas = []wasmgen.Data{
		{Active: true, Offset: new(wasmgen.Code).I32Const(0).B, Init: data},
		{Active: true, Offset: new(wasmgen.Code).I32Const(65536 - 256).B, Init: data},
	}
	return m.Encode()
}

// The unrolled loops give the interpreter's answers and traps (the
// interpreter running the unoptimized IR and the optimized), optimized
// and not, and are unrolled: each loop's body four times over.
func TestUnrolledLoopsDifferential(t *testing.T) {
	b := unrollModule()
	checkAgainstInterp(t, b, 3)
	o := difffuzz.Options{Exact: true, InterpOptimize: true, Target: backend.HostTarget()}
	if r := difffuzz.Check(b, o); r.Status != difffuzz.OK {
		t.Fatalf("interpreter optimized: %v: %s", r.Status, r.Detail)
	}
	texts := stageTexts(t, b, "unroll")
	for i, name := range []string{"sum", "last"} {
		if got := strings.Count(texts[uint32(i)], "load8_u"); got != 8 {
			t.Errorf("%s: %d loads after unrolling, want 8 (two in each of four copies)", name, got)
		}
	}
}
