package a64

import "strconv"

// Reg is a register number, 0..31. See the package doc for what 31 means.
type Reg uint8

// ZR and SP share encoding 31; which one an operand means is fixed by the
// instruction.
const (
	ZR Reg = 31
	SP Reg = 31
)

// Cond is an A64 condition code, in encoding order.
type Cond uint8

const (
	EQ Cond = iota // equal
	NE             // not equal
	HS             // unsigned >= (carry set)
	LO             // unsigned < (carry clear)
	MI             // negative
	PL             // positive or zero
	VS             // overflow
	VC             // no overflow
	HI             // unsigned >
	LS             // unsigned <=
	GE             // signed >=
	LT             // signed <
	GT             // signed >
	LE             // signed <=
	AL             // always
	NV             // always (behaves as AL; never emit)
)

// Invert returns the opposite condition; the encoding pairs them in the low
// bit. AL and NV invert to each other but both mean "always".
func (c Cond) Invert() Cond { return c ^ 1 }

var condNames = [16]string{"eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"}

func (c Cond) String() string {
	if c > NV {
		return "cond?"
	}
	return condNames[c]
}

// Shift is the shift applied to the second register of shifted-register
// data processing forms.
type Shift uint8

const (
	LSL Shift = iota
	LSR
	ASR
	ROR
)

// Extend is the extension applied to the second register of
// extended-register forms and register-offset addressing; the values are
// the architectural "option" field.
type Extend uint8

const (
	UXTB Extend = iota
	UXTH
	UXTW
	UXTX
	SXTB
	SXTH
	SXTW
	SXTX
)

// Field helpers: xRd, xRn, xRm and xRa place a register number in the
// Rd/Rt (bit 0), Rn (5), Rm (16) and Ra/Rt2 (10) fields. Each validates its
// operand so that a bad value can never silently corrupt a neighbouring
// field; the failure path is kept out of line so the happy path inlines.

func xRd(r Reg) uint32 {
	if r > 31 {
		badReg(r)
	}
	return uint32(r)
}

func xRn(r Reg) uint32 { return xRd(r) << 5 }

func xRm(r Reg) uint32 { return xRd(r) << 16 }

func xRa(r Reg) uint32 { return xRd(r) << 10 }

func cond(c Cond) uint32 {
	if c > NV {
		panic("a64: condition out of range")
	}
	return uint32(c)
}

func sfBit(sf bool) uint32 {
	if sf {
		return 1 << 31
	}
	return 0
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// width returns the register width in bits.
func width(sf bool) uint8 {
	if sf {
		return 64
	}
	return 32
}

//go:noinline
func badReg(r Reg) {
	panic("a64: register number out of range (must be 0..31): " + strconv.Itoa(int(r)))
}

//go:noinline
func bad(what string, v int64) {
	panic("a64: " + what + " out of range: " + strconv.FormatInt(v, 10))
}

// fits reports whether off is a multiple of 1<<scale whose scaled value
// fits in a signed field of the given number of bits.
func fits(off int64, scale, bits uint) bool {
	if off&(1<<scale-1) != 0 {
		return false
	}
	v := off >> scale
	return v >= -(1<<(bits-1)) && v < 1<<(bits-1)
}

// field returns the low bits of off>>scale, for a field already checked
// with fits.
func field(off int64, scale, bits uint) uint32 {
	return uint32(off>>scale) & (1<<bits - 1)
}
