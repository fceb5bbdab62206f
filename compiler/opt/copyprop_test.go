package opt

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// CopyProp skips the walk while no copy has been made since it last
// removed them all: every way of making one must make it look again.
func TestCopyPropSeesNewCopies(t *testing.T) {
	const text = `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 1
    v2:i32 = iadd v0, v1
    v3:i32 = iadd v2, v1
    return v3
}
`
	f, err := ir.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	copies := func(f *ir.Func) int {
		n := 0
		for b := range ir.Block(f.NumBlocks()) {
			for v := f.First(b); v != 0; v = f.Next(v) {
				if f.Op(v) == ir.OpCopy {
					n++
				}
			}
		}
		return n
	}
	check := func(f *ir.Func, what string) {
		t.Helper()
		CopyProp(f)
		if n := copies(f); n != 0 {
			t.Errorf("%s: %d copies left", what, n)
		}
		if err := ir.Verify(f); err != nil {
			t.Errorf("%s: %v", what, err)
		}
	}
	check(f, "none")
	ret := f.Terminator(0)
	v2 := f.Args(f.Args(ret)[0])[0]
	f.Rewrite(v2, ir.OpCopy, 0, f.Params(0)[0])
	check(f, "Rewrite")
	c := f.InsertBefore(ret, ir.OpCopy, ir.I32, 0, f.Args(ret)[0])
	f.SetArg(ret, 0, c)
	check(f, "InsertBefore")

	// The same Func (and scratch) reused for another function, as a
	// compiler's worker does, which makes as many copies as f had made.
	n := f.CopyVersion()
	f.Reset("g", ir.Signature{Params: []ir.Type{ir.I32}, Results: []ir.Type{ir.I32}})
	x := f.Params(0)[0]
	for range n {
		x = f.Append(0, ir.OpCopy, ir.I32, 0, x)
	}
	f.Terminate(0, ir.OpReturn, 0, []ir.Value{x})
	check(f, "after Reset")

	// Another function, given f's scratch, that has made as many copies:
	// only the function tells them apart.
	g, err := ir.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	for g.CopyVersion() < f.CopyVersion() {
		g.InsertBefore(g.Terminator(0), ir.OpCopy, ir.I32, 0, g.Params(0)[0])
	}
	if g.CopyVersion() != f.CopyVersion() {
		t.Fatalf("versions %d and %d", g.CopyVersion(), f.CopyVersion())
	}
	g.Scratch = f.Scratch
	check(g, "other function")
}
