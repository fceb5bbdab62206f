package a64

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// bitmaskSet enumerates every bitmask immediate by the architectural rule:
// an element of e = 2..maxElem bits holding a run of s = 1..e-1 ones,
// rotated right by r = 0..e-1, replicated to 64 bits. It maps each value
// to the N:immr:imms fields that rule gives it.
func bitmaskSet(maxElem uint) map[uint64]uint32 {
	set := map[uint64]uint32{}
	for e := uint(2); e <= maxElem; e *= 2 {
		mask := ^uint64(0) >> (64 - e)
		for s := uint(1); s < e; s++ {
			run := uint64(1)<<s - 1
			for r := uint(0); r < e; r++ {
				elem := (run>>r | run<<(e-r)) & mask
				v := uint64(0)
				for i := uint(0); i < 64; i += e {
					v |= elem << i
				}
				n := uint32(0)
				if e == 64 {
					n = 1
				}
				// imms: the element size is encoded by the leading ones of
				// NOT(N:imms) (e=64: N=1; e=32: 0xxxxx; e=16: 10xxxx; ...).
				imms := uint32(0x3f&^(2*e-1)) | uint32(s-1)
				fields := n<<12 | uint32(r)<<6 | imms
				if old, dup := set[v]; dup {
					panic(fmt.Sprintf("duplicate %#x: %#x and %#x", v, old, fields))
				}
				set[v] = fields
			}
		}
	}
	return set
}

// lastImm parses the final "#0x..." operand of a disassembly.
func lastImm(t *testing.T, text string) uint64 {
	t.Helper()
	i := strings.LastIndex(text, "#")
	if i < 0 {
		t.Fatalf("no immediate in %q", text)
	}
	v, err := strconv.ParseUint(text[i+1:], 0, 64)
	if err != nil {
		t.Fatalf("bad immediate in %q: %v", text, err)
	}
	return v
}

func TestLogicalImmAll(t *testing.T) {
	for _, sf := range []bool{true, false} {
		maxElem, reg, want := uint(64), "x", 5334
		if !sf {
			maxElem, reg, want = 32, "w", 1302
		}
		set := bitmaskSet(maxElem)
		if len(set) != want {
			t.Fatalf("sf=%v: enumerated %d bitmask immediates, want %d", sf, len(set), want)
		}
		ops := []string{"and", "orr", "eor", "ands"}
		i := 0
		for v, fields := range set {
			op := LogicOp(i % 4)
			i++
			arg := v
			if !sf {
				arg = v&0xffffffff | uint64(i)<<32 // high half must be ignored
			}
			w, ok := LogicalImm(op, sf, 3, 4, arg)
			if !ok {
				t.Errorf("sf=%v: %#x rejected", sf, v)
				continue
			}
			if got := (w >> 10) & 0x1fff; got != fields {
				t.Errorf("sf=%v %#x: N:immr:imms = %#x, want %#x", sf, v, got, fields)
			}
			if !maybeBitmask(v) {
				t.Errorf("maybeBitmask(%#x) false", v)
			}
			if !IsBitmaskImm(sf, arg) {
				t.Errorf("sf=%v: IsBitmaskImm(%#x) false", sf, v)
			}
			text := gnu(w)
			prefix := fmt.Sprintf("%s %s3, %s4, #", ops[op], reg, reg)
			if !strings.HasPrefix(text, prefix) {
				t.Errorf("sf=%v %#x: %q, want prefix %q", sf, v, text, prefix)
				continue
			}
			wantV := v
			if !sf {
				wantV = v & 0xffffffff
			}
			if got := lastImm(t, text); got != wantV {
				t.Errorf("sf=%v: encoded %#x, decodes to %#x (%q)", sf, wantV, got, text)
			}
		}

		// Random values are almost never bitmasks; those that are not in the
		// set must be rejected. Also try near misses of real patterns.
		rng := rand.New(rand.NewSource(int64(maxElem)))
		keys := make([]uint64, 0, len(set))
		for v := range set {
			keys = append(keys, v)
		}
		for n := 0; n < 200000; n++ {
			var v uint64
			switch n % 3 {
			case 0:
				v = rng.Uint64()
			case 1:
				v = keys[rng.Intn(len(keys))] ^ 1<<rng.Intn(64)
			default:
				v = keys[rng.Intn(len(keys))] ^ keys[rng.Intn(len(keys))]
			}
			key := v
			if !sf {
				key = uint64(uint32(v)) * 0x1_0000_0001
			}
			_, in := set[key]
			w, ok := LogicalImm(LogicOrr, sf, 1, 2, v)
			if ok != in {
				t.Fatalf("sf=%v: LogicalImm(%#x) ok=%v, bitmask=%v", sf, v, ok, in)
			}
			if !ok && w != 0 {
				t.Fatalf("sf=%v: rejected %#x but returned word %#x", sf, v, w)
			}
			if IsBitmaskImm(sf, v) != in {
				t.Fatalf("sf=%v: IsBitmaskImm(%#x) != %v", sf, v, in)
			}
		}
	}
}

