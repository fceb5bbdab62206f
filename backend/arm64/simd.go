package arm64

import (
	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/internal/isel"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/lazy"
)

// Vector selection with NEON. Nearly every NEON data-processing
// instruction is one word whose only variable fields are its registers, at
// Rd (bit 0), Rn (5) and Rm (16): selection computes the word with the
// registers zero and emits an mNeon whose operands, in order, fill those
// fields. The operations that are one such instruction are tables indexed
// by (op, shape); the irregular ones are short sequences of them.

// arrOf is the full arrangement of each shape.
var arrOf = [...]a64.Arr{ir.NoShape: a64.B16, ir.I8x16: a64.B16, ir.I16x8: a64.H8, ir.I32x4: a64.S4, ir.I64x2: a64.D2, ir.F32x4: a64.S4, ir.F64x2: a64.D2}

// lowArr is the 64-bit arrangement of each shape's lanes.
var lowArr = [...]a64.Arr{ir.I8x16: a64.B8, ir.I16x8: a64.H4, ir.I32x4: a64.S2, ir.I64x2: a64.D1, ir.F32x4: a64.S2, ir.F64x2: a64.D1}

// laneSize is log2 of each shape's lane bytes.
var laneSize = [...]uint8{ir.I8x16: 0, ir.I16x8: 1, ir.I32x4: 2, ir.I64x2: 3, ir.F32x4: 2, ir.F64x2: 3}

// half returns the shape whose lanes are half as wide (the source of a
// widening operation that produces sh).
func half(sh ir.Shape) ir.Shape {
	switch sh {
	case ir.I16x8:
		return ir.I8x16
	case ir.I32x4:
		return ir.I16x8
	}
	return ir.I32x4
}

// neonTables are the operations that are one instruction: dst = a op b
// (bin), dst = op a (un). Built at the first vector selection, not at
// process start (a kiln run of an artifact never selects).
type neonTables struct{ bin, un [256][ir.F64x2 + 1]uint32 }

