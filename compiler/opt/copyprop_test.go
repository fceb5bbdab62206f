package opt

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// CopyProp looks only at the copies the function lists (ir.TakeCopies):
// every way of making one must list it, and Reset must forget those of
// the function before.
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
	insts := func(f *ir.Func) (n, copies int) {
		for b := range ir.Block(f.NumBlocks()) {
			for v := f.First(b); v != 0; v = f.Next(v) {
				n++
				if f.Op(v) == ir.OpCopy {
					copies++
				}
			}
		}
		return n, copies
	}
	check := func(f *ir.Func, what string) {
		t.Helper()
		CopyProp(f)
		if _, n := insts(f); n != 0 {
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

	// Listed twice (rewritten twice), and listed but removed since.
	v1 := f.Args(f.Args(ret)[0])[1]
	c = f.InsertBefore(ret, ir.OpCopy, ir.I32, 0, v1)
	f.Rewrite(c, ir.OpCopy, 0, f.Params(0)[0])
	f.SetArg(ret, 0, c)
	f.Remove(f.InsertBefore(ret, ir.OpCopy, ir.I32, 0, v1))
	check(f, "listed twice or removed")

	// The same Func reused for another function, as a compiler's worker
	// does: the copies f made but did not remove are not g's (one is
	// past g's values).
	f.InsertBefore(ret, ir.OpCopy, ir.I32, 0, v1)
	f.Reset("g", ir.Signature{Params: []ir.Type{ir.I32}, Results: []ir.Type{ir.I32}})
	x := f.Params(0)[0]
	for range 2 {
		x = f.Append(0, ir.OpIadd, ir.I32, 0, x, x)
	}
	f.Terminate(0, ir.OpReturn, 0, []ir.Value{x})
	CopyProp(f)
	if n, _ := insts(f); n != 3 {
		t.Errorf("after Reset: %d instructions, want 3", n)
	}
	c = f.InsertBefore(f.Terminator(0), ir.OpCopy, ir.I32, 0, x)
	f.SetArg(f.Terminator(0), 0, c)
	check(f, "after Reset")
}
