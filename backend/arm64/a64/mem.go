package a64

import "strconv"

// MemOp selects a load or store: register file, access size and, for
// loads, extension.
type MemOp uint8

const (
	LDRB   MemOp = iota // load byte, zero-extend (W)
	LDRH                // load halfword, zero-extend (W)
	LDRW                // load word (W)
	LDRX                // load doubleword (X)
	LDRSBW              // load byte, sign-extend to W
	LDRSBX              // load byte, sign-extend to X
	LDRSHW              // load halfword, sign-extend to W
	LDRSHX              // load halfword, sign-extend to X
	LDRSW               // load word, sign-extend to X
	STRB                // store byte
	STRH                // store halfword
	STRW                // store word
	STRX                // store doubleword
	LDRS                // load 32-bit FP (S)
	LDRD                // load 64-bit FP (D)
	LDRQ                // load 128-bit SIMD (Q)
	STRS                // store S
	STRD                // store D
	STRQ                // store Q
	numMemOps
)

// memInfo holds, per MemOp, the unsigned-offset encoding (size, V, opc and
// bits 29:24 = 111x01) and log2 of the access size.
var memInfo = [numMemOps]struct {
	base  uint32
	scale uint8
}{
	LDRB:   {0x39400000, 0},
	LDRH:   {0x79400000, 1},
	LDRW:   {0xB9400000, 2},
	LDRX:   {0xF9400000, 3},
	LDRSBW: {0x39C00000, 0},
	LDRSBX: {0x39800000, 0},
	LDRSHW: {0x79C00000, 1},
	LDRSHX: {0x79800000, 1},
	LDRSW:  {0xB9800000, 2},
	STRB:   {0x39000000, 0},
	STRH:   {0x79000000, 1},
	STRW:   {0xB9000000, 2},
	STRX:   {0xF9000000, 3},
	LDRS:   {0xBD400000, 2},
	LDRD:   {0xFD400000, 3},
	LDRQ:   {0x3DC00000, 4},
	STRS:   {0xBD000000, 2},
	STRD:   {0xFD000000, 3},
	STRQ:   {0x3D800000, 4},
}

func (op MemOp) info() (base uint32, scale uint) {
	if op >= numMemOps {
		bad("MemOp", int64(op))
	}
	i := memInfo[op]
	return i.base, uint(i.scale)
}

// Size returns the access size in bytes.
func (op MemOp) Size() int {
	_, s := op.info()
	return 1 << s
}

// IsStore reports whether op is a store.
func (op MemOp) IsStore() bool {
	return (op >= STRB && op <= STRX) || op >= STRS
}

// IsFP reports whether op uses the FP/SIMD register file.
func (op MemOp) IsFP() bool { return op >= LDRS }

var memOpNames = [numMemOps]string{"LDRB", "LDRH", "LDRW", "LDRX", "LDRSBW", "LDRSBX", "LDRSHW", "LDRSHX", "LDRSW", "STRB", "STRH", "STRW", "STRX", "LDRS", "LDRD", "LDRQ", "STRS", "STRD", "STRQ"}

// String returns the constant's name, e.g. "LDRSHX".
func (op MemOp) String() string {
	if op >= numMemOps {
		return "MemOp(" + strconv.Itoa(int(op)) + ")"
	}
	return memOpNames[op]
}

// LdStImm encodes the unsigned scaled 12-bit offset form, [rn|SP, #off].
// It returns false unless off is a non-negative multiple of Size() with
// off/Size() < 4096. rt 31 is ZR for integer ops.
func LdStImm(op MemOp, rt, rn Reg, off int64) (uint32, bool) {
	base, scale := op.info()
	if off < 0 || off&(1<<scale-1) != 0 || off>>scale > 4095 {
		return 0, false
	}
	return base | uint32(off>>scale)<<10 | xRn(rn) | xRd(rt), true
}

// ldst9 encodes the forms with a signed 9-bit byte offset; idx is bits
// 11:10 (00 unscaled, 01 post-index, 11 pre-index).
func ldst9(op MemOp, rt, rn Reg, off int64, idx uint32) (uint32, bool) {
	base, _ := op.info()
	if off < -256 || off > 255 {
		return 0, false
	}
	return base&^(1<<24) | uint32(off&0x1ff)<<12 | idx<<10 | xRn(rn) | xRd(rt), true
}

