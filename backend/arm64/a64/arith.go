package a64

// Integer data processing: add/sub, logical, moves, bitfield, shifts,
// multiply/divide, conditional select and compare.

// Add/sub (immediate). imm12 is 0..4095, optionally shifted left by 12.
// rd (non-flag-setting forms) and rn may be SP; rd of the S forms is ZR.

func addSubImm(base uint32, sf bool, d, n Reg, imm12 uint32, lsl12 bool) uint32 {
	if imm12 > 4095 {
		bad("add/sub imm12", int64(imm12))
	}
	return base | sfBit(sf) | b2u(lsl12)<<22 | imm12<<10 | xRn(n) | xRd(d)
}

// AddImm encodes ADD rd|SP, rn|SP, #imm12{, LSL #12}.
func AddImm(sf bool, rd, rn Reg, imm12 uint32, lsl12 bool) uint32 {
	return addSubImm(0x11000000, sf, rd, rn, imm12, lsl12)
}

// AddsImm encodes ADDS rd|ZR, rn|SP, #imm12{, LSL #12}.
func AddsImm(sf bool, rd, rn Reg, imm12 uint32, lsl12 bool) uint32 {
	return addSubImm(0x31000000, sf, rd, rn, imm12, lsl12)
}

// SubImm encodes SUB rd|SP, rn|SP, #imm12{, LSL #12}.
func SubImm(sf bool, rd, rn Reg, imm12 uint32, lsl12 bool) uint32 {
	return addSubImm(0x51000000, sf, rd, rn, imm12, lsl12)
}

// SubsImm encodes SUBS rd|ZR, rn|SP, #imm12{, LSL #12}.
func SubsImm(sf bool, rd, rn Reg, imm12 uint32, lsl12 bool) uint32 {
	return addSubImm(0x71000000, sf, rd, rn, imm12, lsl12)
}

// CmpImm encodes CMP rn|SP, #imm12{, LSL #12} (SUBS ZR, ...).
func CmpImm(sf bool, rn Reg, imm12 uint32, lsl12 bool) uint32 {
	return SubsImm(sf, ZR, rn, imm12, lsl12)
}

// CmnImm encodes CMN rn|SP, #imm12{, LSL #12} (ADDS ZR, ...).
func CmnImm(sf bool, rn Reg, imm12 uint32, lsl12 bool) uint32 {
	return AddsImm(sf, ZR, rn, imm12, lsl12)
}

// MovSP encodes ADD Xd, Xn, #0: the only register move that can read or
// write SP (ORR treats 31 as ZR).
func MovSP(rd, rn Reg) uint32 { return AddImm(true, rd, rn, 0, false) }

// Add/sub (shifted register). All of rd, rn, rm treat 31 as ZR; ROR is
// not allowed, and amount must be below the register width.

func shiftAmount(sf bool, amount uint8) uint32 {
	if amount >= width(sf) {
		bad("shift amount", int64(amount))
	}
	return uint32(amount) << 10
}

func addSubReg(base uint32, sf bool, d, n, m Reg, sh Shift, amount uint8) uint32 {
	if sh > ASR {
		panic("a64: add/sub shifted register cannot use ROR")
	}
	return base | sfBit(sf) | uint32(sh)<<22 | xRm(m) | shiftAmount(sf, amount) | xRn(n) | xRd(d)
}

// AddReg encodes ADD rd, rn, rm{, sh #amount}.
func AddReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return addSubReg(0x0B000000, sf, rd, rn, rm, sh, amount)
}

// AddsReg encodes ADDS rd, rn, rm{, sh #amount}.
func AddsReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return addSubReg(0x2B000000, sf, rd, rn, rm, sh, amount)
}

// SubReg encodes SUB rd, rn, rm{, sh #amount}.
func SubReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return addSubReg(0x4B000000, sf, rd, rn, rm, sh, amount)
}

// SubsReg encodes SUBS rd, rn, rm{, sh #amount}.
func SubsReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return addSubReg(0x6B000000, sf, rd, rn, rm, sh, amount)
}

// CmpReg encodes CMP rn, rm (SUBS ZR, rn, rm); 31 is ZR.
func CmpReg(sf bool, rn, rm Reg) uint32 { return SubsReg(sf, ZR, rn, rm, LSL, 0) }

// CmnReg encodes CMN rn, rm (ADDS ZR, rn, rm); 31 is ZR.
func CmnReg(sf bool, rn, rm Reg) uint32 { return AddsReg(sf, ZR, rn, rm, LSL, 0) }

