package wasm

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

const header = "\x00asm\x01\x00\x00\x00"

// section encodes a section with a one-byte size.
func section(id byte, content string) string {
	if len(content) > 127 {
		panic("section too long for the test helper")
	}
	return string([]byte{id, byte(len(content))}) + content
}

func decodeErr(t *testing.T, mod string) *Error {
	t.Helper()
	_, err := Decode([]byte(mod))
	if err == nil {
		t.Fatalf("module %q decoded", mod)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not a *Error", err)
	}
	return e
}

func TestLEB128(t *testing.T) {
	cases := []struct {
		in     string
		bits   uint
		signed bool
		want   int64
		err    string
	}{
		{"\x00", 32, false, 0, ""},
		{"\x7f", 32, false, 127, ""},
		{"\x80\x01", 32, false, 128, ""},
		{"\xff\xff\xff\xff\x0f", 32, false, 0xffffffff, ""},
		{"\xff\xff\xff\xff\x1f", 32, false, 0, errIntTooLarge},
		{"\x80\x80\x80\x80\x80\x00", 32, false, 0, errIntTooLong},
		{"\x80\x80\x80\x80\x00", 32, false, 0, ""}, // overlong but within 5 bytes
		{"\x80", 32, false, 0, errUnexpectedEnd},
		{"\x7f", 32, true, -1, ""},
		{"\x40", 32, true, -64, ""},
		{"\xff\xff\xff\xff\x07", 32, true, 0x7fffffff, ""},
		{"\x80\x80\x80\x80\x78", 32, true, -0x80000000, ""},
		{"\x80\x80\x80\x80\x70", 32, true, 0, errIntTooLarge}, // sign bits disagree
		{"\xff\xff\xff\xff\x0f", 32, true, 0, errIntTooLarge},
		{"\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00", 64, true, 0x7fffffffffffffff, ""},
		{"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7f", 64, true, -0x8000000000000000, ""},
		{"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01", 64, true, 0, errIntTooLarge},
		{"\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 64, false, -1, ""},
		{"\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02", 64, false, 0, errIntTooLarge},
		{"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x00", 64, false, 0, errIntTooLong},
		{"\x81\x00", 1, false, 0, errIntTooLong},
		{"\x02", 1, false, 0, errIntTooLarge},
		{"\x40", 33, true, -64, ""},
		{"\xff\xff\xff\xff\x0f", 33, true, 0xffffffff, ""},
	}
	for _, c := range cases {
		r := reader{b: []byte(c.in), end: len(c.in), eofReason: errUnexpectedEnd}
		var got int64
		if c.signed {
			got = r.sleb(c.bits)
		} else {
			got = int64(r.leb(c.bits))
		}
		switch {
		case c.err != "" && (r.err == nil || r.err.Reason != c.err):
			t.Errorf("%x (%d bits, signed %v): got %d, %v; want error %q", c.in, c.bits, c.signed, got, r.err, c.err)
		case c.err == "" && r.err != nil:
			t.Errorf("%x (%d bits, signed %v): %v", c.in, c.bits, c.signed, r.err)
		case c.err == "" && got != c.want:
			t.Errorf("%x (%d bits, signed %v) = %d, want %d", c.in, c.bits, c.signed, got, c.want)
		}
	}
}

// TestOneByteLEB checks the one-byte fast paths (sleb's, and small's in
// InstrReader.Next) against the general decoding, for every such byte.
func TestOneByteLEB(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		want := int64(c)
		if c&0x40 != 0 {
			want -= 0x80
		}
		for _, bits := range []uint{32, 33, 64} {
			r := reader{b: []byte{byte(c)}, end: 1}
			if got := r.sleb(bits); got != want || r.err != nil || r.pos != 1 {
				t.Errorf("sleb(%d) of %#x = %d (%v), want %d", bits, c, got, r.err, want)
			}
		}
		// The same values, as multi-byte encodings take the general path.
		long := []byte{byte(c) | 0x80, 0x7f * byte(c>>6)}
		code := []byte{0x41, byte(c), 0x41, long[0], long[1], 0x20, byte(c), 0x28, byte(c), byte(c), 0x0b}
		ir := NewInstrReader(code, 0)
		var in Instr
		for i, wantConst := range []int64{want, want} {
			if err := ir.Next(&in); err != nil || int64(in.Const) != wantConst {
				t.Errorf("i32.const %d of %#x: %d, %v; want %d", i, c, int64(in.Const), err, wantConst)
			}
		}
		if err := ir.Next(&in); err != nil || in.Index != uint32(c) {
			t.Errorf("local.get %#x: %d, %v", c, in.Index, err)
		}
		if err := ir.Next(&in); err != nil || in.Align != uint32(c) || in.MemOffset != uint64(c) {
			t.Errorf("i32.load %#x %#x: %d %d, %v", c, c, in.Align, in.MemOffset, err)
		}
	}
}

