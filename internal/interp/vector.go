package interp

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// v128 is a vector value as its 16 bytes in memory order: lane i of a
// shape with w-byte lanes is bytes [i*w, (i+1)*w), little-endian. In a
// frame it is two uint64s, vals (bytes 0-7) and hi (bytes 8-15).
type v128 [16]byte

func mkv(lo, hi uint64) (r v128) {
	binary.LittleEndian.PutUint64(r[:8], lo)
	binary.LittleEndian.PutUint64(r[8:], hi)
	return r
}

func (x *v128) halves() (lo, hi uint64) {
	return binary.LittleEndian.Uint64(x[:8]), binary.LittleEndian.Uint64(x[8:])
}

// lane returns lane i of w-byte lanes, zero-extended.
func (x *v128) lane(w, i int) uint64 {
	switch w {
	case 1:
		return uint64(x[i])
	case 2:
		return uint64(binary.LittleEndian.Uint16(x[2*i:]))
	case 4:
		return uint64(binary.LittleEndian.Uint32(x[4*i:]))
	}
	return binary.LittleEndian.Uint64(x[8*i:])
}

// setLane sets lane i of w-byte lanes to the low 8*w bits of v.
func (x *v128) setLane(w, i int, v uint64) {
	switch w {
	case 1:
		x[i] = byte(v)
	case 2:
		binary.LittleEndian.PutUint16(x[2*i:], uint16(v))
	case 4:
		binary.LittleEndian.PutUint32(x[4*i:], uint32(v))
	default:
		binary.LittleEndian.PutUint64(x[8*i:], v)
	}
}

// sext sign-extends the low 8*w bits of v.
func sext(v uint64, w int) int64 {
	s := 64 - 8*uint(w)
	return int64(v<<s) >> s
}

// satS and satU saturate x to the signed or unsigned range of w-byte
// lanes.
func satS(x int64, w int) uint64 {
	hi := int64(1)<<(8*w-1) - 1
	return uint64(min(max(x, -hi-1), hi))
}

func satU(x int64, w int) uint64 {
	return uint64(min(max(x, 0), int64(1)<<(8*w)-1))
}

// floatScalar is the scalar operation a float lane operation performs, so
// lanes round, order and make NaNs exactly as scalar code does.
func floatScalar(op ir.Op) ir.Op {
	switch op {
	case ir.OpVadd:
		return ir.OpFadd
	case ir.OpVsub:
		return ir.OpFsub
	case ir.OpVmul:
		return ir.OpFmul
	case ir.OpVdiv:
		return ir.OpFdiv
	case ir.OpVfmin:
		return ir.OpFmin
	case ir.OpVfmax:
		return ir.OpFmax
	case ir.OpVneg:
		return ir.OpFneg
	case ir.OpVabs:
		return ir.OpFabs
	case ir.OpVsqrt:
		return ir.OpFsqrt
	case ir.OpVceil:
		return ir.OpFceil
	case ir.OpVfloor:
		return ir.OpFfloor
	case ir.OpVtrunc:
		return ir.OpFtrunc
	case ir.OpVnearest:
		return ir.OpFnearest
	case ir.OpVcmp:
		return ir.OpFcmp
	}
	return ir.OpInvalid
}

// floatLane applies scalar float operation op to lane bits x, y of width
// w (4: f32, 8: f64).
func floatLane(op ir.Op, aux int64, w int, x, y uint64) uint64 {
	var r uint64
	var ok bool
	if w == 4 {
		r, ok = f32Op(op, aux, math.Float32frombits(uint32(x)), math.Float32frombits(uint32(y)), ir.F32)
	} else {
		r, ok = f64Op(op, aux, math.Float64frombits(x), math.Float64frombits(y), ir.F64)
	}
	if !ok {
		panic(fmt.Errorf("%w: %v on float lanes", errInternal, op))
	}
	return r
}

// flt reports whether float lane bits x < y (false if either is NaN).
func flt(w int, x, y uint64) bool {
	if w == 4 {
		return math.Float32frombits(uint32(x)) < math.Float32frombits(uint32(y))
	}
	return math.Float64frombits(x) < math.Float64frombits(y)
}