// movText lists what MovImm emits for characteristic values, as arm64asm
// prints it.
var movText = []struct {
	sf   bool
	v    uint64
	want string
}{
	{true, 0, "mov x5, #0x0"},
	{true, ^uint64(0), "mov x5, #0xffffffffffffffff"},
	{true, 0xffff0000, "mov x5, #0xffff0000"},
	{true, 1 << 63, "mov x5, #0x8000000000000000"},
	{true, 0xffffffffffff1234, "mov x5, #0xffffffffffff1234"},
	{true, 0x5555555555555555, "mov x5, #0x5555555555555555"},
	{true, 0x0000ffffffff0000, "mov x5, #0xffffffff0000"},
	{true, 0x12345678, "mov x5, #0x5678; movk x5, #0x1234, lsl #16"},
	{true, 0xffff1234ffff5678, "mov x5, #0xffffffffffff5678; movk x5, #0x1234, lsl #32"},
	{true, 0x123456789abcdef0, "mov x5, #0xdef0; movk x5, #0x9abc, lsl #16; movk x5, #0x5678, lsl #32; movk x5, #0x1234, lsl #48"},
	{true, 0x1234_0000_5678_9abc, "mov x5, #0x9abc; movk x5, #0x5678, lsl #16; movk x5, #0x1234, lsl #48"},
	{true, 0x00ff00ff00ff1234, "mov x5, #0xff00ff00ff00ff; movk x5, #0x1234"},
	{true, 0x1234_5678_1234_5678, "mov x5, #0x5678; movk x5, #0x1234, lsl #16; movk x5, #0x5678, lsl #32; movk x5, #0x1234, lsl #48"},
	{true, 0xaaaa_aaaa_1234_5678, "mov x5, #0xaaaaaaaaaaaaaaaa; movk x5, #0x5678; movk x5, #0x1234, lsl #16"},
	{false, 0, "mov w5, #0x0"},
	{false, 0xffffffff, "mov w5, #0xffffffff"},
	{false, 0xffff0000, "mov w5, #0xffff0000"},
	{false, 0xffff_ffff_0000_1234, "mov w5, #0x1234"},
	{false, 0x8000ffff, "mov w5, #0x8000ffff"},
	{false, 0x80000000, "mov w5, #0x80000000"},
	{false, 0x0ff00ff0, "mov w5, #0xff00ff0"},
	{false, 0x12345678, "mov w5, #0x5678; movk w5, #0x1234, lsl #16"},
}

func TestMovImmText(t *testing.T) {
	for _, c := range movText {
		var got []string
		for _, w := range MovImm(nil, c.sf, 5, c.v) {
			got = append(got, gnu(w))
		}
		if s := strings.Join(got, "; "); s != c.want {
			t.Errorf("MovImm(sf=%v, %#x) = %q, want %q", c.sf, c.v, s, c.want)
		}
	}
}

// runMov interprets the arm64asm text of a move sequence into rd, so the
// check does not rely on this package's own view of the encodings.
func runMov(t *testing.T, seq []uint32, sf bool, rd Reg) (uint64, []string) {
	t.Helper()
	reg := fmt.Sprintf("x%d", rd)
	mask := ^uint64(0)
	if !sf {
		reg, mask = fmt.Sprintf("w%d", rd), 0xffffffff
	}
	var val uint64
	var texts []string
	for _, w := range seq {
		text := gnu(w)
		texts = append(texts, text)
		op, rest, _ := strings.Cut(text, " ")
		args := strings.Split(rest, ", ")
		if args[0] != reg {
			t.Fatalf("%q writes the wrong register, want %s", text, reg)
		}
		imm := func(s string) uint64 {
			v, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 0, 64)
			if err != nil {
				t.Fatalf("bad immediate in %q", text)
			}
			return v
		}
		shift := uint64(0)
		if len(args) == 3 {
			if !strings.HasPrefix(args[2], "lsl #") {
				t.Fatalf("bad shift in %q", text)
			}
			shift = imm(strings.TrimPrefix(args[2], "lsl "))
		}
		switch {
		case op == "mov" && len(args) == 2:
			val = imm(args[1])
		case op == "movz":
			val = imm(args[1]) << shift
		case op == "movn":
			val = ^(imm(args[1]) << shift)
		case op == "movk":
			val = val&^(0xffff<<shift) | imm(args[1])<<shift
		case op == "orr" && len(args) == 3 && (args[1] == "xzr" || args[1] == "wzr"):
			val = imm(args[2])
		default:
			t.Fatalf("unexpected instruction %q in move sequence", text)
		}
		val &= mask
	}
	return val, texts
}

