// Package translate turns validated WebAssembly function bodies into SSA IR.
//
// Locals become SSA values with the on-the-fly construction of Braun et al.
// ("Simple and Efficient Construction of Static Single Assignment Form",
// CC 2013): a local's value in a block is looked up where it is read, and
// block parameters are added only where definitions from several
// predecessors meet. Wasm's structured control flow says when a block's
// predecessors are all known (a block's continuation at its end, a loop
// header at the loop's end), which is when the block is sealed.
//
// The operand stack is kept as SSA values; values that flow out of a block
// (its results, or a loop's parameters) become arguments of the branches to
// the block that receives them.
//
// FunctionValidating translates a body that has not been validated, taking
// each instruction from a validator: the body is then decoded once for
// both.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package translate

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// ErrUnsupported is wrapped by errors for instructions the compiler does not
// translate yet.
var ErrUnsupported = errors.New("not supported yet")

// Translator translates function bodies. It keeps its buffers between calls;
// use one per goroutine.
type Translator struct {
	m     *wasm.Module
	f     *ir.Func
	spare *ir.Func // handed back by Recycle
	ir    wasm.InstrReader
	val   *validate.Body // decodes and validates instead of ir, if set
	in    *wasm.Instr    // the instruction being translated
	code  []byte         // the body being translated
	own   wasm.Instr     // ir's instruction
	err   error

	stack []ir.Value
	ctrls []frame
	saved []ir.Value // an if's parameters, to restart the else arm with

	cur ir.Block
	// reachable is false in unreachable code, and while passing over the
	// ahead instructions that wrapAddress has read and translated ahead:
	// one test, on every instruction, for both.
	reachable bool
	deadDepth int // blocks opened inside unreachable code
	ahead     int

	// SSA construction state.
	blocks    []blockState // indexed by block
	sealArgs  []ir.Value   // scratch for fillParams
	fillArgs  []ir.Value   // fillParam's arguments, a stack
	sealKeep  []bool
	brTargets []ir.Target // scratch for br_table

	defs       defMap      // (block, local) -> value
	seq        int32       // the seq of the current block (blockState.seq)
	lastWrite  []lastWrite // per local: the latest block that sets it
	writes     []write     // the blocks that set each local, as lists
	alias      []ir.Value  // removed trivial parameters -> their value
	aliased    []ir.Value  // the values with an entry in alias
	localTypes []ir.Type

	// The loops with parameters that no branch targets, translated as
	// blocks (passLoop): their body offsets, ascending, found by one scan
	// of the body from the first loop with parameters on (scanned), and
	// the next one not yet reached.
	scanned    bool
	passLoops  []int32
	passAt     int
	scanIR     wasm.InstrReader
	scanIn     wasm.Instr
	scanFrames []int32

	globalTypes, tableTypes []ir.Type
}

// blockState is a block's SSA construction state. One slice of them
// rather than one slice per field: reading a local walks up through
// blocks, and looks at all three.
type blockState struct {
	preds      []edge
	incomplete []pendingParam
	// late holds the arguments of the parameters that SSA construction
	// added to the block and kept, in the parameters' order: those of
	// the j-th, one per edge in preds order, at j*len(preds). They join
	// the branches' arguments at the end of the function (flushLate):
	// given to the branches as they came, one parameter at a time, a
	// branch's arguments moved to the end of the function's storage for
	// each, leaving a dead copy behind that every pass scanning all
	// arguments went through.
	late   []ir.Value
	sealed bool
	// idom is the block that was current when this one was made: one
	// that dominates it (Wasm's control is structured: a construct's
	// blocks are entered through where it began). jump skips up that
	// chain (a skew-binary ancestor list) and depth is its length, so
	// that read finds a far dominator in logarithmic time.
	idom, jump ir.Block
	depth      int32
	// seq numbers the blocks from 1 in the order they become current
	// (enter): every branch but a loop's back edge goes to a block entered
	// later. idomSeq and jumpSeq are idom's and jump's, for read's walk.
	seq, idomSeq, jumpSeq int32
	// loop is the header of the innermost loop the block is in (0 if
	// none; a header's is itself), and loopEnd, for a header, the seq of
	// the last block entered inside its loop, once it has ended (0
	// before).
	loop    ir.Block
	loopEnd int32
}

// write is an entry in a local's list of the blocks that set it, newest
// first: prev is the one before, jump skips further back (a skew-binary
// list, as blockState's) and depth is the list's length up to it.
// Entry 0, with seq 0, ends every list.
type write struct {
	seq, prev, jump, depth int32
}

// lastWrite is a local's latest entry in writes (at) and its seq.
type lastWrite struct {
	seq, at int32
}

// edge is a branch into a block: successor idx of terminator term, which
// ends block from.
type edge struct {
	term ir.Value
	from ir.Block
	idx  int
}

type pendingParam struct {
	local uint32
	param ir.Value
}