// intLane computes lane-wise integer operation op on w-byte lanes x and
// y (zero-extended); the caller truncates the result to the lane.
func intLane(op ir.Op, aux int64, w int, x, y uint64) uint64 {
	sx, sy := sext(x, w), sext(y, w)
	switch op {
	case ir.OpVadd:
		return x + y
	case ir.OpVsub:
		return x - y
	case ir.OpVmul:
		return x * y
	case ir.OpVaddSatS:
		return satS(sx+sy, w)
	case ir.OpVaddSatU:
		return satU(int64(x+y), w)
	case ir.OpVsubSatS:
		return satS(sx-sy, w)
	case ir.OpVsubSatU:
		return satU(int64(x)-int64(y), w)
	case ir.OpVminS:
		if sy < sx {
			return y
		}
		return x
	case ir.OpVminU:
		return min(x, y)
	case ir.OpVmaxS:
		if sy > sx {
			return y
		}
		return x
	case ir.OpVmaxU:
		return max(x, y)
	case ir.OpVavgrU:
		return (x + y + 1) >> 1
	case ir.OpVq15mulrSatS:
		return satS((sx*sy+0x4000)>>15, w)
	case ir.OpVneg:
		return -x
	case ir.OpVabs:
		if sx < 0 {
			return -x
		}
		return x
	case ir.OpVpopcnt:
		return uint64(bits.OnesCount64(x))
	case ir.OpVcmp:
		c := ir.Cond(aux)
		if signed(c) {
			return -icmp(c, sx, sy)
		}
		return -icmp(c, x, y)
	}
	panic(fmt.Errorf("%w: %v on integer lanes", errInternal, op))
}

