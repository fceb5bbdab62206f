// Package ir is Kiln's SSA intermediate representation.
//
// A Func is a list of blocks; each block has typed parameters (instead of
// phi nodes) and a list of instructions ending in exactly one terminator,
// which passes arguments to its successors' parameters. Every instruction
// defines at most one value, named by the Value it is: an instruction with
// several results (a call) defines a tuple, and proj instructions pick its
// elements.
//
// Storage is dense: instructions live in one slice indexed by Value,
// operands in one shared slice, so building and rewriting a function
// allocates per function and per block, never per instruction.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package ir

import "fmt"

// Type is the type of a value.
type Type uint8

// Types. Tuple is the type of a multi-result call; Void of instructions that
// define nothing (stores, terminators).
const (
	Void Type = iota
	I32
	I64
	F32
	F64
	V128
	FuncRef
	ExternRef
	Tuple
)

var typeNames = [...]string{Void: "void", I32: "i32", I64: "i64", F32: "f32", F64: "f64", V128: "v128", FuncRef: "funcref", ExternRef: "externref", Tuple: "tuple"}

func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", uint8(t))
}

// IsInt reports whether t is an integer type.
func (t Type) IsInt() bool { return t == I32 || t == I64 }

// IsFloat reports whether t is a floating-point type.
func (t Type) IsFloat() bool { return t == F32 || t == F64 }

// IsRef reports whether t is a reference type.
func (t Type) IsRef() bool { return t == FuncRef || t == ExternRef }

// Value names an instruction and the value it defines. The zero Value is
// "no value".
type Value int32

func (v Value) String() string { return fmt.Sprintf("v%d", int32(v)) }

// Block names a basic block. Block 0 is the entry.
type Block int32

func (b Block) String() string { return fmt.Sprintf("b%d", int32(b)) }

// Target is a branch target: a block and the arguments for its parameters.
type Target struct {
	Block Block
	Args  []Value
}

// inst is an instruction. Terminators keep their successors in targets.
// (48 bytes: the small fields first, so that they share a word.)
type inst struct {
	op     Op
	typ    Type
	isParm bool  // a block parameter, not in the instruction list
	block  Block // -1 when removed
	args   span  // into Func.args
	tgts   span  // into Func.targets (terminators)
	aux    int64 // constant bits, offset, index, condition, trap code, ...
	aux2   int64 // second immediate (call_indirect's table, ...)
	prev   Value
	next   Value
}

// span is the range [start, end) of an array. Unsigned, so that slicing
// with it needs no sign extension and no addition (Args is called for
// nearly every instruction by every pass and by instruction selection).
type span struct{ start, end uint32 }

func (s span) len() int { return int(s.end - s.start) }

type target struct {
	block Block
	args  span
}

type blockData struct {
	params      []Value
	first, last Value
	removed     bool
}

// Signature is a function's type.
type Signature struct {
	Params  []Type
	Results []Type
}

// Func is a function in SSA form.
type Func struct {
	Name string
	Sig  Signature
	// Index is the function's index in its module, set by the
	// translator (0 for a function made otherwise).
	Index   uint32
	insts   []inst  // index 0 unused, so that Value 0 is "none"
	pos     []int32 // source position of each instruction (Wasm body offset), -1 if none
	blocks  []blockData
	args    []Value
	targets []target
	curPos  int32     // position given to new instructions
	an      *analysis // RPO, Preds and Dominators: buffers and results
	// cfg changes whenever the control flow graph may have: blocks added
	// or removed, a block's terminator or its targets changed. The
	// analyses keep their results while it stays the same.
	cfg uint64
	// copies lists the copy instructions made since Reset or the last
	// TakeCopies.
	copies []Value

	// Scratch is left to the passes that transform f: they keep their
	// buffers there, so that a worker compiling one function after
	// another (reusing its Func, see Reset) allocates them once.
	Scratch any
}

// SetPos sets the source position recorded for instructions created from
// now on (the offset of the Wasm instruction being translated).
func (f *Func) SetPos(p int32) { f.curPos = p }

// Pos returns the source position of instruction v, or -1.
func (f *Func) Pos(v Value) int32 {
	if int(v) < len(f.pos) {
		return f.pos[v]
	}
	return -1
}

