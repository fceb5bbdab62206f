package a64

import (
	"fmt"
	"testing"
)

func init() { encodeCases = append(encodeCases, neonCases...) }

// neonCases are the NEON encoders that are functions; the instruction
// constants of the V3, F3, V2 and F2 classes are checked by TestNeonClasses.
var neonCases = []struct {
	name string
	word uint32
	want string
}{
	{"ShlImm(H8, 1, 2, 3)", ShlImm(H8, 1, 2, 3), "shl v1.8h, v2.8h, #3"},
	{"ShlImm(D2, 1, 2, 63)", ShlImm(D2, 1, 2, 63), "shl v1.2d, v2.2d, #63"},
	{"ShlImm(B16, 1, 2, 0)", ShlImm(B16, 1, 2, 0), "shl v1.16b, v2.16b, #0"},
	{"ShrImm(true, S4, 1, 2, 32)", ShrImm(true, S4, 1, 2, 32), "ushr v1.4s, v2.4s, #32"},
	{"ShrImm(false, B8, 1, 2, 1)", ShrImm(false, B8, 1, 2, 1), "sshr v1.8b, v2.8b, #1"},
	{"ShrImm(false, D2, 31, 0, 64)", ShrImm(false, D2, 31, 0, 64), "sshr v31.2d, v0.2d, #64"},
	{"ShrImm(true, H8, 1, 2, 15)", ShrImm(true, H8, 1, 2, 15), "ushr v1.8h, v2.8h, #15"},
	{"Shll(false, B8, 1, 2, 0)", Shll(false, B8, 1, 2, 0), "sxtl v1.8h, v2.8b"},
	{"Shll(true, H8, 1, 2, 0)", Shll(true, H8, 1, 2, 0), "uxtl2 v1.4s, v2.8h"},
	{"Shll(true, S4, 1, 2, 5)", Shll(true, S4, 1, 2, 5), "ushll2 v1.2d, v2.4s, #5"},
	{"Shll(false, S2, 1, 2, 31)", Shll(false, S2, 1, 2, 31), "sshll v1.2d, v2.2s, #31"},
	{"DupGen(S4, 1, 2)", DupGen(S4, 1, 2), "dup v1.4s, w2"},
	{"DupGen(D2, 1, 2)", DupGen(D2, 1, 2), "dup v1.2d, x2"},
	{"DupGen(B16, 1, ZR)", DupGen(B16, 1, ZR), "dup v1.16b, wzr"},
	{"DupGen(H8, 31, 30)", DupGen(H8, 31, 30), "dup v31.8h, w30"},
	{"DupElem(S4, 1, 2, 3)", DupElem(S4, 1, 2, 3), "dup v1.4s, v2.s[3]"},
	{"DupElem(D2, 1, 2, 1)", DupElem(D2, 1, 2, 1), "dup v1.2d, v2.d[1]"},
	{"DupElem(B16, 1, 2, 15)", DupElem(B16, 1, 2, 15), "dup v1.16b, v2.b[15]"},
	{"DupScalar(2, 1, 2, 3)", DupScalar(2, 1, 2, 3), "mov s1, v2.s[3]"},
	{"DupScalar(3, 1, 2, 1)", DupScalar(3, 1, 2, 1), "mov d1, v2.d[1]"},
	{"InsGen(0, 1, 15, 2)", InsGen(0, 1, 15, 2), "mov v1.b[15], w2"},
	{"InsGen(1, 1, 7, ZR)", InsGen(1, 1, 7, ZR), "mov v1.h[7], wzr"},
	{"InsGen(3, 1, 1, 2)", InsGen(3, 1, 1, 2), "mov v1.d[1], x2"},
	{"InsElem(2, 1, 3, 2, 0)", InsElem(2, 1, 3, 2, 0), "mov v1.s[3], v2.s[0]"},
	{"InsElem(3, 1, 1, 2, 0)", InsElem(3, 1, 1, 2, 0), "mov v1.d[1], v2.d[0]"},
	{"InsElem(0, 1, 4, 2, 11)", InsElem(0, 1, 4, 2, 11), "mov v1.b[4], v2.b[11]"},
	{"Umov(0, 1, 2, 15)", Umov(0, 1, 2, 15), "umov w1, v2.b[15]"},
	{"Umov(1, 1, 2, 6)", Umov(1, 1, 2, 6), "umov w1, v2.h[6]"},
	{"Umov(2, 1, 2, 3)", Umov(2, 1, 2, 3), "mov w1, v2.s[3]"},
	{"Umov(3, 1, 2, 1)", Umov(3, 1, 2, 1), "mov x1, v2.d[1]"},
	{"Smov(0, false, 1, 2, 3)", Smov(0, false, 1, 2, 3), "smov w1, v2.b[3]"},
	{"Smov(1, true, 1, 2, 7)", Smov(1, true, 1, 2, 7), "smov x1, v2.h[7]"},
	{"Smov(2, true, 1, 2, 3)", Smov(2, true, 1, 2, 3), "smov x1, v2.s[3]"},
	{"Movi(true, 1, 0xff)", Movi(true, 1, 0xff), "movi v1.2d, #0xffffffffffffffff"},
	{"Movi(false, 1, 0x81)", Movi(false, 1, 0x81), "movi d1, #0xff000000000000ff"},
	{"Movi(true, 31, 0)", Movi(true, 31, 0), "movi v31.2d, #0x0"},
	{"Movi(false, 0, 0xff)", Movi(false, 0, 0xff), "movi d0, #0xffffffffffffffff"},
	{"Umov(0, ZR, 31, 15)", Umov(0, ZR, 31, 15), "umov wzr, v31.b[15]"},
	{"MoviB(true, 1, 0x80)", MoviB(true, 1, 0x80), "movi v1.16b, #0x80"},
	{"MoviB(false, 1, 7)", MoviB(false, 1, 7), "movi v1.8b, #0x7"},
	{"Ext16B(1, 2, 3, 8)", Ext16B(1, 2, 3, 8), "ext v1.16b, v2.16b, v3.16b, #8"},
	{"Tbl16B(1, 2, 1, 3)", Tbl16B(1, 2, 1, 3), "tbl v1.16b, {v2.16b}, v3.16b"},
	{"Tbl16B(1, 30, 2, 3)", Tbl16B(1, 30, 2, 3), "tbl v1.16b, {v30.16b, v31.16b}, v3.16b"},
	{"Tbx16B(1, 2, 1, 3)", Tbx16B(1, 2, 1, 3), "tbx v1.16b, {v2.16b}, v3.16b"},
	{"AddpD(1, 2)", AddpD(1, 2), "addp d1, v2.2d"},
	{"Ld1R(S4, 1, 2)", Ld1R(S4, 1, 2), "ld1r {v1.4s}, [x2]"},
	{"Ld1R(D2, 1, SP)", Ld1R(D2, 1, SP), "ld1r {v1.2d}, [sp]"},
	{"Ld1R(B16, 1, 2)", Ld1R(B16, 1, 2), "ld1r {v1.16b}, [x2]"},
	{"Ld1R(H8, 1, 2)", Ld1R(H8, 1, 2), "ld1r {v1.8h}, [x2]"},
	{"Ld1Lane(0, 1, 15, 2)", Ld1Lane(0, 1, 15, 2), "ld1 {v1.b}[15], [x2]"},
	{"Ld1Lane(0, 1, 5, 2)", Ld1Lane(0, 1, 5, 2), "ld1 {v1.b}[5], [x2]"},
	{"Ld1Lane(1, 1, 7, 2)", Ld1Lane(1, 1, 7, 2), "ld1 {v1.h}[7], [x2]"},
	{"Ld1Lane(1, 1, 2, 2)", Ld1Lane(1, 1, 2, 2), "ld1 {v1.h}[2], [x2]"},
	{"Ld1Lane(2, 1, 3, 2)", Ld1Lane(2, 1, 3, 2), "ld1 {v1.s}[3], [x2]"},
	{"Ld1Lane(3, 1, 1, 2)", Ld1Lane(3, 1, 1, 2), "ld1 {v1.d}[1], [x2]"},
	{"St1Lane(0, 1, 9, 2)", St1Lane(0, 1, 9, 2), "st1 {v1.b}[9], [x2]"},
	{"St1Lane(1, 1, 5, 2)", St1Lane(1, 1, 5, 2), "st1 {v1.h}[5], [x2]"},
	{"St1Lane(2, 1, 2, 2)", St1Lane(2, 1, 2, 2), "st1 {v1.s}[2], [x2]"},
	{"St1Lane(3, 1, 0, 2)", St1Lane(3, 1, 0, 2), "st1 {v1.d}[0], [x2]"},
}

