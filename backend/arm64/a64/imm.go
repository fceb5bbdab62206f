package a64

import "math/bits"

// LogicOp selects the logical-immediate instruction.
type LogicOp uint8

const (
	LogicAnd LogicOp = iota
	LogicOrr
	LogicEor
	LogicAnds
)

// bitmaskFields computes the N:immr:imms fields of a bitmask immediate
// directly (no table): find the smallest repeating element, check it is a
// single (rotated) run of ones, and read off rotation and run length.
func bitmaskFields(imm uint64, sf bool) (n, immr, imms uint32, ok bool) {
	if !sf {
		// A 32-bit pattern is the same as its 64-bit replication with an
		// element size of at most 32, which forces N = 0.
		imm = uint64(uint32(imm)) * 0x1_0000_0001
	}
	if imm == 0 || imm == ^uint64(0) {
		return 0, 0, 0, false
	}
	size := uint(64)
	for size > 2 {
		half := size / 2
		mask := uint64(1)<<half - 1
		if imm&mask != (imm>>half)&mask {
			break
		}
		size = half
	}
	mask := ^uint64(0) >> (64 - size)
	elem := imm & mask
	// start is the bit position where the run of ones begins.
	var start uint
	if elem&1 == 0 {
		start = uint(bits.TrailingZeros64(elem))
	} else {
		// The run touches bit 0 and may wrap round: it begins just above
		// the run of zeros.
		zeros := ^elem & mask
		start = uint(bits.TrailingZeros64(zeros)+bits.OnesCount64(zeros)) & (size - 1)
	}
	ones := uint(bits.OnesCount64(elem))
	rot := (elem>>start | elem<<(size-start)) & mask
	if rot != 1<<ones-1 {
		return 0, 0, 0, false
	}
	n = b2u(size == 64)
	immr = uint32((size - start) & (size - 1))
	imms = uint32(^(2*size-1)&0x3f) | uint32(ones-1)
	return n, immr, imms, true
}

// IsBitmaskImm reports whether v (for !sf its low 32 bits) can be the
// immediate of AND/ORR/EOR/ANDS/TST.
func IsBitmaskImm(sf bool, v uint64) bool {
	_, _, _, ok := bitmaskFields(v, sf)
	return ok
}

// LogicalImm encodes AND/ORR/EOR/ANDS rd, rn, #imm. It returns false if
// imm is not a bitmask immediate for the width (for !sf only the low 32
// bits count). rd may be SP except for ANDS (where 31 is ZR); rn 31 is ZR.
func LogicalImm(op LogicOp, sf bool, rd, rn Reg, imm uint64) (uint32, bool) {
	if op > LogicAnds {
		bad("logic op", int64(op))
	}
	n, immr, imms, ok := bitmaskFields(imm, sf)
	if !ok {
		return 0, false
	}
	return 0x12000000 | sfBit(sf) | uint32(op)<<29 | n<<22 | immr<<16 | imms<<10 | xRn(rn) | xRd(rd), true
}

// TstImm encodes TST rn, #imm (ANDS ZR, rn, #imm); false if imm is not a
// bitmask immediate.
func TstImm(sf bool, rn Reg, imm uint64) (uint32, bool) {
	return LogicalImm(LogicAnds, sf, ZR, rn, imm)
}