var neon1 = lazy.Value[*neonTables]{New: func() *neonTables {
	t := &neonTables{}
	bin, un := &t.bin, &t.un
	v3 := func(op ir.Op, o a64.V3, shapes ...ir.Shape) {
		for _, sh := range shapes {
			bin[op][sh] = o.Enc(arrOf[sh], 0, 0, 0)
		}
	}
	f3 := func(op ir.Op, o a64.F3) {
		bin[op][ir.F32x4] = o.Enc(a64.S4, 0, 0, 0)
		bin[op][ir.F64x2] = o.Enc(a64.D2, 0, 0, 0)
	}
	v2 := func(op ir.Op, o a64.V2, shapes ...ir.Shape) {
		for _, sh := range shapes {
			un[op][sh] = o.Enc(arrOf[sh], 0, 0)
		}
	}
	f2 := func(op ir.Op, o a64.F2) {
		un[op][ir.F32x4] = o.Enc(a64.S4, 0, 0)
		un[op][ir.F64x2] = o.Enc(a64.D2, 0, 0)
	}
	ints := []ir.Shape{ir.I8x16, ir.I16x8, ir.I32x4, ir.I64x2}
	v3(ir.OpVadd, a64.ADD, ints...)
	f3(ir.OpVadd, a64.FADD)
	v3(ir.OpVsub, a64.SUB, ints...)
	f3(ir.OpVsub, a64.FSUB)
	v3(ir.OpVmul, a64.MUL, ir.I16x8, ir.I32x4)
	f3(ir.OpVmul, a64.FMUL)
	f3(ir.OpVdiv, a64.FDIV)
	v3(ir.OpVaddSatS, a64.SQADD, ints[:2]...)
	v3(ir.OpVaddSatU, a64.UQADD, ints[:2]...)
	v3(ir.OpVsubSatS, a64.SQSUB, ints[:2]...)
	v3(ir.OpVsubSatU, a64.UQSUB, ints[:2]...)
	v3(ir.OpVminS, a64.SMIN, ints[:3]...)
	v3(ir.OpVminU, a64.UMIN, ints[:3]...)
	v3(ir.OpVmaxS, a64.SMAX, ints[:3]...)
	v3(ir.OpVmaxU, a64.UMAX, ints[:3]...)
	v3(ir.OpVavgrU, a64.URHADD, ints[:2]...)
	v3(ir.OpVq15mulrSatS, a64.SQRDMULH, ir.I16x8)
	f3(ir.OpVfmin, a64.FMIN) // NaN-propagating, -0 < +0, as Wasm's
	f3(ir.OpVfmax, a64.FMAX)
	v3(ir.OpVand, a64.AND, ir.NoShape)
	v3(ir.OpVor, a64.ORR, ir.NoShape)
	v3(ir.OpVxor, a64.EOR, ir.NoShape)
	v3(ir.OpVandnot, a64.BIC, ir.NoShape)
	bin[ir.OpVswizzle][ir.I8x16] = a64.Tbl16B(0, 0, 1, 0) // out-of-range indexes give 0, as Wasm's
	for _, sh := range ints[1:] {
		src := half(sh)
		bin[ir.OpVextmulLowS][sh] = a64.SMULL.Enc(lowArr[src], 0, 0, 0)
		bin[ir.OpVextmulLowU][sh] = a64.UMULL.Enc(lowArr[src], 0, 0, 0)
		bin[ir.OpVextmulHighS][sh] = a64.SMULL.Enc(arrOf[src], 0, 0, 0)
		bin[ir.OpVextmulHighU][sh] = a64.UMULL.Enc(arrOf[src], 0, 0, 0)
		un[ir.OpVextendLowS][sh] = a64.Shll(false, lowArr[src], 0, 0, 0)
		un[ir.OpVextendLowU][sh] = a64.Shll(true, lowArr[src], 0, 0, 0)
		un[ir.OpVextendHighS][sh] = a64.Shll(false, arrOf[src], 0, 0, 0)
		un[ir.OpVextendHighU][sh] = a64.Shll(true, arrOf[src], 0, 0, 0)
	}
	for _, sh := range ints[1:3] {
		un[ir.OpVextaddPairwiseS][sh] = a64.SADDLP.Enc(arrOf[half(sh)], 0, 0)
		un[ir.OpVextaddPairwiseU][sh] = a64.UADDLP.Enc(arrOf[half(sh)], 0, 0)
	}
	v2(ir.OpVneg, a64.NEG, ints...)
	f2(ir.OpVneg, a64.FNEG)
	v2(ir.OpVabs, a64.ABS, ints...)
	f2(ir.OpVabs, a64.FABS)
	v2(ir.OpVpopcnt, a64.CNT, ir.I8x16)
	v2(ir.OpVnot, a64.NOT, ir.NoShape)
	f2(ir.OpVsqrt, a64.FSQRT)
	f2(ir.OpVceil, a64.FRINTP)
	f2(ir.OpVfloor, a64.FRINTM)
	f2(ir.OpVtrunc, a64.FRINTZ)
	f2(ir.OpVnearest, a64.FRINTN)
	un[ir.OpVconvertS][ir.F32x4] = a64.SCVTF.Enc(a64.S4, 0, 0)
	un[ir.OpVconvertU][ir.F32x4] = a64.UCVTF.Enc(a64.S4, 0, 0)
	un[ir.OpVtruncSatS][ir.I32x4] = a64.FCVTZS.Enc(a64.S4, 0, 0) // saturating, NaN to 0, as Wasm's
	un[ir.OpVtruncSatU][ir.I32x4] = a64.FCVTZU.Enc(a64.S4, 0, 0)
	un[ir.OpVdemoteZero][ir.F32x4] = a64.FCVTN.Enc(a64.D2, 0, 0) // the upper half zeroed
	un[ir.OpVpromoteLow][ir.F64x2] = a64.FCVTL.Enc(a64.D2, 0, 0)
	return t
}}

// Integer comparisons: the instruction computing a c b, with the operands
// swapped for the "less" forms; ne is eq inverted.
var intCmp = [...]struct {
	op   a64.V3
	swap bool
}{
	ir.Eq: {a64.CMEQ, false}, ir.Ne: {a64.CMEQ, false},
	ir.GtS: {a64.CMGT, false}, ir.LtS: {a64.CMGT, true}, ir.GeS: {a64.CMGE, false}, ir.LeS: {a64.CMGE, true},
	ir.GtU: {a64.CMHI, false}, ir.LtU: {a64.CMHI, true}, ir.GeU: {a64.CMHS, false}, ir.LeU: {a64.CMHS, true},
}

