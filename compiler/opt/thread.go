package opt

import (
	"github.com/kilnwasm/kiln/compiler/ir"
)

// ThreadDispatch sends a branch that passes a constant to a dispatch
// block (one that holds nothing but a br_table on one of its parameters)
// straight to where the br_table would send it. Go's code is made so: a
// loop around the whole function whose header dispatches on a block
// number, and every jump between Go's blocks a branch back to the header
// with a constant. Threaded, those jumps go to their blocks directly and
// the loops are the program's own, not one around everything through
// which every local is passed on every jump (and live everywhere): for
// the 17.5 MB Go module, a tenth fewer instructions and four fifths fewer
// spills and reloads.
//
// A threaded branch passes the br_table's target what the br_table
// passes it, the dispatch block H's parameters replaced by the branch's
// arguments. H then no longer dominates the blocks it did: where a
// parameter of H is read outside H, the reads are rewritten as in SSA
// construction (Braun et al., "Simple and Efficient Construction of
// Static Single Assignment Form"), the parameter defined by H and, on each
// threaded branch, by the argument the branch passed to H: a block
// entered by one branch reads the value at the end of that branch, a
// block entered by several gets a parameter of its own. SimplifyParams,
// after this pass, removes those that receive a single value.
func ThreadDispatch(f *ir.Func) {
	var ts *threadScratch
	for h := range ir.Block(f.NumBlocks()) {
		k, ok := dispatchParam(f, h)
		if !ok {
			continue
		}
		if ts == nil {
			ts = &scratchOf(f).thread
		}
		threadInto(f, ts, h, k)
	}
}

// threadBudget bounds the parameters times the blocks and branches of a
// function whose dispatch block ThreadDispatch threads (a variable for
// the tests). Go's functions are far below: tens of locals, thousands of
// blocks.
var threadBudget int64 = 1 << 22

type threadScratch struct {
	edges  []edge         // the branches threaded past H
	byEdge map[edge]int32 // index in edges
	into   []bool         // per block: a threaded branch enters it
	orig   []ir.Value     // [i*np+pi]: what edges[i] passed to H's parameter pi
	args   []ir.Value
	memo   []ir.Value // [pi*nb+b]: parameter pi's value at the start of b
}

// dispatchParam reports whether block h holds nothing but a br_table on
// one of its own parameters, and that parameter's index.
func dispatchParam(f *ir.Func, h ir.Block) (int, bool) {
	t := f.Terminator(h)
	if t == 0 || f.First(h) != t || f.Op(t) != ir.OpBrTable {
		return 0, false
	}
	x := f.Args(t)[0]
	if f.Op(x) != ir.OpParam || f.BlockOf(x) != h {
		return 0, false
	}
	return int(f.Aux(x)), true
}

// threadInto threads the branches into dispatch block h, which
// dispatches on its parameter k.
func threadInto(f *ir.Func, ts *threadScratch, h ir.Block, k int) {
	ht := f.Terminator(h)
	n := f.NumTargets(ht)
	np := len(f.Params(h))
	target := func(c int64) int {
		if uint32(c) < uint32(n-1) {
			return int(uint32(c))
		}
		return n - 1
	}
	edges, orig := ts.edges[:0], ts.orig[:0]
	nedges := 0
	for b := range ir.Block(f.NumBlocks()) {
		t := f.Terminator(b)
		if t == 0 {
			continue
		}
		nedges += f.NumTargets(t)
		if b == h { // h's br_table: nothing learnt
			continue
		}
		for i := range f.NumTargets(t) {
			if f.TargetBlock(t, i) != h {
				continue
			}
			c, ok := constValue(f, f.TargetArg(t, i, k))
			if !ok || f.TargetBlock(ht, target(c)) == h {
				continue
			}
			edges = append(edges, edge{t, i})
			orig = append(orig, f.Target(t, i).Args...)
		}
	}
	ts.edges, ts.orig = edges, orig
	if len(edges) == 0 {
		return
	}
	// The rewriting keeps a value per parameter per block and may visit
	// every branch once per parameter: a dispatch block with thousands of
	// parameters in a function of thousands of blocks is left as it is.
	if int64(np)*int64(f.NumBlocks()+nedges) > threadBudget {
		return
	}
	if ts.byEdge == nil {
		ts.byEdge = map[edge]int32{}
	}
	clear(ts.byEdge)
	into := cleared(ts.into, f.NumBlocks())
	for i, e := range edges {
		in := orig[i*np : (i+1)*np]
		c, _ := constValue(f, in[k])
		dest := f.Target(ht, target(c))
		ts.args = passOn(f, ts.args[:0], dest, h, in)
		f.SetTarget(e.term, e.idx, ir.Target{Block: dest.Block, Args: ts.args})
		ts.byEdge[e] = int32(i)
		into[dest.Block] = true
	}
	ts.into = into
	// Rewrite the reads of H's parameters outside H, the threaded
	// branches' arguments among them.
	nb := f.NumBlocks()
	rw := rewriter{f: f, ts: ts, h: h, preds: predEdges(f), nb: nb, memo: cleared(ts.memo, np*nb)}
	for b := range ir.Block(nb) {
		if b == h {
			continue
		}
		for v := f.First(b); v != 0; v = f.Next(v) {
			for i, a := range f.Args(v) {
				if rw.isParam(a) {
					f.SetArg(v, i, rw.atStart(int(f.Aux(a)), b))
				}
			}
			for i := range f.NumTargets(v) {
				for j := range f.Target(v, i).Args {
					if a := f.TargetArg(v, i, j); rw.isParam(a) {
						x := rw.atStart(int(f.Aux(a)), b)
						// Target again: atStart may have moved the
						// arguments.
						f.Target(v, i).Args[j] = x
					}
				}
			}
		}
	}
	ts.memo = rw.memo
}

