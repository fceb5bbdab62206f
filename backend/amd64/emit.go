package amd64

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/kilnwasm/kiln/backend/internal/isel"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/room"
)

// Aliases of the shared records, for brevity here.
type (
	Code     = mach.FuncCode
	Reloc    = mach.Reloc
	TrapSite = mach.FuncTrap
)

// Emitter encodes allocated functions. Use one per goroutine.
type Emitter struct {
	a *asm
	e emitState
	// allowed are the optional CPU features the code may use; used, those
	// it has used so far.
	allowed, used abi.Features
	constIdx      map[constKey]uint32 // the function's constant pool entries
	// noSaves leaves out the saves and restores of callee-saved registers
	// (the encoding tests, whose listings are about single instructions),
	// and keeps every function's frame and stack check (their decoder
	// finds the body behind that prologue).
	noSaves bool
}

// need records that the code uses feature f for what, or refuses to
// compile it for a CPU without f.
func (em *Emitter) need(f abi.Features, what string) error {
	if !em.allowed.Has(f) {
		return fmt.Errorf("amd64: %s need the %v instructions, which the target CPU lacks: %w", what, f, mach.ErrUnsupported)
	}
	em.used |= f
	return nil
}

// roundModes are ROUNDSD's immediates.
var roundModes = [...]int64{fNearest: 0, fFloor: 1, fCeil: 2, fTrunc: 3}

// bitCount emits clz, ctz or popcnt. Without LZCNT or TZCNT (before
// Haswell) their encodings execute as BSR and BSF, which differ for 0 and
// give the bit index rather than the count: the fallback uses those with a
// fix-up for zero. POPCNT has no short fallback and is required.
func (em *Emitter) bitCount(i int, m *minst) error {
	a := em.a
	d, src := em.reg(i, 0), em.reg(i, 1)
	bits := int64(8 * m.size)
	switch {
	case m.aux == bcPopcnt:
		if err := em.need(abi.FeatPOPCNT, "popcnt"); err != nil {
			return err
		}
		a.ins(sized(m.size, x86.APOPCNTQ, x86.APOPCNTL), src, d)
	case m.aux == bcLzcnt && em.allowed.Has(abi.FeatLZCNT):
		em.used |= abi.FeatLZCNT
		a.ins(sized(m.size, x86.ALZCNTQ, x86.ALZCNTL), src, d)
	case m.aux == bcTzcnt && em.allowed.Has(abi.FeatBMI1):
		em.used |= abi.FeatBMI1
		a.ins(sized(m.size, x86.ATZCNTQ, x86.ATZCNTL), src, d)
	case m.aux == bcLzcnt:
		// d = bsr(src), or -1 for 0; then clz = (bits-1) - d.
		a.ins(sized(m.size, x86.ABSRQ, x86.ABSRL), src, d)
		a.ins(x86.AMOVQ, imm(-1), xreg(x86.REG_R11))
		a.ins(sized(m.size, x86.ACMOVQEQ, x86.ACMOVLEQ), xreg(x86.REG_R11), d)
		a.ins(sized(m.size, x86.ANEGQ, x86.ANEGL), opnd{}, d) // NEG takes its operand in To
		a.ins(sized(m.size, x86.AADDQ, x86.AADDL), imm(bits-1), d)
	default:
		// d = bsf(src), or bits for 0.
		a.ins(sized(m.size, x86.ABSFQ, x86.ABSFL), src, d)
		a.ins(x86.AMOVQ, imm(bits), xreg(x86.REG_R11))
		a.ins(sized(m.size, x86.ACMOVQEQ, x86.ACMOVLEQ), xreg(x86.REG_R11), d)
	}
	return nil
}

// NewEmitter returns an emitter.
func NewEmitter() *Emitter { return &Emitter{a: newAsm()} }

type trapRef struct {
	at   lbl // the start of the out-of-line stub
	code abi.TrapCode
	pos  int32
	end  lbl
	// nullCode, if set, is the trap when register null holds 0 (mTrapIf
	// with aux2).
	nullCode abi.TrapCode
	null     int16
	// back is set for a poll: the stub calls RoutinePoll and jumps back
	// here when it returns.
	back lbl
}

// siteRef is a trap site at an instruction, without a stub.
type siteRef struct {
	at   ref // the instruction's place (asm.at)
	code abi.TrapCode
	pos  int32
}

type emitState struct {
	l          *Lowered
	alloc      *mach.Allocation
	blocks     []lbl   // label of each block (a forwarder's is its destination's)
	next       []lbl   // label of the block emitted after each block
	skip       []bool  // forwarders: blocks that only jump, not emitted
	heads      []bool  // mach.LoopHeads: blocks whose code starts aligned
	dispatch   []bool  // mach.Dispatchers
	copying    int     // the depth of the copies (mach.WalkBlock) being emitted
	tableOf    []int32 // per block: its jump table's index in tables, -1 before it has one
	dest       []int
	on         []int32 // mach.Forwarders' switches
	stubs      mach.StubLabels[lbl]
	traps      []trapRef
	memSites   []siteRef // sites at an instruction, without a stub: memory accesses, calls
	crossCalls []crossCall
	tables     []tableRef
	// The targets of every table, back to back (tables' targets are
	// slices of it, so a new array when it grows leaves theirs be).
	tableTargets []lbl
	consts       []constRef
	saved        []mach.Reg          // callee-saved registers the function preserves
	savedOff     []int64             // their slots' offsets from RBP
	wrap         mach.Wrap           // where saved are saved and restored
	exits        mach.ExitStubs[lbl] // wrap's restore stubs
	frame        int64               // bytes below RBP
	saveSlot     int64               // RBP offset of the saved VMCtx across instance switches
	hostSlots    int64               // RSP offset of the host-call slot area
	stackTrap    ref                 // the stack check's branch to its slow path (item 0, the list's head: none)
	stackCheck   lbl                 // the stack check, where its slow path retries after a poll
	stackOK      lbl                 // behind the check, where its slow path resumes
	entryPoll    int                 // the entry poll the stack check stands for (-1: none)
	// testDone is the instruction, a zero test of a register, whose flags
	// the instruction before it has set (see testsNext); -1 without one,
	// or once an allocator move came between.
	testDone int
}

// constRef is an entry of the function's constant pool: 8 bytes (a
// float, in its low bytes) or 16 (a vector), after the code, read
// RIP-relative.
type constRef struct {
	key   constKey
	start *obj.Prog // its first data Prog
}

type constKey struct {
	lo, hi uint64
	wide   bool
}

type tableRef struct {
	targets []lbl // in emitState.tableTargets
	start   lbl   // label of the table: its 8-byte entries follow
}

