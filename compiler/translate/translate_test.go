package translate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/interp"
	"github.com/kilnwasm/kiln/internal/spectest"
	"github.com/kilnwasm/kiln/internal/testpaths"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// translateAll translates every body of the module and verifies the IR. It
// returns how many functions were translated and how many of those use
// vectors.
func translateAll(t *testing.T, name string, b []byte) (done, vector int) {
	m, err := wasm.Decode(b)
	if err != nil {
		return
	}
	if validate.Module(m) != nil {
		return
	}
	tr := translate.New()
	for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
		f, err := tr.Function(m, i)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := ir.Verify(f); err != nil {
			t.Errorf("%s: function %d: %v\n%s", name, i, err, f)
			continue
		}
		// The text form must parse back to the same function.
		g, err := ir.Parse(f.String())
		if err != nil || g.String() != f.String() {
			t.Errorf("%s: function %d does not round-trip: %v", name, i, err)
		}
		done++
		if f.UsesVectors() {
			vector++
		}
	}
	return
}

// Every function of every valid spec module translates, SIMD included.
func TestSpecModulesTranslate(t *testing.T) {
	files := testpaths.SpecModules(t)
	total, vector := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, v := translateAll(t, filepath.Base(f), b)
		total += d
		vector += v
	}
	if vector == 0 {
		t.Errorf("no function uses vectors: the SIMD scripts are missing")
	}
	t.Logf("%d functions translated and verified, %d of them with vectors", total, vector)
}

func TestRealModulesTranslate(t *testing.T) {
	dir, _ := testpaths.WASITestsuite()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.wasm"))
	if len(files) == 0 {
		t.Skip("WASI testsuite not found")
	}
	for _, f := range files[:min(len(files), 20)] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		translateAll(t, filepath.Base(f), b)
	}
}

// testFunc is a function of a hand-encoded module: its parameters are
// pushed in order, then code runs, and what it leaves is the result.
type testFunc struct {
	params, results []wasm.ValType
	code            []byte
}

// encodeModule builds a module with one memory page and the functions.
func encodeModule(funcs []testFunc) []byte {
	uleb := func(b []byte, v uint64) []byte {
		for {
			c := byte(v & 0x7f)
			v >>= 7
			if v == 0 {
				return append(b, c)
			}
			b = append(b, c|0x80)
		}
	}
	vec := func(b []byte, n int, item func(b []byte, i int) []byte) []byte {
		b = uleb(b, uint64(n))
		for i := 0; i < n; i++ {
			b = item(b, i)
		}
		return b
	}
	types := func(b []byte, ts []wasm.ValType) []byte {
		return vec(b, len(ts), func(b []byte, i int) []byte { return append(b, byte(ts[i])) })
	}
	out := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	section := func(id byte, content []byte) {
		out = uleb(append(out, id), uint64(len(content)))
		out = append(out, content...)
	}
	section(1, vec(nil, len(funcs), func(b []byte, i int) []byte {
		return types(types(append(b, 0x60), funcs[i].params), funcs[i].results)
	}))
	section(3, vec(nil, len(funcs), func(b []byte, i int) []byte { return uleb(b, uint64(i)) }))
	section(5, []byte{1, 0, 1})
	section(10, vec(nil, len(funcs), func(b []byte, i int) []byte {
		body := []byte{0} // no locals
		for j := range funcs[i].params {
			body = uleb(append(body, 0x20), uint64(j)) // local.get j
		}
		body = append(append(body, funcs[i].code...), 0x0b)
		return append(uleb(b, uint64(len(body))), body...)
	}))
	return out
}

// simd encodes SIMD instruction op followed by immediate bytes.
func simd(op wasm.Opcode, imm ...byte) []byte {
	b := []byte{0xfd}
	for v := uint32(op & 0xff); ; v >>= 7 {
		if v < 0x80 {
			b = append(b, byte(v))
			break
		}
		b = append(b, byte(v)|0x80)
	}
	return append(b, imm...)
}

