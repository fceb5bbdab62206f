package opt

import (
	"math/rand/v2"
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
