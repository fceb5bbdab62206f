// Package isel is the ISA-neutral half of instruction selection: walking
// a function's blocks in reverse postorder (each loop's blocks kept
// together after its header), mapping IR values to virtual
// registers, counting uses and recording which values their user computes
// (fusion), block parameters and edges with their arguments, and the
// calling convention's moves at entry, calls and returns. An ISA's
// selector embeds a Base over its own machine-instruction data M and
// supplies the rules (Rules) that pick machine instructions.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package isel

import (
	"fmt"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/room"
)

// Rules is what an ISA's selector supplies to Base.Select.
type Rules interface {
	// Entry defines the function's parameters at the start of block 0
	// (Base.Entry does the ISA-neutral part).
	Entry()
	// Plan decides, before block b is selected, which values their users
	// compute (Base.Fuse), so that they are not also computed where they
	// stand.
	Plan(b ir.Block)
	// Inst selects IR value v.
	Inst(v ir.Value)
	// Constant returns the register holding constant v (iconst or fconst)
	// at a use: loaded there into a fresh register (cheap constants), or
	// the register Inst loaded it into where v stands (Def(v)).
	Constant(v ir.Value) mach.Reg
}

// Base is the selection state shared by every ISA. Its memory is reused
// from one function to the next.
type Base[M any] struct {
	F   *ir.Func
	Env *mach.Env
	VC  *mach.Func
	CC  *mach.CallConv
	// Insts holds the machine data of every VCode instruction
	// (mach.Inst.Data indexes it).
	Insts []M
	// Pos is the Wasm offset of the value being selected (-1 if none).
	Pos int32
	// Cur is the VCode block being filled.
	Cur int
	// OutSlots is the number of outgoing stack-argument slots the calls
	// need.
	OutSlots int
	Err      error

	rules Rules
	// accessed holds, per value, the block of the first access at that
	// address that Rules.Plan has noted (NoteAccess), plus one, in the
	// low 32 bits, under gen, the number of the function being selected,
	// in the high ones: entries of earlier functions read as none, so
	// that the table is never cleared.
	accessed []uint64
	gen      uint32
	move     M     // the data of a register copy
	vals     []val // per IR value
	// walked numbers the instructions in the order selection walks them
	// (fused ones too): the current one's number.
	walked int32
	bidx   []int
	order  []ir.Block
	edges  []pendingEdge
	types  []ir.Type
	locs   []mach.ArgLoc
	regs   []mach.Reg // arena of edge argument lists
	ops    []mach.Operand
	// callOps holds the operand list of the call (or return, or builtin)
	// being selected, so that building one allocates nothing.
	callOps []mach.Operand
	lay     layout
}

// val is what selection keeps per IR value, in one record so that one
// clear resets it and a value's fields share a cache line.
type val struct {
	vreg  mach.Reg
	uses  int32 // arguments and branch arguments reading the value
	last  int32 // the walk number (Base.walked) of the last instruction reading the value
	fused bool
	plain bool // vreg is set and v no constant (whose register Rules.Constant decides)
}

// pendingEdge is an edge waiting for every block to exist: its
// arguments are regs[start:end].
type pendingEdge struct {
	from, to   int32
	start, end int32
}