// MovImm appends to dst the shortest sequence it finds that loads v (for
// !sf its low 32 bits) into rd, and returns the extended slice. It tries
// a single MOVZ/MOVN, then a single ORR-immediate from ZR, then MOVZ or
// MOVN plus MOVKs, and for values that would need three or four of those,
// ORR plus one or two MOVKs. The result is 1..4 words; it never allocates
// when dst has room for 4. rd must be 0..30 (31 would be ZR for MOVZ but
// SP for ORR).
func MovImm(dst []uint32, sf bool, rd Reg, v uint64) []uint32 {
	if rd >= 31 {
		bad("MovImm register", int64(rd))
	}
	if !sf {
		v = uint64(uint32(v))
		lo, hi := uint16(v), uint16(v>>16)
		switch {
		case hi == 0:
			return append(dst, Movz(false, rd, lo, 0))
		case lo == 0:
			return append(dst, Movz(false, rd, hi, 1))
		case hi == 0xffff:
			return append(dst, Movn(false, rd, ^lo, 0))
		case lo == 0xffff:
			return append(dst, Movn(false, rd, ^hi, 1))
		}
		if w, ok := LogicalImm(LogicOrr, false, rd, ZR, v); ok {
			return append(dst, w)
		}
		return append(dst, Movz(false, rd, lo, 0), Movk(false, rd, hi, 1))
	}

	var zeros, ones int
	for i := uint(0); i < 64; i += 16 {
		switch uint16(v >> i) {
		case 0:
			zeros++
		case 0xffff:
			ones++
		}
	}
	if zeros < 3 && ones < 3 {
		if w, ok := LogicalImm(LogicOrr, true, rd, ZR, v); ok {
			return append(dst, w)
		}
	}
	if zeros < 2 && ones < 2 {
		// MOVZ/MOVN would take 3 or 4 words; ORR of a nearby bitmask
		// pattern plus MOVKs may be shorter.
		if out, ok := movOrrMovk(dst, rd, v, 4-max(zeros, ones)); ok {
			return out
		}
	}

	// MOVN when more chunks are all-ones than all-zeros, else MOVZ; the
	// first chunk that differs from the background gets the MOVZ/MOVN and
	// the rest MOVKs.
	inverted := ones > zeros
	var bg uint16
	if inverted {
		bg = 0xffff
	}
	first := true
	for hw := uint8(0); hw < 4; hw++ {
		c := uint16(v >> (16 * hw))
		if c == bg {
			continue
		}
		switch {
		case !first:
			dst = append(dst, Movk(true, rd, c, hw))
		case inverted:
			dst = append(dst, Movn(true, rd, ^c, hw))
		default:
			dst = append(dst, Movz(true, rd, c, hw))
		}
		first = false
	}
	if first {
		// v is 0 or all-ones (caught above by the counts, but be safe).
		if inverted {
			return append(dst, Movn(true, rd, 0, 0))
		}
		return append(dst, Movz(true, rd, 0, 0))
	}
	return dst
}

// maybeBitmask is a cheap necessary condition for a bitmask immediate: the
// pattern either repeats every 32 bits or is a single 64-bit run (two
// transitions round the circle). It lets movOrrMovk skip most candidates
// of a random constant without the full check.
func maybeBitmask(b uint64) bool {
	return uint32(b>>32) == uint32(b) || bits.OnesCount64(b^bits.RotateLeft64(b, 1)) == 2
}

// movOrrMovk looks for a bitmask immediate b that differs from v in a few
// 16-bit chunks, so that ORR #b plus MOVKs beats the plain sequence of
// length limit.
func movOrrMovk(dst []uint32, rd Reg, v uint64, limit int) ([]uint32, bool) {
	// One differing chunk: replace chunk i by a value that could make the
	// whole a repeating or single-run pattern.
	for i := uint(0); i < 4; i++ {
		sh := 16 * i
		rest := v &^ (0xffff << sh)
		cands := [5]uint64{0, 0xffff, v >> (16 * ((i + 1) & 3)), v >> (16 * ((i + 2) & 3)), v >> (16 * ((i + 3) & 3))}
		for _, c := range cands {
			b := rest | (c&0xffff)<<sh
			if !maybeBitmask(b) {
				continue
			}
			if w, ok := LogicalImm(LogicOrr, true, rd, ZR, b); ok && b != v {
				return append(dst, w, Movk(true, rd, uint16(v>>sh), uint8(i))), true
			}
		}
	}
	if limit < 4 {
		return dst, false
	}
	// Two differing chunks: a 32-bit period taken from either half.
	for _, half := range [2]uint64{v & 0xffffffff, v >> 32} {
		b := half | half<<32
		w, ok := LogicalImm(LogicOrr, true, rd, ZR, b)
		if !ok {
			continue
		}
		dst = append(dst, w)
		for i := uint(0); i < 4; i++ {
			if c := uint16(v >> (16 * i)); c != uint16(b>>(16*i)) {
				dst = append(dst, Movk(true, rd, c, uint8(i)))
			}
		}
		return dst, true
	}
	return dst, false
}
