// Package lower rewrites the Wasm runtime semantics in a function's IR into
// runtime-level operations that every ISA selects the same way: globals,
// tables, memory.size and ref.func become loads, stores and address
// arithmetic on the instance's data (VMCtx, laid out by internal/abi);
// calls to imports and call_indirect become call_ptr, with call_indirect's
// bounds, null and signature checks as trapif; memory.copy and memory.fill
// become bounds checks (trapif) and a call_routine to the runtime's
// memmove or memfill; the other bulk memory, table and grow operations
// become call_builtin; and interruption polls are placed at the entry and
// at loop headers. After it, an instruction selector sees no operation
// whose meaning depends on the runtime.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package lower

import (
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// Step is one of the steps that turn optimized IR into what instruction
// selection takes.
type Step struct {
	Name string
	Run  func(*ir.Func, *mach.Env)
}

// Steps are what every ISA's instruction selection requires of its input,
// in order. The backend driver runs them after the optimizations (and can
// dump each); tests that select IR directly run them through Prepare.
var Steps = []Step{
	{"lower", Runtime},
}

// Prepare runs Steps on f.
func Prepare(f *ir.Func, env *mach.Env) {
	for _, s := range Steps {
		s.Run(f, env)
	}
}

// Runtime lowers f in place for the module env describes.
func Runtime(f *ir.Func, env *mach.Env) {
	l := lowerer{f: f, env: env}
	l.header = loopHeaders(f)
	entryPoll(f, env)
	l.entryPoll = f.First(0)
	reserve(f, env)
	for b := range ir.Block(f.NumBlocks()) { // removed blocks are empty
		l.vm = 0
		for v := f.First(b); v != 0; {
			next := f.Next(v)
			if op := f.Op(v); runtimeOps[op] != 0 {
				l.inst(v)
				if !keepsVMCtx[op] {
					l.vm = 0
				}
			}
			v = next
		}
	}
}

// reserve makes room in f for what lowering adds: a body of thousands
// of call_indirect grows ninefold, and growing its storage by a quarter
// at a time would copy and zero the whole function again at every step
// (most of the time and peak memory of such a function's compilation).
// A function smaller than reserveMin values is not counted (a walk over
// it all): it grows in a few steps, mostly into the memory of the
// function recycled before it.
func reserve(f *ir.Func, env *mach.Env) {
	if f.NumValues() < reserveMin {
		return
	}
	var values, args int
	for b := range ir.Block(f.NumBlocks()) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			op := f.Op(v)
			if op == ir.OpCall && uint32(f.Aux(v)) >= env.NumImportedFuncs {
				continue // a direct call within the module stays
			}
			if n := int(runtimeOps[op]); n != 0 {
				// Each inserted instruction has at most two operands;
				// the rewritten one may take its operands and two more
				// anew.
				values += n
				args += 2*n + len(f.Args(v)) + 2
			}
		}
	}
	f.Reserve(values, args)
}

const reserveMin = 1 << 12 // values (see reserve)

// keepsVMCtx are the runtime operations that call nothing, after which
// the VMCtx read before them is still at hand (vmctx).
var keepsVMCtx = [256]bool{
	ir.OpGlobalGet: true, ir.OpGlobalSet: true, ir.OpMemSize: true, ir.OpRefFunc: true,
	ir.OpTableGet: true, ir.OpTableSet: true, ir.OpTableSize: true,
}

type lowerer struct {
	f    *ir.Func
	env  *mach.Env
	args []ir.Value // operands of the instruction being rewritten
	// The loop headers (nil without loops) and, worked out at the first
	// call_indirect that asks (inLoopBlock), the blocks in or after a
	// loop.
	header []bool
	inLoop []bool
	// What the call_indirect in loops load once in the entry block,
	// ahead of entryPoll: the VMCtx, per table its addresses
	// (entryTable), per type its canonical id (entryTypeID).
	entryPoll ir.Value
	entryVM   ir.Value
	// vm is the VMCtx read earlier in the block being lowered, with no
	// call since (vmctx), or 0.
	vm           ir.Value
	entryTables  map[int64]tableAddrs
	entryTypeIDs map[int64]ir.Value
	// indirectCalls counts the call_indirect lowered: from the fourth on,
	// the table's header comes from the entry block (callIndirect).
	indirectCalls int
}