// memarg encodes a memory immediate: the alignment exponent and offset.
func memarg(align uint32, offset uint64) []byte {
	b := []byte{byte(align)}
	for {
		c := byte(offset & 0x7f)
		offset >>= 7
		if offset == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// translateFuncs translates a module made of funcs and returns the IR
// text of each function.
func translateFuncs(t *testing.T, funcs []testFunc) []string {
	t.Helper()
	m, err := wasm.Decode(encodeModule(funcs))
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(m); err != nil {
		t.Fatal(err)
	}
	tr := translate.New()
	var out []string
	for i := range funcs {
		f, err := tr.Function(m, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := ir.Verify(f); err != nil {
			t.Fatalf("function %d: %v\n%s", i, err, f)
		}
		out = append(out, f.String())
	}
	return out
}

var (
	v128 = wasm.V128
	i32  = wasm.I32
)

// The IR of representative SIMD instructions, a module per group. Each
// function's parameters are v0, v1, ...; want is the instruction's line.
func TestVectorIR(t *testing.T) {
	vv := []wasm.ValType{v128, v128}
	v := []wasm.ValType{v128}
	iv := []wasm.ValType{i32, v128}
	type tc struct {
		name            string // the Wasm instruction, for failure messages
		params, results []wasm.ValType
		code            []byte
		want            string
	}
	lanes := make([]byte, 16) // shuffle: a's even lanes, b's odd ones, then b's even, a's odd
	for i := range lanes {
		lanes[i] = byte(i + 16*((i+i/8)%2))
	}
	consts := make([]byte, 16)
	for i := range consts {
		consts[i] = byte(0x10 + i)
	}
	groups := map[string][]tc{
		"arithmetic": {
			{"i32x4.add", vv, v, simd(wasm.OpI32x4Add), "v2:v128 = vadd i32x4 v0, v1"},
			{"f32x4.add", vv, v, simd(wasm.OpF32x4Add), "v2:v128 = vadd f32x4 v0, v1"},
			{"i64x2.sub", vv, v, simd(wasm.OpI64x2Sub), "v2:v128 = vsub i64x2 v0, v1"},
			{"i64x2.mul", vv, v, simd(wasm.OpI64x2Mul), "v2:v128 = vmul i64x2 v0, v1"},
			{"f64x2.div", vv, v, simd(wasm.OpF64x2Div), "v2:v128 = vdiv f64x2 v0, v1"},
			{"i8x16.add_sat_u", vv, v, simd(wasm.OpI8x16AddSatU), "v2:v128 = vadd_sat_u i8x16 v0, v1"},
			{"i16x8.sub_sat_s", vv, v, simd(wasm.OpI16x8SubSatS), "v2:v128 = vsub_sat_s i16x8 v0, v1"},
			{"i32x4.min_u", vv, v, simd(wasm.OpI32x4MinU), "v2:v128 = vmin_u i32x4 v0, v1"},
			{"i8x16.max_s", vv, v, simd(wasm.OpI8x16MaxS), "v2:v128 = vmax_s i8x16 v0, v1"},
			{"i16x8.avgr_u", vv, v, simd(wasm.OpI16x8AvgrU), "v2:v128 = vavgr_u i16x8 v0, v1"},
			{"i16x8.q15mulr_sat_s", vv, v, simd(wasm.OpI16x8Q15mulrSatS), "v2:v128 = vq15mulr_sat_s i16x8 v0, v1"},
			{"f32x4.min", vv, v, simd(wasm.OpF32x4Min), "v2:v128 = vfmin f32x4 v0, v1"},
			{"f64x2.max", vv, v, simd(wasm.OpF64x2Max), "v2:v128 = vfmax f64x2 v0, v1"},
			{"f64x2.pmin", vv, v, simd(wasm.OpF64x2Pmin), "v2:v128 = vpmin f64x2 v0, v1"},
			{"f32x4.pmax", vv, v, simd(wasm.OpF32x4Pmax), "v2:v128 = vpmax f32x4 v0, v1"},
			{"i32x4.dot_i16x8_s", vv, v, simd(wasm.OpI32x4DotI16x8S), "v2:v128 = vdot i32x4 v0, v1"},
		},
		"unary": {
			{"i8x16.popcnt", v, v, simd(wasm.OpI8x16Popcnt), "v1:v128 = vpopcnt i8x16 v0"},
			{"i64x2.abs", v, v, simd(wasm.OpI64x2Abs), "v1:v128 = vabs i64x2 v0"},
			{"i16x8.neg", v, v, simd(wasm.OpI16x8Neg), "v1:v128 = vneg i16x8 v0"},
			{"f32x4.neg", v, v, simd(wasm.OpF32x4Neg), "v1:v128 = vneg f32x4 v0"},
			{"f64x2.sqrt", v, v, simd(wasm.OpF64x2Sqrt), "v1:v128 = vsqrt f64x2 v0"},
			{"f32x4.ceil", v, v, simd(wasm.OpF32x4Ceil), "v1:v128 = vceil f32x4 v0"},
			{"f64x2.trunc", v, v, simd(wasm.OpF64x2Trunc), "v1:v128 = vtrunc f64x2 v0"},
			{"f64x2.nearest", v, v, simd(wasm.OpF64x2Nearest), "v1:v128 = vnearest f64x2 v0"},
		},
		"widening and narrowing": {
			{"i8x16.narrow_i16x8_s", vv, v, simd(wasm.OpI8x16NarrowI16x8S), "v2:v128 = vnarrow_s i8x16 v0, v1"},
			{"i16x8.narrow_i32x4_u", vv, v, simd(wasm.OpI16x8NarrowI32x4U), "v2:v128 = vnarrow_u i16x8 v0, v1"},
			{"i16x8.extmul_low_i8x16_s", vv, v, simd(wasm.OpI16x8ExtmulLowI8x16S), "v2:v128 = vextmul_low_s i16x8 v0, v1"},
			{"i64x2.extmul_high_i32x4_u", vv, v, simd(wasm.OpI64x2ExtmulHighI32x4U), "v2:v128 = vextmul_high_u i64x2 v0, v1"},
			{"i16x8.extadd_pairwise_i8x16_s", v, v, simd(wasm.OpI16x8ExtaddPairwiseI8x16S), "v1:v128 = vextadd_pairwise_s i16x8 v0"},
			{"i32x4.extadd_pairwise_i16x8_u", v, v, simd(wasm.OpI32x4ExtaddPairwiseI16x8U), "v1:v128 = vextadd_pairwise_u i32x4 v0"},
			{"i32x4.extend_low_i16x8_u", v, v, simd(wasm.OpI32x4ExtendLowI16x8U), "v1:v128 = vextend_low_u i32x4 v0"},
			{"i64x2.extend_high_i32x4_s", v, v, simd(wasm.OpI64x2ExtendHighI32x4S), "v1:v128 = vextend_high_s i64x2 v0"},
		},
		"conversions": {
			{"f32x4.convert_i32x4_u", v, v, simd(wasm.OpF32x4ConvertI32x4U), "v1:v128 = vconvert_u f32x4 v0"},
			{"f64x2.convert_low_i32x4_s", v, v, simd(wasm.OpF64x2ConvertLowI32x4S), "v1:v128 = vconvert_low_s f64x2 v0"},
			{"i32x4.trunc_sat_f32x4_s", v, v, simd(wasm.OpI32x4TruncSatF32x4S), "v1:v128 = vtrunc_sat_s i32x4 v0"},
			{"i32x4.trunc_sat_f64x2_u_zero", v, v, simd(wasm.OpI32x4TruncSatF64x2UZero), "v1:v128 = vtrunc_sat_zero_u i32x4 v0"},
			{"f32x4.demote_f64x2_zero", v, v, simd(wasm.OpF32x4DemoteF64x2Zero), "v1:v128 = vdemote_zero f32x4 v0"},
			{"f64x2.promote_low_f32x4", v, v, simd(wasm.OpF64x2PromoteLowF32x4), "v1:v128 = vpromote_low f64x2 v0"},
		},
		"comparisons": {
			{"i8x16.lt_u", vv, v, simd(wasm.OpI8x16LtU), "v2:v128 = vcmp i8x16 lt_u v0, v1"},
			{"i16x8.eq", vv, v, simd(wasm.OpI16x8Eq), "v2:v128 = vcmp i16x8 eq v0, v1"},
			{"i32x4.ge_s", vv, v, simd(wasm.OpI32x4GeS), "v2:v128 = vcmp i32x4 ge_s v0, v1"},
			{"i64x2.gt_s", vv, v, simd(wasm.OpI64x2GtS), "v2:v128 = vcmp i64x2 gt_s v0, v1"},
			{"i64x2.le_s", vv, v, simd(wasm.OpI64x2LeS), "v2:v128 = vcmp i64x2 le_s v0, v1"},
			{"f32x4.ne", vv, v, simd(wasm.OpF32x4Ne), "v2:v128 = vcmp f32x4 fne v0, v1"},
			{"f64x2.le", vv, v, simd(wasm.OpF64x2Le), "v2:v128 = vcmp f64x2 fle v0, v1"},
		},
		"bitwise and tests": {
			{"v128.not", v, v, simd(wasm.OpV128Not), "v1:v128 = vnot v0"},
			{"v128.and", vv, v, simd(wasm.OpV128And), "v2:v128 = vand v0, v1"},
			{"v128.andnot", vv, v, simd(wasm.OpV128Andnot), "v2:v128 = vandnot v0, v1"},
			{"v128.xor", vv, v, simd(wasm.OpV128Xor), "v2:v128 = vxor v0, v1"},
			{"v128.bitselect", []wasm.ValType{v128, v128, v128}, v, simd(wasm.OpV128Bitselect), "v3:v128 = vbitselect v0, v1, v2"},
			{"v128.any_true", v, []wasm.ValType{i32}, simd(wasm.OpV128AnyTrue), "v1:i32 = vany_true v0"},
			{"i16x8.all_true", v, []wasm.ValType{i32}, simd(wasm.OpI16x8AllTrue), "v1:i32 = vall_true i16x8 v0"},
			{"i64x2.bitmask", v, []wasm.ValType{i32}, simd(wasm.OpI64x2Bitmask), "v1:i32 = vbitmask i64x2 v0"},
			{"i8x16.shl", []wasm.ValType{v128, i32}, v, simd(wasm.OpI8x16Shl), "v2:v128 = vshl i8x16 v0, v1"},
			{"i32x4.shr_u", []wasm.ValType{v128, i32}, v, simd(wasm.OpI32x4ShrU), "v2:v128 = vshr_u i32x4 v0, v1"},
			{"i64x2.shr_s", []wasm.ValType{v128, i32}, v, simd(wasm.OpI64x2ShrS), "v2:v128 = vshr_s i64x2 v0, v1"},
		},
		"lanes": {
			{"i8x16.splat", []wasm.ValType{i32}, v, simd(wasm.OpI8x16Splat), "v1:v128 = vsplat i8x16 v0"},
			{"f64x2.splat", []wasm.ValType{wasm.F64}, v, simd(wasm.OpF64x2Splat), "v1:v128 = vsplat f64x2 v0"},
			{"i8x16.extract_lane_s", v, []wasm.ValType{i32}, simd(wasm.OpI8x16ExtractLaneS, 15), "v1:i32 = vextract_lane i8x16 15 v0"},
			{"i16x8.extract_lane_u", v, []wasm.ValType{i32}, simd(wasm.OpI16x8ExtractLaneU, 7), "v1:i32 = vextract_lane_u i16x8 7 v0"},
			{"i32x4.extract_lane", v, []wasm.ValType{i32}, simd(wasm.OpI32x4ExtractLane, 2), "v1:i32 = vextract_lane i32x4 2 v0"},
			{"i64x2.extract_lane", v, []wasm.ValType{wasm.I64}, simd(wasm.OpI64x2ExtractLane, 1), "v1:i64 = vextract_lane i64x2 1 v0"},
			{"f32x4.replace_lane", []wasm.ValType{v128, wasm.F32}, v, simd(wasm.OpF32x4ReplaceLane, 3), "v2:v128 = vreplace_lane f32x4 3 v0, v1"},
			{"i8x16.replace_lane", []wasm.ValType{v128, i32}, v, simd(wasm.OpI8x16ReplaceLane, 9), "v2:v128 = vreplace_lane i8x16 9 v0, v1"},
			{"i8x16.swizzle", vv, v, simd(wasm.OpI8x16Swizzle), "v2:v128 = vswizzle i8x16 v0, v1"},
			// Lane i of the shuffle is byte i of aux (0-7) or aux2 (8-15).
			{"i8x16.shuffle", vv, v, simd(wasm.OpI8x16Shuffle, lanes...), "v2:v128 = vshuffle 0x1706150413021100 0xf1e0d1c0b1a0918 v0, v1"},
			{"v128.const", nil, v, simd(wasm.OpV128Const, consts...), "v0:v128 = vconst 0x1716151413121110 0x1f1e1d1c1b1a1918"},
		},
		"memory": {
			{"v128.load", []wasm.ValType{i32}, v, simd(wasm.OpV128Load, memarg(4, 16)...), "v1:v128 = load 16 v0"},
			{"v128.store", iv, nil, simd(wasm.OpV128Store, memarg(0, 32)...), "store 32 v0, v1"},
			{"v128.load8x8_s", []wasm.ValType{i32}, v, simd(wasm.OpV128Load8x8S, memarg(3, 8)...), "v1:v128 = vload_extend_s 8 i16x8 v0"},
			{"v128.load16x4_u", []wasm.ValType{i32}, v, simd(wasm.OpV128Load16x4U, memarg(3, 0)...), "v1:v128 = vload_extend_u 0 i32x4 v0"},
			{"v128.load32x2_u", []wasm.ValType{i32}, v, simd(wasm.OpV128Load32x2U, memarg(3, 0)...), "v1:v128 = vload_extend_u 0 i64x2 v0"},
			{"v128.load16_splat", []wasm.ValType{i32}, v, simd(wasm.OpV128Load16Splat, memarg(1, 2)...), "v1:v128 = vload_splat 2 i16x8 v0"},
			{"v128.load64_splat", []wasm.ValType{i32}, v, simd(wasm.OpV128Load64Splat, memarg(3, 0)...), "v1:v128 = vload_splat 0 i64x2 v0"},
			{"v128.load32_zero", []wasm.ValType{i32}, v, simd(wasm.OpV128Load32Zero, memarg(2, 4)...), "v1:v128 = vload_zero 4 i32x4 v0"},
			{"v128.load64_zero", []wasm.ValType{i32}, v, simd(wasm.OpV128Load64Zero, memarg(3, 0)...), "v1:v128 = vload_zero 0 i64x2 v0"},
			{"v128.load8_lane", iv, v, simd(wasm.OpV128Load8Lane, append(memarg(0, 5), 15)...), "v2:v128 = vload_lane 5 i8x16 15 v0, v1"},
			{"v128.load64_lane", iv, v, simd(wasm.OpV128Load64Lane, append(memarg(3, 1<<32-1), 1)...), "v2:v128 = vload_lane 4294967295 i64x2 1 v0, v1"},
			{"v128.store16_lane", iv, nil, simd(wasm.OpV128Store16Lane, append(memarg(1, 0), 6)...), "vstore_lane 0 i16x8 6 v0, v1"},
			{"v128.store32_lane", iv, nil, simd(wasm.OpV128Store32Lane, append(memarg(2, 4), 3)...), "vstore_lane 4 i32x4 3 v0, v1"},
		},
	}
	for group, cases := range groups {
		t.Run(group, func(t *testing.T) {
			funcs := make([]testFunc, len(cases))
			for i, c := range cases {
				funcs[i] = testFunc{c.params, c.results, c.code}
			}
			for i, text := range translateFuncs(t, funcs) {
				if !strings.Contains(text, "\n    "+cases[i].want+"\n") {
					t.Errorf("%s: want %q in\n%s", cases[i].name, cases[i].want, text)
				}
			}
		})
	}
}

// Every SIMD opcode translates to the IR instruction, shape and condition
// its Wasm name implies (expectVector), with its memory offset and lane.
// Derived from the names, this checks the opcode-indexed tables
// independently of how they are laid out.
func TestEveryVectorOpcode(t *testing.T) {
	const offset = 1234
	var funcs []testFunc
	var ops []wasm.Opcode
	for sub := 0; sub < 256; sub++ {
		op := wasm.Opcode(0xFD00 | sub)
		info := op.Info()
		if !info.Valid {
			continue
		}
		var imm []byte
		switch info.Imm {
		case wasm.ImmMemArg:
			imm = memarg(uint32(info.Align), offset)
		case wasm.ImmMemArgLane:
			imm = append(memarg(uint32(info.Align), offset), info.Lanes-1)
		case wasm.ImmLane:
			imm = []byte{info.Lanes - 1}
		case wasm.ImmV128, wasm.ImmShuffle:
			imm = make([]byte, 16)
		}
		ops = append(ops, op)
		funcs = append(funcs, testFunc{info.Params, info.Results, simd(op, imm...)})
	}
	if len(ops) != 236 {
		t.Errorf("%d SIMD opcodes, the 2.0 spec has 236", len(ops))
	}
	m, err := wasm.Decode(encodeModule(funcs))
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(m); err != nil {
		t.Fatal(err)
	}
	tr := translate.New()
	for i, op := range ops {
		f, err := tr.Function(m, uint32(i))
		if err != nil {
			t.Errorf("%v: %v", op, err)
			continue
		}
		if err := ir.Verify(f); err != nil {
			t.Errorf("%v: %v\n%s", op, err, f)
			continue
		}
		// The body is the instruction, then the terminator.
		v := f.First(0)
		if f.Next(v) != f.Terminator(0) {
			t.Errorf("%v: not one instruction:\n%s", op, f)
			continue
		}
		info := op.Info()
		name, shape, cond := expectVector(info.Name)
		got := f.Op(v).String()
		if got != name || f.VecShape(v) != shape {
			t.Errorf("%v: %s %v, want %s %v", op, got, f.VecShape(v), name, shape)
		}
		if f.Op(v) == ir.OpVcmp && ir.Cond(f.Aux2(v)).String() != cond {
			t.Errorf("%v: condition %v, want %s", op, ir.Cond(f.Aux2(v)), cond)
		}
		switch info.Imm {
		case wasm.ImmMemArg, wasm.ImmMemArgLane:
			if f.Aux(v) != offset {
				t.Errorf("%v: offset %d, want %d", op, f.Aux(v), offset)
			}
		}
		switch info.Imm {
		case wasm.ImmLane, wasm.ImmMemArgLane:
			if f.VecLane(v) != int(info.Lanes-1) {
				t.Errorf("%v: lane %d, want %d", op, f.VecLane(v), info.Lanes-1)
			}
		}
	}
}

var laneTypeInName = regexp.MustCompile(`_[if](8|16|32|64)x(2|4|8|16)`)

// expectVector derives from a SIMD instruction's Wasm name the IR
// instruction, shape and (vcmp) condition it should translate to. The
// shape prefix is the result's, which is what the IR's shape means.
func expectVector(wasmName string) (op string, shape ir.Shape, cond string) {
	prefix, rest, _ := strings.Cut(wasmName, ".")
	load := strings.HasPrefix(rest, "load")
	if prefix == "v128" && (load || strings.HasPrefix(rest, "store")) {
		// Memory operations name their lanes by bit width: N-bit lanes
		// for splat, zero and lane accesses, 2N-bit ones for the
		// extending loads of NxM.
		width := map[string]ir.Shape{"8": ir.I8x16, "16": ir.I16x8, "32": ir.I32x4, "64": ir.I64x2}
		bits, suffix, _ := strings.Cut(strings.TrimLeft(rest, "loadstore"), "_")
		bits, ext, _ := strings.Cut(bits, "x")
		switch {
		case bits == "":
			return rest, ir.NoShape, "" // v128.load, v128.store
		case ext != "":
			return "vload_extend_" + suffix, width[bits] + 1, ""
		case suffix == "lane" && !load:
			return "vstore_lane", width[bits], ""
		}
		return "vload_" + suffix, width[bits], ""
	}
	shape, _ = ir.ShapeByName(prefix)
	switch rest {
	case "eq", "ne", "lt", "gt", "le", "ge":
		if shape.IsFloat() {
			return "vcmp", shape, "f" + rest
		}
		return "vcmp", shape, rest
	case "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u":
		return "vcmp", shape, rest
	case "extract_lane_s", "extract_lane":
		return "vextract_lane", shape, ""
	case "min", "max":
		return "vf" + rest, shape, ""
	case "dot_i16x8_s":
		return "vdot", shape, ""
	case "shuffle":
		return "vshuffle", ir.NoShape, ""
	}
	// The rest are named as in Wasm without the operands' lane type,
	// v128.not... get no shape (ShapeByName fails).
	rest = laneTypeInName.ReplaceAllString(rest, "")
	rest = strings.Replace(rest, "_s_zero", "_zero_s", 1)
	rest = strings.Replace(rest, "_u_zero", "_zero_u", 1)
	return "v" + rest, shape, ""
}

// Go computes addresses as wrap(extend_u(x) + c): translated as the i32
// add it equals, unless a local.tee keeps one of the 64-bit values.
func TestWrapAddress(t *testing.T) {
	i64 := wasm.ValType(wasm.I64)
	const (
		get0, get1, tee1 = 0x20, 0x20, 0x22
		ext, c64, add64  = byte(wasm.OpI64ExtendI32U), byte(wasm.OpI64Const), byte(wasm.OpI64Add)
		wrap, add32      = byte(wasm.OpI32WrapI64), byte(wasm.OpI32Add)
	)
	ps, rs := []wasm.ValType{i32, i64}, []wasm.ValType{i32}
	cases := []struct {
		name string
		code []byte
		fold bool
		want string
	}{
		{"folded", []byte{get0, 0, ext, c64, 8, add64, wrap}, true, "v3:i32 = iadd v0, v2"},
		{"padded constant", []byte{get0, 0, ext, c64, 0x88, 0x80, 0x00, add64, wrap}, true, "v2:i32 = iconst 8"},
		{"constant over 32 bits", []byte{get0, 0, ext, c64, 0x88, 0x80, 0x80, 0x80, 0x10, add64, wrap}, true, "v2:i32 = iconst 8"},
		{"negative constant", []byte{get0, 0, ext, c64, 0x78, add64, wrap}, true, "v2:i32 = iconst -8"},
		{"extension kept", []byte{get0, 0, ext, tee1, 1, c64, 8, add64, wrap, get1, 1, wrap, add32}, false, ""},
		{"constant kept", []byte{get0, 0, ext, c64, 8, tee1, 1, add64, wrap, get1, 1, wrap, add32}, false, ""},
		{"sum kept", []byte{get0, 0, ext, c64, 8, add64, tee1, 1, wrap, get1, 1, wrap, add32}, false, ""},
		{"signed extension", []byte{get0, 0, byte(wasm.OpI64ExtendI32S), c64, 8, add64, wrap, get0, 0, ext, wrap, add32}, false, ""},
	}
	funcs := make([]testFunc, len(cases))
	for i, c := range cases {
		// Drop the parameters that encodeModule pushes.
		funcs[i] = testFunc{ps, rs, append([]byte{0x1a, 0x1a}, c.code...)}
	}
	for i, text := range translateFuncs(t, funcs) {
		c := cases[i]
		// Unfolded, both wraps stay: the address's and the local's.
		wraps := strings.Count(text, " = wrap ")
		if c.fold && wraps != 0 || !c.fold && wraps != 2 || !strings.Contains(text, "\n    "+c.want) {
			t.Errorf("%s: folded should be %v (want %q) in\n%s", c.name, c.fold, c.want, text)
		}
	}
}

// A block or if that no branch leaves by its label, whose ways to the end
// bring the same values, passes them on without block parameters; when a
// branch goes there or the values differ, the parameters come back, and
// the then arm's jump made without arguments gets them. A loop's results
// never need them, nor its parameters that no branch back changes. Each function
// takes (c, x) and is run, unoptimized, with c = 0 and 1.
func TestFallthroughResults(t *testing.T) {
	i32s := []wasm.ValType{wasm.I32}
	pair := []wasm.ValType{wasm.I32, wasm.I32}
	cases := []struct {
		name   string
		code   func(c *wasmgen.Code)
		params bool   // the body's blocks have parameters
		want   [2]int // the results for c = 0 and c = 1
	}{
		{"block", func(c *wasmgen.Code) {
			c.Op(wasm.OpBlock).BlockVal(wasm.I32).Op(wasm.OpLocalGet).U32(1).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpEnd)
		}, false, [2]int{11, 11}},
		{"block left by br_if", func(c *wasmgen.Code) {
			c.Op(wasm.OpBlock).BlockVal(wasm.I32).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpBrIf).U32(0)
			c.I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpEnd)
		}, true, [2]int{11, 10}},
		{"if without else", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockIndex(1).Op(wasm.OpEnd)
		}, false, [2]int{10, 10}},
		{"arms with the same value", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockVal(wasm.I32).Op(wasm.OpLocalGet).U32(1)
			c.Op(wasm.OpElse).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpEnd)
		}, false, [2]int{10, 10}},
		{"then arm unreachable", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(0).I32Const(2).Op(wasm.OpI32Eq).Op(wasm.OpIf).BlockVal(wasm.I32).Op(wasm.OpUnreachable)
			c.Op(wasm.OpElse).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpEnd)
		}, false, [2]int{10, 10}},
		{"arms with different values", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockVal(wasm.I32).Op(wasm.OpLocalGet).U32(1)
			c.Op(wasm.OpElse).I32Const(7).Op(wasm.OpEnd)
		}, true, [2]int{7, 10}},
		{"then falls through, else branches", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockVal(wasm.I32).Op(wasm.OpLocalGet).U32(1)
			c.Op(wasm.OpElse).I32Const(9).Op(wasm.OpBr).U32(0).Op(wasm.OpEnd)
		}, true, [2]int{9, 10}},
		{"then branches, else falls through", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockVal(wasm.I32).I32Const(5).Op(wasm.OpBr).U32(0)
			c.Op(wasm.OpElse).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpEnd)
		}, true, [2]int{10, 5}},
		{"two values, one changed", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockIndex(2)
			c.Op(wasm.OpI32Add).I32Const(1).Op(wasm.OpEnd).Op(wasm.OpI32Add)
		}, true, [2]int{20, 21}},
		{"loop with a result", func(c *wasmgen.Code) {
			c.Op(wasm.OpLoop).BlockVal(wasm.I32).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpEnd)
		}, false, [2]int{10, 10}},
		{"loop passing values on", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLoop).BlockIndex(2).Op(wasm.OpEnd).Op(wasm.OpI32Add)
		}, false, [2]int{10, 11}},
		{"loop branching back with its parameter", func(c *wasmgen.Code) {
			// Runs c+1 times, counting in a global: a local would need a
			// parameter.
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLoop).BlockIndex(1)
			c.Op(wasm.OpGlobalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpGlobalGet).U32(0).I32Const(-1).Op(wasm.OpI32GtS).Op(wasm.OpBrIf).U32(0)
			c.I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpEnd)
		}, false, [2]int{11, 11}},
		{"loop branching back with another value", func(c *wasmgen.Code) {
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpLoop).BlockIndex(1).I32Const(1).Op(wasm.OpI32Add)
			c.Op(wasm.OpGlobalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpGlobalGet).U32(0).I32Const(-1).Op(wasm.OpI32GtS).Op(wasm.OpBrIf).U32(0)
			c.Op(wasm.OpEnd)
		}, true, [2]int{11, 12}},
	}
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: pair, Results: i32s}, {Params: i32s, Results: i32s}, {Params: pair, Results: pair}}
	m.Globals = []wasmgen.Global{{Type: wasm.GlobalType{Type: wasm.I32, Mutable: true}, Init: (&wasmgen.Code{}).I32Const(0).B}}
	for i, c := range cases {
		code := &wasmgen.Code{}
		c.code(code)
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 0, Body: code.B})
		m.Exports = append(m.Exports, wasmgen.Export{Name: c.name, Kind: wasm.ExternFunc, Index: uint32(i)})
	}
	b := m.Encode()
	mod, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(mod); err != nil {
		t.Fatal(err)
	}
	inst, err := interp.NewEngine(false).Instantiate(b)
	if err != nil {
		t.Fatal(err)
	}
	tr := translate.New()
	for i, c := range cases {
		f, err := tr.Function(mod, uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if err := ir.Verify(f); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, f)
		}
		// Past the entry block: the return block has the function's result.
		params := -1
		for b := 1; b < f.NumBlocks(); b++ {
			params += len(f.Params(ir.Block(b)))
		}
		if params > 0 != c.params {
			t.Errorf("%s: %d block parameters besides the result\n%s", c.name, params, f)
		}
		checkCondCalls(t, inst, c.name, 10, c.want)
	}
}