// Select lowers f, prepared by lower.Steps, to VCode for an ISA
// with numRegs physical registers and calling convention cc. move is the
// machine data of a register copy. The VCode is valid until the next
// Select.
func (s *Base[M]) Select(f *ir.Func, env *mach.Env, numRegs mach.Reg, cc *mach.CallConv, move M, r Rules) (*mach.Func, error) {
	vc := s.VC
	if vc == nil || vc.NumRegs != numRegs {
		vc = mach.NewFunc(numRegs)
	} else {
		vc.Reset()
	}
	*s = Base[M]{F: f, Env: env, VC: vc, CC: cc, Insts: s.Insts[:0], Pos: -1, rules: r, move: move,
		edges: s.edges[:0], regs: s.regs[:0], types: s.types[:0], locs: s.locs[:0], ops: s.ops[:0], callOps: s.callOps[:0],
		vals: resize(s.vals, f.NumValues()), bidx: resize(s.bidx, f.NumBlocks()), lay: s.lay,
		accessed: s.accessed, gen: s.gen + 1}
	if n := f.NumValues(); len(s.accessed) < n {
		s.accessed = make([]uint64, n+n/4) // (gen marks what is old: no clear)
	}
	s.order = s.lay.blockOrder(f)
	for i := range s.bidx {
		s.bidx[i] = -1
	}
	for i, b := range s.order {
		s.bidx[b] = i
	}
	// Uses and last readers, numbering the instructions as the walk
	// below does.
	vals, k := s.vals, int32(0)
	for _, b := range s.order {
		for v := f.First(b); v != 0; v = f.Next(v) {
			k++
			for _, a := range f.Args(v) {
				vals[a].uses++
				vals[a].last = k
			}
			for i := 0; i < f.NumTargets(v); i++ {
				for _, a := range f.Target(v, i).Args {
					vals[a].uses++
					vals[a].last = k
				}
			}
		}
	}
	// Room for about one machine instruction per IR instruction (fewer
	// where selection fuses, more around calls) and for their operands.
	n := int(k) + int(k)/4
	vc.Reserve(n, 2*n)
	s.Insts = room.For(s.Insts, n-len(s.Insts))
	for i, b := range s.order {
		s.Cur = vc.NewBlock()
		if s.Cur != i {
			return nil, fmt.Errorf("isel: block numbering")
		}
		blk := &vc.Blocks[s.Cur]
		for _, p := range f.Params(b) {
			blk.Params = append(blk.Params, s.Reg(p))
		}
		s.Pos = -1
		if b == 0 {
			r.Entry()
		}
		r.Plan(b)
		for v := f.First(b); v != 0 && s.Err == nil; v = f.Next(v) {
			s.Pos = f.Pos(v)
			s.walked++
			if s.vals[v].fused {
				continue
			}
			r.Inst(v)
		}
		if s.Err != nil {
			return nil, fmt.Errorf("function %s: %w", f.Name, s.Err)
		}
	}
	for _, e := range s.edges {
		vc.AddEdge(int(e.from), int(e.to), s.regs[e.start:e.end:e.end]...)
	}
	// The IR is not needed any more: let a huge function's go while the
	// allocator and the emitter run, with the scratch sized by it.
	s.F = nil
	if len(s.vals) > keepValues {
		s.vals, s.accessed = nil, nil
	}
	return vc, nil
}

// keepValues is the number of IR values beyond which the scratch sized
// by them is not kept for the next function: a huge function's would
// stay in the heap while the later phases need room of their own.
const keepValues = 1 << 16

// resize returns a zeroed slice of length n, reusing b's memory.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// Add appends an instruction with machine data m to the current block.
func (s *Base[M]) Add(m M, clobbers mach.RegSet, ops ...mach.Operand) int {
	s.Insts = append(s.Insts, m)
	return s.VC.Add(s.Cur, int32(len(s.Insts)-1), clobbers, ops...)
}

// Move appends a register copy dst <- src.
func (s *Base[M]) Move(dst, src mach.Reg) {
	s.Insts = append(s.Insts, s.move)
	s.VC.AddMove(s.Cur, int32(len(s.Insts)-1), dst, src)
}

// Share gives v, a copy of a (an i64 zero-extended from an i32, where
// the ISA keeps every i32 zero-extended in its register), a's register:
// both are written once, so they can share it, and the copy costs
// neither an instruction nor a register. If v has a register already, a
// is copied into it.
func (s *Base[M]) Share(v, a ir.Value) {
	if r := s.vals[v].vreg; r != 0 {
		s.Move(r, s.Reg(a))
		return
	}
	s.vals[v].vreg = s.Reg(a)
	s.vals[v].plain = true
}

// Reg returns the virtual register holding IR value v. The ISA decides
// where constants are materialized (Rules.Constant).
func (s *Base[M]) Reg(v ir.Value) mach.Reg {
	// Small enough to inline: most calls read a register given already.
	if x := &s.vals[v]; x.plain {
		return x.vreg
	}
	return s.reg(v)
}

