package a64

import "math"

// Scalar floating point (the vector forms are in neon.go).
// Register numbers name V registers (as S or D); where a GP register is
// involved it is noted, and 31 there is ZR.

// ftype is the 2-bit "type" field at bit 22: 00 single, 01 double.
func ftype(dbl bool) uint32 { return b2u(dbl) << 22 }

// FmovReg encodes FMOV Dd, Dn (or Sd, Sn).
func FmovReg(dbl bool, rd, rn Reg) uint32 { return fp1(0b000000, dbl, rd, rn) }

// FmovToGP encodes FMOV Xd, Dn (dbl) or FMOV Wd, Sn: a bit copy.
func FmovToGP(dbl bool, rd, rn Reg) uint32 {
	if dbl {
		return 0x9E660000 | xRn(rn) | xRd(rd)
	}
	return 0x1E260000 | xRn(rn) | xRd(rd)
}

// FmovFromGP encodes FMOV Dd, Xn (dbl) or FMOV Sd, Wn: a bit copy.
func FmovFromGP(dbl bool, rd, rn Reg) uint32 {
	if dbl {
		return 0x9E670000 | xRn(rn) | xRd(rd)
	}
	return 0x1E270000 | xRn(rn) | xRd(rd)
}

// FPImm8 reports whether v is exactly ±(16..31)/16 * 2^(-3..4), the set
// FMOV (immediate) can load, and returns its 8-bit encoding. Single
// precision callers pass the float32 value widened: the set is the same.
func FPImm8(v float64) (uint8, bool) {
	b := math.Float64bits(v)
	if b&(1<<48-1) != 0 {
		return 0, false // more than 4 fraction bits
	}
	exp := (b >> 52) & 0x7ff
	// imm8 = a:b:c:d:e:f:g:h expands to exponent NOT(b):b*8:c:d, i.e.
	// biased exponents 1020..1027 (2^-3..2^4).
	if exp < 1020 || exp > 1027 {
		return 0, false
	}
	sign := uint8(b >> 63)
	return sign<<7 | uint8(exp&7)<<4 | uint8(b>>48)&0xf, true
}

// FPImm8Value expands an FMOV 8-bit immediate (the inverse of FPImm8).
func FPImm8Value(imm8 uint8) float64 {
	exp := uint64(1020) + uint64((imm8>>4)&7^4)
	return math.Float64frombits(uint64(imm8>>7)<<63 | exp<<52 | uint64(imm8&0xf)<<48)
}

// FmovImm encodes FMOV Dd|Sd, #imm8 (see FPImm8).
func FmovImm(dbl bool, rd Reg, imm8 uint8) uint32 {
	return 0x1E201000 | ftype(dbl) | uint32(imm8)<<13 | xRd(rd)
}

// FP data processing, 2 source.
func fp2(opcode uint32, dbl bool, rd, rn, rm Reg) uint32 {
	return 0x1E200800 | ftype(dbl) | xRm(rm) | opcode<<12 | xRn(rn) | xRd(rd)
}

// Fmul encodes FMUL.
func Fmul(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0000, dbl, rd, rn, rm) }

// Fdiv encodes FDIV.
func Fdiv(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0001, dbl, rd, rn, rm) }

// Fadd encodes FADD.
func Fadd(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0010, dbl, rd, rn, rm) }

// Fsub encodes FSUB.
func Fsub(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0011, dbl, rd, rn, rm) }

// Fmax encodes FMAX (NaN-propagating, -0 < +0: wasm's max).
func Fmax(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0100, dbl, rd, rn, rm) }

// Fmin encodes FMIN (NaN-propagating: wasm's min).
func Fmin(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0101, dbl, rd, rn, rm) }

// Fmaxnm encodes FMAXNM (a quiet NaN operand loses).
func Fmaxnm(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0110, dbl, rd, rn, rm) }

// Fminnm encodes FMINNM.
func Fminnm(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b0111, dbl, rd, rn, rm) }

// Fnmul encodes FNMUL (-(rn*rm)).
func Fnmul(dbl bool, rd, rn, rm Reg) uint32 { return fp2(0b1000, dbl, rd, rn, rm) }

// FP data processing, 1 source.
func fp1(opcode uint32, dbl bool, rd, rn Reg) uint32 {
	return 0x1E204000 | ftype(dbl) | opcode<<15 | xRn(rn) | xRd(rd)
}

// Fabs encodes FABS.
func Fabs(dbl bool, rd, rn Reg) uint32 { return fp1(0b000001, dbl, rd, rn) }

