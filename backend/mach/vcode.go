// Package mach holds the machine-level forms the amd64 and arm64 backends share: the
// machine-level function form that instruction selection produces (VCode),
// liveness, register allocation, and the records that code generation
// leaves for the runtime (trap sites, relocations). ISA packages add only
// instruction selection and encoding.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package mach

import (
	"fmt"
	"slices"

	"github.com/kilnwasm/kiln/internal/room"
)

// Reg names a register operand: values below the ISA's NumRegs are
// physical registers (precolored: instruction selection uses them where
// the ISA or the calling convention fixes a register); values from
// NumRegs up are virtual registers, one per value.
type Reg uint32

// Class is a register class.
type Class uint8

// Register classes.
const (
	ClassInt Class = iota
	ClassFloat
	numClasses
)

func (c Class) String() string {
	if c == ClassInt {
		return "int"
	}
	return "float"
}

// OperandKind says how an instruction accesses an operand.
type OperandKind uint8

// Operand kinds. Mod is read and written in place (x86's two-address
// forms): the register holds the old value before and the new one after.
const (
	Use OperandKind = iota
	Def
	Mod
)

// Operand is a register an instruction reads or writes.
type Operand struct {
	Reg  Reg
	Kind OperandKind
}

// Inst is an instruction as the register allocator sees it. The ISA keeps
// its own instruction data; Data indexes it.
type Inst struct {
	ops      span
	Clobbers RegSet // physical registers the instruction destroys (calls)
	// IsMove marks a register copy (operand 0 is the destination, operand
	// 1 the source): the allocator tries to give both the same register
	// and then drops the copy.
	IsMove bool
	Data   int32
}

// span is the range [start, end) of an array. Unsigned, so that slicing
// with it needs no sign extension (Operands is in the allocator's loops).
type span struct{ start, end uint32 }

// Block is a basic block of VCode.
type Block struct {
	insts  span
	Params []Reg // defined on entry, from the predecessors' arguments
	Succs  []int
	// Args[i] are the values passed to Succs[i]'s parameters, read at the
	// end of the block (after its last instruction, the branch).
	Args  [][]Reg
	Preds []int
}

// Func is a function in VCode form, blocks in layout order; block 0 is the
// entry. Edges may be critical (from a block with several successors to a
// block with several predecessors): the allocator gives those that need
// moves a stub (Allocation.Stubs).
type Func struct {
	Blocks  []Block
	Insts   []Inst
	ops     []Operand
	classes []Class // class of each virtual register (index Reg - NumRegs)
	kind    []uint8 // kindPlain, kindWide, kindConst; index as classes
	consts  []constReg
	NumRegs Reg

	scratchOps []Operand // SinkPastCompare's
}

// NewFunc starts a function for an ISA with numRegs physical registers.
func NewFunc(numRegs Reg) *Func { return &Func{NumRegs: numRegs} }

// NewVReg returns a fresh virtual register of class c.
func (f *Func) NewVReg(c Class) Reg {
	f.classes = append(f.classes, c)
	f.kind = append(f.kind, kindPlain)
	return f.NumRegs + Reg(len(f.classes)-1)
}

// Const is the value of a constant register: Size bytes (4 or 8) of
// Imm, an integer's or a float's bits, as the ISA's immediate moves take
// them.
type Const struct {
	Imm  int64
	Size uint8
}

// NewConst returns a constant register of class c: a virtual register
// that no instruction defines, which only block arguments may name. The
// allocator moves the constant straight into the parameter's location
// on that edge (an Edit whose From is ConstLoc), where the emitter
// materializes it: on that edge alone, not on the way to its branch's
// other successors. Each use needs a constant register of its own.
func (f *Func) NewConst(c Class, k Const) Reg {
	r := f.NewVReg(c)
	f.kind[len(f.kind)-1] = kindConst
	f.consts = append(f.consts, constReg{r, k})
	return r
}

type constReg struct {
	r Reg
	k Const
}

// IsConst reports whether r is a constant register (NewConst).
func (f *Func) IsConst(r Reg) bool { return r >= f.NumRegs && f.kind[r-f.NumRegs] == kindConst }