// NegReg encodes NEG rd, rm (SUB rd, ZR, rm).
func NegReg(sf bool, rd, rm Reg) uint32 { return SubReg(sf, rd, ZR, rm, LSL, 0) }

// Add/sub (extended register). rd (non-S forms) and rn may be SP; rm is
// read as W for the B/H/W extensions and as X for UXTX/SXTX. amount 0..4.

func addSubExt(base uint32, sf bool, d, n, m Reg, ext Extend, amount uint8) uint32 {
	if ext > SXTX {
		bad("extend", int64(ext))
	}
	if amount > 4 {
		bad("extend amount", int64(amount))
	}
	return base | sfBit(sf) | xRm(m) | uint32(ext)<<13 | uint32(amount)<<10 | xRn(n) | xRd(d)
}

// AddExt encodes ADD rd|SP, rn|SP, rm, ext #amount.
func AddExt(sf bool, rd, rn, rm Reg, ext Extend, amount uint8) uint32 {
	return addSubExt(0x0B200000, sf, rd, rn, rm, ext, amount)
}

// AddsExt encodes ADDS rd|ZR, rn|SP, rm, ext #amount.
func AddsExt(sf bool, rd, rn, rm Reg, ext Extend, amount uint8) uint32 {
	return addSubExt(0x2B200000, sf, rd, rn, rm, ext, amount)
}

// SubExt encodes SUB rd|SP, rn|SP, rm, ext #amount.
func SubExt(sf bool, rd, rn, rm Reg, ext Extend, amount uint8) uint32 {
	return addSubExt(0x4B200000, sf, rd, rn, rm, ext, amount)
}

// SubsExt encodes SUBS rd|ZR, rn|SP, rm, ext #amount.
func SubsExt(sf bool, rd, rn, rm Reg, ext Extend, amount uint8) uint32 {
	return addSubExt(0x6B200000, sf, rd, rn, rm, ext, amount)
}

// Logical (shifted register). 31 is ZR everywhere; amount below width.

func logicReg(base uint32, sf bool, d, n, m Reg, sh Shift, amount uint8) uint32 {
	if sh > ROR {
		bad("shift", int64(sh))
	}
	return base | sfBit(sf) | uint32(sh)<<22 | xRm(m) | shiftAmount(sf, amount) | xRn(n) | xRd(d)
}

// AndReg encodes AND rd, rn, rm{, sh #amount}.
func AndReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x0A000000, sf, rd, rn, rm, sh, amount)
}

// BicReg encodes BIC rd, rn, rm{, sh #amount} (rn AND NOT rm).
func BicReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x0A200000, sf, rd, rn, rm, sh, amount)
}

// OrrReg encodes ORR rd, rn, rm{, sh #amount}.
func OrrReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x2A000000, sf, rd, rn, rm, sh, amount)
}

// OrnReg encodes ORN rd, rn, rm{, sh #amount} (rn OR NOT rm).
func OrnReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x2A200000, sf, rd, rn, rm, sh, amount)
}

// EorReg encodes EOR rd, rn, rm{, sh #amount}.
func EorReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x4A000000, sf, rd, rn, rm, sh, amount)
}

// EonReg encodes EON rd, rn, rm{, sh #amount} (rn XOR NOT rm).
func EonReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x4A200000, sf, rd, rn, rm, sh, amount)
}

// AndsReg encodes ANDS rd, rn, rm{, sh #amount}.
func AndsReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x6A000000, sf, rd, rn, rm, sh, amount)
}

// BicsReg encodes BICS rd, rn, rm{, sh #amount}.
func BicsReg(sf bool, rd, rn, rm Reg, sh Shift, amount uint8) uint32 {
	return logicReg(0x6A200000, sf, rd, rn, rm, sh, amount)
}

// TstReg encodes TST rn, rm (ANDS ZR, rn, rm).
func TstReg(sf bool, rn, rm Reg) uint32 { return AndsReg(sf, ZR, rn, rm, LSL, 0) }

// MovReg encodes MOV rd, rm as ORR rd, ZR, rm; 31 is ZR, never SP (use
// MovSP for that).
func MovReg(sf bool, rd, rm Reg) uint32 { return OrrReg(sf, rd, ZR, rm, LSL, 0) }

// Mvn encodes MVN rd, rm (ORN rd, ZR, rm).
func Mvn(sf bool, rd, rm Reg) uint32 { return OrnReg(sf, rd, ZR, rm, LSL, 0) }