var floatCmp = [...]struct {
	op   a64.F3
	swap bool
}{
	ir.Feq: {a64.FCMEQ, false}, ir.Fne: {a64.FCMEQ, false},
	ir.Fgt: {a64.FCMGT, false}, ir.Flt: {a64.FCMGT, true}, ir.Fge: {a64.FCMGE, false}, ir.Fle: {a64.FCMGE, true},
}

// newV returns a fresh 128-bit virtual register.
func (s *selector) newV() mach.Reg {
	r := s.NewVReg(mach.ClassFloat)
	s.VC.SetWide(r)
	return r
}

// neon emits the instruction word w with its register fields from ops:
// Rd, Rn, Rm in that order.
func (s *selector) neon(w uint32, ops ...mach.Operand) {
	s.emit(minst{op: mNeon, imm: int64(w)}, 0, ops...)
}

// v3 and v2 compute w into a fresh register.
func (s *selector) v3(w uint32, a, b mach.Reg) mach.Reg {
	d := s.newV()
	s.neon(w, def(d), use(a), use(b))
	return d
}

func (s *selector) v2(w uint32, a mach.Reg) mach.Reg {
	d := s.newV()
	s.neon(w, def(d), use(a))
	return d
}

// vconst returns a register holding the v128 constant lo, hi.
func (s *selector) vconst(lo, hi uint64) mach.Reg {
	d := s.newV()
	s.emit(minst{op: mVconst, imm: int64(lo), aux: int32(hi), aux2: int32(hi >> 32)}, 0, def(d))
	return d
}