// A hostile count must fail at the first missing element without first
// allocating for the count.
func TestHostileCountsAllocateLittle(t *testing.T) {
	huge := "\xff\xff\xff\xff\x0f"
	mods := []string{
		header + "\x01\x05" + huge,                            // 4G types
		header + "\x03\x05" + huge,                            // 4G functions
		header + "\x02\x05" + huge,                            // 4G imports
		header + "\x01\x08\x01\x60" + "\xe7\x07" + "\x7f\x7f", // 999 params, 2 given
		header + "\x0b\x07\x01\x01" + huge,                    // 4G-byte passive data segment
		header + "\x00\x0a\x04name\x01\x03" + "\xff\xff\x0f",  // name map of 256K entries
	}
	for _, mod := range mods {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := Decode([]byte(mod))
		runtime.ReadMemStats(&after)
		if n := after.TotalAlloc - before.TotalAlloc; n > 64<<10 {
			t.Errorf("%q: allocated %d bytes", mod, n)
		}
		if err == nil && !strings.Contains(mod, "name") {
			t.Errorf("%q decoded", mod)
		}
	}
}

func TestLimits(t *testing.T) {
	e := decodeErr(t, header+"\x01\x03"+"\xc1\x84\x3d") // 1,000,001 types
	if e.Kind != Limit || e.Reason != ReasonLimit {
		t.Errorf("got %v", e)
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		mod    string
		reason string
		offset int
	}{
		{"", errUnexpectedEnd, 0},
		{"\x00asn\x01\x00\x00\x00", "magic header not detected", 0},
		{"\x00asm\x02\x00\x00\x00", "unknown binary version", 4},
		{header + "\x0d\x00", "malformed section id", 8},
		{header + "\x01\x05\x00", errLenOutOfBounds, 8},
		{header + section(3, "\x00") + section(1, "\x00"), "unexpected content after last section", 11},
		{header + section(1, "\x00") + section(1, "\x00"), "unexpected content after last section", 11},
		{header + section(1, "\x01\x60\x00\x00\x00"), errSectionSize, 14},
		{header + section(0, "\x02\xc0\x80"), errUTF8, 10},
		{header + section(2, "\x01\x00\x00\x04"), "malformed import kind", 13},
		{header + section(6, "\x01\x7f\x02\x41\x00\x0b"), "malformed mutability", 12},
		{header + section(3, "\x01\x00"), "function and code section have inconsistent lengths", 12},
		{header + section(12, "\x01"), "data count and data section have inconsistent lengths", 11},
	}
	for _, c := range cases {
		e := decodeErr(t, c.mod)
		if e.Kind != Malformed || e.Reason != c.reason || e.Offset != c.offset || e.Func != -1 {
			t.Errorf("%q: got %s %q at %d (func %d), want %q at %d", c.mod, e.Kind, e.Reason, e.Offset, e.Func, c.reason, c.offset)
		}
	}
}

// testModule has one function (i32, i32) -> i32 whose body is body, plus a
// name section naming it "add" and its first local "x".
func testModule(body string) string {
	code := "\x00" + body // no locals
	return header +
		section(1, "\x01\x60\x02\x7f\x7f\x01\x7f") +
		section(3, "\x01\x00") +
		section(7, "\x01\x03add\x00\x00") +
		section(10, "\x01"+string([]byte{byte(len(code))})+code) +
		section(0, "\x04name"+
			"\x01\x06\x01\x00\x03add"+
			"\x02\x06\x01\x00\x01\x00\x01x")
}