// tableAddrs are a table's header address and, for a table of fixed
// length, its element array and, if it holds packed elements, its code
// base (else 0).
type tableAddrs struct{ hdr, base, code ir.Value }

// loopHeaders returns which blocks are loop headers, or nil without
// loops. Wasm's structured control flow, and every pass after it, leave
// the graph reducible, so an edge to a block no later in reverse
// postorder is a back edge (its target dominates its source): the
// headers come from the order alone, without the dominator tree.
func loopHeaders(f *ir.Func) []bool {
	rpo := ir.RPO(f)
	at := make([]int32, f.NumBlocks()) // position in rpo, plus one (0: unreachable)
	for i, b := range rpo {
		at[b] = int32(i + 1)
	}
	// (Instruction selection's block order reads the predecessors too:
	// lowering leaves the graph as it is, so they are worked out once.)
	preds := ir.Preds(f)
	var header []bool
	for i := 1; i < len(rpo); i++ { // (the entry, rpo[0], polls anyway)
		b := rpo[i]
		for _, p := range preds[b] {
			if at[p] > int32(i) { // p is b or after it
				if header == nil {
					header = make([]bool, f.NumBlocks())
				}
				header[b] = true
				break
			}
		}
	}
	return header
}

// loopish marks the blocks dominated by a loop header: every block of a
// loop, and the code after one (a cheap superset, which only costs the
// blocks after a loop a few loads moved to the entry).
func loopish(dom *ir.DomTree, header []bool) []bool {
	in := make([]bool, len(header))
	for _, b := range dom.RPO() {
		in[b] = header[b] || b != 0 && in[dom.Idom(b)]
	}
	return in
}

// inLoopBlock reports whether b is in or after a loop (loopish), which
// it works out for the function the first time it is asked.
func (l *lowerer) inLoopBlock(b ir.Block) bool {
	if l.header == nil {
		return false
	}
	if l.inLoop == nil {
		l.inLoop = loopish(ir.Dominators(l.f), l.header)
	}
	return l.inLoop[b]
}

// entryPoll puts an interruption poll at the start of the entry block
// (most ride on the stack check), so that a call stops at a function
// boundary when the runtime's signal finds it elsewhere (abi: loops do
// not poll: the runtime interrupts code at any instruction). A function
// the environment finds poll-free (mach.Env.PollFree: no loop, no call)
// has none: it runs for a bounded time, and saves its callers a load and
// a compare on each of the many calls of small leaf functions.
func entryPoll(f *ir.Func, env *mach.Env) {
	if env.PollFree != nil && env.PollFree(f.Index) {
		return
	}
	f.SetPos(0)
	if first := f.First(0); first != 0 {
		f.InsertBefore(first, ir.OpPoll, ir.Void, 0)
	} else {
		f.Append(0, ir.OpPoll, ir.Void, 0)
	}
}

// before inserts an instruction ahead of v, at v's Wasm position.
func (l *lowerer) before(v ir.Value, op ir.Op, t ir.Type, aux int64, args ...ir.Value) ir.Value {
	return l.before2(v, op, t, aux, 0, args...)
}

func (l *lowerer) before2(v ir.Value, op ir.Op, t ir.Type, aux, aux2 int64, args ...ir.Value) ir.Value {
	l.f.SetPos(l.f.Pos(v))
	return l.f.InsertBefore2(v, op, t, aux, aux2, args...)
}

// vmctx returns the VMCtx for v, read once for the instructions of a
// block between calls: a global's get and set in a function's prologue
// (the stack pointer's) read it once. (Kept across a call, it would take
// a register the call clobbers, or a spill slot.)
func (l *lowerer) vmctx(v ir.Value) ir.Value {
	if l.vm == 0 {
		l.vm = l.before(v, ir.OpVMCtx, ir.I64, 0)
	}
	return l.vm
}