// A loop with parameters that no branch targets is translated as the
// block it amounts to, without a header: the header's parameters would
// all be found trivial at the end (loops nested thousands deep passing a
// hundred values on made a hundred for every three bytes). A loop that a
// branch targets keeps its header, with a parameter for each value a
// branch back changes. Which loops are targeted is found by a scan of the
// body, which counts labels through the constructs in between (loops
// translated as blocks among them) and br_table's, and passes over loops
// in unreachable code, which are not translated.
func TestLoopsWithoutBackEdges(t *testing.T) {
	pair := []wasm.ValType{i32, i32}
	const (
		block, loop, end, empty = byte(wasm.OpBlock), byte(wasm.OpLoop), byte(wasm.OpEnd), 0x40
		br, brIf, brTable       = byte(wasm.OpBr), byte(wasm.OpBrIf), byte(wasm.OpBrTable)
		get, c32, add, drop     = byte(wasm.OpLocalGet), byte(wasm.OpI32Const), byte(wasm.OpI32Add), byte(wasm.OpDrop)
	)
	// Every function is (i32, i32) -> (i32, i32), type 0 among them: the
	// loops' and blocks' type.
	back := []byte{loop, 0, c32, 1, add, get, 0, brIf, 0, end} // adds 1 to the second value while v0
	cases := []struct {
		name string
		code []byte
		want string
	}{
		{"loops nothing branches to", []byte{loop, 0, loop, 0, end, end}, `
b0(v0:i32, v1:i32):
    jump b3
b1(v2:i32, v3:i32):
    return v2, v3
b2:
    jump b1(v0, v1)
b3:
    jump b2
`},
		{"the same with blocks", []byte{block, 0, block, 0, end, end}, `
b0(v0:i32, v1:i32):
    jump b3
b1(v2:i32, v3:i32):
    return v2, v3
b2:
    jump b1(v0, v1)
b3:
    jump b2
`},
		{"branch back changing a value", back, `
b0(v0:i32, v1:i32):
    jump b2(v1)
b1(v2:i32, v3:i32):
    return v2, v3
b2(v4:i32):
    v5:i32 = iconst 1
    v6:i32 = iadd v4, v5
    brif v0, b2(v6), b4
b3:
    jump b1(v0, v6)
b4:
    jump b3
`},
		{"branch back from an inner loop", []byte{loop, 0, loop, 0, c32, 1, add, get, 0, brIf, 1, end, end}, `
b0(v0:i32, v1:i32):
    jump b2(v1)
b1(v2:i32, v3:i32):
    return v2, v3
b2(v4:i32):
    v5:i32 = iconst 1
    v6:i32 = iadd v4, v5
    brif v0, b2(v6), b5
b3:
    jump b1(v0, v6)
b4:
    jump b3
b5:
    jump b4
`},
		{"br_table back from a block", []byte{loop, 0, c32, 1, add, block, 0, get, 0, brTable, 1, 0, 1, end, end}, `
b0(v0:i32, v1:i32):
    jump b2(v1)
b1(v2:i32, v3:i32):
    return v2, v3
b2(v4:i32):
    v5:i32 = iconst 1
    v6:i32 = iadd v4, v5
    br_table v0, b4(v0, v6), b2(v6)
b3:
    jump b1(v7, v8)
b4(v7:i32, v8:i32):
    jump b3
`},
		{"after a loop in unreachable code", append([]byte{loop, 0, end, block, empty, br, 0, loop, 0, end, drop, drop, end}, back...), `
b0(v0:i32, v1:i32):
    jump b2
b1(v2:i32, v3:i32):
    return v2, v3
b2:
    jump b3
b3:
    jump b4(v1)
b4(v4:i32):
    v5:i32 = iconst 1
    v6:i32 = iadd v4, v5
    brif v0, b4(v6), b6
b5:
    jump b1(v0, v6)
b6:
    jump b5
`},
	}
	funcs := make([]testFunc, len(cases))
	for i, c := range cases {
		funcs[i] = testFunc{pair, pair, c.code}
	}
	for i, text := range translateFuncs(t, funcs) {
		c := cases[i]
		if want := fmt.Sprintf("func \"func%d\"(i32, i32) -> (i32, i32) {%s}\n", i, c.want); text != want {
			t.Errorf("%s:\n%s\nwant\n%s", c.name, text, want)
		}
	}
}

