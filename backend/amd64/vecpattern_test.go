package amd64_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/difffuzz"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// TestVectorPatterns checks the vector selections that depend on operand
// patterns against the IR interpreter (the differential fuzzer's
// comparison, with its argument vectors): shuffles of every form the
// selector matches (with two operands, one operand twice and a constant
// operand, zero or not, on either side) and random ones, swizzles by constant and known-small indices,
// high-half extensions, unsigned comparisons with constants (lanes at the
// ends of their range included), and v128 loads, lane loads and
// constants taken as memory operands (in and out of bounds).
// It runs for this machine and, on amd64, for the baseline too (no AVX:
// the two-operand forms).
func TestVectorPatterns(t *testing.T) {
	mod := vectorPatterns()
	targets := []backend.Target{{}}
	if a := abi.HostArch(); a == abi.ArchAMD64 {
		targets = append(targets, backend.Target{Arch: a, Features: abi.BaselineFeatures(a) & abi.HostFeatures(a)})
	}
	for _, tg := range targets {
		r := difffuzz.Check(mod, difffuzz.Options{Exact: true, Target: tg})
		if r.Status != difffuzz.OK {
			t.Fatalf("features %v: %v: %s", tg.Features, r.Status, r.Detail)
		}
		if r.Traps == 0 || r.V128Calls == 0 {
			t.Errorf("features %v: %d calls with v128 values, %d traps: the module does not test what it should", tg.Features, r.V128Calls, r.Traps)
		}
	}
}