type frame struct {
	op wasm.Opcode // OpBlock (also the function), OpLoop, OpIf, OpElse
	// unbound: next has no parameters yet (a block's, an if's or a
	// loop's with results). Branches to the label pass their arguments
	// all the same, and the end adds the parameters (bind), unless no
	// branch went there and the ways that fall through bring the same
	// values: those are the results then, so that constructs passing many
	// values on cost no parameters. A loop's next never has them: its
	// label leads to the header, and only the end falls through.
	unbound bool
	params  []wasm.ValType
	results []wasm.ValType
	height  int      // stack height below the parameters
	next    ir.Block // where the frame's end continues (params: results)
	header  ir.Block // loop header (params: the loop's parameters)
	elseB   ir.Block // if: the else arm's first block
	// thenJump is the then arm's jump to next while unbound, made without
	// arguments: the then arm's results follow the parameters in saved.
	thenJump ir.Value
	saved    int // if: index of its parameters in Translator.saved
}

// New returns a Translator.
func New() *Translator { return &Translator{} }

// Recycle hands back a function returned by Function that the caller no
// longer uses; the next Function call reuses its memory, unless f is
// huge (more than keepValues values): the translator then lets it go, so
// that the later phases of f's compilation can have its memory.
func (t *Translator) Recycle(f *ir.Func) {
	if t.f == f {
		t.f = nil
	}
	if f.NumValues() <= keepValues {
		t.spare = f
	}
}

// keepValues is the size of the largest function whose memory Recycle
// keeps (64 Ki values, about 4 MB).
const keepValues = 1 << 16

// Function translates the body of function index fidx (a function the
// module defines, not an import) of a validated module.
func (t *Translator) Function(m *wasm.Module, fidx uint32) (*ir.Func, error) {
	return t.function(m, fidx, nil)
}

// FunctionValidating is Function for a module whose bodies have not been
// validated (validate.Prepare has checked the rest): v validates each
// instruction before it is translated, so that the body is decoded once.
// An invalid body's error is v's, wrapped.
func (t *Translator) FunctionValidating(m *wasm.Module, fidx uint32, v *validate.Body) (*ir.Func, error) {
	return t.function(m, fidx, v)
}

func (t *Translator) function(m *wasm.Module, fidx uint32, v *validate.Body) (f *ir.Func, err error) {
	tablesOnce.Do(initTables)
	if fidx < m.NumImportedFuncs || fidx >= m.NumFuncs() {
		return nil, fmt.Errorf("function %d has no body", fidx)
	}
	if v != nil {
		// First: the locals' number must be checked before reset uses it.
		if err := v.Start(fidx); err != nil {
			return nil, fmt.Errorf("function %d: %w", fidx, err)
		}
	}
	defer func() {
		// Translation runs on validated input; a panic here is a compiler
		// bug, reported as an error naming the function rather than
		// taking the process down.
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("internal compiler error translating function %d: %v", fidx, r)
		}
	}()
	t.reset(m, fidx, v)
	if err := t.body(); err != nil {
		return nil, fmt.Errorf("function %d: %w", fidx, err)
	}
	t.finish()
	return t.f, nil
}

func (t *Translator) reset(m *wasm.Module, fidx uint32, v *validate.Body) {
	if t.m != m {
		t.moduleTypes(m)
	}
	t.m = m
	code := &m.Codes[fidx-m.NumImportedFuncs]
	sig := &m.Types[m.FuncTypes[fidx]]
	name := m.FuncName(fidx)
	if name == "" {
		name = fmt.Sprintf("func%d", fidx)
	}
	irSig := ir.Signature{Params: irTypes(sig.Params), Results: irTypes(sig.Results)}
	if t.spare != nil {
		t.f, t.spare = t.spare, nil
		t.f.Reset(name, irSig)
	} else {
		t.f = ir.NewFunc(name, irSig)
	}
	t.f.Index = fidx
	// Most bodies make about one value for every two bytes, and as many
	// operands.
	t.f.Reserve(len(code.Body)/2, len(code.Body)/2)
	t.err = nil
	t.stack = t.stack[:0]
	t.ctrls = t.ctrls[:0]
	t.saved = t.saved[:0]
	t.blocks = t.blocks[:0]
	t.alias, t.aliased = t.alias[:0], t.aliased[:0]
	t.fillArgs = t.fillArgs[:0]
	t.deadDepth, t.ahead = 0, 0
	t.reachable = true
	t.scanned, t.passLoops, t.passAt = false, t.passLoops[:0], 0

	t.localTypes = t.localTypes[:0]
	for _, p := range sig.Params {
		t.localTypes = append(t.localTypes, irType(p))
	}
	for _, r := range code.Locals {
		for i := uint32(0); i < r.Count; i++ {
			t.localTypes = append(t.localTypes, irType(r.Type))
		}
	}

	t.defs.reset(len(code.Body)/4, len(t.localTypes))
	t.lastWrite = slices.Grow(t.lastWrite[:0], len(t.localTypes))[:len(t.localTypes)]
	clear(t.lastWrite)
	t.writes = append(t.writes[:0], write{})

	t.cur = 0
	t.noteBlock(0)
	t.seq = 1
	b0 := &t.blocks[0]
	b0.sealed, b0.seq, b0.idom, b0.jump, b0.depth, b0.loop = true, 1, 0, 0, 0, 0
	for i, p := range t.f.Params(0) {
		t.defs.put(0, uint32(i), p)
	}
	ret := t.newBlock(sig.Results)
	t.ctrls = append(t.ctrls, frame{op: wasm.OpBlock, results: sig.Results, next: ret})
	t.val = v
	t.code = code.Body
	if v == nil {
		t.ir.Reset(code.Body, code.Offset)
		t.in = &t.own
	} else {
		t.in = v.Instr()
	}
}

