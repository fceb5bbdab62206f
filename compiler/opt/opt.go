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
)

// Pass is one optimization.
type Pass struct {
	Name string
	Run  func(*ir.Func)
}

// Passes is the optimization pipeline, in order. Cleanups run again after
// the passes that expose more of them.
var Passes = []Pass{
	{"simplify-params", SimplifyParams},
	{"branch-fold", BranchFold},
	{"const-fold", ConstFold},
	{"copy-prop", CopyProp},
	{"gvn", GVN},
	{"licm", LICM},
	{"const-fold", ConstFold},
	{"branch-fold", BranchFold},
	{"simplify-params", SimplifyParams},
	{"copy-prop", CopyProp},
	{"dce", DCE},
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

// replacer maps removed values to their replacements.
type replacer struct {
	to []ir.Value
}

func newReplacer(f *ir.Func) *replacer { return &replacer{to: make([]ir.Value, f.NumValues())} }

func (r *replacer) set(from, to ir.Value) {
	for int(from) >= len(r.to) {
		r.to = append(r.to, 0)
	}
	r.to[from] = to
}

func (r *replacer) get(v ir.Value) ir.Value {
	root := v
	for int(root) < len(r.to) && r.to[root] != 0 {
		root = r.to[root]
	}
	// Point the chain straight at its end, so that a long chain of
	// replacements is walked once, not once per use.
	for v != root {
		v, r.to[v] = r.to[v], root
	}
	return root
}

// resolveArgs rewrites v's operands through the replacements.
func (r *replacer) resolveArgs(f *ir.Func, v ir.Value) {
	for i, a := range f.Args(v) {
		if b := r.get(a); b != a {
			f.SetArg(v, i, b)
		}
	}
}

// apply rewrites every operand and branch argument.
func (r *replacer) apply(f *ir.Func) { f.MapArgs(r.get) }

// edges lists, for each block, the branches into it.
type edge struct {
	term ir.Value
	idx  int
}

func predEdges(f *ir.Func) [][]edge {
	// Two passes over one backing array rather than an append per edge.
	n := f.NumBlocks()
	count := make([]int32, n+1)
	for b := 0; b < n; b++ {
		if t := f.Terminator(ir.Block(b)); t != 0 {
			for i := 0; i < f.NumTargets(t); i++ {
				count[f.Target(t, i).Block]++
			}
		}
	}
	total := int32(0)
	for i, c := range count {
		count[i] = total
		total += c
	}
	all := make([]edge, total)
	preds := make([][]edge, n)
	for b := range preds {
		preds[b] = all[count[b]:count[b]:count[b+1]]
	}
	for b := 0; b < n; b++ {
		if t := f.Terminator(ir.Block(b)); t != 0 {
			for i := 0; i < f.NumTargets(t); i++ {
				tb := f.Target(t, i).Block
				preds[tb] = append(preds[tb], edge{t, i})
			}
		}
	}
	return preds
}

// removeUnreachable removes blocks the entry cannot reach.
func removeUnreachable(f *ir.Func) bool {
	reach := make([]bool, f.NumBlocks())
	for _, b := range ir.RPO(f) {
		reach[b] = true
	}
	changed := false
	for _, b := range f.Blocks() {
		if !reach[b] {
			f.RemoveBlock(b)
			changed = true
		}
	}
	return changed
}