// NewFunc returns a function with an entry block whose parameters are the
// signature's parameters.
func NewFunc(name string, sig Signature) *Func {
	f := &Func{Name: name, Sig: sig, insts: make([]inst, 1, 64), pos: make([]int32, 1, 64), curPos: -1}
	entry := f.NewBlock()
	for _, t := range sig.Params {
		f.AddParam(entry, t)
	}
	return f
}

// Reset makes f an empty function again, like NewFunc, keeping its memory
// for reuse (compilers reuse one Func per worker across functions).
func (f *Func) Reset(name string, sig Signature) {
	*f = Func{Name: name, Sig: sig, insts: f.insts[:1], pos: f.pos[:1], blocks: f.blocks[:0],
		args: f.args[:0], targets: f.targets[:0], curPos: -1, an: f.an, cfg: f.cfg + 1, copies: f.copies[:0], Scratch: f.Scratch}
	f.insts[0], f.pos[0] = inst{}, 0
	entry := f.NewBlock()
	for _, t := range sig.Params {
		f.AddParam(entry, t)
	}
}

// CFGVersion returns a number that changes whenever f's control flow
// graph may have changed (see Func.cfg), Reset included: analyses outside
// this package keep their results while it stays the same.
func (f *Func) CFGVersion() uint64 { return f.cfg }

// TakeCopies returns the copy instructions made (OpCopy, new or
// rewritten) since Reset or the last TakeCopies, and forgets them: a pass
// that removes copies need not look for them. Some may have been removed
// or rewritten since, or be listed twice. The slice is valid until the
// next copy is made.
func (f *Func) TakeCopies() []Value {
	vs := f.copies
	f.copies = vs[:0]
	return vs
}

// NumValues returns one more than the largest Value.
func (f *Func) NumValues() int { return len(f.insts) }

// NumBlocks returns one more than the largest Block.
func (f *Func) NumBlocks() int { return len(f.blocks) }

// NewBlock adds an empty block.
func (f *Func) NewBlock() Block {
	f.cfg++
	n := len(f.blocks)
	if n < cap(f.blocks) {
		// Left by Reset: reuse the parameter list's memory.
		f.blocks = f.blocks[:n+1]
		f.blocks[n] = blockData{params: f.blocks[n].params[:0]}
	} else {
		f.blocks = append(f.blocks, blockData{})
	}
	return Block(n)
}

// AddParam appends a parameter of type t to block b.
func (f *Func) AddParam(b Block, t Type) Value {
	f.insts = append(f.insts, inst{op: OpParam, typ: t, block: b, isParm: true, aux: int64(len(f.blocks[b].params))})
	f.pos = append(f.pos, -1)
	v := Value(len(f.insts) - 1)
	f.blocks[b].params = append(f.blocks[b].params, v)
	return v
}

// Params returns b's parameters.
func (f *Func) Params(b Block) []Value { return f.blocks[b].params }

// Op returns v's opcode.
func (f *Func) Op(v Value) Op { return f.insts[v].op }

// Type returns v's type.
func (f *Func) Type(v Value) Type { return f.insts[v].typ }

// Aux returns v's first immediate.
func (f *Func) Aux(v Value) int64 { return f.insts[v].aux }

// Aux2 returns v's second immediate.
func (f *Func) Aux2(v Value) int64 { return f.insts[v].aux2 }

// SetAux changes v's first immediate.
func (f *Func) SetAux(v Value, aux int64) { f.insts[v].aux = aux }

// BlockOf returns the block holding v.
func (f *Func) BlockOf(v Value) Block { return f.insts[v].block }

// Args returns v's operands. The slice aliases the function's storage: it
// is valid until the function changes.
func (f *Func) Args(v Value) []Value {
	s := f.insts[v].args
	return f.args[s.start:s.end:s.end]
}

// Targets returns the successors of terminator v, with their arguments.
func (f *Func) Targets(v Value) []Target {
	s := f.insts[v].tgts
	if s.len() == 0 {
		return nil
	}
	out := make([]Target, s.len())
	for i := range out {
		t := f.targets[s.start+uint32(i)]
		out[i] = Target{Block: t.block, Args: f.args[t.args.start:t.args.end:t.args.end]}
	}
	return out
}

