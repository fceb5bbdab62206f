package arm64

import (
	"fmt"
	"strings"

	"github.com/kilnwasm/kiln/backend/arm64/a64"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/abi"
)

// mop is a machine operation. Each VCode instruction carries one minst
// (Inst.Data indexes Lowered.Insts); its VCode operands come in the order
// the comment gives (D = def, U = use). arm64 is a three-address machine:
// no operand is modified in place.
type mop uint8

const (
	mNop       mop = iota
	mArgs          // D: incoming argument registers (entry pseudo-instruction)
	mMov           // D dst, U src (register copy, either class; IsMove)
	mMovImm        // D dst: imm (integer, or a float's bits)
	mAlu           // D dst, U a, U b: dst = a alu (b << imm)
	mAluImm        // D dst, U a: dst = a alu imm (imm encodable: checked by selection)
	mMul           // D dst, U a, U b
	mMulh          // D dst, U a, U b: the high half of the product (aux 1: signed)
	mMulAdd        // D dst, U a, U b, U c: dst = c + a*b
	mShift         // D dst, U a, U b: dst = a shift (b mod width) (aux: shift kind)
	mShiftImm      // D dst, U a (aux: shift kind, imm: amount)
	mBitCount      // D dst, U src (aux: clz, ctz, popcnt)
	mDiv           // D dst, U a, U b: division or remainder with Wasm's traps (aux)
	mCmp           // U a, U b: flags = a - b
	mCmpImm        // U a: flags = a - imm (imm in ±4095)
	mCset          // D dst: dst = cc ? 1 : 0
	mCsel          // D dst, U a, U b: dst = cc ? a : b (either class)
	mExtend        // D dst, U src: sign extension from aux bits (aux2 = 1), or zero extension of 32 bits
	mLoad          // D dst, U index: dst = [membase + zext(index) + imm] (aux: load kind; scale 1: U is an mMemAddr address)
	mStore         // U index, U val: [membase + zext(index) + imm] = val (aux: width in bytes; scale 1 as mLoad)
	mMemAddr       // D dst[, U index]: dst = membase + zext(index) + imm, shared by the accesses at that index (their scale is 1), or an address for a routine
	mLoadAddr      // D dst, U base: dst = [base + imm] (size 8 or 4)
	mStoreAddr     // U base, U val: [base + imm] = val
	mLoadCtx       // D dst: dst = [ctx + imm]
	mLoadFrame     // D dst: dst = [fp + imm] (incoming stack arguments)
	mAddr          // D dst, U base[, U index]: dst = base + index<<scale + imm
	mFAlu          // D dst, U a, U b: fadd, fsub, fmul, fdiv, fmin, fmax (aux)
	mFUnary        // D dst, U src: sqrt, ceil, floor, trunc, nearest, abs, neg (aux)
	mFCopysign     // D dst, U a, U b
	mFCmp          // D dst, U a, U b: dst = a cond b (aux: ir.Cond)
	mFCmpFlags     // U a, U b: flags = FCMP a, b (for floatConds)
	mCvtIF         // D dst, U src: int to float (aux: signed; aux2: source size)
	mCvtFI         // D dst, U src: float to int (aux: signed | sat<<1; aux2: source size)
	mCvtFF         // D dst, U src: promote (size 8) or demote (size 4)
	mBitcast       // D dst, U src: between the classes
	mJmp           // (target: successor 0)
	mBr            // (cc: successor 0 if cc, else successor 1)
	mBrZero        // U x: successor 0 if x != 0 (cc NE) or x == 0 (cc EQ), else successor 1
	mBrTable       // U index (successors: cases, then default)
	mRet           // U result registers
	mCall          // U argument registers, D result registers (imm: function index)
	mCallReg       // U code, U callee VMCtx, U argument registers, D result registers
	mCallCode      // U code (of the running instance), U argument registers, D result registers
	mTrap          // (aux: trap code)
	mTrapIf        // (cc; aux: trap code) [U x; aux2: trap code if x is 0]: trap if the flags say cc
	mTrapZero      // U x (cc; aux: trap code): trap if x != 0 (cc NE) or x == 0 (cc EQ)
	mPoll          // interruption poll: trap if ExecCtx.Interrupt != 0
	mHostCall      // U argument registers, D result register: builtin via host exit (imm: builtin)
	mSpillArgs     // U value: store an outgoing stack argument (imm: slot)
	mRoutine       // U operand registers: call a runtime routine through ExecCtx (imm: abi.Routine*)
	mNeon          // D|M rd[, U rn[, U rm]]: the NEON word imm with those register fields
	mVconst        // D dst: the v128 imm (low 64 bits), aux | aux2<<32 (high)
	mVshift        // D dst, U a, U count: lane shift by a register (imm: shift word | dup word<<32; aux: count mask; aux2: negate)
	mVselect       // D dst, U a, U b: dst = cc ? a : b
	mVtbx          // M dst, U b, U idx: TBX dst, {b}, idx - 16 (the second half of a two-operand shuffle)
	mVmem          // D|M|U vec, U index: the LD1/ST1 word imm at [membase + zext(index) + uint32(aux)]
)