// rewrite turns v into op in place (keeping its type and its uses).
func (l *lowerer) rewrite(v ir.Value, op ir.Op, aux, aux2 int64, args ...ir.Value) {
	l.f.Rewrite(v, op, aux, args...)
	l.f.SetAux2(v, aux2)
}

// builtins maps the operations the runtime performs in Go to their
// builtin numbers.
var builtins = [256]int64{
	ir.OpMemGrow: abi.BuiltinMemoryGrow, ir.OpMemInit: abi.BuiltinMemoryInit, ir.OpDataDrop: abi.BuiltinDataDrop, ir.OpTableGrow: abi.BuiltinTableGrow,
	ir.OpTableFill: abi.BuiltinTableFill, ir.OpTableCopy: abi.BuiltinTableCopy, ir.OpTableInit: abi.BuiltinTableInit,
	ir.OpElemDrop: abi.BuiltinElemDrop,
}

// runtimeOps are the operations inst rewrites (the others, most of a
// function, cost the walk no call), each with about how many
// instructions inst inserts for it at most, for reserve (the entry
// block's loads for call_indirect in loops are left out: a few per
// function).
var runtimeOps = [256]uint8{
	ir.OpGlobalGet: 2, ir.OpGlobalSet: 2, ir.OpMemSize: 1, ir.OpRefFunc: 1, ir.OpCall: 3,
	ir.OpCallIndirect: 22, ir.OpTableGet: 8, ir.OpTableSet: 22, ir.OpTableSize: 2,
	ir.OpMemCopy: 13, ir.OpMemFill: 10, ir.OpMemGrow: 1, ir.OpMemInit: 1, ir.OpDataDrop: 1,
	ir.OpTableGrow: 1, ir.OpTableFill: 1, ir.OpTableCopy: 2, ir.OpTableInit: 2, ir.OpElemDrop: 1,
}

// inst lowers v, whose operation is one of runtimeOps.
func (l *lowerer) inst(v ir.Value) {
	f := l.f
	lay := l.env.Layout
	switch op := f.Op(v); op {
	case ir.OpGlobalGet, ir.OpGlobalSet:
		idx := uint32(f.Aux(v))
		base := l.vmctx(v)
		off := int64(lay.Globals[idx])
		if lay.GlobalImported(idx) {
			// The slot holds a pointer to the exporter's.
			base = l.before(v, ir.OpLoadPtr, ir.I64, off, base)
			off = 0
		}
		if op == ir.OpGlobalGet {
			l.rewrite(v, ir.OpLoadPtr, off, 0, base)
		} else {
			l.rewrite(v, ir.OpStorePtr, off, 0, base, f.Args(v)[0])
		}
	case ir.OpMemSize:
		// MemSize >> 16 is bytes 2..5 of the 8-byte MemSize (little
		// endian; the size is at most 4 GiB), so one 4-byte load gives
		// the page count.
		l.rewrite(v, ir.OpLoadPtr, abi.VMCtxMemSize+2, 0, l.vmctx(v))
	case ir.OpRefFunc:
		l.rewrite(v, ir.OpPtrAdd, int64(lay.Descriptor(uint32(f.Aux(v)))), 0, l.vmctx(v))
	case ir.OpCall:
		idx := uint32(f.Aux(v))
		if idx >= l.env.NumImportedFuncs {
			return // a direct call within the module
		}
		vm := l.vmctx(v)
		off := int64(lay.ImportedFuncs[idx])
		code := l.before(v, ir.OpLoadPtr, ir.I64, off, vm)
		callee := l.before(v, ir.OpLoadPtr, ir.I64, off+8, vm)
		l.args = append(append(l.args[:0], code, callee), f.Args(v)...)
		l.rewrite(v, ir.OpCallPtr, int64(l.env.FuncTypeIndex(idx)), 0, l.args...)
	case ir.OpCallIndirect:
		l.callIndirect(v)
	case ir.OpTableGet, ir.OpTableSet, ir.OpTableSize:
		l.tableAccess(v)
	case ir.OpMemCopy, ir.OpMemFill:
		l.memBulk(v)
	case ir.OpMemGrow, ir.OpMemInit, ir.OpDataDrop,
		ir.OpTableGrow, ir.OpTableFill, ir.OpTableCopy, ir.OpTableInit, ir.OpElemDrop:
		// Immediates (segment and table indices) travel as the first
		// arguments.
		args := l.args[:0]
		switch op {
		case ir.OpMemInit, ir.OpDataDrop, ir.OpTableGrow, ir.OpTableFill, ir.OpElemDrop:
			args = append(args, l.before(v, ir.OpIconst, ir.I64, f.Aux(v)))
		case ir.OpTableCopy, ir.OpTableInit:
			args = append(args, l.before(v, ir.OpIconst, ir.I64, f.Aux(v)), l.before(v, ir.OpIconst, ir.I64, f.Aux2(v)))
		}
		l.args = append(args, f.Args(v)...)
		l.rewrite(v, ir.OpCallBuiltin, builtins[op], 0, l.args...)
	}
}