// vector executes vector operation v (or vconst). Its v128 operands and
// result are (vals, hi) pairs; scalar operands and results are in vals.
func (inst *Instance) vector(f *ir.Func, fr *frame, v ir.Value) {
	op := f.Op(v)
	a := f.Args(v)
	get := func(i int) v128 { return mkv(fr.vals[a[i]], fr.hi[a[i]]) }
	var r v128
	sh := f.VecShape(v)
	w, n := 0, 0
	if sh != ir.NoShape {
		w, n = sh.LaneBytes(), sh.Lanes()
	}
	switch op {
	case ir.OpVconst:
		fr.vals[v], fr.hi[v] = uint64(f.Aux(v)), uint64(f.Aux2(v))
		return
	case ir.OpVand, ir.OpVor, ir.OpVxor, ir.OpVandnot, ir.OpVbitselect, ir.OpVnot:
		// Bitwise: on the halves directly.
		x0, x1 := fr.vals[a[0]], fr.hi[a[0]]
		var y0, y1 uint64
		if len(a) > 1 {
			y0, y1 = fr.vals[a[1]], fr.hi[a[1]]
		}
		switch op {
		case ir.OpVand:
			x0, x1 = x0&y0, x1&y1
		case ir.OpVor:
			x0, x1 = x0|y0, x1|y1
		case ir.OpVxor:
			x0, x1 = x0^y0, x1^y1
		case ir.OpVandnot:
			x0, x1 = x0&^y0, x1&^y1
		case ir.OpVbitselect:
			m0, m1 := fr.vals[a[2]], fr.hi[a[2]]
			x0, x1 = x0&m0|y0&^m0, x1&m1|y1&^m1
		case ir.OpVnot:
			x0, x1 = ^x0, ^x1
		}
		fr.vals[v], fr.hi[v] = x0, x1
		return
	case ir.OpVanyTrue:
		fr.vals[v] = b2u(fr.vals[a[0]]|fr.hi[a[0]] != 0)
		return
	case ir.OpVallTrue:
		x := get(0)
		all := uint64(1)
		for i := 0; i < n; i++ {
			if x.lane(w, i) == 0 {
				all = 0
			}
		}
		fr.vals[v] = all
		return
	case ir.OpVbitmask:
		x := get(0)
		var m uint64
		for i := 0; i < n; i++ {
			m |= x.lane(w, i) >> (8*w - 1) << i
		}
		fr.vals[v] = m
		return
	case ir.OpVextractLane, ir.OpVextractLaneU:
		x := get(0)
		l := x.lane(w, f.VecLane(v))
		if op == ir.OpVextractLane && w < 4 {
			l = uint64(sext(l, w))
		}
		fr.vals[v] = mask(f.Type(v), l)
		return
	case ir.OpVstoreLane:
		x := get(1)
		ea := inst.addr(fr.vals[a[0]], f.Aux(v), uint64(w))
		inst.storeMem(ea, uint64(w), x.lane(w, f.VecLane(v)))
		return

	case ir.OpVadd, ir.OpVsub, ir.OpVmul, ir.OpVdiv, ir.OpVaddSatS, ir.OpVaddSatU, ir.OpVsubSatS, ir.OpVsubSatU,
		ir.OpVminS, ir.OpVminU, ir.OpVmaxS, ir.OpVmaxU, ir.OpVavgrU, ir.OpVq15mulrSatS, ir.OpVfmin, ir.OpVfmax, ir.OpVcmp:
		x, y := get(0), get(1)
		aux := f.Aux2(v) // vcmp's condition
		if sh.IsFloat() {
			sop := floatScalar(op)
			for i := 0; i < n; i++ {
				l := floatLane(sop, aux, w, x.lane(w, i), y.lane(w, i))
				if op == ir.OpVcmp {
					l = -l // 1 -> all ones
				}
				r.setLane(w, i, l)
			}
		} else {
			for i := 0; i < n; i++ {
				r.setLane(w, i, intLane(op, aux, w, x.lane(w, i), y.lane(w, i)))
			}
		}
	case ir.OpVpmin, ir.OpVpmax:
		// Not min/max: the operand the comparison picks, NaN or not.
		x, y := get(0), get(1)
		for i := 0; i < n; i++ {
			xl, yl := x.lane(w, i), y.lane(w, i)
			l := xl
			if op == ir.OpVpmin && flt(w, yl, xl) || op == ir.OpVpmax && flt(w, xl, yl) {
				l = yl
			}
			r.setLane(w, i, l)
		}
	case ir.OpVneg, ir.OpVabs, ir.OpVpopcnt, ir.OpVsqrt, ir.OpVceil, ir.OpVfloor, ir.OpVtrunc, ir.OpVnearest:
		x := get(0)
		for i := 0; i < n; i++ {
			l := x.lane(w, i)
			if sh.IsFloat() {
				l = floatLane(floatScalar(op), 0, w, l, 0)
			} else {
				l = intLane(op, 0, w, l, 0)
			}
			r.setLane(w, i, l)
		}
	case ir.OpVshl, ir.OpVshrS, ir.OpVshrU:
		x := get(0)
		c := uint(fr.vals[a[1]]) & uint(8*w-1)
		for i := 0; i < n; i++ {
			l := x.lane(w, i)
			switch op {
			case ir.OpVshl:
				l <<= c
			case ir.OpVshrS:
				l = uint64(sext(l, w) >> c)
			default:
				l >>= c
			}
			r.setLane(w, i, l)
		}
	case ir.OpVdot:
		// i32x4 from i16x8: the sum of two products wraps (only
		// -32768*-32768*2 overflows).
		x, y := get(0), get(1)
		for i := 0; i < 4; i++ {
			p0 := sext(x.lane(2, 2*i), 2) * sext(y.lane(2, 2*i), 2)
			p1 := sext(x.lane(2, 2*i+1), 2) * sext(y.lane(2, 2*i+1), 2)
			r.setLane(4, i, uint64(p0+p1))
		}
	case ir.OpVnarrowS, ir.OpVnarrowU:
		// Signed lanes of twice the width, a's then b's.
		x, y := get(0), get(1)
		for i := 0; i < n; i++ {
			src, j := &x, i
			if i >= n/2 {
				src, j = &y, i-n/2
			}
			s := sext(src.lane(2*w, j), 2*w)
			if op == ir.OpVnarrowS {
				r.setLane(w, i, satS(s, w))
			} else {
				r.setLane(w, i, satU(s, w))
			}
		}
	case ir.OpVextendLowS, ir.OpVextendLowU, ir.OpVextendHighS, ir.OpVextendHighU,
		ir.OpVextmulLowS, ir.OpVextmulLowU, ir.OpVextmulHighS, ir.OpVextmulHighU:
		// Result lanes from the low or high half of the half-width
		// source lanes; extmul multiplies the extended lanes (the
		// product fits the result lane).
		hw := w / 2
		first := 0
		if op == ir.OpVextendHighS || op == ir.OpVextendHighU || op == ir.OpVextmulHighS || op == ir.OpVextmulHighU {
			first = n
		}
		signedOp := op == ir.OpVextendLowS || op == ir.OpVextendHighS || op == ir.OpVextmulLowS || op == ir.OpVextmulHighS
		ext := func(x *v128, i int) uint64 {
			l := x.lane(hw, first+i)
			if signedOp {
				return uint64(sext(l, hw))
			}
			return l
		}
		x := get(0)
		if len(a) == 1 {
			for i := 0; i < n; i++ {
				r.setLane(w, i, ext(&x, i))
			}
		} else {
			y := get(1)
			for i := 0; i < n; i++ {
				r.setLane(w, i, ext(&x, i)*ext(&y, i))
			}
		}
	case ir.OpVextaddPairwiseS, ir.OpVextaddPairwiseU:
		x := get(0)
		hw := w / 2
		for i := 0; i < n; i++ {
			l0, l1 := x.lane(hw, 2*i), x.lane(hw, 2*i+1)
			if op == ir.OpVextaddPairwiseS {
				l0, l1 = uint64(sext(l0, hw)), uint64(sext(l1, hw))
			}
			r.setLane(w, i, l0+l1)
		}
	case ir.OpVswizzle:
		x, s := get(0), get(1)
		for i := range r {
			if s[i] < 16 {
				r[i] = x[s[i]]
			}
		}
	case ir.OpVshuffle:
		x, y := get(0), get(1)
		idx := mkv(uint64(f.Aux(v)), uint64(f.Aux2(v)))
		for i, j := range idx {
			if j < 16 {
				r[i] = x[j]
			} else {
				r[i] = y[j-16]
			}
		}
	case ir.OpVsplat:
		for i := 0; i < n; i++ {
			r.setLane(w, i, fr.vals[a[0]])
		}
	case ir.OpVreplaceLane:
		r = get(0)
		r.setLane(w, f.VecLane(v), fr.vals[a[1]])
	case ir.OpVconvertS, ir.OpVconvertU:
		// f32x4 from i32x4, as the scalar conversions round.
		x := get(0)
		for i := 0; i < 4; i++ {
			l := x.lane(4, i)
			if op == ir.OpVconvertS {
				l, _ = int32Op(ir.OpConvertS, 0, uint32(l), 0, ir.F32)
			} else {
				l, _ = int32Op(ir.OpConvertU, 0, uint32(l), 0, ir.F32)
			}
			r.setLane(4, i, l)
		}
	case ir.OpVconvertLowS, ir.OpVconvertLowU:
		x := get(0)
		for i := 0; i < 2; i++ {
			l := x.lane(4, i)
			if op == ir.OpVconvertLowS {
				l, _ = int32Op(ir.OpConvertS, 0, uint32(l), 0, ir.F64)
			} else {
				l, _ = int32Op(ir.OpConvertU, 0, uint32(l), 0, ir.F64)
			}
			r.setLane(8, i, l)
		}
	case ir.OpVtruncSatS, ir.OpVtruncSatU:
		x := get(0)
		for i := 0; i < 4; i++ {
			fl := float64(math.Float32frombits(uint32(x.lane(4, i))))
			r.setLane(4, i, truncate(fl, ir.I32, op == ir.OpVtruncSatU, true))
		}
	case ir.OpVtruncSatZeroS, ir.OpVtruncSatZeroU:
		x := get(0)
		for i := 0; i < 2; i++ {
			fl := math.Float64frombits(x.lane(8, i))
			r.setLane(4, i, truncate(fl, ir.I32, op == ir.OpVtruncSatZeroU, true))
		}
	case ir.OpVdemoteZero:
		x := get(0)
		for i := 0; i < 2; i++ {
			l, _ := f64Op(ir.OpDemote, 0, math.Float64frombits(x.lane(8, i)), 0, ir.F32)
			r.setLane(4, i, l)
		}
	case ir.OpVpromoteLow:
		x := get(0)
		for i := 0; i < 2; i++ {
			l, _ := f32Op(ir.OpPromote, 0, math.Float32frombits(uint32(x.lane(4, i))), 0, ir.F64)
			r.setLane(8, i, l)
		}
	case ir.OpVloadSplat:
		l := inst.load(inst.addr(fr.vals[a[0]], f.Aux(v), uint64(w)), uint64(w))
		for i := 0; i < n; i++ {
			r.setLane(w, i, l)
		}
	case ir.OpVloadExtendS, ir.OpVloadExtendU:
		// Eight bytes: n lanes of half the result's width.
		ea := inst.addr(fr.vals[a[0]], f.Aux(v), 8)
		hw := w / 2
		for i := 0; i < n; i++ {
			l := inst.load(ea+uint64(i*hw), uint64(hw))
			if op == ir.OpVloadExtendS {
				l = uint64(sext(l, hw))
			}
			r.setLane(w, i, l)
		}
	case ir.OpVloadZero:
		r.setLane(w, 0, inst.load(inst.addr(fr.vals[a[0]], f.Aux(v), uint64(w)), uint64(w)))
	case ir.OpVloadLane:
		r = get(1)
		l := inst.load(inst.addr(fr.vals[a[0]], f.Aux(v), uint64(w)), uint64(w))
		r.setLane(w, f.VecLane(v), l)
	default:
		panic(fmt.Errorf("%w: %v", errInternal, op))
	}
	fr.vals[v], fr.hi[v] = r.halves()
}