// plainMovLen is the length of the MOVZ/MOVN+MOVK sequence for v, which
// MovImm must never exceed.
func plainMovLen(sf bool, v uint64) int {
	n := 4
	if !sf {
		n, v = 2, uint64(uint32(v))
	}
	zeros, ones := 0, 0
	for i := 0; i < n; i++ {
		switch uint16(v >> (16 * i)) {
		case 0:
			zeros++
		case 0xffff:
			ones++
		}
	}
	return max(1, n-max(zeros, ones))
}

func TestMovImmProperty(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var vals []uint64
	for _, v := range []uint64{0, 1, ^uint64(0), 0xffff0000, 0xffffffff, 1 << 63, 1<<63 - 1, 0x8000, 0x10000,
		0xffff, 0xffff_ffff_ffff_0000, 0x0000_ffff_0000_ffff, 0x1234_5678_9abc_def0, 0xfedc_ba98_7654_3210,
		0x5555_5555_5555_5555, 0x0f0f_0f0f_0f0f_0f0f, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff_8000_0000} {
		vals = append(vals, v, ^v, v<<16, v>>16)
	}
	for v := range bitmaskSet(64) {
		if rng.Intn(8) == 0 {
			vals = append(vals, v, v^uint64(rng.Intn(0x10000))<<(16*rng.Intn(4)))
		}
	}
	chunks := []uint64{0, 0xffff, 0x1234, 0x8000, 0x00ff, 0xff00}
	for i := 0; i < 20000; i++ {
		switch i % 4 {
		case 0:
			vals = append(vals, rng.Uint64())
		case 1:
			vals = append(vals, uint64(rng.Uint32()))
		default:
			// Mostly-uniform chunks exercise the MOVN/ORR choices.
			var v uint64
			for c := 0; c < 4; c++ {
				x := chunks[rng.Intn(len(chunks))]
				if rng.Intn(4) == 0 {
					x = uint64(rng.Intn(0x10000))
				}
				v |= x << (16 * c)
			}
			vals = append(vals, v)
		}
	}
	buf := make([]uint32, 0, 4)
	for _, v := range vals {
		for _, sf := range []bool{true, false} {
			rd := Reg(rng.Intn(31))
			seq := MovImm(buf[:0], sf, rd, v)
			want := v
			if !sf {
				want = uint64(uint32(v))
			}
			got, texts := runMov(t, seq, sf, rd)
			if got != want {
				t.Fatalf("MovImm(sf=%v, %#x) loads %#x: %q", sf, v, got, texts)
			}
			if len(seq) < 1 || len(seq) > plainMovLen(sf, v) {
				t.Fatalf("MovImm(sf=%v, %#x) is %d long, plain MOVZ/MOVN needs %d: %q", sf, v, len(seq), plainMovLen(sf, v), texts)
			}
			if IsBitmaskImm(sf, v) && len(seq) != 1 {
				t.Fatalf("MovImm(sf=%v, %#x): bitmask immediate took %d words: %q", sf, v, len(seq), texts)
			}
			if &seq[0] != &buf[:1][0] {
				t.Fatal("MovImm did not append in place")
			}
		}
	}
	// It appends rather than overwrites.
	seq := MovImm([]uint32{42}, true, 1, 7)
	if len(seq) != 2 || seq[0] != 42 || seq[1] != Movz(true, 1, 7, 0) {
		t.Fatalf("MovImm append: %#x", seq)
	}
}

