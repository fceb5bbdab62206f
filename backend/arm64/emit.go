package arm64

import (
	"errors"
	"fmt"
	"math"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/internal/isel"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// Emitter encodes allocated functions. Use one per goroutine.
type Emitter struct {
	b buf
	e emitState
}

type emitState struct {
	l          *Lowered
	alloc      *mach.Allocation
	blocks     []label // label of each block (a forwarder's is its destination's)
	next       []label // label of the block emitted after each block, -1 at the end
	skip       []bool
	dest       []int
	on         []int32 // mach.Forwarders' switches
	dispatch   []bool  // mach.Dispatchers
	copying    int     // the depth of the copies (mach.WalkBlock) being emitted
	stubs      mach.StubLabels[label]
	traps      []trapRef
	crossCalls []crossCall
	memSites   []mach.FuncTrap // sites at an instruction, without a stub: memory accesses, calls
	relocs     []mach.Reloc
	data       []mach.Range
	saved      []mach.Reg            // callee-saved registers the function preserves
	savedOff   []int64               // their slots' offsets from the frame pointer
	wrap       mach.Wrap             // where saved are saved and restored
	exits      mach.ExitStubs[label] // wrap's restore stubs
	targets    []label               // a jump table's, while brTable emits it
	ret        label                 // the shared epilogue, when hasRet
	hasRet     bool
	frame      int64 // bytes below the frame pointer
	saveSlot   int64 // fp offset of the VMCtx saved across instance switches
	// stackTrap is the stack check's slow path, stackCheck the check
	// (where the slow path retries after a poll), stackOK what follows it.
	stackTrap, stackCheck, stackOK label
	// entryPoll is the entry poll the stack check stands for (-1: none).
	entryPoll int
	// consts are the v128 constants loaded from the literal pool after
	// the body.
	consts []poolConst
}

// poolConst is a v128 constant in the literal pool.
type poolConst struct {
	at     label
	lo, hi uint64
}

// trapRef is an out-of-line trap stub: "mov w0, #code; bl trap thunk".
type trapRef struct {
	at   label
	code abi.TrapCode
	pos  int32
	// back is set for a poll: the stub calls RoutinePoll and branches back
	// here when it returns.
	back label
	poll bool
	// nullCode, if set, is the trap when register null holds 0 (mTrapIf
	// with aux2).
	nullCode abi.TrapCode
	null     a64.Reg
}

// maxFunctionWords bounds one function: every branch within it must reach
// with B (±128 MiB).
const maxFunctionWords = 1 << 25

// Emit encodes l with its register allocation. Conditional branches reach
// ±1 MiB; a function larger than that is encoded again with the long
// branch forms.
func (em *Emitter) Emit(l *Lowered, alloc *mach.Allocation) (*mach.FuncCode, error) {
	c, err := em.emit(l, alloc, false)
	var er errRange
	if errors.As(err, &er) {
		c, err = em.emit(l, alloc, true)
	}
	return c, err
}

func (em *Emitter) emit(l *Lowered, alloc *mach.Allocation, long bool) (*mach.FuncCode, error) {
	b := &em.b
	b.reset(long)
	em.e = emitState{l: l, alloc: alloc, traps: em.e.traps[:0], crossCalls: em.e.crossCalls[:0], memSites: em.e.memSites[:0], relocs: em.e.relocs[:0], data: em.e.data[:0],
		blocks: em.e.blocks[:0], next: em.e.next[:0], skip: em.e.skip[:0], dest: em.e.dest, on: em.e.on, dispatch: em.e.dispatch, stubs: em.e.stubs, saved: em.e.saved, savedOff: em.e.savedOff, wrap: em.e.wrap, exits: em.e.exits, targets: em.e.targets,
		consts: em.e.consts[:0]}
	e := &em.e
	f := l.Code
	var units int
	preserved := em.e.alloc.Preserved(calleeSaved)
	e.saved, e.savedOff, units = mach.LaySaved(preserved, alloc.NumSlots, isFloat, e.saved[:0], e.savedOff[:0])
	fr := mach.Frame{NumSlots: alloc.NumSlots, NumSaved: units, OutArgs: int64(l.OutArgs)}
	e.saveSlot = fr.SaveSlotOffset()
	e.frame = fr.Size()

	// Prologue: frame record, explicit stack check (which is also the
	// entry poll: abi.ExecStackFloor), frame.
	e.entryPoll = mach.EntryPoll(f, func(i int) bool { return l.Insts[f.Insts[i].Data].op == mPoll })
	w, _ := a64.Stp(false, fp, lr, a64.SP, -16, a64.PairPre)
	b.emit(w)
	b.emit(a64.MovSP(fp, a64.SP))
	e.stackCheck = b.newLabel()
	b.bind(e.stackCheck)
	b.addImm(scratch, a64.SP, -e.frame)
	b.mem(a64.LDRX, tmp, ctx, abi.ExecStackLimit)
	b.emit(a64.CmpReg(true, scratch, tmp))
	e.stackTrap = b.newLabel()
	b.bcond(a64.LO, e.stackTrap)
	e.stackOK = b.newLabel()
	b.bind(e.stackOK)
	b.emit(a64.MovSP(a64.SP, scratch))

	for range f.Blocks {
		e.blocks = append(e.blocks, b.newLabel())
	}
	em.threadJumps()
	e.wrap.Place(f, alloc, preserved, em.term, e.skip, e.dispatch, e.on)
	e.exits.Lay(f, alloc, &e.wrap, b.newLabel)
	if !e.wrap.Wrapped() {
		em.saveRegs(true)
	}
	if err := mach.Walk(f, alloc, e.skip, em); err != nil {
		return nil, err
	}
	em.outOfLine()
	if len(b.words) > maxFunctionWords {
		return nil, fmt.Errorf("arm64: function of %d bytes is too large (limit %d)", 4*len(b.words), 4*maxFunctionWords)
	}
	if err := b.resolve(); err != nil {
		return nil, err
	}
	out := &mach.FuncCode{Bytes: b.bytes()}
	out.Relocs = append(out.Relocs, e.relocs...)
	out.Traps = append(out.Traps, e.memSites...)
	out.Data = append(out.Data, e.data...)
	return out, nil
}

// threadJumps leaves out forwarders (mach.Forwarders) and records each
// block's layout successor for fall-through.
func (em *Emitter) threadJumps() {
	e := &em.e
	f := e.l.Code
	n := len(f.Blocks)
	e.dest, e.on = mach.Forwarders(f, e.alloc, em.term, e.dest, e.on)
	for blk, d := range e.dest {
		e.skip = append(e.skip, d != blk)
		if d != blk {
			e.blocks[blk] = e.blocks[d]
		}
	}
	e.next = e.next[:0]
	for range n {
		e.next = append(e.next, -1)
	}
	e.stubs.Lay(f, e.alloc.Stubs, e.on, e.blocks, e.skip, e.next, -1, em.b.newLabel)
	e.dispatch = mach.Dispatchers(f, e.alloc, e.dest, em.term, mach.DispatchPlain(func(i int) mop { return e.l.Insts[f.Insts[i].Data].op }, mCall, mCallReg, mCallCode, mHostCall, mRoutine), e.dispatch)
}

// loc returns the register operand k of instruction i was given.
func (em *Emitter) loc(i, k int) mach.Reg {
	return em.e.alloc.OpLoc(em.e.l.Code, i, k).Reg
}

func (em *Emitter) reg(i, k int) a64.Reg { return hw(em.loc(i, k)) }

// slotOff is spill slot s's offset from SP (slots are below the frame
// pointer, SP is frame bytes lower).
func (em *Emitter) slotOff(s int32) int64 { return em.e.frame + mach.Frame{}.SlotOffset(s) }

// Block starts block blk (mach.Walker).
func (em *Emitter) Block(blk int) {
	em.b.bind(em.e.blocks[blk])
	if em.e.wrap.Saves(blk) {
		em.saveRegs(true)
	}
}

// Stub starts edge stub j (mach.Walker).
func (em *Emitter) Stub(j int) { em.b.bind(em.e.stubs.Labels[j]) }

// StubEnd jumps from edge stub j to its edge's successor (mach.Walker),
// restoring the callee-saved registers first if the edge leaves a region
// of mach.Wrap.
func (em *Emitter) StubEnd(j int) {
	if st := &em.e.alloc.Stubs[j]; em.e.wrap.Leaves(em.e.l.Code, st.Block, st.Succ) {
		em.saveRegs(false)
	}
	if t, jump := em.e.stubs.End(em.e.l.Code, em.e.blocks, j); jump {
		em.b.b(t)
	}
}

// target returns the label that the edge to successor k of block blk
// branches to: its stub's, if it has one (an allocator's, or a restore
// stub of mach.Wrap), else the successor's.
func (em *Emitter) target(blk, k int) label {
	if t, ok := em.e.exits.Target(blk, k); ok {
		return t
	}
	return em.e.stubs.Target(em.e.l.Code, em.e.blocks, blk, k)
}

// Move performs an allocator edit: register or slot to register or slot
// (never slot to slot), or a constant to a register (mach.Walker).
func (em *Emitter) Move(to, from mach.Loc) {
	b := &em.b
	if from.IsConst() {
		k := em.e.l.Code.ConstOf(from.Reg)
		em.movImm(to.Reg, k.Size, k.Imm)
		return
	}
	switch {
	case from.IsReg() && to.IsReg():
		em.copyReg(to.Reg, from.Reg)
	case from.IsReg() && to.Wide:
		b.mem(a64.STRQ, hw(from.Reg), a64.SP, em.e.frame+mach.Frame{}.WideSlotOffset(to.Slot))
	case to.IsReg() && from.Wide:
		b.mem(a64.LDRQ, hw(to.Reg), a64.SP, em.e.frame+mach.Frame{}.WideSlotOffset(from.Slot))
	case from.IsReg():
		op := a64.STRX
		if isFloat(from.Reg) {
			op = a64.STRD
		}
		b.mem(op, hw(from.Reg), a64.SP, em.slotOff(to.Slot))
	case to.IsReg():
		op := a64.LDRX
		if isFloat(to.Reg) {
			op = a64.LDRD
		}
		b.mem(op, hw(to.Reg), a64.SP, em.slotOff(from.Slot))
	default:
		panic("arm64: slot-to-slot edit")
	}
}

func (em *Emitter) copyReg(d, s mach.Reg) {
	if d == s {
		return
	}
	switch {
	case isFloat(d) && isFloat(s):
		// All 128 bits: the register may hold a v128.
		em.b.emit(a64.MovV16B(hw(d), hw(s)))
	case isFloat(d):
		em.b.emit(a64.FmovFromGP(true, hw(d), hw(s)))
	case isFloat(s):
		em.b.emit(a64.FmovToGP(true, hw(d), hw(s)))
	default:
		em.b.emit(a64.MovReg(true, hw(d), hw(s)))
	}
}

// trapStub returns a label that raises trap c for the Wasm instruction at
// pos (out of line, after the body).
func (em *Emitter) trapStub(c abi.TrapCode, pos int32) label {
	l := em.b.newLabel()
	em.e.traps = append(em.e.traps, trapRef{at: l, code: c, pos: pos})
	return l
}

// movImm loads a constant into a register of either class.
func (em *Emitter) movImm(d mach.Reg, size uint8, v int64) {
	b := &em.b
	if !isFloat(d) {
		b.movImm(size == 8, hw(d), uint64(v))
		return
	}
	dbl := size == 8
	fv := math.Float64frombits(uint64(v))
	if !dbl {
		fv = float64(math.Float32frombits(uint32(v)))
	}
	switch {
	case v == 0:
		b.emit(a64.Movi(true, hw(d), 0))
	case !math.IsNaN(fv):
		if imm8, ok := a64.FPImm8(fv); ok {
			b.emit(a64.FmovImm(dbl, hw(d), imm8))
			return
		}
		fallthrough
	default:
		b.movImm(dbl, tmp, uint64(v))
		b.emit(a64.FmovFromGP(dbl, hw(d), tmp))
	}
}

var shiftOps = [...]func(sf bool, rd, rn, rm a64.Reg) uint32{shLsl: a64.Lslv, shAsr: a64.Asrv, shLsr: a64.Lsrv, shRor: a64.Rorv}

// Inst emits instruction i of block blk (mach.Walker).
func (em *Emitter) Inst(blk, i int) error {
	b := &em.b
	e := &em.e
	m := &e.l.Insts[e.l.Code.Insts[i].Data]
	f := e.l.Code
	sf := m.size == 8
	switch m.op {
	case mNop, mArgs:
	case mMov:
		em.copyReg(em.loc(i, 0), em.loc(i, 1))
	case mMovImm:
		em.movImm(em.loc(i, 0), m.size, m.imm)
	case mAlu:
		d, x, y := em.reg(i, 0), em.reg(i, 1), em.reg(i, 2)
		sh := uint8(m.imm)
		var w uint32
		switch m.alu {
		case aluAdd:
			w = a64.AddReg(sf, d, x, y, a64.LSL, sh)
		case aluSub:
			w = a64.SubReg(sf, d, x, y, a64.LSL, sh)
		case aluAnd:
			w = a64.AndReg(sf, d, x, y, a64.LSL, sh)
		case aluOr:
			w = a64.OrrReg(sf, d, x, y, a64.LSL, sh)
		case aluXor:
			w = a64.EorReg(sf, d, x, y, a64.LSL, sh)
		}
		b.emit(w)
	case mAluImm:
		d, x := em.reg(i, 0), em.reg(i, 1)
		switch m.alu {
		case aluAdd, aluSub:
			k, sh := uint32(m.imm), false
			if k >= 1<<12 {
				k, sh = k>>12, true
			}
			if m.alu == aluAdd {
				b.emit(a64.AddImm(sf, d, x, k, sh))
			} else {
				b.emit(a64.SubImm(sf, d, x, k, sh))
			}
		default:
			op := [...]a64.LogicOp{aluAnd: a64.LogicAnd, aluOr: a64.LogicOrr, aluXor: a64.LogicEor}[m.alu]
			w, ok := a64.LogicalImm(op, sf, d, x, uint64(m.imm))
			if !ok {
				return fmt.Errorf("arm64: %#x is no logical immediate", m.imm)
			}
			b.emit(w)
		}
	case mMul:
		b.emit(a64.Mul(sf, em.reg(i, 0), em.reg(i, 1), em.reg(i, 2)))
	case mMulh:
		d, x, y := em.reg(i, 0), em.reg(i, 1), em.reg(i, 2)
		switch {
		case sf && m.aux == 1:
			b.emit(a64.Smulh(d, x, y))
		case sf:
			b.emit(a64.Umulh(d, x, y))
		default:
			// The 64-bit product of the 32-bit operands; its high half
			// moves down, zero-extended.
			if m.aux == 1 {
				b.emit(a64.Smull(d, x, y))
			} else {
				b.emit(a64.Umull(d, x, y))
			}
			b.emit(a64.LsrImm(true, d, d, 32))
		}
	case mMulAdd:
		b.emit(a64.Madd(sf, em.reg(i, 0), em.reg(i, 1), em.reg(i, 2), em.reg(i, 3)))
	case mMemAddr:
		if len(f.Operands(i)) == 1 {
			b.addImm(em.reg(i, 0), membase, m.imm)
			return nil
		}
		b.emit(a64.AddExt(true, em.reg(i, 0), membase, em.reg(i, 1), a64.UXTW, 0))
		if m.imm != 0 {
			b.addImm(em.reg(i, 0), em.reg(i, 0), m.imm)
		}
	case mShift:
		d, x, y := em.reg(i, 0), em.reg(i, 1), em.reg(i, 2)
		if m.aux == shRol {
			// rotl(x, y) = rotr(x, -y): the rotation is taken mod width.
			b.emit(a64.SubReg(false, tmp, a64.ZR, y, a64.LSL, 0))
			b.emit(a64.Rorv(sf, d, x, tmp))
			return nil
		}
		b.emit(shiftOps[m.aux](sf, d, x, y))
	case mShiftImm:
		d, x := em.reg(i, 0), em.reg(i, 1)
		k := uint8(m.imm)
		width := 8 * m.size
		switch m.aux {
		case shLsl:
			b.emit(a64.LslImm(sf, d, x, k))
		case shAsr:
			b.emit(a64.AsrImm(sf, d, x, k))
		case shLsr:
			b.emit(a64.LsrImm(sf, d, x, k))
		case shRor:
			b.emit(a64.RorImm(sf, d, x, k))
		case shRol:
			b.emit(a64.RorImm(sf, d, x, (width-k)&(width-1)))
		}
	case mBitCount:
		em.bitCount(i, m)
	case mDiv:
		em.div(i, m)
	case mCmp:
		b.emit(a64.CmpReg(sf, em.reg(i, 0), em.reg(i, 1)))
	case mCmpImm:
		x := em.reg(i, 0)
		k, sh := m.imm, false
		neg := k < 0
		if neg {
			k = -k
		}
		if k >= 1<<12 {
			k, sh = k>>12, true
		}
		if neg {
			b.emit(a64.CmnImm(sf, x, uint32(k), sh))
		} else {
			b.emit(a64.CmpImm(sf, x, uint32(k), sh))
		}
	case mCset:
		b.emit(a64.Cset(false, em.reg(i, 0), m.cc))
	case mCsel:
		d := em.loc(i, 0)
		if isFloat(d) {
			b.emit(a64.Fcsel(sf, hw(d), em.reg(i, 1), em.reg(i, 2), m.cc))
		} else {
			b.emit(a64.Csel(sf, hw(d), em.reg(i, 1), em.reg(i, 2), m.cc))
		}
	case mExtend:
		d, s := em.reg(i, 0), em.reg(i, 1)
		switch {
		case m.aux2 == 0:
			b.emit(a64.MovReg(false, d, s)) // zero-extends 32 bits
		case m.aux == 8:
			b.emit(a64.Sxtb(sf, d, s))
		case m.aux == 16:
			b.emit(a64.Sxth(sf, d, s))
		default:
			b.emit(a64.Sxtw(d, s))
		}
	case mLoad:
		em.access(loadOps[m.aux], em.reg(i, 0), em.reg(i, 1), m.scale == 1, m.imm, m.pos)
	case mStore:
		v := em.loc(i, 1)
		var op a64.MemOp
		if isFloat(v) {
			op = [...]a64.MemOp{4: a64.STRS, 8: a64.STRD, 16: a64.STRQ}[m.aux]
		} else {
			op = storeOps[m.aux]
		}
		em.access(op, hw(v), em.reg(i, 0), m.scale == 1, m.imm, m.pos)
	case mLoadAddr:
		d := em.loc(i, 0)
		b.mem(dataOp(d, m.size, true), hw(d), em.reg(i, 1), m.imm)
	case mStoreAddr:
		v := em.loc(i, 1)
		b.mem(dataOp(v, m.size, false), hw(v), em.reg(i, 0), m.imm)
	case mLoadCtx:
		b.mem(a64.LDRX, em.reg(i, 0), ctx, m.imm)
	case mLoadFrame:
		d := em.loc(i, 0)
		b.mem(dataOp(d, m.size, true), hw(d), fp, m.imm)
	case mAddr:
		d, base := em.reg(i, 0), em.reg(i, 1)
		if len(f.Operands(i)) > 2 {
			b.emit(a64.AddReg(true, d, base, em.reg(i, 2), a64.LSL, shiftOf(m.scale)))
			if m.imm != 0 {
				b.addImm(d, d, m.imm)
			}
			return nil
		}
		if m.imm == 0 {
			b.emit(a64.MovReg(true, d, base))
			return nil
		}
		b.addImm(d, base, m.imm)
	case mFAlu:
		ops := [...]func(bool, a64.Reg, a64.Reg, a64.Reg) uint32{fAdd: a64.Fadd, fSub: a64.Fsub, fMul: a64.Fmul, fDiv: a64.Fdiv, fMin: a64.Fmin, fMax: a64.Fmax}
		b.emit(ops[m.aux](sf, em.reg(i, 0), em.reg(i, 1), em.reg(i, 2)))
	case mFUnary:
		ops := [...]func(bool, a64.Reg, a64.Reg) uint32{fSqrt: a64.Fsqrt, fCeil: a64.Frintp, fFloor: a64.Frintm, fTrunc: a64.Frintz,
			fNearest: a64.Frintn, fAbs: a64.Fabs, fNeg: a64.Fneg}
		b.emit(ops[m.aux](sf, em.reg(i, 0), em.reg(i, 1)))
	case mFCopysign:
		// Bits: the sign of b, the rest of a (BFXIL inserts a's low bits).
		d, x, y := em.reg(i, 0), em.reg(i, 1), em.reg(i, 2)
		b.emit(a64.FmovToGP(sf, scratch, y))
		b.emit(a64.FmovToGP(sf, tmp, x))
		b.emit(a64.Bfm(sf, scratch, tmp, 0, 8*m.size-2))
		b.emit(a64.FmovFromGP(sf, d, scratch))
	case mFCmp:
		b.emit(a64.Fcmp(sf, em.reg(i, 1), em.reg(i, 2)))
		b.emit(a64.Cset(false, em.reg(i, 0), floatConds[ir.Cond(m.aux)]))
	case mFCmpFlags:
		b.emit(a64.Fcmp(sf, em.reg(i, 0), em.reg(i, 1)))
	case mCvtIF:
		d, s := em.reg(i, 0), em.reg(i, 1)
		if m.aux == 1 {
			b.emit(a64.Scvtf(m.aux2 == 8, sf, d, s))
		} else {
			b.emit(a64.Ucvtf(m.aux2 == 8, sf, d, s))
		}
	case mCvtFI:
		em.cvtFI(i, m)
	case mCvtFF:
		if sf {
			b.emit(a64.FcvtSToD(em.reg(i, 0), em.reg(i, 1)))
		} else {
			b.emit(a64.FcvtDToS(em.reg(i, 0), em.reg(i, 1)))
		}
	case mBitcast:
		em.copyRegSized(em.loc(i, 0), em.loc(i, 1), sf)
	case mJmp:
		if e.wrap.Restores(blk) {
			em.saveRegs(false) // the jump leaves the saves' region
		}
		if h := em.copyAfter(blk); h >= 0 {
			e.copying++
			err := mach.WalkBlock(f, e.alloc, h, em)
			e.copying--
			return err
		}
		em.jumpTo(blk, 0)
	case mBr:
		if t0 := em.target(blk, 0); t0 == e.next[blk] {
			b.bcond(m.cc.Invert(), em.target(blk, 1))
		} else {
			b.bcond(m.cc, t0)
			em.jumpTo(blk, 1)
		}
	case mBrZero:
		x := em.reg(i, 0)
		zero, nonzero := a64.Cbz, a64.Cbnz
		if m.cc == a64.EQ {
			zero, nonzero = nonzero, zero // successor 0 when x == 0
		}
		if t0 := em.target(blk, 0); t0 == e.next[blk] {
			w, _ := zero(sf, x, 0)
			b.branch(w, em.target(blk, 1))
		} else {
			w, _ := nonzero(sf, x, 0)
			b.branch(w, t0)
			em.jumpTo(blk, 1)
		}
	case mTrapZero:
		w, _ := a64.Cbnz(sf, em.reg(i, 0), 0)
		if m.cc == a64.EQ {
			w, _ = a64.Cbz(sf, em.reg(i, 0), 0)
		}
		b.branch(w, em.trapStub(abi.TrapCode(m.aux), m.pos))
	case mBrTable:
		em.brTable(blk, i)
	case mRet:
		if e.wrap.Wrapped() {
			// Only the returns in a region of mach.Wrap restore.
			if e.wrap.Restores(blk) {
				em.saveRegs(false)
			}
			em.frameExit()
			b.emit(a64.Ret(lr))
			return nil
		}
		if len(e.saved) > 0 {
			// Restoring callee-saved registers takes a few instructions:
			// later returns branch to the first one's epilogue.
			if e.hasRet {
				b.b(e.ret)
				return nil
			}
			e.ret, e.hasRet = b.newLabel(), true
			b.bind(e.ret)
		}
		em.epilogue()
		b.emit(a64.Ret(lr))
	case mCall:
		e.relocs = append(e.relocs, mach.Reloc{Offset: uint32(4 * b.pc()), Kind: abi.RelocCallFunc, Target: uint32(m.imm)})
		w, _ := a64.Bl(0)
		em.callSite(m.pos)
		b.emit(w)
	case mCallReg:
		em.callReg(i, m.pos)
	case mCallCode:
		em.callSite(m.pos)
		b.emit(a64.Blr(em.reg(i, 0)))
	case mHostCall:
		em.hostCall(i, m)
	case mRoutine:
		// No thunk, no relocation: the address from the execution context.
		b.mem(a64.LDRX, scratch, ctx, abi.ExecRoutines+8*m.imm)
		b.emit(a64.Blr(scratch))
	case mTrap:
		b.b(em.trapStub(abi.TrapCode(m.aux), m.pos))
	case mTrapIf:
		stub := em.trapStub(abi.TrapCode(m.aux), m.pos)
		if m.aux2 != 0 {
			t := &em.e.traps[len(em.e.traps)-1]
			t.nullCode, t.null = abi.TrapCode(m.aux2), em.reg(i, 0)
		}
		b.bcond(m.cc, stub)
	case mPoll:
		if i == em.e.entryPoll {
			return nil // the stack check polls
		}
		b.mem(a64.LDRW, tmp, ctx, abi.ExecInterrupt)
		stub := em.trapStub(abi.TrapInterrupted, m.pos)
		back := b.newLabel()
		t := &em.e.traps[len(em.e.traps)-1]
		t.back, t.poll = back, true
		w, _ := a64.Cbnz(false, tmp, 0)
		b.branch(w, stub)
		b.bind(back)
	case mSpillArgs:
		r := em.loc(i, 0)
		op := a64.STRX
		switch {
		case f.IsWide(f.Operands(i)[0].Reg):
			op = a64.STRQ
		case isFloat(r):
			op = a64.STRD
		}
		b.mem(op, hw(r), a64.SP, 8*m.imm)
	case mNeon:
		w := uint32(m.imm)
		for k := range f.Operands(i) {
			w |= uint32(em.reg(i, k)) << [3]uint{0, 5, 16}[k]
		}
		b.emit(w)
	case mVconst:
		em.vconst(em.reg(i, 0), uint64(m.imm), uint64(uint32(m.aux))|uint64(m.aux2)<<32)
	case mVshift:
		// The count modulo the lane width (negated for right shifts) in
		// every lane of V31.
		w, _ := a64.LogicalImm(a64.LogicAnd, false, scratch, em.reg(i, 2), uint64(m.aux)) // 2^k-1: always encodable
		b.emit(w)
		if m.aux2 != 0 {
			b.emit(a64.SubReg(false, scratch, a64.ZR, scratch, a64.LSL, 0))
		}
		b.emit(uint32(m.imm >> 32))
		b.emit(uint32(m.imm) | uint32(vtmp)<<16 | uint32(em.reg(i, 1))<<5 | uint32(em.reg(i, 0)))
	case mVselect:
		b.emit(a64.Csetm(true, scratch, m.cc))
		b.emit(a64.DupGen(a64.D2, vtmp, scratch))
		b.emit(a64.BSL.Enc(a64.B16, vtmp, em.reg(i, 1), em.reg(i, 2)))
		b.emit(a64.MovV16B(em.reg(i, 0), vtmp))
	case mVtbx:
		b.emit(a64.MoviB(true, vtmp, 16))
		b.emit(a64.SUB.Enc(a64.B16, vtmp, em.reg(i, 2), vtmp))
		b.emit(a64.Tbx16B(em.reg(i, 0), em.reg(i, 1), 1, vtmp))
	case mVmem:
		start := b.pc()
		b.emit(a64.AddExt(true, scratch, membase, em.reg(i, 1), a64.UXTW, 0))
		if off := int64(uint32(m.aux)); off != 0 {
			b.addImm(scratch, scratch, off)
		}
		b.emit(uint32(m.imm) | uint32(scratch)<<5 | uint32(em.reg(i, 0)))
		e.memSites = append(e.memSites, mach.FuncTrap{Start: uint32(4 * start), End: uint32(4 * b.pc()), Code: abi.TrapOutOfBoundsMemoryAccess, Pos: m.pos})
	default:
		return fmt.Errorf("arm64: cannot encode %v", m.op)
	}
	return nil
}

// floatConds are the conditions that hold after FCMP a, b when a cond b,
// and are false when the operands are unordered (except ne).
var floatConds = [...]a64.Cond{ir.Feq: a64.EQ, ir.Fne: a64.NE, ir.Flt: a64.MI, ir.Fle: a64.LS, ir.Fgt: a64.GT, ir.Fge: a64.GE}

var loadOps = [...]a64.MemOp{isel.Ld8S: a64.LDRSBX, isel.Ld8U: a64.LDRB, isel.Ld16S: a64.LDRSHX, isel.Ld16U: a64.LDRH, isel.Ld32S: a64.LDRSW,
	isel.Ld32U: a64.LDRW, isel.Ld64: a64.LDRX, isel.LdF32: a64.LDRS, isel.LdF64: a64.LDRD, isel.LdV128: a64.LDRQ}

var storeOps = [...]a64.MemOp{1: a64.STRB, 2: a64.STRH, 4: a64.STRW, 8: a64.STRX}

// dataOp is the load or store of a size-byte runtime value in register r.
func dataOp(r mach.Reg, size uint8, load bool) a64.MemOp {
	switch {
	case size == 16:
		return pick(load, a64.LDRQ, a64.STRQ)
	case isFloat(r) && size == 8:
		return pick(load, a64.LDRD, a64.STRD)
	case isFloat(r):
		return pick(load, a64.LDRS, a64.STRS)
	case size == 8:
		return pick(load, a64.LDRX, a64.STRX)
	}
	return pick(load, a64.LDRW, a64.STRW)
}

func pick[T any](c bool, a, b T) T {
	if c {
		return a
	}
	return b
}

func shiftOf(scale uint8) uint8 {
	n := uint8(0)
	for scale > 1 {
		scale >>= 1
		n++
	}
	return n
}

// copyRegSized moves size bits between registers of any classes.
func (em *Emitter) copyRegSized(d, s mach.Reg, sf bool) {
	switch {
	case isFloat(d) && !isFloat(s):
		em.b.emit(a64.FmovFromGP(sf, hw(d), hw(s)))
	case !isFloat(d) && isFloat(s):
		em.b.emit(a64.FmovToGP(sf, hw(d), hw(s)))
	default:
		em.copyReg(d, s)
	}
}

// access emits a Wasm memory access of rt at [membase + zext(index) +
// off] (based: reg already holds membase + zext(index)) and records it as
// a trap site: a fault there is out of bounds.
func (em *Emitter) access(op a64.MemOp, rt, reg a64.Reg, based bool, off int64, pos int32) {
	b := &em.b
	start := b.pc()
	switch {
	case off == 0 && !based:
		b.emit(a64.LdStReg(op, rt, membase, reg, a64.UXTW, false))
	default:
		base := reg
		if !based {
			b.emit(a64.AddExt(true, tmp, membase, reg, a64.UXTW, 0))
			base = tmp
		}
		if w, ok := a64.LdStImm(op, rt, base, off); ok {
			b.emit(w)
		} else if w, ok := a64.LdStUnscaled(op, rt, base, off); ok {
			b.emit(w)
		} else {
			b.movImm(true, scratch, uint64(off))
			b.emit(a64.LdStReg(op, rt, base, scratch, a64.UXTX, false))
		}
	}
	em.e.memSites = append(em.e.memSites, mach.FuncTrap{Start: uint32(4 * start), End: uint32(4 * b.pc()), Code: abi.TrapOutOfBoundsMemoryAccess, Pos: pos})
}

// copyAfter returns the block whose code replaces block blk's jump
// (mach.CopyAfter), or -1. (A copy of a jump table brings its
// table along: the table follows the branch.)
func (em *Emitter) copyAfter(blk int) int {
	e := &em.e
	return mach.CopyAfter(e.l.Code, e.dispatch, e.dest, e.blocks, blk, em.target(blk, 0), e.next[blk], e.copying > 0)
}

// jumpTo jumps to successor k of block blk unless it comes next (and blk
// is not a copy, which nothing follows).
func (em *Emitter) jumpTo(blk, k int) {
	if t := em.target(blk, k); t != em.e.next[blk] || em.e.copying > 0 {
		em.b.b(t)
	}
}

// saveRegs stores (or, with save false, reloads) the preserved
// callee-saved registers in their frame slots.
func (em *Emitter) saveRegs(save bool) {
	e := &em.e
	for k, r := range e.saved {
		op := pick(save, a64.STRX, a64.LDRX)
		if isFloat(r) {
			op = pick(save, a64.STRQ, a64.LDRQ)
		}
		em.b.mem(op, hw(r), a64.SP, e.frame+e.savedOff[k])
	}
}

func (em *Emitter) epilogue() {
	em.saveRegs(false)
	em.frameExit()
}

// term says what instruction i is, for mach's layout decisions.
func (em *Emitter) term(i int) mach.Term {
	return termOf[em.e.l.Insts[em.e.l.Code.Insts[i].Data].op]
}

// frameExit pops the frame and the frame record.
func (em *Emitter) frameExit() {
	em.b.emit(a64.MovSP(a64.SP, fp))
	w, _ := a64.Ldp(false, fp, lr, a64.SP, 16, a64.PairPost)
	em.b.emit(w)
}

func (em *Emitter) bitCount(i int, m *minst) {
	b := &em.b
	sf := m.size == 8
	d, s := em.reg(i, 0), em.reg(i, 1)
	switch m.aux {
	case bcClz:
		b.emit(a64.Clz(sf, d, s))
	case bcCtz:
		b.emit(a64.Rbit(sf, d, s))
		b.emit(a64.Clz(sf, d, d))
	default:
		// No scalar popcount: count the bytes' bits in V31 and add them.
		b.emit(a64.FmovFromGP(sf, vtmp, s))
		b.emit(a64.CNT.Enc(a64.B8, vtmp, vtmp))
		b.emit(a64.ADDV.Enc(a64.B8, vtmp, vtmp))
		b.emit(a64.FmovToGP(false, d, vtmp))
	}
}

// div emits a division or remainder with Wasm's traps: arm64 division
// never traps (x/0 = 0, MinInt/-1 = MinInt).
func (em *Emitter) div(i int, m *minst) {
	b := &em.b
	sf := m.size == 8
	d, x, y := em.reg(i, 0), em.reg(i, 1), em.reg(i, 2)
	w, _ := a64.Cbz(sf, y, 0)
	b.branch(w, em.trapStub(abi.TrapIntegerDivideByZero, m.pos))
	switch m.aux {
	case divS:
		// y == -1 && x == MinInt: x - 1 overflows exactly for MinInt.
		b.emit(a64.CmnImm(sf, y, 1, false))
		b.emit(a64.CcmpImm(sf, x, 1, 0, a64.EQ))
		b.bcond(a64.VS, em.trapStub(abi.TrapIntegerOverflow, m.pos))
		b.emit(a64.Sdiv(sf, d, x, y))
	case divU:
		b.emit(a64.Udiv(sf, d, x, y))
	case remS:
		// MinInt % -1 = 0 comes out of sdiv's wrapped quotient.
		b.emit(a64.Sdiv(sf, tmp, x, y))
		b.emit(a64.Msub(sf, d, tmp, y, x))
	case remU:
		b.emit(a64.Udiv(sf, tmp, x, y))
		b.emit(a64.Msub(sf, d, tmp, y, x))
	}
}

// vconst loads the v128 constant lo, hi into d: with one MOVI when it
// can, else from the literal pool (LDR literal reaches ±1 MiB: a function
// too large for that, emitted in long mode, builds it through X17).
func (em *Emitter) vconst(d a64.Reg, lo, hi uint64) {
	b := &em.b
	if imm8, ok := moviBytes(lo, hi); ok {
		b.emit(a64.Movi(true, d, imm8))
		return
	}
	if lo == hi && lo == lo&0xff*0x0101010101010101 {
		b.emit(a64.MoviB(true, d, uint8(lo)))
		return
	}
	if !b.long {
		e := &em.e
		k := 0
		for k < len(e.consts) && (e.consts[k].lo != lo || e.consts[k].hi != hi) {
			k++
		}
		if k == len(e.consts) {
			e.consts = append(e.consts, poolConst{at: b.newLabel(), lo: lo, hi: hi})
		}
		w, _ := a64.LdrLiteral(a64.LDRQ, d, 0)
		b.branch(w, e.consts[k].at)
		return
	}
	b.movImm(true, tmp, lo)
	if lo == hi {
		b.emit(a64.DupGen(a64.D2, d, tmp))
		return
	}
	b.emit(a64.FmovFromGP(true, d, tmp)) // zeroes the upper half
	if hi != 0 {
		b.movImm(true, tmp, hi)
		b.emit(a64.InsGen(3, d, 1, tmp))
	}
}

// moviBytes reports whether every byte of lo, hi is 0x00 or 0xff and the
// halves are equal (MOVI Vd.2D), and returns the byte mask.
func moviBytes(lo, hi uint64) (uint8, bool) {
	if lo != hi {
		return 0, false
	}
	var imm8 uint8
	for k := range 8 {
		switch byte(lo >> (8 * k)) {
		case 0xff:
			imm8 |= 1 << k
		case 0:
		default:
			return 0, false
		}
	}
	return imm8, true
}

// floatConst loads the float constant v into V31.
func (em *Emitter) floatConst(dbl bool, v float64) {
	if dbl {
		em.b.movImm(true, tmp, math.Float64bits(v))
	} else {
		em.b.movImm(false, tmp, uint64(math.Float32bits(float32(v))))
	}
	em.b.emit(a64.FmovFromGP(dbl, vtmp, tmp))
}

// cvtFI converts float to integer. FCVTZS/FCVTZU already saturate (NaN
// gives 0), which is the saturating semantics; the trapping forms check
// for NaN ("invalid conversion") and range ("integer overflow") first.
func (em *Emitter) cvtFI(i int, m *minst) {
	b := &em.b
	d, s := em.reg(i, 0), em.reg(i, 1)
	signed := m.aux&1 != 0
	sat := m.aux&2 != 0
	dbl := m.aux2 == 8
	sf := m.size == 8
	if !sat {
		b.emit(a64.Fcmp(dbl, s, s))
		b.bcond(a64.VS, em.trapStub(abi.TrapInvalidConversionToInteger, m.pos))
		// Valid iff lo < x (loIncl: lo <= x) and x < hi.
		var lo, hi float64
		loIncl := false
		switch {
		case signed && !sf:
			lo, hi = -2147483649, 2147483648
			if !dbl {
				lo, loIncl = -2147483648, true
			}
		case signed:
			lo, hi, loIncl = -9223372036854775808, 9223372036854775808, true
		case !sf:
			lo, hi = -1, 4294967296
		default:
			lo, hi = -1, 18446744073709551616
		}
		em.floatConst(dbl, lo)
		b.emit(a64.Fcmp(dbl, s, vtmp))
		overflow := em.trapStub(abi.TrapIntegerOverflow, m.pos)
		b.bcond(pick(loIncl, a64.LO, a64.LS), overflow)
		em.floatConst(dbl, hi)
		b.emit(a64.Fcmp(dbl, s, vtmp))
		b.bcond(a64.GE, overflow)
	}
	if signed {
		b.emit(a64.Fcvtzs(sf, dbl, d, s))
	} else {
		b.emit(a64.Fcvtzu(sf, dbl, d, s))
	}
}

// callReg calls code with instance data callee. A callee of the running
// instance (table entries and host thunks mostly are) is just called; for
// another instance's, the out-of-line path switches the context's VMCtx
// and the memory base to the callee's and restores them afterwards.
func (em *Emitter) callReg(i int, pos int32) {
	b := &em.b
	code, callee := em.reg(i, 0), em.reg(i, 1)
	b.mem(a64.LDRX, scratch, ctx, abi.ExecVMCtx)
	b.emit(a64.CmpReg(true, scratch, callee))
	cross, back := b.newLabel(), b.newLabel()
	b.bcond(a64.NE, cross)
	em.callSite(pos)
	b.emit(a64.Blr(code))
	b.bind(back)
	em.e.crossCalls = append(em.e.crossCalls, crossCall{at: cross, back: back, code: code, callee: callee, pos: pos})
}

// callSite records the call instruction emitted next as a site without a
// trap code, so that a backtrace through its return address gives the
// call's Wasm position.
func (em *Emitter) callSite(pos int32) {
	if pos >= 0 {
		pc := uint32(4 * em.b.pc())
		em.e.memSites = append(em.e.memSites, mach.FuncTrap{Start: pc, End: pc + 4, Code: abi.TrapNone, Pos: pos})
	}
}

// crossCall is the out-of-line path of a call into another instance.
type crossCall struct {
	at, back     label
	code, callee a64.Reg
	pos          int32
}

// switchCall emits c's out-of-line path (X16 holds the caller's VMCtx).
func (em *Emitter) switchCall(c crossCall) {
	b := &em.b
	code, callee := c.code, c.callee
	b.bind(c.at)
	save := em.e.frame + em.e.saveSlot // from SP
	b.mem(a64.STRX, scratch, a64.SP, save)
	b.mem(a64.STRX, callee, ctx, abi.ExecVMCtx)
	b.mem(a64.LDRX, membase, callee, abi.VMCtxMemBase)
	em.callSite(c.pos)
	b.emit(a64.Blr(code))
	b.mem(a64.LDRX, scratch, a64.SP, save)
	b.mem(a64.STRX, scratch, ctx, abi.ExecVMCtx)
	b.mem(a64.LDRX, membase, scratch, abi.VMCtxMemBase)
	b.b(c.back)
}

// hostCall performs a builtin through a host exit: the argument registers
// are stored into slots at the bottom of the frame, the result comes back
// in slot 0 and goes to X0.
func (em *Emitter) hostCall(i int, m *minst) {
	b := &em.b
	n := 0
	for k, op := range em.e.l.Code.Operands(i) {
		if op.Kind == mach.Use {
			b.mem(a64.STRX, em.reg(i, k), a64.SP, 8*int64(n))
			n++
		}
	}
	em.hostExit(max(n, 1), m.imm, m.pos)
	b.mem(a64.LDRX, 0, a64.SP, 0)
}

// hostExit records the slot area at SP, its size and the host index in
// the context and calls the host-exit thunk.
func (em *Emitter) hostExit(slots int, index int64, pos int32) {
	b := &em.b
	b.emit(a64.MovSP(tmp, a64.SP))
	b.mem(a64.STRX, tmp, ctx, abi.ExecHostArgs)
	b.movImm(true, tmp, uint64(slots))
	b.mem(a64.STRX, tmp, ctx, abi.ExecHostSlots)
	b.movImm(true, tmp, uint64(index))
	b.mem(a64.STRX, tmp, ctx, abi.ExecHostIndex)
	em.e.relocs = append(em.e.relocs, mach.Reloc{Offset: uint32(4 * b.pc()), Kind: abi.RelocCallThunk, Target: abi.ThunkHostExit})
	w, _ := a64.Bl(0)
	em.callSite(pos)
	b.emit(w)
}

// brTable jumps through a table of 32-bit offsets that follows the
// branch (inline, so that ADR always reaches it).
func (em *Emitter) brTable(blk, i int) {
	b := &em.b
	succ := em.e.l.Code.Blocks[blk].Succs
	idx := em.reg(i, 0)
	n := len(succ) - 1
	if n < 1<<12 {
		b.emit(a64.CmpImm(false, idx, uint32(n), false))
	} else {
		b.movImm(false, tmp, uint64(n))
		b.emit(a64.CmpReg(false, idx, tmp))
	}
	b.bcond(a64.HS, em.target(blk, n))
	// adr x16, table; ldrsw x17, [x16, w, uxtw #2]; add x16, x16, x17; br x16
	w, _ := a64.Adr(scratch, 16)
	b.emit(w)
	b.emit(a64.LdStReg(a64.LDRSW, tmp, scratch, idx, a64.UXTW, true))
	b.emit(a64.AddReg(true, scratch, scratch, tmp, a64.LSL, 0))
	b.emit(a64.Br(scratch))
	base := b.pc()
	e := &em.e
	e.targets = e.stubs.Targets(e.l.Code, e.blocks, blk, n, e.targets[:0])
	e.exits.Overlay(blk, e.targets)
	for _, t := range e.targets {
		b.data32(t, base)
	}
	em.e.data = append(em.e.data, mach.Range{Start: uint32(4 * base), End: uint32(4 * b.pc())})
}

// outOfLine emits the trap stubs after the body: "mov w0, #code; bl
// trap thunk", each a trap site.
func (em *Emitter) outOfLine() {
	b := &em.b
	e := &em.e
	for _, x := range e.exits.Edges {
		b.bind(x.At)
		em.saveRegs(false)
		b.b(e.stubs.Target(e.l.Code, e.blocks, int(x.Block), int(x.K)))
	}
	// A stub with a null code picks it when register null is 0 (the
	// compare first: null may be X0).
	stub := func(l label, code abi.TrapCode, pos int32, site bool, nullCode abi.TrapCode, null a64.Reg) {
		b.bind(l)
		start := b.pc()
		if nullCode != 0 {
			b.emit(a64.CmpImm(true, null, 0, false))
			b.emit(a64.Movz(false, scratch, uint16(nullCode), 0))
		}
		b.emit(a64.Movz(false, 0, uint16(code), 0))
		if nullCode != 0 {
			b.emit(a64.Csel(false, 0, scratch, 0, a64.EQ))
		}
		e.relocs = append(e.relocs, mach.Reloc{Offset: uint32(4 * b.pc()), Kind: abi.RelocCallThunk, Target: abi.ThunkTrap})
		w, _ := a64.Bl(0)
		b.emit(w)
		if site {
			e.memSites = append(e.memSites, mach.FuncTrap{Start: uint32(4 * start), End: uint32(4 * b.pc()), Code: code, Pos: pos})
		}
	}
	// The stack check failed: an interrupt is pending (poll, then check
	// again), or StackLimit is ^0 without one (a race: the real limit
	// decides), or the stack is exhausted.
	b.bind(e.stackTrap)
	b.mem(a64.LDRW, tmp, ctx, abi.ExecInterrupt)
	poll := em.trapStub(abi.TrapInterrupted, 0)
	t := &e.traps[len(e.traps)-1]
	t.back, t.poll = e.stackCheck, true
	w, _ := a64.Cbnz(false, tmp, 0)
	b.branch(w, poll)
	b.mem(a64.LDRX, tmp, ctx, abi.ExecStackFloor)
	b.emit(a64.CmpReg(true, scratch, tmp))
	b.bcond(a64.HS, e.stackOK)
	stub(b.newLabel(), abi.TrapCallStackExhausted, -1, false, 0, 0)
	for _, c := range e.crossCalls {
		em.switchCall(c)
	}
	for _, t := range e.traps {
		if !t.poll {
			stub(t.at, t.code, t.pos, true, t.nullCode, t.null)
			continue
		}
		// LDR X16, [X19, #poll routine]; BLR X16: it traps here or
		// returns, and the stub branches back behind the poll.
		b.bind(t.at)
		start := b.pc()
		b.mem(a64.LDRX, scratch, ctx, abi.ExecRoutines+8*abi.RoutinePoll)
		b.emit(a64.Blr(scratch))
		e.memSites = append(e.memSites, mach.FuncTrap{Start: uint32(4 * start), End: uint32(4 * b.pc()), Code: t.code, Pos: t.pos})
		b.b(t.back)
	}
	if len(e.consts) == 0 {
		return
	}
	// The literal pool, 16-byte aligned within the function (functions
	// are placed at 16-byte boundaries).
	start := b.pc()
	for b.pc()%4 != 0 {
		b.emit(0)
	}
	for _, c := range e.consts {
		b.bind(c.at)
		b.emit(uint32(c.lo))
		b.emit(uint32(c.lo >> 32))
		b.emit(uint32(c.hi))
		b.emit(uint32(c.hi >> 32))
	}
	e.data = append(e.data, mach.Range{Start: uint32(4 * start), End: uint32(4 * b.pc())})
}
