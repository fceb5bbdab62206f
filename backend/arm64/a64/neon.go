package a64

// Advanced SIMD (NEON). Most vector instructions fall into a few encoding
// classes that differ only in fixed opcode bits, so an instruction is a
// constant of its class's type (the word with every register, Q and size
// field zero) and the class's Enc method fills in the arrangement and the
// registers. All registers here are V registers; 31 is V31.

// Arr is a vector arrangement: lane size and count. The low bit is Q (the
// 128-bit form); the rest is the lane size, log2 of its bytes.
type Arr uint8

const (
	B8  Arr = iota // 8B: eight bytes (64 bits)
	B16            // 16B
	H4             // 4H
	H8             // 8H
	S2             // 2S
	S4             // 4S
	D1             // 1D
	D2             // 2D
)

var arrNames = [...]string{"8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"}

func (a Arr) String() string {
	if int(a) < len(arrNames) {
		return arrNames[a]
	}
	return "arr?"
}

// Size is log2 of the lane size in bytes (0 = B .. 3 = D).
func (a Arr) Size() uint8 { return uint8(a >> 1) }

// Full reports whether a is a 128-bit arrangement.
func (a Arr) Full() bool { return a&1 != 0 }

func (a Arr) check() {
	if a > D2 {
		bad("arrangement", int64(a))
	}
}

func (a Arr) q() uint32 { return uint32(a&1) << 30 }

// V3 is an integer (or bitwise, or permute) instruction with three vector
// registers whose size field (bits 23:22) is the lane size. The bitwise
// ones (AND, BIC, ORR, ORN, EOR, BSL, BIT, BIF) use the size field as part
// of their opcode and take only B8 or B16. The long forms (SMULL, UMULL,
// UMLAL) take the arrangement of their narrow sources: the 128-bit one is
// the "2" form, reading the upper halves.
type V3 uint32

const (
	ADD      V3 = 0x0E208400
	SUB      V3 = 0x2E208400
	MUL      V3 = 0x0E209C00
	SQADD    V3 = 0x0E200C00
	UQADD    V3 = 0x2E200C00
	SQSUB    V3 = 0x0E202C00
	UQSUB    V3 = 0x2E202C00
	SMAX     V3 = 0x0E206400
	UMAX     V3 = 0x2E206400
	SMIN     V3 = 0x0E206C00
	UMIN     V3 = 0x2E206C00
	URHADD   V3 = 0x2E201400
	SQRDMULH V3 = 0x2E20B400
	CMEQ     V3 = 0x2E208C00
	CMGT     V3 = 0x0E203400
	CMGE     V3 = 0x0E203C00
	CMHI     V3 = 0x2E203400
	CMHS     V3 = 0x2E203C00
	SSHL     V3 = 0x0E204400
	USHL     V3 = 0x2E204400
	ADDP     V3 = 0x0E20BC00
	UMAXP    V3 = 0x2E20A400
	UZP1     V3 = 0x0E001800
	UZP2     V3 = 0x0E005800
	ZIP1     V3 = 0x0E003800
	ZIP2     V3 = 0x0E007800
	TRN1     V3 = 0x0E002800
	TRN2     V3 = 0x0E006800
	AND      V3 = 0x0E201C00
	BIC      V3 = 0x0E601C00
	ORR      V3 = 0x0EA01C00
	ORN      V3 = 0x0EE01C00
	EOR      V3 = 0x2E201C00
	BSL      V3 = 0x2E601C00 // rd = rd ? rn : rm, bitwise
	BIT      V3 = 0x2EA01C00 // rd = rm ? rn : rd
	BIF      V3 = 0x2EE01C00 // rd = rm ? rd : rn
	SMULL    V3 = 0x0E20C000
	UMULL    V3 = 0x2E20C000
	UMLAL    V3 = 0x2E208000 // rd += rn * rm, widening
)

// Enc encodes op rd.a, rn.a, rm.a.
func (op V3) Enc(a Arr, rd, rn, rm Reg) uint32 {
	a.check()
	if uint32(op)&0xFC00 == 0x1C00 && a > B16 {
		bad("bitwise arrangement", int64(a)) // the size field is opcode there
	}
	return uint32(op) | a.q() | uint32(a.Size())<<22 | xRm(rm) | xRn(rn) | xRd(rd)
}

// F3 is a floating-point instruction with three vector registers; the
// arrangement is S2, S4 or D2.
type F3 uint32

