package opt

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// BranchFold stops without the merge of a last round because one call of
// mergeBlocks leaves nothing to merge. Random graphs, with chains of jumps
// numbered in both directions, loops and unreachable cycles, check that.
func TestMergeBlocksLeavesNoneToMerge(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		n := 2 + rng.IntN(12)
		f := ir.NewFunc("f", ir.Signature{Params: []ir.Type{ir.I32}})
		for range n - 1 {
			f.NewBlock()
		}
		c := f.Params(0)[0]
		to := func() ir.Target { return ir.Target{Block: ir.Block(1 + rng.IntN(n-1))} } // not the entry
		for b := range ir.Block(n) {
			switch k := rng.IntN(8); {
			case k < 5:
				f.Terminate(b, ir.OpJump, 0, nil, to())
			case k < 7:
				f.Terminate(b, ir.OpBrif, 0, []ir.Value{c}, to(), to())
			default:
				f.Terminate(b, ir.OpReturn, 0, nil)
			}
		}
		in := f.String()
		if !mergeBlocks(f) {
			continue
		}
		once := f.String()
		if mergeBlocks(f) || f.String() != once {
			t.Fatalf("graph %d: a second mergeBlocks merged more\n%s\nafter one:\n%s\nafter two:\n%s", i, in, once, f.String())
		}
		if err := ir.Verify(f); err != nil {
			t.Fatalf("graph %d: %v\n%s", i, err, f.String())
		}
	}
}

// An empty jump whose parameters no other block can use, as it does not
// dominate its target, is bypassed without the walk of paramsUsedOutside;
// one that dominates its target needs the walk, which finds the use.
func TestBypassScansOnlyWhenDominating(t *testing.T) {
	for _, c := range []struct {
		name, in, out string // out "": unchanged
		scanned       bool
	}{
		{"target-joins", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b1(v0), b2
b1(v1:i32):
    jump b3(v1)
b2:
    v2:i32 = iconst 1
    jump b3(v2)
b3(v3:i32):
    return v3
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b2(v0), b1
b1:
    v1:i32 = iconst 1
    jump b2(v1)
b2(v2:i32):
    return v2
}`, false},
		{"target-dominated", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b1(v0), b3
b1(v1:i32):
    jump b2
b2:
    v2:i32 = iadd v1, v1
    brif v2, b2, b3
b3:
    return v0
}`, "", true},
	} {
		f, err := ir.Parse(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		bypassEmptyBlocks(f)
		if scanned := scratchOf(f).bypass.scanned; scanned != c.scanned {
			t.Errorf("%s: scanned = %v, want %v", c.name, scanned, c.scanned)
		}
		if err := ir.Verify(f); err != nil {
			t.Fatalf("%s: %v\n%s", c.name, err, f)
		}
		want := c.out
		if want == "" {
			want = c.in
		}
		if got, want := f.String(), strings.TrimSpace(want); strings.TrimSpace(got) != want {
			t.Errorf("%s: got\n%s\nwant\n%s", c.name, got, want)
		}
	}
}