// Move wide. hw selects the 16-bit chunk: 0..1 for W, 0..3 for X. rd 31
// is ZR.

func moveWide(base uint32, sf bool, d Reg, imm16 uint16, hw uint8) uint32 {
	if hw > 3 || (!sf && hw > 1) {
		bad("move wide hw", int64(hw))
	}
	return base | sfBit(sf) | uint32(hw)<<21 | uint32(imm16)<<5 | xRd(d)
}

// Movz encodes MOVZ rd, #imm16, LSL #(16*hw).
func Movz(sf bool, rd Reg, imm16 uint16, hw uint8) uint32 {
	return moveWide(0x52800000, sf, rd, imm16, hw)
}

// Movn encodes MOVN rd, #imm16, LSL #(16*hw) (rd = NOT(imm16 << 16*hw)).
func Movn(sf bool, rd Reg, imm16 uint16, hw uint8) uint32 {
	return moveWide(0x12800000, sf, rd, imm16, hw)
}

// Movk encodes MOVK rd, #imm16, LSL #(16*hw) (replaces one chunk).
func Movk(sf bool, rd Reg, imm16 uint16, hw uint8) uint32 {
	return moveWide(0x72800000, sf, rd, imm16, hw)
}

// Bitfield. immr and imms are below the register width; 31 is ZR. N is
// tied to sf as the architecture requires.

func bitfield(base uint32, sf bool, d, n Reg, immr, imms uint8) uint32 {
	w := width(sf)
	if immr >= w {
		bad("bitfield immr", int64(immr))
	}
	if imms >= w {
		bad("bitfield imms", int64(imms))
	}
	return base | sfBit(sf) | b2u(sf)<<22 | uint32(immr)<<16 | uint32(imms)<<10 | xRn(n) | xRd(d)
}

// Sbfm encodes SBFM rd, rn, #immr, #imms.
func Sbfm(sf bool, rd, rn Reg, immr, imms uint8) uint32 {
	return bitfield(0x13000000, sf, rd, rn, immr, imms)
}

// Bfm encodes BFM rd, rn, #immr, #imms.
func Bfm(sf bool, rd, rn Reg, immr, imms uint8) uint32 {
	return bitfield(0x33000000, sf, rd, rn, immr, imms)
}

// Ubfm encodes UBFM rd, rn, #immr, #imms.
func Ubfm(sf bool, rd, rn Reg, immr, imms uint8) uint32 {
	return bitfield(0x53000000, sf, rd, rn, immr, imms)
}

// Extr encodes EXTR rd, rn, rm, #lsb: bits lsb.. of the pair rn:rm.
func Extr(sf bool, rd, rn, rm Reg, lsb uint8) uint32 {
	if lsb >= width(sf) {
		bad("extr lsb", int64(lsb))
	}
	return 0x13800000 | sfBit(sf) | b2u(sf)<<22 | xRm(rm) | uint32(lsb)<<10 | xRn(rn) | xRd(rd)
}

// LslImm encodes LSL rd, rn, #sh (UBFM rd, rn, #(-sh mod w), #(w-1-sh)).
func LslImm(sf bool, rd, rn Reg, sh uint8) uint32 {
	w := width(sf)
	if sh >= w {
		bad("lsl amount", int64(sh))
	}
	return Ubfm(sf, rd, rn, (w-sh)&(w-1), w-1-sh)
}

// LsrImm encodes LSR rd, rn, #sh (UBFM rd, rn, #sh, #(w-1)).
func LsrImm(sf bool, rd, rn Reg, sh uint8) uint32 {
	return Ubfm(sf, rd, rn, sh, width(sf)-1)
}

// AsrImm encodes ASR rd, rn, #sh (SBFM rd, rn, #sh, #(w-1)).
func AsrImm(sf bool, rd, rn Reg, sh uint8) uint32 {
	return Sbfm(sf, rd, rn, sh, width(sf)-1)
}

// RorImm encodes ROR rd, rn, #sh (EXTR rd, rn, rn, #sh).
func RorImm(sf bool, rd, rn Reg, sh uint8) uint32 { return Extr(sf, rd, rn, rn, sh) }

// Sxtb encodes SXTB rd, Wn (sign-extend byte into W or X rd).
func Sxtb(sf bool, rd, rn Reg) uint32 { return Sbfm(sf, rd, rn, 0, 7) }

// Sxth encodes SXTH rd, Wn.
func Sxth(sf bool, rd, rn Reg) uint32 { return Sbfm(sf, rd, rn, 0, 15) }