// reg is Reg for a value without a register yet, or a constant.
func (s *Base[M]) reg(v ir.Value) mach.Reg {
	switch s.F.Op(v) {
	case ir.OpIconst, ir.OpFconst:
		return s.rules.Constant(v)
	}
	return s.Def(v)
}

// Def returns the register that receives v's value.
func (s *Base[M]) Def(v ir.Value) mach.Reg {
	// Small enough to inline: most calls are reads of a register given
	// already.
	if r := s.vals[v].vreg; r != 0 {
		return r
	}
	return s.newDef(v)
}

// newDef gives v its register.
func (s *Base[M]) newDef(v ir.Value) mach.Reg {
	t := s.F.Type(v)
	r := s.VC.NewVReg(mach.ClassOf(t))
	if t == ir.V128 {
		s.VC.SetWide(r)
	}
	s.vals[v].vreg = r
	op := s.F.Op(v)
	s.vals[v].plain = op != ir.OpIconst && op != ir.OpFconst
	return r
}

// LastUse reports whether v, being selected, is the last instruction to
// read a, so that a's register is free once v has read it: every use of a
// has been walked (blocks go in a topological order of the forward
// edges), and v's block is in no loop that a's definition is outside of
// (a would then be live around that loop). A two-address instruction
// that takes such an operand as its destination's first value needs no
// copy.
func (s *Base[M]) LastUse(a, v ir.Value) bool {
	if s.vals[a].last > s.walked {
		return false
	}
	d := s.F.BlockOf(a)
	if d < 0 {
		return false
	}
	h := s.lay.innermost(s.F.BlockOf(v))
	for l := s.lay.innermost(d); l != h; l = s.lay.owner[l] {
		if l < 0 {
			return false
		}
	}
	return true
}

// FlowsTo reports whether v is the argument for block parameter p on an
// edge out of v's block, directly or through a block that only jumps:
// the register allocator then hints v to
// p's register, so a two-address instruction computing v from p should
// take p as its destination's first value.
func (s *Base[M]) FlowsTo(v, p ir.Value) bool {
	f := s.F
	if f.Op(p) != ir.OpParam {
		return false
	}
	pb, k := f.BlockOf(p), int(f.Aux(p))
	t := f.Terminator(f.BlockOf(v))
	if t == 0 {
		return false
	}
	for i := 0; i < f.NumTargets(t); i++ {
		tg := f.Target(t, i)
		if j := f.First(tg.Block); tg.Block != pb && len(tg.Args) == 0 && j == f.Last(tg.Block) && f.Op(j) == ir.OpJump {
			tg = f.Target(j, 0)
		}
		if tg.Block == pb && k < len(tg.Args) && tg.Args[k] == v {
			return true
		}
	}
	return false
}

// NewVReg returns a fresh virtual register of class c.
func (s *Base[M]) NewVReg(c mach.Class) mach.Reg { return s.VC.NewVReg(c) }

// Uses returns the number of uses of v (arguments and branch arguments).
func (s *Base[M]) Uses(v ir.Value) int32 { return s.vals[v].uses }

// Fuse records that v is computed by its user, not where it stands.
func (s *Base[M]) Fuse(v ir.Value) { s.vals[v].fused = true }

// Fused reports whether v is computed by its user.
func (s *Base[M]) Fused(v ir.Value) bool { return s.vals[v].fused }

// SameBlock reports whether c is defined in v's block (and is not a block
// parameter), so that its computation can be done at v instead.
func (s *Base[M]) SameBlock(c, v ir.Value) bool {
	return s.F.BlockOf(c) == s.F.BlockOf(v) && s.F.Op(c) != ir.OpParam
}