// Locals read past merges that do not set them take the value of the
// dominator that does (read skips up to it), but not across a loop that
// sets them later, nor past a construct that sets them inside.
func TestReadPastMerges(t *testing.T) {
	const x, y, acc = 2, 3, 4 // locals after the parameters c and n
	cases := []struct {
		name string
		code func(c *wasmgen.Code)
		want [2]int // the results for c = 0 and c = 1, n = 3
	}{
		{"untouched by many ifs", func(c *wasmgen.Code) {
			c.I32Const(7).Op(wasm.OpLocalSet).U32(x)
			for i := 0; i < 50; i++ {
				c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockEmpty()
				c.Op(wasm.OpLocalGet).U32(y).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(y).Op(wasm.OpEnd)
			}
			c.Op(wasm.OpLocalGet).U32(x).Op(wasm.OpLocalGet).U32(y).Op(wasm.OpI32Add)
		}, [2]int{7, 57}},
		{"set in a loop after the read", func(c *wasmgen.Code) {
			c.I32Const(1).Op(wasm.OpLocalSet).U32(x)
			c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpLoop).BlockEmpty()
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockEmpty()
			c.Op(wasm.OpLocalGet).U32(acc).I32Const(100).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(acc).Op(wasm.OpEnd)
			c.Op(wasm.OpLocalGet).U32(acc).Op(wasm.OpLocalGet).U32(x).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(acc)
			c.Op(wasm.OpLocalGet).U32(x).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(x)
			// The count in a global, not a local: a local read wrongly
			// would make the loop endless.
			c.Op(wasm.OpGlobalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpGlobalGet).U32(0).Op(wasm.OpBrIf).U32(0)
			c.Op(wasm.OpEnd).Op(wasm.OpLocalGet).U32(acc)
		}, [2]int{6, 306}},
		{"set inside a block", func(c *wasmgen.Code) {
			c.I32Const(1).Op(wasm.OpLocalSet).U32(x)
			c.Op(wasm.OpBlock).BlockEmpty().Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockEmpty()
			c.I32Const(5).Op(wasm.OpLocalSet).U32(x).Op(wasm.OpEnd).Op(wasm.OpEnd)
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockEmpty().Op(wasm.OpNop).Op(wasm.OpEnd)
			c.Op(wasm.OpLocalGet).U32(x)
		}, [2]int{1, 5}},
		{"read where a loop is left, set later in it", func(c *wasmgen.Code) {
			// The exit, after the if's merge, takes x as of the loop's
			// header: set after the exit but in the loop, it is the
			// header's parameter, not the 1 set before the loop.
			c.I32Const(1).Op(wasm.OpLocalSet).U32(x)
			c.Op(wasm.OpLocalGet).U32(1).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpBlock).BlockEmpty().Op(wasm.OpLoop).BlockEmpty()
			c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpIf).BlockEmpty()
			c.Op(wasm.OpLocalGet).U32(acc).I32Const(100).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(acc).Op(wasm.OpEnd)
			c.Op(wasm.OpGlobalGet).U32(0).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(1)
			// Not read in the loop: it would be found at the exit.
			c.Op(wasm.OpGlobalGet).U32(0).I32Const(10).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(x)
			c.Op(wasm.OpGlobalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpGlobalSet).U32(0)
			c.Op(wasm.OpBr).U32(0).Op(wasm.OpEnd).Op(wasm.OpEnd)
			c.Op(wasm.OpLocalGet).U32(x).Op(wasm.OpLocalGet).U32(acc).Op(wasm.OpI32Add)
		}, [2]int{11, 411}},
	}
	i32 := wasm.I32
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{i32, i32}, Results: []wasm.ValType{i32}}}
	m.Globals = []wasmgen.Global{{Type: wasm.GlobalType{Type: i32, Mutable: true}, Init: (&wasmgen.Code{}).I32Const(0).B}}
	for i, c := range cases {
		code := &wasmgen.Code{}
		c.code(code)
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 0, Locals: []wasm.ValType{i32, i32, i32}, Body: code.B})
		m.Exports = append(m.Exports, wasmgen.Export{Name: c.name, Kind: wasm.ExternFunc, Index: uint32(i)})
	}
	inst, err := interp.NewEngine(false).Instantiate(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		checkCondCalls(t, inst, c.name, 3, c.want)
	}
}