func TestModuleAndNames(t *testing.T) {
	mod := testModule("\x20\x00\x20\x01\x6a\x0b")
	m, err := Decode([]byte(mod))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Types) != 1 || len(m.Funcs) != 1 || len(m.Codes) != 1 || len(m.Exports) != 1 {
		t.Fatalf("decoded %+v", m)
	}
	if got := m.FuncName(0); got != "add" {
		t.Errorf("function name %q", got)
	}
	if got := m.Names.Locals[0][0]; got != "x" {
		t.Errorf("local name %q", got)
	}
	c := m.Codes[0]
	if string(c.Body) != "\x20\x00\x20\x01\x6a\x0b" || string(m.Bytes[c.Offset:c.Offset+len(c.Body)]) != string(c.Body) {
		t.Errorf("body %x at %d", c.Body, c.Offset)
	}
	if ti, ok := m.FuncTypeIndex(0); !ok || ti != 0 {
		t.Errorf("FuncTypeIndex(0) = %d, %v", ti, ok)
	}
	// The body aliases the input: decoding copies no code.
	if &c.Body[0] != &m.Bytes[c.Offset] {
		t.Error("body was copied")
	}
}

func TestMalformedNameSectionIgnored(t *testing.T) {
	mod := header + section(0, "\x04name\x01\x05\x02\x00\x03ab") // truncated map
	m, err := Decode([]byte(mod))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Customs) != 1 || m.Customs[0].Name != "name" {
		t.Errorf("customs %+v", m.Customs)
	}
}