// ScaledAddend reports whether addition u is x + (z << k), k a constant
// from 1 to 3, with the shift in u's block and not fused into a user (it
// has other uses), and x neither fused nor a constant, in either order of
// u's operands. An ISA whose addition can scale an operand then adds z
// scaled: as many instructions, and the shift off the sum's chain (an
// address, often, that a load waits for).
func (s *Base[M]) ScaledAddend(u ir.Value) (x, z ir.Value, k int64, ok bool) {
	f := s.F
	args := f.Args(u)
	for i := 1; i >= 0; i-- { // the second operand first
		v := args[i]
		x = args[1-i]
		if f.Op(v) != ir.OpIshl || s.Fused(v) || !s.SameBlock(v, u) || f.Op(f.Args(v)[1]) != ir.OpIconst ||
			s.Fused(x) || f.Op(x) == ir.OpIconst {
			continue
		}
		bits := int64(32)
		if f.Type(v) == ir.I64 {
			bits = 64
		}
		z, k = f.Args(v)[0], f.Aux(f.Args(v)[1])&(bits-1)
		if k >= 1 && k <= 3 && !s.Fused(z) {
			return x, z, k, true
		}
	}
	return 0, 0, 0, false
}

// FusableCompare reports whether v is an integer comparison used once, so
// that it can set the flags for its user.
func (s *Base[M]) FusableCompare(v ir.Value) bool {
	op := s.F.Op(v)
	return (op == ir.OpIcmp || op == ir.OpIeqz) && s.vals[v].uses == 1 && s.F.BlockOf(v) >= 0
}

// FuseWrap fuses into integer comparison c, which its user takes from
// the flags, an i64 wrapped to i32 that only c reads (not against a
// constant zero, a test that ISAs may make otherwise), so that the
// 32-bit comparison reads the i64's register (Narrow), whose low half is
// the wrapped value, and the wrap costs no instruction.
func (s *Base[M]) FuseWrap(c ir.Value) {
	f := s.F
	if f.Op(c) != ir.OpIcmp {
		return
	}
	if y := f.Args(c)[1]; f.Op(y) == ir.OpIconst && f.Aux(y) == 0 {
		return
	}
	for _, a := range f.Args(c) {
		if f.Op(a) == ir.OpWrap && s.vals[a].uses == 1 && s.SameBlock(a, c) {
			s.Fuse(a)
		}
	}
}

// Narrow returns the operand a 32-bit comparison reads for x: x, or the
// i64 that x wraps if FuseWrap fused x.
func (s *Base[M]) Narrow(x ir.Value) ir.Value {
	if s.vals[x].fused && s.F.Op(x) == ir.OpWrap {
		return s.F.Args(x)[0]
	}
	return x
}

// FusableFloatCompare reports whether v is a float comparison used once,
// so that it can set the flags for its user (which of its conditions one
// flags test gives is the ISA's to say).
func (s *Base[M]) FusableFloatCompare(v ir.Value) bool {
	return s.F.Op(v) == ir.OpFcmp && s.vals[v].uses == 1 && s.F.BlockOf(v) >= 0
}

// Fail records the first selection error.
func (s *Base[M]) Fail(format string, args ...any) {
	if s.Err == nil {
		s.Err = fmt.Errorf(format, args...)
	}
}

// arg returns the register that passes a as a block argument: for a
// scalar constant a constant register (mach.Func.NewConst), which the
// allocator moves straight into the parameter's location on that edge
// alone (a critical edge's in its stub), rather than a register loaded
// before the branch, on the way to every successor.
func (s *Base[M]) arg(a ir.Value) mach.Reg {
	f := s.F
	if op := f.Op(a); op != ir.OpIconst && op != ir.OpFconst {
		return s.Reg(a)
	}
	t := f.Type(a)
	size := uint8(8)
	if t == ir.I32 || t == ir.F32 {
		size = 4
	}
	return s.VC.NewConst(mach.ClassOf(t), mach.Const{Imm: f.Aux(a), Size: size})
}

// BranchArgs records the edges of terminator v with their arguments.
func (s *Base[M]) BranchArgs(v ir.Value) {
	f := s.F
	for i := 0; i < f.NumTargets(v); i++ {
		t := f.Target(v, i)
		// Argument lists share one arena, sliced once it is complete.
		start := len(s.regs)
		for _, a := range t.Args {
			s.regs = append(s.regs, s.arg(a))
		}
		// Recorded now, added once every block exists.
		s.edges = append(s.edges, pendingEdge{int32(s.Cur), int32(s.bidx[t.Block]), int32(start), int32(len(s.regs))})
	}
}

