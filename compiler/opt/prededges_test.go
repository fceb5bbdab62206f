package opt

import (
	"slices"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// predEdges keeps its result while the graph stays the same; every change
// to the graph, or another function, must give a fresh one.
func TestPredEdgesCache(t *testing.T) {
	const text = `func "f"(i32) -> () {
b0(v0:i32):
    brif v0, b1, b2
b1:
    jump b3
b2:
    jump b3
b3:
    return
}
`
	parse := func() *ir.Func {
		f, err := ir.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	check := func(f *ir.Func, what string) {
		t.Helper()
		want := make([][]edge, f.NumBlocks())
		for b := range ir.Block(f.NumBlocks()) {
			if tm := f.Terminator(b); tm != 0 {
				for i := range f.NumTargets(tm) {
					s := f.Target(tm, i).Block
					want[s] = append(want[s], edge{tm, i})
				}
			}
		}
		got := predEdges(f)
		if len(got.start) != len(want)+1 {
			t.Fatalf("%s: %d blocks, want %d", what, len(got.start)-1, len(want))
		}
		for b := range want {
			if g := got.of(ir.Block(b)); !slices.Equal(g, want[b]) {
				t.Errorf("%s: preds of b%d = %v, want %v", what, b, g, want[b])
			}
		}
	}
	f := parse()
	check(f, "first")
	f.SetArg(f.Terminator(0), 0, f.Params(0)[0]) // no change to the graph
	check(f, "unchanged")
	f.SetTarget(f.Terminator(0), 1, ir.Target{Block: 3})
	check(f, "SetTarget")
	f.SetJump(f.Terminator(2), ir.Target{Block: 1})
	check(f, "SetJump")
	f.Remove(f.Terminator(1))
	check(f, "Remove")

	// Another function, given f's scratch, whose graph has reached the
	// same version number: only the function tells them apart.
	g := parse()
	for g.CFGVersion() < f.CFGVersion() {
		g.SetTargetBlock(g.Terminator(1), 0, 3) // the same target
	}
	if g.CFGVersion() != f.CFGVersion() {
		t.Fatalf("versions %d and %d", g.CFGVersion(), f.CFGVersion())
	}
	g.Scratch = f.Scratch
	check(g, "other function")
}