const (
	FADD  F3 = 0x0E20D400
	FSUB  F3 = 0x0EA0D400
	FMUL  F3 = 0x2E20DC00
	FDIV  F3 = 0x2E20FC00
	FMAX  F3 = 0x0E20F400 // NaN-propagating, -0 < +0: Wasm's max
	FMIN  F3 = 0x0EA0F400
	FCMEQ F3 = 0x0E20E400
	FCMGE F3 = 0x2E20E400
	FCMGT F3 = 0x2EA0E400
)

// Enc encodes op rd.a, rn.a, rm.a.
func (op F3) Enc(a Arr, rd, rn, rm Reg) uint32 {
	return uint32(op) | fpArr(a) | xRm(rm) | xRn(rn) | xRd(rd)
}

// fpArr returns Q and the sz bit (22) of a float arrangement.
func fpArr(a Arr) uint32 {
	if a != S2 && a != S4 && a != D2 {
		bad("float arrangement", int64(a))
	}
	return a.q() | uint32(a.Size()&1)<<22
}

// V2 is an integer instruction with two vector registers (two-register
// miscellaneous, and the across-lanes reductions, whose destination is a
// scalar of the lane size or, for UADDLV, twice it). The narrowing ones
// (XTN, SQXTN, UQXTN, SQXTUN) take the arrangement of their narrow result;
// the 128-bit one is the "2" form, writing the upper half and keeping the
// lower. The pairwise widening ones (SADDLP, UADDLP) take their source's.
// NOT and CNT take B8 or B16.
type V2 uint32

const (
	NEG    V2 = 0x2E20B800
	ABS    V2 = 0x0E20B800
	CNT    V2 = 0x0E205800
	NOT    V2 = 0x2E205800
	CMEQ0  V2 = 0x0E209800 // == 0
	CMLT0  V2 = 0x0E20A800 // < 0
	SADDLP V2 = 0x0E202800
	UADDLP V2 = 0x2E202800
	XTN    V2 = 0x0E212800
	SQXTN  V2 = 0x0E214800
	UQXTN  V2 = 0x2E214800
	SQXTUN V2 = 0x2E212800
	REV64  V2 = 0x0E200800
	ADDV   V2 = 0x0E31B800
	UMAXV  V2 = 0x2E30A800
	UMINV  V2 = 0x2E31A800
	UADDLV V2 = 0x2E303800
)

// Enc encodes op rd, rn.a.
func (op V2) Enc(a Arr, rd, rn Reg) uint32 {
	a.check()
	if (op == NOT || op == CNT) && a > B16 {
		bad("not/cnt arrangement", int64(a)) // the size field is opcode there
	}
	return uint32(op) | a.q() | uint32(a.Size())<<22 | xRn(rn) | xRd(rd)
}

// F2 is a floating-point instruction with two vector registers; the
// arrangement is S2, S4 or D2. FCVTN and FCVTL take the arrangement of
// their double side (D2), FCVTN writing the low 2S and zeroing the rest,
// FCVTL reading the low 2S.
type F2 uint32

const (
	FNEG   F2 = 0x2EA0F800
	FABS   F2 = 0x0EA0F800
	FSQRT  F2 = 0x2EA1F800
	FRINTN F2 = 0x0E218800 // to nearest, ties to even
	FRINTM F2 = 0x0E219800 // toward -inf
	FRINTP F2 = 0x0EA18800 // toward +inf
	FRINTZ F2 = 0x0EA19800 // toward zero
	FCVTZS F2 = 0x0EA1B800 // saturating; NaN gives 0
	FCVTZU F2 = 0x2EA1B800
	SCVTF  F2 = 0x0E21D800
	UCVTF  F2 = 0x2E21D800
	FCVTN  F2 = 0x0E216800
	FCVTL  F2 = 0x0E217800
)

// Enc encodes op rd.a, rn.a.
func (op F2) Enc(a Arr, rd, rn Reg) uint32 {
	if op == FCVTN || op == FCVTL {
		if a != D2 {
			bad("fcvtn/fcvtl arrangement", int64(a))
		}
		return uint32(op) | 1<<22 | xRn(rn) | xRd(rd)
	}
	return uint32(op) | fpArr(a) | xRn(rn) | xRd(rd)
}

// laneImm5 is the imm5 field naming lane i of lanes of size 1<<size bytes.
func laneImm5(size uint8, lane uint8) uint32 {
	if size > 3 {
		bad("lane size", int64(size))
	}
	if lane >= 16>>size {
		bad("lane", int64(lane))
	}
	return (uint32(lane)<<1 | 1) << size << 16
}

