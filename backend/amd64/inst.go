package amd64

import (
	"fmt"
	"strings"

	"github.com/twitchyliquid64/golang-asm/obj"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/abi"
)

// mop is a machine operation. Each VCode instruction carries one minst
// (Inst.Data indexes Func.insts); its VCode operands come in the order the
// comment gives (D = def, U = use, M = modified in place).
type mop uint8

const (
	mNop        mop = iota
	mArgs           // D: incoming argument registers (entry pseudo-instruction)
	mMov            // D dst, U src (register copy, either class; IsMove)
	mMovImm         // D dst: imm
	mAlu            // M dst[, U src]: dst = dst alu src; aux2 1: src is constant imm (from the pool)
	mAluImm         // M dst: dst = dst alu imm
	mAluMem         // M dst, U index: dst = dst alu [membase + index + imm] (a folded load)
	mImulMem        // M dst, U index: dst = dst * [membase + index + imm]
	mCmp            // U a, U b: flags = a - b (alu: cmp or test)
	mCmpImm         // U a: flags = a - imm (alu: cmp or test)
	mImul           // M dst[, U src]; aux2 1: src is constant imm (from the pool)
	mImulImm        // D dst, U src: dst = src * imm
	mLea            // D dst, U base[, U index]: dst = base + index<<scale + imm
	mShift          // M dst, U RCX: dst = dst shift cl   (aux: shift kind)
	mShiftImm       // M dst: dst = dst shift imm
	mShiftX         // D dst, U src, U count: dst = src shift count, BMI2's SHLX/SARX/SHRX (aux: shift kind)
	mRorx           // D dst, U src: dst = src rotated right by imm, BMI2's RORX
	mAndn           // D dst, U a, U b: dst = ^a & b, BMI1's ANDN
	mBitCount       // D dst, U src (aux: lzcnt, tzcnt, popcnt)
	mDiv            // M RAX, M RDX, U divisor: division with Wasm's checks (aux: div kind)
	mMulh           // M RAX, D RDX[, U y]: RDX = the high half of RAX * y (aux 1: signed; aux2 1: y is constant imm, from the pool)
	mSetcc          // D dst: dst = cc ? 1 : 0 (from flags)
	mCmov           // M dst, U src: if cc { dst = src }
	mExtend         // D dst, U src: sign or zero extension (aux: from bits, signed)
	mLoad           // D dst, U index: dst = [membase + index + imm] (aux: load kind)
	mStore          // U index, U val: [membase + index + imm] = val (aux: store width)
	mStoreImm       // U index: [membase + index + imm] = aux2 (aux: store width; sign-extended to 8)
	mLoadAddr       // D dst, U base[, U index]: dst = [base + index*scale + imm] (64-bit, runtime data)
	mLoadAddr32     // D dst, U base[, U index]: dst = zx [base + index*scale + imm] (32-bit)
	mStoreAddr      // U base, U val: [base + imm] = val (64-bit)
	mLoadCtx        // D dst: dst = [ctx + imm]
	mLoadFrame      // D dst: dst = [RBP + imm] (incoming stack arguments)
	mFAlu           // M dst[, U src]: float add/sub/mul/div (aux); aux2 1: src is constant imm (from the pool)
	mFAlu3          // D dst, U a[, U b]: dst = a op b, the AVX (VEX) form of mFAlu; aux2 1: b is constant imm
	mFAluMem        // M dst, U index: dst = dst op [membase + index + imm] (a folded load; aux: op)
	mFAlu3Mem       // D dst, U a, U index: dst = a op [membase + index + imm], VEX
	mFMinMax        // M dst, U src: Wasm fmin/fmax (aux: 0 min, 1 max)
	mFUnary         // D dst, U src: sqrt, ceil, floor, trunc, nearest (aux)
	mFSign          // M dst[, U src]: abs, neg, copysign (aux)
	mFCmp           // D dst, U a, U b: dst = a cc b with Wasm's NaN rules (aux: Cond)
	mFCmpFlags      // U a, U b: flags = UCOMIS a against b: above (or equal) only when a > b (a >= b), never on NaN
	mCvtIF          // D dst(f), U src(i): int to float (aux: signed, src size)
	mCvtFI          // D dst(i), U src(f): float to int, trapping (aux: signed, sat)
	mCvtFF          // D dst, U src: promote or demote
	mBitcast        // D dst, U src: between a GPR and an XMM register
	mJmp            // (target: successor 0)
	mJcc            // (cc: successor 0 if cc, else successor 1)
	mBrTable        // U index (successors: cases, then default)
	mRet            // U result registers
	mCall           // U argument registers, D result registers (imm: function index)
	mCallReg        // U code, U callee VMCtx, U argument registers, D result registers
	mCallCode       // U code (of the running instance), U argument registers, D result registers
	mTrap           // (aux: trap code)
	mTrapIf         // (cc; aux: trap code) [U x; aux2: trap code if x is 0]: trap if flags say cc
	mPoll           // interruption poll: trap if ExecCtx.Interrupt != 0
	mHostCall       // U argument registers, D result registers: builtin via host exit (imm: builtin)
	mSpillArgs      // U values: store outgoing stack arguments (imm: first slot)
	mMemAddr        // D dst[, U offset]: dst = membase + offset + imm (an address in memory 0)
	mRoutine        // U operand registers: call a runtime routine through ExecCtx (imm: abi.Routine*)

	// Vector instructions (simd.go).
	mVconst     // D dst: imm low half, aux|aux2<<32 high half
	mVbin       // M dst, U src: dst = dst op src (imm: the obj.As; aux: 1 + imm8 for CMPPS and friends)
	mVbin3      // D dst, U a, U b: dst = a op b, the AVX (VEX) form of mVbin (imm: the SSE obj.As; no imm8)
	mVun        // D dst, U src: dst = op src (imm: the obj.As)
	mVround     // D dst, U src: ROUNDPS/PD (imm: the obj.As, aux: mode)
	mVnot       // M dst
	mVsign      // M dst: float abs (aux 0) or neg (aux 1) of size-byte lanes
	mVsplat     // D dst, U src (scale: shape)
	mVextract   // D dst, U src (scale: shape, aux: lane, aux2: 1 to sign-extend)
	mVreplace   // M dst, U src (scale: shape, aux: lane)
	mVtest      // D dst, U src: any_true (aux 0), all_true (1), bitmask (2) (scale: shape)
	mVshift     // M dst, U count (imm: the obj.As, aux: count mask)
	mVbitsel    // D dst, U a, U b, U mask
	mVselect    // M dst, U b: dst = b unless cc
	mVloadExt   // D dst, U index: dst = op [membase + index + imm] (aux: the obj.As)
	mVunImm     // D dst, U src: dst = op $aux, src (imm: the obj.As; PSHUFD)
	mVshiftImm  // M dst: dst = dst shifted by aux (imm: the obj.As)
	mVshiftImm3 // D dst, U src: the AVX (VEX) form of mVshiftImm (imm: the SSE obj.As)
	mVtruncSat  // M dst: i32x4.trunc_sat_f32x4_s
	mVq15mulr   // M dst, U src: i16x8.q15mulr_sat_s
	mVminmax    // M dst, U src: Wasm float min (aux 0) or max (1) of size-byte lanes
	mVconvertU  // M dst: f32x4.convert_i32x4_u
	mVbinImm3   // D dst, U a, U b: dst = a op $aux b, the AVX (VEX) form of mVbin with an imm8 (imm: the SSE obj.As)
	mVbinConst  // D dst, U a: dst = a op constant imm|aux|aux2<<32 from the pool, AVX (VEX) only (as: the SSE obj.As)
	mVbinMem    // D dst, U a, U index: dst = a op [membase + index + imm], AVX (VEX) only (as: the SSE obj.As; a folded v128.load)
	mVinsMem    // M dst, U index: lane aux of dst = [membase + index + imm] (as: PINSRB/W/D/Q; a v128.loadN_lane)
	mVinsMem3   // D dst, U a, U index: dst = a with lane aux = [membase + index + imm], AVX (VEX) only (as: as mVinsMem)
)