// memBulk lowers memory.copy and memory.fill without a host exit: explicit
// bounds checks, then a call to the runtime's memmove or memfill routine
// (abi.RoutineMemMove, abi.RoutineMemFill) with absolute addresses. The
// checks compare dst+n, and for a copy src+n, computed in 64 bits from the
// zero-extended i32 operands (so they cannot wrap), with the memory's
// current size in the VMCtx; beyond it the instruction traps "out of
// bounds memory access" at its own Wasm position before any byte is
// written, as the spec requires (a zero-length operation at the very end
// is in bounds). The routines touch no byte outside [dst, dst+n) and
// [src, src+n), so once the checks pass they cannot fault.
func (l *lowerer) memBulk(v ir.Value) {
	f := l.f
	args := f.Args(v)
	d, x, n := args[0], args[1], args[2]
	size := l.before(v, ir.OpLoadPtr, ir.I64, abi.VMCtxMemSize, l.vmctx(v))
	n64 := l.zext(v, n)
	d64 := l.zext(v, d)
	l.checkRange(v, d64, n64, size)
	routine, src := int64(abi.RoutineMemFill), x // a fill's byte stays an i32
	if f.Op(v) == ir.OpMemCopy {
		s64 := l.zext(v, x)
		l.checkRange(v, s64, n64, size)
		routine, src = abi.RoutineMemMove, l.before(v, ir.OpMemAddr, ir.I64, 0, s64)
	}
	dst := l.before(v, ir.OpMemAddr, ir.I64, 0, d64)
	l.rewrite(v, ir.OpCallRoutine, routine, 0, dst, src, n64)
}

// zext zero-extends the i32 x to an i64 (a constant directly).
func (l *lowerer) zext(v, x ir.Value) ir.Value {
	if l.f.Op(x) == ir.OpIconst {
		return l.before(v, ir.OpIconst, ir.I64, int64(uint32(l.f.Aux(x))))
	}
	return l.before(v, ir.OpExtendU, ir.I64, 0, x)
}

// checkRange traps "out of bounds memory access" unless start + n (i64s
// below 2^32) is at most size.
func (l *lowerer) checkRange(v, start, n, size ir.Value) {
	f := l.f
	var end ir.Value
	switch {
	case f.Op(start) == ir.OpIconst && f.Op(n) == ir.OpIconst:
		end = l.before(v, ir.OpIconst, ir.I64, f.Aux(start)+f.Aux(n))
	case f.Op(n) == ir.OpIconst && f.Aux(n) == 0:
		end = start
	default:
		end = l.before(v, ir.OpIadd, ir.I64, 0, start, n)
	}
	var out ir.Value
	if f.Op(end) == ir.OpIconst {
		out = l.before(v, ir.OpIcmp, ir.I32, int64(ir.LtU), size, end) // the constant second
	} else {
		out = l.before(v, ir.OpIcmp, ir.I32, int64(ir.GtU), end, size)
	}
	l.before(v, ir.OpTrapIf, ir.Void, int64(abi.TrapOutOfBoundsMemoryAccess), out)
}