func vectorPatterns() []byte {
	m := wasmgen.New()
	v, i32 := wasm.V128, wasm.I32
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{v, v}, Results: []wasm.ValType{v}},
		{Params: []wasm.ValType{v}, Results: []wasm.ValType{v}},
		{Params: []wasm.ValType{i32, v}, Results: []wasm.ValType{v}},
	}
	m.Memory = &wasmgen.Memory{Min: 1}
	add := func(typ uint32, c *wasmgen.Code) {
		m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprint("f", len(m.Funcs)), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs))})
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: typ, Body: c.B})
	}
	vconst := func(c *wasmgen.Code, b [16]byte) { c.Op(wasm.OpV128Const).B = append(c.B, b[:]...) }
	get := func(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(i) }

	rng := rand.New(rand.NewPCG(13, 0))
	for _, l := range shufflePatterns(rng) {
		shuffle := func(c *wasmgen.Code) { c.Op(wasm.OpI8x16Shuffle).B = append(c.B, l[:]...) }
		var c wasmgen.Code
		get(get(&c, 0), 1)
		shuffle(&c)
		add(0, &c)
		c = wasmgen.Code{}
		get(get(&c, 0), 0)
		shuffle(&c)
		add(1, &c)
		for _, k := range [][16]byte{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xff}, {}} {
			c = wasmgen.Code{}
			get(&c, 0)
			vconst(&c, k)
			shuffle(&c)
			add(1, &c)
			c = wasmgen.Code{}
			vconst(&c, k)
			get(&c, 0)
			shuffle(&c)
			add(1, &c)
		}
	}

	for _, idx := range [][16]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
		{15, 16, 17, 255, 128, 127, 3, 3, 3, 3, 0, 0, 1, 2, 9, 200},
	} {
		var c wasmgen.Code
		get(&c, 0)
		vconst(&c, idx)
		add(1, c.Op(wasm.OpI8x16Swizzle))
	}
	for _, mask := range []byte{15, 16} { // below 16, and not
		var k [16]byte
		for i := range k {
			k[i] = 15
		}
		k[15] = mask
		var c wasmgen.Code
		get(get(&c, 0), 1)
		vconst(&c, k)
		add(0, c.Op(wasm.OpV128And).Op(wasm.OpI8x16Swizzle))
	}
	for _, n := range []int32{3, 4, 12} {
		var c wasmgen.Code
		get(get(&c, 0), 1).I32Const(n).Op(wasm.OpI8x16ShrU)
		add(0, c.Op(wasm.OpI8x16Swizzle))
	}

	for _, op := range []wasm.Opcode{
		wasm.OpI16x8ExtendHighI8x16S, wasm.OpI16x8ExtendHighI8x16U, wasm.OpI32x4ExtendHighI16x8S,
		wasm.OpI32x4ExtendHighI16x8U, wasm.OpI64x2ExtendHighI32x4S, wasm.OpI64x2ExtendHighI32x4U,
	} {
		var c wasmgen.Code
		add(1, get(&c, 0).Op(op))
	}
	for _, op := range []wasm.Opcode{
		wasm.OpI16x8ExtmulHighI8x16S, wasm.OpI16x8ExtmulHighI8x16U, wasm.OpI32x4ExtmulHighI16x8S,
		wasm.OpI32x4ExtmulHighI16x8U, wasm.OpI64x2ExtmulHighI32x4S, wasm.OpI64x2ExtmulHighI32x4U,
	} {
		var c wasmgen.Code
		add(0, get(get(&c, 0), 1).Op(op))
	}

	// Unsigned comparisons with constants whose lanes are at the ends of
	// their range (no k+1 or k-1), all or some of them.
	for _, cmp := range [][4]wasm.Opcode{
		{wasm.OpI8x16GtU, wasm.OpI8x16LtU, wasm.OpI8x16GeU, wasm.OpI8x16LeU},
		{wasm.OpI16x8GtU, wasm.OpI16x8LtU, wasm.OpI16x8GeU, wasm.OpI16x8LeU},
		{wasm.OpI32x4GtU, wasm.OpI32x4LtU, wasm.OpI32x4GeU, wasm.OpI32x4LeU},
	} {
		var ks [][16]byte
		for _, b := range []byte{0, 0xff, 0x80, 0x7f, 0xc0} {
			var k [16]byte
			for i := range k {
				k[i] = b
			}
			ks = append(ks, k)
		}
		var k [16]byte
		for i := range k {
			k[i] = byte(rng.IntN(256))
		}
		k[0], k[1], k[2], k[3] = 0, 0, 0, 0
		ks = append(ks, k)
		k[0], k[1], k[2], k[3] = 0xff, 0xff, 0xff, 0xff
		ks = append(ks, k)
		for _, k := range ks {
			for _, op := range cmp {
				var c wasmgen.Code
				get(&c, 0)
				vconst(&c, k)
				add(1, c.Op(op))
			}
		}
	}

	// Loads as the second operand (folded) and as the first (folded by the
	// commutative ones), near the end of memory too.
	for _, op := range []wasm.Opcode{
		wasm.OpI8x16Add, wasm.OpI16x8Sub, wasm.OpV128And, wasm.OpV128Andnot, wasm.OpI8x16Swizzle,
		wasm.OpI32x4Mul, wasm.OpF32x4Add, wasm.OpI16x8NarrowI32x4U, wasm.OpI8x16AvgrU, wasm.OpI8x16Shuffle,
	} {
		for _, first := range []bool{false, true} {
			var c wasmgen.Code
			if first {
				get(&c, 0).Op(wasm.OpV128Load).MemArg(0, 65520)
				get(&c, 1)
			} else {
				get(&c, 1)
				get(&c, 0).Op(wasm.OpV128Load).MemArg(4, 3)
			}
			c.Op(op)
			if op == wasm.OpI8x16Shuffle {
				c.B = append(c.B, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23, 8, 24)
			}
			add(2, &c)
		}
	}
	// Lane loads (PINSR from memory) into a vector used again after, at
	// the first and last lanes, near the end of memory too.
	for _, ll := range []struct {
		op    wasm.Opcode
		lanes byte
	}{{wasm.OpV128Load8Lane, 16}, {wasm.OpV128Load16Lane, 8}, {wasm.OpV128Load32Lane, 4}, {wasm.OpV128Load64Lane, 2}} {
		for _, lane := range []byte{0, ll.lanes - 1} {
			for _, off := range []uint32{5, 65533} {
				var c wasmgen.Code
				get(&c, 1)
				get(&c, 0)
				get(&c, 1)
				c.Op(ll.op).MemArg(0, off).B = append(c.B, lane)
				add(2, c.Op(wasm.OpI8x16Sub))
			}
		}
	}
	// A store between a load and its use: not folded past it.
	var c wasmgen.Code
	get(&c, 0).Op(wasm.OpV128Load).MemArg(4, 0)
	c.I32Const(0)
	get(&c, 1).Op(wasm.OpV128Store).MemArg(4, 0)
	get(&c, 1)
	add(2, c.Op(wasm.OpI8x16Add))
	// Constants as memory operands, one used twice.
	c = wasmgen.Code{}
	get(&c, 1)
	vconst(&c, [16]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	c.Op(wasm.OpI8x16Add)
	vconst(&c, [16]byte{0x80, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0xff})
	c.Op(wasm.OpI8x16Sub)
	add(2, &c)
	return m.Encode()
}