var mopNames = [...]string{
	mNop: "nop", mArgs: "args", mMov: "mov", mMovImm: "movimm", mAlu: "alu", mAluImm: "aluimm", mAluMem: "alumem", mImulMem: "imulmem",
	mCmp: "cmp", mCmpImm: "cmpimm", mImul: "imul", mImulImm: "imulimm", mLea: "lea", mShift: "shift",
	mShiftImm: "shiftimm", mShiftX: "shiftx", mRorx: "rorx", mAndn: "andn", mBitCount: "bitcount", mDiv: "div", mMulh: "mulh", mSetcc: "setcc",
	mCmov: "cmov", mExtend: "extend", mLoad: "load", mStore: "store", mStoreImm: "storeimm", mLoadAddr: "loadaddr",
	mLoadAddr32: "loadaddr32", mStoreAddr: "storeaddr", mLoadCtx: "loadctx", mLoadFrame: "loadframe", mFAlu: "falu", mFAlu3: "falu3", mFAluMem: "falumem", mFAlu3Mem: "falu3mem",
	mFMinMax: "fminmax", mFUnary: "funary", mFSign: "fsign", mFCmp: "fcmp", mFCmpFlags: "fcmpflags", mCvtIF: "cvtif",
	mCvtFI: "cvtfi", mCvtFF: "cvtff", mBitcast: "bitcast", mJmp: "jmp", mJcc: "jcc",
	mBrTable: "brtable", mRet: "ret", mCall: "call", mCallReg: "callreg", mCallCode: "callcode", mTrap: "trap",
	mTrapIf: "trapif", mPoll: "poll", mHostCall: "hostcall", mSpillArgs: "spillargs", mMemAddr: "memaddr", mRoutine: "routine",
	mVconst: "vconst", mVbin: "vbin", mVbin3: "vbin3", mVun: "vun", mVround: "vround", mVnot: "vnot", mVsign: "vsign",
	mVsplat: "vsplat", mVextract: "vextract", mVreplace: "vreplace", mVtest: "vtest", mVshift: "vshift",
	mVbitsel: "vbitsel", mVselect: "vselect", mVloadExt: "vloadext", mVunImm: "vunimm", mVshiftImm: "vshiftimm", mVshiftImm3: "vshiftimm3",
	mVtruncSat: "vtruncsat", mVq15mulr: "vq15mulr", mVminmax: "vminmax", mVconvertU: "vconvertu",
	mVbinImm3: "vbinimm3", mVbinConst: "vbinconst", mVbinMem: "vbinmem", mVinsMem: "vinsmem", mVinsMem3: "vinsmem3",
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
	aluCmp
	aluTest
	aluAdc // add with the carry flag (after a compare that sets it)
	aluSbb // subtract with the carry flag
)

