package amd64

import (
	"encoding/binary"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/kilnwasm/kiln/backend/internal/isel"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/lazy"
)

// Vector selection with SSE4.1 (its CPU-feature record says so). The
// operations that are one SSE instruction are a table; the irregular ones
// are code. What is not selected yet fails with ErrUnsupported. With AVX
// (abi.FeatAVX), the two-operand binary operations take their VEX
// three-operand forms (vbin, vbinTo), which need no copy of the first
// operand, and their second operand from memory where it is a constant
// (vbinK) or a v128.load used only there (planVector); constants come
// from the function's constant pool.

// vecBinOps maps (op, shape) to the two-operand SSE instruction computing
// dst = dst op src lane-wise, for the operations that are exactly that,
// per shape from I8x16 on (a literal: no init work at every start of kiln).
var vecBinOps = [256][8]obj.As{
	ir.OpVadd:     {ir.I8x16: x86.APADDB, x86.APADDW, x86.APADDL, x86.APADDQ, x86.AADDPS, x86.AADDPD},
	ir.OpVsub:     {ir.I8x16: x86.APSUBB, x86.APSUBW, x86.APSUBL, x86.APSUBQ, x86.ASUBPS, x86.ASUBPD},
	ir.OpVmul:     {ir.I8x16: 0, x86.APMULLW, x86.APMULLD, 0, x86.AMULPS, x86.AMULPD},
	ir.OpVdiv:     {ir.I8x16: 0, 0, 0, 0, x86.ADIVPS, x86.ADIVPD},
	ir.OpVaddSatS: {ir.I8x16: x86.APADDSB, x86.APADDSW},
	ir.OpVaddSatU: {ir.I8x16: x86.APADDUSB, x86.APADDUSW},
	ir.OpVsubSatS: {ir.I8x16: x86.APSUBSB, x86.APSUBSW},
	ir.OpVsubSatU: {ir.I8x16: x86.APSUBUSB, x86.APSUBUSW},
	ir.OpVminS:    {ir.I8x16: x86.APMINSB, x86.APMINSW, x86.APMINSD},
	ir.OpVminU:    {ir.I8x16: x86.APMINUB, x86.APMINUW, x86.APMINUD},
	ir.OpVmaxS:    {ir.I8x16: x86.APMAXSB, x86.APMAXSW, x86.APMAXSD},
	ir.OpVmaxU:    {ir.I8x16: x86.APMAXUB, x86.APMAXUW, x86.APMAXUD},
	ir.OpVavgrU:   {ir.I8x16: x86.APAVGB, x86.APAVGW},
	ir.OpVdot:     {ir.I8x16: 0, 0, x86.APMADDWL},
	ir.OpVnarrowS: {ir.I8x16: x86.APACKSSWB, x86.APACKSSLW},
	ir.OpVnarrowU: {ir.I8x16: x86.APACKUSWB, x86.APACKUSDW},
	ir.OpVand:     {ir.NoShape: x86.APAND},
	ir.OpVor:      {ir.NoShape: x86.APOR},
	ir.OpVxor:     {ir.NoShape: x86.APXOR},
}

// Small tables the selection indexes (never map literals: those would be
// built at every instruction).
var (
	pminmax   = [2][2]obj.As{{x86.AMINPS, x86.AMINPD}, {x86.AMAXPS, x86.AMAXPD}} // [max][f64]
	roundMode = [256]int32{ir.OpVnearest: 0, ir.OpVfloor: 1, ir.OpVceil: 2, ir.OpVtrunc: 3}
	extmul    = [...]obj.As{ir.I16x8: x86.APMULLW, ir.I32x4: x86.APMULLD, ir.I64x2: x86.APMULULQ}
	testKind  = [256]int32{ir.OpVanyTrue: 0, ir.OpVallTrue: 1, ir.OpVbitmask: 2}
	shiftKind = [256]int{ir.OpVshl: 0, ir.OpVshrS: 1, ir.OpVshrU: 2}
	laneLoad  = [...]int32{ir.I8x16: isel.Ld8U, ir.I16x8: isel.Ld16U, ir.I32x4: isel.Ld32U, ir.I64x2: isel.Ld64}
	signExt   = [...]obj.As{ir.I8x16: x86.AMOVBLSX, ir.I16x8: x86.AMOVWLSX}
)

// commutative are the table's operations whose operands may be swapped
// (for floats only the NaN returned when both are NaNs can change, which
// Wasm leaves open).
var commutative = [256]bool{ir.OpVadd: true, ir.OpVmul: true, ir.OpVaddSatS: true, ir.OpVaddSatU: true,
	ir.OpVminS: true, ir.OpVminU: true, ir.OpVmaxS: true, ir.OpVmaxU: true, ir.OpVavgrU: true, ir.OpVdot: true,
	ir.OpVand: true, ir.OpVor: true, ir.OpVxor: true}

var (
	pcmpeq  = [...]obj.As{ir.I8x16: x86.APCMPEQB, ir.I16x8: x86.APCMPEQW, ir.I32x4: x86.APCMPEQL, ir.I64x2: x86.APCMPEQQ}
	pcmpgt  = [...]obj.As{ir.I8x16: x86.APCMPGTB, ir.I16x8: x86.APCMPGTW, ir.I32x4: x86.APCMPGTL, ir.I64x2: x86.APCMPGTQ}
	pmaxu   = [...]obj.As{ir.I8x16: x86.APMAXUB, ir.I16x8: x86.APMAXUW, ir.I32x4: x86.APMAXUD}
	pminu   = [...]obj.As{ir.I8x16: x86.APMINUB, ir.I16x8: x86.APMINUW, ir.I32x4: x86.APMINUD}
	pabs    = [...]obj.As{ir.I8x16: x86.APABSB, ir.I16x8: x86.APABSW, ir.I32x4: x86.APABSD}
	pextr   = [...]obj.As{ir.I8x16: x86.APEXTRB, ir.I16x8: x86.APEXTRW, ir.I32x4: x86.APEXTRD, ir.I64x2: x86.APEXTRQ}
	pinsr   = [...]obj.As{ir.I8x16: x86.APINSRB, ir.I16x8: x86.APINSRW, ir.I32x4: x86.APINSRD, ir.I64x2: x86.APINSRQ}
	psubv   = [...]obj.As{ir.I8x16: x86.APSUBB, ir.I16x8: x86.APSUBW, ir.I32x4: x86.APSUBL, ir.I64x2: x86.APSUBQ}
	shiftOp = [...][5]obj.As{ // per op (shl, shr_s, shr_u), per shape
		{ir.I16x8: x86.APSLLW, ir.I32x4: x86.APSLLL, ir.I64x2: x86.APSLLQ},
		{ir.I16x8: x86.APSRAW, ir.I32x4: x86.APSRAL},
		{ir.I16x8: x86.APSRLW, ir.I32x4: x86.APSRLL, ir.I64x2: x86.APSRLQ},
	}
	pmovx = [2][5]obj.As{ // unsigned, signed; by result shape
		{ir.I16x8: x86.APMOVZXBW, ir.I32x4: x86.APMOVZXWD, ir.I64x2: x86.APMOVZXDQ},
		{ir.I16x8: x86.APMOVSXBW, ir.I32x4: x86.APMOVSXWD, ir.I64x2: x86.APMOVSXDQ},
	}
)

// vexPinsr gives the VEX forms of pinsr's instructions.
var vexPinsr = [x86.ALAST]obj.As{x86.APINSRB: x86.AVPINSRB, x86.APINSRW: x86.AVPINSRW, x86.APINSRD: x86.AVPINSRD, x86.APINSRQ: x86.AVPINSRQ}

// CMPPS/CMPPD predicates.
const (
	cmpEQ  = 0
	cmpLT  = 1
	cmpLE  = 2
	cmpNEQ = 4
)