func irTypes(ts []wasm.ValType) []ir.Type {
	out := make([]ir.Type, len(ts))
	for i, v := range ts {
		out[i] = irType(v)
	}
	return out
}

// newBlock creates a block with parameters of the given types.
func (t *Translator) newBlock(params []wasm.ValType) ir.Block {
	b := t.f.NewBlock()
	t.noteBlock(b)
	p := t.cur
	ps := &t.blocks[p]
	bs := &t.blocks[b]
	bs.idom, bs.depth, bs.jump, bs.loop = p, ps.depth+1, p, ps.loop
	bs.idomSeq, bs.jumpSeq = ps.seq, ps.seq
	if j := &t.blocks[ps.jump]; ps.depth-j.depth == j.depth-t.blocks[j.jump].depth {
		bs.jump, bs.jumpSeq = j.jump, j.jumpSeq
	}
	for _, p := range params {
		t.f.AddParam(b, irType(p))
	}
	return b
}

func (t *Translator) noteBlock(b ir.Block) {
	for int(b) >= len(t.blocks) {
		if n := len(t.blocks); n < cap(t.blocks) {
			// Reuse the memory of the lists that were there before reset
			// truncated blocks, for the previous function.
			t.blocks = t.blocks[:n+1]
		} else {
			t.blocks = append(t.blocks, blockState{})
		}
	}
	// newBlock sets the rest (and reset, the entry block's).
	bs := &t.blocks[b]
	bs.preds, bs.incomplete, bs.late, bs.sealed = bs.preds[:0], bs.incomplete[:0], bs.late[:0], false
}

// enter makes b the current block.
func (t *Translator) enter(b ir.Block) {
	t.cur = b
	t.seq++
	t.blocks[b].seq = t.seq
}

// set makes v the value of local x in the current block, which it adds
// to x's list of the blocks that set it.
func (t *Translator) set(x uint32, v ir.Value) {
	t.defs.put(t.cur, x, v)
	lw := &t.lastWrite[x]
	if lw.seq == t.seq {
		return
	}
	p := &t.writes[lw.at]
	e := write{seq: t.seq, prev: lw.at, jump: lw.at, depth: p.depth + 1}
	if j := &t.writes[p.jump]; p.depth-j.depth == j.depth-t.writes[j.jump].depth {
		e.jump = j.jump
	}
	*lw = lastWrite{t.seq, int32(len(t.writes))}
	t.writes = append(t.writes, e)
}

func (t *Translator) push(v ir.Value) { t.stack = append(t.stack, v) }

func (t *Translator) pop() ir.Value {
	v := t.stack[len(t.stack)-1]
	t.stack = t.stack[:len(t.stack)-1]
	return v
}

// popN removes the top n values and returns them (aliasing the stack).
func (t *Translator) popN(n int) []ir.Value {
	vs := t.stack[len(t.stack)-n:]
	t.stack = t.stack[:len(t.stack)-n]
	return vs
}

func (t *Translator) top(n int) []ir.Value { return t.stack[len(t.stack)-n:] }

func (t *Translator) emit(op ir.Op, typ ir.Type, aux int64, args ...ir.Value) ir.Value {
	return t.f.Append(t.cur, op, typ, aux, args...)
}

// emit2 is emit with a second immediate.
func (t *Translator) emit2(op ir.Op, typ ir.Type, aux, aux2 int64, args ...ir.Value) ir.Value {
	return t.f.Append2(t.cur, op, typ, aux, aux2, args...)
}

// terminate ends the current block and records the edges it creates.
func (t *Translator) terminate(op ir.Op, aux int64, args []ir.Value, targets ...ir.Target) {
	term := t.f.Terminate(t.cur, op, aux, args, targets...)
	for i, tg := range targets {
		bs := &t.blocks[tg.Block]
		bs.preds = append(bs.preds, edge{term, t.cur, i})
	}
}

func (t *Translator) jump(to ir.Block, args []ir.Value) {
	t.terminate(ir.OpJump, 0, nil, ir.Target{Block: to, Args: args})
}

