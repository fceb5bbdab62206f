package ir

import (
	"strings"
	"testing"
)

// Text in, text out: parsing and printing is the identity on canonical text.
var roundTrip = []string{
	`func "vec"(i32, f32) -> (i32) {
b0(v0:i32, v1:f32):
    v2:v128 = vload_splat 8 i32x4 v0
    v3:v128 = vconst 0x1 0x2
    v4:v128 = vadd i32x4 v2, v3
    v5:v128 = vcmp f32x4 flt v4, v3
    v6:v128 = vbitselect v4, v3, v5
    v7:v128 = vreplace_lane f32x4 3 v6, v1
    v8:i32 = vextract_lane_u i8x16 15 v7
    v9:v128 = vshuffle 0x1f1e1d1c03020100 0x706050413121110 v7, v6
    v10:v128 = vshl i64x2 v9, v8
    v11:v128 = vload_lane 4 i16x8 7 v0, v10
    vstore_lane 65535 i64x2 1 v0, v11
    v12:i32 = vall_true i16x8 v11
    store 0 v0, v11
    return v12
}
`,
	`func "add"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iadd v0, v1
    return v2
}
`,
	`func "loop"(i32) -> (i64) {
b0(v0:i32):
    v1:i64 = iconst 0
    jump b1(v0, v1)
b1(v2:i32, v3:i64):
    v4:i64 = extend_u v2
    v5:i64 = iadd v3, v4
    v6:i32 = iconst -1
    v7:i32 = iadd v2, v6
    v8:i32 = icmp ne v7, v6
    brif v8, b1(v7, v5), b2
b2:
    return v5
}
`,
	`func "mem"(i32, f64) -> () {
b0(v0:i32, v1:f64):
    v2:f64 = load 16 v0
    v3:f64 = fmul v2, v1
    store 24 v0, v3
    v4:i32 = load8_u 0 v0
    store8 1 v0, v4
    v5:f64 = fconst 0x3ff0000000000000
    v6:i32 = fcmp flt v3, v5
    v7:i32 = global_get 2
    global_set 3 v6
    v8:tuple = call 7 v0, v7
    v9:i32 = proj 1 v8
    v10:i32 = call_indirect 1 0 v9, v0
    br_table v10, b1, b2, b1
b1:
    return
b2:
    trap int_div_zero
}
`,
	`func "packed"(i64) -> () {
b0(v0:i64):
    v1:i32 = wrap v0
    v2:i32 = iconst 3
    v3:i32 = icmp ne v1, v2
    trapif_null indirect_call_type null_element v3, v0
    return
}
`,
}

func TestRoundTrip(t *testing.T) {
	for _, text := range roundTrip {
		f, err := Parse(text)
		if err != nil {
			t.Fatalf("%v\n%s", err, text)
		}
		if err := Verify(f); err != nil {
			t.Errorf("verify: %v\n%s", err, text)
		}
		if got := f.String(); got != text {
			t.Errorf("round trip:\n%s\nwant\n%s", got, text)
		}
	}
}

func TestForwardReferences(t *testing.T) {
	// b2 is printed before b1, whose value it uses: legal, as b1 dominates b2.
	f, err := Parse(`func "f"() -> (i32) {
b0:
    jump b1
b2:
    return v1
b1:
    v1:i32 = iconst 7
    jump b2
}`)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(f); err != nil {
		t.Fatal(err)
	}
}

