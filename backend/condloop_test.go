package backend

import (
	"context"
	"testing"

	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// condLoopModule exports functions in the shapes that opt's
// loop-compares, split-conditions and sign-guards rewrite, including
// the limits where a rewrite would be wrong:
//
//	trips(): for (i = 0, n = 0; ; ) { n++; c = i < 100; i += 3; if !c break } -> n
//	wraps(): the same with limit 0xc0000001, step 1<<30: i wraps to 0 and the
//	         loop would not end; it returns 1000+n at n = 10
//	down():  i = 10, step -1, continue while i != 7 -> n
//	cond(a, b): (a != 61 | b != 100) & (a <u b) ? 1 : 2, and then
//	         !(a == 61 | b == 100) | a <s b ? n+10 : n+20 (n is the first answer)
//	guard(p): x = load8_s p; x < 0 ? -1 : x & 255
func condLoopModule(t *testing.T) []byte {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{
		{Results: []wasm.ValType{wasm.I32}},
		{Params: []wasm.ValType{wasm.I32, wasm.I32}, Results: []wasm.ValType{wasm.I32}},
		{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}},
	}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 1, HasMax: true}
	get := func(c *wasmgen.Code, l uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(l) }
	set := func(c *wasmgen.Code, l uint32) *wasmgen.Code { return c.Op(wasm.OpLocalSet).U32(l) }
	// counter: locals i (0), n (1), c (2)
	counter := func(start, limit, step int32, cmp wasm.Opcode, capAt int32) []byte {
		var c wasmgen.Code
		set(c.I32Const(start), 0)
		c.Op(wasm.OpLoop).BlockEmpty()
		set(get(&c, 1).I32Const(1).Op(wasm.OpI32Add), 1)
		if capAt > 0 {
			get(&c, 1).I32Const(capAt).Op(wasm.OpI32Eq).Op(wasm.OpIf).BlockEmpty()
			get(&c, 1).I32Const(1000).Op(wasm.OpI32Add).Op(wasm.OpReturn).Op(wasm.OpEnd)
		}
		set(get(&c, 0).I32Const(limit).Op(cmp), 2)
		set(get(&c, 0).I32Const(step).Op(wasm.OpI32Add), 0)
		get(&c, 2).Op(wasm.OpBrIf).U32(0).Op(wasm.OpEnd)
		get(&c, 1)
		return c.B
	}
	locals := []wasm.ValType{wasm.I32, wasm.I32, wasm.I32}
	var cond wasmgen.Code
	get(&cond, 0).I32Const(61).Op(wasm.OpI32Ne)
	get(&cond, 1).I32Const(100).Op(wasm.OpI32Ne).Op(wasm.OpI32Or)
	get(&cond, 0)
	get(&cond, 1).Op(wasm.OpI32LtU).Op(wasm.OpI32And)
	cond.Op(wasm.OpIf).BlockVal(wasm.I32).I32Const(1).Op(wasm.OpElse).I32Const(2).Op(wasm.OpEnd)
	set(&cond, 2)
	get(&cond, 0).I32Const(61).Op(wasm.OpI32Eq)
	get(&cond, 1).I32Const(100).Op(wasm.OpI32Eq).Op(wasm.OpI32Or).Op(wasm.OpI32Eqz)
	get(&cond, 0)
	get(&cond, 1).Op(wasm.OpI32LtS).Op(wasm.OpI32Or)
	cond.Op(wasm.OpIf).BlockVal(wasm.I32)
	get(&cond, 2).I32Const(10).Op(wasm.OpI32Add).Op(wasm.OpElse)
	get(&cond, 2).I32Const(20).Op(wasm.OpI32Add).Op(wasm.OpEnd)
	var guard wasmgen.Code
	get(&guard, 0).Op(wasm.OpI32Load8S).MemArg(0, 0)
	guard.Op(wasm.OpLocalTee).U32(1).I32Const(0).Op(wasm.OpI32LtS)
	guard.Op(wasm.OpIf).BlockEmpty().I32Const(-1).Op(wasm.OpReturn).Op(wasm.OpEnd)
	get(&guard, 1).I32Const(255).Op(wasm.OpI32And)
	m.Funcs = []wasmgen.Func{
		{TypeIndex: 0, Locals: locals, Body: counter(0, 100, 3, wasm.OpI32LtU, 0)},
		{TypeIndex: 0, Locals: locals, Body: counter(0, -0x3fffffff, 1<<30, wasm.OpI32LtU, 10)},
		{TypeIndex: 0, Locals: locals, Body: counter(10, 7, -1, wasm.OpI32Ne, 0)},
		{TypeIndex: 1, Locals: []wasm.ValType{wasm.I32}, Body: cond.B},
		{TypeIndex: 2, Locals: []wasm.ValType{wasm.I32}, Body: guard.B},
	}
	for i, name := range []string{"trips", "wraps", "down", "cond", "guard"} {
		m.Exports = append(m.Exports, wasmgen.Export{Name: name, Kind: wasm.ExternFunc, Index: uint32(i)})
	}
	b := m.Encode()
	mod, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(mod); err != nil {
		t.Fatal(err)
	}
	return b
}

// The rewritten loop tests and conditions give Wasm's answers, optimized
// and not, where i + k wraps too.
func TestConditionsAndLoopTests(t *testing.T) {
	for _, level := range []OptLevel{OptSpeed, OptNone} {
		m, err := wasm.Decode(condLoopModule(t))
		if err != nil {
			t.Fatal(err)
		}
		c, err := Compile(context.Background(), m, Options{Target: HostTarget(), OptLevel: level})
		if err != nil {
			t.Fatal(err)
		}
		inst := instantiate(t, m, c)
		mem := inst.Memory().Bytes()
		for i := range 256 {
			mem[i] = byte(i)
		}
		call := func(name string, args ...uint32) int32 {
			t.Helper()
			s := make([]uint64, max(len(args), 1))
			for i, a := range args {
				s[i] = uint64(a)
			}
			if err := inst.Exports()[name].Func.Call(context.Background(), s); err != nil {
				t.Fatalf("%v %s%v: %v", level, name, args, err)
			}
			return int32(uint32(s[0]))
		}
		for name, want := range map[string]int32{"trips": 35, "wraps": 1010, "down": 4} {
			if got := call(name); got != want {
				t.Errorf("%v %s() = %d, want %d", level, name, got, want)
			}
		}
		vals := []uint32{0, 1, 60, 61, 62, 99, 100, 101, 1 << 31, 0xffffffff}
		for _, a := range vals {
			for _, b := range vals {
				want := int32(2)
				if (a != 61 || b != 100) && a < b {
					want = 1
				}
				if !(a == 61 || b == 100) || int32(a) < int32(b) {
					want += 10
				} else {
					want += 20
				}
				if got := call("cond", a, b); got != want {
					t.Errorf("%v cond(%d, %d) = %d, want %d", level, a, b, got, want)
				}
			}
		}
		for p := range uint32(256) {
			want := int32(p)
			if p >= 128 {
				want = -1
			}
			if got := call("guard", p); got != want {
				t.Errorf("%v guard(%d) = %d, want %d", level, p, got, want)
			}
		}
	}
}
