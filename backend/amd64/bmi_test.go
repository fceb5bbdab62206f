package amd64_test

import (
	"fmt"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/difffuzz"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestBMIDifferential checks shifts, rotates, and-nots and divisions by
// constants against the IR interpreter (the differential fuzzer's
// comparison, with its argument vectors) on code compiled with BMI1 and
// BMI2 (RORX, SHLX/SARX/SHRX, ANDN) and without them (the two-operand
// forms, counts in CL), optimized and not: rotates by
// constants at and beyond the width's ends, shifts and rotates by a
// register (the count the shifted value itself too), x & ^y in every
// operand order and with ^y used twice, divisions by constants and
// operations with constants that only the constant pool holds.
func TestBMIDifferential(t *testing.T) {
	if abi.HostArch() != abi.ArchAMD64 {
		t.Skip("amd64 code")
	}
	host := abi.HostFeatures(abi.ArchAMD64)
	b := bmiPatterns()
	for _, f := range []abi.Features{host, host &^ abi.FeatBMI2, host &^ (abi.FeatBMI1 | abi.FeatBMI2)} {
		if f == host && !host.Has(abi.FeatBMI1|abi.FeatBMI2) {
			t.Logf("this CPU has no BMI1 and BMI2: only the code without them runs")
			continue
		}
		for _, optNone := range []bool{false, true} {
			o := difffuzz.Options{Exact: true, OptNone: optNone, Target: backend.Target{Arch: abi.ArchAMD64, Features: f}}
			r := difffuzz.Check(b, o)
			if r.Status != difffuzz.OK {
				t.Fatalf("features %v, opt none %v: %v: %s", f, optNone, r.Status, r.Detail)
			}
			if r.Calls < 100 {
				t.Errorf("%d calls: the module does not test what it should", r.Calls)
			}
		}
	}
}

func bmiPatterns() []byte {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{wasm.I32, wasm.I32}, Results: []wasm.ValType{wasm.I32}},
		{Params: []wasm.ValType{wasm.I64, wasm.I64}, Results: []wasm.ValType{wasm.I64}},
	}
	add := func(typ uint32, c *wasmgen.Code) {
		m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprint("f", len(m.Funcs)), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs))})
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: typ, Body: c.B})
	}
	get := func(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(i) }
	type ops struct {
		typ                         uint32
		konst                       func(*wasmgen.Code, int64) *wasmgen.Code
		shl, shrS, shrU, rotl, rotr wasm.Opcode
		and, xor, add               wasm.Opcode
		width                       int64
		divU, remU, divS, or, mul   wasm.Opcode
	}
	for _, o := range []ops{
		{0, func(c *wasmgen.Code, k int64) *wasmgen.Code { return c.I32Const(int32(k)) },
			wasm.OpI32Shl, wasm.OpI32ShrS, wasm.OpI32ShrU, wasm.OpI32Rotl, wasm.OpI32Rotr, wasm.OpI32And, wasm.OpI32Xor, wasm.OpI32Add, 32,
			wasm.OpI32DivU, wasm.OpI32RemU, wasm.OpI32DivS, wasm.OpI32Or, wasm.OpI32Mul},
		{1, func(c *wasmgen.Code, k int64) *wasmgen.Code { return c.I64Const(k) },
			wasm.OpI64Shl, wasm.OpI64ShrS, wasm.OpI64ShrU, wasm.OpI64Rotl, wasm.OpI64Rotr, wasm.OpI64And, wasm.OpI64Xor, wasm.OpI64Add, 64,
			wasm.OpI64DivU, wasm.OpI64RemU, wasm.OpI64DivS, wasm.OpI64Or, wasm.OpI64Mul},
	} {
		// Rotates by constants (a rotl by k is a RORX by width-k).
		for _, k := range []int64{0, 1, 7, o.width - 1, o.width, o.width + 5, -3} {
			for _, rot := range []wasm.Opcode{o.rotl, o.rotr} {
				var c wasmgen.Code
				o.konst(get(&c, 0), k).Op(rot)
				// The operand lives on: RORX leaves it alone.
				add(o.typ, get(&c, 0).Op(o.xor))
			}
		}
		// By a register, and by the shifted value itself.
		for _, sh := range []wasm.Opcode{o.shl, o.shrS, o.shrU, o.rotl, o.rotr} {
			var c wasmgen.Code
			add(o.typ, get(get(&c, 0), 1).Op(sh))
			c = wasmgen.Code{}
			add(o.typ, get(get(&c, 0), 0).Op(sh))
			c = wasmgen.Code{}
			get(get(&c, 0), 1).Op(sh)
			add(o.typ, get(get(&c, 1), 0).Op(sh).Op(o.add)) // both operands live on
		}
		not := func(c *wasmgen.Code, i uint32) *wasmgen.Code { return o.konst(get(c, i), -1).Op(o.xor) }
		var c wasmgen.Code
		get(&c, 0)
		add(o.typ, not(&c, 1).Op(o.and)) // x & ^y
		c = wasmgen.Code{}
		not(&c, 1)
		add(o.typ, get(&c, 0).Op(o.and)) // ^y & x
		c = wasmgen.Code{}
		get(&c, 0)
		o.konst(&c, -1)
		add(o.typ, get(&c, 1).Op(o.xor).Op(o.and)) // x & (-1 ^ y)
		c = wasmgen.Code{}
		get(&c, 0)
		add(o.typ, not(&c, 0).Op(o.and)) // x & ^x
		c = wasmgen.Code{}
		not(&c, 1).Op(wasm.OpLocalTee).U32(1) // ^y used twice
		get(&c, 0).Op(o.and)
		add(o.typ, get(&c, 1).Op(o.add))
		c = wasmgen.Code{}
		// Division by constants: the high half of a product by a magic
		// number, from the constant pool where it takes 64 bits; the
		// operand lives on.
		for _, k := range []int64{3, 7, 10, 1000000, 0x123456789} {
			for _, div := range []wasm.Opcode{o.divU, o.remU, o.divS} {
				c = wasmgen.Code{}
				o.konst(get(&c, 0), k).Op(div)
				add(o.typ, get(&c, 0).Op(o.add))
			}
		}
		// Operations with a constant no immediate holds (64 bits: from
		// the pool), either operand.
		for _, bin := range []wasm.Opcode{o.add, o.and, o.or, o.xor, o.mul} {
			c = wasmgen.Code{}
			add(o.typ, o.konst(get(&c, 0), -0x123456789abcdef).Op(bin))
			c = wasmgen.Code{}
			add(o.typ, get(o.konst(&c, 0x7edcba9876543210), 1).Op(bin))
		}
		c = wasmgen.Code{}
		// SHA-256's choice: (e & f) ^ (^e & g), g = f rotated by 3.
		get(get(&c, 0), 1).Op(o.and)
		not(&c, 0)
		o.konst(get(&c, 1), 3).Op(o.rotl)
		add(o.typ, c.Op(o.and).Op(o.xor))
	}
	return m.Encode()
}