// NumTargets returns the number of successors of terminator v.
func (f *Func) NumTargets(v Value) int { return f.insts[v].tgts.len() }

// Target returns successor i of terminator v.
func (f *Func) Target(v Value, i int) Target {
	t := f.targets[f.insts[v].tgts.start+uint32(i)]
	return Target{Block: t.block, Args: f.args[t.args.start:t.args.end:t.args.end]}
}

// TargetBlock returns the block of successor i of terminator v: Target's
// Block, without making the slice of its arguments.
func (f *Func) TargetBlock(v Value, i int) Block {
	return f.targets[f.insts[v].tgts.start+uint32(i)].block
}

// SetTargetBlock redirects successor i of terminator v, keeping its args.
func (f *Func) SetTargetBlock(v Value, i int, b Block) {
	f.cfg++
	f.targets[f.insts[v].tgts.start+uint32(i)].block = b
}

// First returns b's first instruction, or 0.
func (f *Func) First(b Block) Value { return f.blocks[b].first }

// Last returns b's last instruction (its terminator once complete), or 0.
func (f *Func) Last(b Block) Value { return f.blocks[b].last }

// Next returns the instruction after v in its block, or 0.
func (f *Func) Next(v Value) Value { return f.insts[v].next }

// Prev returns the instruction before v in its block, or 0.
func (f *Func) Prev(v Value) Value { return f.insts[v].prev }

// Removed reports whether block b was removed.
func (f *Func) Removed(b Block) bool { return f.blocks[b].removed }

// Blocks returns the blocks that were not removed, in creation order.
func (f *Func) Blocks() []Block {
	bs := make([]Block, 0, len(f.blocks))
	for i := range f.blocks {
		if !f.blocks[i].removed {
			bs = append(bs, Block(i))
		}
	}
	return bs
}

// Succs returns the successor blocks of b (empty if b has no terminator).
func (f *Func) Succs(b Block) []Block {
	t := f.blocks[b].last
	if t == 0 || !f.insts[t].op.isTerminator() {
		return nil
	}
	s := f.insts[t].tgts
	out := make([]Block, s.len())
	for i := range out {
		out[i] = f.targets[s.start+uint32(i)].block
	}
	return out
}

// NumSuccs returns the number of successor edges of b (0 if b has no
// terminator); Succ(b, i) is the target of edge i. Unlike Succs they do
// not allocate.
func (f *Func) NumSuccs(b Block) int {
	if t := f.Terminator(b); t != 0 {
		return f.insts[t].tgts.len()
	}
	return 0
}

// Succ returns the target block of b's successor edge i.
func (f *Func) Succ(b Block, i int) Block {
	return f.targets[f.insts[f.blocks[b].last].tgts.start+uint32(i)].block
}

// Terminator returns b's terminator, or 0 if it has none yet.
func (f *Func) Terminator(b Block) Value {
	t := f.blocks[b].last
	if t != 0 && f.insts[t].op.isTerminator() {
		return t
	}
	return 0
}

// newValue adds an instruction of block b without placing it in b's list.
func (f *Func) newValue(b Block, op Op, typ Type, aux, aux2 int64, args []Value) Value {
	start := uint32(len(f.args))
	// A loop: an instruction has few operands, fewer than a call to
	// memmove is worth.
	for _, a := range args {
		f.args = append(f.args, a)
	}
	f.insts = append(f.insts, inst{op: op, typ: typ, block: b, args: span{start, uint32(len(f.args))}, aux: aux, aux2: aux2})
	f.pos = append(f.pos, f.curPos)
	v := Value(len(f.insts) - 1)
	if op == OpCopy {
		f.copies = append(f.copies, v)
	}
	return v
}

// newInst appends an instruction at the end of block b.
func (f *Func) newInst(b Block, op Op, typ Type, aux, aux2 int64, args []Value) Value {
	v := f.newValue(b, op, typ, aux, aux2, args)
	bd := &f.blocks[b]
	// b's last instruction and f.insts loaded once, for both the test
	// and the linking.
	last, insts := bd.last, f.insts
	if op.isTerminator() || last != 0 && insts[last].op.isTerminator() {
		f.cfg++ // b's terminator changes
	}
	if last == 0 {
		bd.first = v
	} else {
		insts[last].next = v
		insts[v].prev = last
	}
	bd.last = v
	return v
}