// labelTarget returns the branch target of label l with its arguments
// taken from the top of the stack.
func (t *Translator) labelTarget(l uint32) ir.Target {
	fr := &t.ctrls[len(t.ctrls)-1-int(l)]
	if fr.op == wasm.OpLoop {
		return ir.Target{Block: fr.header, Args: t.top(len(fr.params))}
	}
	return ir.Target{Block: fr.next, Args: t.top(len(fr.results))}
}

// bind gives an unbound frame's next its result parameters, and the then
// arm's jump there its arguments.
func (t *Translator) bind(fr *frame) {
	for _, r := range fr.results {
		t.f.AddParam(fr.next, irType(r))
	}
	if fr.thenJump != 0 {
		t.f.AppendTargetArg(fr.thenJump, 0, t.thenResults(fr)...)
	}
	fr.unbound = false
}

// thenResults returns the values an if's then arm ended with, saved by
// elseArm while the frame was unbound.
func (t *Translator) thenResults(fr *frame) []ir.Value {
	i := fr.saved + len(fr.params)
	return t.saved[i : i+len(fr.results)]
}

func (t *Translator) body() error {
	for len(t.ctrls) > 0 {
		var err error
		if t.val != nil {
			// Here rather than in next: one call less per instruction.
			err = t.val.Next()
		} else {
			err = t.next()
		}
		if err != nil {
			return err
		}
		if !t.reachable {
			t.skip()
			continue
		}
		t.f.SetPos(int32(t.in.Offset))
		t.step()
		if t.err != nil {
			return t.err
		}
	}
	return nil
}

// next reads the next instruction of a validated body into t.in (body
// takes it from the validator otherwise, whose body ends with the
// translator's, at the function's final end: it has one while any frame
// is open).
func (t *Translator) next() error {
	if !t.ir.More() {
		return errors.New("body ends inside a block")
	}
	return t.ir.Next(&t.own)
}

// skip handles an instruction not translated: one translated ahead, or
// one in unreachable code, where only the block structure matters.
func (t *Translator) skip() {
	if t.ahead > 0 {
		t.ahead--
		t.reachable = t.ahead == 0 // as it was before wrapAddress
		return
	}
	switch t.in.Op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpIf:
		t.deadDepth++
	case wasm.OpElse:
		if t.deadDepth == 0 {
			t.elseArm()
		}
	case wasm.OpEnd:
		if t.deadDepth > 0 {
			t.deadDepth--
		} else {
			t.end()
		}
	}
}

func (t *Translator) blockType(bt wasm.BlockType) (params, results []wasm.ValType) {
	switch bt.Kind {
	case wasm.BlockValue:
		return nil, singleResult[bt.Value]
	case wasm.BlockIndex:
		ft := &t.m.Types[bt.Index]
		return ft.Params, ft.Results
	}
	return nil, nil
}

// singleResult holds one-element result lists for block types given as a
// value type (a literal: no init work).
var singleResult = [256][]wasm.ValType{
	wasm.I32: {wasm.I32}, wasm.I64: {wasm.I64}, wasm.F32: {wasm.F32}, wasm.F64: {wasm.F64},
	wasm.V128: {wasm.V128}, wasm.FuncRef: {wasm.FuncRef}, wasm.ExternRef: {wasm.ExternRef},
}

// elseArm starts the else arm of the innermost if.
func (t *Translator) elseArm() {
	fr := &t.ctrls[len(t.ctrls)-1]
	switch {
	case !t.reachable:
	case fr.unbound:
		t.jump(fr.next, nil)
		preds := t.blocks[fr.next].preds
		fr.thenJump = preds[len(preds)-1].term
		t.saved = append(t.saved, t.top(len(fr.results))...)
	default:
		t.jump(fr.next, t.top(len(fr.results)))
	}
	t.stack = append(t.stack[:fr.height], t.saved[fr.saved:fr.saved+len(fr.params)]...)
	t.enter(fr.elseB)
	t.reachable = true
	fr.op = wasm.OpElse
}

// end closes the innermost frame.
func (t *Translator) end() {
	if fr := &t.ctrls[len(t.ctrls)-1]; fr.unbound {
		if t.endUnbound(fr) {
			return
		}
		t.bind(fr)
	}
	fr := t.ctrls[len(t.ctrls)-1]
	if t.reachable {
		t.jump(fr.next, t.top(len(fr.results)))
	}
	if fr.op == wasm.OpIf {
		// No else arm: the parameters flow through as the results.
		t.enter(fr.elseB)
		t.jump(fr.next, t.saved[fr.saved:fr.saved+len(fr.params)])
	}
	if fr.op == wasm.OpIf || fr.op == wasm.OpElse {
		t.saved = t.saved[:fr.saved]
	}
	if fr.op == wasm.OpLoop {
		t.closeLoop(&fr)
	}
	t.seal(fr.next)
	t.ctrls = t.ctrls[:len(t.ctrls)-1]
	t.stack = append(t.stack[:fr.height], t.f.Params(fr.next)[:len(fr.results)]...)
	t.enter(fr.next)
	t.reachable = len(t.blocks[fr.next].preds) > 0
	if len(t.ctrls) == 0 && t.reachable {
		// The function's end: return the results.
		t.terminate(ir.OpReturn, 0, t.stack[len(t.stack)-len(fr.results):])
	}
}