func TestVerifierRejects(t *testing.T) {
	cases := []struct{ text, want string }{
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:v128 = vsplat i32x4 v0
    v2:v128 = vdiv i32x4 v1, v1
    return v0
}`, "shape i32x4 is not allowed"},
		{`func "f"(i64) -> (i32) {
b0(v0:i64):
    v1:v128 = vsplat i32x4 v0
    return v0
}`, "operand 0 is i64, wants i32"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:v128 = vsplat i8x16 v0
    v2:i32 = vextract_lane i8x16 16 v1
    return v2
}`, "lane 16 out of range"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:v128 = vsplat f64x2 v0
    return v0
}`, "operand 0 is i32, wants f64"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:v128 = vsplat i32x4 v0
    v2:v128 = vcmp i32x4 feq v1, v1
    return v0
}`, "bad condition"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i64 = iadd v0, v0
    return v0
}`, "operand 0 is i32, wants i64"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iadd v0, v0
}`, "does not end in a terminator"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    return v0
    v1:i32 = iadd v0, v0
    return v1
}`, "terminator in the middle"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0, v0)
b1(v1:i32):
    return v1
}`, "passes 2 arguments"},
		{`func "f"(i32) -> (i64) {
b0(v0:i32):
    return v0
}`, "result 0 is i32"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b1, b2
b1:
    v1:i32 = iconst 1
    jump b3
b2:
    jump b3
b3:
    return v1
}`, "does not dominate"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iadd v0, v2
    v2:i32 = iconst 1
    return v1
}`, "does not dominate"},
		{`func "f"(f32) -> (i32) {
b0(v0:f32):
    v1:i32 = icmp lt_s v0, v0
    return v1
}`, "operands are f32"},
		{`func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = fcmp lt_s v0, v0
    return v1
}`, "operands are i32"},
		{`func "f"(i64) -> (i32) {
b0(v0:i64):
    v1:i32 = extend_s v0
    return v1
}`, "converts i64 to i32"},
		{`func "f"(i32) -> () {
b0(v0:i32):
    jump b0
}`, "branches to the entry block"},
		{`func "f"(i32) -> () {
b0(v0:i32):
    trapif_null indirect_call_type null_element v0, v0
    return
}`, "trapif_null takes two trap codes, an i32 and an i64"},
		{`func "f"(i32, i64) -> () {
b0(v0:i32, v1:i64):
    trapif_null indirect_call_type null_element v0
    return
}`, "trapif_null takes two trap codes, an i32 and an i64"},
	}
	for _, c := range cases {
		f, err := Parse(c.text)
		if err != nil {
			t.Errorf("parse: %v\n%s", err, c.text)
			continue
		}
		err = Verify(f)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q\n%s", err, c.want, c.text)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ text, want string }{
		{`func "f"() -> () {
b0:
    v0:i32 = nosuchop
    return
}`, `unknown opcode "nosuchop"`},
		{`func "f"() -> () {
b0:
    return v9
}`, "undefined value v9"},
		{`func "f"() -> () {
b0:
    jump b7
}`, "unknown block b7"},
		{`func "f"() -> () {
b0:
    return
`, "missing closing brace"},
		{`func "f"() -> () {
b0:
    v0:i32 = iconst 1
    v0:i32 = iconst 2
    return
}`, "v0 defined twice"},
	}
	for _, c := range cases {
		_, err := Parse(c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got %v, want %q", err, c.want)
		}
	}
}

func TestDominators(t *testing.T) {
	f, err := Parse(`func "f"(i32) -> () {
b0(v0:i32):
    brif v0, b1, b2
b1:
    jump b3
b2:
    jump b3
b3:
    brif v0, b3, b4
b4:
    return
b5:
    jump b4
}`)
	if err != nil {
		t.Fatal(err)
	}
	d := Dominators(f)
	for _, c := range []struct {
		b    Block
		idom Block
	}{{1, 0}, {2, 0}, {3, 0}, {4, 3}} {
		if got := d.Idom(c.b); got != c.idom {
			t.Errorf("idom(%v) = %v, want %v", c.b, got, c.idom)
		}
	}
	if d.Reachable(5) {
		t.Error("b5 is unreachable")
	}
	if !d.Dominates(0, 4) || d.Dominates(1, 3) || !d.Dominates(3, 3) {
		t.Error("Dominates is wrong")
	}
}

// isTerminator relies on the terminators being the last opcodes.
func TestIsTerminator(t *testing.T) {
	for op := range 256 {
		if got, want := Op(op).isTerminator(), Op(op).Info().Terminator; got != want {
			t.Errorf("op %d (%v): isTerminator %v, Info().Terminator %v", op, Op(op), got, want)
		}
	}
}

// The edits of operand and branch argument lists, each of which moves or
// resizes a list's range in the function's shared array: every list must
// read back as the edit left it, and its neighbors as they were.
func TestArgumentEdits(t *testing.T) {
	f, err := Parse(`func "args"(i32, i32) -> () {
b0(v0:i32, v1:i32):
    v2:i32 = iadd v0, v1
    brif v0, b1(v0, v1, v2), b2(v1)
b1(v3:i32, v4:i32, v5:i32):
    jump b2(v5)
b2(v6:i32):
    return
}
`)
	if err != nil {
		t.Fatal(err)
	}
	p0, p1 := f.Params(0)[0], f.Params(0)[1]
	v2, br := f.First(0), f.Terminator(0)
	f.Rewrite(v2, OpIsub, 0, p1)           // in place, shorter
	f.Rewrite(v2, OpIadd, 0, p1, p0)       // in place again, as long as it was
	f.Rewrite(v2, OpSelect, 0, p0, p1, p0) // moved: longer
	f.KeepTargetArgs(br, 0, []bool{true, false, true})
	f.AppendTargetArg(br, 0, p1) // not at the end: moved there first
	f.AppendTargetArg(br, 1, p0, v2)
	f.RemoveTargetArg(br, 1, 1)
	f.KeepParams(1, []bool{true, false, true})
	f.AddParam(1, I32)
	f.AddParam(2, I32)
	f.AppendTargetArg(f.Terminator(1), 0, p0)
	want := `func "args"(i32, i32) -> () {
b0(v0:i32, v1:i32):
    v2:i32 = select v0, v1, v0
    brif v0, b1(v0, v2, v1), b2(v1, v2)
b1(v3:i32, v4:i32, v5:i32):
    jump b2(v4, v0)
b2(v6:i32, v7:i32):
    return
}
`
	if got := f.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if err := Verify(f); err != nil {
		t.Error(err)
	}
}
