package a64

// Branches and PC-relative addressing. Offsets are bytes from the
// instruction; encoders return false when off is misaligned or out of
// range.

// B encodes an unconditional branch; off is a multiple of 4 within
// ±128 MiB.
func B(off int64) (uint32, bool) {
	if !fits(off, 2, 26) {
		return 0, false
	}
	return 0x14000000 | field(off, 2, 26), true
}

// Bl encodes a branch with link (call); range as for B.
func Bl(off int64) (uint32, bool) {
	if !fits(off, 2, 26) {
		return 0, false
	}
	return 0x94000000 | field(off, 2, 26), true
}

// BCond encodes B.c; off is a multiple of 4 within ±1 MiB.
func BCond(c Cond, off int64) (uint32, bool) {
	cc := cond(c)
	if !fits(off, 2, 19) {
		return 0, false
	}
	return 0x54000000 | field(off, 2, 19)<<5 | cc, true
}

func cb(base uint32, sf bool, rt Reg, off int64) (uint32, bool) {
	r := xRd(rt)
	if !fits(off, 2, 19) {
		return 0, false
	}
	return base | sfBit(sf) | field(off, 2, 19)<<5 | r, true
}

// Cbz encodes CBZ rt, off (branch if rt == 0; 31 is ZR); ±1 MiB.
func Cbz(sf bool, rt Reg, off int64) (uint32, bool) { return cb(0x34000000, sf, rt, off) }

// Cbnz encodes CBNZ rt, off; ±1 MiB.
func Cbnz(sf bool, rt Reg, off int64) (uint32, bool) { return cb(0x35000000, sf, rt, off) }

func tb(base uint32, rt Reg, bit uint8, off int64) (uint32, bool) {
	if bit > 63 {
		bad("test bit number", int64(bit))
	}
	r := xRd(rt)
	if !fits(off, 2, 14) {
		return 0, false
	}
	b := uint32(bit)
	return base | (b>>5)<<31 | (b&31)<<19 | field(off, 2, 14)<<5 | r, true
}

// Tbz encodes TBZ rt, #bit, off (branch if bit of rt is 0); bit 0..63
// (panics otherwise; bits >= 32 imply an X register); off within ±32 KiB.
func Tbz(rt Reg, bit uint8, off int64) (uint32, bool) { return tb(0x36000000, rt, bit, off) }

// Tbnz encodes TBNZ rt, #bit, off; as Tbz.
func Tbnz(rt Reg, bit uint8, off int64) (uint32, bool) { return tb(0x37000000, rt, bit, off) }

// Br encodes BR Xn.
func Br(rn Reg) uint32 { return 0xD61F0000 | xRn(rn) }

// Blr encodes BLR Xn.
func Blr(rn Reg) uint32 { return 0xD63F0000 | xRn(rn) }

// Ret encodes RET Xn (usually X30).
func Ret(rn Reg) uint32 { return 0xD65F0000 | xRn(rn) }

// Adr encodes ADR Xd, off: Xd = address of this instruction + off, for
// any byte offset within ±1 MiB.
func Adr(rd Reg, off int64) (uint32, bool) {
	r := xRd(rd)
	if off < -(1<<20) || off >= 1<<20 {
		return 0, false
	}
	return 0x10000000 | adrImm(off) | r, true
}

// Adrp encodes ADRP Xd, pages: Xd = (this instruction's address with the
// low 12 bits cleared) + pages*4096, pages within ±1 Mi (±4 GiB).
func Adrp(rd Reg, pages int64) (uint32, bool) {
	r := xRd(rd)
	if pages < -(1<<20) || pages >= 1<<20 {
		return 0, false
	}
	return 0x90000000 | adrImm(pages) | r, true
}

// adrImm splits a 21-bit value into ADR's immlo (bits 30:29) and immhi
// (bits 23:5).
func adrImm(v int64) uint32 {
	u := uint32(v) & (1<<21 - 1)
	return (u&3)<<29 | (u>>2)<<5
}