// Emit encodes l with its register allocation.
func (em *Emitter) Emit(l *Lowered, alloc *mach.Allocation) (*Code, error) {
	a := em.a
	a.reset()
	// The previous function's slices are reused (the Code built from them
	// holds copies).
	em.e = emitState{l: l, alloc: alloc, traps: em.e.traps[:0], memSites: em.e.memSites[:0], tables: em.e.tables[:0], tableTargets: em.e.tableTargets[:0],
		consts: em.e.consts[:0], crossCalls: em.e.crossCalls[:0], saved: em.e.saved[:0], savedOff: em.e.savedOff[:0], wrap: em.e.wrap, exits: em.e.exits,
		blocks: em.e.blocks, next: em.e.next, skip: em.e.skip, dest: em.e.dest, on: em.e.on, dispatch: em.e.dispatch, tableOf: em.e.tableOf, stubs: em.e.stubs}
	clear(em.constIdx)
	e := &em.e
	f := l.Code
	a.reserve(len(f.Insts))
	// Frame: spill slots, the VMCtx save slot, then the host-call slots
	// and the outgoing arguments at the bottom (RSP-relative).
	outArgs := int64(l.OutArgs)
	// A leaf (no call, host exit or routine) without stack parameters (an
	// entry shim's outgoing area for them is not checked) may go without
	// a frame (below).
	leaf := !l.Framed
	// The callee-saved registers it preserves, below the VMCtx slot.
	preserved := em.e.alloc.Preserved(calleeSaved)
	if em.noSaves {
		preserved = 0
	}
	var units int
	e.saved, e.savedOff, units = mach.LaySaved(preserved, alloc.NumSlots, func(r mach.Reg) bool { return RegInfo.ClassOf[r] == mach.ClassFloat }, e.saved, e.savedOff)
	fr := mach.Frame{NumSlots: alloc.NumSlots, NumSaved: units, OutArgs: outArgs}
	e.saveSlot = fr.SaveSlotOffset()
	e.frame = fr.Size()
	if leaf && alloc.NumSlots == 0 && units == 0 && !em.noSaves {
		// Nothing to store below the frame record (the VMCtx save slot
		// serves calls only): no frame, and no stack check, as the
		// return address and frame record fit in the runtime's
		// StackReserve below the limit its caller checked, beside the
		// stub calls a trap or poll makes.
		e.frame = 0
	}
	e.hostSlots = 0
	e.entryPoll = -1
	e.testDone = -1
	if e.frame > 0 {
		e.entryPoll = mach.EntryPoll(f, func(i int) bool { return l.Insts[f.Insts[i].Data].op == mPoll })
	}

	e.blocks = room.Len(e.blocks, len(f.Blocks))
	// Prologue: frame pointer chain, explicit stack check (which is also
	// the entry poll: abi.ExecStackFloor), frame.
	a.ins(x86.APUSHQ, xreg(x86.REG_BP), opnd{})
	a.ins(x86.AMOVQ, xreg(x86.REG_SP), xreg(x86.REG_BP))
	if e.frame > 0 {
		e.stackCheck = em.newLabel()
		em.append(e.stackCheck)
		a.ins(x86.ALEAQ, mem(x86.REG_SP, -e.frame), xreg(x86.REG_R11))
		a.ins(x86.ACMPQ, xreg(x86.REG_R11), mem(x86.REG_R15, abi.ExecStackLimit))
		e.stackTrap = a.jmp(x86.AJCS, 0)
		e.stackOK = em.newLabel()
		em.append(e.stackOK)
		a.ins(x86.AMOVQ, xreg(x86.REG_R11), xreg(x86.REG_SP))
	}

	for b := range f.Blocks {
		e.blocks[b] = em.newLabel()
	}
	em.threadJumps()
	e.heads = mach.LoopHeads(f, e.dest, e.skip, e.heads)
	e.wrap.Place(f, alloc, preserved, em.term, e.skip, e.dispatch, e.on)
	e.exits.Lay(f, alloc, &e.wrap, em.newLabel)
	if !e.wrap.Wrapped() {
		em.saveRegs(true)
	}
	if err := mach.Walk(f, alloc, e.skip, em); err != nil {
		return nil, err
	}
	em.outOfLine()
	code, relocs, err := a.assemble()
	if err != nil {
		return nil, err
	}
	return em.finish(code, relocs)
}

// loc returns the register operand k of instruction i was given.
func (em *Emitter) loc(i, k int) int16 {
	l := em.e.alloc.OpLoc(em.e.l.Code, i, k)
	return hw(uint32(l.Reg))
}

func (em *Emitter) reg(i, k int) opnd { return xreg(em.loc(i, k)) }

func slotAddr(s int32) opnd { return mem(x86.REG_BP, mach.Frame{}.SlotOffset(s)) }

// wideSlotAddr addresses the 16 bytes of a wide (v128) value in slots s
// and s+1.
func wideSlotAddr(s int32) opnd { return mem(x86.REG_BP, mach.Frame{}.WideSlotOffset(s)) }

func isFloatReg(r int16) bool { return r >= x86.REG_X0 && r <= x86.REG_X15 }

// Block starts block b (mach.Walker).
func (em *Emitter) Block(b int) {
	if em.e.heads[b] && alignLoops {
		em.a.pad()
	}
	em.append(em.e.blocks[b])
	if em.e.wrap.Saves(b) {
		em.saveRegs(true)
	}
}

// Stub starts edge stub j (mach.Walker).
func (em *Emitter) Stub(j int) {
	em.e.testDone = -1
	em.append(em.e.stubs.Labels[j])
}

// StubEnd jumps from edge stub j to its edge's successor (mach.Walker),
// restoring the callee-saved registers first if the edge leaves a region
// of mach.Wrap.
func (em *Emitter) StubEnd(j int) {
	if st := &em.e.alloc.Stubs[j]; em.e.wrap.Leaves(em.e.l.Code, st.Block, st.Succ) {
		em.saveRegs(false)
	}
	if t, jump := em.e.stubs.End(em.e.l.Code, em.e.blocks, j); jump {
		em.a.jmp(obj.AJMP, t)
	}
}

// target returns the label that the edge to successor k of block b
// branches to: its stub's, if it has one (an allocator's, or a restore
// stub of mach.Wrap), else the successor's.
func (em *Emitter) target(b, k int) lbl {
	if t, ok := em.e.exits.Target(b, k); ok {
		return t
	}
	return em.e.stubs.Target(em.e.l.Code, em.e.blocks, b, k)
}

// Move performs an allocator edit: register or slot to register or slot,
// or a constant to a register (mach.Walker).
func (em *Emitter) Move(to, from mach.Loc) {
	a := em.a
	em.e.testDone = -1
	if from.IsConst() {
		k := em.e.l.Code.ConstOf(from.Reg)
		em.movImm(hw(uint32(to.Reg)), k.Size, k.Imm)
		return
	}
	float := from.Class == mach.ClassFloat
	mov := obj.As(x86.AMOVQ)
	if float {
		mov = x86.AMOVSD
	}
	switch {
	case from.IsReg() && to.IsReg():
		if from.Reg == to.Reg {
			return
		}
		if float {
			a.ins(x86.AMOVAPD, xreg(hw(uint32(from.Reg))), xreg(hw(uint32(to.Reg))))
		} else {
			a.ins(x86.AMOVQ, xreg(hw(uint32(from.Reg))), xreg(hw(uint32(to.Reg))))
		}
	case from.IsReg() && to.Wide:
		a.ins(x86.AMOVUPS, xreg(hw(uint32(from.Reg))), wideSlotAddr(to.Slot))
	case to.IsReg() && from.Wide:
		a.ins(x86.AMOVUPS, wideSlotAddr(from.Slot), xreg(hw(uint32(to.Reg))))
	case from.IsReg():
		a.ins(mov, xreg(hw(uint32(from.Reg))), slotAddr(to.Slot))
	case to.IsReg():
		a.ins(mov, slotAddr(from.Slot), xreg(hw(uint32(to.Reg))))
	default:
		if from.Slot == to.Slot {
			return
		}
		s := int16(x86.REG_R11)
		if float {
			s = x86.REG_X15
		}
		a.ins(mov, slotAddr(from.Slot), xreg(s))
		a.ins(mov, xreg(s), slotAddr(to.Slot))
	}
}

// testsNext reports whether the instruction after i, in block b, tests
// the register that i writes (operand 0, of size bytes) for zero: an
// ALU operation that writes it sets ZF and SF as that test would (all
// that the consumers of a zero test read: see condition and compare), so
// the test can go ("n--; if n != 0", "if (x & 3) != 0" where x & 3 is
// used again).
func (em *Emitter) testsNext(b, i int, size uint8) bool {
	f := em.e.l.Code
	if _, end := f.BlockInsts(b); i+1 >= end {
		return false
	}
	n := &em.e.l.Insts[f.Insts[i+1].Data]
	r := em.loc(i, 0)
	return n.op == mCmp && n.alu == aluTest && n.size == size && em.loc(i+1, 0) == r && em.loc(i+1, 1) == r
}

// flagsFor drops the zero test after ALU operation i (m), in block b, of
// the register it writes (testsNext). Only the arithmetic and logic
// operations set ZF and SF from their result.
func (em *Emitter) flagsFor(b, i int, m *minst) {
	switch m.alu {
	case aluAdd, aluSub, aluAnd, aluOr, aluXor:
		if em.testsNext(b, i, m.size) {
			em.e.testDone = i + 1
		}
	}
}

// newLabel returns a label to place later (append).
func (em *Emitter) newLabel() lbl { return em.a.newLabel() }

// trapStub returns a branch target that raises trap c for the Wasm
// instruction at pos (out-of-line, emitted after the body).
func (em *Emitter) trapStub(c abi.TrapCode, pos int32) lbl {
	p := em.newLabel()
	em.e.traps = append(em.e.traps, trapRef{at: p, code: c, pos: pos})
	return p
}

func (em *Emitter) jcc(c cond, target lbl) { em.a.jmp(jccOps[c], target) }