// endUnbound closes an unbound frame if no branch went to its label and
// every way that falls through to its end brings the same values: they
// are the results, with no parameters (and the stack is cut to the
// frame's height when none does: nothing reads it). It reports whether it
// did.
func (t *Translator) endUnbound(fr *frame) bool {
	branches := len(t.blocks[fr.next].preds)
	if fr.thenJump != 0 {
		branches--
	}
	if branches > 0 {
		return false
	}
	var results []ir.Value
	n := 0
	same := func(vs []ir.Value) bool {
		n++
		if n == 1 {
			results = vs
		}
		return slices.Equal(vs, results)
	}
	if fr.thenJump != 0 && !same(t.thenResults(fr)) ||
		t.reachable && !same(t.top(len(fr.results))) ||
		fr.op == wasm.OpIf && !same(t.saved[fr.saved:fr.saved+len(fr.params)]) {
		return false
	}
	if t.reachable {
		t.jump(fr.next, nil)
	}
	if fr.op == wasm.OpIf {
		t.enter(fr.elseB)
		t.jump(fr.next, nil)
	}
	t.stack = append(t.stack[:fr.height], results...)
	if fr.op == wasm.OpIf || fr.op == wasm.OpElse {
		t.saved = t.saved[:fr.saved]
	}
	if fr.op == wasm.OpLoop {
		t.closeLoop(fr)
	}
	t.seal(fr.next)
	t.ctrls = t.ctrls[:len(t.ctrls)-1]
	t.enter(fr.next)
	t.reachable = n > 0
	return true
}

// closeLoop seals the header of the loop ending here, and removes its
// parameters that every back edge passes on unchanged (all of them if
// none branches back, as when the branches are unreachable): their
// values are those the loop was entered with. Loops passing a hundred
// values on would take them through every pass until SimplifyParams.
func (t *Translator) closeLoop(fr *frame) {
	h := fr.header
	t.seal(h)
	t.blocks[h].loopEnd = t.seq
	n := len(fr.params)
	if n == 0 {
		return
	}
	f := t.f
	preds := t.blocks[h].preds // preds[0] is the entry
	params := f.Params(h)
	keep := t.sealKeep[:0]
	for range params {
		keep = append(keep, true)
	}
	removed := false
	in := f.Target(preds[0].term, preds[0].idx).Args
	for j, p := range params[:n] {
		same := t.resolve(in[j])
		trivial := true
		for _, e := range preds[1:] {
			if a := t.resolve(f.TargetArg(e.term, e.idx, j)); a != p && a != same {
				trivial = false
				break
			}
		}
		if trivial {
			keep[j] = false
			t.setAlias(p, same)
			removed = true
		}
	}
	if removed {
		// The branches' arguments are the n parameters' so far: those of
		// the ones SSA construction kept join them at the end.
		for _, e := range preds {
			f.KeepTargetArgs(e.term, e.idx, keep[:n])
		}
		f.KeepParams(h, keep)
	}
	t.sealKeep = keep
}

func (t *Translator) fail(format string, args ...any) {
	if t.err == nil {
		t.err = fmt.Errorf("%v at body offset 0x%x: %s", t.in.Op, t.in.Offset, fmt.Sprintf(format, args...))
	}
}

// wrapAddress translates "i64.extend_i32_u; i64.const c; i64.add;
// i32.wrap_i64" (Go's code computes its stack addresses so), met at the
// extension, as the i32.add of x and c it equals: a quarter of a Go
// module's instructions would otherwise be these, through every pass, and
// the access would need both the 64-bit sum and its truncation. It reads
// the next three instructions ahead, and body passes over them as they
// come (t.ahead, with t.reachable false): emitting the three 64-bit
// instructions, to replace them at the wrap, cost more than the rest of
// their translation. The four must be adjacent: a local.tee between them
// would keep a value that the replacement drops. It reports whether it
// did.
func (t *Translator) wrapAddress() bool {
	code, off := t.code, t.in.Offset+1 // the extension is one byte
	if off >= len(code) || wasm.Opcode(code[off]) != wasm.OpI64Const {
		return false
	}
	c, add := wasm.ReadS64(code, off+1)
	if add < 0 || add+1 >= len(code) || wasm.Opcode(code[add]) != wasm.OpI64Add || wasm.Opcode(code[add+1]) != wasm.OpI32WrapI64 {
		return false
	}
	x := t.pop()
	// The position of the wrap, whose value they are.
	t.f.SetPos(int32(add + 1))
	t.push(t.emit(ir.OpIadd, ir.I32, 0, x, t.emit(ir.OpIconst, ir.I32, int64(int32(c)))))
	t.ahead, t.reachable = 3, false
	return true
}