// Fneg encodes FNEG.
func Fneg(dbl bool, rd, rn Reg) uint32 { return fp1(0b000010, dbl, rd, rn) }

// Fsqrt encodes FSQRT.
func Fsqrt(dbl bool, rd, rn Reg) uint32 { return fp1(0b000011, dbl, rd, rn) }

// Frintn encodes FRINTN (round to nearest, ties to even: wasm nearest).
func Frintn(dbl bool, rd, rn Reg) uint32 { return fp1(0b001000, dbl, rd, rn) }

// Frintp encodes FRINTP (toward +inf: ceil).
func Frintp(dbl bool, rd, rn Reg) uint32 { return fp1(0b001001, dbl, rd, rn) }

// Frintm encodes FRINTM (toward -inf: floor).
func Frintm(dbl bool, rd, rn Reg) uint32 { return fp1(0b001010, dbl, rd, rn) }

// Frintz encodes FRINTZ (toward zero: trunc).
func Frintz(dbl bool, rd, rn Reg) uint32 { return fp1(0b001011, dbl, rd, rn) }

// Frinta encodes FRINTA (nearest, ties away from zero).
func Frinta(dbl bool, rd, rn Reg) uint32 { return fp1(0b001100, dbl, rd, rn) }

// Frintx encodes FRINTX (current mode, signals inexact).
func Frintx(dbl bool, rd, rn Reg) uint32 { return fp1(0b001110, dbl, rd, rn) }

// Frinti encodes FRINTI (current mode).
func Frinti(dbl bool, rd, rn Reg) uint32 { return fp1(0b001111, dbl, rd, rn) }

// FcvtSToD encodes FCVT Dd, Sn.
func FcvtSToD(rd, rn Reg) uint32 { return fp1(0b000101, false, rd, rn) }

// FcvtDToS encodes FCVT Sd, Dn.
func FcvtDToS(rd, rn Reg) uint32 { return fp1(0b000100, true, rd, rn) }

// Fcmp encodes FCMP rn, rm (quiet compare; unordered sets C and V).
func Fcmp(dbl bool, rn, rm Reg) uint32 { return 0x1E202000 | ftype(dbl) | xRm(rm) | xRn(rn) }

// FcmpZero encodes FCMP rn, #0.0.
func FcmpZero(dbl bool, rn Reg) uint32 { return 0x1E202008 | ftype(dbl) | xRn(rn) }

// Fcsel encodes FCSEL rd, rn, rm, c.
func Fcsel(dbl bool, rd, rn, rm Reg, c Cond) uint32 {
	return 0x1E200C00 | ftype(dbl) | xRm(rm) | cond(c)<<12 | xRn(rn) | xRd(rd)
}

// Fmadd encodes FMADD rd, rn, rm, ra (ra + rn*rm, fused).
func Fmadd(dbl bool, rd, rn, rm, ra Reg) uint32 {
	return 0x1F000000 | ftype(dbl) | xRm(rm) | xRa(ra) | xRn(rn) | xRd(rd)
}

// Fmsub encodes FMSUB rd, rn, rm, ra (ra - rn*rm, fused).
func Fmsub(dbl bool, rd, rn, rm, ra Reg) uint32 {
	return 0x1F008000 | ftype(dbl) | xRm(rm) | xRa(ra) | xRn(rn) | xRd(rd)
}

// Conversions between integer (sf: X or W, 31 is ZR) and FP (dbl)
// registers.
func fcvtInt(base uint32, sf, dbl bool, rd, rn Reg) uint32 {
	return base | sfBit(sf) | ftype(dbl) | xRn(rn) | xRd(rd)
}

// Fcvtzs encodes FCVTZS Wd|Xd, Sn|Dn (truncate, saturating; NaN -> 0).
func Fcvtzs(sf, dbl bool, rd, rn Reg) uint32 { return fcvtInt(0x1E380000, sf, dbl, rd, rn) }

// Fcvtzu encodes FCVTZU Wd|Xd, Sn|Dn.
func Fcvtzu(sf, dbl bool, rd, rn Reg) uint32 { return fcvtInt(0x1E390000, sf, dbl, rd, rn) }

// Scvtf encodes SCVTF Sd|Dd, Wn|Xn.
func Scvtf(sf, dbl bool, rd, rn Reg) uint32 { return fcvtInt(0x1E220000, sf, dbl, rd, rn) }

// Ucvtf encodes UCVTF Sd|Dd, Wn|Xn.
func Ucvtf(sf, dbl bool, rd, rn Reg) uint32 { return fcvtInt(0x1E230000, sf, dbl, rd, rn) }