// vector selects vector instruction v.
func (s *selector) vector(v ir.Value) {
	f := s.F
	op := f.Op(v)
	args := f.Args(v)
	sh := f.VecShape(v)
	if t := neon1.Get(); int(sh) < len(t.bin[op]) {
		if w := t.bin[op][sh]; w != 0 {
			s.neon(w, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
			return
		}
		if w := t.un[op][sh]; w != 0 {
			s.neon(w, def(s.Def(v)), use(s.Reg(args[0])))
			return
		}
	}
	arr := arrOf[sh]
	switch op {
	case ir.OpVconst:
		s.emit(minst{op: mVconst, imm: f.Aux(v), aux: int32(f.Aux2(v)), aux2: int32(f.Aux2(v) >> 32)}, 0, def(s.Def(v)))
	case ir.OpVmul: // i64x2: no 64-bit lane multiply
		// lo(a)*lo(b) + (lo(a)*hi(b) + hi(a)*lo(b)) << 32, the cross
		// products from one 32-bit multiply of a by b's halves swapped.
		a, b := s.Reg(args[0]), s.Reg(args[1])
		cross := s.v3(a64.MUL.Enc(a64.S4, 0, 0, 0), s.v2(a64.REV64.Enc(a64.S4, 0, 0), b), a)
		sum := s.v2(a64.ShlImm(a64.D2, 0, 0, 32), s.v2(a64.UADDLP.Enc(a64.S4, 0, 0), cross))
		s.neon(a64.UMLAL.Enc(a64.S2, 0, 0, 0), mod(sum),
			use(s.v2(a64.XTN.Enc(a64.S2, 0, 0), a)), use(s.v2(a64.XTN.Enc(a64.S2, 0, 0), b)))
		s.Move(s.Def(v), sum)
	case ir.OpVpmin, ir.OpVpmax:
		// pmin = b < a ? b : a; pmax = a < b ? b : a.
		a, b := s.Reg(args[0]), s.Reg(args[1])
		x, y := a, b // pmin: a > b
		if op == ir.OpVpmax {
			x, y = b, a
		}
		mask := s.v3(a64.FCMGT.Enc(arr, 0, 0, 0), x, y)
		s.neon(a64.BSL.Enc(a64.B16, 0, 0, 0), mod(mask), use(b), use(a))
		s.Move(s.Def(v), mask)
	case ir.OpVbitselect:
		mask := s.newV()
		s.Move(mask, s.Reg(args[2]))
		s.neon(a64.BSL.Enc(a64.B16, 0, 0, 0), mod(mask), use(s.Reg(args[0])), use(s.Reg(args[1])))
		s.Move(s.Def(v), mask)
	case ir.OpVdot:
		a, b := s.Reg(args[0]), s.Reg(args[1])
		lo := s.v3(a64.SMULL.Enc(a64.H4, 0, 0, 0), a, b)
		hi := s.v3(a64.SMULL.Enc(a64.H8, 0, 0, 0), a, b)
		s.neon(a64.ADDP.Enc(a64.S4, 0, 0, 0), def(s.Def(v)), use(lo), use(hi))
	case ir.OpVnarrowS, ir.OpVnarrowU:
		o := a64.SQXTN
		if op == ir.OpVnarrowU {
			o = a64.SQXTUN // signed in, unsigned saturation
		}
		t := s.v2(o.Enc(lowArr[sh], 0, 0), s.Reg(args[0]))
		s.neon(o.Enc(arr, 0, 0), mod(t), use(s.Reg(args[1]))) // the "2" form: the upper half
		s.Move(s.Def(v), t)
	case ir.OpVconvertLowS, ir.OpVconvertLowU:
		unsigned := op == ir.OpVconvertLowU
		wide := s.v2(a64.Shll(unsigned, a64.S2, 0, 0, 0), s.Reg(args[0]))
		o := a64.SCVTF
		if unsigned {
			o = a64.UCVTF
		}
		s.neon(o.Enc(a64.D2, 0, 0), def(s.Def(v)), use(wide))
	case ir.OpVtruncSatZeroS, ir.OpVtruncSatZeroU:
		// Saturate to 64 bits, then narrow with saturation (writing the
		// low half zeroes the upper one).
		cvt, narrow := a64.FCVTZS, a64.SQXTN
		if op == ir.OpVtruncSatZeroU {
			cvt, narrow = a64.FCVTZU, a64.UQXTN
		}
		wide := s.v2(cvt.Enc(a64.D2, 0, 0), s.Reg(args[0]))
		s.neon(narrow.Enc(a64.S2, 0, 0), def(s.Def(v)), use(wide))
	case ir.OpVcmp:
		s.vcmp(v, sh, ir.Cond(f.Aux2(v)), s.Reg(args[0]), s.Reg(args[1]))
	case ir.OpVshl, ir.OpVshrS, ir.OpVshrU:
		s.vshift(v, op, sh)
	case ir.OpVanyTrue:
		// The maximum of pairs of 32-bit lanes leaves, in the low 64
		// bits, something nonzero iff any bit was.
		t := s.v3(a64.UMAXP.Enc(a64.S4, 0, 0, 0), s.Reg(args[0]), s.Reg(args[0]))
		s.testLow(v, t, 3, a64.NE)
	case ir.OpVallTrue:
		a := s.Reg(args[0])
		if sh == ir.I64x2 {
			// Lanes equal to zero become all ones; their sum is zero iff
			// there were none.
			z := s.v2(a64.CMEQ0.Enc(a64.D2, 0, 0), a)
			t := s.v2(a64.AddpD(0, 0), z)
			s.testLow(v, t, 3, a64.EQ)
			return
		}
		t := s.v2(a64.UMINV.Enc(arr, 0, 0), a) // the smallest lane
		s.testLow(v, t, laneSize[sh], a64.NE)
	case ir.OpVbitmask:
		s.bitmask(v, sh, s.Reg(args[0]))
	case ir.OpVsplat:
		x := s.Reg(args[0])
		if sh.IsFloat() {
			s.neon(a64.DupElem(arr, 0, 0, 0), def(s.Def(v)), use(x))
			return
		}
		s.neon(a64.DupGen(arr, 0, 0), def(s.Def(v)), use(x))
	case ir.OpVextractLane, ir.OpVextractLaneU:
		lane := uint8(f.VecLane(v))
		a := s.Reg(args[0])
		switch {
		case sh.IsFloat():
			s.neon(a64.DupScalar(laneSize[sh], 0, 0, lane), def(s.Def(v)), use(a))
		case op == ir.OpVextractLane && laneSize[sh] < 2:
			s.neon(a64.Smov(laneSize[sh], false, 0, 0, lane), def(s.Def(v)), use(a))
		default:
			s.neon(a64.Umov(laneSize[sh], 0, 0, lane), def(s.Def(v)), use(a))
		}
	case ir.OpVreplaceLane:
		lane := uint8(f.VecLane(v))
		d := s.newV()
		s.Move(d, s.Reg(args[0]))
		if sh.IsFloat() {
			s.neon(a64.InsElem(laneSize[sh], 0, lane, 0, 0), mod(d), use(s.Reg(args[1])))
		} else {
			s.neon(a64.InsGen(laneSize[sh], 0, lane, 0), mod(d), use(s.Reg(args[1])))
		}
		s.Move(s.Def(v), d)
	case ir.OpVshuffle:
		s.shuffle(v)
	case ir.OpVloadSplat:
		s.vmem(a64.Ld1R(arrOf[sh], 0, 0), def(s.Def(v)), args[0], f.Aux(v))
	case ir.OpVloadLane:
		d := s.newV()
		s.Move(d, s.Reg(args[1]))
		s.vmem(a64.Ld1Lane(laneSize[sh], 0, uint8(f.VecLane(v)), 0), mod(d), args[0], f.Aux(v))
		s.Move(s.Def(v), d)
	case ir.OpVstoreLane:
		s.vmem(a64.St1Lane(laneSize[sh], 0, uint8(f.VecLane(v)), 0), use(s.Reg(args[1])), args[0], f.Aux(v))
	case ir.OpVloadZero:
		kind := int32(isel.LdF64)
		if sh == ir.I32x4 {
			kind = isel.LdF32
		}
		// A scalar FP load zeroes the rest of the register.
		addr, based := s.address(args[0], f.Aux(v))
		s.emit(minst{op: mLoad, size: 16, aux: kind, imm: f.Aux(v), scale: based}, 0, def(s.Def(v)), use(addr))
	case ir.OpVloadExtendS, ir.OpVloadExtendU:
		addr, based := s.address(args[0], f.Aux(v))
		t := s.newV()
		s.emit(minst{op: mLoad, size: 16, aux: isel.LdF64, imm: f.Aux(v), scale: based}, 0, def(t), use(addr))
		s.neon(a64.Shll(op == ir.OpVloadExtendU, lowArr[half(sh)], 0, 0, 0), def(s.Def(v)), use(t))
	default:
		s.Fail("no instruction selection for %v %v", op, sh)
	}
}

// vcmp sets d to a c b lane-wise: all ones where true.
func (s *selector) vcmp(v ir.Value, sh ir.Shape, c ir.Cond, a, b mach.Reg) {
	var w uint32
	var swap bool
	if sh.IsFloat() {
		k := floatCmp[c]
		w, swap = k.op.Enc(arrOf[sh], 0, 0, 0), k.swap
	} else {
		k := intCmp[c]
		w, swap = k.op.Enc(arrOf[sh], 0, 0, 0), k.swap
	}
	if swap {
		a, b = b, a
	}
	if c == ir.Ne || c == ir.Fne {
		s.neon(a64.NOT.Enc(a64.B16, 0, 0), def(s.Def(v)), use(s.v3(w, a, b)))
		return
	}
	s.neon(w, def(s.Def(v)), use(a), use(b))
}

// vshift shifts each lane by the count modulo the lane width: by an
// immediate when the count is a constant, else by a register (SSHL and
// USHL shift right for negative counts).
func (s *selector) vshift(v ir.Value, op ir.Op, sh ir.Shape) {
	f := s.F
	args := f.Args(v)
	arr := arrOf[sh]
	bits := uint8(8 << laneSize[sh])
	a := s.Reg(args[0])
	if c, ok := s.constant(args[1]); ok {
		k := uint8(c) & (bits - 1)
		switch {
		case k == 0:
			s.Move(s.Def(v), a)
		case op == ir.OpVshl:
			s.neon(a64.ShlImm(arr, 0, 0, k), def(s.Def(v)), use(a))
		default:
			s.neon(a64.ShrImm(op == ir.OpVshrU, arr, 0, 0, k), def(s.Def(v)), use(a))
		}
		return
	}
	w := a64.USHL.Enc(arr, 0, 0, 0)
	if op == ir.OpVshrS {
		w = a64.SSHL.Enc(arr, 0, 0, 0)
	}
	neg := int32(0)
	if op != ir.OpVshl {
		neg = 1
	}
	dup := a64.DupGen(arr, vtmp, scratch)
	s.emit(minst{op: mVshift, imm: int64(w) | int64(dup)<<32, aux: int32(bits - 1), aux2: neg}, 0,
		def(s.Def(v)), use(a), use(s.Reg(args[1])))
}

// testLow sets v to whether lane 0 (of 1<<size bytes) of t is nonzero
// (cc NE) or zero (EQ).
func (s *selector) testLow(v ir.Value, t mach.Reg, size uint8, cc a64.Cond) {
	x := s.NewVReg(mach.ClassInt)
	s.neon(a64.Umov(size, 0, 0, 0), def(x), use(t))
	s.emit(minst{op: mCmpImm, size: 8}, 0, use(x))
	s.emit(minst{op: mCset, size: 4, cc: cc}, 0, def(s.Def(v)))
}

// bitmask gathers the lanes' sign bits: each negative lane becomes all
// ones, is masked to its own bit weight, and the weights are summed.
func (s *selector) bitmask(v ir.Value, sh ir.Shape, a mach.Reg) {
	arr := arrOf[sh]
	neg := s.v2(a64.CMLT0.Enc(arr, 0, 0), a)
	var lo, hi uint64
	switch sh {
	case ir.I8x16:
		lo, hi = 0x8040201008040201, 0x8040201008040201
	case ir.I16x8:
		lo, hi = 0x0008000400020001, 0x0080004000200010
	case ir.I32x4:
		lo, hi = 0x0000000200000001, 0x0000000800000004
	default:
		lo, hi = 1, 2
	}
	bits := s.v3(a64.AND.Enc(a64.B16, 0, 0, 0), neg, s.vconst(lo, hi))
	var sum mach.Reg
	size := uint8(1)
	switch sh {
	case ir.I8x16:
		// Bytes 8..15 next to 0..7 as 16-bit lanes: high byte, low byte.
		up := s.v3(a64.Ext16B(0, 0, 0, 8), bits, bits)
		sum = s.v2(a64.ADDV.Enc(a64.H8, 0, 0), s.v3(a64.ZIP1.Enc(a64.B16, 0, 0, 0), bits, up))
	case ir.I16x8:
		sum = s.v2(a64.ADDV.Enc(a64.H8, 0, 0), bits)
	case ir.I32x4:
		sum, size = s.v2(a64.ADDV.Enc(a64.S4, 0, 0), bits), 2
	default:
		sum, size = s.v2(a64.AddpD(0, 0), bits), 3
	}
	s.neon(a64.Umov(size, 0, 0, 0), def(s.Def(v)), use(sum))
}

// shuffle selects i8x16.shuffle: TBL from a for the indexes below 16,
// then TBX from b for the others (rebased by 16 in the emitter's scratch).
// With one operand for both, one TBL with the indexes modulo 16.
func (s *selector) shuffle(v ir.Value) {
	f := s.F
	args := f.Args(v)
	lo, hi := uint64(f.Aux(v)), uint64(f.Aux2(v))
	a, b := s.Reg(args[0]), s.Reg(args[1])
	if args[0] == args[1] {
		const mod16 = 0x0f0f0f0f0f0f0f0f
		s.neon(a64.Tbl16B(0, 0, 1, 0), def(s.Def(v)), use(a), use(s.vconst(lo&mod16, hi&mod16)))
		return
	}
	idx := s.vconst(lo, hi)
	d := s.v3(a64.Tbl16B(0, 0, 1, 0), a, idx)
	s.emit(minst{op: mVtbx}, 0, mod(d), use(b), use(idx))
	s.Move(s.Def(v), d)
}

// vmem emits a single-structure load or store (w, the register fields
// zero) of the vector operand vec at index + off.
func (s *selector) vmem(w uint32, vec mach.Operand, index ir.Value, off int64) {
	s.emit(minst{op: mVmem, imm: int64(w), aux: int32(uint32(off))}, 0, vec, use(s.Reg(index)))
}

// vselect selects between two v128 values on condition c.
func (s *selector) vselect(v ir.Value) {
	args := s.F.Args(v)
	a, b := s.Reg(args[1]), s.Reg(args[2])
	cc := s.condition(args[0], s.SameBlock(args[0], v))
	s.emit(minst{op: mVselect, cc: cc}, 0, def(s.Def(v)), use(a), use(b))
}