// Append adds an instruction at the end of b and returns its value.
func (f *Func) Append(b Block, op Op, typ Type, aux int64, args ...Value) Value {
	return f.newInst(b, op, typ, aux, 0, args)
}

// Append2 is Append with a second immediate.
func (f *Func) Append2(b Block, op Op, typ Type, aux, aux2 int64, args ...Value) Value {
	return f.newInst(b, op, typ, aux, aux2, args)
}

// Terminate ends b with terminator op, its operands and targets.
func (f *Func) Terminate(b Block, op Op, aux int64, args []Value, targets ...Target) Value {
	v := f.newInst(b, op, Void, aux, 0, args)
	start := uint32(len(f.targets))
	for _, t := range targets {
		as := uint32(len(f.args))
		// A loop, as in newValue: few arguments, fewer than a call to
		// memmove is worth.
		for _, a := range t.Args {
			f.args = append(f.args, a)
		}
		f.targets = append(f.targets, target{block: t.Block, args: span{as, uint32(len(f.args))}})
	}
	f.insts[v].tgts = span{start, uint32(len(f.targets))}
	return v
}

// Remove unlinks instruction v from its block. Its value must be unused.
func (f *Func) Remove(v Value) {
	in := &f.insts[v]
	bd := &f.blocks[in.block]
	if in.next == 0 {
		f.cfg++ // b's terminator may go
	}
	if in.prev != 0 {
		f.insts[in.prev].next = in.next
	} else {
		bd.first = in.next
	}
	if in.next != 0 {
		f.insts[in.next].prev = in.prev
	} else {
		bd.last = in.prev
	}
	in.prev, in.next, in.block = 0, 0, -1
}

// IsRemoved reports whether instruction v was removed.
func (f *Func) IsRemoved(v Value) bool { return f.insts[v].block < 0 }

// RemoveBlock marks b removed; its instructions are removed too.
func (f *Func) RemoveBlock(b Block) {
	f.cfg++
	for v := f.blocks[b].first; v != 0; {
		next := f.insts[v].next
		f.insts[v].block = -1
		v = next
	}
	for _, p := range f.blocks[b].params {
		f.insts[p].block = -1
	}
	f.blocks[b] = blockData{removed: true}
}

// RemoveParam deletes parameter i of block b. The caller removes the
// matching argument from every branch to b (RemoveTargetArg).
func (f *Func) RemoveParam(b Block, i int) {
	ps := f.blocks[b].params
	f.insts[ps[i]].block = -1
	ps = append(ps[:i], ps[i+1:]...)
	for j := i; j < len(ps); j++ {
		f.insts[ps[j]].aux = int64(j)
	}
	f.blocks[b].params = ps
}

// RemoveTargetArg deletes argument i of successor t of terminator v.
func (f *Func) RemoveTargetArg(v Value, t, i int) {
	tg := &f.targets[f.insts[v].tgts.start+uint32(t)]
	a := f.args[tg.args.start:tg.args.end]
	copy(a[i:], a[i+1:])
	tg.args.end--
}

// ReplaceUses makes every use of old (operands and branch arguments) use
// new instead.
func (f *Func) ReplaceUses(old, new Value) {
	for i, a := range f.args {
		if a == old {
			f.args[i] = new
		}
	}
}

// SetArg changes operand i of v.
func (f *Func) SetArg(v Value, i int, a Value) { f.args[f.insts[v].args.start+uint32(i)] = a }

// Rewrite turns v into a different instruction in place, keeping its
// position and its Value (so uses need no update); its second immediate is
// cleared (SetAux2 sets one).
func (f *Func) Rewrite(v Value, op Op, aux int64, args ...Value) {
	in := &f.insts[v]
	if op.isTerminator() || in.op.isTerminator() {
		f.cfg++
	}
	if op == OpCopy {
		f.copies = append(f.copies, v)
	}
	in.op, in.aux, in.aux2 = op, aux, 0
	if in.args.len() >= len(args) {
		copy(f.args[in.args.start:], args)
		in.args.end = in.args.start + uint32(len(args))
		return
	}
	start := uint32(len(f.args))
	f.args = append(f.args, args...)
	in.args = span{start, uint32(len(f.args))}
}