// ConstOf returns constant register r's value.
func (f *Func) ConstOf(r Reg) Const {
	// By hand, as in StubOf: consts are in register order.
	lo, hi := 0, len(f.consts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f.consts[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return f.consts[lo].k
}

// Kinds of virtual register.
const (
	kindPlain = iota
	kindWide  // 16 bytes (v128)
	kindConst // NewConst
)

// NumVRegs returns the number of virtual registers.
func (f *Func) NumVRegs() int { return len(f.classes) }

// IsVirtual reports whether r is a virtual register.
func (f *Func) IsVirtual(r Reg) bool { return r >= f.NumRegs }

// ClassOf returns the class of virtual register r.
func (f *Func) ClassOf(r Reg) Class { return f.classes[r-f.NumRegs] }

// SetWide marks virtual register r (of the float class) as holding a
// 16-byte value (v128): its spill slot is 16 bytes, 16-byte aligned.
func (f *Func) SetWide(r Reg) { f.kind[r-f.NumRegs] = kindWide }

// IsWide reports whether r is a virtual register holding a 16-byte value.
func (f *Func) IsWide(r Reg) bool { return r >= f.NumRegs && f.kind[r-f.NumRegs] == kindWide }

// Reset empties f for the next function, keeping its memory.
func (f *Func) Reset() {
	f.Blocks, f.Insts, f.ops, f.classes, f.kind, f.consts = f.Blocks[:0], f.Insts[:0], f.ops[:0], f.classes[:0], f.kind[:0], f.consts[:0]
}

// Reserve makes room for insts instructions with ops operands in all,
// so that selecting a large function does not copy and zero them again
// at every growth step (slices that large grow by a quarter at a time).
func (f *Func) Reserve(insts, ops int) {
	f.Insts = room.For(f.Insts, insts-len(f.Insts))
	f.ops = room.For(f.ops, ops-len(f.ops))
}

// NewBlock appends an empty block and returns its index.
func (f *Func) NewBlock() int {
	n := len(f.Blocks)
	empty := span{uint32(len(f.Insts)), uint32(len(f.Insts))}
	if n < cap(f.Blocks) {
		// Left by Reset: reuse the block's lists (field by field, as only
		// their lengths change).
		f.Blocks = f.Blocks[:n+1]
		b := &f.Blocks[n]
		b.insts = empty
		b.Params, b.Succs, b.Args, b.Preds = b.Params[:0], b.Succs[:0], b.Args[:0], b.Preds[:0]
	} else {
		f.Blocks = append(f.Blocks, Block{insts: empty})
	}
	return n
}

// Add appends an instruction to block b, which must be the last block
// created (instructions of a block are contiguous).
func (f *Func) Add(b int, data int32, clobbers RegSet, ops ...Operand) int {
	if b != len(f.Blocks)-1 {
		panic("backend: instructions must be added to the last block")
	}
	start := uint32(len(f.ops))
	// A loop: an instruction has few operands, fewer than a call to
	// memmove is worth.
	for _, op := range ops {
		f.ops = append(f.ops, op)
	}
	f.Insts = append(f.Insts, Inst{ops: span{start, uint32(len(f.ops))}, Clobbers: clobbers, Data: data})
	f.Blocks[b].insts.end++
	return len(f.Insts) - 1
}

// AddMove appends a register copy dst <- src.
func (f *Func) AddMove(b int, data int32, dst, src Reg) int {
	i := f.Add(b, data, 0, Operand{dst, Def}, Operand{src, Use})
	f.Insts[i].IsMove = true
	return i
}

// Operands returns instruction i's operands.
func (f *Func) Operands(i int) []Operand {
	s := f.Insts[i].ops
	return f.ops[s.start:s.end]
}

// AllOperands returns the operands of all instructions, back to back in
// instruction order (Add only appends, SinkPastCompare keeps the order),
// indexed like Allocation.OpLocs.
func (f *Func) AllOperands() []Operand { return f.ops }

// OperandSpan returns where instruction i's operands are in AllOperands:
// from start to end.
func (f *Func) OperandSpan(i int) (start, end int) {
	s := f.Insts[i].ops
	return int(s.start), int(s.end)
}

// BlockInsts returns the range [first, end) of block b's instructions.
func (f *Func) BlockInsts(b int) (int, int) {
	s := f.Blocks[b].insts
	return int(s.start), int(s.end)
}

// AddEdge adds a successor to block from with the arguments for its
// parameters, and records the predecessor.
func (f *Func) AddEdge(from, to int, args ...Reg) {
	f.Blocks[from].Succs = append(f.Blocks[from].Succs, to)
	f.Blocks[from].Args = append(f.Blocks[from].Args, args)
	f.Blocks[to].Preds = append(f.Blocks[to].Preds, from)
}

// Check reports structural problems: argument counts, registers out of
// range.
func (f *Func) Check() error {
	for b := range f.Blocks {
		blk := &f.Blocks[b]
		for i, s := range blk.Succs {
			if len(blk.Args[i]) != len(f.Blocks[s].Params) {
				return fmt.Errorf("block %d passes %d arguments to block %d, which has %d parameters", b, len(blk.Args[i]), s, len(f.Blocks[s].Params))
			}
		}
	}
	n := f.NumRegs + Reg(len(f.classes))
	for i := range f.Insts {
		for _, op := range f.Operands(i) {
			if op.Reg >= n {
				return fmt.Errorf("instruction %d uses register %d of %d", i, op.Reg, n)
			}
		}
	}
	return nil
}

// RegSet is a set of physical registers (at most 64).
type RegSet uint64

// Has reports whether r is in the set.
func (s RegSet) Has(r Reg) bool { return r < 64 && s&(1<<r) != 0 }

// With returns the set plus r.
func (s RegSet) With(r Reg) RegSet { return s | 1<<r }

// Loc is where the allocator put a value: a physical register or a spill
// slot. A wide value (Func.IsWide) in a slot takes slots Slot and Slot+1,
// Slot even: the 16 bytes at Frame.WideSlotOffset(Slot).
type Loc struct {
	Reg   Reg // valid when Slot < 0
	Slot  int32
	Class Class
	Wide  bool // the value moved is 16 bytes (a register move copies all of them anyway)
}

// RegLoc returns the location of physical register r.
func RegLoc(r Reg, c Class) Loc { return Loc{Reg: r, Slot: -1, Class: c} }

// ConstLoc is where constant register r (Func.NewConst) is: only an
// Edit's From, which the emitter materializes (Func.ConstOf) rather than
// reads. It is neither a register nor a slot.
func ConstLoc(r Reg, c Class) Loc { return Loc{Reg: r, Slot: constSlot, Class: c} }

const constSlot = -2

// IsConst reports whether l is a constant's (ConstLoc).
func (l Loc) IsConst() bool { return l.Slot == constSlot }

// SlotLoc returns the location of spill slot s.
func SlotLoc(s int32, c Class) Loc { return Loc{Slot: s, Class: c} }

// IsReg reports whether l is a register.
func (l Loc) IsReg() bool { return l.Slot == -1 }

// IsSlot reports whether l is a spill slot.
func (l Loc) IsSlot() bool { return l.Slot >= 0 }

func (l Loc) String() string {
	if l.IsReg() {
		return fmt.Sprintf("r%d", l.Reg)
	}
	if l.IsConst() {
		return fmt.Sprintf("const(v%d)", l.Reg)
	}
	return fmt.Sprintf("slot%d", l.Slot)
}

// RegInfo describes an ISA's registers for the allocator.
type RegInfo struct {
	NumRegs Reg
	// Allocatable lists, per class, the registers the allocator may use,
	// in order of preference (caller-saved scratch first, say).
	Allocatable [numClasses][]Reg
	// Class of each physical register.
	ClassOf []Class
	// Scratch holds one register per class that is not allocatable.
	Scratch [numClasses]Reg
}

// Scratch registers: the allocator never assigns them; the emitter uses
// them for stack-to-stack moves and the allocator's move sequences use
// them to break cycles. RegInfo.Scratch gives one per class.

// Allocation is the result of register allocation.
type Allocation struct {
	// OpLocs gives, for each operand of each instruction (indexed like
	// Func's operands: OpLoc(f, inst, k)), the physical register that holds
	// it at that instruction. Physical-register operands map to themselves.
	OpLocs []Loc
	// Edits are moves to insert, sorted by instruction: each goes right
	// before instruction Before, after the edits before it. Moves at one
	// point are already ordered to respect parallel-move semantics (cycles
	// broken through RegInfo.Scratch), so the emitter performs them in
	// order.
	Edits []Edit
	// Stubs are the critical edges (from a block with several successors
	// to a block with several predecessors) that need moves, sorted by
	// block and successor. Stub j's edits come after every instruction's,
	// Edits[Stubs[j].First:Stubs[j].End], with Before = len(f.Insts)+j.
	// The emitter gives each a few instructions of their own (PlaceStubs
	// says where): the edge's branch goes to them, and they end with a
	// jump to the edge's successor. Splitting every critical edge with a
	// block before allocation instead cost the allocator a block (its
	// liveness, intervals and edges) for each, most of them left empty.
	Stubs []EdgeStub
	// NumSlots is the number of 8-byte spill slots the frame needs.
	NumSlots int
	// Writes is Written(f), and Clobbers the union of f's instructions'
	// clobbers: the allocator gathers both as it goes, which costs less
	// than another pass over the code for each emitter's Preserved.
	Writes, Clobbers RegSet

	firstTo []int32 // PlaceStubs' scratch, per block
}

// EdgeStub is a critical edge that needs moves (Allocation.Stubs): the
// edge to successor Succ (an index into Succs) of Block, and its edits.
type EdgeStub struct {
	Block, Succ int
	First, End  int // Edits[First:End]
	// Inline places the stub right after its block, else after the
	// function's last block (PlaceStubs).
	Inline bool
	// Same, if not 0, is 1 + the index of an earlier stub whose code this
	// one shares: it is not laid out, its edge branches to that stub.
	Same int32
}

// PlaceStubs decides where each stub goes. A stub on an edge back (a
// loop's latch) goes right after its block: the loop falls through into
// it and jumps back, as it would through an edge block. So does the stub
// on the edge to the next block in the layout, through which the block
// falls through to that block; every other forward edge of the block
// branches to its stub after the function's blocks, out of the way, and
// back. (Inline, such a stub would sit between the block and the next,
// for the way on to jump over: in a loop that leaves on a rare edge, as
// base64's decoding loop does on a bad byte, a taken branch on every
// pass.) The stubs of a block that does not fall through stay inline.
//
// An out-of-line stub that makes the same moves as the block's first
// out-of-line stub to the same successor shares that stub's code (Same):
// a br_table's cases that pass the same values to one block, as the
// resume points of Go's functions pass their zeros. The same moves mean
// the same arguments: each live parameter gets a move unless its
// argument is in its register already, which two different values
// cannot be at the end of the block; a constant compares by value (each
// use has a register of its own), which keeps the constant that selects
// a threaded switch's case (StubLabels) the same too.
func (a *Allocation) PlaceStubs(f *Func) {
	stubs := a.Stubs
	a.firstTo = room.Len(a.firstTo, len(f.Blocks))
	clear(a.firstTo)
	for i := 0; i < len(stubs); {
		b := stubs[i].Block
		j := i + 1
		for j < len(stubs) && stubs[j].Block == b {
			j++
		}
		blk := &f.Blocks[b]
		next := slices.Index(blk.Succs, b+1) // the edge b falls through on, or -1
		for x := i; x < j; x++ {
			st := &stubs[x]
			st.Inline = blk.Succs[st.Succ] <= b || next < 0 || st.Succ == next
			st.Same = 0
			if st.Inline {
				continue
			}
			s := blk.Succs[st.Succ]
			first := a.firstTo[s] - 1 // b's first out-of-line stub to s, if at or after i
			if int(first) < i {
				a.firstTo[s] = int32(x + 1)
				continue
			}
			if a.sameMoves(f, &stubs[first], st) {
				st.Same = first + 1
			}
		}
		i = j
	}
}

// sameMoves reports whether stubs s and t make the same moves.
func (a *Allocation) sameMoves(f *Func, s, t *EdgeStub) bool {
	if s.End-s.First != t.End-t.First {
		return false
	}
	for k := range s.End - s.First {
		e, g := &a.Edits[s.First+k], &a.Edits[t.First+k]
		if e.To != g.To || e.From != g.From && !(e.From.IsConst() && g.From.IsConst() &&
			e.From.Class == g.From.Class && e.From.Wide == g.From.Wide && f.ConstOf(e.From.Reg) == f.ConstOf(g.From.Reg)) {
			return false
		}
	}
	return true
}

// StubStarts returns, for each block b, the index of its first stub in
// stubs (sorted by block), with one more entry for the end: b's stubs are
// stubs[starts[b]:starts[b+1]]. starts is reused when it has room.
func StubStarts(stubs []EdgeStub, nblocks int, starts []int32) []int32 {
	starts = slices.Grow(starts[:0], nblocks+1)[:nblocks+1]
	j := 0
	for b := range nblocks + 1 {
		for j < len(stubs) && stubs[j].Block < b {
			j++
		}
		starts[b] = int32(j)
	}
	return starts
}

// StubOf returns the stub of the edge to successor k of block b, or -1;
// starts is StubStarts' result.
func StubOf(stubs []EdgeStub, starts []int32, b, k int) int {
	lo := int(starts[b])
	if j := stubFor(stubs[lo:starts[b+1]], k); j >= 0 {
		return lo + j
	}
	return -1
}

// stubFor returns the index in stubs, one block's sorted by successor,
// of the stub for successor k, or -1. A binary search, as a br_table can
// have a stub on each of thousands of edges; by hand, since
// slices.BinarySearchFunc's call of its comparison at each step costs
// several times the step.
func stubFor(stubs []EdgeStub, k int) int {
	lo, hi := 0, len(stubs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if stubs[m].Succ < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(stubs) && stubs[lo].Succ == k {
		return lo
	}
	return -1
}

// Edit is a move inserted by the allocator.
type Edit struct {
	Before   int // instruction index
	From, To Loc
}

// Wide reports whether the edit moves a 16-byte value.
func (e *Edit) Wide() bool { return e.From.Wide }

// Preserved returns the callee-saved registers (of calleeSaved) that the
// allocated code must save and restore: those it writes, or all of them
// when one of its instructions clobbers any (a host exit: Go code
// destroys every register, including those f's callers keep values in).
func (a *Allocation) Preserved(calleeSaved RegSet) RegSet {
	if a.Clobbers&calleeSaved != 0 {
		return calleeSaved
	}
	return a.Writes & calleeSaved
}

// Written returns the registers the allocated code of f writes: those its
// instructions define and those the allocator's moves write to (what
// Writes records, recomputed: for tests and hand-made allocations).
func (a *Allocation) Written(f *Func) RegSet {
	var w RegSet
	// The instructions' operands lie back to back in f.ops, in the order
	// OpLocs follows (Add only appends): one pass over both.
	locs := a.OpLocs[:len(f.ops)]
	for k, op := range f.ops {
		if op.Kind != Use {
			if l := locs[k]; l.IsReg() {
				w = w.With(l.Reg)
			}
		}
	}
	for _, ed := range a.Edits {
		if ed.To.IsReg() {
			w = w.With(ed.To.Reg)
		}
	}
	return w
}

// OpLoc returns where operand k of instruction i lives.
func (a *Allocation) OpLoc(f *Func, i, k int) Loc {
	return a.OpLocs[int(f.Insts[i].ops.start)+k]
}

// Check reports the first disagreement between ri, the call convention cc
// and the register sets an ISA keeps beside them (written out as
// constants, not derived at start-up): registers from firstFloat up are
// floats, each allocatable register is listed once under its own class,
// scratch registers are not allocatable, all is every allocatable
// register, calleeSaved is among them and callClobbers the rest, and
// argument registers are allocatable, caller-saved and of their class.
func (ri *RegInfo) Check(cc *CallConv, firstFloat Reg, all, calleeSaved, callClobbers RegSet) error {
	if len(ri.ClassOf) != int(ri.NumRegs) {
		return fmt.Errorf("ClassOf has %d registers, NumRegs %d", len(ri.ClassOf), ri.NumRegs)
	}
	for r := range ri.NumRegs {
		if (ri.ClassOf[r] == ClassFloat) != (r >= firstFloat) {
			return fmt.Errorf("register %d: class %v", r, ri.ClassOf[r])
		}
	}
	var listed RegSet
	for c, regs := range ri.Allocatable {
		for _, r := range regs {
			if listed.Has(r) || ri.ClassOf[r] != Class(c) {
				return fmt.Errorf("allocatable register %d: twice, or not of class %d", r, c)
			}
			listed = listed.With(r)
		}
		if s := ri.Scratch[c]; listed.Has(s) || ri.ClassOf[s] != Class(c) {
			return fmt.Errorf("scratch register %d of class %d", s, c)
		}
	}
	if listed != all {
		return fmt.Errorf("all = %#x, the allocatable registers are %#x", uint64(all), uint64(listed))
	}
	if calleeSaved&^all != 0 || callClobbers != all&^calleeSaved {
		return fmt.Errorf("calleeSaved %#x, callClobbers %#x", uint64(calleeSaved), uint64(callClobbers))
	}
	for c, regs := range cc.Regs {
		for _, r := range regs {
			if !all.Has(r) || calleeSaved.Has(r) || ri.ClassOf[r] != Class(c) {
				return fmt.Errorf("argument register %d of class %d", r, c)
			}
		}
	}
	return nil
}