// ShlImm encodes SHL rd.a, rn.a, #sh (0 <= sh < lane bits).
func ShlImm(a Arr, rd, rn Reg, sh uint8) uint32 {
	a.check()
	bits := uint8(8) << a.Size()
	if sh >= bits {
		bad("shift", int64(sh))
	}
	return 0x0F005400 | a.q() | uint32(bits+sh)<<16 | xRn(rn) | xRd(rd)
}

// ShrImm encodes USHR (unsigned) or SSHR rd.a, rn.a, #sh (1 <= sh <= lane
// bits).
func ShrImm(unsigned bool, a Arr, rd, rn Reg, sh uint8) uint32 {
	a.check()
	bits := uint8(8) << a.Size()
	if sh < 1 || sh > bits || a == D1 {
		bad("shift", int64(sh))
	}
	return 0x0F000400 | b2u(unsigned)<<29 | a.q() | uint32(2*uint16(bits)-uint16(sh))<<16 | xRn(rn) | xRd(rd)
}

// Shll encodes USHLL (unsigned) or SSHLL rd, rn.a, #sh: each lane of the
// low (B8, H4, S2) or high (B16, H8, S4: the "2" form) half of rn widened
// to twice its size and shifted left by sh (< lane bits). With sh 0 it is
// UXTL/SXTL.
func Shll(unsigned bool, a Arr, rd, rn Reg, sh uint8) uint32 {
	if a >= D1 {
		bad("shll arrangement", int64(a))
	}
	bits := uint8(8) << a.Size()
	if sh >= bits {
		bad("shift", int64(sh))
	}
	return 0x0F00A400 | b2u(unsigned)<<29 | a.q() | uint32(bits+sh)<<16 | xRn(rn) | xRd(rd)
}

// DupGen encodes DUP rd.a, Wn|Xn (X for D lanes): every lane of rd set
// from the low bits of a general register (31 is ZR).
func DupGen(a Arr, rd, rn Reg) uint32 {
	if a == D1 {
		bad("dup arrangement", int64(a))
	}
	a.check()
	return 0x0E000C00 | a.q() | laneImm5(a.Size(), 0) | xRn(rn) | xRd(rd)
}

// DupElem encodes DUP rd.a, rn.T[lane]: every lane of rd set from one lane
// of rn of the same size.
func DupElem(a Arr, rd, rn Reg, lane uint8) uint32 {
	if a == D1 {
		bad("dup arrangement", int64(a))
	}
	a.check()
	return 0x0E000400 | a.q() | laneImm5(a.Size(), lane) | xRn(rn) | xRd(rd)
}

// DupScalar encodes DUP (MOV) Bd|Hd|Sd|Dd, rn.T[lane]: one lane of size
// 1<<size bytes to the low bits of rd, zeroing the rest.
func DupScalar(size uint8, rd, rn Reg, lane uint8) uint32 {
	return 0x5E000400 | laneImm5(size, lane) | xRn(rn) | xRd(rd)
}

// InsGen encodes INS (MOV) rd.T[lane], Wn|Xn: one lane of rd set from a
// general register (31 is ZR), the others kept.
func InsGen(size uint8, rd Reg, lane uint8, rn Reg) uint32 {
	return 0x4E001C00 | laneImm5(size, lane) | xRn(rn) | xRd(rd)
}

// InsElem encodes INS (MOV) rd.T[dl], rn.T[sl]: one lane of rd set from a
// lane of rn, the others kept.
func InsElem(size uint8, rd Reg, dl uint8, rn Reg, sl uint8) uint32 {
	laneImm5(size, sl)
	return 0x6E000400 | laneImm5(size, dl) | uint32(sl)<<size<<11 | xRn(rn) | xRd(rd)
}

// Umov encodes UMOV Wd|Xd (X for D lanes), rn.T[lane], zero-extending; 31
// is ZR.
func Umov(size uint8, rd, rn Reg, lane uint8) uint32 {
	return 0x0E003C00 | b2u(size == 3)<<30 | laneImm5(size, lane) | xRn(rn) | xRd(rd)
}

// Smov encodes SMOV Wd (sf false) or Xd, rn.T[lane] for B, H (either) or
// S lanes (Xd only), sign-extending.
func Smov(size uint8, sf bool, rd, rn Reg, lane uint8) uint32 {
	if size > 2 || (size == 2 && !sf) {
		bad("smov lane size", int64(size))
	}
	return 0x0E002C00 | sfBit(sf)>>1 | laneImm5(size, lane) | xRn(rn) | xRd(rd)
}