// TestNeonClasses checks every instruction constant of the register-only
// classes in every arrangement it is used with: the mnemonic it prints and
// the arrangement of each operand.
func TestNeonClasses(t *testing.T) {
	check := func(what string, w uint32, want string) {
		t.Helper()
		if got := gnu(w); got != want {
			t.Errorf("%s = %#08x: got %q, want %q", what, w, got, want)
		}
	}
	all := []Arr{B8, B16, H4, H8, S2, S4, D2}
	v3 := []struct {
		op   V3
		name string
		arrs []Arr
	}{
		{ADD, "add", all}, {SUB, "sub", all}, {MUL, "mul", all[:6]}, {SQADD, "sqadd", all}, {UQADD, "uqadd", all},
		{SQSUB, "sqsub", all}, {UQSUB, "uqsub", all}, {SMAX, "smax", all[:6]}, {UMAX, "umax", all[:6]},
		{SMIN, "smin", all[:6]}, {UMIN, "umin", all[:6]}, {URHADD, "urhadd", all[:6]}, {SQRDMULH, "sqrdmulh", all[2:6]},
		{CMEQ, "cmeq", all}, {CMGT, "cmgt", all}, {CMGE, "cmge", all}, {CMHI, "cmhi", all}, {CMHS, "cmhs", all},
		{SSHL, "sshl", all}, {USHL, "ushl", all}, {ADDP, "addp", all}, {UMAXP, "umaxp", all[:6]},
		{UZP1, "uzp1", all}, {UZP2, "uzp2", all}, {ZIP1, "zip1", all}, {ZIP2, "zip2", all}, {TRN1, "trn1", all}, {TRN2, "trn2", all},
		{AND, "and", all[:2]}, {BIC, "bic", all[:2]}, {ORR, "orr", all[:2]}, {ORN, "orn", all[:2]}, {EOR, "eor", all[:2]},
		{BSL, "bsl", all[:2]}, {BIT, "bit", all[:2]}, {BIF, "bif", all[:2]},
	}
	for _, c := range v3 {
		for _, a := range c.arrs {
			check(fmt.Sprintf("%s.Enc(%v)", c.name, a), c.op.Enc(a, 1, 2, 30), fmt.Sprintf("%s v1.%v, v2.%v, v30.%v", c.name, a, a, a))
		}
	}
	check("orr v31", ORR.Enc(B16, 31, 0, 0), "mov v31.16b, v0.16b")
	for _, c := range []struct {
		op   V3
		name string
	}{{SMULL, "smull"}, {UMULL, "umull"}, {UMLAL, "umlal"}} {
		for _, a := range all[:6] {
			wide, two := a|1+2, ""
			if a.Full() {
				two = "2"
			}
			check(fmt.Sprintf("%s.Enc(%v)", c.name, a), c.op.Enc(a, 1, 2, 3), fmt.Sprintf("%s%s v1.%v, v2.%v, v3.%v", c.name, two, wide, a, a))
		}
	}
	fl := []Arr{S2, S4, D2}
	for _, c := range []struct {
		op   F3
		name string
	}{{FADD, "fadd"}, {FSUB, "fsub"}, {FMUL, "fmul"}, {FDIV, "fdiv"}, {FMAX, "fmax"}, {FMIN, "fmin"}, {FCMEQ, "fcmeq"}, {FCMGE, "fcmge"}, {FCMGT, "fcmgt"}} {
		for _, a := range fl {
			check(fmt.Sprintf("%s.Enc(%v)", c.name, a), c.op.Enc(a, 1, 2, 3), fmt.Sprintf("%s v1.%v, v2.%v, v3.%v", c.name, a, a, a))
		}
	}
	for _, c := range []struct {
		op   F2
		name string
	}{{FNEG, "fneg"}, {FABS, "fabs"}, {FSQRT, "fsqrt"}, {FRINTN, "frintn"}, {FRINTM, "frintm"}, {FRINTP, "frintp"},
		{FRINTZ, "frintz"}, {FCVTZS, "fcvtzs"}, {FCVTZU, "fcvtzu"}, {SCVTF, "scvtf"}, {UCVTF, "ucvtf"}} {
		for _, a := range fl {
			check(fmt.Sprintf("%s.Enc(%v)", c.name, a), c.op.Enc(a, 1, 2), fmt.Sprintf("%s v1.%v, v2.%v", c.name, a, a))
		}
	}
	check("fcvtn", FCVTN.Enc(D2, 1, 2), "fcvtn v1.2s, v2.2d")
	check("fcvtl", FCVTL.Enc(D2, 1, 2), "fcvtl v1.2d, v2.2s")
	for _, c := range []struct {
		op   V2
		name string
		arrs []Arr
	}{{NEG, "neg", all}, {ABS, "abs", all}, {REV64, "rev64", all[:6]}} {
		for _, a := range c.arrs {
			check(fmt.Sprintf("%s.Enc(%v)", c.name, a), c.op.Enc(a, 1, 2), fmt.Sprintf("%s v1.%v, v2.%v", c.name, a, a))
		}
	}
	for _, a := range all {
		check(fmt.Sprintf("cmeq0.Enc(%v)", a), CMEQ0.Enc(a, 1, 2), fmt.Sprintf("cmeq v1.%v, v2.%v, #0", a, a))
		check(fmt.Sprintf("cmlt0.Enc(%v)", a), CMLT0.Enc(a, 1, 2), fmt.Sprintf("cmlt v1.%v, v2.%v, #0", a, a))
	}
	check("cnt", CNT.Enc(B16, 1, 2), "cnt v1.16b, v2.16b")
	check("cnt 8b", CNT.Enc(B8, 31, 0), "cnt v31.8b, v0.8b")
	check("not", NOT.Enc(B16, 1, 2), "mvn v1.16b, v2.16b")
	check("not 8b", NOT.Enc(B8, 1, 2), "mvn v1.8b, v2.8b")
	// Pairwise widening: the source's arrangement.
	for _, a := range all[:6] {
		wide := (a&^1 + 2) | a&1
		if !a.Full() {
			wide = a + 2 // 8b -> 4h, 4h -> 2s, 2s -> 1d
		}
		if a == S2 {
			wide = D1
		}
		check(fmt.Sprintf("saddlp.Enc(%v)", a), SADDLP.Enc(a, 1, 2), fmt.Sprintf("saddlp v1.%v, v2.%v", wide, a))
		check(fmt.Sprintf("uaddlp.Enc(%v)", a), UADDLP.Enc(a, 1, 2), fmt.Sprintf("uaddlp v1.%v, v2.%v", wide, a))
	}
	// Narrowing: the result's arrangement; the full one is the "2" form.
	for _, c := range []struct {
		op   V2
		name string
	}{{XTN, "xtn"}, {SQXTN, "sqxtn"}, {UQXTN, "uqxtn"}, {SQXTUN, "sqxtun"}} {
		for _, a := range all[:6] {
			wide, two := a|1+2, ""
			if a.Full() {
				two = "2"
			}
			check(fmt.Sprintf("%s.Enc(%v)", c.name, a), c.op.Enc(a, 1, 2), fmt.Sprintf("%s%s v1.%v, v2.%v", c.name, two, a, wide))
		}
	}
	// Across lanes: a scalar of the lane size (twice it for uaddlv).
	scalar := "bhsd"
	for _, a := range []Arr{B8, B16, H4, H8, S4} {
		sz := scalar[a.Size()]
		check(fmt.Sprintf("addv.Enc(%v)", a), ADDV.Enc(a, 1, 2), fmt.Sprintf("addv %c1, v2.%v", sz, a))
		check(fmt.Sprintf("umaxv.Enc(%v)", a), UMAXV.Enc(a, 1, 2), fmt.Sprintf("umaxv %c1, v2.%v", sz, a))
		check(fmt.Sprintf("uminv.Enc(%v)", a), UMINV.Enc(a, 1, 2), fmt.Sprintf("uminv %c1, v2.%v", sz, a))
		check(fmt.Sprintf("uaddlv.Enc(%v)", a), UADDLV.Enc(a, 1, 2), fmt.Sprintf("uaddlv %c1, v2.%v", scalar[a.Size()+1], a))
	}
}