// LdStUnscaled encodes LDUR/STUR and friends, [rn|SP, #off] with
// -256 <= off <= 255 and no alignment requirement.
func LdStUnscaled(op MemOp, rt, rn Reg, off int64) (uint32, bool) {
	return ldst9(op, rt, rn, off, 0b00)
}

// LdStPre encodes the pre-indexed form [rn|SP, #off]! (rn += off, then
// access); -256 <= off <= 255.
func LdStPre(op MemOp, rt, rn Reg, off int64) (uint32, bool) {
	return ldst9(op, rt, rn, off, 0b11)
}

// LdStPost encodes the post-indexed form [rn|SP], #off (access, then
// rn += off); -256 <= off <= 255.
func LdStPost(op MemOp, rt, rn Reg, off int64) (uint32, bool) {
	return ldst9(op, rt, rn, off, 0b01)
}

// LdStReg encodes the register-offset form: address = rn|SP +
// ext(rm) << (shift ? log2(Size()) : 0). ext must be UXTW or SXTW (rm is a
// W register) or UXTX (printed as LSL) or SXTX. For byte accesses the
// shift is zero either way and is encoded as absent.
func LdStReg(op MemOp, rt, rn, rm Reg, ext Extend, shift bool) uint32 {
	base, scale := op.info()
	if ext != UXTW && ext != UXTX && ext != SXTW && ext != SXTX {
		bad("load/store register extend", int64(ext))
	}
	s := b2u(shift && scale != 0)
	return base&^(1<<24) | 1<<21 | xRm(rm) | uint32(ext)<<13 | s<<12 | 0b10<<10 | xRn(rn) | xRd(rt)
}

// LdrLiteral encodes a PC-relative literal load: LDR W/X/S/D/Q or LDRSW
// from the address off bytes from the instruction; off must be a multiple
// of 4 within ±1 MiB. Other ops have no literal form and return false.
func LdrLiteral(op MemOp, rt Reg, off int64) (uint32, bool) {
	var base uint32
	switch op {
	case LDRW:
		base = 0x18000000
	case LDRX:
		base = 0x58000000
	case LDRSW:
		base = 0x98000000
	case LDRS:
		base = 0x1C000000
	case LDRD:
		base = 0x5C000000
	case LDRQ:
		base = 0x9C000000
	default:
		return 0, false
	}
	if !fits(off, 2, 19) {
		return 0, false
	}
	return base | field(off, 2, 19)<<5 | xRd(rt), true
}

// PairMode selects the addressing of LDP/STP.
type PairMode uint8

const (
	PairOffset PairMode = iota // [rn, #off]
	PairPre                    // [rn, #off]!
	PairPost                   // [rn], #off
)

func pair(load, fp bool, rt1, rt2, rn Reg, off int64, mode PairMode) (uint32, bool) {
	var base uint32
	switch mode {
	case PairOffset:
		base = 0x29000000
	case PairPre:
		base = 0x29800000
	case PairPost:
		base = 0x28800000
	default:
		bad("pair mode", int64(mode))
	}
	if fp {
		base |= 0x44000000 // opc=01 (64-bit), V=1
	} else {
		base |= 0x80000000 // opc=10 (64-bit)
	}
	if !fits(off, 3, 7) {
		return 0, false
	}
	return base | b2u(load)<<22 | field(off, 3, 7)<<15 | xRa(rt2) | xRn(rn) | xRd(rt1), true
}

// Ldp encodes LDP of two X registers (fp=false; 31 is ZR) or two D
// registers (fp=true) from rn|SP. off is in bytes, a multiple of 8 in
// -512..504.
func Ldp(fp bool, rt1, rt2, rn Reg, off int64, mode PairMode) (uint32, bool) {
	return pair(true, fp, rt1, rt2, rn, off, mode)
}

// Stp encodes STP; operands as for Ldp.
func Stp(fp bool, rt1, rt2, rn Reg, off int64, mode PairMode) (uint32, bool) {
	return pair(false, fp, rt1, rt2, rn, off, mode)
}