// Movi encodes MOVI rd.2D (full) or Dd, #imm: each bit of imm8 sets one
// byte to 0x00 or 0xff (bit 0 the lowest byte); the 64-bit form zeroes
// the upper half.
func Movi(full bool, rd Reg, imm8 uint8) uint32 {
	return 0x2F00E400 | b2u(full)<<30 | uint32(imm8>>5)<<16 | uint32(imm8&31)<<5 | xRd(rd)
}

// MovV16B encodes MOV Vd.16B, Vn.16B (ORR Vd.16B, Vn.16B, Vn.16B), a full
// 128-bit register copy.
func MovV16B(rd, rn Reg) uint32 { return ORR.Enc(B16, rd, rn, rn) }

// MoviB encodes MOVI rd.16B (full) or rd.8B, #imm8: every byte set to
// imm8.
func MoviB(full bool, rd Reg, imm8 uint8) uint32 {
	return 0x0F00E400 | b2u(full)<<30 | uint32(imm8>>5)<<16 | uint32(imm8&31)<<5 | xRd(rd)
}

// Ext16B encodes EXT rd.16B, rn.16B, rm.16B, #index: bytes index..15 of
// rn followed by bytes 0..index-1 of rm.
func Ext16B(rd, rn, rm Reg, index uint8) uint32 {
	if index > 15 {
		bad("ext index", int64(index))
	}
	return 0x6E000000 | xRm(rm) | uint32(index)<<11 | xRn(rn) | xRd(rd)
}

// Tbl16B encodes TBL rd.16B, {rn.16B .. rn+n-1.16B}, rm.16B (n = 1..4,
// registers wrapping from V31 to V0): each byte of rm indexes the table;
// an index past its end gives 0.
func Tbl16B(rd, rn Reg, n uint8, rm Reg) uint32 {
	if n < 1 || n > 4 {
		bad("tbl registers", int64(n))
	}
	return 0x4E000000 | xRm(rm) | uint32(n-1)<<13 | xRn(rn) | xRd(rd)
}

// AddpD encodes ADDP Dd, rn.2D: the sum of the two 64-bit lanes.
func AddpD(rd, rn Reg) uint32 { return 0x5EF1B800 | xRn(rn) | xRd(rd) }

// Ld1R encodes LD1R {rt.a}, [rn|SP]: one element loaded into every lane.
func Ld1R(a Arr, rt, rn Reg) uint32 {
	a.check()
	return 0x0D40C000 | a.q() | uint32(a.Size())<<10 | xRn(rn) | xRd(rt)
}

// ld1Lane is the single-structure LD1/ST1 encoding of lane of size
// 1<<size bytes: Q:S:size hold the lane index, opcode the size.
func ld1Lane(load bool, size uint8, rt Reg, lane uint8, rn Reg) uint32 {
	laneImm5(size, lane)
	var enc uint32
	switch size {
	case 0:
		enc = uint32(lane>>3)<<30 | uint32(lane>>2&1)<<12 | uint32(lane&3)<<10
	case 1:
		enc = 0b010<<13 | uint32(lane>>2)<<30 | uint32(lane>>1&1)<<12 | uint32(lane&1)<<11
	case 2:
		enc = 0b100<<13 | uint32(lane>>1)<<30 | uint32(lane&1)<<12
	case 3:
		enc = 0b100<<13 | uint32(lane)<<30 | 1<<10
	}
	return 0x0D000000 | b2u(load)<<22 | enc | xRn(rn) | xRd(rt)
}

// Ld1Lane encodes LD1 {rt.T}[lane], [rn|SP]: one lane of size 1<<size
// bytes loaded, the others kept.
func Ld1Lane(size uint8, rt Reg, lane uint8, rn Reg) uint32 {
	return ld1Lane(true, size, rt, lane, rn)
}

// St1Lane encodes ST1 {rt.T}[lane], [rn|SP].
func St1Lane(size uint8, rt Reg, lane uint8, rn Reg) uint32 {
	return ld1Lane(false, size, rt, lane, rn)
}

// Tbx16B encodes TBX rd.16B, {rn.16B .. rn+n-1.16B}, rm.16B: as TBL, but
// a byte whose index is past the table keeps rd's byte.
func Tbx16B(rd, rn Reg, n uint8, rm Reg) uint32 { return Tbl16B(rd, rn, n, rm) | 1<<12 }