var jccOps = [...]obj.As{ccE: x86.AJEQ, ccNE: x86.AJNE, ccL: x86.AJLT, ccGE: x86.AJGE, ccLE: x86.AJLE, ccG: x86.AJGT,
	ccB: x86.AJCS, ccAE: x86.AJCC, ccBE: x86.AJLS, ccA: x86.AJHI}
var setOps = [...]obj.As{ccE: x86.ASETEQ, ccNE: x86.ASETNE, ccL: x86.ASETLT, ccGE: x86.ASETGE, ccLE: x86.ASETLE, ccG: x86.ASETGT,
	ccB: x86.ASETCS, ccAE: x86.ASETCC, ccBE: x86.ASETLS, ccA: x86.ASETHI}
var cmovOps = [...]obj.As{ccE: x86.ACMOVQEQ, ccNE: x86.ACMOVQNE, ccL: x86.ACMOVQLT, ccGE: x86.ACMOVQGE, ccLE: x86.ACMOVQLE, ccG: x86.ACMOVQGT,
	ccB: x86.ACMOVQCS, ccAE: x86.ACMOVQCC, ccBE: x86.ACMOVQLS, ccA: x86.ACMOVQHI}

func sized(size uint8, q, l obj.As) obj.As {
	if size == 8 {
		return q
	}
	return l
}

var aluOpsQ = [...]obj.As{aluAdd: x86.AADDQ, aluSub: x86.ASUBQ, aluAnd: x86.AANDQ, aluOr: x86.AORQ, aluXor: x86.AXORQ, aluCmp: x86.ACMPQ, aluTest: x86.ATESTQ, aluAdc: x86.AADCQ, aluSbb: x86.ASBBQ}
var aluOpsL = [...]obj.As{aluAdd: x86.AADDL, aluSub: x86.ASUBL, aluAnd: x86.AANDL, aluOr: x86.AORL, aluXor: x86.AXORL, aluCmp: x86.ACMPL, aluTest: x86.ATESTL, aluAdc: x86.AADCL, aluSbb: x86.ASBBL}

func aluAs(op aluOp, size uint8) obj.As {
	if size == 8 {
		return aluOpsQ[op]
	}
	return aluOpsL[op]
}

// movImm loads a constant into a register of either class.
func (em *Emitter) movImm(dst int16, size uint8, v int64) {
	a := em.a
	if isFloatReg(dst) {
		if v == 0 {
			a.ins(x86.AXORPS, xreg(dst), xreg(dst))
			return
		}
		// From the constant pool: one load, where a MOVQ through R11
		// would take two instructions.
		a.ins(sized(size, x86.AMOVSD, x86.AMOVSS), em.constant(uint64(v), 0, false), xreg(dst))
		return
	}
	switch {
	case v == 0:
		a.ins(x86.AXORL, xreg(dst), xreg(dst))
	case size == 4 || v >= 0 && v <= math.MaxUint32:
		a.ins(x86.AMOVL, imm(int64(uint32(v))), xreg(dst))
	default:
		a.ins(x86.AMOVQ, imm(v), xreg(dst))
	}
}

