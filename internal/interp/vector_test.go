package interp

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// newIRInstance makes an instance of IR functions (texts, function i is
// index i) with a one-page memory and the given globals.
func newIRInstance(t *testing.T, globals []*Global, texts ...string) *Instance {
	t.Helper()
	inst := &Instance{store: &Store{}, mem: &Memory{Data: make([]byte, 65536), Max: 1}, globals: globals}
	wt := map[ir.Type]wasm.ValType{ir.I32: wasm.I32, ir.I64: wasm.I64, ir.F32: wasm.F32, ir.F64: wasm.F64, ir.V128: wasm.V128}
	for _, text := range texts {
		f, err := ir.Parse(text)
		if err != nil {
			t.Fatalf("%v\n%s", err, text)
		}
		if err := ir.Verify(f); err != nil {
			t.Fatalf("%v\n%s", err, text)
		}
		var ft wasm.FuncType
		for _, p := range f.Sig.Params {
			ft.Params = append(ft.Params, wt[p])
		}
		for _, r := range f.Sig.Results {
			ft.Results = append(ft.Results, wt[r])
		}
		inst.funcs = append(inst.funcs, inst.store.addFunc(&Func{Type: ft, inst: inst, ir: f, vec: f.UsesVectors()}))
	}
	return inst
}

// Vector arguments and results in call slots (low half, high half).
func lanes(w int, xs ...uint64) []uint64 {
	if len(xs) != 16/w {
		panic(fmt.Sprintf("%d lanes of %d bytes", len(xs), w))
	}
	var r v128
	for i, x := range xs {
		r.setLane(w, i, x)
	}
	lo, hi := r.halves()
	return []uint64{lo, hi}
}

func ints(w int, xs ...int64) []uint64 {
	u := make([]uint64, len(xs))
	for i, x := range xs {
		u[i] = uint64(x)
	}
	return lanes(w, u...)
}

func i8(xs ...int64) []uint64  { return ints(1, xs...) }
func i16(xs ...int64) []uint64 { return ints(2, xs...) }
func i32(xs ...int64) []uint64 { return ints(4, xs...) }
func i64(xs ...int64) []uint64 { return ints(8, xs...) }

func f32(xs ...float32) []uint64 {
	u := make([]uint64, len(xs))
	for i, x := range xs {
		u[i] = uint64(math.Float32bits(x))
	}
	return lanes(4, u...)
}

func f64(xs ...float64) []uint64 {
	u := make([]uint64, len(xs))
	for i, x := range xs {
		u[i] = math.Float64bits(x)
	}
	return lanes(8, u...)
}

func cat(xs ...[]uint64) []uint64 {
	var r []uint64
	for _, x := range xs {
		r = append(r, x...)
	}
	return r
}

// seq returns 16 consecutive lane values from from.
func seq(from int64) []int64 {
	r := make([]int64, 16)
	for i := range r {
		r[i] = from + int64(i)
	}
	return r
}

const (
	nan32  = 0x7fc00000 // canonical
	snan32 = 0x7fa00001 // signalling, with a payload
	nan64  = 0x7ff8000000000000
	negz32 = 0x80000000
	mn32   = math.MinInt32
)

var (
	negZero32 = math.Float32frombits(negz32)
	negZero64 = math.Copysign(0, -1)
	inf32     = float32(math.Inf(1))
	qnan32    = math.Float32frombits(nan32)
	sigNaN32  = math.Float32frombits(snan32)
)

func binText(op string) string {
	return "func \"t\"(v128, v128) -> (v128) {\nb0(v0:v128, v1:v128):\n    v2:v128 = " + op + " v0, v1\n    return v2\n}\n"
}

func unText(op string) string {
	return "func \"t\"(v128) -> (v128) {\nb0(v0:v128):\n    v1:v128 = " + op + " v0\n    return v1\n}\n"
}

func shiftText(op string) string {
	return "func \"t\"(v128, i32) -> (v128) {\nb0(v0:v128, v1:i32):\n    v2:v128 = " + op + " v0, v1\n    return v2\n}\n"
}

func testText(op string) string {
	return "func \"t\"(v128) -> (i32) {\nb0(v0:v128):\n    v1:i32 = " + op + " v0\n    return v1\n}\n"
}

type vcase struct {
	text string
	args []uint64
	want []uint64
}

func runCases(t *testing.T, cases []vcase) {
	t.Helper()
	for _, c := range cases {
		inst := newIRInstance(t, nil, c.text)
		got, err := inst.store.Call(inst.funcs[0], c.args)
		if err != nil {
			t.Errorf("%s(%#x): %v", firstInst(c.text), c.args, err)
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s(%#x) = %#x, want %#x", firstInst(c.text), c.args, got, c.want)
		}
	}
}

// firstInst names a test function by its first instruction.
func firstInst(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if _, op, ok := strings.Cut(l, " = "); ok {
			return op
		}
	}
	return text
}