// step translates the instruction in t.in.
func (t *Translator) step() {
	in := t.in
	op := in.Op
	switch op >> 8 {
	case 0:
		// Pointers into the tables: copying their entries for every
		// instruction was felt.
		if s := &plainSimple[op]; s.valid {
			if op == wasm.OpI64ExtendI32U && t.wrapAddress() {
				return
			}
			args := t.popN(int(s.nargs))
			t.push(t.emit(s.op, s.typ, s.aux, args...))
			return
		}
		if mo := &memOps[op]; mo.op != ir.OpInvalid {
			if mo.store {
				args := t.popN(2)
				t.emit(mo.op, ir.Void, int64(in.MemOffset), args...)
			} else {
				t.push(t.emit(mo.op, mo.typ, int64(in.MemOffset), t.pop()))
			}
			return
		}
	case 0xFC:
		if s := fcSimple[op&0xff]; s.valid {
			t.push(t.emit(s.op, s.typ, s.aux, t.pop()))
			return
		}
	case 0xFD:
		if s := vecOps[op&0xff]; s.valid {
			t.vector(s)
			return
		}
	}
	switch op {
	case wasm.OpNop:
	case wasm.OpUnreachable:
		t.terminate(ir.OpTrap, int64(abi.TrapUnreachable), nil)
		t.reachable = false
	case wasm.OpBlock, wasm.OpLoop:
		params, results := t.blockType(in.Block)
		// A loop with parameters that no branch targets is a block: its
		// parameters stay the values it was entered with rather than
		// become the header's, to be found trivial at its end (nested
		// loops passing a hundred values on made a hundred parameters for
		// every three bytes).
		if op == wasm.OpBlock || len(params) > 0 && t.passLoop(in.Offset) {
			t.ctrls = append(t.ctrls, frame{op: wasm.OpBlock, params: params, results: results,
				height: len(t.stack) - len(params), next: t.newBlock(nil), unbound: len(results) > 0})
			break
		}
		header := t.newBlock(params)
		next := t.newBlock(nil)
		t.jump(header, t.top(len(params)))
		height := len(t.stack) - len(params)
		t.stack = append(t.stack[:height], t.f.Params(header)...)
		t.enter(header)
		t.blocks[header].loop, t.blocks[header].loopEnd = header, 0
		t.ctrls = append(t.ctrls, frame{op: op, params: params, results: results, height: height, next: next, header: header,
			unbound: len(results) > 0})
	case wasm.OpIf:
		params, results := t.blockType(in.Block)
		cond := t.pop()
		then, els, next := t.newBlock(nil), t.newBlock(nil), t.newBlock(nil)
		t.terminate(ir.OpBrif, 0, []ir.Value{cond}, ir.Target{Block: then}, ir.Target{Block: els})
		t.seal(then)
		t.seal(els)
		saved := len(t.saved)
		t.saved = append(t.saved, t.top(len(params))...)
		t.ctrls = append(t.ctrls, frame{op: op, params: params, results: results,
			height: len(t.stack) - len(params), next: next, elseB: els, saved: saved, unbound: len(results) > 0})
		t.enter(then)
	case wasm.OpElse:
		t.elseArm()
	case wasm.OpEnd:
		t.end()
	case wasm.OpBr:
		t.terminate(ir.OpJump, 0, nil, t.labelTarget(in.Index))
		t.reachable = false
	case wasm.OpBrIf:
		cond := t.pop()
		cont := t.newBlock(nil)
		t.terminate(ir.OpBrif, 0, []ir.Value{cond}, t.labelTarget(in.Index), ir.Target{Block: cont})
		t.seal(cont)
		t.enter(cont)
	case wasm.OpBrTable:
		idx := t.pop()
		targets := t.brTargets[:0]
		for _, l := range in.Labels {
			targets = append(targets, t.labelTarget(l))
		}
		targets = append(targets, t.labelTarget(in.Index))
		t.terminate(ir.OpBrTable, 0, []ir.Value{idx}, targets...)
		t.brTargets = targets
		t.reachable = false
	case wasm.OpReturn:
		t.terminate(ir.OpReturn, 0, t.top(len(t.ctrls[0].results)))
		t.reachable = false
	case wasm.OpCall:
		ft := &t.m.Types[t.m.FuncTypes[in.Index]]
		args := t.popN(len(ft.Params))
		t.call(ir.OpCall, int64(in.Index), 0, ft, args)
	case wasm.OpCallIndirect:
		ft := &t.m.Types[in.Index]
		idx := t.pop()
		args := append([]ir.Value{idx}, t.popN(len(ft.Params))...)
		t.call(ir.OpCallIndirect, int64(in.Index), int64(in.Index2), ft, args)
	case wasm.OpDrop:
		t.pop()
	case wasm.OpSelect, wasm.OpSelectT:
		c := t.pop()
		b := t.pop()
		a := t.pop()
		t.push(t.emit(ir.OpSelect, t.f.Type(a), 0, c, a, b))
	case wasm.OpLocalGet:
		t.push(t.read(in.Index, t.cur))
	case wasm.OpLocalSet:
		t.set(in.Index, t.pop())
	case wasm.OpLocalTee:
		t.set(in.Index, t.stack[len(t.stack)-1])
	case wasm.OpGlobalGet:
		t.push(t.emit(ir.OpGlobalGet, t.globalType(in.Index), int64(in.Index)))
	case wasm.OpGlobalSet:
		t.emit(ir.OpGlobalSet, ir.Void, int64(in.Index), t.pop())
	case wasm.OpI32Const, wasm.OpI64Const, wasm.OpF32Const, wasm.OpF64Const:
		t.push(t.constant(op, in.Const))
	case wasm.OpMemorySize:
		t.push(t.emit(ir.OpMemSize, ir.I32, 0))
	case wasm.OpMemoryGrow:
		t.push(t.emit(ir.OpMemGrow, ir.I32, 0, t.pop()))
	case wasm.OpMemoryCopy:
		t.emit(ir.OpMemCopy, ir.Void, 0, t.popN(3)...)
	case wasm.OpMemoryFill:
		t.emit(ir.OpMemFill, ir.Void, 0, t.popN(3)...)
	case wasm.OpMemoryInit:
		t.emit(ir.OpMemInit, ir.Void, int64(in.Index), t.popN(3)...)
	case wasm.OpDataDrop:
		t.emit(ir.OpDataDrop, ir.Void, int64(in.Index))
	case wasm.OpRefNull:
		t.push(t.emit(ir.OpRefNull, irType(in.Type), 0))
	case wasm.OpRefIsNull:
		t.push(t.emit(ir.OpRefIsNull, ir.I32, 0, t.pop()))
	case wasm.OpRefFunc:
		t.push(t.emit(ir.OpRefFunc, ir.FuncRef, int64(in.Index)))
	case wasm.OpTableGet:
		t.push(t.emit(ir.OpTableGet, t.tableType(in.Index), int64(in.Index), t.pop()))
	case wasm.OpTableSet:
		t.emit(ir.OpTableSet, ir.Void, int64(in.Index), t.popN(2)...)
	case wasm.OpTableSize:
		t.push(t.emit(ir.OpTableSize, ir.I32, int64(in.Index)))
	case wasm.OpTableGrow:
		t.push(t.emit(ir.OpTableGrow, ir.I32, int64(in.Index), t.popN(2)...))
	case wasm.OpTableFill:
		t.emit(ir.OpTableFill, ir.Void, int64(in.Index), t.popN(3)...)
	case wasm.OpTableCopy:
		t.emit2(ir.OpTableCopy, ir.Void, int64(in.Index), int64(in.Index2), t.popN(3)...)
	case wasm.OpTableInit:
		t.emit2(ir.OpTableInit, ir.Void, int64(in.Index), int64(in.Index2), t.popN(3)...)
	case wasm.OpElemDrop:
		t.emit(ir.OpElemDrop, ir.Void, int64(in.Index))
	case wasm.OpV128Const:
		lo, hi := v128Halves(&in.V128)
		t.push(t.emit2(ir.OpVconst, ir.V128, lo, hi))
	case wasm.OpI8x16Shuffle:
		lo, hi := v128Halves(&in.V128)
		t.push(t.emit2(ir.OpVshuffle, ir.V128, lo, hi, t.popN(2)...))
	default:
		if op>>8 == 0xFD {
			// A SIMD opcode the decoder knows and vecOps does not: a
			// proposal beyond Wasm 2.0.
			t.err = fmt.Errorf("%v: %w", op, ErrUnsupported)
			return
		}
		t.fail("no translation")
	}
}

