package amd64

import (
	"encoding/binary"
	"slices"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// The hand encoder: the general-purpose instructions that make up nearly
// all of the code (moves, ALU operations, LEA, compares, extensions,
// shifts, SETcc, CMOVcc, calls, pushes and pops) are encoded here, about
// nine times cheaper per instruction than by golang-asm's table search
// (shared/design/golang-asm.md §4). Each form gives exactly the bytes golang-asm gives
// (TestHandEncoderMatchesGoasm compares them operand by operand); the
// forms it does not know go to golang-asm.

// encReloc is the relocation of an instruction's symbol operand, its
// offset counted from the start of the instruction.
type encReloc struct {
	sym *obj.LSym
	off uint8
	typ objabi.RelocType
	add int64
}

// encoder builds one instruction.
type encoder struct {
	b   []byte
	rel encReloc
	// relAt is the offset of the rel32 of a RIP-relative operand in b,
	// or -1; its addend is fixed once the instruction's length is known.
	relAt int
}

// rexW is REX.W, the 64-bit operand size (R, X and B are computed from
// register numbers).
const rexW = 0x08

// opnd is an operand in the hand encoder's terms: a register, a
// constant, or [base + index*scale + disp] (RIP-relative with a symbol).
// The Emitter builds these and hands them to the encoder at once; a
// golang-asm obj.Addr, twice as large, with fields the encoder would have
// to rule out one by one, is made only for the instructions golang-asm
// encodes (addr).
type opnd struct {
	kind  opKind
	reg   int16     // the register, or a memory operand's base (golang-asm's numbers; 0: none)
	index int16     // a memory operand's index register (0: none)
	scale int16     // its scale
	off   int64     // the constant, or the displacement
	sym   *obj.LSym // a RIP-relative memory operand's symbol, or a call's target
}

type opKind uint8

const (
	oNone   opKind = iota
	oReg           // reg
	oImm           // the constant off
	oMem           // [reg + index*scale + off], or [sym + off] RIP-relative
	oBranch        // sym, a call's target
)

// addr returns o as golang-asm's operand.
func (o opnd) addr() obj.Addr {
	switch o.kind {
	case oReg:
		return obj.Addr{Type: obj.TYPE_REG, Reg: o.reg}
	case oImm:
		return obj.Addr{Type: obj.TYPE_CONST, Offset: o.off}
	case oMem:
		if o.sym != nil {
			return obj.Addr{Type: obj.TYPE_MEM, Name: obj.NAME_EXTERN, Sym: o.sym, Offset: o.off}
		}
		return obj.Addr{Type: obj.TYPE_MEM, Reg: o.reg, Index: o.index, Scale: o.scale, Offset: o.off}
	case oBranch:
		return obj.Addr{Type: obj.TYPE_BRANCH, Name: obj.NAME_EXTERN, Sym: o.sym}
	}
	return obj.Addr{}
}

// opndOf returns golang-asm's operand a as the encoder's, or false if a
// is of a form addr does not make (the encoder declines it).
func opndOf(a *obj.Addr) (opnd, bool) {
	switch a.Type {
	case obj.TYPE_NONE:
		return opnd{}, true
	case obj.TYPE_REG:
		if a.Index == 0 && a.Offset == 0 && a.Sym == nil && a.Name == obj.NAME_NONE {
			return opnd{kind: oReg, reg: a.Reg}, true
		}
	case obj.TYPE_CONST:
		if a.Reg == 0 && a.Index == 0 && a.Sym == nil && a.Name == obj.NAME_NONE {
			return opnd{kind: oImm, off: a.Offset}, true
		}
	case obj.TYPE_MEM:
		switch {
		case a.Name == obj.NAME_EXTERN && a.Sym != nil && a.Reg == 0 && a.Index == 0:
			return opnd{kind: oMem, sym: a.Sym, off: a.Offset}, true
		case a.Name == obj.NAME_NONE && a.Sym == nil && a.Reg != 0:
			return opnd{kind: oMem, reg: a.Reg, index: a.Index, scale: a.Scale, off: a.Offset}, true
		}
	case obj.TYPE_BRANCH:
		if a.Name == obj.NAME_EXTERN && a.Sym != nil && a.Reg == 0 && a.Index == 0 && a.Offset == 0 {
			return opnd{kind: oBranch, sym: a.Sym}, true
		}
	}
	return opnd{}, false
}

// gpr reports whether a is a general-purpose register and returns its
// number.
func gpr(a *opnd) (byte, bool) {
	if a.kind != oReg || a.reg < x86.REG_AX || a.reg > x86.REG_R15 {
		return 0, false
	}
	return byte(a.reg - x86.REG_AX), true
}

// memOK reports whether a is a memory operand the encoder knows: [base +
// index*scale + disp32] with general-purpose registers, or a symbol,
// RIP-relative.
func memOK(a *opnd) bool {
	if a.kind != oMem || a.off != int64(int32(a.off)) {
		return false
	}
	if a.sym != nil {
		return true
	}
	if a.reg < x86.REG_AX || a.reg > x86.REG_R15 {
		return false
	}
	if a.index == 0 {
		return true
	}
	// SP cannot be an index.
	if a.index < x86.REG_AX || a.index > x86.REG_R15 || a.index == x86.REG_SP {
		return false
	}
	switch a.scale {
	case 1, 2, 4, 8:
		return true
	}
	return false
}

// rmOK reports whether a is a general-purpose register or a known memory
// operand.
func rmOK(a *opnd) bool {
	_, ok := gpr(a)
	return ok || memOK(a)
}

// rexOf returns the REX bits of r/m operand a (B, X) with reg field reg.
func rexOf(reg byte, a *opnd) byte {
	rex := (reg >> 3 & 1) << 2
	if a.sym != nil {
		return rex
	}
	rex |= byte(a.reg-x86.REG_AX) >> 3 & 1
	if a.index != 0 {
		rex |= (byte(a.index-x86.REG_AX) >> 3 & 1) << 1
	}
	return rex
}

// byteRex returns REX 0x40 for a byte operation on SP, BP, SI or DI,
// whose low bytes need a REX prefix (without one they name AH to BH).
func byteRex(a *opnd) byte {
	if a.kind == oReg && a.reg >= x86.REG_SP && a.reg <= x86.REG_DI {
		return 0x40
	}
	return 0
}

// head appends the prefix (0x66 or 0), the REX byte if any bit is set
// (or force, 0x40, is), and opcode op: one byte, or two (0x0f and one)
// above 0xff.
func (e *encoder) head(prefix, rex, force byte, op uint16) {
	b := e.b
	if prefix != 0 {
		b = append(b, prefix)
	}
	if rex != 0 || force != 0 {
		b = append(b, 0x40|rex)
	}
	if op > 0xff {
		b = append(b, byte(op>>8))
	}
	e.b = append(b, byte(op))
}

// modrm appends the ModRM byte (and SIB and displacement) of memory
// operand a with reg field reg, as golang-asm's asmandsz chooses them.
func (e *encoder) modrm(reg byte, a *opnd) {
	reg = (reg & 7) << 3
	if a.sym != nil {
		// RIP-relative: the addend is relative to the end of the
		// instruction, fixed in encode.
		e.b = append(e.b, reg|5)
		e.relAt = len(e.b)
		e.rel = encReloc{sym: a.sym, off: uint8(len(e.b)), typ: objabi.R_PCREL, add: a.off}
		e.b = append(e.b, 0, 0, 0, 0)
		return
	}
	x, n := memModRM(reg, a)
	l := len(e.b)
	e.b = slices.Grow(e.b, 8)
	binary.LittleEndian.PutUint64(e.b[l:l+8], x)
	e.b = e.b[:l+n]
}

// memModRM returns the ModRM byte (reg field reg, the low three bits of
// reg shifted into place), SIB and displacement of memory operand a
// without a symbol (memOK), as golang-asm's asmandsz chooses them: n
// bytes, little-endian in x (the bits above them are the displacement's
// sign and not part of the encoding).
func memModRM(reg byte, a *opnd) (x uint64, n int) {
	modrm := reg
	base := byte(a.reg-x86.REG_AX) & 7
	var sib uint64
	sibN := 0
	switch {
	case a.index != 0:
		sib, sibN = uint64((byte(a.index-x86.REG_AX)&7)<<3|base|scaleBits(a.scale)), 1
		modrm |= 4
	case base == 4: // SP and R12 need a SIB byte
		sib, sibN = 0x24, 1
		modrm |= 4
	default:
		modrm |= base
	}
	disp := int32(a.off)
	dispN := 0
	switch {
	case disp == 0 && base != 5: // BP and R13 need a displacement
	case disp == int32(int8(disp)):
		modrm |= 0x40
		dispN = 1
	default:
		modrm |= 0x80
		dispN = 4
	}
	// (The shift is masked, in range anyway, so that it compiles to one
	// instruction.)
	return uint64(modrm) | sib<<8 | uint64(uint32(disp))<<((8+8*sibN)&63), 1 + sibN + dispN
}

func scaleBits(s int16) byte {
	switch s {
	case 2:
		return 1 << 6
	case 4:
		return 2 << 6
	case 8:
		return 3 << 6
	}
	return 0
}

func appendInt32(b []byte, v int32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

// rm encodes "prefix REX op modrm" with reg field reg and r/m operand a.
func (e *encoder) rm(prefix, w byte, force byte, reg byte, a *opnd, op uint16) {
	e.head(prefix, w|rexOf(reg, a), force, op)
	if a.kind == oReg {
		e.b = append(e.b, 0xc0|(reg&7)<<3|byte(a.reg-x86.REG_AX)&7)
		return
	}
	e.modrm(reg, a)
}

// immClass is golang-asm's classification of a constant that matters
// here: fits a sign-extended byte, fits 32 bits signed or unsigned, or
// needs 64.
type immClass uint8

const (
	imm8 immClass = iota
	imm32
	imm64
)

func classify(v int64) immClass {
	switch {
	case v >= -128 && v <= 127:
		return imm8
	case v == int64(int32(v)) || v>>32 == 0:
		return imm32
	}
	return imm64
}

// aluCode gives the opcodes of an ALU operation: the /digit of its
// immediate forms, the short form with AX, "op r/m, r" and "op r, r/m".
type aluCode struct {
	digit        byte
	ax, rmR, rRm uint16
}

// encKind is a group of instructions encoded alike.
type encKind uint8

const (
	kNone    encKind = iota // not known: golang-asm's
	kMov                    // MOVQ, MOVL, MOVW, MOVB
	kAlu                    // ADD, SUB, AND, OR, XOR
	kCmp                    // CMP
	kTest                   // TEST
	kLea                    // LEA
	kImul3                  // IMUL3: "IMUL3 $c, r/m, r"
	kNeg                    // NEG r/m (in To)
	kDiv                    // DIV, IDIV, MUL r/m (in From)
	kShift                  // shifts and rotates by a constant or CL
	kExt                    // "op r/m, r": MOVZX, MOVSX, MOVSXD, IMUL (and IMUL r/m)
	kSet                    // SETcc
	kCmov                   // CMOVcc
	kJcc                    // conditional jumps (relaxed by the assembler)
	kLit                    // no operands: literal bytes
	kPush                   // PUSHQ r
	kPop                    // POPQ r
	kCallJmp                // CALL, JMP to a register, memory or (CALL) symbol
	kQuad                   // 8 bytes of data
)

// encInfo is how the hand encoder encodes an instruction.
type encInfo struct {
	kind encKind
	w    byte // REX.W, or 0
	// code is the condition of kSet, kCmov and kJcc, the /digit of
	// kShift, kDiv and kCallJmp, and of kExt's one-operand form (if any).
	code byte
	// opc is kExt's opcode (as head takes it), byteSrc marks its byte
	// sources; op holds kLit's bytes (n of them).
	opc     uint16
	byteSrc bool
	op      [2]byte
	n       uint8
	alu     aluCode
}

// encTab gives the encoding of each instruction, indexed by As&AMask.
// newAsm fills it (every encoder is an asm's), not package
// initialization: every kiln process links the backend, and most (a run
// from the cache) never compile; filling it touched some 20 KB of memory
// in each.
var (
	encTab     [x86.ALAST & obj.AMask]encInfo
	encTabOnce sync.Once
)

// encInfoOf returns the encoding of as. It is looked up per instruction,
// so without the sync.Once (newAsm's), which kept it from being inlined.
func encInfoOf(as obj.As) *encInfo { return &encTab[as&obj.AMask] }

func setEnc(as obj.As, i encInfo) { encTab[as&obj.AMask] = i }

func fillEncTab() {
	for _, x := range []struct {
		q, l obj.As
		c    aluCode
	}{
		{x86.AADDQ, x86.AADDL, aluCode{0, 0x05, 0x01, 0x03}}, {x86.AORQ, x86.AORL, aluCode{1, 0x0d, 0x09, 0x0b}},
		{x86.AANDQ, x86.AANDL, aluCode{4, 0x25, 0x21, 0x23}}, {x86.ASUBQ, x86.ASUBL, aluCode{5, 0x2d, 0x29, 0x2b}},
		{x86.AXORQ, x86.AXORL, aluCode{6, 0x35, 0x31, 0x33}}, {x86.ACMPQ, x86.ACMPL, aluCode{7, 0x3d, 0x39, 0x3b}},
		{x86.AADCQ, x86.AADCL, aluCode{2, 0x15, 0x11, 0x13}}, {x86.ASBBQ, x86.ASBBL, aluCode{3, 0x1d, 0x19, 0x1b}},
	} {
		k := kAlu
		if x.q == x86.ACMPQ {
			k = kCmp
		}
		setEnc(x.q, encInfo{kind: k, w: rexW, alu: x.c})
		setEnc(x.l, encInfo{kind: k, alu: x.c})
	}
	for _, x := range []struct {
		q, l  obj.As
		digit byte
	}{
		{x86.AROLQ, x86.AROLL, 0}, {x86.ARORQ, x86.ARORL, 1}, {x86.ASHLQ, x86.ASHLL, 4},
		{x86.ASHRQ, x86.ASHRL, 5}, {x86.ASARQ, x86.ASARL, 7},
	} {
		setEnc(x.q, encInfo{kind: kShift, w: rexW, code: x.digit})
		setEnc(x.l, encInfo{kind: kShift, code: x.digit})
	}
	for _, x := range []struct {
		as      obj.As
		w       byte
		opc     uint16
		byteSrc bool
	}{
		{x86.AMOVBLZX, 0, 0x0fb6, true}, {x86.AMOVBQZX, rexW, 0x0fb6, true},
		{x86.AMOVBLSX, 0, 0x0fbe, true}, {x86.AMOVBQSX, rexW, 0x0fbe, true},
		{x86.AMOVWLZX, 0, 0x0fb7, false}, {x86.AMOVWQZX, rexW, 0x0fb7, false},
		{x86.AMOVWLSX, 0, 0x0fbf, false}, {x86.AMOVWQSX, rexW, 0x0fbf, false},
		{x86.AMOVLQSX, rexW, 0x63, false},
	} {
		setEnc(x.as, encInfo{kind: kExt, w: x.w, opc: x.opc, byteSrc: x.byteSrc})
	}
	// IMUL r, r/m; its one-operand form (code), RDX:RAX = RAX * r/m, is
	// encoded as DIV's.
	setEnc(x86.AIMULQ, encInfo{kind: kExt, w: rexW, opc: 0x0faf, code: 5})
	setEnc(x86.AIMULL, encInfo{kind: kExt, opc: 0x0faf, code: 5})
	for cc, as := range [16][4]obj.As{
		{x86.AJOS, x86.ASETOS, x86.ACMOVQOS, x86.ACMOVLOS}, {x86.AJOC, x86.ASETOC, x86.ACMOVQOC, x86.ACMOVLOC},
		{x86.AJCS, x86.ASETCS, x86.ACMOVQCS, x86.ACMOVLCS}, {x86.AJCC, x86.ASETCC, x86.ACMOVQCC, x86.ACMOVLCC},
		{x86.AJEQ, x86.ASETEQ, x86.ACMOVQEQ, x86.ACMOVLEQ}, {x86.AJNE, x86.ASETNE, x86.ACMOVQNE, x86.ACMOVLNE},
		{x86.AJLS, x86.ASETLS, x86.ACMOVQLS, x86.ACMOVLLS}, {x86.AJHI, x86.ASETHI, x86.ACMOVQHI, x86.ACMOVLHI},
		{x86.AJMI, x86.ASETMI, x86.ACMOVQMI, x86.ACMOVLMI}, {x86.AJPL, x86.ASETPL, x86.ACMOVQPL, x86.ACMOVLPL},
		{x86.AJPS, x86.ASETPS, x86.ACMOVQPS, x86.ACMOVLPS}, {x86.AJPC, x86.ASETPC, x86.ACMOVQPC, x86.ACMOVLPC},
		{x86.AJLT, x86.ASETLT, x86.ACMOVQLT, x86.ACMOVLLT}, {x86.AJGE, x86.ASETGE, x86.ACMOVQGE, x86.ACMOVLGE},
		{x86.AJLE, x86.ASETLE, x86.ACMOVQLE, x86.ACMOVLLE}, {x86.AJGT, x86.ASETGT, x86.ACMOVQGT, x86.ACMOVLGT},
	} {
		setEnc(as[0], encInfo{kind: kJcc, code: byte(cc)})
		setEnc(as[1], encInfo{kind: kSet, code: byte(cc)})
		setEnc(as[2], encInfo{kind: kCmov, w: rexW, code: byte(cc)})
		setEnc(as[3], encInfo{kind: kCmov, code: byte(cc)})
	}
	setEnc(x86.AMOVQ, encInfo{kind: kMov, w: rexW})
	setEnc(x86.AMOVL, encInfo{kind: kMov})
	setEnc(x86.AMOVW, encInfo{kind: kMov})
	setEnc(x86.AMOVB, encInfo{kind: kMov})
	setEnc(x86.ATESTQ, encInfo{kind: kTest, w: rexW})
	setEnc(x86.ATESTL, encInfo{kind: kTest})
	setEnc(x86.ALEAQ, encInfo{kind: kLea, w: rexW})
	setEnc(x86.ALEAL, encInfo{kind: kLea})
	setEnc(x86.AIMUL3Q, encInfo{kind: kImul3, w: rexW})
	setEnc(x86.AIMUL3L, encInfo{kind: kImul3})
	setEnc(x86.ANEGQ, encInfo{kind: kNeg, w: rexW})
	setEnc(x86.ANEGL, encInfo{kind: kNeg})
	setEnc(x86.ADIVQ, encInfo{kind: kDiv, w: rexW, code: 6})
	setEnc(x86.ADIVL, encInfo{kind: kDiv, code: 6})
	setEnc(x86.AIDIVQ, encInfo{kind: kDiv, w: rexW, code: 7})
	setEnc(x86.AIDIVL, encInfo{kind: kDiv, code: 7})
	setEnc(x86.AMULQ, encInfo{kind: kDiv, w: rexW, code: 4})
	setEnc(x86.AMULL, encInfo{kind: kDiv, code: 4})
	setEnc(x86.ACQO, encInfo{kind: kLit, op: [2]byte{0x48, 0x99}, n: 2})
	setEnc(x86.ACDQ, encInfo{kind: kLit, op: [2]byte{0x99}, n: 1})
	setEnc(obj.ARET, encInfo{kind: kLit, op: [2]byte{0xc3}, n: 1})
	setEnc(obj.ANOP, encInfo{kind: kLit})
	setEnc(x86.APUSHQ, encInfo{kind: kPush})
	setEnc(x86.APOPQ, encInfo{kind: kPop})
	setEnc(obj.ACALL, encInfo{kind: kCallJmp, code: 2})
	setEnc(obj.AJMP, encInfo{kind: kCallJmp, code: 4})
	setEnc(x86.AQUAD, encInfo{kind: kQuad})
}

// encode appends the machine code of p to b and reports whether p is
// one of the forms the hand encoder knows; if not, b is unchanged. A
// symbol operand's relocation comes back in rel (rel.sym nil: none).
func (e *encoder) encode(b []byte, p *obj.Prog) (out []byte, rel encReloc, ok bool) {
	from, ok1 := opndOf(&p.From)
	to, ok2 := opndOf(&p.To)
	mid, ok3 := opnd{}, len(p.RestArgs) == 0
	if len(p.RestArgs) == 1 {
		mid, ok3 = opndOf(&p.RestArgs[0])
	}
	if !ok1 || !ok2 || !ok3 {
		return b, encReloc{}, false
	}
	midp := &mid
	if len(p.RestArgs) == 0 {
		midp = nil
	}
	e.rel = encReloc{}
	if b, ok = e.encodeOps(b, p.As, &from, &to, midp); !ok {
		return b, encReloc{}, false
	}
	return b, e.rel, true
}

// encodeOps is encode for the instruction "as from, mid, to" (mid nil:
// "as from, to"), whose operands need not be in a Prog. A symbol
// operand's relocation is left in e.rel (which is not cleared otherwise:
// ins gives it none).
func (e *encoder) encodeOps(b []byte, as obj.As, from, to, mid *opnd) (out []byte, ok bool) {
	if mid == nil {
		if out, ok = short(b, as, from, to); ok {
			return out, true
		}
	}
	return e.general(b, as, from, to, mid)
}

// general is encodeOps without short's path (which has declined "as
// from, to" already if mid is nil).
func (e *encoder) general(b []byte, as obj.As, from, to, mid *opnd) (out []byte, ok bool) {
	info := encInfoOf(as)
	if info.kind == kNone || (mid != nil) != (info.kind == kImul3) {
		return b, false
	}
	e.b = b
	e.relAt = -1
	start := len(b)
	if !e.inst(as, from, to, mid, info) {
		return b[:start], false
	}
	if e.relAt >= 0 {
		// As golang-asm: the addend counts from the end of the rel32 to
		// the end of the instruction (an immediate may follow).
		e.rel.add -= int64(len(e.b) - (e.relAt + 4))
		e.rel.off = uint8(e.relAt - start)
	}
	return e.b, true
}

// inst encodes "as from, mid, to" if it knows the form.
func (e *encoder) inst(as obj.As, from, to, mid *opnd, info *encInfo) bool {
	w := info.w
	switch info.kind {
	case kMov:
		return e.mov(as, from, to)
	case kAlu:
		return e.alu(info.alu, w, from, to)
	case kCmp:
		// CMP's operands are in Intel order: flags of From - To.
		if to.kind == oImm {
			return e.aluImm(info.alu, w, to.off, from)
		}
		if r, ok := gpr(to); ok && rmOK(from) {
			e.rm(0, w, 0, r, from, info.alu.rmR)
			return true
		}
		if r, ok := gpr(from); ok && memOK(to) {
			e.rm(0, w, 0, r, to, info.alu.rRm)
			return true
		}
	case kTest:
		if from.kind == oImm {
			if classify(from.off) == imm64 || !rmOK(to) {
				return false
			}
			if r, ok := gpr(to); ok && r == 0 {
				e.head(0, w, 0, 0xa9)
			} else {
				e.rm(0, w, 0, 0, to, 0xf7)
			}
			e.b = appendInt32(e.b, int32(from.off))
			return true
		}
		if r, ok := gpr(from); ok && rmOK(to) {
			e.rm(0, w, 0, r, to, 0x85)
			return true
		}
		if r, ok := gpr(to); ok && memOK(from) {
			e.rm(0, w, 0, r, from, 0x85)
			return true
		}
	case kLea:
		r, ok := gpr(to)
		if !ok || !memOK(from) || from.sym != nil && w == 0 {
			return false
		}
		e.rm(0, w, 0, r, from, 0x8d)
		return true
	case kImul3:
		if from.kind != oImm {
			return false
		}
		r, ok := gpr(to)
		if !ok || !rmOK(mid) {
			return false
		}
		switch classify(from.off) {
		case imm8:
			e.rm(0, w, 0, r, mid, 0x6b)
			e.b = append(e.b, byte(from.off))
		case imm32:
			e.rm(0, w, 0, r, mid, 0x69)
			e.b = appendInt32(e.b, int32(from.off))
		default:
			return false
		}
		return true
	case kNeg:
		if from.kind != oNone || !rmOK(to) {
			return false
		}
		e.rm(0, w, 0, 3, to, 0xf7)
		return true
	case kDiv:
		if to.kind != oNone || !rmOK(from) {
			return false
		}
		e.rm(0, w, 0, info.code, from, 0xf7)
		return true
	case kShift:
		return e.shift(info.code, w, from, to)
	case kExt:
		if to.kind == oNone && info.code != 0 {
			if !rmOK(from) {
				return false
			}
			e.rm(0, w, 0, info.code, from, 0xf7)
			return true
		}
		r, ok := gpr(to)
		if !ok || !rmOK(from) || from.sym != nil {
			return false
		}
		force := byte(0)
		if info.byteSrc {
			force = byteRex(from)
		}
		e.rm(0, w, force, r, from, info.opc)
		return true
	case kSet:
		if from.kind != oNone || !rmOK(to) {
			return false
		}
		e.rm(0, 0, byteRex(to), 0, to, 0x0f90+uint16(info.code))
		return true
	case kCmov:
		r, ok := gpr(to)
		if !ok || !rmOK(from) || from.sym != nil {
			return false
		}
		e.rm(0, w, 0, r, from, 0x0f40+uint16(info.code))
		return true
	case kLit:
		e.b = append(e.b, info.op[:info.n]...)
		return from.kind == oNone && to.kind == oNone
	case kPush, kPop:
		a, none, op := from, to, byte(0x50)
		if info.kind == kPop {
			a, none, op = to, from, 0x58
		}
		r, ok := gpr(a)
		if !ok || none.kind != oNone {
			return false
		}
		e.head(0, r>>3, 0, uint16(op+r&7))
		return true
	case kCallJmp:
		if from.kind != oNone {
			return false
		}
		if to.kind == oBranch {
			// A call to a symbol: rel32, relocated (a branch to a label is
			// not encoded here but relaxed by the assembler).
			if as != obj.ACALL || to.sym == nil || to.off != 0 {
				return false
			}
			e.b = append(e.b, 0xe8, 0, 0, 0, 0)
			e.rel = encReloc{sym: to.sym, off: 1, typ: objabi.R_CALL}
			return true
		}
		if !rmOK(to) || to.sym != nil {
			return false
		}
		e.rm(0, 0, 0, info.code, to, 0xff)
		return true
	case kQuad:
		if from.kind != oImm || to.kind != oNone {
			return false
		}
		v := uint64(from.off)
		e.b = append(e.b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24), byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
		return true
	}
	return false
}

// alu encodes ADD, SUB, AND, OR and XOR.
func (e *encoder) alu(c aluCode, w byte, from, to *opnd) bool {
	if from.kind == oImm {
		return e.aluImm(c, w, from.off, to)
	}
	if r, ok := gpr(from); ok && rmOK(to) {
		e.rm(0, w, 0, r, to, c.rmR)
		return true
	}
	if r, ok := gpr(to); ok && memOK(from) {
		e.rm(0, w, 0, r, from, c.rRm)
		return true
	}
	return false
}

// aluImm encodes "op $v, a" (CMP: "CMP a, $v").
func (e *encoder) aluImm(c aluCode, w byte, v int64, a *opnd) bool {
	if !rmOK(a) {
		return false
	}
	switch classify(v) {
	case imm8:
		e.rm(0, w, 0, c.digit, a, 0x83)
		e.b = append(e.b, byte(v))
	case imm32:
		if r, ok := gpr(a); ok && r == 0 {
			e.head(0, w, 0, c.ax)
		} else {
			e.rm(0, w, 0, c.digit, a, 0x81)
		}
		e.b = appendInt32(e.b, int32(v))
	default:
		return false
	}
	return true
}

// shift encodes the shifts and rotates by a constant or by CL.
func (e *encoder) shift(digit, w byte, from, to *opnd) bool {
	if !rmOK(to) {
		return false
	}
	switch {
	case from.kind == oImm && from.off == 1:
		e.rm(0, w, 0, digit, to, 0xd1)
	case from.kind == oImm && from.off >= 0 && from.off <= 255:
		e.rm(0, w, 0, digit, to, 0xc1)
		e.b = append(e.b, byte(from.off))
	case from.kind == oReg && from.reg == x86.REG_CX:
		e.rm(0, w, 0, digit, to, 0xd3)
	default:
		return false
	}
	return true
}

// mov encodes the general-purpose MOVs (MOVQ to or from an XMM register
// is golang-asm's).
func (e *encoder) mov(as obj.As, from, to *opnd) bool {
	var prefix, w, force byte
	rmR, rRm := uint16(0x89), uint16(0x8b)
	switch as {
	case x86.AMOVQ:
		w = rexW
	case x86.AMOVW:
		prefix = 0x66
	case x86.AMOVB:
		rmR, rRm = 0x88, 0x8a
		force = byteRex(from) | byteRex(to)
	}
	if from.kind == oImm {
		return e.movImm(as, prefix, w, from.off, to)
	}
	if r, ok := gpr(from); ok && rmOK(to) {
		e.rm(prefix, w, force, r, to, rmR)
		return true
	}
	if r, ok := gpr(to); ok && memOK(from) {
		e.rm(prefix, w, force, r, from, rRm)
		return true
	}
	return false
}

// movImm encodes a MOV of constant v to a, choosing the form golang-asm
// does: MOVQ takes the sign-extended imm32 form for a register when it
// can, else MOVL's form (a 32-bit value) or MOVABS; MOVL, MOVW and MOVB
// write the immediate at their width.
func (e *encoder) movImm(as obj.As, prefix, w byte, v int64, a *opnd) bool {
	class := classify(v)
	r, isReg := gpr(a)
	if !isReg && !memOK(a) {
		return false
	}
	switch as {
	case x86.AMOVQ:
		switch {
		case isReg && v == int64(int32(v)):
			e.rm(0, w, 0, 0, a, 0xc7)
			e.b = appendInt32(e.b, int32(v))
		case isReg && v>>32 == 0:
			e.head(0, r>>3, 0, uint16(0xb8+r&7))
			e.b = appendInt32(e.b, int32(v))
		case isReg:
			e.head(0, w|r>>3, 0, uint16(0xb8+r&7))
			e.b = appendInt32(e.b, int32(v))
			e.b = appendInt32(e.b, int32(v>>32))
		case class == imm64:
			return false
		default:
			e.rm(0, w, 0, 0, a, 0xc7)
			e.b = appendInt32(e.b, int32(v))
		}
	case x86.AMOVL, x86.AMOVW:
		if class == imm64 {
			return false
		}
		if isReg {
			e.head(prefix, r>>3, 0, uint16(0xb8+r&7))
		} else {
			e.rm(prefix, 0, 0, 0, a, 0xc7)
		}
		if as == x86.AMOVW {
			e.b = append(e.b, byte(v), byte(v>>8))
		} else {
			e.b = appendInt32(e.b, int32(v))
		}
	case x86.AMOVB:
		if class == imm64 {
			return false
		}
		if isReg {
			e.head(0, r>>3, byteRex(a), uint16(0xb0+r&7))
		} else {
			e.rm(0, 0, 0, 0, a, 0xc6)
		}
		e.b = append(e.b, byte(v))
	}
	return true
}

// short encodes the commonest forms, most of the code, without the
// general path's chain of calls and small appends: MOVQ and MOVL between
// registers and memory or of a constant to a register or memory, and
// ADD, SUB, AND, OR, XOR, CMP, TEST and LEA with register, memory (no
// symbol) or constant operands, each written in place into b's spare
// capacity. It declines every other form (ok false, b unchanged), the
// general path's to encode; those it takes it encodes to the general
// path's bytes (TestHandEncoderMatchesGoasm checks both, and golang-asm).
func short(b []byte, as obj.As, from, to *opnd) (out []byte, ok bool) {
	info := encInfoOf(as)
	w := info.w
	if from.kind == oReg && to.kind == oReg {
		// Between general-purpose registers, the commonest form of all:
		// "op r/m, r", r/m To (CMP's, in Intel order, From).
		r, m := byte(from.reg-x86.REG_AX), byte(to.reg-x86.REG_AX)
		var op byte
		switch info.kind {
		case kMov:
			if as == x86.AMOVQ || as == x86.AMOVL {
				op = 0x89
			}
		case kAlu:
			op = byte(info.alu.rmR)
		case kCmp:
			op = byte(info.alu.rmR)
			r, m = m, r
		case kTest:
			op = 0x85
		}
		if op != 0 && uint16(from.reg-x86.REG_AX) < 16 && uint16(to.reg-x86.REG_AX) < 16 {
			if rex := w | r>>3<<2 | m>>3; rex != 0 {
				return append(b, 0x40|rex, op, 0xc0|(r&7)<<3|m&7), true
			}
			return append(b, op, 0xc0|(r&7)<<3|m&7), true
		}
	}
	// The instruction: opcode op with reg field reg and r/m operand a,
	// then immediate v of immN bytes (0, 1 or 4); or, with a nil, the
	// one-byte opcode op, with reg folded into it or not (reg >= 8 sets
	// REX.B), and the immediate.
	var a *opnd
	var reg, op byte
	var v int64
	immN := 0
	switch info.kind {
	case kMov:
		switch {
		case as != x86.AMOVQ && as != x86.AMOVL:
			return b, false
		case from.kind == oReg && from.reg >= x86.REG_AX && from.reg <= x86.REG_R15:
			reg, op, a = byte(from.reg-x86.REG_AX), 0x89, to
		case from.kind == oImm && to.kind == oMem && classify(from.off) != imm64:
			// MOV $v, m: C7 /0 id (MOVQ's sign-extended, as movImm).
			op, a, v, immN = 0xc7, to, from.off, 4
		case to.kind != oReg || to.reg < x86.REG_AX || to.reg > x86.REG_R15:
			return b, false
		case from.kind == oMem:
			reg, op, a = byte(to.reg-x86.REG_AX), 0x8b, from
		case from.kind != oImm:
			return b, false
		case as == x86.AMOVL && classify(from.off) != imm64:
			// MOVL $v, r: B8+r id.
			r := byte(to.reg - x86.REG_AX)
			reg, op, v, immN = r, 0xb8+r&7, from.off, 4
		case as == x86.AMOVQ && from.off == int64(int32(from.off)):
			// MOVQ $v, r: REX.W C7 /0 id (sign-extended).
			op, a, v, immN = 0xc7, to, from.off, 4
		default:
			return b, false
		}
	case kAlu, kCmp:
		rm, other := to, from // "op r, r/m", or the immediate's r/m
		if info.kind == kCmp {
			// CMP's operands are in Intel order.
			rm, other = from, to
		}
		c := &info.alu
		switch {
		case other.kind == oImm:
			v = other.off
			switch classify(v) {
			case imm8:
				reg, op, a, immN = c.digit, 0x83, rm, 1
			case imm32:
				if rm.kind == oReg && rm.reg == x86.REG_AX {
					op, immN = byte(c.ax), 4
				} else {
					reg, op, a, immN = c.digit, 0x81, rm, 4
				}
			default:
				return b, false
			}
		case other.kind == oReg && other.reg >= x86.REG_AX && other.reg <= x86.REG_R15:
			reg, op, a = byte(other.reg-x86.REG_AX), byte(c.rmR), rm
		case rm.kind == oReg && rm.reg >= x86.REG_AX && rm.reg <= x86.REG_R15 && other.kind == oMem:
			reg, op, a = byte(rm.reg-x86.REG_AX), byte(c.rRm), other
		default:
			return b, false
		}
	case kTest:
		switch {
		case from.kind == oReg && from.reg >= x86.REG_AX && from.reg <= x86.REG_R15:
			reg, op, a = byte(from.reg-x86.REG_AX), 0x85, to
		case to.kind == oReg && to.reg >= x86.REG_AX && to.reg <= x86.REG_R15 && from.kind == oMem:
			reg, op, a = byte(to.reg-x86.REG_AX), 0x85, from
		default:
			return b, false
		}
	case kLea:
		if to.kind != oReg || to.reg < x86.REG_AX || to.reg > x86.REG_R15 || from.kind != oMem {
			return b, false
		}
		reg, op, a = byte(to.reg-x86.REG_AX), 0x8d, from
	default:
		return b, false
	}
	// The r/m operand's ModRM, SIB and displacement.
	rex := w
	var rm uint64 // its bytes, rmN of them
	rmN := 0
	if a != nil {
		switch {
		case a.kind == oReg:
			base, ok := gpr(a)
			if !ok {
				return b, false
			}
			rm, rmN = uint64(0xc0|(reg&7)<<3|base&7), 1
		case a.sym == nil && memOK(a):
			rm, rmN = memModRM((reg&7)<<3, a)
		default:
			return b, false
		}
		rex |= rexOf(reg, a)
	} else {
		rex |= reg >> 3
	}
	// The bytes before the immediate, little-endian: at most REX,
	// opcode, ModRM, SIB and disp32 (beyond hn, what is left of disp is
	// cut off or overwritten by the immediate).
	var hdr uint64
	hn := 0
	if rex != 0 {
		hdr, hn = 0x40|uint64(rex), 1
	}
	hdr |= uint64(op) << (8 * hn)
	hn++
	// (The shift is masked, in range anyway, so that it compiles to one
	// instruction.)
	hdr |= rm << ((8 * hn) & 63)
	hn += rmN
	// Written in place, in the capacity beyond b's length, and cut to
	// the instruction's.
	l := len(b)
	b = slices.Grow(b, 16)
	x := (*[16]byte)(b[l : l+16])
	binary.LittleEndian.PutUint64(x[:8], hdr)
	binary.LittleEndian.PutUint32(x[hn:], uint32(v))
	return b[:l+hn+immN], true
}