// Assign returns the calling convention's locations for values of types
// ts (valid until the next call).
func (s *Base[M]) Assign(ts []ir.Type) []mach.ArgLoc {
	s.locs, _ = s.CC.Assign(s.locs[:0], ts)
	return s.locs
}

// Incoming is a function parameter as it arrives.
type Incoming struct {
	Dst  mach.Reg // the parameter's virtual register
	Type ir.Type
	// FrameOffset is a stack argument's offset from the frame pointer
	// (above the saved frame pointer and return address); 0 for a
	// register argument, which has been copied to Dst.
	FrameOffset int64
}

// Entry defines the parameters: it appends args, a pseudo-instruction
// defining the argument registers, copies each register argument to its
// parameter, and returns the stack arguments for the ISA to load.
func (s *Base[M]) Entry(args M) []Incoming {
	params := s.F.Params(0)
	locs := s.Assign(s.F.Sig.Params)
	ops := s.ops[:0]
	for i := range params {
		if !locs[i].Stack {
			ops = append(ops, mach.Operand{Reg: locs[i].Reg, Kind: mach.Def})
		}
	}
	s.ops = ops
	s.Add(args, 0, ops...)
	var stack []Incoming
	for i, p := range params {
		if locs[i].Stack {
			// [fp] is the caller's frame pointer, [fp+8] the return address.
			stack = append(stack, Incoming{Dst: s.Def(p), Type: s.F.Type(p), FrameOffset: int64(16 + 8*locs[i].Slot)})
			continue
		}
		s.Move(s.Def(p), locs[i].Reg)
	}
	return stack
}

// Return moves the values of return v into the result registers and
// returns the return instruction's operands (uses of those registers).
func (s *Base[M]) Return(v ir.Value) []mach.Operand {
	ops := s.callOps[:0]
	locs := s.Assign(s.F.Sig.Results)
	for i, a := range s.F.Args(v) {
		if locs[i].Stack {
			s.Fail("more results than result registers: %w", mach.ErrUnsupported)
			return nil
		}
		r := locs[i].Reg
		s.Move(r, s.Reg(a))
		ops = append(ops, mach.Operand{Reg: r, Kind: mach.Use})
	}
	s.callOps = ops[:0]
	return ops
}

// CallOps starts the operand list of a call with ops, for CallArgs and
// CallResults; the list is valid until the next CallOps, Return or
// BuiltinArgs.
func (s *Base[M]) CallOps(ops ...mach.Operand) []mach.Operand {
	return append(s.callOps[:0], ops...)
}

// CallArgs stores the stack arguments with spill(value, slot), then moves
// the others into their registers (last, so the fixed registers are live
// only briefly), and returns ops plus the call's uses of those registers.
func (s *Base[M]) CallArgs(args []ir.Value, ops []mach.Operand, spill func(r mach.Reg, slot int)) []mach.Operand {
	s.types = s.types[:0]
	for _, a := range args {
		s.types = append(s.types, s.F.Type(a))
	}
	locs := s.Assign(s.types)
	for i, a := range args {
		if locs[i].Stack {
			spill(s.Reg(a), locs[i].Slot)
			s.OutSlots = max(s.OutSlots, locs[i].Slot+1)
		}
	}
	for i, a := range args {
		if !locs[i].Stack {
			s.Move(locs[i].Reg, s.Reg(a))
			ops = append(ops, mach.Operand{Reg: locs[i].Reg, Kind: mach.Use})
		}
	}
	return ops
}