// Locals each set by one of many ifs, then all read after the last: each
// read goes back to the merge of the if that set the local, and from
// there past the merges before it (to the entry, which sets it first). Reading through all of them would
// leave a removed parameter, a value, at each: n*n/2 of them.
func TestReadPastManyMerges(t *testing.T) {
	const n = 200
	c := &wasmgen.Code{}
	for i := 1; i <= n; i++ {
		c.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpI32Load).MemArg(2, uint32(i)*4).Op(wasm.OpLocalSet).U32(uint32(i))
	}
	for i := 0; i < n; i++ {
		// Not reading the local it sets: the read would leave its value
		// at the merge before.
		c.Op(wasm.OpLocalGet).U32(0).I32Const(int32(i)).Op(wasm.OpI32GtS).Op(wasm.OpIf).BlockEmpty()
		c.Op(wasm.OpLocalGet).U32(uint32(i + 1)).I32Const(int32(i)).Op(wasm.OpI32Add).Op(wasm.OpLocalSet).U32(uint32(i*7%n + 1)).Op(wasm.OpEnd)
	}
	c.Op(wasm.OpLocalGet).U32(1)
	for i := 2; i <= n; i++ {
		c.Op(wasm.OpLocalGet).U32(uint32(i)).Op(wasm.OpI32Add)
	}
	locals := make([]wasm.ValType, n)
	for i := range locals {
		locals[i] = wasm.I32
	}
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	m.Memory = &wasmgen.Memory{Min: 1}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Locals: locals, Body: c.B}}
	mod, err := wasm.Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(mod); err != nil {
		t.Fatal(err)
	}
	f, err := translate.New().Function(mod, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := ir.Verify(f); err != nil {
		t.Fatal(err)
	}
	params := 0
	for b := 1; b < f.NumBlocks(); b++ {
		params += len(f.Params(ir.Block(b)))
	}
	// A parameter per if (the local it sets), and the return's result;
	// per if, a compare, an add, two constants and the branches.
	if params != n+1 || f.NumValues() > 12*n {
		t.Errorf("%d block parameters (want %d), %d values (want at most %d)", params, n+1, f.NumValues(), 12*n)
	}
}

// checkCondCalls calls export name, an (i32, i32) -> i32 function, with
// (0, n) and (1, n) and checks its results against want.
func checkCondCalls(t *testing.T, inst spectest.Instance, name string, n uint64, want [2]int) {
	t.Helper()
	for cond, w := range want {
		res, err := inst.Invoke(name, []spectest.Value{{Type: wasm.I32, Bits: uint64(cond)}, {Type: wasm.I32, Bits: n}})
		if err != nil || len(res) != 1 || int(res[0].Bits) != w {
			t.Errorf("%s(%d, %d) = %v, %v; want %d", name, cond, n, res, err, w)
		}
	}
}