// tableHeader loads the address of table t's header {Base, Len, Max,
// CodeBase}.
func (l *lowerer) tableHeader(v, vm ir.Value, t int64) ir.Value {
	return l.before(v, ir.OpLoadPtr, ir.I64, int64(l.env.Layout.Tables[t]), vm)
}

// fixedLen returns table t's length if it never changes.
func (l *lowerer) fixedLen(t int64) (uint32, bool) {
	if l.env.FixedTableLen == nil {
		return 0, false
	}
	return l.env.FixedTableLen(uint32(t))
}

// entryTable returns table t's addresses, loaded in the entry block the
// first time a call_indirect in a loop asks. Neither changes while the
// function runs: the header's address is fixed at instantiation, and
// the element array moves only when the table grows, which a table of
// fixed length never does. The call in the loop then waits for one load
// (or a reload of a spill) rather than three dependent ones before it
// can load its element.
func (l *lowerer) entryTable(t int64) tableAddrs {
	if a, ok := l.entryTables[t]; ok {
		return a
	}
	at := l.entryPoll
	a := tableAddrs{hdr: l.tableHeader(at, l.entryVMCtx(), t)}
	if _, ok := l.fixedLen(t); ok {
		// The header is then read for nothing else: these replace it
		// among the values live through the function.
		a.base = l.before(at, ir.OpLoadPtr, ir.I64, abi.TableBase, a.hdr)
		if l.env.LocalFuncRefs() {
			a.code = l.codeBase(at, a.hdr)
		}
	}
	if l.entryTables == nil {
		l.entryTables = map[int64]tableAddrs{}
	}
	l.entryTables[t] = a
	return a
}

// entryTypeID returns the canonical id of type idx, loaded in the entry
// block the first time a call_indirect in a loop asks (the ids are filled
// at instantiation).
func (l *lowerer) entryTypeID(idx int64) ir.Value {
	if id, ok := l.entryTypeIDs[idx]; ok {
		return id
	}
	id := l.typeID(l.entryPoll, l.entryVMCtx(), idx)
	if l.entryTypeIDs == nil {
		l.entryTypeIDs = map[int64]ir.Value{}
	}
	l.entryTypeIDs[idx] = id
	return id
}

// codeBase loads the module's code address from the header hdr of a
// table of packed elements (abi.TableCodeBase) before v.
func (l *lowerer) codeBase(v, hdr ir.Value) ir.Value {
	return l.before(v, ir.OpLoadPtr, ir.I64, abi.TableCodeBase, hdr)
}

// entryVMCtx returns the VMCtx as read in the entry block.
func (l *lowerer) entryVMCtx() ir.Value {
	if l.entryVM == 0 {
		l.entryVM = l.before(l.entryPoll, ir.OpVMCtx, ir.I64, 0)
	}
	return l.entryVM
}

// typeID loads the canonical id of type idx before v.
func (l *lowerer) typeID(v, vm ir.Value, idx int64) ir.Value {
	return l.before(v, ir.OpLoadPtr, ir.I32, int64(l.env.Layout.TypeIDs)+4*idx, vm)
}

// checkIndex traps with code unless the i32 index is below table t's
// length (a constant for a table of fixed length, else loaded from its
// header hdr), and returns the element's index in 8-byte words from the
// table's base (elements are abi.TableEntrySize bytes: twice the index,
// for loads and stores scaled by 8, the widest scale addressing has).
func (l *lowerer) checkIndex(v, hdr ir.Value, t int64, index ir.Value, code abi.TrapCode) ir.Value {
	var n ir.Value
	if c, ok := l.fixedLen(t); ok {
		n = l.before(v, ir.OpIconst, ir.I64, int64(c))
	} else {
		n = l.before(v, ir.OpLoadPtr, ir.I64, abi.TableLen, hdr)
	}
	idx := l.before(v, ir.OpExtendU, ir.I64, 0, index)
	out := l.before(v, ir.OpIcmp, ir.I32, int64(ir.GeU), idx, n)
	l.before(v, ir.OpTrapIf, ir.Void, int64(code), out)
	return l.before(v, ir.OpIadd, ir.I64, 0, idx, idx)
}