// vector selects vector instruction v.
func (s *selector) vector(v ir.Value) {
	f := s.F
	op := f.Op(v)
	args := f.Args(v)
	sh := f.VecShape(v)
	if as := vecBinOps[op][sh]; as != 0 {
		a, b := args[0], args[1]
		if commutative[op] && !s.folds(b) && (s.folds(a) || s.Uses(a) > 1 && s.Uses(b) == 1) {
			// A memory operand is the second; two-address: copy the
			// operand that dies here, so that the copy coalesces away (a
			// loop-invariant factor stays put).
			a, b = b, a
		}
		s.vbinTo(s.Def(v), as, 0, a, b)
		return
	}
	switch op {
	case ir.OpVandnot:
		// PANDN computes ^dst & src: dst = b, src = a.
		s.vbinTo(s.Def(v), x86.APANDN, 0, args[1], args[0])
	case ir.OpVmul: // i64x2: no 64-bit lane multiply before AVX-512
		// lo(a)*lo(b) + (hi(a)*lo(b) + lo(a)*hi(b)) << 32
		a, b := s.Reg(args[0]), s.Reg(args[1])
		cross := s.vbin(x86.APADDQ,
			s.vbin(x86.APMULULQ, s.vshiftImm(x86.APSRLQ, 32, a), b),
			s.vbin(x86.APMULULQ, s.vshiftImm(x86.APSRLQ, 32, b), a))
		s.Move(s.Def(v), s.vbin(x86.APADDQ, s.vbin(x86.APMULULQ, a, b), s.vshiftImm(x86.APSLLQ, 32, cross)))
	case ir.OpVfmin, ir.OpVfmax:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		kind := int32(b2i(op == ir.OpVfmax))
		s.emit(minst{op: mVminmax, size: uint8(16 / sh.Lanes()), aux: kind}, 0, mod(d), use(s.Reg(args[1])))
	case ir.OpVpmin, ir.OpVpmax:
		// pmin = b < a ? b : a and MINPS dst, src = dst < src ? dst : src
		// (src when unordered): dst = b, src = a. pmax likewise.
		as := pminmax[b2i(op == ir.OpVpmax)][b2i(sh == ir.F64x2)]
		s.vbinTo(s.Def(v), as, 0, args[1], args[0])
	case ir.OpVcmp:
		s.vcmp(v, sh, ir.Cond(f.Aux2(v)), args[0], args[1])
	case ir.OpVnot:
		d := s.Def(v)
		if s.avx {
			s.vbinKTo(d, x86.APXOR, s.Reg(args[0]), ^uint64(0), ^uint64(0))
			return
		}
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mVnot}, 0, mod(d))
	case ir.OpVneg:
		if sh.IsFloat() {
			s.vsign(v, 1)
			return
		}
		zero := s.NewVReg(mach.ClassFloat)
		s.VC.SetWide(zero)
		s.emit(minst{op: mVconst}, 0, def(zero))
		s.emit(minst{op: mVbin, imm: int64(psubv[sh])}, 0, mod(zero), use(s.Reg(args[0])))
		s.Move(s.Def(v), zero)
	case ir.OpVabs:
		switch {
		case sh.IsFloat():
			s.vsign(v, 0)
		case sh == ir.I64x2:
			// (a ^ sign) - sign, the sign of each lane in both its halves.
			a := s.Reg(args[0])
			sign := s.vshiftImm(x86.APSRAL, 31, s.vunImm(x86.APSHUFD, 0xf5, a))
			s.Move(s.Def(v), s.vbin(x86.APSUBQ, s.vbin(x86.APXOR, a, sign), sign))
		default:
			s.emit(minst{op: mVun, imm: int64(pabs[sh])}, 0, def(s.Def(v)), use(s.Reg(args[0])))
		}
	case ir.OpVsqrt:
		as := obj.As(x86.ASQRTPS)
		if sh == ir.F64x2 {
			as = x86.ASQRTPD
		}
		s.emit(minst{op: mVun, imm: int64(as)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVceil, ir.OpVfloor, ir.OpVtrunc, ir.OpVnearest:
		as := obj.As(x86.AROUNDPS)
		if sh == ir.F64x2 {
			as = x86.AROUNDPD
		}
		mode := roundMode[op]
		s.emit(minst{op: mVround, imm: int64(as), aux: mode}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVextendLowS, ir.OpVextendLowU:
		signed := b2i(op == ir.OpVextendLowS)
		s.emit(minst{op: mVun, imm: int64(pmovx[signed][sh])}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVextendHighS, ir.OpVextendHighU:
		signed := b2i(op == ir.OpVextendHighS)
		s.Move(s.Def(v), s.extendHigh(pmovx[signed][sh], s.Reg(args[0])))
	case ir.OpVconvertS:
		s.emit(minst{op: mVun, imm: int64(x86.ACVTPL2PS)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVconvertU:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mVconvertU}, 0, mod(d))
	case ir.OpVconvertLowU:
		// Each u32 as the low half of a double 2^52 + u, minus 2^52.
		t := s.vbin(x86.AUNPCKLPS, s.Reg(args[0]), s.vconst(0x4330000043300000, 0x4330000043300000))
		s.Move(s.Def(v), s.vbin(x86.ASUBPD, t, s.vconst(0x4330000000000000, 0x4330000000000000)))
	case ir.OpVtruncSatZeroS:
		// NaN lanes to 0 and the upper bound clamped; CVTTPD2DQ gives
		// 0x80000000 below, which is the lower bound, and zero upper lanes.
		a := s.Reg(args[0])
		notNaN := s.vbinImm(x86.ACMPPD, cmpEQ, a, a)
		bound := s.vbin(x86.AANDPD, notNaN, s.vconst(0x41dfffffffc00000, 0x41dfffffffc00000)) // 2147483647.0
		s.Move(s.Def(v), s.vun(x86.ACVTTPD2PL, s.vbin(x86.AMINPD, a, bound)))
	case ir.OpVtruncSatZeroU:
		// Clamp to [0, 2^32-1] (NaN to 0), truncate, add 2^52 so that the
		// integer is the low half of each double, and gather the halves.
		zero := s.vconst(0, 0)
		c := s.vbin(x86.AMAXPD, s.Reg(args[0]), zero)
		c = s.vbin(x86.AMINPD, c, s.vconst(0x41efffffffe00000, 0x41efffffffe00000)) // 4294967295.0
		t := s.newV()
		s.emit(minst{op: mVround, imm: int64(x86.AROUNDPD), aux: 3}, 0, def(t), use(c))
		t = s.vbin(x86.AADDPD, t, s.vconst(0x4330000000000000, 0x4330000000000000))
		s.Move(s.Def(v), s.vbinImm(x86.ASHUFPS, 0x88, t, zero))
	case ir.OpVtruncSatU:
		// After V8: NaN and negative lanes to 0; lanes from 2^31 up
		// converted after subtracting 2^31 and added back (0x7fffffff
		// and more saturate through the comparison mask).
		zero := s.vconst(0, 0)
		c := s.vbin(x86.AMAXPS, s.Reg(args[0]), zero)
		two31 := s.vconst(0x4f0000004f000000, 0x4f0000004f000000)
		t := s.vbin(x86.ASUBPS, c, two31)
		over := s.vbinImm(x86.ACMPPS, cmpLE, two31, t)
		t = s.vbin(x86.APMAXSD, s.vbin(x86.APXOR, s.vun(x86.ACVTTPS2PL, t), over), zero)
		s.Move(s.Def(v), s.vbin(x86.APADDL, s.vun(x86.ACVTTPS2PL, c), t))
	case ir.OpVconvertLowS:
		s.emit(minst{op: mVun, imm: int64(x86.ACVTPL2PD)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVpromoteLow:
		s.emit(minst{op: mVun, imm: int64(x86.ACVTPS2PD)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVdemoteZero:
		// CVTPD2PS clears the upper half.
		s.emit(minst{op: mVun, imm: int64(x86.ACVTPD2PS)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVtruncSatS:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mVtruncSat}, 0, mod(d))
	case ir.OpVextmulLowS, ir.OpVextmulLowU, ir.OpVextmulHighS, ir.OpVextmulHighU:
		signed := b2i(op == ir.OpVextmulLowS || op == ir.OpVextmulHighS)
		ext := pmovx[signed][sh]
		x, y := s.Reg(args[0]), s.Reg(args[1])
		if op == ir.OpVextmulHighS || op == ir.OpVextmulHighU {
			x, y = s.extendHigh(ext, x), s.extendHigh(ext, y)
		} else {
			x, y = s.vun(ext, x), s.vun(ext, y)
		}
		mul := extmul[sh]
		if sh == ir.I64x2 && signed == 1 {
			mul = x86.APMULDQ // the low 32 bits of each lane, signed
		}
		s.Move(s.Def(v), s.vbin(mul, x, y))
	case ir.OpVextaddPairwiseS, ir.OpVextaddPairwiseU:
		a := s.Reg(args[0])
		switch {
		case sh == ir.I16x8:
			// PMADDUBSW multiplies unsigned bytes of dst by signed bytes
			// of src and adds pairs: with ones on the other side.
			ones := s.vconst(0x0101010101010101, 0x0101010101010101)
			if op == ir.OpVextaddPairwiseS {
				s.Move(s.Def(v), s.vbin(x86.APMADDUBSW, ones, a))
			} else {
				s.Move(s.Def(v), s.vbin(x86.APMADDUBSW, a, ones))
			}
		case op == ir.OpVextaddPairwiseS:
			ones := s.vconst(0x0001000100010001, 0x0001000100010001)
			s.Move(s.Def(v), s.vbin(x86.APMADDWL, a, ones))
		default:
			// Unsigned 16-bit lanes: bias to signed, add pairs, unbias
			// (each 32-bit sum is 2*0x8000 too small).
			bias := s.vconst(0x8000800080008000, 0x8000800080008000)
			ones := s.vconst(0x0001000100010001, 0x0001000100010001)
			t := s.vbin(x86.APMADDWL, s.vbin(x86.APXOR, a, bias), ones)
			s.Move(s.Def(v), s.vbin(x86.APADDL, t, s.vconst(0x0001000000010000, 0x0001000000010000)))
		}
	case ir.OpVq15mulrSatS:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mVq15mulr}, 0, mod(d), use(s.Reg(args[1])))
	case ir.OpVpopcnt:
		// Each nibble's count from a 16-entry table (PSHUFB), added.
		a := s.Reg(args[0])
		mask := s.vconst(0x0f0f0f0f0f0f0f0f, 0x0f0f0f0f0f0f0f0f)
		lut := s.vconst(0x0302020102010100, 0x0403030203020201)
		lo := s.vbin(x86.APAND, a, mask)
		hi := s.vbin(x86.APAND, s.vshiftImm(x86.APSRLW, 4, a), mask)
		s.Move(s.Def(v), s.vbin(x86.APADDB, s.vbin(x86.APSHUFB, lut, lo), s.vbin(x86.APSHUFB, lut, hi)))
	case ir.OpVswizzle:
		s.swizzle(v)
	case ir.OpVshuffle:
		s.shuffle(v)
	case ir.OpVsplat:
		s.emit(minst{op: mVsplat, scale: uint8(sh)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVextractLane, ir.OpVextractLaneU:
		if sh.IsFloat() && f.VecLane(v) == 0 {
			// A float in an XMM register is its low lane, whatever the
			// others hold: a copy, which usually coalesces away.
			s.Move(s.Def(v), s.Reg(args[0]))
			return
		}
		signed := int32(b2i(op == ir.OpVextractLane && (sh == ir.I8x16 || sh == ir.I16x8)))
		s.emit(minst{op: mVextract, scale: uint8(sh), aux: int32(f.VecLane(v)), aux2: signed}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVreplaceLane:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mVreplace, scale: uint8(sh), aux: int32(f.VecLane(v))}, 0, mod(d), use(s.Reg(args[1])))
	case ir.OpVanyTrue, ir.OpVallTrue, ir.OpVbitmask:
		kind := testKind[op]
		s.emit(minst{op: mVtest, scale: uint8(sh), aux: kind}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpVshl, ir.OpVshrS, ir.OpVshrU:
		k := shiftKind[op]
		as := shiftOp[k][sh]
		if sh == ir.I8x16 {
			s.shiftBytes(v, k)
			return
		}
		if as == 0 { // i64x2.shr_s: no PSRAQ before AVX-512
			// ((a ^ sign) >>u n) ^ sign, sign the lane's sign everywhere.
			a := s.Reg(args[0])
			n := s.NewVReg(mach.ClassInt)
			s.Move(n, s.Reg(args[1]))
			s.emit(minst{op: mAluImm, size: 4, alu: aluAnd, imm: 63}, 0, mod(n))
			xn := s.NewVReg(mach.ClassFloat)
			s.emit(minst{op: mBitcast, size: 8}, 0, def(xn), use(n))
			sign := s.vshiftImm(x86.APSRAL, 31, s.vunImm(x86.APSHUFD, 0xf5, a))
			s.Move(s.Def(v), s.vbin(x86.APXOR, s.vbin(x86.APSRLQ, s.vbin(x86.APXOR, a, sign), xn), sign))
			return
		}
		d := s.Def(v)
		mask := int32(8*(16/sh.Lanes()) - 1)
		if f.Op(args[1]) == ir.OpIconst {
			// A constant count: the immediate form.
			s.vshiftImmTo(d, as, int32(f.Aux(args[1]))&mask, s.Reg(args[0]))
			return
		}
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mVshift, imm: int64(as), aux: mask}, 0, mod(d), use(s.Reg(args[1])))
	case ir.OpVbitselect:
		s.emit(minst{op: mVbitsel}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])), use(s.Reg(args[2])))
	case ir.OpVloadZero:
		kind := int32(isel.LdF32)
		if sh == ir.I64x2 {
			kind = isel.LdF64
		}
		// MOVSS/MOVSD from memory clear the rest of the register.
		idx, disp, sc := s.address(args[0], f.Aux(v))
		s.emit(minst{op: mLoad, size: 16, aux: kind, imm: disp, scale: sc}, 0, def(s.Def(v)), use(idx))
	case ir.OpVloadLane:
		// PINSRB/W/D/Q from memory: the access (and its trap) is the
		// lane's alone, like the scalar load's.
		d := s.Def(v)
		idx, disp, sc := s.address(args[0], f.Aux(v))
		m := minst{op: mVinsMem, as: pinsr[sh], aux: int32(f.VecLane(v)), imm: disp, scale: sc}
		if s.avx {
			m.op = mVinsMem3
			s.emit(m, 0, def(d), use(s.Reg(args[1])), use(idx))
			return
		}
		s.Move(d, s.Reg(args[1]))
		s.emit(m, 0, mod(d), use(idx))
	case ir.OpVloadSplat:
		// A scalar load (the access and its trap are the scalar one's),
		// then a splat.
		x := s.NewVReg(mach.ClassInt)
		idx, disp, sc := s.address(args[0], f.Aux(v))
		s.emit(minst{op: mLoad, size: size(sh.LaneType()), aux: laneLoad[sh], imm: disp, scale: sc}, 0, def(x), use(idx))
		s.emit(minst{op: mVsplat, scale: uint8(sh)}, 0, def(s.Def(v)), use(x))
	case ir.OpVstoreLane:
		x := s.NewVReg(mach.ClassInt)
		s.emit(minst{op: mVextract, scale: uint8(sh), aux: int32(f.VecLane(v))}, 0, def(x), use(s.Reg(args[1])))
		idx, disp, sc := s.address(args[0], f.Aux(v))
		s.emit(minst{op: mStore, size: size(sh.LaneType()), aux: int32(sh.LaneBytes()), imm: disp, scale: sc}, 0, use(idx), use(x))
	case ir.OpVloadExtendS, ir.OpVloadExtendU:
		signed := b2i(op == ir.OpVloadExtendS)
		idx, disp, sc := s.address(args[0], f.Aux(v))
		s.emit(minst{op: mVloadExt, aux: int32(pmovx[signed][sh]), imm: disp, scale: sc}, 0, def(s.Def(v)), use(idx))
	default:
		s.unsupported(v)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (s *selector) unsupported(v ir.Value) {
	s.Fail("%v %v: %w", s.F.Op(v), s.F.VecShape(v), mach.ErrUnsupported)
}

// vbin returns a new register holding a op b (two-operand SSE form, or
// the three-operand AVX form when there is one).
func (s *selector) vbin(as obj.As, a, b mach.Reg) mach.Reg {
	d := s.newV()
	s.vbinRegs(d, as, a, b)
	return d
}

// vbinRegs sets d = a op b.
func (s *selector) vbinRegs(d mach.Reg, as obj.As, a, b mach.Reg) {
	if s.avx && vexOf[as] != 0 {
		s.emit(minst{op: mVbin3, imm: int64(as)}, 0, def(d), use(a), use(b))
		return
	}
	s.Move(d, a)
	s.emit(minst{op: mVbin, imm: int64(as)}, 0, mod(d), use(b))
}

// vexOf gives the three-operand AVX (VEX.128) form of the two-operand SSE
// instructions that vbin and vbinTo select: VOP b, a, d computes
// d = a op b where OP b, d computes d = d op b. A literal: no init work.
var vexOf = [x86.ALAST]obj.As{
	x86.APADDB: x86.AVPADDB, x86.APADDW: x86.AVPADDW, x86.APADDL: x86.AVPADDD, x86.APADDQ: x86.AVPADDQ,
	x86.AADDPS: x86.AVADDPS, x86.AADDPD: x86.AVADDPD, x86.APSUBB: x86.AVPSUBB, x86.APSUBW: x86.AVPSUBW,
	x86.APSUBL: x86.AVPSUBD, x86.APSUBQ: x86.AVPSUBQ, x86.ASUBPS: x86.AVSUBPS, x86.ASUBPD: x86.AVSUBPD,
	x86.APMULLW: x86.AVPMULLW, x86.APMULLD: x86.AVPMULLD, x86.AMULPS: x86.AVMULPS, x86.AMULPD: x86.AVMULPD,
	x86.ADIVPS: x86.AVDIVPS, x86.ADIVPD: x86.AVDIVPD, x86.APADDSB: x86.AVPADDSB, x86.APADDSW: x86.AVPADDSW,
	x86.APADDUSB: x86.AVPADDUSB, x86.APADDUSW: x86.AVPADDUSW, x86.APSUBSB: x86.AVPSUBSB,
	x86.APSUBSW: x86.AVPSUBSW, x86.APSUBUSB: x86.AVPSUBUSB, x86.APSUBUSW: x86.AVPSUBUSW,
	x86.APMINSB: x86.AVPMINSB, x86.APMINSW: x86.AVPMINSW, x86.APMINSD: x86.AVPMINSD, x86.APMINUB: x86.AVPMINUB,
	x86.APMINUW: x86.AVPMINUW, x86.APMINUD: x86.AVPMINUD, x86.APMAXSB: x86.AVPMAXSB, x86.APMAXSW: x86.AVPMAXSW,
	x86.APMAXSD: x86.AVPMAXSD, x86.APMAXUB: x86.AVPMAXUB, x86.APMAXUW: x86.AVPMAXUW, x86.APMAXUD: x86.AVPMAXUD,
	x86.APAVGB: x86.AVPAVGB, x86.APAVGW: x86.AVPAVGW, x86.APMADDWL: x86.AVPMADDWD,
	x86.APMADDUBSW: x86.AVPMADDUBSW, x86.APACKSSWB: x86.AVPACKSSWB, x86.APACKSSLW: x86.AVPACKSSDW,
	x86.APACKUSWB: x86.AVPACKUSWB, x86.APACKUSDW: x86.AVPACKUSDW, x86.APAND: x86.AVPAND, x86.APOR: x86.AVPOR,
	x86.APXOR: x86.AVPXOR, x86.APANDN: x86.AVPANDN, x86.AANDPD: x86.AVANDPD, x86.APCMPEQB: x86.AVPCMPEQB,
	x86.APCMPEQW: x86.AVPCMPEQW, x86.APCMPEQL: x86.AVPCMPEQD, x86.APCMPEQQ: x86.AVPCMPEQQ,
	x86.APCMPGTB: x86.AVPCMPGTB, x86.APCMPGTW: x86.AVPCMPGTW, x86.APCMPGTL: x86.AVPCMPGTD,
	x86.APCMPGTQ: x86.AVPCMPGTQ, x86.APMULULQ: x86.AVPMULUDQ, x86.APSHUFB: x86.AVPSHUFB,
	x86.AUNPCKLPS: x86.AVUNPCKLPS, x86.APUNPCKLBW: x86.AVPUNPCKLBW, x86.APUNPCKHBW: x86.AVPUNPCKHBW,
	x86.APUNPCKLWL: x86.AVPUNPCKLWD, x86.APUNPCKHWL: x86.AVPUNPCKHWD, x86.APUNPCKLLQ: x86.AVPUNPCKLDQ,
	x86.APUNPCKHLQ: x86.AVPUNPCKHDQ, x86.APUNPCKLQDQ: x86.AVPUNPCKLQDQ, x86.APUNPCKHQDQ: x86.AVPUNPCKHQDQ,
	x86.APALIGNR: x86.AVPALIGNR, x86.ASHUFPS: x86.AVSHUFPS, x86.APBLENDW: x86.AVPBLENDW,
	x86.ACMPPS: x86.AVCMPPS, x86.ACMPPD: x86.AVCMPPD, x86.AMINPS: x86.AVMINPS, x86.AMINPD: x86.AVMINPD,
	x86.AMAXPS: x86.AVMAXPS, x86.AMAXPD: x86.AVMAXPD, x86.APSLLW: x86.AVPSLLW, x86.APSRLW: x86.AVPSRLW,
	x86.APSRAW: x86.AVPSRAW, x86.APSRLQ: x86.AVPSRLQ, x86.APSLLL: x86.AVPSLLD, x86.APSRLL: x86.AVPSRLD,
	x86.APSRAL: x86.AVPSRAD, x86.APSLLQ: x86.AVPSLLQ, x86.APSRLO: x86.AVPSRLDQ, x86.APSLLO: x86.AVPSLLDQ,
}

// shiftBytes selects an i8x16 shift (k: shl, shr_s, shr_u), which SSE
// lacks: word shifts with the bits that cross into the next byte masked
// off (shl, shr_u), or on bytes widened to words (shr_s).
func (s *selector) shiftBytes(v ir.Value, k int) {
	args := s.F.Args(v)
	a := s.Reg(args[0])
	if s.F.Op(args[1]) == ir.OpIconst {
		// A constant count: immediate shifts and a constant mask.
		n := int32(s.F.Aux(args[1]) & 7)
		switch {
		case n == 0:
			s.Move(s.Def(v), a)
		case k == 1:
			lo := s.vshiftImm(x86.APSRAW, 8+n, s.vbin(x86.APUNPCKLBW, a, a))
			hi := s.vshiftImm(x86.APSRAW, 8+n, s.vbin(x86.APUNPCKHBW, a, a))
			s.Move(s.Def(v), s.vbin(x86.APACKSSWB, lo, hi))
		case k == 0:
			m := uint64(0x0101010101010101) * uint64(0xff<<n&0xff)
			s.vbinKTo(s.Def(v), x86.APAND, s.vshiftImm(x86.APSLLW, n, a), m, m)
		default:
			m := uint64(0x0101010101010101) * uint64(0xff>>n)
			s.vbinKTo(s.Def(v), x86.APAND, s.vshiftImm(x86.APSRLW, n, a), m, m)
		}
		return
	}
	n := s.NewVReg(mach.ClassInt)
	s.Move(n, s.Reg(args[1]))
	s.emit(minst{op: mAluImm, size: 4, alu: aluAnd, imm: 7}, 0, mod(n))
	n8 := s.NewVReg(mach.ClassInt)
	s.emit(minst{op: mLea, size: 4, imm: 8}, 0, def(n8), use(n))
	toX := func(r mach.Reg) mach.Reg {
		x := s.NewVReg(mach.ClassFloat)
		s.emit(minst{op: mBitcast, size: 8}, 0, def(x), use(r))
		return x
	}
	xn, xn8 := toX(n), toX(n8)
	if k == 1 {
		lo := s.vbin(x86.APSRAW, s.vbin(x86.APUNPCKLBW, a, a), xn8)
		hi := s.vbin(x86.APSRAW, s.vbin(x86.APUNPCKHBW, a, a), xn8)
		s.Move(s.Def(v), s.vbin(x86.APACKSSWB, lo, hi))
		return
	}
	// Every byte 0xff >> n.
	mask := s.vbin(x86.APSRLW, s.vconst(^uint64(0), ^uint64(0)), xn8)
	mask = s.vbin(x86.APACKUSWB, mask, mask)
	if k == 0 {
		s.Move(s.Def(v), s.vbin(x86.APSLLW, s.vbin(x86.APAND, a, mask), xn))
		return
	}
	s.Move(s.Def(v), s.vbin(x86.APAND, s.vbin(x86.APSRLW, a, xn), mask))
}

// vbinImm returns a new register holding op $k of a and b (CMPPS,
// SHUFPS: dst = a, src = b).
func (s *selector) vbinImm(as obj.As, k int32, a, b mach.Reg) mach.Reg {
	d := s.newV()
	s.vbinImmRegs(d, as, k, a, b)
	return d
}

// vbinImmRegs sets d = a op $k b.
func (s *selector) vbinImmRegs(d mach.Reg, as obj.As, k int32, a, b mach.Reg) {
	if s.avx && vexOf[as] != 0 {
		s.emit(minst{op: mVbinImm3, imm: int64(as), aux: k}, 0, def(d), use(a), use(b))
		return
	}
	s.Move(d, a)
	s.emit(minst{op: mVbin, imm: int64(as), aux: 1 + k}, 0, mod(d), use(b))
}

// vbinK returns a new register holding a op the constant lo, hi: a
// memory operand from the constant pool with AVX (the pool is not
// aligned, which only VEX forms accept), else a constant register.
func (s *selector) vbinK(as obj.As, a mach.Reg, lo, hi uint64) mach.Reg {
	d := s.newV()
	s.vbinKTo(d, as, a, lo, hi)
	return d
}

// vbinKTo sets d = a op the constant lo, hi.
func (s *selector) vbinKTo(d mach.Reg, as obj.As, a mach.Reg, lo, hi uint64) {
	if s.avx && vexOf[as] != 0 {
		s.emit(minst{op: mVbinConst, as: as, imm: int64(lo), aux: int32(uint32(hi)), aux2: int32(uint32(hi >> 32))}, 0, def(d), use(a))
		return
	}
	s.vbinRegs(d, as, a, s.vconst(lo, hi))
}

// vun returns a new register holding op a.
func (s *selector) vun(as obj.As, a mach.Reg) mach.Reg {
	d := s.newV()
	s.emit(minst{op: mVun, imm: int64(as)}, 0, def(d), use(a))
	return d
}

// vunImm returns a new register holding op $k, a (PSHUFD).
func (s *selector) vunImm(as obj.As, k int32, a mach.Reg) mach.Reg {
	d := s.newV()
	s.emit(minst{op: mVunImm, imm: int64(as), aux: k}, 0, def(d), use(a))
	return d
}

// vshiftImm returns a new register holding a shifted by the constant k.
func (s *selector) vshiftImm(as obj.As, k int32, a mach.Reg) mach.Reg {
	d := s.newV()
	s.vshiftImmTo(d, as, k, a)
	return d
}

// vshiftImmTo sets d = a shifted by the constant k.
func (s *selector) vshiftImmTo(d mach.Reg, as obj.As, k int32, a mach.Reg) {
	if s.avx && vexOf[as] != 0 {
		s.emit(minst{op: mVshiftImm3, imm: int64(as), aux: k}, 0, def(d), use(a))
		return
	}
	s.Move(d, a)
	s.emit(minst{op: mVshiftImm, imm: int64(as), aux: k}, 0, mod(d))
}

// vconst returns a new register holding the constant.
func (s *selector) vconst(lo, hi uint64) mach.Reg {
	d := s.newV()
	s.emit(minst{op: mVconst, imm: int64(lo), aux: int32(uint32(hi)), aux2: int32(uint32(hi >> 32))}, 0, def(d))
	return d
}

// extendHigh returns ext (PMOVSX/ZX) of a's high half: an unpack of the
// high half with zeros, or with itself and an arithmetic shift, where
// there is one (one shuffle instead of PSHUFD and PMOVSX/ZX, both
// shuffles).
func (s *selector) extendHigh(ext obj.As, a mach.Reg) mach.Reg {
	switch ext {
	case x86.APMOVZXBW:
		return s.vbinK(x86.APUNPCKHBW, a, 0, 0)
	case x86.APMOVZXWD:
		return s.vbinK(x86.APUNPCKHWL, a, 0, 0)
	case x86.APMOVZXDQ:
		return s.vbinK(x86.APUNPCKHLQ, a, 0, 0)
	case x86.APMOVSXBW:
		return s.vshiftImm(x86.APSRAW, 8, s.vbin(x86.APUNPCKHBW, a, a))
	case x86.APMOVSXWD:
		return s.vshiftImm(x86.APSRAL, 16, s.vbin(x86.APUNPCKHWL, a, a))
	}
	return s.vun(ext, s.vunImm(x86.APSHUFD, 0xee, a))
}

func (s *selector) newV() mach.Reg {
	r := s.NewVReg(mach.ClassFloat)
	s.VC.SetWide(r)
	return r
}

func halves(b [16]byte) (lo, hi uint64) {
	for i := 7; i >= 0; i-- {
		lo = lo<<8 | uint64(b[i])
		hi = hi<<8 | uint64(b[i+8])
	}
	return lo, hi
}

// vbinTo sets d = a op b (imm8: 1 + predicate, or 0). A constant or load
// that planVector fused into b is its memory operand.
func (s *selector) vbinTo(d mach.Reg, as obj.As, imm8 int32, a, b ir.Value) {
	if imm8 != 0 {
		s.vbinImmRegs(d, as, imm8-1, s.Reg(a), s.Reg(b))
		return
	}
	if s.folds(b) && vexOf[as] != 0 {
		f := s.F
		if f.Op(b) == ir.OpVconst {
			s.vbinKTo(d, as, s.Reg(a), uint64(f.Aux(b)), uint64(f.Aux2(b)))
			return
		}
		x := s.Reg(a)
		idx, disp, sc := s.address(f.Args(b)[0], f.Aux(b))
		s.emit(minst{op: mVbinMem, as: as, imm: disp, scale: sc}, 0, def(d), use(x), use(idx))
		s.Insts[len(s.Insts)-1].pos = f.Pos(b) // a fault is the load's
		return
	}
	s.vbinRegs(d, as, s.Reg(a), s.Reg(b))
}

// folds reports whether v is a constant or v128 load that planVector left
// to its users to compute, as a memory operand where they can.
func (s *selector) folds(v ir.Value) bool {
	if !s.avx || !s.Fused(v) {
		return false
	}
	op := s.F.Op(v)
	return op == ir.OpVconst || op == ir.OpLoad && s.F.Type(v) == ir.V128
}

// planVector fuses into the block's vector instructions, with AVX, the
// v128 loads they can take as a memory operand (the second operand of the
// table's operations) and the vector constants of the block that only
// they use: those are made at each use (Reg), most as a memory operand
// from the constant pool rather than a register loaded in the loop.
func (s *selector) planVector(b ir.Block) {
	f := s.F
	if s.vconstUses == nil {
		s.vconstUses = map[ir.Value]int32{}
	}
	for u := f.First(b); u != 0; u = f.Next(u) {
		op := f.Op(u)
		if !op.IsVector() || op == ir.OpVconst {
			continue
		}
		args := f.Args(u)
		for _, a := range args {
			if f.Op(a) == ir.OpVconst && s.SameBlock(a, u) {
				s.vconstUses[a]++
			}
		}
		switch {
		case vecBinOps[op][f.VecShape(u)] != 0:
			if s.foldableLoad(args[1], u) {
				s.Fuse(args[1])
			} else if commutative[op] && s.foldableLoad(args[0], u) {
				s.Fuse(args[0])
			}
		case op == ir.OpVandnot && s.foldableLoad(args[0], u): // PANDN's source
			s.Fuse(args[0])
		}
	}
	for c, n := range s.vconstUses {
		if n == s.Uses(c) {
			s.Fuse(c)
		}
	}
	clear(s.vconstUses)
}

// Reg returns the register holding v, computing here a constant or load
// fused by planVector that this user does not take as a memory operand.
func (s *selector) Reg(v ir.Value) mach.Reg {
	if s.Fused(v) {
		f := s.F
		switch {
		case f.Op(v) == ir.OpVconst:
			return s.vconst(uint64(f.Aux(v)), uint64(f.Aux2(v)))
		case f.Op(v) == ir.OpLoad && f.Type(v) == ir.V128:
			s.load(v)
			return s.Def(v)
		}
	}
	return s.Base.Reg(v)
}

// vsign is float abs (kind 0) or neg (1) of v's operand.
func (s *selector) vsign(v ir.Value, kind int32) {
	d := s.Def(v)
	s.Move(d, s.Reg(s.F.Args(v)[0]))
	sz := uint8(4)
	if s.F.VecShape(v) == ir.F64x2 {
		sz = 8
	}
	s.emit(minst{op: mVsign, size: sz, aux: kind}, 0, mod(d))
}

// vcmp selects a lane-wise comparison: all ones where a c b.
func (s *selector) vcmp(v ir.Value, sh ir.Shape, c ir.Cond, a, b ir.Value) {
	d := s.Def(v)
	if sh.IsFloat() {
		as := obj.As(x86.ACMPPS)
		if sh == ir.F64x2 {
			as = x86.ACMPPD
		}
		switch c {
		case ir.Feq:
			s.vbinTo(d, as, 1+cmpEQ, a, b)
		case ir.Fne:
			s.vbinTo(d, as, 1+cmpNEQ, a, b)
		case ir.Flt:
			s.vbinTo(d, as, 1+cmpLT, a, b)
		case ir.Fle:
			s.vbinTo(d, as, 1+cmpLE, a, b)
		case ir.Fgt:
			s.vbinTo(d, as, 1+cmpLT, b, a)
		case ir.Fge:
			s.vbinTo(d, as, 1+cmpLE, b, a)
		}
		return
	}
	not := func() { s.emit(minst{op: mVnot}, 0, mod(d)) }
	switch c {
	case ir.Eq:
		s.vbinTo(d, pcmpeq[sh], 0, a, b)
	case ir.Ne:
		s.vbinTo(d, pcmpeq[sh], 0, a, b)
		not()
	case ir.GtS, ir.LtS, ir.LeS, ir.GeS:
		x, y := a, b
		if c == ir.LtS || c == ir.GeS {
			x, y = b, a
		}
		s.vbinTo(d, pcmpgt[sh], 0, x, y) // x > y
		if c == ir.LeS || c == ir.GeS {
			not()
		}
	default:
		// Unsigned: a >= b iff max(a, b) == a; a <= b iff min(a, b) == a.
		if sh == ir.I64x2 {
			s.unsupported(v)
			return
		}
		op := pmaxu[sh]
		if c == ir.LeU || c == ir.GtU {
			op = pminu[sh]
		}
		if k, ok := s.constBytes(b); ok && (c == ir.GtU || c == ir.LtU) {
			// a > k iff a >= k+1, and a < k iff a <= k-1, in every lane
			// where k+1 or k-1 does not wrap: two instructions.
			if k, ok := stepLanes(k, sh.LaneBytes(), c == ir.GtU); ok {
				op = pmaxu[sh]
				if c == ir.LtU {
					op = pminu[sh]
				}
				lo, hi := halves(k)
				s.vbinKTo(d, op, s.Reg(a), lo, hi)
				s.emit(minst{op: mVbin, imm: int64(pcmpeq[sh])}, 0, mod(d), use(s.Reg(a)))
				return
			}
		}
		s.vbinTo(d, op, 0, a, b)
		s.emit(minst{op: mVbin, imm: int64(pcmpeq[sh])}, 0, mod(d), use(s.Reg(a)))
		if c == ir.GtU || c == ir.LtU {
			not() // gt = not le; lt = not ge
		}
	}
}

// Emission.

// vecInst emits vector instruction i; ok is false if m is none.
func (em *Emitter) vecInst(i int, m *minst) (bool, error) {
	if m.op < mVconst {
		return false, nil
	}
	if err := em.need(abi.FeatSSE41, "SIMD instructions"); err != nil {
		return true, err
	}
	a := em.a
	x15 := xreg(x86.REG_X15)
	r11 := xreg(x86.REG_R11)
	switch m.op {
	case mVconst:
		d := em.reg(i, 0)
		hi := uint64(uint32(m.aux)) | uint64(uint32(m.aux2))<<32
		if m.imm == 0 && hi == 0 {
			a.ins(x86.APXOR, d, d)
			break
		}
		if m.imm == -1 && hi == ^uint64(0) {
			a.ins(x86.APCMPEQL, d, d)
			break
		}
		a.ins(x86.AMOVUPS, em.constant(uint64(m.imm), hi, true), d)
	case mVbin:
		if obj.As(m.imm) == x86.APCMPGTQ {
			if err := em.need(abi.FeatSSE42, "i64x2 signed comparisons"); err != nil {
				return true, err
			}
		}
		if as := obj.As(m.imm); m.aux > 0 && immFirst[as] {
			a.ins3(as, imm(int64(m.aux-1)), em.reg(i, 1), em.reg(i, 0))
		} else if m.aux > 0 {
			a.ins3(obj.As(m.imm), em.reg(i, 1), em.reg(i, 0), imm(int64(m.aux-1)))
		} else {
			a.ins(obj.As(m.imm), em.reg(i, 1), em.reg(i, 0))
		}
	case mVbin3:
		as := obj.As(m.imm)
		if err := em.needVEX(as); err != nil {
			return true, err
		}
		a.ins3(vexOf[as], em.reg(i, 2), em.reg(i, 1), em.reg(i, 0))
	case mVbinImm3:
		as := obj.As(m.imm)
		if err := em.needVEX(as); err != nil {
			return true, err
		}
		p := a.op2(vexOf[as], imm(int64(m.aux)), em.reg(i, 0))
		p.RestArgs = []obj.Addr{em.reg(i, 2).addr(), em.reg(i, 1).addr()}
	case mVbinConst:
		if err := em.needVEX(m.as); err != nil {
			return true, err
		}
		hi := uint64(uint32(m.aux)) | uint64(uint32(m.aux2))<<32
		a.ins3(vexOf[m.as], em.constant(uint64(m.imm), hi, true), em.reg(i, 1), em.reg(i, 0))
	case mVbinMem:
		if err := em.needVEX(m.as); err != nil {
			return true, err
		}
		em.memSite(a.ins3(vexOf[m.as], em.memOperand(i, 2, m), em.reg(i, 1), em.reg(i, 0)), m.pos)
	case mVun:
		a.ins(obj.As(m.imm), em.reg(i, 1), em.reg(i, 0))
	case mVround:
		a.ins3(obj.As(m.imm), imm(int64(m.aux)), em.reg(i, 1), em.reg(i, 0))
	case mVnot:
		a.ins(x86.APCMPEQL, x15, x15)
		a.ins(x86.APXOR, x15, em.reg(i, 0))
	case mVshiftImm3:
		if err := em.need(abi.FeatAVX, "three-operand vector instructions"); err != nil {
			return true, err
		}
		a.ins3(vexOf[obj.As(m.imm)], imm(int64(m.aux)), em.reg(i, 1), em.reg(i, 0))
	case mVsign:
		a.ins(x86.APCMPEQL, x15, x15)
		switch {
		case m.aux == 0 && m.size == 4:
			a.ins(x86.APSRLL, imm(1), x15)
		case m.aux == 0:
			a.ins(x86.APSRLQ, imm(1), x15)
		case m.size == 4:
			a.ins(x86.APSLLL, imm(31), x15)
		default:
			a.ins(x86.APSLLQ, imm(63), x15)
		}
		if m.aux == 0 {
			a.ins(x86.AANDPS, x15, em.reg(i, 0))
		} else {
			a.ins(x86.AXORPS, x15, em.reg(i, 0))
		}
	case mVsplat:
		d, src := em.reg(i, 0), em.reg(i, 1)
		switch ir.Shape(m.scale) {
		case ir.I8x16:
			a.ins(x86.AMOVQ, src, d)
			a.ins(x86.APXOR, x15, x15)
			a.ins(x86.APSHUFB, x15, d)
		case ir.I16x8:
			a.ins(x86.AMOVQ, src, d)
			a.ins3(x86.APSHUFLW, imm(0), d, d)
			a.ins3(x86.APSHUFD, imm(0), d, d)
		case ir.I32x4, ir.F32x4:
			if isFloatReg(src.reg) {
				a.ins3(x86.APSHUFD, imm(0), src, d)
			} else {
				a.ins(x86.AMOVQ, src, d)
				a.ins3(x86.APSHUFD, imm(0), d, d)
			}
		default: // i64x2, f64x2
			if isFloatReg(src.reg) {
				a.ins3(x86.APSHUFD, imm(0x44), src, d)
			} else {
				a.ins(x86.AMOVQ, src, d)
				a.ins(x86.APUNPCKLQDQ, d, d)
			}
		}
	case mVextract:
		d, src := em.reg(i, 0), em.reg(i, 1)
		lane := int64(m.aux)
		switch sh := ir.Shape(m.scale); sh {
		case ir.I32x4, ir.I64x2:
			if lane == 0 { // MOVD/MOVQ: one micro-op, PEXTRD/Q two
				a.ins(sized(uint8(sh.LaneBytes()), x86.AMOVQ, x86.AMOVL), src, d)
				break
			}
			a.ins3(pextr[sh], imm(lane), src, d)
		case ir.I8x16, ir.I16x8:
			a.ins3(pextr[sh], imm(lane), src, d)
			if m.aux2 == 1 { // i8 and i16 lanes, signed
				a.ins(signExt[sh], d, d)
			}
		case ir.F32x4:
			// The lane to the bottom; the rest of the register does not
			// matter to an f32.
			a.ins3(x86.APSHUFD, imm(lane), src, d)
		default:
			a.ins3(x86.APSHUFD, imm(0x44+0xaa*lane), src, d)
		}
	case mVreplace:
		d, x := em.reg(i, 0), em.reg(i, 1)
		lane := int64(m.aux)
		switch sh := ir.Shape(m.scale); sh {
		case ir.I8x16, ir.I16x8, ir.I32x4, ir.I64x2:
			a.ins3(pinsr[sh], imm(lane), x, d)
		case ir.F32x4:
			a.ins3(x86.AINSERTPS, imm(lane<<4), x, d)
		default:
			if lane == 0 {
				a.ins(x86.AMOVSD, x, d) // register to register: the low half only
			} else {
				a.ins(x86.AMOVLHPS, x, d)
			}
		}
	case mVtest:
		d, src := em.reg(i, 0), em.reg(i, 1)
		sh := ir.Shape(m.scale)
		switch m.aux {
		case 0:
			a.ins(x86.APTEST, src, src)
			a.ins(x86.ASETNE, opnd{}, d)
			a.ins(x86.AMOVBLZX, d, d)
		case 1:
			// A lane equal to zero makes X15 nonzero.
			a.ins(x86.APXOR, x15, x15)
			a.ins(pcmpeq[sh], src, x15)
			a.ins(x86.APTEST, x15, x15)
			a.ins(x86.ASETEQ, opnd{}, d)
			a.ins(x86.AMOVBLZX, d, d)
		default:
			switch sh {
			case ir.I8x16:
				a.ins(x86.APMOVMSKB, src, d)
			case ir.I16x8:
				a.ins(x86.AMOVUPS, src, x15)
				a.ins(x86.APACKSSWB, x15, x15)
				a.ins(x86.APMOVMSKB, x15, d)
				a.ins(x86.AANDL, imm(0xff), d)
			case ir.I32x4:
				a.ins(x86.AMOVMSKPS, src, d)
			default:
				a.ins(x86.AMOVMSKPD, src, d)
			}
		}
	case mVshift:
		a.ins(x86.AMOVL, em.reg(i, 1), r11)
		a.ins(x86.AANDL, imm(int64(m.aux)), r11)
		a.ins(x86.AMOVQ, r11, x15)
		a.ins(obj.As(m.imm), x15, em.reg(i, 0))
	case mVbitsel:
		// X15 = ((a ^ b) & mask) ^ b, then dst: dst may share a register
		// with b or the mask.
		va, vb, mask := em.reg(i, 1), em.reg(i, 2), em.reg(i, 3)
		a.ins(x86.AMOVUPS, va, x15)
		a.ins(x86.APXOR, vb, x15)
		a.ins(x86.APAND, mask, x15)
		a.ins(x86.APXOR, vb, x15)
		a.ins(x86.AMOVUPS, x15, em.reg(i, 0))
	case mVselect:
		skip := em.newLabel()
		em.jcc(m.cc, skip)
		a.ins(x86.AMOVUPS, em.reg(i, 1), em.reg(i, 0))
		em.append(skip)
	case mVunImm:
		a.ins3(obj.As(m.imm), imm(int64(m.aux)), em.reg(i, 1), em.reg(i, 0))
	case mVshiftImm:
		a.ins(obj.As(m.imm), imm(int64(m.aux)), em.reg(i, 0))
	case mVtruncSat:
		// i32x4.trunc_sat_f32x4_s: NaN lanes to 0, then CVTTPS2DQ, whose
		// overflow result 0x80000000 becomes 0x7fffffff where the input
		// was positive (after V8).
		d := em.reg(i, 0)
		a.ins(x86.AMOVUPS, d, x15)
		a.ins3(x86.ACMPPS, x15, x15, imm(cmpEQ))
		a.ins(x86.APAND, x15, d)
		a.ins(x86.APXOR, d, x15)
		a.ins(x86.ACVTTPS2PL, d, d)
		a.ins(x86.APAND, d, x15)
		a.ins(x86.APSRAL, imm(31), x15)
		a.ins(x86.APXOR, x15, d)
	case mVq15mulr:
		// PMULHRSW, except 0x8000 * 0x8000 saturates to 0x7fff.
		d := em.reg(i, 0)
		a.ins(x86.APMULHRSW, em.reg(i, 1), d)
		a.ins(x86.APCMPEQW, x15, x15)
		a.ins(x86.APSLLW, imm(15), x15)
		a.ins(x86.APCMPEQW, d, x15)
		a.ins(x86.APXOR, x15, d)
	case mVminmax:
		em.vminmax(i, m)
	case mVconvertU:
		// f32x4.convert_i32x4_u (after V8): the low 16 bits of each lane
		// convert exactly; the rest, halved to stay positive, converts,
		// doubles and adds.
		d := em.reg(i, 0)
		a.ins(x86.APXOR, x15, x15)
		a.ins3(x86.APBLENDW, imm(0x55), d, x15)
		a.ins(x86.APSUBL, x15, d)
		a.ins(x86.ACVTPL2PS, x15, x15)
		a.ins(x86.APSRLL, imm(1), d)
		a.ins(x86.ACVTPL2PS, d, d)
		a.ins(x86.AADDPS, d, d)
		a.ins(x86.AADDPS, x15, d)
	case mVloadExt:
		em.memSite(a.ins(obj.As(m.aux), em.memOperand(i, 1, m), em.reg(i, 0)), m.pos)
	case mVinsMem:
		em.memSite(a.ins3(m.as, imm(int64(m.aux)), em.memOperand(i, 1, m), em.reg(i, 0)), m.pos)
	case mVinsMem3:
		if err := em.need(abi.FeatAVX, "three-operand vector instructions"); err != nil {
			return true, err
		}
		p := a.op2(vexPinsr[m.as], imm(int64(m.aux)), em.reg(i, 0))
		p.RestArgs = []obj.Addr{em.memOperand(i, 2, m).addr(), em.reg(i, 1).addr()}
		em.memSite(a.progRef(), m.pos)
	default:
		return false, nil
	}
	return true, nil
}

// needVEX records the features the VEX form of as needs, or refuses.
func (em *Emitter) needVEX(as obj.As) error {
	if as == x86.APCMPGTQ {
		if err := em.need(abi.FeatSSE42, "i64x2 signed comparisons"); err != nil {
			return err
		}
	}
	return em.need(abi.FeatAVX, "three-operand vector instructions")
}

// immFirst are the imm8 instructions that golang-asm writes "OP $k, src,
// dst" (the others, CMPPS and CMPPD, "OP src, dst, $k").
var immFirst = [x86.ALAST]bool{x86.ASHUFPS: true, x86.APALIGNR: true, x86.APBLENDW: true}

// vminmax is Wasm's float min (aux 0) or max (aux 1) of size-byte lanes:
// NaN if either lane is (canonical), and -0 < +0. MINPS/MAXPS return the
// second operand when the lanes are unordered or equal, so both orders
// are combined and the NaN lanes canonicalized (after V8).
func (em *Emitter) vminmax(i int, m *minst) {
	a := em.a
	d, b := em.reg(i, 0), em.reg(i, 1) // d holds the first operand
	x15 := xreg(x86.REG_X15)
	pick := func(ps, pd obj.As) obj.As {
		if m.size == 4 {
			return ps
		}
		return pd
	}
	a.ins(x86.AMOVUPS, b, x15)
	if m.aux == 0 {
		a.ins(pick(x86.AMINPS, x86.AMINPD), d, x15) // x15 = min(b, a)
		a.ins(pick(x86.AMINPS, x86.AMINPD), b, d)   // d = min(a, b)
		a.ins(pick(x86.AORPS, x86.AORPD), d, x15)   // -0 and NaNs win
		a.ins3(pick(x86.ACMPPS, x86.ACMPPD), x15, d, imm(3))
		a.ins(pick(x86.AORPS, x86.AORPD), d, x15) // NaN lanes all ones
	} else {
		a.ins(pick(x86.AMAXPS, x86.AMAXPD), d, x15) // x15 = max(b, a)
		a.ins(pick(x86.AMAXPS, x86.AMAXPD), b, d)   // d = max(a, b)
		a.ins(pick(x86.AXORPS, x86.AXORPD), x15, d) // the discrepancies
		a.ins(pick(x86.AORPS, x86.AORPD), d, x15)   // NaNs win
		a.ins(pick(x86.ASUBPS, x86.ASUBPD), d, x15) // +0 wins; NaNs stay
		a.ins3(pick(x86.ACMPPS, x86.ACMPPD), x15, d, imm(3))
	}
	// d is the NaN mask: keep the sign, exponent and quiet bit there.
	a.ins(pick(x86.APSRLL, x86.APSRLQ), imm(int64(13-3*b2i(m.size == 4))), d)
	a.ins(pick(x86.AANDNPS, x86.AANDNPD), x15, d) // d = ^d & x15
}

// constBytes returns the lanes of v if it is a vector constant.
func (s *selector) constBytes(v ir.Value) (c [16]byte, ok bool) {
	if s.F.Op(v) != ir.OpVconst {
		return c, false
	}
	binary.LittleEndian.PutUint64(c[:8], uint64(s.F.Aux(v)))
	binary.LittleEndian.PutUint64(c[8:], uint64(s.F.Aux2(v)))
	return c, true
}

// below16 reports whether every byte of v is known to be below 16.
func (s *selector) below16(v ir.Value) bool {
	f := s.F
	le15 := func(x ir.Value) bool {
		c, ok := s.constBytes(x)
		for _, b := range c {
			ok = ok && b < 16
		}
		return ok
	}
	switch f.Op(v) {
	case ir.OpVconst:
		return le15(v)
	case ir.OpVand:
		return le15(f.Args(v)[0]) || le15(f.Args(v)[1])
	case ir.OpVshrU:
		n := f.Args(v)[1]
		return f.VecShape(v) == ir.I8x16 && f.Op(n) == ir.OpIconst && f.Aux(n)&7 >= 4
	}
	return false
}

// swizzle selects i8x16.swizzle. PSHUFB zeroes a lane whose index has its
// top bit set: saturating index + 0x70 sets it for every index from 16 up,
// unless the indices are known to be below 16 or constant.
func (s *selector) swizzle(v ir.Value) {
	args := s.F.Args(v)
	d, x := s.Def(v), args[0]
	if c, ok := s.constBytes(args[1]); ok {
		for i, b := range c {
			if b >= 16 {
				c[i] = 0x80
			}
		}
		lo, hi := halves(c)
		s.vbinKTo(d, x86.APSHUFB, s.Reg(x), lo, hi)
		return
	}
	if s.below16(args[1]) {
		s.vbinTo(d, x86.APSHUFB, 0, x, args[1])
		return
	}
	idx := s.vbinK(x86.APADDUSB, s.Reg(args[1]), 0x7070707070707070, 0x7070707070707070)
	s.vbinRegs(d, x86.APSHUFB, s.Reg(x), idx)
}

// shuffle selects i8x16.shuffle: one instruction where the pattern is
// one (PSHUFD, PSHUFLW/HW, an unpack, PALIGNR, SHUFPS, PBLENDW, PSHUFB of
// one operand), else a PSHUFB of each operand and their OR.
func (s *selector) shuffle(v ir.Value) {
	f := s.F
	args := f.Args(v)
	var l [16]byte
	binary.LittleEndian.PutUint64(l[:8], uint64(f.Aux(v)))
	binary.LittleEndian.PutUint64(l[8:], uint64(f.Aux2(v)))
	a, b := args[0], args[1]
	inA, inB := true, true
	for i := range l {
		if a == b {
			l[i] &= 15
		}
		inA = inA && l[i] < 16
		inB = inB && l[i] >= 16
	}
	d := s.Def(v)
	if inB {
		a = b
		for i := range l {
			l[i] -= 16
		}
	}
	if inA || inB {
		s.shuffle1(d, a, l)
		return
	}
	if s.byteShift(d, a, b, l) || s.byteShift(d, b, a, swapped(l)) {
		return
	}
	if s.zeroExtend(d, a, b, l) || s.zeroExtend(d, b, a, swapped(l)) {
		return
	}
	if s.shuffle2(d, a, b, l, false) {
		return
	}
	if s.shuffle2(d, b, a, swapped(l), false) {
		return
	}
	if s.withZero(d, a, b, l) || s.withZero(d, b, a, swapped(l)) {
		return
	}
	var m1, m2 [16]byte
	for i := range l {
		m1[i], m2[i] = 0x80, 0x80
		if l[i] < 16 {
			m1[i] = l[i]
		} else {
			m2[i] = l[i] - 16
		}
	}
	lo1, hi1 := halves(m1)
	lo2, hi2 := halves(m2)
	x := s.vbinK(x86.APSHUFB, s.Reg(a), lo1, hi1)
	y := s.vbinK(x86.APSHUFB, s.Reg(b), lo2, hi2)
	s.vbinRegs(d, x86.APOR, x, y)
}

// swapped returns the shuffle lanes l with the operands swapped.
func swapped(l [16]byte) [16]byte {
	for i := range l {
		l[i] ^= 16
	}
	return l
}

// byteShift sets d to the bytes l of a (0-15) and b (16-31) if b is zero
// and l shifts a's bytes by whole bytes (PSRLDQ, PSLLDQ).
func (s *selector) byteShift(d mach.Reg, a, b ir.Value, l [16]byte) bool {
	if c, ok := s.constBytes(b); !ok || c != [16]byte{} {
		return false
	}
	for _, sh := range [...]struct {
		as  obj.As
		dir int
	}{{x86.APSRLO, 1}, {x86.APSLLO, -1}} {
		k := 0 // the first lane of a gives the count
		for i, x := range l {
			if x < 16 {
				k = (int(x) - i) * sh.dir
				break
			}
		}
		if k <= 0 {
			continue
		}
		ok := true
		for i, x := range l {
			j := i + k*sh.dir // the lane of a that lands at i
			ok = ok && (j >= 0 && j < 16 && int(x) == j || (j < 0 || j >= 16) && x >= 16)
		}
		if ok {
			s.vshiftImmTo(d, sh.as, int32(k), s.Reg(a))
			return true
		}
	}
	return false
}

// zexts are the zero extensions of n-byte lanes to m-byte lanes.
var zexts = [...]struct {
	as   obj.As
	n, m int
}{{x86.APMOVZXBW, 1, 2}, {x86.APMOVZXBD, 1, 4}, {x86.APMOVZXBQ, 1, 8},
	{x86.APMOVZXWD, 2, 4}, {x86.APMOVZXWQ, 2, 8}, {x86.APMOVZXDQ, 4, 8}}

// isZero reports whether v is the constant zero vector.
func (s *selector) isZero(v ir.Value) bool {
	c, ok := s.constBytes(v)
	return ok && c == [16]byte{}
}

// zeroExtend sets d to the bytes l of a (0-15) and b (16-31) if b is zero
// and l zero-extends a's low lanes (PMOVZX, which needs no zero register).
func (s *selector) zeroExtend(d mach.Reg, a, b ir.Value, l [16]byte) bool {
	if !s.isZero(b) {
		return false
	}
	for _, z := range zexts {
		ok := true
		for i, x := range l {
			if i%z.m < z.n {
				ok = ok && int(x) == i/z.m*z.n+i%z.m
			} else {
				ok = ok && x >= 16
			}
		}
		if ok {
			s.emit(minst{op: mVun, imm: int64(z.as)}, 0, def(d), use(s.Reg(a)))
			return true
		}
	}
	return false
}

// withZero sets d to the bytes l of a (0-15) and b (16-31) if b is zero:
// one PSHUFB of a whose mask zeroes b's lanes, instead of one per operand.
func (s *selector) withZero(d mach.Reg, a, b ir.Value, l [16]byte) bool {
	if !s.isZero(b) {
		return false
	}
	for i := range l {
		if l[i] >= 16 {
			l[i] = 0x80
		}
	}
	lo, hi := halves(l)
	s.vbinKTo(d, x86.APSHUFB, s.Reg(a), lo, hi)
	return true
}

// shuffle1 sets d to the bytes l (all below 16) of a.
func (s *selector) shuffle1(d mach.Reg, a ir.Value, l [16]byte) {
	if l == [16]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15} {
		s.Move(d, s.Reg(a))
		return
	}
	if w, ok := groups(l, 4); ok {
		k := int32(w[0] | w[1]<<2 | w[2]<<4 | w[3]<<6)
		s.emit(minst{op: mVunImm, imm: int64(x86.APSHUFD), aux: k}, 0, def(d), use(s.Reg(a)))
		return
	}
	if w, ok := groups(l, 2); ok {
		if w[4] == 4 && w[5] == 5 && w[6] == 6 && w[7] == 7 && w[0] < 4 && w[1] < 4 && w[2] < 4 && w[3] < 4 {
			k := int32(w[0] | w[1]<<2 | w[2]<<4 | w[3]<<6)
			s.emit(minst{op: mVunImm, imm: int64(x86.APSHUFLW), aux: k}, 0, def(d), use(s.Reg(a)))
			return
		}
		if w[0] == 0 && w[1] == 1 && w[2] == 2 && w[3] == 3 && w[4] >= 4 && w[5] >= 4 && w[6] >= 4 && w[7] >= 4 {
			k := int32((w[4] - 4) | (w[5]-4)<<2 | (w[6]-4)<<4 | (w[7]-4)<<6)
			s.emit(minst{op: mVunImm, imm: int64(x86.APSHUFHW), aux: k}, 0, def(d), use(s.Reg(a)))
			return
		}
	}
	if s.shuffle2(d, a, a, l, true) {
		return
	}
	lo, hi := halves(l)
	s.vbinKTo(d, x86.APSHUFB, s.Reg(a), lo, hi)
}

// shuffle2 sets d to the bytes l of a (0-15) and b (16-31) if one
// two-operand instruction computes them with a as its destination and b
// as its source; with one, a and b are the same register and only the
// lanes' positions count.
func (s *selector) shuffle2(d mach.Reg, a, b ir.Value, l [16]byte, one bool) bool {
	match := func(e [16]byte) bool {
		for i := range e {
			if e[i] != l[i] && !(one && e[i]&15 == l[i]) {
				return false
			}
		}
		return true
	}
	for _, u := range unpacks.Get() {
		if match(u.lanes) {
			s.vbinTo(d, u.as, 0, a, b)
			return true
		}
	}
	// PALIGNR $k: bytes k.. of the source, then of the destination.
	k := int(l[0]) - 16
	if one {
		k = int(l[0])
	}
	if k > 0 && k < 16 {
		var e [16]byte
		for i := range e {
			e[i] = byte(16+i+k) & 31
		}
		if match(e) {
			s.vbinImmRegs(d, x86.APALIGNR, int32(k), s.Reg(a), s.Reg(b))
			return true
		}
	}
	if one {
		return false
	}
	if w, ok := groups(l, 4); ok && w[0] < 4 && w[1] < 4 && w[2] >= 4 && w[3] >= 4 {
		// SHUFPS: two lanes of the destination, then two of the source.
		k := int32(w[0] | w[1]<<2 | (w[2]-4)<<4 | (w[3]-4)<<6)
		s.vbinImmRegs(d, x86.ASHUFPS, k, s.Reg(a), s.Reg(b))
		return true
	}
	if w, ok := groups(l, 2); ok {
		// PBLENDW: each word in place, from either.
		k := int32(0)
		for i, x := range w {
			switch x {
			case byte(i):
			case byte(8 + i):
				k |= 1 << i
			default:
				return false
			}
		}
		s.vbinImmRegs(d, x86.APBLENDW, k, s.Reg(a), s.Reg(b))
		return true
	}
	return false
}

// groups returns the lanes of n bytes that l moves whole, if it does.
func groups(l [16]byte, n int) (w [8]byte, ok bool) {
	for i := 0; i < 16; i += n {
		if l[i]%byte(n) != 0 {
			return w, false
		}
		for j := 1; j < n; j++ {
			if l[i+j] != l[i]+byte(j) {
				return w, false
			}
		}
		w[i/n] = l[i] / byte(n)
	}
	return w, true
}

// unpacks are the unpack instructions with the lanes they take (0-15 from
// the destination, 16-31 from the source), worked out at the first use.
var unpacks = lazy.Value[[]unpack]{New: func() (t []unpack) {
	for _, u := range [...]struct {
		lo, hi obj.As
		n      int // lane bytes
	}{{x86.APUNPCKLBW, x86.APUNPCKHBW, 1}, {x86.APUNPCKLWL, x86.APUNPCKHWL, 2},
		{x86.APUNPCKLLQ, x86.APUNPCKHLQ, 4}, {x86.APUNPCKLQDQ, x86.APUNPCKHQDQ, 8}} {
		for h, as := range [2]obj.As{u.lo, u.hi} {
			p := unpack{as: as}
			for i := range p.lanes {
				k := i / (2 * u.n) // the pair of lanes
				p.lanes[i] = byte(8*h + k*u.n + i%u.n)
				if i%(2*u.n) >= u.n {
					p.lanes[i] += 16
				}
			}
			t = append(t, p)
		}
	}
	return t
}}

type unpack struct {
	as    obj.As
	lanes [16]byte
}

// stepLanes adds 1 (up) or subtracts 1 from each n-byte lane of k; ok is
// false if a lane wraps.
func stepLanes(k [16]byte, n int, up bool) ([16]byte, bool) {
	for i := 0; i < 16; i += n {
		var x uint64
		for j := n - 1; j >= 0; j-- {
			x = x<<8 | uint64(k[i+j])
		}
		top := uint64(1)<<(8*n) - 1
		if up && x == top || !up && x == 0 {
			return k, false
		}
		if up {
			x++
		} else {
			x--
		}
		for j := 0; j < n; j++ {
			k[i+j] = byte(x >> (8 * j))
		}
	}
	return k, true
}