// Inst emits instruction i of block b (mach.Walker).
func (em *Emitter) Inst(b, i int) error {
	a := em.a
	e := &em.e
	m := &e.l.Insts[e.l.Code.Insts[i].Data]
	f := e.l.Code
	switch m.op {
	case mNop, mArgs:
	case mMov:
		d, s := em.loc(i, 0), em.loc(i, 1)
		if d == s {
			return nil
		}
		switch {
		case isFloatReg(d) && isFloatReg(s):
			a.ins(x86.AMOVAPD, xreg(s), xreg(d))
		default:
			a.ins(x86.AMOVQ, xreg(s), xreg(d))
		}
	case mMovImm:
		em.movImm(em.loc(i, 0), m.size, m.imm)
	case mAlu:
		a.ins(aluAs(m.alu, m.size), em.srcOrConst(i, 1, m), em.reg(i, 0))
		em.flagsFor(b, i, m)
	case mAluImm:
		a.ins(aluAs(m.alu, m.size), imm(m.imm), em.reg(i, 0))
		em.flagsFor(b, i, m)
	case mAluMem:
		em.memSite(a.ins(aluAs(m.alu, m.size), em.memOperand(i, 1, m), em.reg(i, 0)), m.pos)
		em.flagsFor(b, i, m)
	case mImulMem:
		em.memSite(a.ins(sized(m.size, x86.AIMULQ, x86.AIMULL), em.memOperand(i, 1, m), em.reg(i, 0)), m.pos)
	case mCmp:
		if i == e.testDone {
			break
		}
		if m.alu == aluTest {
			a.ins(aluAs(aluTest, m.size), em.reg(i, 1), em.reg(i, 0))
		} else {
			a.ins(aluAs(aluCmp, m.size), em.reg(i, 0), em.reg(i, 1))
		}
	case mCmpImm:
		if m.alu == aluTest {
			a.ins(aluAs(aluTest, m.size), imm(m.imm), em.reg(i, 0))
		} else {
			a.ins(aluAs(aluCmp, m.size), em.reg(i, 0), imm(m.imm))
		}
	case mImul:
		a.ins(sized(m.size, x86.AIMULQ, x86.AIMULL), em.srcOrConst(i, 1, m), em.reg(i, 0))
	case mImulImm:
		a.ins3(sized(m.size, x86.AIMUL3Q, x86.AIMUL3L), imm(m.imm), em.reg(i, 1), em.reg(i, 0))
	case mLea:
		if len(f.Operands(i)) == 2 && m.imm != 0 && em.loc(i, 1) == em.loc(i, 0) && em.testsNext(b, i, m.size) {
			// An add in place does the lea's work and sets the flags.
			a.ins(aluAs(aluAdd, m.size), imm(m.imm), em.reg(i, 0))
			e.testDone = i + 1
			break
		}
		addr := mem(em.loc(i, 1), m.imm)
		if len(f.Operands(i)) > 2 {
			addr = memIdx(em.loc(i, 1), em.loc(i, 2), int16(m.scale), m.imm)
		}
		a.ins(sized(m.size, x86.ALEAQ, x86.ALEAL), addr, em.reg(i, 0))
	case mShift, mShiftImm:
		ops := [...][2]obj.As{shShl: {x86.ASHLQ, x86.ASHLL}, shSar: {x86.ASARQ, x86.ASARL}, shShr: {x86.ASHRQ, x86.ASHRL},
			shRol: {x86.AROLQ, x86.AROLL}, shRor: {x86.ARORQ, x86.ARORL}}[m.aux]
		as := sized(m.size, ops[0], ops[1])
		if m.op == mShift {
			a.ins(as, xreg(x86.REG_CX), em.reg(i, 0))
		} else {
			a.ins(as, imm(m.imm), em.reg(i, 0))
		}
	case mShiftX:
		if err := em.need(abi.FeatBMI2, "shifts by a register without CL"); err != nil {
			return err
		}
		ops := [...][2]obj.As{shShl: {x86.ASHLXQ, x86.ASHLXL}, shSar: {x86.ASARXQ, x86.ASARXL}, shShr: {x86.ASHRXQ, x86.ASHRXL}}[m.aux]
		a.ins3(sized(m.size, ops[0], ops[1]), em.reg(i, 2), em.reg(i, 1), em.reg(i, 0))
	case mRorx:
		if err := em.need(abi.FeatBMI2, "three-operand rotates"); err != nil {
			return err
		}
		a.ins3(sized(m.size, x86.ARORXQ, x86.ARORXL), imm(m.imm), em.reg(i, 1), em.reg(i, 0))
	case mAndn:
		if err := em.need(abi.FeatBMI1, "and-not"); err != nil {
			return err
		}
		a.ins3(sized(m.size, x86.AANDNQ, x86.AANDNL), em.reg(i, 2), em.reg(i, 1), em.reg(i, 0))
	case mBitCount:
		return em.bitCount(i, m)
	case mDiv:
		em.div(i, m)
	case mMulh:
		as := sized(m.size, x86.AMULQ, x86.AMULL)
		if m.aux == 1 {
			as = sized(m.size, x86.AIMULQ, x86.AIMULL)
		}
		a.ins(as, em.srcOrConst(i, 2, m), opnd{})
	case mSetcc:
		d := em.loc(i, 0)
		a.ins(setOps[m.cc], opnd{}, xreg(d))
		a.ins(x86.AMOVBLZX, xreg(d), xreg(d))
	case mCmov:
		a.ins(cmovOps[m.cc], em.reg(i, 1), em.reg(i, 0))
	case mExtend:
		em.extend(i, m)
	case mLoad:
		em.load(i, m)
	case mStore:
		em.store(i, m)
	case mStoreImm:
		as := [...]obj.As{1: x86.AMOVB, 2: x86.AMOVW, 4: x86.AMOVL, 8: x86.AMOVQ}[m.aux]
		c := int64(m.aux2)
		switch m.aux {
		case 1:
			c = int64(int8(c))
		case 2:
			c = int64(int16(c))
		}
		em.memSite(a.ins(as, imm(c), em.memOperand(i, 0, m)), m.pos)
	case mLoadAddr, mLoadAddr32:
		d := em.loc(i, 0)
		src := mem(em.loc(i, 1), m.imm)
		if len(f.Operands(i)) > 2 {
			src = memIdx(em.loc(i, 1), em.loc(i, 2), int16(m.scale), m.imm)
		}
		switch {
		case m.size == 16:
			a.ins(x86.AMOVUPS, src, xreg(d))
		case isFloatReg(d):
			a.ins(sized(m.size, x86.AMOVSD, x86.AMOVSS), src, xreg(d))
		case m.size == 8 && m.op == mLoadAddr:
			a.ins(x86.AMOVQ, src, xreg(d))
		default:
			a.ins(x86.AMOVL, src, xreg(d))
		}
	case mStoreAddr:
		v := em.loc(i, 1)
		dst := mem(em.loc(i, 0), m.imm)
		switch {
		case m.size == 16:
			a.ins(x86.AMOVUPS, xreg(v), dst)
		case isFloatReg(v):
			a.ins(sized(m.size, x86.AMOVSD, x86.AMOVSS), xreg(v), dst)
		default:
			a.ins(sized(m.size, x86.AMOVQ, x86.AMOVL), xreg(v), dst)
		}
	case mLoadCtx:
		a.ins(x86.AMOVQ, mem(x86.REG_R15, m.imm), em.reg(i, 0))
	case mLoadFrame:
		d := em.loc(i, 0)
		if m.size == 16 {
			a.ins(x86.AMOVUPS, mem(x86.REG_BP, m.imm), xreg(d))
		} else if isFloatReg(d) {
			a.ins(sized(m.size, x86.AMOVSD, x86.AMOVSS), mem(x86.REG_BP, m.imm), xreg(d))
		} else {
			a.ins(sized(m.size, x86.AMOVQ, x86.AMOVL), mem(x86.REG_BP, m.imm), xreg(d))
		}
	case mFAlu:
		ops := fAluOps[m.aux]
		a.ins(sized(m.size, ops[0], ops[1]), em.srcOrConst(i, 1, m), em.reg(i, 0))
	case mFAlu3:
		if err := em.need(abi.FeatAVX, "three-operand float instructions"); err != nil {
			return err
		}
		ops := fAlu3Ops[m.aux]
		a.ins3(sized(m.size, ops[0], ops[1]), em.srcOrConst(i, 2, m), em.reg(i, 1), em.reg(i, 0))
	case mFAluMem:
		ops := fAluOps[m.aux]
		em.memSite(a.ins(sized(m.size, ops[0], ops[1]), em.memOperand(i, 1, m), em.reg(i, 0)), m.pos)
	case mFAlu3Mem:
		if err := em.need(abi.FeatAVX, "three-operand float instructions"); err != nil {
			return err
		}
		ops := fAlu3Ops[m.aux]
		em.memSite(a.ins3(sized(m.size, ops[0], ops[1]), em.memOperand(i, 2, m), em.reg(i, 1), em.reg(i, 0)), m.pos)
	case mFMinMax:
		em.minMax(i, m)
	case mFUnary:
		d, s := em.reg(i, 0), em.reg(i, 1)
		if m.aux == fSqrt {
			a.ins(sized(m.size, x86.ASQRTSD, x86.ASQRTSS), s, d)
		} else {
			if err := em.need(abi.FeatSSE41, "ceil, floor, trunc and nearest"); err != nil {
				return err
			}
			a.ins3(sized(m.size, x86.AROUNDSD, x86.AROUNDSS), imm(roundModes[m.aux]), s, d)
		}
	case mFSign:
		em.sign(i, m)
	case mFCmp:
		em.fcmp(i, m)
	case mFCmpFlags:
		a.ins(sized(m.size, x86.AUCOMISD, x86.AUCOMISS), em.reg(i, 1), em.reg(i, 0)) // flags(a - b)
	case mCvtIF:
		em.cvtIF(i, m)
	case mCvtFI:
		em.cvtFI(i, m)
	case mCvtFF:
		if m.size == 8 {
			a.ins(x86.ACVTSS2SD, em.reg(i, 1), em.reg(i, 0))
		} else {
			a.ins(x86.ACVTSD2SS, em.reg(i, 1), em.reg(i, 0))
		}
	case mBitcast:
		d, s := em.loc(i, 0), em.loc(i, 1)
		if isFloatReg(d) == isFloatReg(s) {
			a.ins(x86.AMOVQ, xreg(s), xreg(d))
		} else {
			a.ins(sized(m.size, x86.AMOVQ, x86.AMOVL), xreg(s), xreg(d))
		}
	case mJmp:
		if e.wrap.Restores(b) {
			em.saveRegs(false) // the jump leaves the saves' region
		}
		if h := em.copyAfter(b); h >= 0 {
			e.testDone = -1
			e.copying++
			err := mach.WalkBlock(f, e.alloc, h, em)
			e.copying--
			return err
		}
		em.jumpTo(b, 0)
	case mJcc:
		if t0 := em.target(b, 0); t0 == e.next[b] {
			em.jcc(m.cc.invert(), em.target(b, 1))
		} else {
			em.jcc(m.cc, t0)
			em.jumpTo(b, 1)
		}
	case mBrTable:
		em.brTable(b, i)
	case mRet:
		if !e.wrap.Wrapped() || e.wrap.Restores(b) {
			em.saveRegs(false)
		}
		if e.frame > 0 {
			a.ins(x86.AMOVQ, xreg(x86.REG_BP), xreg(x86.REG_SP))
		}
		a.ins(x86.APOPQ, opnd{}, xreg(x86.REG_BP))
		a.ins(obj.ARET, opnd{}, opnd{})
	case mCall:
		em.callSite(a.callSym(symRef{symFunc, uint32(m.imm)}), m.pos)
	case mCallReg:
		em.callReg(i, m.pos)
	case mCallCode:
		em.callSite(a.ins(obj.ACALL, opnd{}, em.reg(i, 0)), m.pos)
	case mHostCall:
		em.hostCall(i, m)
	case mMemAddr:
		addr := mem(x86.REG_R14, m.imm)
		if len(f.Operands(i)) > 1 {
			addr = memIdx(x86.REG_R14, em.loc(i, 1), 1, m.imm)
		}
		a.ins(x86.ALEAQ, addr, em.reg(i, 0))
	case mRoutine:
		// CALL [R15 + ExecRoutines + 8*r]: no thunk, no relocation.
		a.ins(obj.ACALL, opnd{}, mem(x86.REG_R15, abi.ExecRoutines+8*m.imm))
	case mTrap:
		a.jmp(obj.AJMP, em.trapStub(abi.TrapCode(m.aux), m.pos))
	case mTrapIf:
		stub := em.trapStub(abi.TrapCode(m.aux), m.pos)
		if m.aux2 != 0 {
			t := &em.e.traps[len(em.e.traps)-1]
			t.nullCode, t.null = abi.TrapCode(m.aux2), em.loc(i, 0)
		}
		em.jcc(m.cc, stub)
	case mPoll:
		if i == em.e.entryPoll {
			return nil // the stack check polls
		}
		a.ins(x86.ACMPL, mem(x86.REG_R15, abi.ExecInterrupt), imm(0))
		stub := em.trapStub(abi.TrapInterrupted, m.pos)
		back := em.newLabel()
		em.e.traps[len(em.e.traps)-1].back = back
		em.jcc(ccNE, stub)
		em.append(back)
	case mSpillArgs:
		r := em.loc(i, 0)
		if m.size == 16 {
			a.ins(x86.AMOVUPS, xreg(r), mem(x86.REG_SP, 8*m.imm))
		} else if isFloatReg(r) {
			a.ins(x86.AMOVSD, xreg(r), mem(x86.REG_SP, 8*m.imm))
		} else {
			a.ins(x86.AMOVQ, xreg(r), mem(x86.REG_SP, 8*m.imm))
		}
	default:
		if ok, err := em.vecInst(i, m); ok || err != nil {
			return err
		}
		return fmt.Errorf("amd64: cannot encode %v", m.op)
	}
	return nil
}