func TestInstrReader(t *testing.T) {
	code := "" +
		"\x02\x40" + // block
		"\x0e\x02\x00\x01\x00" + // br_table 0 1 default 0
		"\x0b" + // end
		"\x41\x7f" + // i32.const -1
		"\x42\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7f" + // i64.const min
		"\x28\x02\x10" + // i32.load align=2 offset=16
		"\x1c\x01\x7e" + // select (result i64)
		"\xfd\x0c" + strings.Repeat("\x01", 16) + // v128.const
		"\xfd\x15\x0f" + // i8x16.extract_lane_s 15
		"\xfd\x54\x00\x08\x03" + // v128.load8_lane align=0 offset=8 lane 3
		"\xfc\x0a\x00\x00" + // memory.copy
		"\x11\x02\x01" + // call_indirect type 2 table 1
		"\x0b"
	ir := NewInstrReader([]byte(code), 100)
	var in Instr
	var ops []string
	next := func() {
		t.Helper()
		if err := ir.Next(&in); err != nil {
			t.Fatal(err)
		}
		ops = append(ops, in.Op.String())
	}
	next()
	if in.Op != OpBlock || in.Block.Kind != BlockEmpty {
		t.Errorf("block: %+v", in)
	}
	next()
	if in.Op != OpBrTable || len(in.Labels) != 2 || in.Labels[1] != 1 || in.Index != 0 {
		t.Errorf("br_table: %+v", in)
	}
	next()
	next()
	if int32(in.Const) != -1 {
		t.Errorf("i32.const %d", int32(in.Const))
	}
	next()
	if int64(in.Const) != -1<<63 {
		t.Errorf("i64.const %d", int64(in.Const))
	}
	next()
	if in.Align != 2 || in.MemOffset != 16 {
		t.Errorf("memarg %d %d", in.Align, in.MemOffset)
	}
	next()
	if in.Op != OpSelectT || in.TypeCount != 1 || in.Type != I64 {
		t.Errorf("select: %+v", in)
	}
	next()
	if in.V128[15] != 1 {
		t.Errorf("v128.const %x", in.V128)
	}
	next()
	if in.Lane != 15 {
		t.Errorf("lane %d", in.Lane)
	}
	next()
	if in.Align != 0 || in.MemOffset != 8 || in.Lane != 3 {
		t.Errorf("load lane: %+v", in)
	}
	next()
	next()
	if in.Index != 2 || in.Index2 != 1 {
		t.Errorf("call_indirect: %+v", in)
	}
	next()
	if ir.More() {
		t.Error("bytes left")
	}
	want := "block br_table end i32.const i64.const i32.load select i64.const v128.const i8x16.extract_lane_s v128.load8_lane memory.copy call_indirect end"
	want = strings.Replace(want, "select i64.const", "select", 1)
	if got := strings.Join(ops, " "); got != want {
		t.Errorf("ops:\n%s\nwant\n%s", got, want)
	}

	// Reading allocates nothing once the label buffer has grown.
	body := []byte(code)
	allocs := testing.AllocsPerRun(100, func() {
		ir.Reset(body, 0)
		for ir.More() {
			_ = ir.Next(&in)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per body", allocs)
	}

	// Errors carry module offsets.
	ir = NewInstrReader([]byte("\x01\xff"), 100)
	_ = ir.Next(&in)
	err := ir.Next(&in)
	var e *Error
	if !errors.As(err, &e) || e.Reason != "illegal opcode" || e.Offset != 101 {
		t.Errorf("got %v", err)
	}
}

func TestOpcodeTable(t *testing.T) {
	seen := map[string]Opcode{}
	simd := 0
	for _, defs := range [][]opDef{plainOps[:], prefixFCOps[:], prefixFDOps[:]} {
		for _, d := range defs {
			if prev, dup := seen[d.name]; dup && d.name != "select" {
				t.Errorf("%s is both 0x%x and 0x%x", d.name, prev, d.op)
			}
			seen[d.name] = d.op
			if d.op>>8 == 0xFD {
				simd++
			}
			if info := d.op.Info(); !info.Valid || info.Name != d.name {
				t.Errorf("Info(0x%x) = %+v", d.op, info)
			}
		}
	}
	if simd != 236 {
		t.Errorf("%d SIMD opcodes, the 2.0 spec has 236", simd)
	}
	if Opcode(0x06).Info().Valid || Opcode(0xFD9a).Info().Valid || Opcode(0xFC12).Info().Valid {
		t.Error("unassigned opcode reported valid")
	}
}

// TestConstExprI32 checks the fast path for "i32.const v; end" against
// an InstrReader, which reads every constant expression otherwise, and
// the decoder's use of it.
func TestConstExprI32(t *testing.T) {
	viaReader := func(code []byte) (int32, bool) {
		r := NewInstrReader(code, 0)
		var in Instr
		if r.Next(&in) != nil || in.Op != OpI32Const {
			return 0, false
		}
		v := int32(in.Const)
		if r.Next(&in) != nil || in.Op != OpEnd || r.More() {
			return 0, false
		}
		return v, true
	}
	for _, c := range []struct {
		code    string
		decodes bool // as a data segment's offset (the validator checks it)
	}{
		{"\x41\x00\x0b", true},
		{"\x41\x7f\x0b", true},
		{"\x41\x80\x01\x0b", true},
		{"\x41\x80\x00\x0b", true},                  // padded
		{"\x41\xff\xff\xff\xff\x07\x0b", true},      // MaxInt32
		{"\x41\x80\x80\x80\x80\x78\x0b", true},      // MinInt32
		{"\x41\x80\x80\x80\x80\x80\x00\x0b", false}, // too long
		{"\x41\xff\xff\xff\xff\x0f\x0b", false},     // bits beyond 32
		{"\x41\x80\x80\x80\x80\x08\x0b", false},     // sign bits differ
		{"\x41\x80", false},                         // cut short
		{"\x41\x00", false},                         // no end
		{"\x41\x00\x41\x00\x0b", true},              // two values
		{"\x42\x00\x0b", true},                      // an i64
		{"\x23\x00\x0b", true},                      // global.get
	} {
		code := []byte(c.code)
		v, ok := ConstExpr{Code: code}.I32()
		wv, wok := viaReader(code)
		if v != wv || ok != wok {
			t.Errorf("% x: I32 %d, %v; an InstrReader reads %d, %v", code, v, ok, wv, wok)
		}
		// As an active data segment's offset, followed by its one byte
		// of data.
		mod := header + section(5, "\x01\x00\x01") + section(11, "\x01\x00"+c.code+"\x01X")
		m, err := Decode([]byte(mod))
		switch {
		case err != nil && c.decodes:
			t.Errorf("% x: %v", code, err)
		case err == nil && !c.decodes:
			t.Errorf("% x: decoded", code)
		case err == nil && (string(m.Datas[0].Offset.Code) != c.code || string(m.Datas[0].Init) != "X"):
			t.Errorf("% x: decoded as % x, data %q", code, m.Datas[0].Offset.Code, m.Datas[0].Init)
		}
	}
}