// cond is an x86 condition code.
type cond uint8

const (
	ccE  cond = iota // equal / zero
	ccNE             // not equal
	ccL              // signed <
	ccGE             // signed >=
	ccLE             // signed <=
	ccG              // signed >
	ccB              // unsigned <
	ccAE             // unsigned >=
	ccBE             // unsigned <=
	ccA              // unsigned >
)

func (c cond) invert() cond { return c ^ 1 }

// Shift kinds.
const (
	shShl = iota
	shSar
	shShr
	shRol
	shRor
)

// Bit-count kinds.
const (
	bcLzcnt = iota
	bcTzcnt
	bcPopcnt
)

// Division kinds.
const (
	divS = iota // signed quotient
	divU
	remS
	remU
)

// Float ALU and unary kinds.
const (
	fAdd = iota
	fSub
	fMul
	fDiv
)

const (
	fSqrt = iota
	fCeil
	fFloor
	fTrunc
	fNearest
)

const (
	fAbs = iota
	fNeg
	fCopysign
)

// minst is the machine data of a VCode instruction.
// scaleAbs is the scale of a memory access at a constant address: it has
// no index operand, and its address is membase + imm.
const scaleAbs = 0xff

// noIndex is the index that address gives for a constant address: emit
// drops the operand.
const noIndex mach.Reg = 1<<32 - 1