// copyAfter returns the block whose code replaces block b's jump
// (mach.CopyAfter), or -1.
func (em *Emitter) copyAfter(b int) int {
	e := &em.e
	return mach.CopyAfter(e.l.Code, e.dispatch, e.dest, e.blocks, b, em.target(b, 0), e.next[b], e.copying > 0)
}

// jumpTo jumps to successor k of block b unless it comes next (and b is
// not a copy, which nothing follows).
func (em *Emitter) jumpTo(b, k int) {
	if t := em.target(b, k); t != em.e.next[b] || em.e.copying > 0 {
		em.a.jmp(obj.AJMP, t)
	}
}

// threadJumps points the labels of forwarders (mach.Forwarders) at their
// final destinations and leaves them out, so that branches go straight to
// where they lead. It also records each block's layout successor for
// fall-through.
func (em *Emitter) threadJumps() {
	e := &em.e
	f := e.l.Code
	n := len(f.Blocks)
	e.skip = room.Len(e.skip, n)
	clear(e.skip)
	e.next = room.Len(e.next, n)
	e.dest, e.on = mach.Forwarders(f, e.alloc, em.term, e.dest, e.on)
	for b, d := range e.dest {
		if d != b {
			e.skip[b] = true
			e.blocks[b] = e.blocks[d]
		}
	}
	e.stubs.Lay(f, e.alloc.Stubs, e.on, e.blocks, e.skip, e.next, 0, em.newLabel)
	e.dispatch = mach.Dispatchers(f, e.alloc, e.dest, em.term, mach.DispatchPlain(func(i int) mop { return e.l.Insts[f.Insts[i].Data].op }, mCall, mCallReg, mCallCode, mHostCall, mRoutine), e.dispatch)
	e.tableOf = room.Len(e.tableOf, n)
	for b := range e.tableOf {
		e.tableOf[b] = -1
	}
}

// term says what instruction i is, for mach's layout decisions.
func (em *Emitter) term(i int) mach.Term {
	return termOf[em.e.l.Insts[em.e.l.Code.Insts[i].Data].op]
}

func (em *Emitter) div(i int, m *minst) {
	a := em.a
	d := em.reg(i, 2)
	q := m.size == 8
	a.ins(sized(m.size, x86.ATESTQ, x86.ATESTL), d, d)
	em.jcc(ccE, em.trapStub(abi.TrapIntegerDivideByZero, m.pos))
	switch m.aux {
	case divU, remU:
		a.ins(x86.AXORL, xreg(x86.REG_DX), xreg(x86.REG_DX))
		a.ins(sized(m.size, x86.ADIVQ, x86.ADIVL), d, opnd{})
	case divS:
		do := em.newLabel()
		a.ins(sized(m.size, x86.ACMPQ, x86.ACMPL), d, imm(-1))
		a.jmp(x86.AJNE, do)
		minInt := int64(math.MinInt32)
		if q {
			minInt = math.MinInt64
			a.ins(x86.AMOVQ, imm(minInt), xreg(x86.REG_R11))
			a.ins(x86.ACMPQ, xreg(x86.REG_AX), xreg(x86.REG_R11))
		} else {
			a.ins(x86.ACMPL, xreg(x86.REG_AX), imm(minInt))
		}
		em.jcc(ccE, em.trapStub(abi.TrapIntegerOverflow, m.pos))
		em.append(do)
		if q {
			a.ins(x86.ACQO, opnd{}, opnd{})
		} else {
			a.ins(x86.ACDQ, opnd{}, opnd{})
		}
		a.ins(sized(m.size, x86.AIDIVQ, x86.AIDIVL), d, opnd{})
	case remS:
		do := em.newLabel()
		done := em.newLabel()
		a.ins(sized(m.size, x86.ACMPQ, x86.ACMPL), d, imm(-1))
		a.jmp(x86.AJNE, do)
		a.ins(x86.AXORL, xreg(x86.REG_DX), xreg(x86.REG_DX))
		a.jmp(obj.AJMP, done)
		em.append(do)
		if q {
			a.ins(x86.ACQO, opnd{}, opnd{})
		} else {
			a.ins(x86.ACDQ, opnd{}, opnd{})
		}
		a.ins(sized(m.size, x86.AIDIVQ, x86.AIDIVL), d, opnd{})
		em.append(done)
	}
}

// The float ALU instructions (double, single) by operation: SSE's
// two-operand and AVX's three-operand forms.
var (
	fAluOps  = [...][2]obj.As{fAdd: {x86.AADDSD, x86.AADDSS}, fSub: {x86.ASUBSD, x86.ASUBSS}, fMul: {x86.AMULSD, x86.AMULSS}, fDiv: {x86.ADIVSD, x86.ADIVSS}}
	fAlu3Ops = [...][2]obj.As{fAdd: {x86.AVADDSD, x86.AVADDSS}, fSub: {x86.AVSUBSD, x86.AVSUBSS}, fMul: {x86.AVMULSD, x86.AVMULSS}, fDiv: {x86.AVDIVSD, x86.AVDIVSS}}
)

// append places label l, made earlier (newLabel), at the end.
func (em *Emitter) append(l lbl) { em.a.bind(l) }

func (em *Emitter) extend(i int, m *minst) {
	a := em.a
	d, s := em.reg(i, 0), em.reg(i, 1)
	signed := m.aux2 == 1
	var as obj.As
	switch {
	case m.aux == 8 && signed:
		as = sized(m.size, x86.AMOVBQSX, x86.AMOVBLSX)
	case m.aux == 16 && signed:
		as = sized(m.size, x86.AMOVWQSX, x86.AMOVWLSX)
	case m.aux == 32 && signed:
		as = x86.AMOVLQSX
	default:
		// Zero extension of 32 bits (wrap): a 32-bit move.
		as = x86.AMOVL
	}
	a.ins(as, s, d)
}

// memOperand is [membase + index + m.imm] for instruction i (m), whose
// operand k is the index.
func (em *Emitter) memOperand(i, k int, m *minst) opnd {
	if m.scale == scaleAbs {
		return mem(x86.REG_R14, m.imm)
	}
	return memIdx(x86.REG_R14, em.loc(i, k), max(int16(m.scale), 1), m.imm)
}

func (em *Emitter) load(i int, m *minst) {
	a := em.a
	src := em.memOperand(i, 1, m)
	d := em.reg(i, 0)
	var as obj.As
	switch m.aux {
	case isel.Ld8S:
		as = sized(m.size, x86.AMOVBQSX, x86.AMOVBLSX)
	case isel.Ld8U:
		as = x86.AMOVBLZX
	case isel.Ld16S:
		as = sized(m.size, x86.AMOVWQSX, x86.AMOVWLSX)
	case isel.Ld16U:
		as = x86.AMOVWLZX
	case isel.Ld32S:
		as = x86.AMOVLQSX
	case isel.Ld32U:
		as = x86.AMOVL
	case isel.Ld64:
		as = x86.AMOVQ
	case isel.LdF32:
		as = x86.AMOVSS
	case isel.LdF64:
		as = x86.AMOVSD
	case isel.LdV128:
		as = x86.AMOVUPS
	}
	em.memSite(a.ins(as, src, d), m.pos)
}

func (em *Emitter) store(i int, m *minst) {
	a := em.a
	dst := em.memOperand(i, 0, m)
	v := em.loc(i, len(em.e.l.Code.Operands(i))-1) // after the index, if any
	var as obj.As
	switch {
	case m.aux == 16:
		as = x86.AMOVUPS
	case isFloatReg(v):
		as = sized(m.size, x86.AMOVSD, x86.AMOVSS)
	case m.aux == 1:
		as = x86.AMOVB
	case m.aux == 2:
		as = x86.AMOVW
	case m.aux == 4:
		as = x86.AMOVL
	default:
		as = x86.AMOVQ
	}
	em.memSite(a.ins(as, xreg(v), dst), m.pos)
}