// checkIndex's twice the index: abi.TableEntrySize must be 16.
const (
	_ uint = abi.TableEntrySize - 16
	_ uint = 16 - abi.TableEntrySize
)

// tableAccess lowers table.get, table.set and table.size.
func (l *lowerer) tableAccess(v ir.Value) {
	f := l.f
	hdr := l.tableHeader(v, l.vmctx(v), f.Aux(v))
	if f.Op(v) == ir.OpTableSize {
		l.rewrite(v, ir.OpLoadPtr, abi.TableLen, 0, hdr) // i32: the low half
		return
	}
	args := f.Args(v)
	idx := l.checkIndex(v, hdr, f.Aux(v), args[0], abi.TrapOutOfBoundsTableAccess)
	base := l.before(v, ir.OpLoadPtr, ir.I64, abi.TableBase, hdr)
	if f.Op(v) == ir.OpTableGet {
		l.rewrite(v, ir.OpLoadPtr, abi.TableEntryRef, 8, base, idx)
		return
	}
	ref := args[1]
	if f.Type(ref) == ir.FuncRef {
		// The element's second word (the descriptor's Code, or packed), 0
		// for null: the loads read the VMCtx instead of a null descriptor.
		null := l.before(v, ir.OpRefIsNull, ir.I32, 0, ref)
		vm := l.vmctx(v)
		desc := l.before(v, ir.OpPtrAdd, ir.FuncRef, 0, vm)
		desc = l.before(v, ir.OpSelect, ir.FuncRef, 0, null, desc, ref)
		code := l.before(v, ir.OpLoadPtr, ir.I64, abi.DescCode, desc)
		if l.env.LocalFuncRefs() {
			// (Code - code base) << 32 | type key: abi.TableEntryPacked.
			off := l.before(v, ir.OpIsub, ir.I64, 0, code, l.codeBase(v, hdr))
			off = l.before(v, ir.OpIshl, ir.I64, 0, off, l.before(v, ir.OpIconst, ir.I64, 32))
			key := l.before(v, ir.OpLoadPtr, ir.I32, abi.DescTypeKey, desc)
			key = l.before(v, ir.OpExtendU, ir.I64, 0, key)
			code = l.before(v, ir.OpIor, ir.I64, 0, off, key)
		}
		zero := l.before(v, ir.OpIconst, ir.I64, 0)
		code = l.before(v, ir.OpSelect, ir.I64, 0, null, zero, code)
		l.before2(v, ir.OpStorePtr, ir.Void, abi.TableEntryCode, 8, base, idx, code)
	}
	l.rewrite(v, ir.OpStorePtr, abi.TableEntryRef, 8, base, idx, ref)
}