func TestFPImm8(t *testing.T) {
	for i := 0; i < 256; i++ {
		imm8 := uint8(i)
		v := FPImm8Value(imm8)
		got, ok := FPImm8(v)
		if !ok || got != imm8 {
			t.Errorf("FPImm8(%v) = %#x, %v; want %#x", v, got, ok, imm8)
		}
		if f := float64(float32(v)); f != v {
			t.Errorf("%v not exact as float32", v)
		}
		// arm64asm expands the immediate itself; it must agree.
		for _, dbl := range []bool{true, false} {
			reg := "s7"
			if dbl {
				reg = "d7"
			}
			want := fmt.Sprintf("fmov %s, #%.18e", reg, v)
			if text := gnu(FmovImm(dbl, 7, imm8)); text != want {
				t.Errorf("FmovImm(%v, %#x) = %q, want %q", dbl, imm8, text, want)
			}
		}
	}
	for _, v := range []float64{0, math.Copysign(0, -1), 0.1, 1e300, -1e300, 32, 0.0625, 0.12, 1.0 / 3,
		31.5, 1.03125, math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, float64(float32(0.1))} {
		if imm8, ok := FPImm8(v); ok {
			t.Errorf("FPImm8(%v) = %#x, want rejection", v, imm8)
		}
	}
	for _, v := range []float64{0.125, -0.125, 1, -1, 2, 0.5, 31, -31, 15.5, 1.0625, 0.1328125, 10, 0.25} {
		if _, ok := FPImm8(v); !ok {
			t.Errorf("FPImm8(%v) rejected", v)
		}
	}
}

func TestRetarget(t *testing.T) {
	type kind struct {
		name   string
		enc    func(off int64) (uint32, bool)
		lo, hi int64
		align  int64
	}
	kinds := []kind{
		{"b", B, -(1 << 27), 1<<27 - 4, 4},
		{"bl", Bl, -(1 << 27), 1<<27 - 4, 4},
		{"b.gt", func(o int64) (uint32, bool) { return BCond(GT, o) }, -(1 << 20), 1<<20 - 4, 4},
		{"b.nv", func(o int64) (uint32, bool) { return BCond(NV, o) }, -(1 << 20), 1<<20 - 4, 4},
		{"cbz w", func(o int64) (uint32, bool) { return Cbz(false, 7, o) }, -(1 << 20), 1<<20 - 4, 4},
		{"cbnz x", func(o int64) (uint32, bool) { return Cbnz(true, ZR, o) }, -(1 << 20), 1<<20 - 4, 4},
		{"tbz", func(o int64) (uint32, bool) { return Tbz(9, 45, o) }, -(1 << 15), 1<<15 - 4, 4},
		{"tbnz", func(o int64) (uint32, bool) { return Tbnz(30, 3, o) }, -(1 << 15), 1<<15 - 4, 4},
		{"adr", func(o int64) (uint32, bool) { return Adr(11, o) }, -(1 << 20), 1<<20 - 1, 1},
		{"ldr literal", func(o int64) (uint32, bool) { return LdrLiteral(LDRQ, 4, o) }, -(1 << 20), 1<<20 - 4, 4},
		{"ldrsw literal", func(o int64) (uint32, bool) { return LdrLiteral(LDRSW, 4, o) }, -(1 << 20), 1<<20 - 4, 4},
	}
	for _, k := range kinds {
		for _, start := range []int64{0, k.lo, k.hi, 4 * k.align} {
			w, ok := k.enc(start)
			if !ok {
				t.Fatalf("%s: cannot encode %d", k.name, start)
			}
			lo, hi := BranchRange(w)
			if lo != k.lo || hi != k.hi {
				t.Errorf("%s: BranchRange = %d, %d; want %d, %d", k.name, lo, hi, k.lo, k.hi)
			}
			if off, ok := BranchOffset(w); !ok || off != start {
				t.Errorf("%s: BranchOffset = %d, %v; want %d", k.name, off, ok, start)
			}
			for _, off := range []int64{0, k.lo, k.hi, k.align, -k.align, k.hi / 3 &^ (k.align - 1), -(k.hi / 5 &^ (k.align - 1)), k.hi - k.align, k.lo + k.align} {
				got, ok := Retarget(w, off)
				want, _ := k.enc(off)
				if !ok || got != want {
					t.Errorf("%s: Retarget(%d -> %d) = %#08x, %v; want %#08x (%s)", k.name, start, off, got, ok, want, gnu(want))
				}
				if o, _ := BranchOffset(got); o != off {
					t.Errorf("%s: BranchOffset after Retarget(%d) = %d", k.name, off, o)
				}
				if tgt, _ := Target(got, 0x40000000); tgt != uint64(0x40000000+off) {
					t.Errorf("%s: Target = %#x, want %#x", k.name, tgt, 0x40000000+off)
				}
			}
			bad := []int64{k.lo - k.align, k.hi + k.align}
			if k.align > 1 {
				bad = append(bad, 2, -2, k.hi-1)
			}
			for _, off := range bad {
				if got, ok := Retarget(w, off); ok || got != 0 {
					t.Errorf("%s: Retarget(%d) = %#08x, %v; want rejection", k.name, off, got, ok)
				}
			}
		}
	}
	for _, w := range []uint32{Nop(), AddImm(true, 1, 2, 3, false), Ret(30), Br(1), m(Adrp(1, 5)), m(LdStImm(LDRX, 1, 2, 8)), Movz(true, 1, 1, 0)} {
		if got, ok := Retarget(w, 8); ok || got != 0 {
			t.Errorf("Retarget(%s) = %#x, %v; want rejection", gnu(w), got, ok)
		}
		if lo, hi := BranchRange(w); lo <= hi {
			t.Errorf("BranchRange(%s) = %d, %d; want empty", gnu(w), lo, hi)
		}
		if _, ok := BranchOffset(w); ok {
			t.Errorf("BranchOffset(%s) ok", gnu(w))
		}
	}
}