// rewriter rewrites the reads of the parameters of dispatch block h.
type rewriter struct {
	f     *ir.Func
	ts    *threadScratch
	h     ir.Block
	preds *predTable
	nb    int
	memo  []ir.Value
	chain []ir.Block // atStart's walks, one above the other
	// read is set when a walk returns a value it found in memo: a
	// parameter just added cannot be removed once one has been read.
	read bool
}

// isParam reports whether a is one of h's parameters: h holds nothing
// else that has a value.
func (rw *rewriter) isParam(a ir.Value) bool { return rw.f.BlockOf(a) == rw.h }

// atEnd returns parameter pi's value at the end of block b.
func (rw *rewriter) atEnd(pi int, b ir.Block) ir.Value {
	if b == rw.h {
		return rw.f.Params(b)[pi]
	}
	return rw.atStart(pi, b)
}

// onEdge returns parameter pi's value along branch e.
func (rw *rewriter) onEdge(pi int, e edge) ir.Value {
	f := rw.f
	from := f.BlockOf(e.term)
	if rw.ts.into[f.TargetBlock(e.term, e.idx)] {
		if i, ok := rw.ts.byEdge[e]; ok {
			// Threaded: what the branch passed to H, which may be one of
			// H's parameters as the branch's block has it.
			a := rw.ts.orig[int(i)*len(f.Params(rw.h))+pi]
			if rw.isParam(a) {
				return rw.atEnd(int(f.Aux(a)), from)
			}
			return a
		}
	}
	return rw.atEnd(pi, from)
}

// atStart returns parameter pi's value at the start of block b (not H).
// It walks back along single branches (each block on the way has that
// value too) to H, a threaded branch, a block entered by several
// branches, which gets a parameter, or a block without any. In reachable
// code the walk ends within as many steps as there are blocks (a circle
// of blocks has one entered from outside too); a longer one is going
// round a circle of unreachable blocks, where any value will do.
func (rw *rewriter) atStart(pi int, b ir.Block) ir.Value {
	f := rw.f
	base := len(rw.chain)
	x := b
	var v ir.Value
	for steps := 0; ; steps++ {
		if m := rw.memo[pi*rw.nb+int(x)]; m != 0 {
			rw.read = true
			v = m
			break
		}
		in := rw.preds.of(x)
		if len(in) != 1 || steps > rw.nb {
			v = rw.merge(pi, x, in)
			break
		}
		rw.chain = append(rw.chain, x)
		from := f.BlockOf(in[0].term)
		if from == rw.h || rw.ts.into[x] {
			v = rw.onEdge(pi, in[0])
			break
		}
		x = from
	}
	for _, c := range rw.chain[base:] {
		rw.memo[pi*rw.nb+int(c)] = v
	}
	rw.chain = rw.chain[:base]
	return v
}

// merge returns parameter pi's value at the start of block b, entered by
// the branches in (not one).
func (rw *rewriter) merge(pi int, b ir.Block, in []edge) ir.Value {
	f := rw.f
	at := pi*rw.nb + int(b)
	var v ir.Value
	switch {
	case len(in) > 1:
		v = f.AddParam(b, f.Type(f.Params(rw.h)[pi]))
		rw.memo[at] = v // first: a loop leads back here
		rw.read = false
		// Every branch gets its argument's place at once (v itself for
		// now): the walks below may give b parameters for other values
		// of H, whose arguments must come after.
		ai := len(f.Params(b)) - 1
		for _, e := range in {
			f.AppendTargetArg(e.term, e.idx, v)
		}
		same, trivial := ir.Value(0), true
		for _, e := range in {
			a := rw.onEdge(pi, e)
			f.Target(e.term, e.idx).Args[ai] = a
			if a != v && a != same {
				trivial = trivial && same == 0
				same = a
			}
		}
		// A parameter that receives one value, which no walk has read
		// yet and after which b got no other, goes at once (the others
		// that receive one value are SimplifyParams's).
		if trivial && same != 0 && !rw.read && ai == len(f.Params(b))-1 {
			f.RemoveParam(b, ai)
			for _, e := range in {
				f.RemoveTargetArg(e.term, e.idx, ai)
			}
			v = same
		}
		rw.read = true
	default:
		// The entry, which no read of H's parameter in reachable code
		// can reach back to without passing H or a threaded branch, an
		// unreachable block, or a walk round an unreachable circle.
		v = f.Params(rw.h)[pi]
	}
	rw.memo[at] = v
	return v
}