// memSite records a memory access as a trap site (its fault is classified
// by address; the site gives the function and Wasm offset).
func (em *Emitter) memSite(at ref, pos int32) {
	em.e.memSites = append(em.e.memSites, siteRef{at: at, code: abi.TrapOutOfBoundsMemoryAccess, pos: pos})
}

// minMax implements Wasm's fmin/fmax: NaN if either operand is NaN, and
// -0 < +0.
func (em *Emitter) minMax(i int, m *minst) {
	a := em.a
	d, s := em.reg(i, 0), em.reg(i, 1)
	nan := em.newLabel()
	normal := em.newLabel()
	done := em.newLabel()
	a.ins(sized(m.size, x86.AUCOMISD, x86.AUCOMISS), s, d)
	a.jmp(x86.AJPS, nan)
	a.jmp(x86.AJNE, normal)
	// Equal: the operands may be -0 and +0; OR (min) or AND (max) of the
	// bits picks the right zero and leaves equal values alone.
	if m.aux == 0 {
		a.ins(sized(m.size, x86.AORPD, x86.AORPS), s, d)
	} else {
		a.ins(sized(m.size, x86.AANDPD, x86.AANDPS), s, d)
	}
	a.jmp(obj.AJMP, done)
	em.append(nan)
	a.ins(sized(m.size, x86.AADDSD, x86.AADDSS), s, d)
	a.jmp(obj.AJMP, done)
	em.append(normal)
	if m.aux == 0 {
		a.ins(sized(m.size, x86.AMINSD, x86.AMINSS), s, d)
	} else {
		a.ins(sized(m.size, x86.AMAXSD, x86.AMAXSS), s, d)
	}
	em.append(done)
}

func (em *Emitter) sign(i int, m *minst) {
	a := em.a
	d := em.reg(i, 0)
	shl, shr := x86.APSLLQ, x86.APSRLQ
	if m.size == 4 {
		shl, shr = x86.APSLLL, x86.APSRLL
	}
	switch m.aux {
	case fAbs:
		a.ins(shl, imm(1), d)
		a.ins(shr, imm(1), d)
	case fNeg:
		if m.size == 8 {
			a.ins(x86.AMOVQ, imm(math.MinInt64), xreg(x86.REG_R11))
			a.ins(x86.AMOVQ, xreg(x86.REG_R11), xreg(x86.REG_X15))
		} else {
			a.ins(x86.AMOVL, imm(0x80000000), xreg(x86.REG_R11))
			a.ins(x86.AMOVL, xreg(x86.REG_R11), xreg(x86.REG_X15))
		}
		a.ins(x86.AXORPD, xreg(x86.REG_X15), d)
	case fCopysign:
		s := em.reg(i, 1)
		// X15 = sign of s; d = |d| | X15.
		if m.size == 8 {
			a.ins(x86.AMOVQ, s, xreg(x86.REG_R11))
			a.ins(x86.ASHRQ, imm(63), xreg(x86.REG_R11))
			a.ins(x86.ASHLQ, imm(63), xreg(x86.REG_R11))
			a.ins(x86.AMOVQ, xreg(x86.REG_R11), xreg(x86.REG_X15))
		} else {
			a.ins(x86.AMOVL, s, xreg(x86.REG_R11))
			a.ins(x86.ASHRL, imm(31), xreg(x86.REG_R11))
			a.ins(x86.ASHLL, imm(31), xreg(x86.REG_R11))
			a.ins(x86.AMOVL, xreg(x86.REG_R11), xreg(x86.REG_X15))
		}
		a.ins(shl, imm(1), d)
		a.ins(shr, imm(1), d)
		a.ins(x86.AORPD, xreg(x86.REG_X15), d)
	}
}

// fcmp sets d to the Wasm comparison of a and b (false on NaN except ne).
func (em *Emitter) fcmp(i int, m *minst) {
	a := em.a
	d := em.loc(i, 0)
	x, y := em.reg(i, 1), em.reg(i, 2)
	ucom := sized(m.size, x86.AUCOMISD, x86.AUCOMISS)
	switch ir.Cond(m.aux) {
	case ir.Feq, ir.Fne:
		a.ins(ucom, y, x) // flags(x - y)
		if ir.Cond(m.aux) == ir.Feq {
			a.ins(x86.ASETEQ, opnd{}, xreg(d))
			a.ins(x86.ASETPC, opnd{}, xreg(x86.REG_R11))
			a.ins(x86.AANDL, xreg(x86.REG_R11), xreg(d))
		} else {
			a.ins(x86.ASETNE, opnd{}, xreg(d))
			a.ins(x86.ASETPS, opnd{}, xreg(x86.REG_R11))
			a.ins(x86.AORL, xreg(x86.REG_R11), xreg(d))
		}
	case ir.Fgt:
		a.ins(ucom, y, x) // x > y: above
		a.ins(x86.ASETHI, opnd{}, xreg(d))
	case ir.Fge:
		a.ins(ucom, y, x)
		a.ins(x86.ASETCC, opnd{}, xreg(d))
	case ir.Flt:
		a.ins(ucom, x, y) // y > x
		a.ins(x86.ASETHI, opnd{}, xreg(d))
	case ir.Fle:
		a.ins(ucom, x, y)
		a.ins(x86.ASETCC, opnd{}, xreg(d))
	}
	a.ins(x86.AMOVBLZX, xreg(d), xreg(d))
}

func (em *Emitter) cvtIF(i int, m *minst) {
	a := em.a
	d, s := em.reg(i, 0), em.reg(i, 1)
	signed := m.aux == 1
	srcSize := m.aux2
	cvtQ := sized(m.size, x86.ACVTSQ2SD, x86.ACVTSQ2SS)
	switch {
	case signed && srcSize == 4:
		a.ins(sized(m.size, x86.ACVTSL2SD, x86.ACVTSL2SS), s, d)
	case signed || srcSize == 4:
		// Unsigned 32-bit values are zero-extended in their register, so
		// the signed 64-bit conversion is exact.
		a.ins(cvtQ, s, d)
	default:
		// Unsigned 64-bit: halve (keeping the low bit sticky) when the top
		// bit is set, convert, double.
		big := em.newLabel()
		done := em.newLabel()
		a.ins(x86.ATESTQ, s, s)
		a.jmp(x86.AJMI, big)
		a.ins(cvtQ, s, d)
		a.jmp(obj.AJMP, done)
		em.append(big)
		skip := em.newLabel()
		a.ins(x86.AMOVQ, s, xreg(x86.REG_R11))
		a.ins(x86.ASHRQ, imm(1), xreg(x86.REG_R11))
		a.jmp(x86.AJCC, skip)
		a.ins(x86.AORQ, imm(1), xreg(x86.REG_R11))
		em.append(skip)
		a.ins(cvtQ, xreg(x86.REG_R11), d)
		a.ins(sized(m.size, x86.AADDSD, x86.AADDSS), d, d)
		em.append(done)
	}
}

// floatConst loads a float constant into X15.
func (em *Emitter) floatConst(size uint8, v float64) {
	a := em.a
	if size == 8 {
		a.ins(x86.AMOVQ, imm(int64(math.Float64bits(v))), xreg(x86.REG_R11))
		a.ins(x86.AMOVQ, xreg(x86.REG_R11), xreg(x86.REG_X15))
	} else {
		a.ins(x86.AMOVL, imm(int64(math.Float32bits(float32(v)))), xreg(x86.REG_R11))
		a.ins(x86.AMOVL, xreg(x86.REG_R11), xreg(x86.REG_X15))
	}
}