func TestTargetAdrp(t *testing.T) {
	for _, c := range []struct {
		pages int64
		pc    uint64
		want  uint64
	}{
		{0, 0x12345, 0x12000},
		{1, 0x12fff, 0x13000},
		{-1, 0x12000, 0x11000},
		{1<<20 - 1, 0x1000, 0x1000 + (1<<20-1)<<12},
		{-(1 << 20), 1 << 33, 1<<33 - 1<<32},
	} {
		w, ok := Adrp(2, c.pages)
		if !ok {
			t.Fatalf("Adrp(%d) rejected", c.pages)
		}
		if got, ok := Target(w, c.pc); !ok || got != c.want {
			t.Errorf("Target(adrp %d, pc %#x) = %#x, want %#x", c.pages, c.pc, got, c.want)
		}
	}
	if _, ok := Target(Nop(), 0); ok {
		t.Error("Target(nop) ok")
	}
}

var sink uint32

// TestNoAllocs checks that encoding allocates nothing, including MovImm into
// a buffer with room and LogicalImm.
func TestNoAllocs(t *testing.T) {
	buf := make([]uint32, 0, 4)
	vals := []uint64{0x123456789abcdef0, 0x00ff00ff00ff1234, 0xaaaa_aaaa_1234_5678, 7, ^uint64(0)}
	i := 0
	allocs := testing.AllocsPerRun(1000, func() {
		v := vals[i%len(vals)]
		i++
		buf = MovImm(buf[:0], true, 3, v)
		buf = MovImm(buf[:0], false, 3, v)
		w, _ := LogicalImm(LogicAnd, true, 1, 2, v)
		w2, _ := LogicalImm(LogicOrr, false, 1, 2, 0x0ff00ff0)
		w3, _ := LdStImm(LDRX, 1, 2, 8)
		w4, _ := B(int64(i) * 4)
		w5, _ := Retarget(w4, 64)
		w6, _ := Ldp(false, 29, 30, SP, 16, PairPost)
		imm8, _ := FPImm8(1.5)
		sink += w + w2 + w3 + w5 + w6 + buf[0] + AddImm(true, 1, 2, 3, false) + AddReg(false, 1, 2, 3, LSL, 4) +
			Cset(true, 1, EQ) + Fadd(true, 1, 2, 3) + FmovImm(true, 0, imm8) + LdStReg(LDRW, 1, 2, 3, UXTW, true) +
			Ubfm(true, 1, 2, 3, 4) + Csel(false, 1, 2, 3, LT) + Fcvtzs(true, false, 1, 2)
	})
	if allocs != 0 {
		t.Errorf("%v allocations per run, want 0", allocs)
	}
}

func BenchmarkLogicalImm(b *testing.B) {
	vals := make([]uint64, 0, 1024)
	for v := range bitmaskSet(64) {
		vals = append(vals, v)
		if len(vals) == cap(vals)/2 {
			break
		}
	}
	rng := rand.New(rand.NewSource(1))
	for len(vals) < cap(vals) {
		vals = append(vals, rng.Uint64())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w, _ := LogicalImm(LogicAnd, true, 1, 2, vals[i&1023])
		sink += w
	}
}

func BenchmarkMovImm(b *testing.B) {
	buf := make([]uint32, 0, 4)
	rng := rand.New(rand.NewSource(1))
	vals := make([]uint64, 1024)
	for i := range vals {
		vals[i] = rng.Uint64() >> (rng.Intn(4) * 16)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		buf = MovImm(buf[:0], true, 1, vals[i&1023])
		sink += buf[0]
	}
}