// passLoop reports whether the loop with parameters at body offset off is
// one that no branch targets. The first call scans the rest of the body:
// the loops are met in order, and most bodies have none with parameters,
// so that nothing is decoded twice for them.
func (t *Translator) passLoop(off int) bool {
	if !t.scanned {
		t.scanLoops(off)
	}
	ls := t.passLoops
	for t.passAt < len(ls) && int(ls[t.passAt]) < off {
		t.passAt++ // a loop in unreachable code, not translated
	}
	return t.passAt < len(ls) && int(ls[t.passAt]) == off
}

// scanLoops sets passLoops from the body's instructions from offset from
// on. Branches to the constructs opened before from do not matter: their
// loops have been translated. Every instruction that branches to a label
// (those that call labelTarget) must be seen here: a loop it targets
// translated as a block would be miscompiled.
func (t *Translator) scanLoops(from int) {
	t.scanned = true
	loops := t.passLoops[:0]
	// Per construct opened since from: its index in loops (-1 if not a
	// loop with parameters), which a branch to it sets to -1.
	frames := t.scanFrames[:0]
	r, in := &t.scanIR, &t.scanIn
	r.Reset(t.code[from:], 0)
	target := func(l uint32) {
		if int(l) < len(frames) {
			if k := frames[len(frames)-1-int(l)]; k >= 0 {
				loops[k] = -1
			}
		}
	}
	for r.More() {
		if r.Next(in) != nil {
			// A body the validator will reject: none is passed.
			loops = loops[:0]
			break
		}
		switch in.Op {
		case wasm.OpBlock, wasm.OpIf:
			frames = append(frames, -1)
		case wasm.OpLoop:
			k := int32(-1)
			if bt := in.Block; bt.Kind == wasm.BlockIndex && int(bt.Index) < len(t.m.Types) && len(t.m.Types[bt.Index].Params) > 0 {
				k = int32(len(loops))
				loops = append(loops, int32(from+in.Offset))
			}
			frames = append(frames, k)
		case wasm.OpEnd:
			if len(frames) > 0 {
				frames = frames[:len(frames)-1]
			}
		case wasm.OpBr, wasm.OpBrIf:
			target(in.Index)
		case wasm.OpBrTable:
			for _, l := range in.Labels {
				target(l)
			}
			target(in.Index)
		}
	}
	t.passLoops = slices.DeleteFunc(loops, func(off int32) bool { return off < 0 })
	t.scanFrames = frames
}