// cvtFI converts float to integer: trapping on NaN ("invalid conversion")
// and out-of-range values ("integer overflow"), or saturating.
func (em *Emitter) cvtFI(i int, m *minst) {
	a := em.a
	d, s := em.reg(i, 0), em.reg(i, 1)
	signed := m.aux&1 != 0
	sat := m.aux&2 != 0
	fs := uint8(m.aux2) // float size
	is := m.size        // int size
	ucom := sized(fs, x86.AUCOMISD, x86.AUCOMISS)
	done := em.newLabel()

	// Bounds: valid iff lo < x (loIncl: lo <= x) and x < hi.
	var lo, hi float64
	loIncl := false
	switch {
	case signed && is == 4:
		lo, hi = -2147483649, 2147483648
		if fs == 4 {
			lo, loIncl = -2147483648, true
		}
	case signed:
		lo, hi, loIncl = -9223372036854775808, 9223372036854775808, true
	case is == 4:
		lo, hi = -1, 4294967296
	default:
		lo, hi = -1, 18446744073709551616
	}
	var minV, maxV int64
	switch {
	case signed && is == 4:
		minV, maxV = math.MinInt32, math.MaxInt32
	case signed:
		minV, maxV = math.MinInt64, math.MaxInt64
	case is == 4:
		minV, maxV = 0, math.MaxUint32
	default:
		minV, maxV = 0, -1
	}
	if sat {
		a.ins(x86.AXORL, d, d)
		a.ins(ucom, s, s)
		a.jmp(x86.AJPS, done) // NaN -> 0
	} else {
		a.ins(ucom, s, s)
		em.jcc2(x86.AJPS, em.trapStub(abi.TrapInvalidConversionToInteger, m.pos))
	}
	// Low bound: flags(x - lo).
	em.floatConst(fs, lo)
	a.ins(ucom, xreg(x86.REG_X15), s)
	lowBad := x86.AJLS // x <= lo
	if loIncl {
		lowBad = x86.AJCS // x < lo
	}
	if sat {
		ok := em.newLabel()
		a.jmp(inverseJ(lowBad), ok)
		em.movImm(d.reg, is, minV)
		a.jmp(obj.AJMP, done)
		em.append(ok)
	} else {
		em.jcc2(lowBad, em.trapStub(abi.TrapIntegerOverflow, m.pos))
	}
	em.floatConst(fs, hi)
	a.ins(ucom, xreg(x86.REG_X15), s)
	if sat {
		ok := em.newLabel()
		a.jmp(x86.AJCS, ok) // x < hi
		em.movImm(d.reg, is, maxV)
		a.jmp(obj.AJMP, done)
		em.append(ok)
	} else {
		em.jcc2(x86.AJCC, em.trapStub(abi.TrapIntegerOverflow, m.pos))
	}
	cvt32 := sized(fs, x86.ACVTTSD2SL, x86.ACVTTSS2SL)
	cvt64 := sized(fs, x86.ACVTTSD2SQ, x86.ACVTTSS2SQ)
	switch {
	case signed && is == 4:
		a.ins(cvt32, s, d)
	case signed || is == 4:
		a.ins(cvt64, s, d)
	default:
		// Unsigned 64-bit: values from 2^63 up are converted after
		// subtracting 2^63 (exact), then the top bit is set.
		small := em.newLabel()
		em.floatConst(fs, 9223372036854775808)
		a.ins(ucom, xreg(x86.REG_X15), s)
		a.jmp(x86.AJCS, small)
		a.ins(sized(fs, x86.ASUBSD, x86.ASUBSS), xreg(x86.REG_X15), s)
		a.ins(cvt64, s, d)
		a.ins(sized(fs, x86.AADDSD, x86.AADDSS), xreg(x86.REG_X15), s)
		a.ins(x86.AMOVQ, imm(math.MinInt64), xreg(x86.REG_R11))
		a.ins(x86.AXORQ, xreg(x86.REG_R11), d)
		a.jmp(obj.AJMP, done)
		em.append(small)
		a.ins(cvt64, s, d)
	}
	em.append(done)
}

func (em *Emitter) jcc2(as obj.As, target lbl) { em.a.jmp(as, target) }

func inverseJ(as obj.As) obj.As {
	switch as {
	case x86.AJLS:
		return x86.AJHI
	case x86.AJCS:
		return x86.AJCC
	}
	panic("inverseJ")
}

// saveRegs stores (or, with save false, reloads) the preserved
// callee-saved registers in their frame slots.
func (em *Emitter) saveRegs(save bool) {
	a := em.a
	for k, r := range em.e.saved {
		as := x86.AMOVQ
		if RegInfo.ClassOf[r] == mach.ClassFloat {
			as = x86.AMOVUPS
		}
		reg, slot := xreg(hw(uint32(r))), mem(x86.REG_BP, em.e.savedOff[k])
		if save {
			a.ins(as, reg, slot)
		} else {
			a.ins(as, slot, reg)
		}
	}
}

// callReg calls code with instance data callee. A callee of the running
// instance (table entries and host thunks mostly are) is just called; for
// another instance's, the out-of-line path switches the context's VMCtx
// and the memory base to the callee's and restores them afterwards.
func (em *Emitter) callReg(i int, pos int32) {
	a := em.a
	code, callee := em.reg(i, 0), em.reg(i, 1)
	a.ins(x86.ACMPQ, callee, mem(x86.REG_R15, abi.ExecVMCtx))
	cross, back := em.newLabel(), em.newLabel()
	em.jcc(ccNE, cross)
	em.callSite(a.ins(obj.ACALL, opnd{}, code), pos)
	em.append(back)
	em.e.crossCalls = append(em.e.crossCalls, crossCall{at: cross, back: back, code: code, callee: callee, pos: pos})
}

// callSite records the call instruction at at as a site without a trap code, so
// that a backtrace through its return address gives the call's Wasm
// position.
func (em *Emitter) callSite(at ref, pos int32) {
	if pos >= 0 {
		em.e.memSites = append(em.e.memSites, siteRef{at: at, code: abi.TrapNone, pos: pos})
	}
}

// crossCall is the out-of-line path of a call into another instance.
type crossCall struct {
	at, back     lbl
	code, callee opnd
	pos          int32
}

// switchCall emits c's out-of-line path.
func (em *Emitter) switchCall(c crossCall) {
	a := em.a
	code, callee := c.code, c.callee
	em.append(c.at)
	a.ins(x86.AMOVQ, mem(x86.REG_R15, abi.ExecVMCtx), xreg(x86.REG_R11))
	a.ins(x86.AMOVQ, xreg(x86.REG_R11), mem(x86.REG_BP, em.e.saveSlot))
	a.ins(x86.AMOVQ, callee, mem(x86.REG_R15, abi.ExecVMCtx))
	a.ins(x86.AMOVQ, mem(callee.reg, abi.VMCtxMemBase), xreg(x86.REG_R14))
	em.callSite(a.ins(obj.ACALL, opnd{}, code), c.pos)
	a.ins(x86.AMOVQ, mem(x86.REG_BP, em.e.saveSlot), xreg(x86.REG_R11))
	a.ins(x86.AMOVQ, xreg(x86.REG_R11), mem(x86.REG_R15, abi.ExecVMCtx))
	a.ins(x86.AMOVQ, mem(x86.REG_R11, abi.VMCtxMemBase), xreg(x86.REG_R14))
	a.jmp(obj.AJMP, c.back)
}

// hostCall performs a builtin through a host exit: the argument registers
// are stored into slots at the bottom of the frame, the result comes back in
// slot 0 and goes to RAX.
func (em *Emitter) hostCall(i int, m *minst) {
	a := em.a
	ops := em.e.l.Code.Operands(i)
	n := 0
	for k, op := range ops {
		if op.Kind == mach.Use {
			a.ins(x86.AMOVQ, em.reg(i, k), mem(x86.REG_SP, 8*int64(n)))
			n++
		}
	}
	slots := max(n, 1)
	a.ins(x86.AMOVQ, xreg(x86.REG_SP), mem(x86.REG_R15, abi.ExecHostArgs))
	a.ins(x86.AMOVQ, imm(int64(slots)), mem(x86.REG_R15, abi.ExecHostSlots))
	a.ins(x86.AMOVQ, imm(m.imm), mem(x86.REG_R15, abi.ExecHostIndex))
	em.callSite(em.thunkCall(abi.ThunkHostExit, m.pos, false), m.pos)
	a.ins(x86.AMOVQ, mem(x86.REG_SP, 0), xreg(x86.REG_AX))
}

// thunkCall emits a rel32 call to a module thunk.
func (em *Emitter) thunkCall(thunk int, pos int32, _ bool) ref {
	return em.a.callSym(symRef{symThunk, uint32(thunk)})
}