// shufflePatterns returns the lanes of the shuffles the selector matches
// (PSHUFD, PSHUFLW/HW, the unpacks, PALIGNR, SHUFPS, PBLENDW, byte shifts
// and zero extensions when an operand is zero, with either operand first
// and with one operand) and random ones.
func shufflePatterns(rng *rand.Rand) [][16]byte {
	var ps [][16]byte
	add := func(l [16]byte) {
		var sw, one [16]byte
		for i, x := range l {
			sw[i], one[i] = x^16, x&15
		}
		ps = append(ps, l, sw, one)
	}
	var id [16]byte
	for i := range id {
		id[i] = byte(i)
	}
	add(id)
	words := func(w [8]int) (l [16]byte) {
		for i, x := range w {
			l[2*i], l[2*i+1] = byte(2*x), byte(2*x+1)
		}
		return l
	}
	dwords := func(d [4]int) (l [16]byte) {
		for i, x := range d {
			for j := range 4 {
				l[4*i+j] = byte(4*x + j)
			}
		}
		return l
	}
	for range 4 {
		add(dwords([4]int{rng.IntN(4), rng.IntN(4), rng.IntN(4), rng.IntN(4)}))
		add(dwords([4]int{rng.IntN(4), rng.IntN(4), 4 + rng.IntN(4), 4 + rng.IntN(4)}))
		add(words([8]int{rng.IntN(4), rng.IntN(4), rng.IntN(4), rng.IntN(4), 4, 5, 6, 7}))
		add(words([8]int{0, 1, 2, 3, 4 + rng.IntN(4), 4 + rng.IntN(4), 4 + rng.IntN(4), 4 + rng.IntN(4)}))
		var w [8]int
		for i := range w {
			w[i] = i + 8*rng.IntN(2)
		}
		add(words(w))
	}
	for _, n := range []int{1, 2, 4, 8} {
		for h := range 2 {
			var l [16]byte
			for i := range l {
				l[i] = byte(8*h + i/(2*n)*n + i%n)
				if i%(2*n) >= n {
					l[i] += 16
				}
			}
			add(l)
		}
	}
	for k := 1; k < 16; k++ {
		var l [16]byte
		for i := range l {
			l[i] = byte(16+i+k) & 31
		}
		add(l)
	}
	for k := 1; k < 16; k++ { // byte shifts, with zeros from the other operand
		var r, l [16]byte
		for i := range r {
			r[i], l[i] = byte(i+k), byte(i-k)
			if i+k >= 16 {
				r[i] = byte(16 + rng.IntN(16))
			}
			if i < k {
				l[i] = byte(16 + rng.IntN(16))
			}
		}
		add(r)
		add(l)
	}
	for _, z := range [][2]int{{1, 2}, {1, 4}, {1, 8}, {2, 4}, {2, 8}, {4, 8}} { // zero extensions
		n, m := z[0], z[1]
		var l [16]byte
		for i := range l {
			l[i] = byte(i/m*n + i%m)
			if i%m >= n {
				l[i] = byte(16 + rng.IntN(16))
			}
		}
		add(l)
	}
	for range 10 {
		var l [16]byte
		for i := range l {
			l[i] = byte(rng.IntN(32))
		}
		add(l)
	}
	return ps
}