func TestVectorIntArith(t *testing.T) {
	runCases(t, []vcase{
		// Wraparound.
		{binText("vadd i8x16"), cat(i8(seq(120)...), i8(seq(0)...)), i8(120, 122, 124, 126, 128, 130, 132, 134, 136, 138, 140, 142, 144, 146, 148, 150)},
		{binText("vadd i16x8"), cat(i16(0x7fff, -1, 1, 0, 0, 0, 0, -32768), i16(1, 1, 1, 0, 0, 0, 0, -1)), i16(-32768, 0, 2, 0, 0, 0, 0, 32767)},
		{binText("vsub i32x4"), cat(i32(mn32, 0, 5, 1), i32(1, 1, 7, 1)), i32(math.MaxInt32, -1, -2, 0)},
		{binText("vmul i64x2"), cat(i64(math.MinInt64, 3), i64(-1, -5)), i64(math.MinInt64, -15)},
		{binText("vmul i16x8"), cat(i16(0x100, 300, -2, 0, 0, 0, 0, 0), i16(0x100, 300, 3, 0, 0, 0, 0, 0)), i16(0, 90000&0xffff, -6, 0, 0, 0, 0, 0)},
		// Saturation.
		{binText("vadd_sat_s i8x16"), cat(i8(127, -128, 100, -100, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i8(1, -1, 100, -100, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), i8(127, -128, 127, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
		{binText("vadd_sat_u i8x16"), cat(i8(255, 200, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i8(1, 100, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), i8(255, 255, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
		{binText("vsub_sat_s i16x8"), cat(i16(-32768, 32767, 5, 0, 0, 0, 0, 0), i16(1, -1, 7, 0, 0, 0, 0, 0)), i16(-32768, 32767, -2, 0, 0, 0, 0, 0)},
		{binText("vsub_sat_u i16x8"), cat(i16(0, 5, 65535, 0, 0, 0, 0, 0), i16(1, 7, 1, 0, 0, 0, 0, 0)), i16(0, 0, 65534, 0, 0, 0, 0, 0)},
		{binText("vadd_sat_u i16x8"), cat(i16(65535, 0, 0, 0, 0, 0, 0, 0), i16(65535, 0, 0, 0, 0, 0, 0, 0)), i16(65535, 0, 0, 0, 0, 0, 0, 0)},
		// Min and max, signed and unsigned.
		{binText("vmin_s i32x4"), cat(i32(mn32, -1, 0, math.MaxInt32), i32(0, 1, -1, mn32)), i32(mn32, -1, -1, mn32)},
		{binText("vmin_u i32x4"), cat(i32(mn32, -1, 0, math.MaxInt32), i32(0, 1, -1, mn32)), i32(0, 1, 0, math.MaxInt32)},
		{binText("vmax_s i8x16"), cat(i8(-128, -1, 0, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i8(0, 1, -1, -128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), i8(0, 1, 0, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
		{binText("vmax_u i16x8"), cat(i16(-32768, -1, 0, 32767, 0, 0, 0, 0), i16(0, 1, -1, -32768, 0, 0, 0, 0)), i16(-32768, -1, -1, -32768, 0, 0, 0, 0)},
		// Rounding average.
		{binText("vavgr_u i8x16"), cat(i8(255, 0, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i8(255, 1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), i8(255, 1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
		{binText("vavgr_u i16x8"), cat(i16(65535, 65534, 0, 0, 0, 0, 0, 0), i16(65535, 65535, 0, 0, 0, 0, 0, 0)), i16(65535, 65535, 0, 0, 0, 0, 0, 0)},
		// Q15 multiply: rounding, saturating only -1 * -1.
		{binText("vq15mulr_sat_s i16x8"), cat(i16(-32768, 16384, -1, -16385, 32767, -32768, 1, 0), i16(-32768, 16384, 1, 1, 32767, 32767, 16384, 0)), i16(32767, 8192, 0, -1, 32766, -32767, 1, 0)},
		// Dot product: the one overflowing sum wraps.
		{binText("vdot i32x4"), cat(i16(-32768, -32768, 1, 2, -1, 3, 32767, 32767), i16(-32768, -32768, 3, 4, 5, -6, 32767, 32767)), i32(mn32, 11, -23, 2*32767*32767)},
		// Unary.
		{unText("vneg i8x16"), i8(-128, 1, 0, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i8(-128, -1, 0, -127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
		{unText("vneg i64x2"), i64(math.MinInt64, 5), i64(math.MinInt64, -5)},
		{unText("vabs i32x4"), i32(mn32, -1, 0, 7), i32(mn32, 1, 0, 7)},
		{unText("vabs i16x8"), i16(-32768, -32767, 0, 0, 0, 0, 0, 0), i16(-32768, 32767, 0, 0, 0, 0, 0, 0)},
		{unText("vpopcnt i8x16"), i8(-1, 0, 1, 0x55, 0x80, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i8(8, 0, 1, 4, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
	})
}

func TestVectorShifts(t *testing.T) {
	runCases(t, []vcase{
		// The count is taken modulo the lane width.
		{shiftText("vshl i8x16"), cat(i8(1, 0x81, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), []uint64{9}), i8(2, 2, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
		{shiftText("vshr_s i16x8"), cat(i16(-32768, 4, 0, 0, 0, 0, 0, 0), []uint64{16}), i16(-32768, 4, 0, 0, 0, 0, 0, 0)},
		{shiftText("vshr_s i16x8"), cat(i16(-32768, 4, 0, 0, 0, 0, 0, 0), []uint64{17}), i16(-16384, 2, 0, 0, 0, 0, 0, 0)},
		{shiftText("vshr_u i32x4"), cat(i32(mn32, 4, -1, 0), []uint64{33}), i32(0x40000000, 2, 0x7fffffff, 0)},
		{shiftText("vshr_s i64x2"), cat(i64(math.MinInt64, 8), []uint64{0xffffffff}), i64(-1, 0)},
		{shiftText("vshl i64x2"), cat(i64(1, 3), []uint64{64}), i64(1, 3)},
		{shiftText("vshr_u i8x16"), cat(i8(-1, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), []uint64{7}), i8(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)},
	})
}

func TestVectorCompare(t *testing.T) {
	z := []int64{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	runCases(t, []vcase{
		{binText("vcmp i8x16 lt_s"), cat(i8(append([]int64{-1, 1, 5, 0}, z...)...), i8(append([]int64{1, -1, 5, 0}, z...)...)), i8(append([]int64{-1, 0, 0, 0}, z...)...)},
		{binText("vcmp i8x16 lt_u"), cat(i8(append([]int64{-1, 1, 5, 0}, z...)...), i8(append([]int64{1, -1, 5, 0}, z...)...)), i8(append([]int64{0, -1, 0, 0}, z...)...)},
		{binText("vcmp i16x8 ge_s"), cat(i16(-1, 1, 5, 0, 0, 0, 0, -32768), i16(1, -1, 5, 0, 0, 0, 0, 32767)), i16(0, -1, -1, -1, -1, -1, -1, 0)},
		{binText("vcmp i32x4 ne"), cat(i32(1, 2, 3, 4), i32(1, 0, 3, 0)), i32(0, -1, 0, -1)},
		{binText("vcmp i64x2 gt_s"), cat(i64(-1, 1), i64(math.MinInt64, 2)), i64(-1, 0)},
		{binText("vcmp i64x2 le_u"), cat(i64(-1, 1), i64(math.MinInt64, 2)), i64(0, -1)},
		// NaN compares false except with fne.
		{binText("vcmp f32x4 feq"), cat(f32(qnan32, 0, 1, negZero32), f32(qnan32, negZero32, 2, 0)), i32(0, -1, 0, -1)},
		{binText("vcmp f32x4 fne"), cat(f32(qnan32, 0, 1, negZero32), f32(qnan32, negZero32, 2, 0)), i32(-1, 0, -1, 0)},
		{binText("vcmp f32x4 flt"), cat(f32(qnan32, 0, 1, 3), f32(1, qnan32, 2, 2)), i32(0, 0, -1, 0)},
		{binText("vcmp f64x2 fge"), cat(f64(math.NaN(), 2), f64(1, 2)), i64(0, -1)},
		{binText("vcmp f64x2 fle"), cat(f64(math.Inf(-1), 3), f64(math.Inf(-1), 2)), i64(-1, 0)},
	})
}

func TestVectorFloat(t *testing.T) {
	// Variables, so that Go rounds their sum (constants would be exact).
	x32, y32, x64, y64 := float32(0.1), float32(0.2), 0.3, 0.1
	runCases(t, []vcase{
		{binText("vadd f32x4"), cat(f32(1, 3e38, -1, x32), f32(2, 3e38, 1, y32)), f32(3, inf32, 0, x32+y32)},
		{binText("vsub f64x2"), cat(f64(1, x64), f64(2, y64)), f64(-1, x64-y64)},
		{binText("vmul f32x4"), cat(f32(1.5, -2, negZero32, 3), f32(2, 0, 5, 3)), f32(3, negZero32, negZero32, 9)},
		{binText("vdiv f64x2"), cat(f64(1, -1), f64(0, 3)), f64(math.Inf(1), -1.0/3)},
		// Wasm min/max: NaN if either is (canonical here), -0 < +0.
		{binText("vfmin f32x4"), cat(f32(qnan32, 0, negZero32, 1), f32(1, sigNaN32, 0, 2)), lanes(4, nan32, nan32, negz32, uint64(math.Float32bits(1)))},
		{binText("vfmax f32x4"), cat(f32(qnan32, 0, negZero32, 1), f32(1, sigNaN32, 0, 2)), lanes(4, nan32, nan32, 0, uint64(math.Float32bits(2)))},
		{binText("vfmin f64x2"), cat(f64(0, math.NaN()), f64(negZero64, 1)), lanes(8, 1<<63, nan64)},
		{binText("vfmax f64x2"), cat(f64(0, 1), f64(negZero64, math.Inf(-1))), f64(0, 1)},
		// Pseudo min/max: the operand the comparison picks, NaN bits
		// and zero signs untouched.
		{binText("vpmin f32x4"), cat(f32(sigNaN32, 1, negZero32, 0), f32(1, sigNaN32, 0, negZero32)), lanes(4, snan32, uint64(math.Float32bits(1)), negz32, 0)},
		{binText("vpmax f32x4"), cat(f32(sigNaN32, 1, negZero32, 0), f32(1, sigNaN32, 0, negZero32)), lanes(4, snan32, uint64(math.Float32bits(1)), negz32, 0)},
		{binText("vpmin f64x2"), cat(f64(2, 1), f64(1, 2)), f64(1, 1)},
		{binText("vpmax f64x2"), cat(f64(2, 1), f64(1, 2)), f64(2, 2)},
		// Sign operations are bitwise, NaNs included.
		{unText("vneg f32x4"), f32(sigNaN32, 0, -1, inf32), lanes(4, snan32|1<<31, negz32, uint64(math.Float32bits(1)), uint64(math.Float32bits(-inf32)))},
		{unText("vabs f64x2"), lanes(8, 0xfff0000000000001, 1<<63), lanes(8, 0x7ff0000000000001, 0)},
		{unText("vsqrt f32x4"), f32(4, 2, 0, negZero32), f32(2, float32(math.Sqrt(2)), 0, negZero32)},
		{unText("vceil f32x4"), f32(1.5, -1.5, -0.5, 1e30), f32(2, -1, negZero32, 1e30)},
		{unText("vfloor f64x2"), f64(-1.5, 0.5), f64(-2, 0)},
		{unText("vtrunc f32x4"), f32(-1.7, 1.7, -0.2, 8388609), f32(-1, 1, negZero32, 8388609)},
		// Round half to even.
		{unText("vnearest f32x4"), f32(2.5, -2.5, 3.5, -0.5), f32(2, -2, 4, negZero32)},
		{unText("vnearest f64x2"), f64(0.5, 4503599627370497), f64(0, 4503599627370497)},
	})
	// 0/0 and inf-inf: some NaN.
	inst := newIRInstance(t, nil, binText("vdiv f32x4"))
	got, err := inst.store.Call(inst.funcs[0], cat(f32(0, 1, 0, 0), f32(0, 0, 1, 0)))
	if err != nil {
		t.Fatal(err)
	}
	r := mkv(got[0], got[1])
	for i := 0; i < 4; i++ {
		x := math.Float32frombits(uint32(r.lane(4, i)))
		if (i == 0 || i == 3) != (x != x) {
			t.Errorf("vdiv f32x4: lane %d is %v", i, x)
		}
	}
}

func TestVectorConversions(t *testing.T) {
	runCases(t, []vcase{
		// Narrowing saturates signed inputs.
		{binText("vnarrow_s i8x16"), cat(i16(300, -300, 127, -128, 128, -129, 0, -1), i16(1, 2, 3, 4, 5, 6, 7, 32767)), i8(127, -128, 127, -128, 127, -128, 0, -1, 1, 2, 3, 4, 5, 6, 7, 127)},
		{binText("vnarrow_u i8x16"), cat(i16(300, -300, 127, -128, 255, 256, 0, -1), i16(1, 2, 3, 4, 5, 6, 7, -32768)), i8(255, 0, 127, 0, 255, 255, 0, 0, 1, 2, 3, 4, 5, 6, 7, 0)},
		{binText("vnarrow_s i16x8"), cat(i32(70000, -70000, 32767, -32768), i32(mn32, math.MaxInt32, 1, -1)), i16(32767, -32768, 32767, -32768, -32768, 32767, 1, -1)},
		{binText("vnarrow_u i16x8"), cat(i32(70000, -70000, 65535, -1), i32(mn32, math.MaxInt32, 1, 65536)), i16(-1, 0, -1, 0, 0, -1, 1, -1)},
		// Extension of the low or high half.
		{unText("vextend_low_s i16x8"), i8(seq(-128)...), i16(-128, -127, -126, -125, -124, -123, -122, -121)},
		{unText("vextend_high_u i16x8"), i8(seq(-8)...), i16(0, 1, 2, 3, 4, 5, 6, 7)},
		{unText("vextend_high_s i32x4"), i16(0, 0, 0, 0, -1, -32768, 32767, 5), i32(-1, -32768, 32767, 5)},
		{unText("vextend_low_u i64x2"), i32(-1, mn32, 3, 4), i64(0xffffffff, 0x80000000)},
		{unText("vextend_high_s i64x2"), i32(-1, mn32, mn32, -1), i64(mn32, -1)},
		// Extended multiplication.
		{binText("vextmul_low_s i16x8"), cat(i8(-128, 127, -1, 2, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1), i8(-128, -128, -1, 3, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9)), i16(16384, -16256, 1, 6, 0, 0, 0, 0)},
		{binText("vextmul_high_u i16x8"), cat(i8(append(make([]int64, 8), -1, 2, 0, 0, 0, 0, 0, 0)...), i8(append(make([]int64, 8), -1, 3, 0, 0, 0, 0, 0, 0)...)), i16(65025, 6, 0, 0, 0, 0, 0, 0)},
		{binText("vextmul_low_s i64x2"), cat(i32(mn32, -1, 0, 0), i32(mn32, math.MaxInt32, 0, 0)), i64(1<<62, -math.MaxInt32)},
		{binText("vextmul_high_u i64x2"), cat(i32(0, 0, -1, 2), i32(0, 0, -1, 3)), i64(-0x1ffffffff, 6)},
		{binText("vextmul_low_u i32x4"), cat(i16(-1, 2, 3, 4, 0, 0, 0, 0), i16(-1, 2, 3, 4, 0, 0, 0, 0)), i32(0xfffe0001, 4, 9, 16)},
		// Pairwise addition.
		{unText("vextadd_pairwise_s i16x8"), i8(-128, -128, 127, 127, -1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i16(-256, 254, 0, 0, 0, 0, 0, 0)},
		{unText("vextadd_pairwise_u i16x8"), i8(-1, -1, 127, 127, -1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), i16(510, 254, 256, 0, 0, 0, 0, 0)},
		{unText("vextadd_pairwise_s i32x4"), i16(-32768, -32768, 32767, 32767, 0, 0, 1, -1), i32(-65536, 65534, 0, 0)},
		{unText("vextadd_pairwise_u i32x4"), i16(-1, -1, 32767, 32767, 0, 0, 1, -1), i32(131070, 65534, 0, 65536)},
		// Int to float.
		{unText("vconvert_s f32x4"), i32(-1, mn32, 16777217, 3), f32(-1, -2147483648, 16777216, 3)},
		{unText("vconvert_u f32x4"), i32(-1, mn32, 16777219, 3), f32(4294967296, 2147483648, 16777220, 3)},
		{unText("vconvert_low_s f64x2"), i32(-1, mn32, 5, 6), f64(-1, -2147483648)},
		{unText("vconvert_low_u f64x2"), i32(-1, mn32, 5, 6), f64(4294967295, 2147483648)},
		// Float to int, saturating; NaN gives 0.
		{unText("vtrunc_sat_s i32x4"), f32(qnan32, 3e9, -3e9, -1.9), i32(0, math.MaxInt32, mn32, -1)},
		{unText("vtrunc_sat_u i32x4"), f32(qnan32, 5e9, -1.9, 4294967040), i32(0, -1, 0, 4294967040)},
		{unText("vtrunc_sat_zero_s i32x4"), f64(math.NaN(), -2147483648.9), i32(0, mn32, 0, 0)},
		{unText("vtrunc_sat_zero_u i32x4"), f64(4294967295.9, math.Inf(-1)), i32(-1, 0, 0, 0)},
		// Float to float.
		{unText("vdemote_zero f32x4"), f64(1e300, 0.1), f32(inf32, 0.1, 0, 0)},
		{unText("vpromote_low f64x2"), f32(0.1, negZero32, 7, 8), f64(float64(float32(0.1)), negZero64)},
	})
}

func TestVectorBitwiseAndBytes(t *testing.T) {
	a := []uint64{0xff00ff00f0f0f0f0, 0x123456789abcdef0}
	b := []uint64{0x0ff00ff0ffff0000, 0xfedcba9876543210}
	m := []uint64{0xffffffff00000000, 0x00000000ffffffff}
	sw := make([]int64, 16)
	for i := range sw {
		sw[i] = int64(15 - i)
	}
	sw[3], sw[5], sw[7], sw[9] = 16, -1, -128, 31
	runCases(t, []vcase{
		{binText("vand"), cat(a, b), []uint64{a[0] & b[0], a[1] & b[1]}},
		{binText("vor"), cat(a, b), []uint64{a[0] | b[0], a[1] | b[1]}},
		{binText("vxor"), cat(a, b), []uint64{a[0] ^ b[0], a[1] ^ b[1]}},
		{binText("vandnot"), cat(a, b), []uint64{a[0] &^ b[0], a[1] &^ b[1]}},
		{unText("vnot"), a, []uint64{^a[0], ^a[1]}},
		{"func \"t\"(v128, v128, v128) -> (v128) {\nb0(v0:v128, v1:v128, v2:v128):\n    v3:v128 = vbitselect v0, v1, v2\n    return v3\n}\n",
			cat(a, b, m), []uint64{0xff00ff00ffff0000, 0xfedcba989abcdef0}},
		// Swizzle: indexes 16 and up select 0.
		{binText("vswizzle i8x16"), cat(i8(seq(100)...), i8(sw...)), i8(115, 114, 113, 0, 111, 0, 109, 0, 107, 0, 105, 104, 103, 102, 101, 100)},
		// Shuffle: 0-15 from a, 16-31 from b.
		{binText("vshuffle 0x1f00100f01110212 0x0817181e1a05140c"), cat(i8(seq(0)...), i8(seq(16)...)), i8(0x12, 2, 0x11, 1, 0x0f, 0x10, 0, 0x1f, 0x0c, 0x14, 5, 0x1a, 0x1e, 0x18, 0x17, 8)},
	})
}

func TestVectorTestsAndLanes(t *testing.T) {
	allOnes := i8(seq(1)...)
	oneZero := i8(append(seq(1)[:15], 0)...)
	runCases(t, []vcase{
		{testText("vany_true"), lanes(8, 0, 0), []uint64{0}},
		{testText("vany_true"), lanes(8, 0, 1<<63), []uint64{1}},
		{testText("vall_true i8x16"), allOnes, []uint64{1}},
		{testText("vall_true i8x16"), oneZero, []uint64{0}},
		{testText("vall_true i16x8"), i16(1, 1, 1, 1, 1, 1, 1, 0x100), []uint64{1}},
		{testText("vall_true i32x4"), i32(1, 1, 0x10000, 0), []uint64{0}},
		{testText("vall_true i64x2"), i64(1<<32, 1), []uint64{1}},
		{testText("vbitmask i8x16"), i8(-1, 1, -128, 127, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1), []uint64{0x8005}},
		{testText("vbitmask i16x8"), i16(-1, 1, -32768, 32767, 0, 0, 0, -1), []uint64{0x85}},
		{testText("vbitmask i32x4"), i32(mn32, 1, -1, 0), []uint64{5}},
		{testText("vbitmask i64x2"), i64(1, -1), []uint64{2}},
		// Splat, extract (sign- or zero-extended), replace.
		{"func \"t\"(i32) -> (v128) {\nb0(v0:i32):\n    v1:v128 = vsplat i8x16 v0\n    return v1\n}\n", []uint64{0x1ff}, i8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)},
		{"func \"t\"(i32) -> (v128) {\nb0(v0:i32):\n    v1:v128 = vsplat i16x8 v0\n    return v1\n}\n", []uint64{0x12345}, i16(0x2345, 0x2345, 0x2345, 0x2345, 0x2345, 0x2345, 0x2345, 0x2345)},
		{"func \"t\"(i64) -> (v128) {\nb0(v0:i64):\n    v1:v128 = vsplat i64x2 v0\n    return v1\n}\n", []uint64{1 << 63}, i64(math.MinInt64, math.MinInt64)},
		{"func \"t\"(f32) -> (v128) {\nb0(v0:f32):\n    v1:v128 = vsplat f32x4 v0\n    return v1\n}\n", []uint64{snan32}, lanes(4, snan32, snan32, snan32, snan32)},
		{"func \"t\"(v128) -> (i32) {\nb0(v0:v128):\n    v1:i32 = vextract_lane i8x16 15 v0\n    return v1\n}\n", i8(seq(-16)...), []uint64{0xffffffff}},
		{"func \"t\"(v128) -> (i32) {\nb0(v0:v128):\n    v1:i32 = vextract_lane_u i8x16 15 v0\n    return v1\n}\n", i8(seq(-16)...), []uint64{0xff}},
		{"func \"t\"(v128) -> (i32) {\nb0(v0:v128):\n    v1:i32 = vextract_lane i16x8 1 v0\n    return v1\n}\n", i16(0, -32768, 0, 0, 0, 0, 0, 0), []uint64{0xffff8000}},
		{"func \"t\"(v128) -> (i32) {\nb0(v0:v128):\n    v1:i32 = vextract_lane_u i16x8 1 v0\n    return v1\n}\n", i16(0, -32768, 0, 0, 0, 0, 0, 0), []uint64{0x8000}},
		{"func \"t\"(v128) -> (i32) {\nb0(v0:v128):\n    v1:i32 = vextract_lane i32x4 3 v0\n    return v1\n}\n", i32(0, 0, 0, -1), []uint64{0xffffffff}},
		{"func \"t\"(v128) -> (i64) {\nb0(v0:v128):\n    v1:i64 = vextract_lane i64x2 1 v0\n    return v1\n}\n", i64(0, -2), []uint64{0xfffffffffffffffe}},
		{"func \"t\"(v128) -> (f32) {\nb0(v0:v128):\n    v1:f32 = vextract_lane f32x4 2 v0\n    return v1\n}\n", lanes(4, 0, 0, snan32, 0), []uint64{snan32}},
		{"func \"t\"(v128) -> (f64) {\nb0(v0:v128):\n    v1:f64 = vextract_lane f64x2 0 v0\n    return v1\n}\n", f64(-0.5, 1), []uint64{math.Float64bits(-0.5)}},
		{"func \"t\"(v128, i32) -> (v128) {\nb0(v0:v128, v1:i32):\n    v2:v128 = vreplace_lane i8x16 7 v0, v1\n    return v2\n}\n", cat(i8(seq(0)...), []uint64{0x1ab}), i8(0, 1, 2, 3, 4, 5, 6, 0xab, 8, 9, 10, 11, 12, 13, 14, 15)},
		{"func \"t\"(v128, f64) -> (v128) {\nb0(v0:v128, v1:f64):\n    v2:v128 = vreplace_lane f64x2 1 v0, v1\n    return v2\n}\n", cat(f64(1, 2), []uint64{nan64}), lanes(8, math.Float64bits(1), nan64)},
		{"func \"t\"() -> (v128) {\nb0:\n    v0:v128 = vconst 0x0123456789abcdef 0xfedcba9876543210\n    return v0\n}\n", nil, lanes(8, 0x0123456789abcdef, 0xfedcba9876543210)},
	})
}

// Memory: v128 loads and stores, the lane and extending loads, bounds.
func TestVectorMemory(t *testing.T) {
	inst := newIRInstance(t, nil,
		`func "load"(i32) -> (v128) {
b0(v0:i32):
    v1:v128 = load 3 v0
    return v1
}`,
		`func "store"(i32, v128) -> () {
b0(v0:i32, v1:v128):
    store 0 v0, v1
    return
}`,
		`func "splat16"(i32) -> (v128) {
b0(v0:i32):
    v1:v128 = vload_splat 1 i16x8 v0
    return v1
}`,
		`func "ext8s"(i32) -> (v128) {
b0(v0:i32):
    v1:v128 = vload_extend_s 0 i16x8 v0
    return v1
}`,
		`func "ext32u"(i32) -> (v128) {
b0(v0:i32):
    v1:v128 = vload_extend_u 0 i64x2 v0
    return v1
}`,
		`func "zero32"(i32) -> (v128) {
b0(v0:i32):
    v1:v128 = vload_zero 0 i32x4 v0
    return v1
}`,
		`func "lane64"(i32, v128) -> (v128) {
b0(v0:i32, v1:v128):
    v2:v128 = vload_lane 0 i64x2 1 v0, v1
    return v2
}`,
		`func "storelane16"(i32, v128) -> () {
b0(v0:i32, v1:v128):
    vstore_lane 2 i16x8 5 v0, v1
    return
}`,
		`func "zero64"(i32) -> (v128) {
b0(v0:i32):
    v1:v128 = vload_zero 0 i64x2 v0
    return v1
}`,
	)
	mem := inst.mem.Data
	for i := 0; i < 32; i++ {
		mem[i] = byte(0x80 + i)
	}
	call := func(i int, args ...uint64) ([]uint64, error) { return inst.store.Call(inst.funcs[i], args) }
	check := func(name string, got []uint64, err error, want []uint64) {
		t.Helper()
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s = %#x, %v; want %#x", name, got, err, want)
		}
	}
	got, err := call(0, 1)
	check("load 3 (1)", got, err, lanes(8, 0x8b8a898887868584, 0x939291908f8e8d8c))
	got, err = call(2, 0)
	check("load16_splat", got, err, i16(0x8281, 0x8281, 0x8281, 0x8281, 0x8281, 0x8281, 0x8281, 0x8281))
	got, err = call(3, 0)
	check("load8x8_s", got, err, i16(-128, -127, -126, -125, -124, -123, -122, -121))
	got, err = call(4, 4)
	check("load32x2_u", got, err, i64(0x87868584, 0x8b8a8988))
	got, err = call(5, 0)
	check("load32_zero", got, err, lanes(4, 0x83828180, 0, 0, 0))
	got, err = call(8, 8)
	check("load64_zero", got, err, lanes(8, 0x8f8e8d8c8b8a8988, 0))
	got, err = call(6, cat([]uint64{16}, i64(7, 8))...)
	check("load64_lane 1", got, err, lanes(8, 7, 0x9796959493929190))
	if _, err := call(7, cat([]uint64{100}, i16(0, 1, 2, 3, 4, 0x1234, 6, 7))...); err != nil {
		t.Fatal(err)
	}
	if mem[102] != 0x34 || mem[103] != 0x12 || mem[104] != 0 || mem[101] != 0 {
		t.Errorf("store16_lane wrote % x", mem[100:106])
	}
	if _, err := call(1, cat([]uint64{200}, lanes(8, 0x0706050403020100, 0x0f0e0d0c0b0a0908))...); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 16; i++ {
		if mem[200+i] != byte(i) {
			t.Fatalf("v128 store wrote % x", mem[200:216])
		}
	}

	// Out of bounds, even partly: a trap, and nothing written.
	oob := func(name string, i int, args ...uint64) {
		t.Helper()
		before := string(mem[65520:])
		_, err := call(i, args...)
		var tr *Trap
		if !errors.As(err, &tr) || tr.Reason != "out of bounds memory access" {
			t.Errorf("%s: got %v, want an out of bounds trap", name, err)
		}
		if string(mem[65520:]) != before {
			t.Errorf("%s: a trapping access wrote memory", name)
		}
	}
	v := lanes(8, 0x0101010101010101, 0x0101010101010101)
	oob("load at 65533+3", 0, 65533)
	oob("load at -1+3", 0, 0xffffffff)
	if _, err := call(0, 65520-3); err != nil {
		t.Errorf("load of the last 16 bytes: %v", err)
	}
	oob("store at 65521", 1, cat([]uint64{65521}, v)...)
	oob("store at 0xfffffff8", 1, cat([]uint64{0xfffffff8}, v)...)
	oob("load16_splat at 65534+1", 2, 65534)
	oob("load8x8 at 65529", 3, 65529)
	oob("load32_zero at 65533", 5, 65533)
	oob("load64_lane at 65529", 6, cat([]uint64{65529}, v)...)
	oob("store16_lane at 65533+2", 7, cat([]uint64{65533}, v)...)
	if _, err := call(7, cat([]uint64{65532}, v)...); err != nil {
		t.Errorf("store16_lane of the last 2 bytes: %v", err)
	}
}

// v128 values through block parameters, select, globals, calls with
// several results, and constants.
func TestVectorValuesFlow(t *testing.T) {
	g := &Global{Type: wasm.GlobalType{Type: wasm.V128, Mutable: true}, Bits: 1, Hi: 2}
	inst := newIRInstance(t, []*Global{g},
		// Sum v0 n times in a loop, with the vector as a block
		// parameter swapped with a scalar each iteration.
		`func "loop"(v128, i32) -> (v128, i32) {
b0(v0:v128, v1:i32):
    v2:v128 = vconst 0 0
    jump b1(v2, v1, v0)
b1(v3:v128, v4:i32, v5:v128):
    v6:v128 = vadd i32x4 v3, v5
    v7:i32 = iconst -1
    v8:i32 = iadd v4, v7
    brif v8, b1(v6, v8, v5), b2(v8, v6)
b2(v9:i32, v10:v128):
    return v10, v9
}`,
		`func "sel"(i32, v128, v128) -> (v128) {
b0(v0:i32, v1:v128, v2:v128):
    v3:v128 = select v0, v1, v2
    return v3
}`,
		`func "glob"(v128) -> (v128) {
b0(v0:v128):
    v1:v128 = global_get 0
    global_set 0 v0
    return v1
}`,
		// Calls "loop" and reads both results, then a function that
		// drops a tuple's v128 and has none of its own.
		`func "caller"(v128) -> (i32, v128, v128) {
b0(v0:v128):
    v1:i32 = iconst 3
    v2:tuple = call 0 v0, v1
    v3:v128 = proj 0 v2
    v4:i32 = proj 1 v2
    v5:v128 = call 2 v3
    return v4, v3, v5
}`,
		`func "scalar"() -> (i32) {
b0:
    v0:i32 = iconst 4
    v1:tuple = call 5 v0
    v2:i32 = proj 1 v1
    return v2
}`,
		`func "mixed"(i32) -> (v128, i32) {
b0(v0:i32):
    v1:v128 = vsplat i32x4 v0
    v2:i32 = iconst 7
    return v1, v2
}`,
	)
	call := func(i int, args ...uint64) []uint64 {
		t.Helper()
		res, err := inst.store.Call(inst.funcs[i], args)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	want := func(name string, got, want []uint64) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s = %#x, want %#x", name, got, want)
		}
	}
	want("loop", call(0, cat(i32(1, 2, 3, -1), []uint64{3})...), cat(i32(3, 6, 9, -3), []uint64{0}))
	want("sel 1", call(1, cat([]uint64{1}, i64(1, 2), i64(3, 4))...), i64(1, 2))
	want("sel 0", call(1, cat([]uint64{0}, i64(1, 2), i64(3, 4))...), i64(3, 4))
	want("glob", call(2, i64(5, 6)...), i64(1, 2))
	if g.Bits != 5 || g.Hi != 6 {
		t.Errorf("global = %#x %#x, want 5 6", g.Bits, g.Hi)
	}
	want("caller", call(3, i32(1, 2, 3, 4)...), cat([]uint64{0}, i32(3, 6, 9, 12), i64(5, 6)))
	want("scalar", call(4), []uint64{7})
}
