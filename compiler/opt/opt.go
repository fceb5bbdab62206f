// Package opt holds the IR optimization passes, run as one ordered list.
//
// Each pass takes a function in valid SSA form and leaves it valid (tests
// run ir.Verify after every pass). Passes that replace values record the
// replacement in a table and rewrite all operands once at the end, so no
// pass needs use lists.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package opt

import (
	"fmt"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/room"
)

// Pass is one optimization.
type Pass struct {
	Name string
	Run  func(*ir.Func)
}

// Passes is the optimization pipeline, in order. Cleanups run again after
// the passes that expose more of them. thread-dispatch comes first, on
// the branches as translated (its constants not yet hoisted or merged),
// and simplify-params after it removes the parameters it adds that
// receive one value. split-conditions comes late, before
// the DCE that removes the conditions it copied: the blocks it adds hold
// only a branch on a comparison, which branch-fold would not simplify,
// and the passes before it see one value instead of a chain of branches.
var Passes = []Pass{
	{"thread-dispatch", ThreadDispatch},
	{"simplify-params", SimplifyParams},
	{"branch-fold", BranchFold},
	{"const-fold", ConstFold},
	{"copy-prop", CopyProp},
	{"gvn", GVN},
	{"licm", LICM},
	{"branch-fold", BranchFold},
	{"simplify-params", SimplifyParams},
	{"loop-compares", LoopCompares},
	{"sign-guards", SignGuards},
	{"copy-prop", CopyProp},
	{"copy-loops", CopyLoops},
	{"reassociate", Reassociate},
	{"split-conditions", SplitConditions},
	{"dce", DCE},
	{"dup-latches", DupLatches},
	{"unroll", UnrollLoops},
	{"schedule", Schedule},
}

// Optimize runs Passes on f. With verify set it checks f after each pass
// and returns the first problem, naming the pass.
func Optimize(f *ir.Func, verify bool) error {
	for _, p := range Passes {
		p.Run(f)
		if verify {
			if err := ir.Verify(f); err != nil {
				return fmt.Errorf("after %s: %w", p.Name, err)
			}
		}
	}
	return nil
}

// scratch holds the passes' buffers. It lives in ir.Func.Scratch, so
// that a worker compiling one function after another reuses them.
type scratch struct {
	r        replacer
	edges    edgeBuf
	keep     []bool
	seen     []bool     // SimplifyParams
	condOver []condOver // SplitConditions
	bypass   bypass     // bypassEmptyBlocks
	values   []ir.Value // SplitConditions
	dce      dce
	args     []ir.Value    // a branch's arguments, while it is rewritten
	thread   threadScratch // ThreadDispatch
	npreds   []int32       // mergeBlocks, DupLatches
	lastPred []edge        // mergeBlocks
	licm     licmScratch   // LICM
	gvnTable gvnTable
	gvnScope []gvnEntry
	gvnStack []gvnItem
	reassoc  reassocScratch // Reassociate
	// BranchFold left the graph of foldedOf at its CFGVersion foldedAt.
	foldedOf   *ir.Func
	foldedAt   uint64
	schedStack []schedFrame // Schedule
	schedState []uint8
}

func scratchOf(f *ir.Func) *scratch {
	s, _ := f.Scratch.(*scratch)
	if s == nil {
		s = new(scratch)
		f.Scratch = s
	}
	return s
}

// cleared returns s with length n and every element zero.
func cleared[T any](s []T, n int) []T {
	s = room.Len(s, n)
	clear(s)
	return s
}

// replacer maps removed values to their replacements.
type replacer struct {
	to    []ir.Value
	dirty []ir.Value // the values with an entry in to, to clear it
}

// newReplacer returns f's replacer, emptied.
func newReplacer(f *ir.Func) *replacer {
	r := &scratchOf(f).r
	for _, v := range r.dirty {
		r.to[v] = 0
	}
	r.dirty = r.dirty[:0]
	if n := f.NumValues(); len(r.to) < n {
		r.to = append(r.to, make([]ir.Value, n-len(r.to))...)
	}
	return r
}

func (r *replacer) set(from, to ir.Value) {
	for int(from) >= len(r.to) {
		r.to = append(r.to, 0)
	}
	if r.to[from] == 0 {
		r.dirty = append(r.dirty, from)
	}
	r.to[from] = to
}