// SetAux2 changes v's second immediate.
func (f *Func) SetAux2(v Value, aux2 int64) { f.insts[v].aux2 = aux2 }

// InsertBefore adds an instruction right before at.
func (f *Func) InsertBefore(at Value, op Op, typ Type, aux int64, args ...Value) Value {
	return f.InsertBefore2(at, op, typ, aux, 0, args...)
}

// InsertBefore2 is InsertBefore with a second immediate.
func (f *Func) InsertBefore2(at Value, op Op, typ Type, aux, aux2 int64, args ...Value) Value {
	v := f.newValue(f.insts[at].block, op, typ, aux, aux2, args)
	f.linkBefore(v, at)
	return v
}

// MoveBefore moves instruction v right before instruction at.
func (f *Func) MoveBefore(v, at Value) {
	f.Remove(v)
	f.linkBefore(v, at)
}

// linkBefore places v, in no block's list, right before at.
func (f *Func) linkBefore(v, at Value) {
	b := f.insts[at].block
	in := &f.insts[v]
	in.block = b
	in.next = at
	in.prev = f.insts[at].prev
	if in.prev != 0 {
		f.insts[in.prev].next = v
	} else {
		f.blocks[b].first = v
	}
	f.insts[at].prev = v
}

// AppendTargetArg adds as as the last arguments of successor t of
// terminator v (used while building SSA, when parameters are added to a
// block that already has predecessors).
func (f *Func) AppendTargetArg(v Value, t int, as ...Value) {
	tg := &f.targets[f.insts[v].tgts.start+uint32(t)]
	if int(tg.args.end) != len(f.args) {
		// Not at the end of the shared slice: move the list there first.
		start := uint32(len(f.args))
		f.args = append(f.args, f.args[tg.args.start:tg.args.end]...)
		tg.args.start = start
	}
	f.args = append(f.args, as...)
	tg.args.end = uint32(len(f.args))
}

// TargetArg returns argument i of successor t of terminator v.
func (f *Func) TargetArg(v Value, t, i int) Value {
	tg := f.targets[f.insts[v].tgts.start+uint32(t)]
	return f.args[tg.args.start+uint32(i)]
}

// RenameArgs replaces every operand and branch argument x for which
// to[x] is not 0 by to[x] (values past the end of to stay).
func (f *Func) RenameArgs(to []Value) {
	// Passes rename every argument of the function, often: the slice in
	// a local (a store through f would reload f.args for every argument)
	// and the index as uint32 (a Value is not negative) make a loop
	// without bounds checks.
	args := f.args
	for i, a := range args {
		if x := uint32(a); int(x) < len(to) {
			if t := to[x]; t != 0 {
				args[i] = t
			}
		}
	}
}

// MoveToEnd moves instruction v to the end of block b.
func (f *Func) MoveToEnd(v Value, b Block) {
	f.Remove(v)
	f.cfg++
	in := &f.insts[v]
	bd := &f.blocks[b]
	in.block = b
	in.prev = bd.last
	if bd.last == 0 {
		bd.first = v
	} else {
		f.insts[bd.last].next = v
	}
	bd.last = v
}

// SetTarget replaces successor i of terminator v.
func (f *Func) SetTarget(v Value, i int, t Target) {
	f.cfg++
	start := uint32(len(f.args))
	f.args = append(f.args, t.Args...)
	f.targets[f.insts[v].tgts.start+uint32(i)] = target{block: t.Block, args: span{start, uint32(len(f.args))}}
}

// SetJump turns terminator v into a jump to t.
func (f *Func) SetJump(v Value, t Target) {
	f.cfg++
	in := &f.insts[v]
	in.op, in.aux, in.args = OpJump, 0, span{}
	start := uint32(len(f.targets))
	f.targets = append(f.targets, target{})
	in.tgts = span{start, start + 1}
	f.SetTarget(v, 0, t)
}