// TestNeonPanics checks that the encoders refuse what has no encoding.
func TestNeonPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"and 4s":          func() { AND.Enc(S4, 1, 2, 3) },
		"not 4s":          func() { NOT.Enc(S4, 1, 2) },
		"fadd 8b":         func() { FADD.Enc(B8, 1, 2, 3) },
		"fcvtn 4s":        func() { FCVTN.Enc(S4, 1, 2) },
		"arr 8":           func() { ADD.Enc(8, 1, 2, 3) },
		"shl 8":           func() { ShlImm(B16, 1, 2, 8) },
		"shr 0":           func() { ShrImm(true, S4, 1, 2, 0) },
		"shr 33":          func() { ShrImm(true, S4, 1, 2, 33) },
		"shll d":          func() { Shll(true, D2, 1, 2, 0) },
		"dup 1d":          func() { DupGen(D1, 1, 2) },
		"lane 16":         func() { Umov(0, 1, 2, 16) },
		"lane d2":         func() { InsGen(3, 1, 2, 2) },
		"src lane":        func() { InsElem(2, 1, 0, 2, 4) },
		"smov w s":        func() { Smov(2, false, 1, 2, 0) },
		"ext 16":          func() { Ext16B(1, 2, 3, 16) },
		"tbl 5":           func() { Tbl16B(1, 2, 5, 3) },
		"ld1 lane size 4": func() { Ld1Lane(4, 1, 0, 2) },
		"reg 32":          func() { ADD.Enc(S4, 32, 2, 3) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}