// callIndirect checks, in order, that the index is inside the table
// ("undefined element"), that the element is not null ("uninitialized
// element") and that the callee's canonical type id is the one expected
// and its code the element's ("indirect call type mismatch"), then calls
// the element's code with the descriptor's VMCtx; in a module that holds
// only references to its own functions (Env.LocalFuncRefs), see
// callIndirectPacked. In a loop, the table's addresses and the type id
// expected come from the entry block, and with packed elements from the
// fourth call of a function on too (the table's addresses are then all
// that is live across the calls).
func (l *lowerer) callIndirect(v ir.Value) {
	f := l.f
	typeIdx, t := f.Aux(v), f.Aux2(v)
	args := f.Args(v)
	var a tableAddrs
	var vm, want ir.Value
	packed := l.env.LocalFuncRefs()
	if packed {
		l.indirectCalls++
	}
	if l.inLoopBlock(f.BlockOf(v)) || packed && l.indirectCalls > 3 {
		a = l.entryTable(t)
		if !packed {
			want = l.entryTypeID(typeIdx)
		}
	} else {
		vm = l.vmctx(v)
		a.hdr = l.tableHeader(v, vm, t)
	}
	idx := l.checkIndex(v, a.hdr, t, args[0], abi.TrapUndefinedElement)
	base := a.base
	if base == 0 {
		base = l.before(v, ir.OpLoadPtr, ir.I64, abi.TableBase, a.hdr)
	}
	if packed {
		code := a.code
		if code == 0 {
			code = l.codeBase(v, a.hdr)
		}
		l.callIndirectPacked(v, code, base, idx)
		return
	}
	desc := l.before2(v, ir.OpLoadPtr, ir.I64, abi.TableEntryRef, 8, base, idx)
	null := l.before(v, ir.OpIeqz, ir.I32, 0, desc)
	l.before(v, ir.OpTrapIf, ir.Void, int64(abi.TrapUninitializedElement), null)
	got := l.before(v, ir.OpLoadPtr, ir.I32, abi.DescTypeID, desc)
	if want == 0 {
		want = l.typeID(v, vm, typeIdx)
	}
	ne := l.before(v, ir.OpIcmp, ir.I32, int64(ir.Ne), got, want)
	l.before(v, ir.OpTrapIf, ir.Void, int64(abi.TrapIndirectCallTypeMismatch), ne)
	// The element's copy of the code, loaded beside the descriptor's
	// address rather than through it, so that the call need not wait for
	// the descriptor. The two words of an element are written one at a
	// time, so another thread's call into the same instance (allowed,
	// unsynchronized for the guest) may read one function's reference
	// with another's code: the code must also be the descriptor's, else
	// the type checked above is not the type of the code called. The
	// check is off the call's path: it waits for the descriptor, the
	// call does not.
	code := l.before2(v, ir.OpLoadPtr, ir.I64, abi.TableEntryCode, 8, base, idx)
	own := l.before(v, ir.OpLoadPtr, ir.I64, abi.DescCode, desc)
	torn := l.before(v, ir.OpIcmp, ir.I32, int64(ir.Ne), code, own)
	l.before(v, ir.OpTrapIf, ir.Void, int64(abi.TrapIndirectCallTypeMismatch), torn)
	callee := l.before(v, ir.OpLoadPtr, ir.I64, abi.DescVMCtx, desc)
	l.args = append(append(l.args[:0], code, callee), args[1:]...)
	l.rewrite(v, ir.OpCallPtr, typeIdx, 0, l.args...)
}

// callIndirectPacked is callIndirect in a module whose references are all
// its own (Env.LocalFuncRefs): the element's packed word w (code offset
// << 32 | type key, abi.TableEntryPacked) is all the call reads, one load
// that another thread's write cannot tear, and the callee runs with the
// caller's VMCtx. The key expected is a constant (Env.TypeKey), and the
// target the code base (codeBase, from the table's header) plus w's high
// half: nothing is live across the function's calls for them but what
// the table's addresses need (a canonical id and a base kept from the
// entry block were, and a function of thousands of call_indirect spent a
// fifth of its compilation on them).
func (l *lowerer) callIndirectPacked(v, codeBase, base, idx ir.Value) {
	f := l.f
	typeIdx := f.Aux(v)
	w := l.before2(v, ir.OpLoadPtr, ir.I64, abi.TableEntryPacked, 8, base, idx)
	// Null (0) has key 0, which no type has: one check, whose trap tells
	// the two apart.
	key := l.before(v, ir.OpWrap, ir.I32, 0, w)
	want := l.before(v, ir.OpIconst, ir.I32, int64(l.env.TypeKey(uint32(typeIdx))))
	ne := l.before(v, ir.OpIcmp, ir.I32, int64(ir.Ne), key, want)
	l.before2(v, ir.OpTrapIfNull, ir.Void, int64(abi.TrapIndirectCallTypeMismatch), int64(abi.TrapUninitializedElement), ne, w)
	off := l.before(v, ir.OpIshrU, ir.I64, 0, w, l.before(v, ir.OpIconst, ir.I64, 32))
	code := l.before(v, ir.OpIadd, ir.I64, 0, codeBase, off)
	l.args = append(append(l.args[:0], code), f.Args(v)[1:]...)
	l.rewrite(v, ir.OpCallCode, typeIdx, 0, l.args...)
}