// Brk encodes BRK #imm16 (debug trap).
func Brk(imm16 uint16) uint32 { return 0xD4200000 | uint32(imm16)<<5 }

// Udf encodes UDF #imm16, a permanently undefined instruction (SIGILL).
func Udf(imm16 uint16) uint32 { return uint32(imm16) }

// Nop encodes NOP.
func Nop() uint32 { return 0xD503201F }

// DmbIsh encodes DMB ISH (inner-shareable full barrier).
func DmbIsh() uint32 { return 0xD5033BBF }

// branchKind classifies a word for Retarget and BranchRange.
type branchKind uint8

const (
	kindNone branchKind = iota
	kindB26             // B, BL: imm26 at 0, scaled by 4
	kindB19             // B.cond, CBZ, CBNZ, LDR literal: imm19 at 5, scaled by 4
	kindB14             // TBZ, TBNZ: imm14 at 5, scaled by 4
	kindAdr             // ADR: immhi:immlo, bytes
)

func kindOf(w uint32) branchKind {
	switch {
	case w&0x7C000000 == 0x14000000:
		return kindB26
	case w&0xFF000010 == 0x54000000,
		w&0x7E000000 == 0x34000000,
		w&0x3B000000 == 0x18000000:
		return kindB19
	case w&0x7E000000 == 0x36000000:
		return kindB14
	case w&0x9F000000 == 0x10000000:
		return kindAdr
	}
	return kindNone
}

// BranchRange returns the smallest and largest byte offset the word's kind
// of PC-relative instruction can reach (B/BL, B.cond, CBZ/CBNZ, TBZ/TBNZ,
// ADR, LDR literal). For any other word it returns (0, -1), an empty
// range.
func BranchRange(w uint32) (lo, hi int64) {
	switch kindOf(w) {
	case kindB26:
		return -(1 << 27), 1<<27 - 4
	case kindB19:
		return -(1 << 20), 1<<20 - 4
	case kindB14:
		return -(1 << 15), 1<<15 - 4
	case kindAdr:
		return -(1 << 20), 1<<20 - 1
	}
	return 0, -1
}

// Retarget rewrites the offset field of an existing B, BL, B.cond, CBZ,
// CBNZ, TBZ, TBNZ, ADR or LDR (literal) word so that it reaches off bytes
// from the instruction, keeping every other field. It returns false if
// off is misaligned or out of the kind's range, or the word is not one of
// those kinds (ADRP counts pages, not bytes, and is not handled).
func Retarget(w uint32, off int64) (uint32, bool) {
	switch kindOf(w) {
	case kindB26:
		if fits(off, 2, 26) {
			return w&^(1<<26-1) | field(off, 2, 26), true
		}
	case kindB19:
		if fits(off, 2, 19) {
			return w&^((1<<19-1)<<5) | field(off, 2, 19)<<5, true
		}
	case kindB14:
		if fits(off, 2, 14) {
			return w&^((1<<14-1)<<5) | field(off, 2, 14)<<5, true
		}
	case kindAdr:
		if off >= -(1<<20) && off < 1<<20 {
			return w&^(3<<29|(1<<19-1)<<5) | adrImm(off), true
		}
	}
	return 0, false
}

// BranchOffset decodes the byte offset of a word Retarget understands.
func BranchOffset(w uint32) (int64, bool) {
	switch kindOf(w) {
	case kindB26:
		return int64(int32(w<<6)) >> 4, true
	case kindB19:
		return int64(int32(w<<8)>>13) << 2, true
	case kindB14:
		return int64(int32(w<<13)>>18) << 2, true
	case kindAdr:
		v := (w>>5)&(1<<19-1)<<2 | (w>>29)&3
		return int64(int32(v<<11)) >> 11, true
	}
	return 0, false
}