var mopNames = [...]string{
	mNop: "nop", mArgs: "args", mMov: "mov", mMovImm: "movimm", mAlu: "alu", mAluImm: "aluimm", mMul: "mul", mMulh: "mulh", mMulAdd: "muladd", mMemAddr: "memaddr", mBrZero: "brzero", mTrapZero: "trapzero",
	mShift: "shift", mShiftImm: "shiftimm", mBitCount: "bitcount", mDiv: "div", mCmp: "cmp", mCmpImm: "cmpimm",
	mCset: "cset", mCsel: "csel", mExtend: "extend", mLoad: "load", mStore: "store", mLoadAddr: "loadaddr",
	mStoreAddr: "storeaddr", mLoadCtx: "loadctx", mLoadFrame: "loadframe", mAddr: "addr", mFAlu: "falu",
	mFUnary: "funary", mFCopysign: "fcopysign", mFCmp: "fcmp", mFCmpFlags: "fcmpflags", mCvtIF: "cvtif", mCvtFI: "cvtfi", mCvtFF: "cvtff",
	mBitcast: "bitcast", mJmp: "jmp", mBr: "br", mBrTable: "brtable", mRet: "ret", mCall: "call",
	mCallReg: "callreg", mCallCode: "callcode", mTrap: "trap", mTrapIf: "trapif", mPoll: "poll", mHostCall: "hostcall", mSpillArgs: "spillargs", mRoutine: "routine",
	mNeon: "neon", mVconst: "vconst", mVshift: "vshift", mVselect: "vselect", mVtbx: "vtbx", mVmem: "vmem",
}

func (m mop) String() string {
	if int(m) < len(mopNames) {
		return mopNames[m]
	}
	return fmt.Sprintf("mop(%d)", m)
}

// aluOp is an integer ALU operation.
type aluOp uint8

const (
	aluAdd aluOp = iota
	aluSub
	aluAnd
	aluOr
	aluXor
)

var aluNames = [...]string{aluAdd: "add", aluSub: "sub", aluAnd: "and", aluOr: "orr", aluXor: "eor"}

// Shift kinds.
const (
	shLsl = iota
	shAsr
	shLsr
	shRor
	shRol
)

// Bit-count kinds.
const (
	bcClz = iota
	bcCtz
	bcPopcnt
)

// Division kinds.
const (
	divS = iota
	divU
	remS
	remU
)

// Float operations (mFAlu, mFUnary).
const (
	fAdd = iota
	fSub
	fMul
	fDiv
	fMin
	fMax
)

const (
	fSqrt = iota
	fCeil
	fFloor
	fTrunc
	fNearest
	fAbs
	fNeg
)

// termOf says which instructions mach's layout decisions (Forwarders,
// Dispatchers, Wrap) look for.
var termOf = [256]mach.Term{mJmp: mach.TermJump, mBrTable: mach.TermSwitch, mRet: mach.TermRet}

// minst is the machine data of a VCode instruction.
type minst struct {
	op    mop
	size  uint8 // 4 or 8: operand width (int) or single/double (float)
	alu   aluOp
	cc    a64.Cond
	scale uint8
	aux   int32
	aux2  int32
	imm   int64
	pos   int32 // Wasm body offset, for trap sites; -1 if none
}

// text is the instruction's operation and immediates for mach.Format.
func (m *minst) text() string {
	var sb strings.Builder
	sb.WriteString(m.op.String())
	if m.size != 0 {
		fmt.Fprintf(&sb, ".%d", m.size)
	}
	switch m.op {
	case mAlu, mAluImm:
		sb.WriteString(" " + aluNames[m.alu])
	case mCset, mCsel, mBr, mTrapIf, mBrZero, mTrapZero:
		sb.WriteString(" " + m.cc.String())
	}
	if m.op == mTrap || m.op == mTrapIf || m.op == mTrapZero {
		sb.WriteString(" " + abi.TrapCode(m.aux).Name())
		if m.op == mTrapIf && m.aux2 != 0 {
			sb.WriteString(" null:" + abi.TrapCode(m.aux2).Name())
		}
	} else if m.aux != 0 {
		fmt.Fprintf(&sb, " aux=%d", m.aux)
	}
	if m.aux2 != 0 && m.op != mTrapIf {
		fmt.Fprintf(&sb, " aux2=%d", m.aux2)
	}
	if m.scale != 0 {
		fmt.Fprintf(&sb, " scale=%d", m.scale)
	}
	if m.op == mRoutine {
		sb.WriteString(" " + abi.RoutineName(m.imm))
	} else if m.imm != 0 {
		fmt.Fprintf(&sb, " imm=%d", m.imm)
	}
	return sb.String()
}

// Lowered is a function after instruction selection.
type Lowered struct {
	Name  string
	Code  *mach.Func
	Insts []minst
	// OutArgs is the size in bytes of the outgoing argument area (calls'
	// stack arguments, host exits' operand slots).
	OutArgs int
}

// Format prints the function as VCode, with its allocation when alloc is
// not nil.
func (l *Lowered) Format(alloc *mach.Allocation) string {
	return mach.Format(l.Code, alloc, regNames.Get(), func(i int) string { return l.Insts[l.Code.Insts[i].Data].text() })
}
