package opt_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/interp"
	"github.com/kilnwasm/kiln/internal/spectest"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestThreadDispatchAgainstInterpreter runs random functions shaped as
// Go's code is (a loop around a br_table on a block number held in a
// local, each case changing other locals and jumping back with a
// constant, a choice of constants or a computed number) on optimized and
// unoptimized IR, and compares what they return.
func TestThreadDispatchAgainstInterpreter(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 33))
	const (
		pc, a, b, n = 3, 4, 5, 6 // locals after the parameters
		funcs       = 60
	)
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32, wasm.I64, wasm.I64}, Results: []wasm.ValType{wasm.I64}}}
	ops := []wasm.Opcode{wasm.OpI64Add, wasm.OpI64Sub, wasm.OpI64Mul, wasm.OpI64Xor, wasm.OpI64Rotl}
	for range funcs {
		k := 2 + r.IntN(6) // cases; the default returns
		var c wasmgen.Code
		c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalSet).U32(pc)
		c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalSet).U32(a)
		c.Op(wasm.OpLocalGet).U32(2).Op(wasm.OpLocalSet).U32(b)
		c.I32Const(int32(5 + r.IntN(40))).Op(wasm.OpLocalSet).U32(n)
		c.Op(wasm.OpLoop).BlockEmpty()
		for range k + 1 {
			c.Op(wasm.OpBlock).BlockEmpty()
		}
		c.Op(wasm.OpLocalGet).U32(pc).Op(wasm.OpBrTable).U32(uint32(k))
		for i := range k + 1 {
			c.U32(uint32(i))
		}
		for i := range k {
			c.Op(wasm.OpEnd) // case i follows, K-i blocks inside the loop
			loop := uint32(k - i)
			// Stop when the count runs out.
			c.Op(wasm.OpLocalGet).U32(n).Op(wasm.OpI32Eqz).Op(wasm.OpIf).BlockEmpty()
			c.Op(wasm.OpLocalGet).U32(a).Op(wasm.OpLocalGet).U32(b).Op(wasm.OpI64Xor).Op(wasm.OpReturn)
			c.Op(wasm.OpEnd)
			c.Op(wasm.OpLocalGet).U32(n).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalSet).U32(n)
			if r.IntN(3) == 0 {
				// A swap: what a case passes on is then the value another
				// local had on entering it.
				c.Op(wasm.OpLocalGet).U32(a).Op(wasm.OpLocalGet).U32(b).Op(wasm.OpLocalSet).U32(a).Op(wasm.OpLocalSet).U32(b)
			}
			for range r.IntN(3) {
				x, y := uint32(a+r.IntN(2)), uint32(a+r.IntN(2))
				c.Op(wasm.OpLocalGet).U32(x).Op(wasm.OpLocalGet).U32(y).Op(ops[r.IntN(len(ops))])
				c.I64Const(int64(r.Uint64())).Op(ops[r.IntN(len(ops))]).Op(wasm.OpLocalSet).U32(uint32(a + r.IntN(2)))
			}
			next := func() int32 { return int32(r.IntN(k+2)) - int32(r.IntN(2)) } // some beyond the table
			switch r.IntN(4) {
			case 0, 1: // a constant
				c.I32Const(next()).Op(wasm.OpLocalSet).U32(pc).Op(wasm.OpBr).U32(loop)
			case 2: // one of two, each branching back from its arm
				c.Op(wasm.OpLocalGet).U32(a).I64Const(int64(r.Uint64())).Op(wasm.OpI64LtS).Op(wasm.OpIf).BlockEmpty()
				c.I32Const(next()).Op(wasm.OpLocalSet).U32(pc).Op(wasm.OpBr).U32(loop + 1)
				c.Op(wasm.OpEnd)
				c.I32Const(next()).Op(wasm.OpLocalSet).U32(pc).Op(wasm.OpBr).U32(loop)
			default: // computed
				c.Op(wasm.OpLocalGet).U32(b).Op(wasm.OpI32WrapI64).I32Const(7).Op(wasm.OpI32And).Op(wasm.OpLocalSet).U32(pc).Op(wasm.OpBr).U32(loop)
			}
		}
		c.Op(wasm.OpEnd) // the default
		c.Op(wasm.OpLocalGet).U32(b).Op(wasm.OpLocalGet).U32(a).Op(wasm.OpI64Sub).Op(wasm.OpReturn)
		c.Op(wasm.OpEnd)         // the loop
		c.Op(wasm.OpUnreachable) // (Encode ends the body)
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 0, Locals: []wasm.ValType{wasm.I32, wasm.I64, wasm.I64, wasm.I32}, Body: c.B})
		m.Exports = append(m.Exports, wasmgen.Export{Name: strconv.Itoa(len(m.Funcs) - 1), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs) - 1)})
	}
	bin := m.Encode()
	mod, err := wasm.Decode(bin)
	if err != nil {
		t.Fatal(err)
	}
	// The test is only as good as the threading it exercises.
	tr := translate.New()
	threaded := 0
	for i := range m.Funcs {
		f, err := tr.Function(mod, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		before := f.CFGVersion()
		opt.ThreadDispatch(f)
		if f.CFGVersion() != before {
			threaded++
		}
	}
	if threaded < funcs/2 {
		t.Fatalf("thread-dispatch changed %d of %d functions", threaded, funcs)
	}
	want, err := interp.NewEngine(false).Instantiate(bin)
	if err != nil {
		t.Fatal(err)
	}
	got, err := interp.NewEngine(true).Instantiate(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m.Exports {
		for range 8 {
			args := []spectest.Value{{Type: wasm.I32, Bits: uint64(r.IntN(10))}, {Type: wasm.I64, Bits: r.Uint64()}, {Type: wasm.I64, Bits: r.Uint64()}}
			w, err1 := want.Invoke(e.Name, args)
			g, err2 := got.Invoke(e.Name, args)
			if (err1 == nil) != (err2 == nil) || err1 == nil && w[0].Bits != g[0].Bits {
				t.Fatalf("function %s%v: optimized %v %v, want %v %v", e.Name, args, g, err2, w, err1)
			}
		}
	}
}
