package arm64

import (
	"fmt"
	"math"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/internal/isel"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

type selector struct {
	isel.Base[minst]
	// bases caches, within the block being selected, the registers that
	// hold membase + zext(index) for the indexes of accesses with an
	// offset, so that accesses at one index share the addition.
	bases []memBase
	seq   []uint32 // scratch for cheapConstant
}

type memBase struct {
	index ir.Value
	reg   mach.Reg
}

// maxBases bounds the cache (and how long the registers it holds live).
const maxBases = 4

// A Selector lowers functions one after another, reusing its memory: the
// Lowered it returns is valid until its next Select.
type Selector struct {
	s selector
	l Lowered // what Select returns (one allocation less per function)
}

// Select lowers f, prepared by lower.Steps.
func (sel *Selector) Select(f *ir.Func, env *mach.Env) (*Lowered, error) {
	s := &sel.s
	vc, err := s.Base.Select(f, env, NumRegs, callConv(), minst{op: mMov, size: 8, pos: -1}, s)
	if err != nil {
		return nil, fmt.Errorf("arm64: %w", err)
	}
	op := func(i int) mop { return s.Insts[vc.Insts[i].Data].op }
	mach.SinkPastCompare(vc, func(i int) bool {
		return (op(i) == mCmp || op(i) == mCmpImm) && op(i+1) == mBr
	}, func(i int) bool {
		switch op(i) {
		case mMov, mMovImm, mAlu, mAluImm, mAddr, mShiftImm, mExtend: // register operations that leave the flags alone
			return true
		}
		return false
	})
	sel.l = Lowered{Name: f.Name, Code: vc, Insts: s.Insts, OutArgs: 8 * s.OutSlots}
	return &sel.l, nil
}

var use, def, mod = isel.Use, isel.Def, isel.Mod

func (s *selector) emit(m minst, clobbers mach.RegSet, ops ...mach.Operand) int {
	m.pos = s.Pos
	return s.Add(m, clobbers, ops...)
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

// Constant materializes a cheap constant (one or two instructions) where
// it is used; an expensive one (a wide integer, a float that is not an
// FMOV immediate) lives in the register Inst loaded it into where it
// stands, so that a loop does not rebuild it at every iteration.
func (s *selector) Constant(v ir.Value) mach.Reg {
	t, bits := s.F.Type(v), s.F.Aux(v)
	if !cheapConstant(t, bits, &s.seq) {
		return s.Def(v)
	}
	r := s.NewVReg(mach.ClassOf(t))
	s.emit(minst{op: mMovImm, size: size(t), imm: bits}, 0, def(r))
	return r
}

// cheapConstant reports whether constant bits of type t loads in at most
// two instructions.
func cheapConstant(t ir.Type, bits int64, seq *[]uint32) bool {
	switch t {
	case ir.F32, ir.F64:
		if bits == 0 {
			return true
		}
		fv := math.Float64frombits(uint64(bits))
		if t == ir.F32 {
			fv = float64(math.Float32frombits(uint32(bits)))
		}
		_, ok := a64.FPImm8(fv)
		return ok && !math.IsNaN(fv)
	}
	*seq = a64.MovImm((*seq)[:0], size(t) == 8, 0, uint64(bits))
	return len(*seq) <= 2
}

// Entry defines the incoming arguments.
func (s *selector) Entry() {
	for _, a := range s.Base.Entry(minst{op: mArgs}) {
		s.emit(minst{op: mLoadFrame, size: size(a.Type), imm: a.FrameOffset}, 0, def(a.Dst))
	}
}

// Plan fuses into their users, in the same block: single-use integer
// comparisons into the branch, select or conditional trap that tests
// them; single-use shifts by a constant into the ALU operation they feed
// (a shifted register operand); single-use multiplications into the
// addition they feed (madd).
func (s *selector) Plan(b ir.Block) {
	f := s.F
	s.bases = s.bases[:0]
	for u := f.First(b); u != 0; u = f.Next(u) {
		args := f.Args(u)
		switch f.Op(u) {
		case ir.OpBrif, ir.OpSelect, ir.OpTrapIf, ir.OpTrapIfNull:
			// A float compare too: FCMP leaves a condition for each of
			// Wasm's comparisons (floatConds).
			if c := args[0]; (s.FusableCompare(c) || s.FusableFloatCompare(c)) && s.SameBlock(c, u) {
				s.Fuse(c)
				s.FuseWrap(c)
			}
		case ir.OpIadd, ir.OpIsub, ir.OpIand, ir.OpIor, ir.OpIxor:
			if _, ok := s.constant(args[1]); ok {
				continue
			}
			if s.fusableShift(args[1], u) {
				s.Fuse(args[1])
			} else if f.Op(u) != ir.OpIsub && s.fusableShift(args[0], u) {
				s.Fuse(args[0])
			} else if f.Op(u) == ir.OpIadd && s.fusableMul(args[0], u) {
				s.Fuse(args[0])
			} else if f.Op(u) == ir.OpIadd && s.fusableMul(args[1], u) {
				s.Fuse(args[1])
			}
		}
	}
}

// fusableShift reports whether x is a shift left by a constant used only
// by u in u's block.
func (s *selector) fusableShift(x, u ir.Value) bool {
	if s.F.Op(x) != ir.OpIshl || s.Uses(x) != 1 || !s.SameBlock(x, u) {
		return false
	}
	_, ok := s.constant(s.F.Args(x)[1])
	return ok
}

// fusableMul reports whether x is a multiplication used only by u in u's
// block.
func (s *selector) fusableMul(x, u ir.Value) bool {
	return s.F.Op(x) == ir.OpImul && s.Uses(x) == 1 && s.SameBlock(x, u)
}

// opAux gives the aux field of the machine instruction for an IR op.
var opAux = [256]int32{
	ir.OpIdivS: divS, ir.OpIdivU: divU, ir.OpIremS: remS, ir.OpIremU: remU,
	ir.OpIshl: shLsl, ir.OpIshrS: shAsr, ir.OpIshrU: shLsr, ir.OpIrotl: shRol, ir.OpIrotr: shRor,
	ir.OpIclz: bcClz, ir.OpIctz: bcCtz, ir.OpIpopcnt: bcPopcnt,
	ir.OpSext8: 8, ir.OpSext16: 16, ir.OpSext32: 32,
	ir.OpFadd: fAdd, ir.OpFsub: fSub, ir.OpFmul: fMul, ir.OpFdiv: fDiv, ir.OpFmin: fMin, ir.OpFmax: fMax,
	ir.OpFsqrt: fSqrt, ir.OpFceil: fCeil, ir.OpFfloor: fFloor, ir.OpFtrunc: fTrunc, ir.OpFnearest: fNearest,
	ir.OpFabs: fAbs, ir.OpFneg: fNeg,
}

var aluOf = [256]aluOp{ir.OpIadd: aluAdd, ir.OpIsub: aluSub, ir.OpIand: aluAnd, ir.OpIor: aluOr, ir.OpIxor: aluXor}

func (s *selector) Inst(v ir.Value) {
	f := s.F
	op, typ := f.Op(v), f.Type(v)
	args := f.Args(v)
	sz := size(typ)
	switch op {
	case ir.OpIconst, ir.OpFconst:
		// Cheap constants are materialized at each use (Constant).
		if s.Uses(v) > 0 && !cheapConstant(typ, f.Aux(v), &s.seq) {
			s.emit(minst{op: mMovImm, size: sz, imm: f.Aux(v)}, 0, def(s.Def(v)))
		}
	case ir.OpCopy:
		s.Move(s.Def(v), s.Reg(args[0]))
	case ir.OpIadd, ir.OpIsub, ir.OpIand, ir.OpIor, ir.OpIxor:
		s.alu(v, aluOf[op])
	case ir.OpImul:
		s.emit(minst{op: mMul, size: sz}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpImulhU, ir.OpImulhS:
		signed := int32(0)
		if op == ir.OpImulhS {
			signed = 1
		}
		s.emit(minst{op: mMulh, size: sz, aux: signed}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpIdivS, ir.OpIdivU, ir.OpIremS, ir.OpIremU:
		s.emit(minst{op: mDiv, size: sz, aux: opAux[op]}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpIshl, ir.OpIshrS, ir.OpIshrU, ir.OpIrotl, ir.OpIrotr:
		if c, ok := s.constant(args[1]); ok {
			s.emit(minst{op: mShiftImm, size: sz, aux: opAux[op], imm: c & int64(8*sz-1)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
			return
		}
		s.emit(minst{op: mShift, size: sz, aux: opAux[op]}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpIclz, ir.OpIctz, ir.OpIpopcnt:
		s.emit(minst{op: mBitCount, size: sz, aux: opAux[op]}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpSext8, ir.OpSext16, ir.OpSext32:
		s.emit(minst{op: mExtend, size: sz, aux: opAux[op], aux2: 1}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpExtendS:
		s.emit(minst{op: mExtend, size: 8, aux: 32, aux2: 1}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpExtendU:
		// An i32 in a register already has its upper half zero: every
		// 32-bit operation writes the W register, which clears it.
		s.Share(v, args[0])
	case ir.OpWrap:
		s.emit(minst{op: mExtend, size: 4, aux: 32}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpIeqz:
		s.emit(minst{op: mCmpImm, size: size(f.Type(args[0]))}, 0, use(s.Reg(args[0])))
		s.emit(minst{op: mCset, size: 4, cc: a64.EQ}, 0, def(s.Def(v)))
	case ir.OpIcmp:
		cc := s.compare(args[0], args[1], ir.Cond(f.Aux(v)))
		s.emit(minst{op: mCset, size: 4, cc: cc}, 0, def(s.Def(v)))
	case ir.OpFcmp:
		s.emit(minst{op: mFCmp, size: size(f.Type(args[0])), aux: int32(f.Aux(v))}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpSelect:
		if typ == ir.V128 {
			s.vselect(v)
			return
		}
		a, b := s.Reg(args[1]), s.Reg(args[2])
		cc := s.condition(args[0], s.SameBlock(args[0], v))
		s.emit(minst{op: mCsel, size: sz, cc: cc}, 0, def(s.Def(v)), use(a), use(b))
	case ir.OpFadd, ir.OpFsub, ir.OpFmul, ir.OpFdiv, ir.OpFmin, ir.OpFmax:
		s.emit(minst{op: mFAlu, size: sz, aux: opAux[op]}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
	case ir.OpFsqrt, ir.OpFceil, ir.OpFfloor, ir.OpFtrunc, ir.OpFnearest, ir.OpFabs, ir.OpFneg:
		s.emit(minst{op: mFUnary, size: sz, aux: opAux[op]}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpFcopysign:
		s.emit(minst{op: mFCopysign, size: sz}, 0, def(s.Def(v)), use(s.Reg(args[0])), use(s.Reg(args[1])))
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
		s.emit(minst{op: mAddr, size: 8, imm: f.Aux(v)}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpLoadPtr:
		s.emit(minst{op: mLoadAddr, size: sz, imm: f.Aux(v)}, 0, def(s.Def(v)), use(s.ptrAddr(v)))
	case ir.OpStorePtr:
		val := args[len(args)-1]
		s.emit(minst{op: mStoreAddr, size: size(f.Type(val)), imm: f.Aux(v)}, 0, use(s.ptrAddr(v)), use(s.Reg(val)))
	case ir.OpTrapIf:
		if x, cc, ok := s.zeroTest(args[0], v); ok {
			s.emit(minst{op: mTrapZero, size: size(f.Type(x)), cc: cc, aux: int32(f.Aux(v))}, 0, use(s.Reg(x)))
			return
		}
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
		ops := append(s.BuiltinArgs(v), def(X0))
		s.OutSlots = max(s.OutSlots, len(ops)) // hostCall's slots
		s.emit(minst{op: mHostCall, imm: f.Aux(v)}, allRegs, ops...)
		if typ != ir.Void {
			s.Move(s.Def(v), X0)
		}
	case ir.OpMemAddr:
		if x := args[0]; f.Op(x) == ir.OpIconst && uint64(f.Aux(x)) < 1<<32 {
			s.emit(minst{op: mMemAddr, size: 8, imm: f.Aux(x)}, 0, def(s.Def(v)))
			return
		}
		// The offset is below 2^32: its zero-extended low half is itself.
		s.emit(minst{op: mMemAddr, size: 8}, 0, def(s.Def(v)), use(s.Reg(args[0])))
	case ir.OpCallRoutine:
		s.routine(v)
	case ir.OpRefNull:
		s.emit(minst{op: mMovImm, size: 8}, 0, def(s.Def(v)))
	case ir.OpRefIsNull:
		s.emit(minst{op: mCmpImm, size: 8}, 0, use(s.Reg(args[0])))
		s.emit(minst{op: mCset, size: 4, cc: a64.EQ}, 0, def(s.Def(v)))
	case ir.OpCall:
		idx := uint32(f.Aux(v))
		results := s.Env.FuncType(idx).Results
		ops := s.callArgs(args, s.CallOps())
		ops = s.CallResults(results, ops)
		s.emit(minst{op: mCall, imm: int64(idx)}, callClobbers, ops...)
		s.CallResultMoves(v, results)
	case ir.OpProj:
		// Defined by the call (CallResultMoves).
	case ir.OpJump:
		s.BranchArgs(v)
		s.emit(minst{op: mJmp}, 0)
	case ir.OpBrif:
		s.BranchArgs(v)
		if x, cc, ok := s.zeroTest(args[0], v); ok {
			s.emit(minst{op: mBrZero, size: size(f.Type(x)), cc: cc}, 0, use(s.Reg(x)))
			return
		}
		cc := s.condition(args[0], s.SameBlock(args[0], v))
		s.emit(minst{op: mBr, cc: cc}, 0)
	case ir.OpBrTable:
		s.BranchArgs(v)
		s.emit(minst{op: mBrTable}, 0, use(s.Reg(args[0])))
	case ir.OpReturn:
		s.emit(minst{op: mRet}, 0, s.Return(v)...)
	case ir.OpTrap:
		s.emit(minst{op: mTrap, aux: int32(f.Aux(v))}, 0)
	default:
		if op.IsVector() || op == ir.OpVconst {
			s.vector(v)
			return
		}
		s.Fail("no instruction selection for %v", op)
	}
}

// constant reports whether v is an integer constant, and its value
// (sign-extended from 32 bits for i32).
func (s *selector) constant(v ir.Value) (int64, bool) {
	if s.F.Op(v) != ir.OpIconst {
		return 0, false
	}
	c := s.F.Aux(v)
	if s.F.Type(v) == ir.I32 {
		c = int64(int32(c))
	}
	return c, true
}

// addImm reports whether c fits an add/sub immediate (12 bits, optionally
// shifted by 12).
func addImm(c int64) bool { return c >= 0 && (c < 1<<12 || (c&0xfff == 0 && c < 1<<24)) }

func (s *selector) alu(v ir.Value, a aluOp) {
	f := s.F
	args := f.Args(v)
	sz := size(f.Type(v))
	x, y := args[0], args[1]
	if _, ok := s.constant(x); ok && a != aluSub {
		x, y = y, x // commutative: the constant second
	}
	if s.Fused(x) && a != aluSub {
		x, y = y, x // the fused operand second
	}
	if s.Fused(y) && f.Op(y) == ir.OpImul {
		m := f.Args(y)
		s.emit(minst{op: mMulAdd, size: sz}, 0, def(s.Def(v)), use(s.Reg(m[0])), use(s.Reg(m[1])), use(s.Reg(x)))
		return
	}
	if s.Fused(y) && f.Op(y) == ir.OpIshl {
		sh := f.Args(y)
		k, _ := s.constant(sh[1])
		s.emit(minst{op: mAlu, size: sz, alu: a, imm: k & int64(8*sz-1)}, 0, def(s.Def(v)), use(s.Reg(x)), use(s.Reg(sh[0])))
		return
	}
	if a == aluAdd {
		// x + (z << k) where the shift has other uses (fusableShift
		// fuses it only into its one use): z shifted as the operand.
		if x, z, k, ok := s.ScaledAddend(v); ok {
			s.emit(minst{op: mAlu, size: sz, alu: a, imm: k}, 0, def(s.Def(v)), use(s.Reg(x)), use(s.Reg(z)))
			return
		}
	}
	if c, ok := s.constant(y); ok {
		switch a {
		case aluAdd, aluSub:
			k, op := c, a
			if k < 0 {
				k, op = -k, a^1 // add <-> sub (MinInt64 stays negative and is refused)
			}
			if addImm(k) {
				s.emit(minst{op: mAluImm, size: sz, alu: op, imm: k}, 0, def(s.Def(v)), use(s.Reg(x)))
				return
			}
		default:
			u := uint64(c)
			if sz == 4 {
				u = uint64(uint32(c))
			}
			if _, ok := a64.LogicalImm(a64.LogicAnd, sz == 8, 0, 0, u); ok {
				s.emit(minst{op: mAluImm, size: sz, alu: a, imm: int64(u)}, 0, def(s.Def(v)), use(s.Reg(x)))
				return
			}
		}
	}
	s.emit(minst{op: mAlu, size: sz, alu: a}, 0, def(s.Def(v)), use(s.Reg(x)), use(s.Reg(y)))
}

var condCodes = [...]a64.Cond{ir.Eq: a64.EQ, ir.Ne: a64.NE, ir.LtS: a64.LT, ir.LtU: a64.LO, ir.GtS: a64.GT,
	ir.GtU: a64.HI, ir.LeS: a64.LE, ir.LeU: a64.LS, ir.GeS: a64.GE, ir.GeU: a64.HS}

// compare emits a comparison of a and b and returns the condition that
// holds when a c b.
func (s *selector) compare(a, b ir.Value, c ir.Cond) a64.Cond {
	sz := size(s.F.Type(a))
	if k, ok := s.constant(b); ok && (addImm(k) || (k < 0 && addImm(-k))) {
		s.emit(minst{op: mCmpImm, size: sz, imm: k}, 0, use(s.Reg(s.Narrow(a))))
		return condCodes[c]
	}
	s.emit(minst{op: mCmp, size: sz}, 0, use(s.Reg(s.Narrow(a))), use(s.Reg(s.Narrow(b))))
	return condCodes[c]
}

// zeroTest reports whether testing condition c at v is a test of one
// register against zero (CBZ/CBNZ): c itself unless it is a fused
// comparison, or a fused eqz, or a fused comparison with 0 for equality.
// It returns the register's value and whether the condition holds when
// it is nonzero (NE) or zero (EQ).
func (s *selector) zeroTest(c, v ir.Value) (ir.Value, a64.Cond, bool) {
	f := s.F
	if !s.Fused(c) || !s.SameBlock(c, v) {
		return c, a64.NE, true
	}
	args := f.Args(c)
	if f.Op(c) == ir.OpIeqz {
		return args[0], a64.EQ, true
	}
	if k, ok := s.constant(args[1]); ok && k == 0 {
		switch ir.Cond(f.Aux(c)) {
		case ir.Eq:
			return args[0], a64.EQ, true
		case ir.Ne:
			return args[0], a64.NE, true
		}
	}
	return 0, 0, false
}

// condition sets the flags from IR value c and returns the condition that
// holds when c is nonzero.
func (s *selector) condition(c ir.Value, sameBlock bool) a64.Cond {
	f := s.F
	if s.Fused(c) && sameBlock {
		args := f.Args(c)
		if f.Op(c) == ir.OpIeqz {
			s.emit(minst{op: mCmpImm, size: size(f.Type(args[0]))}, 0, use(s.Reg(args[0])))
			return a64.EQ
		}
		if f.Op(c) == ir.OpFcmp {
			s.emit(minst{op: mFCmpFlags, size: size(f.Type(args[0]))}, 0, use(s.Reg(args[0])), use(s.Reg(args[1])))
			return floatConds[ir.Cond(f.Aux(c))]
		}
		return s.compare(args[0], args[1], ir.Cond(f.Aux(c)))
	}
	s.emit(minst{op: mCmpImm, size: 4}, 0, use(s.Reg(c)))
	return a64.NE
}

func (s *selector) load(v ir.Value) {
	f := s.F
	typ := f.Type(v)
	kind := isel.LoadKind(f, v)
	addr, based := s.address(f.Args(v)[0], f.Aux(v))
	s.emit(minst{op: mLoad, size: size(typ), aux: kind, imm: f.Aux(v), scale: based}, 0, def(s.Def(v)), use(addr))
}

func (s *selector) store(v ir.Value) {
	f := s.F
	args := f.Args(v)
	width := int32(f.AccessBytes(v))
	addr, based := s.address(args[0], f.Aux(v))
	s.emit(minst{op: mStore, size: size(f.Type(args[1])), aux: width, imm: f.Aux(v), scale: based}, 0, use(addr), use(s.Reg(args[1])))
}

// address returns the register an access at index plus offset off uses:
// the index itself for offset 0 ([membase, w, uxtw]), else a register
// holding membase + zext(index) ([x, #off]), shared by the accesses at
// that index in the block (based = 1).
func (s *selector) address(index ir.Value, off int64) (mach.Reg, uint8) {
	if off == 0 || s.F.Op(index) == ir.OpIconst {
		return s.Reg(index), 0
	}
	for _, b := range s.bases {
		if b.index == index {
			return b.reg, 1
		}
	}
	r := s.NewVReg(mach.ClassInt)
	s.emit(minst{op: mMemAddr, size: 8}, 0, def(r), use(s.Reg(index)))
	if len(s.bases) == maxBases {
		copy(s.bases, s.bases[1:])
		s.bases = s.bases[:maxBases-1]
	}
	s.bases = append(s.bases, memBase{index, r})
	return r, 1
}

func (s *selector) callArgs(args []ir.Value, ops []mach.Operand) []mach.Operand {
	return s.CallArgs(args, ops, func(r mach.Reg, slot int) {
		s.emit(minst{op: mSpillArgs, imm: int64(slot)}, 0, use(r))
	})
}

// routineRegs are the operand registers of each runtime routine, in the
// order of call_routine's operands, and routineClobbers the allocatable
// registers it destroys (internal/abi documents both; it may also use X16,
// X17 and V31, which are never allocated).
var routineRegs = [abi.NumRoutines][3]mach.Reg{
	abi.RoutineMemMove: {X0, X1, X2},
	abi.RoutineMemFill: {X0, X1, X2},
}

var routineClobbers = [abi.NumRoutines]mach.RegSet{
	abi.RoutineMemMove: 1<<X0 | 1<<X1 | 1<<X2 | 1<<X3,
	abi.RoutineMemFill: 1<<X0 | 1<<X1 | 1<<X2 | 1<<X3,
}

// routine calls a runtime routine directly (no host exit): its operands go
// in its fixed registers, and only its clobbers are lost.
func (s *selector) routine(v ir.Value) {
	r := s.F.Aux(v)
	var buf [3]mach.Operand
	s.emit(minst{op: mRoutine, imm: r}, routineClobbers[r], s.RoutineArgs(v, routineRegs[r][:], buf[:0])...)
}

// callVia calls through a register with op, its target operands first:
// mCallReg's code and instance data callee (it switches the context's
// VMCtx and the memory base to the callee's and back), or mCallCode's code
// of the running instance.
func (s *selector) callVia(v ir.Value, op mop, args []ir.Value, results []ir.Type, target ...mach.Operand) {
	ops := s.CallOps(target...)
	ops = s.callArgs(args, ops)
	ops = s.CallResults(results, ops)
	s.emit(minst{op: op}, callClobbers, ops...)
	s.CallResultMoves(v, results)
}

// ptrAddr returns the register holding load_ptr or store_ptr v's base,
// plus its scaled index when it has one.
func (s *selector) ptrAddr(v ir.Value) mach.Reg {
	args := s.F.Args(v)
	base := s.Reg(args[0])
	if n := len(args); (s.F.Op(v) == ir.OpLoadPtr && n == 2) || (s.F.Op(v) == ir.OpStorePtr && n == 3) {
		addr := s.NewVReg(mach.ClassInt)
		s.emit(minst{op: mAddr, size: 8, scale: uint8(s.F.Aux2(v))}, 0, def(addr), use(base), use(s.Reg(args[1])))
		return addr
	}
	return base
}