func (em *Emitter) brTable(b, i int) {
	a := em.a
	f := em.e.l.Code
	succ := f.Blocks[b].Succs
	idx := em.loc(i, 0)
	n := len(succ) - 1
	a.ins(x86.ACMPL, xreg(idx), imm(int64(n)))
	a.jmp(x86.AJCC, em.target(b, n)) // idx >= n (unsigned): default
	// The table holds each target's distance from the table (position
	// independent: the code needs no load-time relocation). The copies of
	// a dispatcher share its table.
	e := &em.e
	shared := e.tableOf[b] >= 0
	if !shared {
		e.tableOf[b] = int32(len(e.tables))
	}
	a.op2(x86.ALEAQ, symMem(a.sym(symRef{symTable, uint32(e.tableOf[b])})), xreg(x86.REG_R11))
	a.ins(x86.AADDQ, memIdx(x86.REG_R11, idx, 8, 0), xreg(x86.REG_R11))
	a.ins(obj.AJMP, opnd{}, xreg(x86.REG_R11))
	if shared {
		return
	}
	start := len(e.tableTargets)
	e.tableTargets = e.stubs.Targets(f, e.blocks, b, n, e.tableTargets)
	targets := e.tableTargets[start:len(e.tableTargets):len(e.tableTargets)]
	e.exits.Overlay(b, targets)
	em.e.tables = append(em.e.tables, tableRef{targets: targets})
}

// srcOrConst returns register operand k of instruction i, or, for an
// instruction whose aux2 is 1, the constant imm from the pool in its place.
func (em *Emitter) srcOrConst(i, k int, m *minst) opnd {
	if m.aux2 == 1 {
		return em.constant(uint64(m.imm), 0, false)
	}
	return em.reg(i, k)
}

// constant returns the RIP-relative memory operand of a constant pool
// entry holding lo (8 bytes) or lo, hi (16 bytes, wide), adding the
// entry if the function has none yet.
func (em *Emitter) constant(lo, hi uint64, wide bool) opnd {
	k := constKey{lo, hi, wide}
	if em.constIdx == nil {
		em.constIdx = map[constKey]uint32{}
	}
	idx, ok := em.constIdx[k]
	if !ok {
		idx = uint32(len(em.e.consts))
		em.constIdx[k] = idx
		em.e.consts = append(em.e.consts, constRef{key: k})
	}
	return symMem(em.a.sym(symRef{symConst, idx}))
}

// outOfLine emits the trap stubs and jump tables after the body.
func (em *Emitter) outOfLine() {
	a := em.a
	e := &em.e
	if e.stackTrap.it != 0 {
		// The stack check failed: an interrupt is pending (poll, then
		// check again), or StackLimit is ^0 without one (a race: the
		// real limit decides), or the stack is exhausted.
		stackLbl := em.newLabel()
		a.setTarget(e.stackTrap, stackLbl)
		em.append(stackLbl)
		a.ins(x86.ACMPL, mem(x86.REG_R15, abi.ExecInterrupt), imm(0))
		poll := em.trapStub(abi.TrapInterrupted, 0)
		e.traps[len(e.traps)-1].back = e.stackCheck
		em.jcc(ccNE, poll)
		a.ins(x86.ACMPQ, xreg(x86.REG_R11), mem(x86.REG_R15, abi.ExecStackFloor))
		em.jcc(ccAE, e.stackOK)
		a.ins(x86.AMOVL, imm(int64(abi.TrapCallStackExhausted)), xreg(x86.REG_AX))
		em.thunkCall(abi.ThunkTrap, -1, true)
	}
	for _, x := range e.exits.Edges {
		em.append(x.At)
		em.saveRegs(false)
		a.jmp(obj.AJMP, e.stubs.Target(e.l.Code, e.blocks, int(x.Block), int(x.K)))
	}
	for _, c := range e.crossCalls {
		em.switchCall(c)
	}
	for k := range e.traps {
		t := &e.traps[k]
		em.append(t.at)
		if t.back != 0 {
			// CALL [R15 + poll routine]: it traps here or returns.
			a.ins(obj.ACALL, opnd{}, mem(x86.REG_R15, abi.ExecRoutines+8*abi.RoutinePoll))
			t.end = a.label()
			a.jmp(obj.AJMP, t.back)
			continue
		}
		if t.nullCode != 0 {
			// TEST first: the register may be AX. MOV leaves the flags.
			r := xreg(t.null)
			a.ins(x86.ATESTQ, r, r)
			a.ins(x86.AMOVL, imm(int64(t.code)), xreg(x86.REG_AX))
			call := em.newLabel()
			em.jcc(ccNE, call)
			a.ins(x86.AMOVL, imm(int64(t.nullCode)), xreg(x86.REG_AX))
			em.append(call)
		} else {
			a.ins(x86.AMOVL, imm(int64(t.code)), xreg(x86.REG_AX))
		}
		em.thunkCall(abi.ThunkTrap, t.pos, true)
		t.end = a.label()
	}
	for k := range e.tables {
		t := &e.tables[k]
		t.start = a.label()
		a.zeroQuads(len(t.targets))
	}
	// The constant pool (golang-asm cannot align it: the loads do not
	// need it).
	for _, wide := range [2]bool{true, false} {
		for k := range e.consts {
			c := &e.consts[k]
			if c.key.wide != wide {
				continue
			}
			c.start = a.add(x86.AQUAD)
			c.start.From = imm(int64(c.key.lo)).addr()
			if wide {
				a.add(x86.AQUAD).From = imm(int64(c.key.hi)).addr()
			}
		}
	}
}

// finish patches the jump tables and collects relocations and trap sites.
func (em *Emitter) finish(code []byte, relocs []obj.Reloc) (*Code, error) {
	e := &em.e
	out := &Code{Bytes: code}
	if len(relocs) > 0 {
		out.Relocs = make([]Reloc, 0, len(relocs))
	}
	for k, r := range relocs {
		if r.Sym == nil || r.Siz == 0 {
			continue // R_CALLIND marks indirect calls; nothing to patch
		}
		ref, ok := em.a.outRefs[k].ref, em.a.outRefs[k].ok
		if !ok {
			return nil, fmt.Errorf("amd64: unexpected relocation %q", r.Sym.Name)
		}
		switch ref.kind {
		case symThunk:
			out.Relocs = append(out.Relocs, Reloc{Offset: uint32(r.Off), Kind: abi.RelocCallThunk, Target: ref.idx, Addend: r.Add})
		case symTable:
			// RIP-relative: value = table - (end of the displacement).
			v := em.a.pc(e.tables[ref.idx].start) + r.Add - int64(r.Off+4)
			binary.LittleEndian.PutUint32(code[r.Off:], uint32(int32(v)))
		case symConst:
			v := int64(e.consts[ref.idx].start.Pc) + r.Add - int64(r.Off+4)
			binary.LittleEndian.PutUint32(code[r.Off:], uint32(int32(v)))
		case symFunc:
			out.Relocs = append(out.Relocs, Reloc{Offset: uint32(r.Off), Kind: abi.RelocCallFunc, Target: ref.idx, Addend: r.Add})
		default:
			return nil, fmt.Errorf("amd64: unexpected relocation %q", r.Sym.Name)
		}
	}
	for _, t := range e.tables {
		start := em.a.pc(t.start)
		for k, l := range t.targets {
			binary.LittleEndian.PutUint64(code[start+8*int64(k):], uint64(em.a.pc(l)-start))
		}
		out.Data = append(out.Data, mach.Range{Start: uint32(start), End: uint32(start) + 8*uint32(len(t.targets))})
	}
	if len(e.consts) > 0 {
		lo, hi := uint32(len(code)), uint32(0)
		for _, c := range e.consts {
			n := uint32(8)
			if c.key.wide {
				n = 16
			}
			lo, hi = min(lo, uint32(c.start.Pc)), max(hi, uint32(c.start.Pc)+n)
		}
		out.Consts = mach.Range{Start: lo, End: hi}
		out.Data = append(out.Data, out.Consts)
	}
	if n := len(e.traps) + len(e.memSites); n > 0 {
		out.Traps = make([]TrapSite, 0, n)
	}
	// In code order, as link wants them: the sites in the body and at
	// the cross-instance calls, then the stubs after them (outOfLine).
	for _, s := range e.memSites {
		pc, n := em.a.at(s.at)
		out.Traps = append(out.Traps, TrapSite{Start: uint32(pc), End: uint32(pc + n), Code: s.code, Pos: s.pos})
	}
	for _, t := range e.traps {
		out.Traps = append(out.Traps, TrapSite{Start: uint32(em.a.pc(t.at)), End: uint32(em.a.pc(t.end)), Code: t.code, Pos: t.pos})
	}
	return out, nil
}