// termOf says which instructions mach's layout decisions (Forwarders,
// Dispatchers, Wrap) look for.
var termOf = [256]mach.Term{mJmp: mach.TermJump, mBrTable: mach.TermSwitch, mRet: mach.TermRet}

type minst struct {
	op    mop
	size  uint8 // 4 or 8: operand width (int) or single/double (float)
	alu   aluOp
	cc    cond
	scale uint8
	as    obj.As // the SSE instruction of mVbinConst, mVbinMem, mVinsMem and mVinsMem3 (whose imm and scale are taken)
	aux   int32
	aux2  int32
	imm   int64
	pos   int32 // Wasm body offset, for trap sites; -1 if none
}

var condNames = [...]string{ccE: "e", ccNE: "ne", ccL: "l", ccGE: "ge", ccLE: "le", ccG: "g", ccB: "b", ccAE: "ae", ccBE: "be", ccA: "a"}
var aluNames = [...]string{aluAdd: "add", aluSub: "sub", aluAnd: "and", aluOr: "or", aluXor: "xor", aluCmp: "cmp", aluTest: "test", aluAdc: "adc", aluSbb: "sbb"}

// text is the instruction's operation and immediates for mach.Format:
// "op.size" then the fields this operation uses, where they are not zero.
func (m *minst) text() string {
	var sb strings.Builder
	sb.WriteString(m.op.String())
	if m.size != 0 {
		fmt.Fprintf(&sb, ".%d", m.size)
	}
	switch m.op {
	case mAlu, mAluImm, mAluMem, mCmp, mCmpImm:
		sb.WriteString(" " + aluNames[m.alu])
	case mSetcc, mCmov, mJcc, mTrapIf, mVselect:
		sb.WriteString(" " + condNames[m.cc])
	}
	if m.op == mTrap || m.op == mTrapIf {
		sb.WriteString(" " + abi.TrapCode(m.aux).Name())
		if m.aux2 != 0 {
			sb.WriteString(" null:" + abi.TrapCode(m.aux2).Name())
		}
	} else if m.aux != 0 {
		fmt.Fprintf(&sb, " aux=%d", m.aux)
	}
	if m.aux2 != 0 && m.op != mTrapIf {
		fmt.Fprintf(&sb, " aux2=%d", m.aux2)
	}
	if m.scale == scaleAbs {
		sb.WriteString(" abs")
	} else if m.scale != 0 {
		fmt.Fprintf(&sb, " scale=%d", m.scale)
	}
	if m.as != 0 {
		sb.WriteString(" " + m.as.String())
	}
	if m.op == mRoutine {
		sb.WriteString(" " + abi.RoutineName(m.imm))
	} else if m.imm != 0 {
		fmt.Fprintf(&sb, " imm=%d", m.imm)
	}
	return sb.String()
}

// regNames are the physical registers' names, for mach.Format.
var regNames = [NumRegs]string{"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
	"x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15"}

// Format prints the function as VCode, with its allocation when alloc is
// not nil.
func (l *Lowered) Format(alloc *mach.Allocation) string {
	return mach.Format(l.Code, alloc, regNames[:], func(i int) string { return l.Insts[l.Code.Insts[i].Data].text() })
}