// Sxtw encodes SXTW Xd, Wn.
func Sxtw(rd, rn Reg) uint32 { return Sbfm(true, rd, rn, 0, 31) }

// Uxtb encodes UXTB Wd, Wn; writing W zeroes the upper half, so this also
// serves as a 64-bit zero extension.
func Uxtb(rd, rn Reg) uint32 { return Ubfm(false, rd, rn, 0, 7) }

// Uxth encodes UXTH Wd, Wn.
func Uxth(rd, rn Reg) uint32 { return Ubfm(false, rd, rn, 0, 15) }

// Data processing (2 source). 31 is ZR.

func dp2(opcode uint32, sf bool, d, n, m Reg) uint32 {
	return 0x1AC00000 | sfBit(sf) | xRm(m) | opcode<<10 | xRn(n) | xRd(d)
}

// Udiv encodes UDIV rd, rn, rm (division by zero yields 0, no trap).
func Udiv(sf bool, rd, rn, rm Reg) uint32 { return dp2(0b000010, sf, rd, rn, rm) }

// Sdiv encodes SDIV rd, rn, rm (no trap on zero or overflow).
func Sdiv(sf bool, rd, rn, rm Reg) uint32 { return dp2(0b000011, sf, rd, rn, rm) }

// Lslv encodes LSLV rd, rn, rm (shift amount taken modulo the width).
func Lslv(sf bool, rd, rn, rm Reg) uint32 { return dp2(0b001000, sf, rd, rn, rm) }

// Lsrv encodes LSRV rd, rn, rm.
func Lsrv(sf bool, rd, rn, rm Reg) uint32 { return dp2(0b001001, sf, rd, rn, rm) }

// Asrv encodes ASRV rd, rn, rm.
func Asrv(sf bool, rd, rn, rm Reg) uint32 { return dp2(0b001010, sf, rd, rn, rm) }

// Rorv encodes RORV rd, rn, rm.
func Rorv(sf bool, rd, rn, rm Reg) uint32 { return dp2(0b001011, sf, rd, rn, rm) }

// Data processing (1 source). 31 is ZR.

func dp1(opcode uint32, sf bool, d, n Reg) uint32 {
	return 0x5AC00000 | sfBit(sf) | opcode<<10 | xRn(n) | xRd(d)
}

// Rbit encodes RBIT rd, rn.
func Rbit(sf bool, rd, rn Reg) uint32 { return dp1(0b000000, sf, rd, rn) }

// Rev16 encodes REV16 rd, rn (byte swap within each halfword).
func Rev16(sf bool, rd, rn Reg) uint32 { return dp1(0b000001, sf, rd, rn) }

// Rev encodes REV rd, rn: a full byte swap of the W or X register.
func Rev(sf bool, rd, rn Reg) uint32 {
	if sf {
		return dp1(0b000011, sf, rd, rn)
	}
	return dp1(0b000010, sf, rd, rn)
}

// Rev32 encodes REV32 Xd, Xn (byte swap within each word).
func Rev32(rd, rn Reg) uint32 { return dp1(0b000010, true, rd, rn) }

// Clz encodes CLZ rd, rn.
func Clz(sf bool, rd, rn Reg) uint32 { return dp1(0b000100, sf, rd, rn) }

// Cls encodes CLS rd, rn.
func Cls(sf bool, rd, rn Reg) uint32 { return dp1(0b000101, sf, rd, rn) }

// Data processing (3 source). 31 is ZR.

// Madd encodes MADD rd, rn, rm, ra (ra + rn*rm).
func Madd(sf bool, rd, rn, rm, ra Reg) uint32 {
	return 0x1B000000 | sfBit(sf) | xRm(rm) | xRa(ra) | xRn(rn) | xRd(rd)
}

// Msub encodes MSUB rd, rn, rm, ra (ra - rn*rm).
func Msub(sf bool, rd, rn, rm, ra Reg) uint32 {
	return 0x1B008000 | sfBit(sf) | xRm(rm) | xRa(ra) | xRn(rn) | xRd(rd)
}

// Mul encodes MUL rd, rn, rm (MADD with ZR).
func Mul(sf bool, rd, rn, rm Reg) uint32 { return Madd(sf, rd, rn, rm, ZR) }

// Smulh encodes SMULH Xd, Xn, Xm (high 64 bits of the signed product).
func Smulh(rd, rn, rm Reg) uint32 { return 0x9B407C00 | xRm(rm) | xRn(rn) | xRd(rd) }