// vector emits the SIMD instruction s describes.
func (t *Translator) vector(s vecSimple) {
	in := t.in
	aux, aux2 := int64(s.shape), int64(s.cond)
	switch s.imm {
	case vecLane:
		aux2 = int64(in.Lane)
	case vecMem:
		aux, aux2 = int64(in.MemOffset), int64(s.shape)
	case vecMemLane:
		aux, aux2 = int64(in.MemOffset), ir.LaneAux2(s.shape, int(in.Lane))
	}
	v := t.emit2(s.op, s.typ, aux, aux2, t.popN(int(s.nargs))...)
	if s.typ != ir.Void {
		t.push(v)
	}
}

// v128Halves returns the low and high 64 bits of a v128 immediate (Wasm
// stores it little-endian): vconst's and vshuffle's aux and aux2.
func v128Halves(b *[16]byte) (lo, hi int64) {
	return int64(binary.LittleEndian.Uint64(b[:8])), int64(binary.LittleEndian.Uint64(b[8:]))
}

func (t *Translator) constant(op wasm.Opcode, bits uint64) ir.Value {
	switch op {
	case wasm.OpI32Const:
		return t.emit(ir.OpIconst, ir.I32, int64(int32(bits)))
	case wasm.OpI64Const:
		return t.emit(ir.OpIconst, ir.I64, int64(bits))
	case wasm.OpF32Const:
		return t.emit(ir.OpFconst, ir.F32, int64(uint32(bits)))
	default:
		return t.emit(ir.OpFconst, ir.F64, int64(bits))
	}
}

// call emits a call and pushes its results: a tuple's elements are picked
// with proj.
func (t *Translator) call(op ir.Op, aux, aux2 int64, ft *wasm.FuncType, args []ir.Value) {
	var typ ir.Type
	switch len(ft.Results) {
	case 0:
		typ = ir.Void
	case 1:
		typ = irType(ft.Results[0])
	default:
		typ = ir.Tuple
	}
	v := t.emit2(op, typ, aux, aux2, args...)
	if len(ft.Results) == 1 {
		t.push(v)
	} else {
		for i, r := range ft.Results {
			t.push(t.emit(ir.OpProj, irType(r), int64(i), v))
		}
	}
}

func (t *Translator) globalType(idx uint32) ir.Type { return t.globalTypes[idx] }

func (t *Translator) tableType(idx uint32) ir.Type { return t.tableTypes[idx] }

// moduleTypes caches the types of the module's globals and tables.
func (t *Translator) moduleTypes(m *wasm.Module) {
	t.globalTypes = t.globalTypes[:0]
	t.tableTypes = t.tableTypes[:0]
	for i := range m.Imports {
		switch imp := &m.Imports[i]; imp.Kind {
		case wasm.ExternGlobal:
			t.globalTypes = append(t.globalTypes, irType(imp.Global.Type))
		case wasm.ExternTable:
			t.tableTypes = append(t.tableTypes, irType(imp.Table.Elem))
		}
	}
	for i := range m.Globals {
		t.globalTypes = append(t.globalTypes, irType(m.Globals[i].Type.Type))
	}
	for i := range m.Tables {
		t.tableTypes = append(t.tableTypes, irType(m.Tables[i].Elem))
	}
}

// finish resolves removed parameters and drops unreachable blocks.
func (t *Translator) finish() {
	f := t.f
	t.flushLate()
	if len(t.alias) > 0 {
		// Point every alias at the end of its chain: then one lookup per
		// argument resolves it. (The list, not alias, mostly zeros.)
		for _, v := range t.aliased {
			t.alias[v] = t.resolve(v)
		}
		f.RenameArgs(t.alias)
	}
	ir.RemoveUnreachable(f)
}
