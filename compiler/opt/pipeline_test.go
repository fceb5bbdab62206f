package opt_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// Every function of the spec suite's modules goes through the whole
// pipeline with the verifier run after each pass. Running the pipeline a
// second time must still verify, and must change nothing (comparing the
// printed IR, where values and blocks are numbered canonically) except
// for one known leftover: dce runs after the last branch-fold, so a block
// that only its dead instructions kept from being a bare jump is bypassed
// or merged by the second run. So the second run must give exactly what one
// more branch-fold after the first gives, and a third run must change
// nothing at all.
func TestPipelineOnSpecModules(t *testing.T) {
	n, before, after, leftovers, bad := 0, 0, 0, 0, 0
	report := func(format string, args ...any) {
		bad++
		if bad <= 5 {
			t.Errorf(format, args...)
		}
	}
	specFunctions(t, func(name string, i uint32, f *ir.Func) {
		before += countInsts(f)
		if err := opt.Optimize(f, true); err != nil {
			t.Errorf("%s function %d: %v\n%s", name, i, err, f)
			return
		}
		after += countInsts(f)
		n++
		first := f.String()
		if err := opt.Optimize(f, true); err != nil {
			t.Errorf("%s function %d, second run: %v", name, i, err)
			return
		}
		second := f.String()
		if second != first {
			// The text form parses back to an equal function.
			g, err := ir.Parse(first)
			if err != nil {
				t.Fatalf("%s function %d: the printed IR does not parse: %v", name, i, err)
			}
			opt.BranchFold(g)
			if want := g.String(); second != want {
				report("%s function %d: the second run changed more than a branch-fold would:\n%s", name, i, lineDiff(want, second))
				return
			}
			leftovers++
		}
		if err := opt.Optimize(f, true); err != nil {
			t.Errorf("%s function %d, third run: %v", name, i, err)
			return
		}
		if third := f.String(); third != second {
			report("%s function %d: the third run changed the function:\n%s", name, i, lineDiff(second, third))
		}
	})
	if bad > 5 {
		t.Errorf("... %d functions in all", bad)
	}
	t.Logf("%d functions: %d instructions before, %d after optimization; %d left with blocks that one more branch-fold removes", n, before, after, leftovers)
}

// BranchFold keeps the reverse postorder across the blocks it bypasses
// and merges (ir.Func.KeepRPO), for the passes after it: that order must
// be the one a new walk of the graph finds.
func TestBranchFoldKeepsRPO(t *testing.T) {
	n, bad := 0, 0
	specFunctions(t, func(name string, i uint32, f *ir.Func) {
		opt.BranchFold(f)
		kept := slices.Clone(ir.RPO(f))
		f.NewBlock() // a new version of the graph, which RPO walks again
		if fresh := ir.RPO(f); !slices.Equal(kept, fresh) {
			if bad++; bad <= 5 {
				t.Errorf("%s function %d: RPO after branch-fold %v, walking the graph %v\n%s", name, i, kept, fresh, f)
			}
		}
		n++
	})
	if n == 0 {
		t.Fatal("no function compared")
	}
}

// BranchFold on a graph that has not changed since it last left it (its
// second run in Passes, mostly) starts with the fold alone: it must leave
// what a run on a copy of the function, which starts with a full round,
// leaves.
func TestBranchFoldOnUnchangedGraph(t *testing.T) {
	n, bad := 0, 0
	specFunctions(t, func(name string, i uint32, f *ir.Func) {
		folded := false
		var at uint64
		for _, p := range opt.Passes {
			if p.Name != "branch-fold" {
				p.Run(f)
				continue
			}
			g, err := ir.Parse(f.String())
			if err != nil {
				t.Fatalf("%s function %d: the printed IR does not parse: %v", name, i, err)
			}
			if folded && f.CFGVersion() == at {
				n++
			}
			opt.BranchFold(f)
			opt.BranchFold(g)
			if got, want := f.String(), g.String(); got != want {
				if bad++; bad <= 5 {
					t.Errorf("%s function %d: branch-fold left\n%s", name, i, lineDiff(want, got))
				}
			}
			folded, at = true, f.CFGVersion()
		}
	})
	if n == 0 {
		t.Fatal("no branch-fold on an unchanged graph")
	}
	t.Logf("%d branch-folds on an unchanged graph", n)
}

// specFunctions calls fn with each function of the spec suite's valid
// modules, translated (but those with what translation does not support).
func specFunctions(t *testing.T, fn func(module string, i uint32, f *ir.Func)) {
	tr := translate.New()
	for _, file := range testpaths.SpecModules(t) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			continue
		}
		for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
			f, err := tr.Function(m, i)
			if errors.Is(err, translate.ErrUnsupported) {
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			fn(filepath.Base(file), i, f)
		}
	}
}

// lineDiff shows the lines of want and got around the first that
// differs.
func lineDiff(want, got string) string {
	la, lb := strings.Split(want, "\n"), strings.Split(got, "\n")
	k := 0
	for k < len(la) && k < len(lb) && la[k] == lb[k] {
		k++
	}
	from := max(k-3, 0)
	var sb strings.Builder
	fmt.Fprintf(&sb, "want, from line %d:\n", from+1)
	for _, l := range la[from:min(k+8, len(la))] {
		sb.WriteString("  " + l + "\n")
	}
	sb.WriteString("got:\n")
	for _, l := range lb[from:min(k+8, len(lb))] {
		sb.WriteString("  " + l + "\n")
	}
	return sb.String()
}

func countInsts(f *ir.Func) int {
	n := 0
	for _, b := range f.Blocks() {
		for v := f.First(b); v != 0; v = f.Next(v) {
			n++
		}
	}
	return n
}