func (r *replacer) get(v ir.Value) ir.Value {
	// Called for every operand: to in a local and a uint32 index (a Value
	// is not negative) spare the walk its bounds checks.
	to := r.to
	root := v
	for {
		x := uint32(root)
		if int(x) >= len(to) || to[x] == 0 {
			break
		}
		root = to[x]
	}
	// Point the chain straight at its end, so that a long chain of
	// replacements is walked once, not once per use.
	for v != root {
		v, to[v] = to[v], root
	}
	return root
}

// resolveArgs rewrites v's operands through the replacements. Small
// enough to inline: passes call it for every instruction, mostly before
// there is any replacement.
func (r *replacer) resolveArgs(f *ir.Func, v ir.Value) {
	if len(r.dirty) != 0 {
		r.rename(f, v)
	}
}

// renameArgs is resolveArgs, reporting whether an operand changed.
func (r *replacer) renameArgs(f *ir.Func, v ir.Value) bool {
	return len(r.dirty) != 0 && r.rename(f, v)
}

// rename is resolveArgs once there are replacements. It reports whether
// an operand changed.
func (r *replacer) rename(f *ir.Func, v ir.Value) bool {
	changed := false
	for i, a := range f.Args(v) {
		if b := r.get(a); b != a {
			f.SetArg(v, i, b)
			changed = true
		}
	}
	return changed
}

// apply rewrites every operand and branch argument.
func (r *replacer) apply(f *ir.Func) {
	if len(r.dirty) == 0 {
		return
	}
	// Point every entry at the end of its chain: then one lookup per
	// argument is get.
	for _, v := range r.dirty {
		r.get(v)
	}
	f.RenameArgs(r.to)
}

// edges lists, for each block, the branches into it.
type edge struct {
	term ir.Value
	idx  int
}

type edgeBuf struct {
	// preds holds for function of and its graph of version at
	// (ir.Func.CFGVersion): passes that change only arguments, and those
	// that change nothing, leave it to the next pass. Keyed by the
	// function too, in case a scratch ever moves to another one.
	of    *ir.Func
	at    uint64
	flat  []flatEdge
	preds predTable
}

type flatEdge struct {
	to ir.Block
	e  edge
}

// predTable lists the branches into each block: those into b are
// all[start[b]:start[b+1]]. Offsets, not a slice per block: computing
// the table stores one number per block rather than a slice.
type predTable struct {
	start []int32
	all   []edge
}

// of returns the branches into b.
func (p *predTable) of(b ir.Block) []edge {
	s, e := p.start[b], p.start[b+1]
	return p.all[s:e:e]
}

// predsOf returns *preds, computing it (predEdges) the first time.
func predsOf(f *ir.Func, preds *predTable) *predTable {
	if preds.start == nil {
		*preds = *predEdges(f)
	}
	return preds
}

// predEdges returns the branches into each block. The table is f's
// scratch: valid until a call after the graph has changed, which
// computes it again.
func predEdges(f *ir.Func) *predTable {
	eb := &scratchOf(f).edges
	if eb.of == f && eb.at == f.CFGVersion() {
		return &eb.preds
	}
	n := f.NumBlocks()
	// One walk over the terminators, then a counting sort by target into
	// one backing array.
	start := cleared(eb.preds.start, n+1)
	flat := eb.flat[:0]
	for b := range ir.Block(n) {
		t := f.Terminator(b)
		if t == 0 {
			continue
		}
		for i := range f.NumTargets(t) {
			to := f.TargetBlock(t, i)
			start[to]++
			flat = append(flat, flatEdge{to, edge{t, i}})
		}
	}
	// start[b] becomes where b's edges end, then, as they are placed
	// from the last, where they start (start[n]: the total).
	total := int32(0)
	for i, c := range start {
		total += c
		start[i] = total
	}
	all := room.Len(eb.preds.all, int(total))
	for i := len(flat) - 1; i >= 0; i-- {
		fe := &flat[i]
		start[fe.to]--
		all[start[fe.to]] = fe.e
	}
	eb.flat, eb.preds = flat, predTable{start, all}
	eb.of, eb.at = f, f.CFGVersion()
	return &eb.preds
}