// CallResults returns ops plus the call's definitions of the result
// registers for results; after the call instruction, CallResultMoves
// copies them to call v's value or projections.
func (s *Base[M]) CallResults(results []ir.Type, ops []mach.Operand) []mach.Operand {
	for _, l := range s.Assign(results) {
		if l.Stack {
			s.Fail("call with more results than result registers: %w", mach.ErrUnsupported)
			return ops
		}
		ops = append(ops, mach.Operand{Reg: l.Reg, Kind: mach.Def})
	}
	s.callOps = ops[:0] // keep what the list grew to
	return ops
}

// CallResultMoves copies the result registers of call v (whose result
// types are results) to its value or, for several results, to the
// projections that follow it in its block.
func (s *Base[M]) CallResultMoves(v ir.Value, results []ir.Type) {
	f := s.F
	locs := s.Assign(results)
	switch {
	case len(results) == 1:
		s.Move(s.Def(v), locs[0].Reg)
	case len(results) > 1:
		for p := f.Next(v); p != 0 && f.Op(p) == ir.OpProj && f.Args(p)[0] == v; p = f.Next(p) {
			s.Move(s.Def(p), locs[f.Aux(p)].Reg)
		}
	}
}

// BuiltinArgs moves builtin call v's operands into the integer argument
// registers and returns the uses of those registers.
func (s *Base[M]) BuiltinArgs(v ir.Value) []mach.Operand {
	ops := s.callOps[:0]
	for n, a := range s.F.Args(v) {
		r := s.CC.Regs[mach.ClassInt][n]
		s.Move(r, s.Reg(a))
		ops = append(ops, mach.Operand{Reg: r, Kind: mach.Use})
	}
	s.callOps = ops[:0]
	return ops
}

// RoutineArgs moves call_routine v's operands into regs, the routine's
// operand registers (its fixed convention, internal/abi), and returns ops
// with the uses of those registers appended.
func (s *Base[M]) RoutineArgs(v ir.Value, regs []mach.Reg, ops []mach.Operand) []mach.Operand {
	for k, a := range s.F.Args(v) {
		s.Move(regs[k], s.Reg(a))
		ops = append(ops, mach.Operand{Reg: regs[k], Kind: mach.Use})
	}
	return ops
}

// Use, Def and Mod make operands.
func Use(r mach.Reg) mach.Operand { return mach.Operand{Reg: r, Kind: mach.Use} }
func Def(r mach.Reg) mach.Operand { return mach.Operand{Reg: r, Kind: mach.Def} }
func Mod(r mach.Reg) mach.Operand { return mach.Operand{Reg: r, Kind: mach.Mod} }

// ConvertAux is the aux field machine instructions use for an int-to-float
// conversion: 1 if signed.
func ConvertAux(op ir.Op) int32 {
	if op == ir.OpConvertS {
		return 1
	}
	return 0
}

// TruncAux is the aux field machine instructions use for a float-to-int
// conversion: 1 if signed, | 2 if saturating.
func TruncAux(op ir.Op) int32 {
	aux := int32(0)
	if op == ir.OpTruncS || op == ir.OpTruncSatS {
		aux |= 1
	}
	if op == ir.OpTruncSatS || op == ir.OpTruncSatU {
		aux |= 2
	}
	return aux
}

// Load kinds: the width and extension of a memory load into a register,
// the same for every ISA (each indexes its own instructions by them).
const (
	Ld8S = iota
	Ld8U
	Ld16S
	Ld16U
	Ld32S
	Ld32U // also a plain i32 load
	Ld64
	LdF32
	LdF64
	LdV128
)

var loadKinds = [256]int32{ir.OpLoad8S: Ld8S, ir.OpLoad8U: Ld8U, ir.OpLoad16S: Ld16S, ir.OpLoad16U: Ld16U,
	ir.OpLoad32S: Ld32S, ir.OpLoad32U: Ld32U}

var plainLoads = [...]int32{ir.I32: Ld32U, ir.I64: Ld64, ir.F32: LdF32, ir.F64: LdF64, ir.V128: LdV128}

// LoadKind returns the kind of load v (a load op).
func LoadKind(f *ir.Func, v ir.Value) int32 {
	if f.Op(v) == ir.OpLoad {
		return plainLoads[f.Type(v)]
	}
	return loadKinds[f.Op(v)]
}