// Umulh encodes UMULH Xd, Xn, Xm.
func Umulh(rd, rn, rm Reg) uint32 { return 0x9BC07C00 | xRm(rm) | xRn(rn) | xRd(rd) }

// Smull encodes SMULL Xd, Wn, Wm (the 64-bit signed product; SMADDL with ZR).
func Smull(rd, rn, rm Reg) uint32 { return 0x9B207C00 | xRm(rm) | xRn(rn) | xRd(rd) }

// Umull encodes UMULL Xd, Wn, Wm (UMADDL with ZR).
func Umull(rd, rn, rm Reg) uint32 { return 0x9BA07C00 | xRm(rm) | xRn(rn) | xRd(rd) }

// Conditional select. 31 is ZR.

func csel(base uint32, sf bool, d, n, m Reg, c Cond) uint32 {
	return base | sfBit(sf) | xRm(m) | cond(c)<<12 | xRn(n) | xRd(d)
}

// Csel encodes CSEL rd, rn, rm, c (rd = c ? rn : rm).
func Csel(sf bool, rd, rn, rm Reg, c Cond) uint32 { return csel(0x1A800000, sf, rd, rn, rm, c) }

// Csinc encodes CSINC rd, rn, rm, c (rd = c ? rn : rm+1).
func Csinc(sf bool, rd, rn, rm Reg, c Cond) uint32 { return csel(0x1A800400, sf, rd, rn, rm, c) }

// Csinv encodes CSINV rd, rn, rm, c (rd = c ? rn : ^rm).
func Csinv(sf bool, rd, rn, rm Reg, c Cond) uint32 { return csel(0x5A800000, sf, rd, rn, rm, c) }

// Csneg encodes CSNEG rd, rn, rm, c (rd = c ? rn : -rm).
func Csneg(sf bool, rd, rn, rm Reg, c Cond) uint32 { return csel(0x5A800400, sf, rd, rn, rm, c) }

func checkSetCond(c Cond) {
	if c >= AL {
		panic("a64: cset/csetm need a condition other than AL/NV")
	}
}

// Cset encodes CSET rd, c (CSINC rd, ZR, ZR, !c): rd = c ? 1 : 0. c must
// not be AL or NV, whose inverse would not mean "never".
func Cset(sf bool, rd Reg, c Cond) uint32 {
	checkSetCond(c)
	return Csinc(sf, rd, ZR, ZR, c.Invert())
}

// Csetm encodes CSETM rd, c (CSINV rd, ZR, ZR, !c): rd = c ? -1 : 0.
func Csetm(sf bool, rd Reg, c Cond) uint32 {
	checkSetCond(c)
	return Csinv(sf, rd, ZR, ZR, c.Invert())
}

// Conditional compare: if c then flags = compare(rn, operand) else flags
// = nzcv. 31 is ZR.

func ccmp(base uint32, sf bool, n Reg, op5 uint32, nzcv uint8, c Cond) uint32 {
	if nzcv > 15 {
		bad("nzcv", int64(nzcv))
	}
	return base | sfBit(sf) | op5<<16 | cond(c)<<12 | xRn(n) | uint32(nzcv)
}

func ccmpImm5(v uint8) uint32 {
	if v > 31 {
		bad("ccmp imm5", int64(v))
	}
	return uint32(v)
}

// CcmpImm encodes CCMP rn, #imm5, #nzcv, c.
func CcmpImm(sf bool, rn Reg, imm5 uint8, nzcv uint8, c Cond) uint32 {
	return ccmp(0x7A400800, sf, rn, ccmpImm5(imm5), nzcv, c)
}

// CcmnImm encodes CCMN rn, #imm5, #nzcv, c.
func CcmnImm(sf bool, rn Reg, imm5 uint8, nzcv uint8, c Cond) uint32 {
	return ccmp(0x3A400800, sf, rn, ccmpImm5(imm5), nzcv, c)
}

// CcmpReg encodes CCMP rn, rm, #nzcv, c.
func CcmpReg(sf bool, rn, rm Reg, nzcv uint8, c Cond) uint32 {
	return ccmp(0x7A400000, sf, rn, xRd(rm), nzcv, c)
}

// CcmnReg encodes CCMN rn, rm, #nzcv, c.
func CcmnReg(sf bool, rn, rm Reg, nzcv uint8, c Cond) uint32 {
	return ccmp(0x3A400000, sf, rn, xRd(rm), nzcv, c)
}
