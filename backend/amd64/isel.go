package amd64

import (
	"fmt"
	"slices"

	"github.com/kilnwasm/kiln/backend/internal/isel"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// Lowered is a function after instruction selection.
type Lowered struct {
	Name  string
	Code  *mach.Func
	Insts []minst
	// OutArgs is the size in bytes of the outgoing argument area (calls'
	// stack arguments, host exits' operand slots).
	OutArgs int
	// Framed: an instruction needs the function's frame (framing).
	Framed bool
}

// framing holds the operations that need the function's frame: calls (of
// a function, the host or a routine) and reads of stack parameters. By
// any mop, so that reading it needs no bounds check.
var framing = [256]bool{mCall: true, mCallReg: true, mCallCode: true, mHostCall: true, mRoutine: true, mLoadFrame: true}

type selector struct {
	isel.Base[minst]
	avx bool // three-operand VEX forms allowed (abi.FeatAVX)
	// bmi1 allows ANDN (abi.FeatBMI1); bmi2, RORX and SHLX/SARX/SHRX
	// (abi.FeatBMI2): three-operand forms that need no copy of their
	// operand first, and no count in CL.
	bmi1, bmi2 bool
	// vconstUses counts, while a block is planned, the uses of its vector
	// constants by its vector instructions (planVector).
	vconstUses map[ir.Value]int32
	// shared holds, while a block is planned, the addresses x + c that
	// several accesses use (planAddress, planShared).
	shared []sharedAddr
	// framed: an instruction selected so far needs a frame (framing).
	framed bool
}

// sharedAddr is an address that n accesses of the block use, each of
// which could compute it in its addressing mode (ok: all so far).
type sharedAddr struct {
	a  ir.Value
	n  int32
	ok bool
}

// Select lowers f, prepared by lower.Steps.
func Select(f *ir.Func, env *mach.Env) (*Lowered, error) {
	return new(Selector).Select(f, env)
}

// A Selector lowers functions one after another, reusing its memory: the
// Lowered it returns is valid until its next Select.
type Selector struct {
	s selector
	l Lowered // what Select returns (one allocation less per function)
}

// Select lowers f (see the function Select).
func (sel *Selector) Select(f *ir.Func, env *mach.Env) (*Lowered, error) {
	s := &sel.s
	s.framed = false
	vc, err := s.Base.Select(f, env, NumRegs, callConv, minst{op: mMov, size: 8, pos: -1}, s)
	if err != nil {
		return nil, fmt.Errorf("amd64: %w", err)
	}
	op := func(i int) mop { return s.Insts[vc.Insts[i].Data].op }
	mach.SinkPastCompare(vc, func(i int) bool {
		return (op(i) == mCmp || op(i) == mCmpImm) && op(i+1) == mJcc
	}, func(i int) bool {
		switch op(i) {
		case mLea, mMov: // register operations that leave the flags alone
			return true
		}
		return false
	})
	sel.l = Lowered{Name: f.Name, Code: vc, Insts: s.Insts, OutArgs: 8 * s.OutSlots, Framed: s.framed}
	return &sel.l, nil
}

// Constant materializes a constant where it is used: rather than keep
// it alive in a register (x86 can load any constant in one instruction).
func (s *selector) Constant(v ir.Value) mach.Reg {
	t := s.F.Type(v)
	r := s.NewVReg(mach.ClassOf(t))
	s.emit(minst{op: mMovImm, size: size(t), imm: s.F.Aux(v)}, 0, def(r))
	return r
}

func size(t ir.Type) uint8 {
	switch t {
	case ir.I32, ir.F32:
		return 4
	case ir.V128:
		return 16
	}
	return 8
}

func (s *selector) emit(m minst, clobbers mach.RegSet, ops ...mach.Operand) int {
	m.pos = s.Pos
	if m.scale == scaleAbs {
		ops = slices.DeleteFunc(ops, func(o mach.Operand) bool { return o.Reg == noIndex })
	}
	if framing[m.op] {
		s.framed = true
	}
	return s.Add(m, clobbers, ops...)
}

var use, def, mod = isel.Use, isel.Def, isel.Mod

// Entry defines the incoming arguments and moves them to the parameters.
func (s *selector) Entry() {
	for _, a := range s.Base.Entry(minst{op: mArgs}) {
		// Incoming stack arguments: [RBP + FrameOffset].
		s.emit(minst{op: mLoadFrame, size: size(a.Type), imm: a.FrameOffset}, 0, def(a.Dst))
	}
}

// Plan decides which values their users compute (compares feeding a
// branch or select, loads feeding an ALU operation).
func (s *selector) Plan(b ir.Block) {
	f := s.F
	s.shared = s.shared[:0]
	vector := false // b has vector instructions for planVector
	for u := f.First(b); u != 0; u = f.Next(u) {
		op := f.Op(u)
		if op.IsVector() && op != ir.OpVconst {
			vector = true
		}
		// (The arguments are read in the cases: most instructions have
		// nothing to plan.)
		switch op {
		case ir.OpBrif, ir.OpSelect, ir.OpTrapIf, ir.OpTrapIfNull:
			c := f.Args(u)[0]
			switch {
			case s.FusableCompare(c) && s.SameBlock(c, u):
				s.Fuse(c)
				s.FuseWrap(c)
				// (x & y) == 0 and != 0: a TEST.
				if a := f.Args(c)[0]; s.zeroTest(c) && s.testable(a, c) {
					s.Fuse(a)
				}
			case s.testable(c, u):
				s.Fuse(c)
			case s.fusableFcmp(c, u):
				s.Fuse(c)
			}
		case ir.OpLoad, ir.OpLoad8S, ir.OpLoad8U, ir.OpLoad16S, ir.OpLoad16U, ir.OpLoad32S, ir.OpLoad32U,
			ir.OpStore, ir.OpStore8, ir.OpStore16, ir.OpStore32,
			ir.OpVloadZero, ir.OpVloadSplat, ir.OpVloadLane, ir.OpVstoreLane, ir.OpVloadExtendS, ir.OpVloadExtendU:
			s.planAddress(f.Args(u)[0], f.Aux(u), u)
			s.NoteAccess(f.Args(u)[0], u)
		case ir.OpFadd, ir.OpFsub, ir.OpFmul, ir.OpFdiv:
			args := f.Args(u)
			// Only the second operand: taking the first as the memory
			// operand would swap which NaN an add of two NaNs returns.
			if s.foldableLoad(args[1], u) {
				s.Fuse(args[1])
			}
		case ir.OpIadd, ir.OpIsub, ir.OpIand, ir.OpIor, ir.OpIxor, ir.OpImul:
			args := f.Args(u)
			if k := s.carryArg(u); k >= 0 {
				s.Fuse(args[k])
				continue
			}
			if _, ok := s.imm32(args[1]); ok {
				continue
			}
			if op == ir.OpIand && s.bmi1 && s.planAndn(u) {
				continue
			}
			if op == ir.OpIadd && f.Op(args[0]) != ir.OpIconst {
				// x + (y << k), k <= 3: one LEA (which wraps like the
				// addition at either width).
				if s.scaledIndex(args[1], u) || s.scaledIndex(args[0], u) {
					continue
				}
			}
			if s.foldableLoad(args[1], u) {
				s.Fuse(args[1])
			} else if op != ir.OpIsub && s.foldableLoad(args[0], u) {
				s.Fuse(args[0])
			}
		}
	}
	s.planShared()
	if s.avx && vector {
		s.planVector(b)
	}
}

func (s *selector) Inst(v ir.Value) {
	f := s.F
	op, typ := f.Op(v), f.Type(v)
	args := f.Args(v)
	sz := size(typ)
	switch op {
	case ir.OpIconst, ir.OpFconst:
		// Materialized at each use.
	case ir.OpCopy:
		s.Move(s.Def(v), s.Reg(args[0]))
	case ir.OpIadd, ir.OpIsub, ir.OpIand, ir.OpIor, ir.OpIxor:
		s.alu(v, aluOf[op])
	case ir.OpImul:
		if s.isFusedLoad(args[1]) || s.isFusedLoad(args[0]) {
			x, y := args[0], args[1]
			if !s.isFusedLoad(y) {
				x, y = y, x
			}
			d := s.Def(v)
			idx, disp, sc := s.address(f.Args(y)[0], f.Aux(y))
			s.Move(d, s.Reg(x))
			s.emit(minst{op: mImulMem, size: sz, imm: disp, scale: sc}, 0, mod(d), use(idx))
			return
		}
		if c, ok := s.imm32(args[1]); ok {
			s.emit(minst{op: mImulImm, size: sz, imm: c}, 0, def(s.Def(v)), use(s.Reg(args[0])))
			return
		}
		if x, c, ok := s.poolOperand(v, true); ok {
			d := s.Def(v)
			s.Move(d, s.Reg(x))
			s.emit(minst{op: mImul, size: sz, imm: c, aux2: 1}, 0, mod(d))
			return
		}
		d, x, y := s.Def(v), args[0], args[1]
		if s.commute(v, x, y) {
			x, y = y, x
		}
		s.Move(d, s.Reg(x))
		s.emit(minst{op: mImul, size: sz}, 0, mod(d), use(s.Reg(y)))
	case ir.OpIdivS, ir.OpIdivU, ir.OpIremS, ir.OpIremU:
		kind := opAux[op]
		s.Move(RAX, s.Reg(args[0]))
		// RDX is written before the divisor is read: keeping it live from
		// here keeps the divisor out of it.
		s.emit(minst{op: mMovImm, size: 4}, 0, def(RDX))
		s.emit(minst{op: mDiv, size: sz, aux: kind}, 0, mod(RAX), mod(RDX), use(s.Reg(args[1])))
		if kind == divS || kind == divU {
			s.Move(s.Def(v), RAX)
		} else {
			s.Move(s.Def(v), RDX)
		}
	case ir.OpImulhU, ir.OpImulhS:
		x, y := args[0], args[1]
		if s.commute(v, x, y) {
			x, y = y, x
		}
		signed := int32(0)
		if op == ir.OpImulhS {
			signed = 1
		}
		if px, c, ok := s.poolOperand(v, true); ok {
			s.Move(RAX, s.Reg(px))
			s.emit(minst{op: mMulh, size: sz, aux: signed, imm: c, aux2: 1}, 0, mod(RAX), def(RDX))
		} else {
			s.Move(RAX, s.Reg(x))
			s.emit(minst{op: mMulh, size: sz, aux: signed}, 0, mod(RAX), def(RDX), use(s.Reg(y)))
		}
		s.Move(s.Def(v), RDX)
	case ir.OpIshl, ir.OpIshrS, ir.OpIshrU, ir.OpIrotl, ir.OpIrotr:
		s.shift(v, opAux[op])
	case ir.OpIclz, ir.OpIctz, ir.OpIpopcnt:
		kind := opAux[op]
		s.emit(minst{op: mBitCount, size: sz, aux: kind}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpSext8, ir.OpSext16, ir.OpSext32:
		from := opAux[op]
		s.emit(minst{op: mExtend, size: sz, aux: from, aux2: 1}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpExtendS:
		s.emit(minst{op: mExtend, size: 8, aux: 32, aux2: 1}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpExtendU:
		// An i32 in a register already has its upper half zero.
		s.Share(v, args[0])
	case ir.OpWrap:
		s.emit(minst{op: mExtend, size: 4, aux: 32}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpIeqz:
		s.emit(minst{op: mCmp, size: size(f.Type(args[0])), alu: aluTest}, 0, use(s.Reg(args[0])), use(s.Reg(args[0])))
		s.emit(minst{op: mSetcc, cc: ccE}, 0, def(s.Def(v)))
	case ir.OpIcmp:
		cc := s.compare(args[0], args[1], ir.Cond(f.Aux(v)))
		s.emit(minst{op: mSetcc, cc: cc}, 0, def(s.Def(v)))
	case ir.OpFcmp:
		s.emit(minst{op: mFCmp, size: size(f.Type(args[0])), aux: int32(f.Aux(v))}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpSelect:
		s.selectOp(v)
	case ir.OpFadd, ir.OpFsub, ir.OpFmul, ir.OpFdiv:
		d := s.Def(v)
		kind := opAux[op]
		x, y := args[0], args[1]
		if s.isFusedLoad(y) { // before x and y may swap below
			idx, disp, sc := s.address(f.Args(y)[0], f.Aux(y))
			if s.avx {
				s.emit(minst{op: mFAlu3Mem, size: sz, aux: kind, imm: disp, scale: sc}, 0, def(d), use(s.Reg(x)), use(idx))
			} else {
				s.Move(d, s.Reg(x))
				s.emit(minst{op: mFAluMem, size: sz, aux: kind, imm: disp, scale: sc}, 0, mod(d), use(idx))
			}
			s.Insts[len(s.Insts)-1].pos = f.Pos(y) // a fault is the load's
			return
		}
		if (op == ir.OpFadd || op == ir.OpFmul) && s.poolConst(x) && !s.poolConst(y) && !s.isNaN(x) {
			// Commutative: with x not a NaN, the result is the same NaN
			// (y's, quieted) either way when y is one.
			x, y = y, x
		}
		if s.poolConst(y) {
			// The constant as a memory operand, from the constant pool.
			if s.avx {
				s.emit(minst{op: mFAlu3, size: sz, aux: kind, imm: f.Aux(y), aux2: 1}, 0, def(d), use(s.Reg(x)))
				return
			}
			s.Move(d, s.Reg(x))
			s.emit(minst{op: mFAlu, size: sz, aux: kind, imm: f.Aux(y), aux2: 1}, 0, mod(d))
			return
		}
		if s.avx {
			s.emit(minst{op: mFAlu3, size: sz, aux: kind}, 0, def(d), use(s.Reg(args[0])), use(s.Reg(args[1])))
			return
		}
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mFAlu, size: sz, aux: kind}, 0, mod(d), use(s.Reg(args[1])))
	case ir.OpFmin, ir.OpFmax:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		kind := int32(0)
		if op == ir.OpFmax {
			kind = 1
		}
		s.emit(minst{op: mFMinMax, size: sz, aux: kind}, 0, mod(d), use(s.Reg(args[1])))
	case ir.OpFsqrt, ir.OpFceil, ir.OpFfloor, ir.OpFtrunc, ir.OpFnearest:
		kind := opAux[op]
		s.emit(minst{op: mFUnary, size: sz, aux: kind}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpFabs, ir.OpFneg:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		kind := int32(fAbs)
		if op == ir.OpFneg {
			kind = fNeg
		}
		s.emit(minst{op: mFSign, size: sz, aux: kind}, 0, mod(d))
	case ir.OpFcopysign:
		d := s.Def(v)
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mFSign, size: sz, aux: fCopysign}, 0, mod(d), use(s.Reg(args[1])))
	case ir.OpConvertS, ir.OpConvertU:
		s.emit(minst{op: mCvtIF, size: sz, aux: isel.ConvertAux(op), aux2: int32(size(f.Type(args[0])))}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpTruncS, ir.OpTruncU, ir.OpTruncSatS, ir.OpTruncSatU:
		s.emit(minst{op: mCvtFI, size: sz, aux: isel.TruncAux(op), aux2: int32(size(f.Type(args[0])))}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpPromote, ir.OpDemote:
		s.emit(minst{op: mCvtFF, size: sz}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpBitcast:
		s.emit(minst{op: mBitcast, size: sz}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpLoad, ir.OpLoad8S, ir.OpLoad8U, ir.OpLoad16S, ir.OpLoad16U, ir.OpLoad32S, ir.OpLoad32U:
		s.load(v)
	case ir.OpStore, ir.OpStore8, ir.OpStore16, ir.OpStore32:
		s.store(v)
	case ir.OpVMCtx:
		s.emit(minst{op: mLoadCtx, size: 8, imm: abi.ExecVMCtx}, 0, def(s.Def(v)))
	case ir.OpPtrAdd:
		s.emit(minst{op: mLea, size: 8, imm: f.Aux(v)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpLoadPtr:
		op := mLoadAddr
		if typ == ir.I32 {
			op = mLoadAddr32
		}
		if len(args) == 2 {
			// The scaled index in the load's own address: no LEA ahead of
			// it (call_indirect's element load is on its critical path).
			s.emit(minst{op: op, size: sz, imm: f.Aux(v), scale: uint8(f.Aux2(v))}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
			return
		}
		s.emit(minst{op: op, size: sz, imm: f.Aux(v)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpStorePtr:
		val := args[len(args)-1]
		s.emit(minst{op: mStoreAddr, size: size(f.Type(val)), imm: f.Aux(v)}, 0, use(s.ptrAddr(v)), use(s.Reg(val)))
	case ir.OpTrapIf:
		cc := s.condition(args[0], s.SameBlock(args[0], v))
		s.emit(minst{op: mTrapIf, cc: cc, aux: int32(f.Aux(v))}, 0)
	case ir.OpTrapIfNull:
		cc := s.condition(args[0], s.SameBlock(args[0], v))
		s.emit(minst{op: mTrapIf, cc: cc, aux: int32(f.Aux(v)), aux2: int32(f.Aux2(v))}, 0, use(s.Reg(args[1])))
	case ir.OpPoll:
		s.emit(minst{op: mPoll}, 0)
	case ir.OpCallPtr:
		s.callVia(v, mCallReg, args[2:], s.Env.Type(uint32(f.Aux(v))).Results, use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpCallCode:
		s.callVia(v, mCallCode, args[1:], s.Env.Type(uint32(f.Aux(v))).Results, use(s.Reg(args[0])))
	case ir.OpCallBuiltin:
		s.builtin(v)
	case ir.OpMemAddr:
		if c, ok := s.imm32(args[0]); ok && c >= 0 {
			s.emit(minst{op: mMemAddr, size: 8, imm: c}, 0, def(s.Def(v)))
			return
		}
		s.emit(minst{op: mMemAddr, size: 8}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpCallRoutine:
		s.routine(v)
	case ir.OpRefNull:
		s.emit(minst{op: mMovImm, size: 8}, 0, def(s.Def(v)))
	case ir.OpRefIsNull:
		r := s.Reg(args[0])
		s.emit(minst{op: mCmp, size: 8, alu: aluTest}, 0, use(r), use(r))
		s.emit(minst{op: mSetcc, cc: ccE}, 0, def(s.Def(v)))
	case ir.OpCall:
		s.call(v)
	case ir.OpProj:
		// Defined by the call (see callResults).
	case ir.OpJump:
		s.BranchArgs(v)
		s.emit(minst{op: mJmp}, 0)
	case ir.OpBrif:
		s.brif(v)
	case ir.OpBrTable:
		s.BranchArgs(v)
		s.emit(minst{op: mBrTable}, 0, use(s.Reg(args[0])))
	case ir.OpReturn:
		s.ret(v)
	case ir.OpTrap:
		s.emit(minst{op: mTrap, aux: int32(f.Aux(v))}, 0)
	case ir.OpVconst:
		s.emit(minst{op: mVconst, imm: f.Aux(v), aux: int32(f.Aux2(v)), aux2: int32(f.Aux2(v) >> 32)}, 0, def(s.Def(v)))
	default:
		if op.IsVector() {
			s.vector(v)
			return
		}
		s.Fail("no instruction selection for %v", op)
	}
}

// aluOf and opAux give the machine instruction's ALU operation or aux
// field for an IR op (tables, not map literals, which would be built anew
// at every instruction).
var aluOf = [256]aluOp{ir.OpIadd: aluAdd, ir.OpIsub: aluSub, ir.OpIand: aluAnd, ir.OpIor: aluOr, ir.OpIxor: aluXor}

var opAux = [256]int32{
	ir.OpIdivS: divS, ir.OpIdivU: divU, ir.OpIremS: remS, ir.OpIremU: remU,
	ir.OpIshl: shShl, ir.OpIshrS: shSar, ir.OpIshrU: shShr, ir.OpIrotl: shRol, ir.OpIrotr: shRor,
	ir.OpIclz: bcLzcnt, ir.OpIctz: bcTzcnt, ir.OpIpopcnt: bcPopcnt,
	ir.OpSext8: 8, ir.OpSext16: 16, ir.OpSext32: 32,
	ir.OpFadd: fAdd, ir.OpFsub: fSub, ir.OpFmul: fMul, ir.OpFdiv: fDiv,
	ir.OpFsqrt: fSqrt, ir.OpFceil: fCeil, ir.OpFfloor: fFloor, ir.OpFtrunc: fTrunc, ir.OpFnearest: fNearest,
}

// imm32 reports whether v is a constant that fits a sign-extended 32-bit
// immediate.
func (s *selector) imm32(v ir.Value) (int64, bool) {
	if s.F.Op(v) != ir.OpIconst {
		return 0, false
	}
	c := s.F.Aux(v)
	if s.F.Type(v) == ir.I32 {
		return int64(int32(c)), true
	}
	return c, c == int64(int32(c))
}

// poolOperand returns the other operand and the constant when an operand
// of binary operation v (the second; the first too if commute) is a
// 64-bit constant that no immediate holds: the instruction reads it from
// the constant pool, which takes no register and no 10-byte move.
func (s *selector) poolOperand(v ir.Value, commute bool) (ir.Value, int64, bool) {
	f := s.F
	args := f.Args(v)
	for k := 1; k >= 0; k-- {
		if c := args[k]; f.Op(c) == ir.OpIconst && f.Type(c) == ir.I64 && f.Aux(c) != int64(int32(f.Aux(c))) {
			return args[1-k], f.Aux(c), true
		}
		if !commute {
			break
		}
	}
	return 0, 0, false
}

// foldableLoad reports whether load l can be performed by its user u as a
// memory operand: l is a full-width integer load of u's type (or a v128
// load, which only VEX forms take unaligned) used only by
// u, in u's block, and nothing between them writes state or may trap (so
// moving the access to u changes neither the value nor which trap comes
// first).
func (s *selector) foldableLoad(l, u ir.Value) bool {
	f := s.F
	if f.Op(l) != ir.OpLoad || f.Type(l) != f.Type(u) || !(f.Type(l).IsInt() || f.Type(l).IsFloat() || f.Type(l) == ir.V128 && s.avx) || s.Uses(l) != 1 ||
		f.BlockOf(l) != f.BlockOf(u) || f.Aux(l) > 1<<31-1 {
		return false
	}
	for x := f.Next(l); x != u; x = f.Next(x) {
		if x == 0 {
			return false
		}
		info := f.Op(x).Info()
		if info.SideEffect || info.MayTrap {
			return false
		}
	}
	return true
}

func (s *selector) isFusedLoad(v ir.Value) bool { return s.Fused(v) && s.F.Op(v) == ir.OpLoad }

// scaledIndex fuses v into addition u when v is y << k (k from 1 to 3)
// used only there, so that u becomes an LEA with y scaled by 1<<k.
func (s *selector) scaledIndex(v, u ir.Value) bool {
	f := s.F
	if f.Op(v) != ir.OpIshl || s.Uses(v) != 1 || !s.SameBlock(v, u) || f.Op(f.Args(v)[1]) != ir.OpIconst {
		return false
	}
	if k := f.Aux(f.Args(v)[1]) & (8*int64(size(f.Type(v))) - 1); k < 1 || k > 3 || s.Fused(f.Args(v)[0]) {
		return false
	}
	s.Fuse(v)
	return true
}

func (s *selector) isFusedShift(v ir.Value) bool { return s.Fused(v) && s.F.Op(v) == ir.OpIshl }

// shift selects a shift or rotate of the given kind. With BMI2 a rotate
// by a constant is RORX and a shift by a register SHLX, SARX or SHRX,
// which write a register of their own: the operand is not copied first
// and the count need not be in CL. Rotates by a register have no such
// form.
func (s *selector) shift(v ir.Value, kind int32) {
	f := s.F
	args := f.Args(v)
	sz := size(f.Type(v))
	bits := 8 * int64(sz)
	d := s.Def(v)
	if c, ok := s.imm32(args[1]); ok {
		c &= bits - 1
		if s.bmi2 && (kind == shRol || kind == shRor) {
			if kind == shRol {
				c = (bits - c) & (bits - 1)
			}
			s.emit(minst{op: mRorx, size: sz, imm: c}, 0, def(d), use(s.Reg(args[0])))
			return
		}
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mShiftImm, size: sz, aux: kind, imm: c}, 0, mod(d))
		return
	}
	if s.bmi2 && kind != shRol && kind != shRor {
		s.emit(minst{op: mShiftX, size: sz, aux: kind}, 0, def(d), use(s.Reg(args[0])), use(s.Reg(args[1])))
		return
	}
	s.Move(d, s.Reg(args[0]))
	s.Move(RCX, s.Reg(args[1]))
	s.emit(minst{op: mShift, size: sz, aux: kind}, 0, mod(d), use(RCX))
}

// notOperand returns y when v is y ^ -1 (~y), else 0.
func (s *selector) notOperand(v ir.Value) ir.Value {
	if s.F.Op(v) != ir.OpIxor {
		return 0
	}
	args := s.F.Args(v)
	for k := range 2 {
		if c, ok := s.imm32(args[k]); ok && c == -1 {
			return args[1-k]
		}
	}
	return 0
}

// planAndn fuses into and u an operand ~y used only there, so that u is
// one ANDN of y (BMI1) instead of a copy, an XOR and an AND.
func (s *selector) planAndn(u ir.Value) bool {
	for _, n := range s.F.Args(u) {
		if s.notOperand(n) != 0 && s.Uses(n) == 1 && s.SameBlock(n, u) {
			s.Fuse(n)
			return true
		}
	}
	return false
}

func (s *selector) alu(v ir.Value, a aluOp) {
	f := s.F
	args := f.Args(v)
	sz := size(f.Type(v))
	if c := args[1]; (a == aluAdd || a == aluSub) && s.Fused(c) && isCompare(f.Op(c)) {
		s.addCarry(v, a, args[0], c)
		return
	}
	if c := args[0]; a == aluAdd && s.Fused(c) && isCompare(f.Op(c)) {
		s.addCarry(v, a, args[1], c)
		return
	}
	d := s.Def(v)
	x, y := args[0], args[1]
	if a == aluAnd {
		for k, n := range args {
			if s.Fused(n) && f.Op(n) == ir.OpIxor { // planAndn's
				s.emit(minst{op: mAndn, size: sz}, 0, def(d), use(s.Reg(s.notOperand(n))), use(s.Reg(args[1-k])))
				return
			}
		}
	}
	if s.isFusedLoad(x) {
		x, y = y, x
	}
	if a == aluAdd && (s.isFusedShift(x) || s.isFusedShift(y)) {
		if !s.isFusedShift(y) {
			x, y = y, x
		}
		k := f.Aux(f.Args(y)[1]) & (8*int64(sz) - 1)
		s.emit(minst{op: mLea, size: sz, scale: 1 << k}, 0, def(d), use(s.Reg(x)), use(s.Reg(f.Args(y)[0])))
		return
	}
	if a == aluAdd {
		// x + (z << k) where the shift has other uses (scaledIndex fuses
		// it only into its one use): an LEA of x and z scaled.
		if x, z, k, ok := s.ScaledAddend(v); ok {
			s.emit(minst{op: mLea, size: sz, scale: 1 << k}, 0, def(d), use(s.Reg(x)), use(s.Reg(z)))
			return
		}
	}
	if s.isFusedLoad(y) {
		idx, disp, sc := s.address(f.Args(y)[0], f.Aux(y))
		s.Move(d, s.Reg(x))
		s.emit(minst{op: mAluMem, size: sz, alu: a, imm: disp, scale: sc}, 0, mod(d), use(idx))
		return
	}
	if c, ok := s.imm32(args[1]); ok {
		if a == aluAdd || a == aluSub && c != -1<<31 {
			// lea needs no copy into the destination, whether or not
			// the operand stays live, and leaves the allocator free to
			// pick the destination (a tied add may still need the copy
			// when the result is wanted in another register).
			if a == aluSub {
				c = -c
			}
			s.emit(minst{op: mLea, size: sz, imm: c}, 0, def(d), use(s.Reg(args[0])))
			return
		}
		s.Move(d, s.Reg(args[0]))
		s.emit(minst{op: mAluImm, size: sz, alu: a, imm: c}, 0, mod(d))
		return
	}
	if x, c, ok := s.poolOperand(v, a != aluSub); ok {
		s.Move(d, s.Reg(x))
		s.emit(minst{op: mAlu, size: sz, alu: a, imm: c, aux2: 1}, 0, mod(d))
		return
	}
	if a == aluAdd && (x == y || !s.dies(x, v) && !s.dies(y, v)) {
		// (x + x, tied, would copy x first: x is read again.)
		s.emit(minst{op: mLea, size: sz, scale: 1}, 0, def(d), use(s.Reg(x)), use(s.Reg(y)))
		return
	}
	if a != aluSub && s.commute(v, x, y) {
		x, y = y, x
	}
	s.Move(d, s.Reg(x))
	s.emit(minst{op: mAlu, size: sz, alu: a}, 0, mod(d), use(s.Reg(y)))
}

func isCompare(op ir.Op) bool { return op == ir.OpIcmp || op == ir.OpIeqz }

// carryArg returns the operand of u, an addition or subtraction, that is
// a comparison u can take as the carry flag (see addCarry), or -1: an
// unsigned order or a test for zero, used by u alone, in its block. The
// second operand is preferred, and x - (a < b) has only that one.
func (s *selector) carryArg(u ir.Value) int {
	f := s.F
	op := f.Op(u)
	if op != ir.OpIadd && op != ir.OpIsub {
		return -1
	}
	args := f.Args(u)
	for k := 1; k >= 0; k-- {
		if k == 0 && op == ir.OpIsub {
			break
		}
		c := args[k]
		if !s.FusableCompare(c) || !s.SameBlock(c, u) {
			continue
		}
		if s.zeroTest(c) {
			return k
		}
		switch ir.Cond(f.Aux(c)) {
		case ir.LtU, ir.GeU, ir.GtU, ir.LeU:
			return k
		}
	}
	return -1
}

// addCarry selects v = x + c or x - c for a comparison c (carryArg)
// without materializing c: a compare that leaves c (or its negation) in
// the carry flag, then ADC or SBB of 0 or -1, two instructions where
// SETcc, MOVZX and ADD took three and a TEST or CMP before them.
// "count += a != 0" is CMP a, 1; SBB count, -1.
func (s *selector) addCarry(v ir.Value, a aluOp, x, c ir.Value) {
	f := s.F
	d := s.Def(v)
	s.Move(d, s.Reg(x))
	args := f.Args(c)
	p, q := args[0], ir.Value(0)
	cc := ir.Eq // ieqz
	if f.Op(c) == ir.OpIcmp {
		q, cc = args[1], ir.Cond(f.Aux(c))
	}
	// The compare's carry is p <u q (p - q borrows); set says whether
	// that is c or its negation.
	var set bool
	switch cc {
	case ir.Eq, ir.Ne: // with zero: p <u 1 is p == 0
		s.emit(minst{op: mCmpImm, size: size(f.Type(p)), alu: aluCmp, imm: 1}, 0, use(s.Reg(p)))
		set = cc == ir.Eq
	case ir.GtU, ir.LeU: // q <u p
		s.compare(q, p, cc)
		set = cc == ir.GtU
	default: // LtU, GeU
		s.compare(p, q, cc)
		set = cc == ir.LtU
	}
	// x + c: x + CF, or x + 1 - CF = x - (-1) - CF; x - c: x - CF, or
	// x - 1 + CF.
	op, k := aluAdc, int64(0)
	switch {
	case a == aluAdd && !set:
		op, k = aluSbb, -1
	case a == aluSub && set:
		op = aluSbb
	case a == aluSub && !set:
		k = -1
	}
	s.emit(minst{op: mAluImm, size: size(f.Type(v)), alu: op, imm: k}, 0, mod(d))
}

// dies reports whether v is the last reader of its operand a, so that a
// two-address instruction can take a's register for its result (the copy
// into the destination is then coalesced). Constants are materialized at
// each use.
func (s *selector) dies(a, v ir.Value) bool {
	op := s.F.Op(a)
	return op == ir.OpIconst || op == ir.OpFconst || s.LastUse(a, v)
}

// commute reports whether a commutative two-address instruction v = x op y
// should take y as its destination's first value rather than x: when y's
// register is free after v and x's is not (x would be copied), or when
// both are and v is passed to y, a block parameter (a loop-carried
// accumulator: the result then lands in the register the branch passes
// it in, with no move on the back edge).
func (s *selector) commute(v, x, y ir.Value) bool {
	if dx, dy := s.dies(x, v), s.dies(y, v); dx != dy {
		return dy
	} else if !dx {
		return false
	}
	return s.FlowsTo(v, y) && !s.FlowsTo(v, x)
}

var condCodes = [...]cond{ir.Eq: ccE, ir.Ne: ccNE, ir.LtS: ccL, ir.LtU: ccB, ir.GtS: ccG, ir.GtU: ccA, ir.LeS: ccLE, ir.LeU: ccBE, ir.GeS: ccGE, ir.GeU: ccAE}

// compare emits a comparison of a and b and returns the condition code
// that holds when a c b.
func (s *selector) compare(a, b ir.Value, c ir.Cond) cond {
	sz := size(s.F.Type(a))
	if k, ok := s.imm32(b); ok {
		if k == 0 && (c == ir.Eq || c == ir.Ne) {
			if s.test(a) {
				return condCodes[c]
			}
			r := s.Reg(a)
			s.emit(minst{op: mCmp, size: sz, alu: aluTest}, 0, use(r), use(r))
		} else {
			s.emit(minst{op: mCmpImm, size: sz, alu: aluCmp, imm: k}, 0, use(s.Reg(s.Narrow(a))))
		}
		return condCodes[c]
	}
	s.emit(minst{op: mCmp, size: sz, alu: aluCmp}, 0, use(s.Reg(s.Narrow(a))), use(s.Reg(s.Narrow(b))))
	return condCodes[c]
}

// fusable reports whether v is an integer comparison used once, by the
// instruction being selected, so that it can set the flags for it.
func (s *selector) fusable(v ir.Value) bool {
	op := s.F.Op(v)
	return (op == ir.OpIcmp || op == ir.OpIeqz) && s.Uses(v) == 1 && s.F.BlockOf(v) >= 0
}

// testable reports whether a is an AND of two plain operands used only by
// u, in its block, so that u can test it with TEST.
func (s *selector) testable(a, u ir.Value) bool {
	f := s.F
	if f.Op(a) != ir.OpIand || s.Uses(a) != 1 || !s.SameBlock(a, u) {
		return false
	}
	x, y := f.Args(a)[0], f.Args(a)[1]
	return !s.Fused(x) && !s.Fused(y)
}

// zeroTest reports whether comparison c tests its first operand against
// zero: ieqz x, x == 0, x != 0.
func (s *selector) zeroTest(c ir.Value) bool {
	f := s.F
	if f.Op(c) == ir.OpIeqz {
		return true
	}
	y := f.Args(c)[1]
	cc := ir.Cond(f.Aux(c))
	return (cc == ir.Eq || cc == ir.Ne) && f.Op(y) == ir.OpIconst && f.Aux(y) == 0
}

// test sets the flags by TEST for a, when a is an AND fused into its user
// (testable), and reports whether it did.
func (s *selector) test(a ir.Value) bool {
	f := s.F
	if f.Op(a) != ir.OpIand || !s.Fused(a) {
		return false
	}
	x, y := f.Args(a)[0], f.Args(a)[1]
	sz := size(f.Type(a))
	if k, ok := s.imm32(y); ok {
		s.emit(minst{op: mCmpImm, size: sz, alu: aluTest, imm: k}, 0, use(s.Reg(x)))
	} else {
		s.emit(minst{op: mCmp, size: sz, alu: aluTest}, 0, use(s.Reg(x)), use(s.Reg(y)))
	}
	return true
}

// condition makes the flags reflect IR value c and returns the condition
// code that holds when c is nonzero.
func (s *selector) condition(c ir.Value, sameBlock bool) cond {
	f := s.F
	if s.Fused(c) && sameBlock {
		args := f.Args(c)
		if f.Op(c) == ir.OpIeqz {
			if s.test(args[0]) {
				return ccE
			}
			r := s.Reg(args[0])
			s.emit(minst{op: mCmp, size: size(f.Type(args[0])), alu: aluTest}, 0, use(r), use(r))
			return ccE
		}
		if s.test(c) { // a brif on an AND itself
			return ccNE
		}
		if f.Op(c) == ir.OpFcmp {
			return s.fcompare(c)
		}
		return s.compare(args[0], args[1], ir.Cond(f.Aux(c)))
	}
	r := s.Reg(c)
	s.emit(minst{op: mCmp, size: 4, alu: aluTest}, 0, use(r), use(r))
	return ccNE
}

// fusableFcmp reports whether c is a float comparison that its user u,
// a branch, select or conditional trap, can take from the flags of one
// UCOMIS: lt, gt, le or ge, used once, in u's block. (eq and ne need the
// parity flag too.)
func (s *selector) fusableFcmp(c, u ir.Value) bool {
	f := s.F
	if !s.FusableFloatCompare(c) || !s.SameBlock(c, u) {
		return false
	}
	switch ir.Cond(f.Aux(c)) {
	case ir.Flt, ir.Fgt, ir.Fle, ir.Fge:
		return true
	}
	return false
}

// fcompare sets the flags for fused float comparison c (fusableFcmp)
// and returns the condition that holds when c is true: x > y is "above"
// after UCOMIS x against y, which an unordered result (CF set) fails, as
// Wasm wants; x < y is y > x.
func (s *selector) fcompare(c ir.Value) cond {
	f := s.F
	x, y := s.Reg(f.Args(c)[0]), s.Reg(f.Args(c)[1])
	cc := ccA
	switch ir.Cond(f.Aux(c)) {
	case ir.Flt:
		x, y = y, x
	case ir.Fge:
		cc = ccAE
	case ir.Fle:
		x, y, cc = y, x, ccAE
	}
	s.emit(minst{op: mFCmpFlags, size: size(f.Type(f.Args(c)[0]))}, 0, use(x), use(y))
	return cc
}

func (s *selector) selectOp(v ir.Value) {
	f := s.F
	args := f.Args(v)
	d := s.Def(v)
	t := f.Type(v)
	if t == ir.V128 {
		s.Move(d, s.Reg(args[1]))
		b := s.Reg(args[2])
		cc := s.condition(args[0], s.SameBlock(args[0], v))
		s.emit(minst{op: mVselect, cc: cc}, 0, mod(d), use(b))
		return
	}
	if mach.ClassOf(t) == mach.ClassFloat {
		// No cmov for XMM registers: branch-free by a conditional move of
		// the bits through a GPR would cost more; use two moves around a
		// compare on the condition, expressed with cmov on GPR copies.
		a := s.VC.NewVReg(mach.ClassInt)
		b := s.VC.NewVReg(mach.ClassInt)
		s.emit(minst{op: mBitcast, size: size(t)}, 0, def(a), use(s.Reg(args[1])))
		s.emit(minst{op: mBitcast, size: size(t)}, 0, def(b), use(s.Reg(args[2])))
		cc := s.condition(args[0], s.SameBlock(args[0], v))
		s.emit(minst{op: mCmov, size: 8, cc: cc.invert()}, 0, mod(a), use(b))
		s.emit(minst{op: mBitcast, size: size(t)}, 0, def(d), use(a))
		return
	}
	s.Move(d, s.Reg(args[1]))
	b := s.Reg(args[2])
	cc := s.condition(args[0], s.SameBlock(args[0], v))
	s.emit(minst{op: mCmov, size: 8, cc: cc.invert()}, 0, mod(d), use(b))
}

// sameBlockAsNext reports whether c is defined in v's block, so that its
// comparison can be emitted at v instead.
func (s *selector) sameBlockAsNext(c, v ir.Value) bool {
	return s.F.BlockOf(c) == s.F.BlockOf(v) && s.F.Op(c) != ir.OpParam
}

// address returns the index register, displacement and index scale (0
// for 1) of a memory access at IR address a plus static offset off; a's
// addition of a constant and shift are done there when planAddress fused
// them.
func (s *selector) address(a ir.Value, off int64) (mach.Reg, int64, uint8) {
	f := s.F
	if f.Op(a) == ir.OpIconst {
		// A constant address: [membase + disp], no index register.
		if c := off + int64(uint32(f.Aux(a))); c <= 1<<31-1 {
			return noIndex, c, scaleAbs
		}
	}
	scale := uint8(0) // 1
	if s.Fused(a) {
		if x, c, ok := s.negOperand(a); ok {
			a, off = x, off+c
		} else if f.Op(a) == ir.OpIadd {
			x, c := s.constOperand(a)
			a, off = x, off+c
		}
	}
	if s.Fused(a) && f.Op(a) == ir.OpIshl {
		scale = 1 << (f.Aux(f.Args(a)[1]) & 31)
		a = f.Args(a)[0]
	}
	idx := s.Reg(a)
	if off <= 1<<31-1 {
		return idx, off, scale
	}
	// A 64-bit sum: base + zext(a) + off stays inside the reservation.
	t := s.VC.NewVReg(mach.ClassInt)
	s.emit(minst{op: mMovImm, size: 8, imm: off}, 0, def(t))
	s.emit(minst{op: mAlu, size: 8, alu: aluAdd}, 0, mod(t), use(idx))
	return t, 0, scale
}

// poolConst reports whether v is a float constant that the code would
// load from the constant pool (zero is a register XOR).
func (s *selector) poolConst(v ir.Value) bool {
	return s.F.Op(v) == ir.OpFconst && s.F.Aux(v) != 0
}

// isNaN reports whether float constant v is a NaN.
func (s *selector) isNaN(v ir.Value) bool {
	b := uint64(s.F.Aux(v))
	if s.F.Type(v) == ir.F32 {
		return b&0x7f800000 == 0x7f800000 && b&0x7fffff != 0
	}
	return b&0x7ff0000000000000 == 0x7ff0000000000000 && b&0xfffffffffffff != 0
}

// constOperand returns the operands of i32 addition a when one is a
// constant: the other one and the constant (unsigned); c < 0 if neither
// is.
func (s *selector) constOperand(a ir.Value) (x ir.Value, c int64) {
	args := s.F.Args(a)
	for k := range 2 {
		if s.F.Op(args[k]) == ir.OpIconst {
			return args[1-k], int64(uint32(s.F.Aux(args[k])))
		}
	}
	return 0, -1
}

// negOperand reports whether a is x - c or x + -c for a constant c,
// 0 < c <= abi.MaxNegDisp, and returns x and -c.
func (s *selector) negOperand(a ir.Value) (ir.Value, int64, bool) {
	f := s.F
	op := f.Op(a)
	if op != ir.OpIadd && op != ir.OpIsub {
		return 0, 0, false
	}
	x, y := f.Args(a)[0], f.Args(a)[1]
	if op == ir.OpIadd && f.Op(x) == ir.OpIconst {
		x, y = y, x
	}
	if f.Op(y) != ir.OpIconst || f.Op(x) == ir.OpIconst {
		return 0, 0, false
	}
	c := int64(int32(f.Aux(y)))
	if op == ir.OpIsub {
		c = -c
	}
	return x, c, c < 0 && c >= -abi.MaxNegDisp
}

// planAddress decides whether memory access u, at address a plus offset
// off, computes a itself in its addressing mode: a used there only and
// computed in u's block as x + c or y << k (k <= 3, or both: (y << k) +
// c), where the i32 arithmetic cannot wrap (isel.UpperBound,
// isel.AddressBound), so that zext(a) + off is base + zext(y) << k + c +
// off.
func (s *selector) planAddress(a ir.Value, off int64, u ir.Value) {
	f := s.F
	single := func(v ir.Value) bool { return s.Uses(v) == 1 && s.SameBlock(v, u) }
	if single(a) {
		if x, c, ok := s.foldable(a, off, u); ok {
			s.Fuse(a)
			a, off = x, off+c
		} else if f.Op(a) == ir.OpIadd {
			return
		}
	} else if s.SameBlock(a, u) && !s.Fused(a) && (f.Op(a) == ir.OpIadd || f.Op(a) == ir.OpIsub) {
		_, _, ok := s.foldable(a, off, u)
		s.shareAddress(a, ok)
		return
	}
	if off > 1<<31-1 {
		return // address's 64-bit sum has no index scale
	}
	if f.Op(a) == ir.OpIshl && single(a) && f.Op(f.Args(a)[1]) == ir.OpIconst {
		k := f.Aux(f.Args(a)[1]) & 31
		if y := f.Args(a)[0]; k >= 1 && k <= 3 && !s.Fused(y) && s.UpperBound(y) <= (1<<32-1)>>k {
			s.Fuse(a)
		}
	}
}

// foldable reports whether address a of access u (static offset off) is
// x - c or x + c that u can compute in its addressing mode, and returns
// x and the displacement to add: x - c when u has no static offset
// (the runtime's pre-guard catches a wrapped x - c, abi.MaxNegDisp),
// x + c when the i32 addition cannot wrap.
func (s *selector) foldable(a ir.Value, off int64, u ir.Value) (ir.Value, int64, bool) {
	if x, c, ok := s.negOperand(a); ok {
		return x, c, off == 0 && !s.Fused(x)
	}
	if s.F.Op(a) != ir.OpIadd {
		return 0, 0, false
	}
	x, c := s.constOperand(a)
	// (x fused: a load this addition computes with a memory operand.)
	ok := c >= 0 && !s.Fused(x) && off+c <= 1<<31-1 && s.AddressBound(x, u)+uint64(c) <= 1<<32-1
	return x, c, ok
}

// shareAddress counts an access of the block at address a (used more
// than once), which could compute a in its addressing mode if ok.
func (s *selector) shareAddress(a ir.Value, ok bool) {
	for i := range s.shared {
		if sh := &s.shared[i]; sh.a == a {
			sh.n++
			sh.ok = sh.ok && ok
			return
		}
	}
	s.shared = append(s.shared, sharedAddr{a, 1, ok})
}

// planShared fuses each address x + c that only accesses of the block
// use, all of which can compute it: each adds c to its displacement, and
// x + c is not computed at all (p[i] and p[i+1] both read and written).
func (s *selector) planShared() {
	for _, sh := range s.shared {
		if sh.ok && sh.n == s.Uses(sh.a) {
			s.Fuse(sh.a)
		}
	}
}

func (s *selector) load(v ir.Value) {
	f := s.F
	typ := f.Type(v)
	kind := isel.LoadKind(f, v)
	idx, disp, sc := s.address(f.Args(v)[0], f.Aux(v))
	s.emit(minst{op: mLoad, size: size(typ), aux: kind, imm: disp, scale: sc}, 0, def(s.Def(v)), use(idx))
}

func (s *selector) store(v ir.Value) {
	f := s.F
	args := f.Args(v)
	width := int32(f.AccessBytes(v))
	idx, disp, sc := s.address(args[0], f.Aux(v))
	if width == 16 {
		s.emit(minst{op: mStore, size: 16, aux: 16, imm: disp, scale: sc}, 0, use(idx), use(s.Reg(args[1])))
		return
	}
	if c, ok := s.storeImm(args[1], width); ok {
		s.emit(minst{op: mStoreImm, size: size(f.Type(args[1])), aux: width, aux2: c, imm: disp, scale: sc}, 0, use(idx))
		return
	}
	s.emit(minst{op: mStore, size: size(f.Type(args[1])), aux: width, imm: disp, scale: sc}, 0, use(idx), use(s.Reg(args[1])))
}

// storeImm reports whether constant v can be stored as an immediate of
// width bytes (sign-extended to 8 bytes for full-width 64-bit stores).
func (s *selector) storeImm(v ir.Value, width int32) (int32, bool) {
	switch s.F.Op(v) {
	case ir.OpIconst, ir.OpFconst:
	default:
		return 0, false
	}
	c := s.F.Aux(v)
	if width < 8 {
		return int32(c), true // the low bytes are what is stored
	}
	return int32(c), c == int64(int32(c))
}

func (s *selector) brif(v ir.Value) {
	f := s.F
	c := f.Args(v)[0]
	// Arguments are materialized before the compare: constants for them
	// are moves that do not disturb the flags, but keep it simple.
	s.BranchArgs(v)
	cc := s.condition(c, s.SameBlock(c, v))
	s.emit(minst{op: mJcc, cc: cc}, 0)
}

func (s *selector) ret(v ir.Value) {
	s.emit(minst{op: mRet}, 0, s.Return(v)...)
}

// callArgs stores the stack arguments and moves the others into their
// registers.
func (s *selector) callArgs(args []ir.Value, ops []mach.Operand) []mach.Operand {
	return s.CallArgs(args, ops, func(r mach.Reg, slot int) {
		sz := uint8(0)
		if s.VC.IsWide(r) {
			sz = 16
		}
		s.emit(minst{op: mSpillArgs, size: sz, imm: int64(slot)}, 0, use(r))
	})
}

func (s *selector) call(v ir.Value) {
	f := s.F
	idx := uint32(f.Aux(v))
	sig := s.Env.FuncType(idx)
	ops := s.callArgs(f.Args(v), s.CallOps())
	ops = s.CallResults(sig.Results, ops)
	s.emit(minst{op: mCall, imm: int64(idx)}, callClobbers, ops...)
	s.CallResultMoves(v, sig.Results)
}

// callVia calls through a register with op, its target operands first:
// mCallReg's code and instance data callee (switching instance when it
// differs from the caller's: it saves and restores the context's VMCtx and
// the memory base around the call), or mCallCode's code of the running
// instance.
func (s *selector) callVia(v ir.Value, op mop, args []ir.Value, results []ir.Type, target ...mach.Operand) {
	ops := s.CallOps(target...)
	ops = s.callArgs(args, ops)
	ops = s.CallResults(results, ops)
	s.emit(minst{op: op}, callClobbers, ops...)
	s.CallResultMoves(v, results)
}

// builtin calls a runtime service through a host exit: operands go in the
// argument registers, the result comes back in RAX.
func (s *selector) builtin(v ir.Value) {
	ops := append(s.BuiltinArgs(v), def(RAX))
	s.OutSlots = max(s.OutSlots, len(ops)) // hostCall's slots
	s.emit(minst{op: mHostCall, imm: s.F.Aux(v)}, allRegs, ops...)
	if s.F.Type(v) != ir.Void {
		s.Move(s.Def(v), RAX)
	}
}

// routineRegs are the operand registers of each runtime routine, in the
// order of call_routine's operands, and routineClobbers the allocatable
// registers it destroys (internal/abi documents both; it may also use R11
// and X15, which are never allocated).
var routineRegs = [abi.NumRoutines][3]mach.Reg{
	abi.RoutineMemMove: {RDI, RSI, RCX},
	abi.RoutineMemFill: {RDI, RAX, RCX},
}

var routineClobbers = [abi.NumRoutines]mach.RegSet{
	abi.RoutineMemMove: 1<<RAX | 1<<RCX | 1<<RDX | 1<<RSI | 1<<RDI | 1<<X6 | 1<<X7,
	abi.RoutineMemFill: 1<<RAX | 1<<RCX | 1<<RDI,
}

// routine calls a runtime routine directly (no host exit): its operands go
// in its fixed registers, and only its clobbers are lost.
func (s *selector) routine(v ir.Value) {
	r := s.F.Aux(v)
	var buf [3]mach.Operand
	s.emit(minst{op: mRoutine, imm: r}, routineClobbers[r], s.RoutineArgs(v, routineRegs[r][:], buf[:0])...)
}

// ptrAddr returns the register holding store_ptr v's base, plus its
// scaled index when it has one.
func (s *selector) ptrAddr(v ir.Value) mach.Reg {
	args := s.F.Args(v)
	base := s.Reg(args[0])
	if len(args) == 3 {
		addr := s.VC.NewVReg(mach.ClassInt)
		s.emit(minst{op: mLea, size: 8, scale: uint8(s.F.Aux2(v))}, 0, def(addr), use(base), use(s.Reg(args[1])))
		return addr
	}
	return base
}
