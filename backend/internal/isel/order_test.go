package isel

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kilnwasm/kiln/backend/lower"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/testpaths"
)

// A loop whose latch (the edge block back to the header) reverse
// postorder puts after everything the loop's exit reaches: the order
// keeps it next to the loop.
func TestBlockOrderLoopLatch(t *testing.T) {
	f, err := ir.Parse(`func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iconst 1
    v3:i32 = isub v1, v2
    brif v3, b2, b3
b2:
    jump b1(v3)
b3:
    v4:i32 = iadd v3, v3
    jump b4
b4:
    return v4
}`)
	if err != nil {
		t.Fatal(err)
	}
	if got := ir.RPO(f); len(got) != 5 || got[4] != 2 {
		t.Fatalf("reverse postorder %v: the test expects the latch last", got)
	}
	var l layout
	got := l.blockOrder(f)
	want := []ir.Block{0, 1, 2, 3, 4}
	if len(got) != len(want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}

// A loop's short path (a block that only the header enters, back to the
// header through its edge block) comes right after the header, before
// the rest of the loop that reverse postorder puts first.
func TestBlockOrderDirectLatch(t *testing.T) {
	got := orderOf(t, `func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iconst 1
    v3:i32 = isub v1, v2
    brif v3, b2, b5
b2:
    brif v1, b3, b4
b3:
    jump b1(v3)
b4:
    return v3
b5:
    v4:i32 = iadd v1, v2
    brif v4, b6, b7
b6:
    jump b8
b7:
    jump b8
b8:
    jump b1(v4)
}`)
	if len(got) < 4 || got[1] != 1 || got[2] != 2 || got[3] != 3 {
		t.Fatalf("order %v: want the header b1, then b2 and its edge block b3", got)
	}
}

// A direct latch that the header's branch takes while its other way
// leads to an inner loop (fannkuch's flip loop: the reversal, and the
// short path when it is empty) stays after the loop's body: the body,
// likely to run, follows the header without a jump.
func TestBlockOrderLatchBeforeInnerLoop(t *testing.T) {
	got := orderOf(t, `func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    brif v1, b2, b3
b2:
    v2:i32 = iconst 1
    v3:i32 = isub v1, v2
    brif v3, b1(v3), b6
b3:
    jump b4(v1)
b4(v4:i32):
    v5:i32 = iconst 1
    v6:i32 = isub v4, v5
    brif v6, b4(v6), b5
b5:
    brif v6, b1(v6), b6
b6:
    return v1
}`)
	if len(got) < 3 || got[1] != 1 || got[2] != 3 {
		t.Fatalf("order %v: want the header b1, then the way to the inner loop, b3", got)
	}
}

// orderOf parses the function src and returns its block order, checked
// by checkOrder.
func orderOf(t *testing.T, src string) []ir.Block {
	t.Helper()
	f, err := ir.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	var l layout
	got := l.blockOrder(f)
	checkOrder(t, "f", f, got)
	return got
}

// checkOrder checks that order lists f's reachable blocks once each, the
// entry first, every block after its forward-edge predecessors, and the
// blocks of every natural loop contiguously.
func checkOrder(t *testing.T, name string, f *ir.Func, order []ir.Block) {
	t.Helper()
	dom := ir.Dominators(f)
	pos := make([]int, f.NumBlocks())
	for i := range pos {
		pos[i] = -1
	}
	for i, b := range order {
		if pos[b] >= 0 {
			t.Fatalf("%s: block %d twice in %v", name, b, order)
		}
		pos[b] = i
	}
	if len(order) != len(dom.RPO()) || order[0] != 0 {
		t.Fatalf("%s: order %v is not the %d reachable blocks from the entry", name, order, len(dom.RPO()))
	}
	preds := ir.Preds(f)
	for _, b := range order {
		for _, p := range preds[b] {
			if dom.Reachable(p) && !dom.Dominates(b, p) && pos[p] > pos[b] {
				t.Fatalf("%s: block %d comes before its predecessor %d", name, b, p)
			}
		}
		// A natural loop: b a header, its latches the predecessors it
		// dominates; its blocks reach a latch without passing b.
		in := map[ir.Block]bool{b: true}
		var work []ir.Block
		for _, p := range preds[b] {
			if dom.Reachable(p) && dom.Dominates(b, p) {
				work = append(work, p)
			}
		}
		for len(work) > 0 {
			x := work[len(work)-1]
			work = work[:len(work)-1]
			if in[x] {
				continue
			}
			in[x] = true
			work = append(work, preds[x]...)
		}
		lo, hi := len(order), -1
		for x := range in {
			lo, hi = min(lo, pos[x]), max(hi, pos[x])
		}
		if len(in) > 1 && hi-lo+1 != len(in) {
			t.Fatalf("%s: the loop of header %d (%d blocks) spans %d places of %v", name, b, len(in), hi-lo+1, order)
		}
	}
}

// The order of every function of the benchmark programs, prepared as for
// instruction selection.
func TestBlockOrderRealCode(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testpaths.RepoRoot(), "bench", "programs", "wasm", "*.wasm"))
	var l layout
	n := 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil || len(b) > 1<<20 {
			continue
		}
		m, err := wasm.Decode(b)
		if err != nil || validate.Module(m) != nil {
			continue
		}
		env := mach.NewEnv(m)
		tr := translate.New()
		for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
			f, err := tr.Function(m, i)
			if err != nil || opt.Optimize(f, false) != nil {
				continue
			}
			lower.Prepare(f, env)
			checkOrder(t, filepath.Base(file)+": "+f.Name, f, l.blockOrder(f))
			n++
		}
	}
	if n == 0 {
		t.Skip("no modules found")
	}
	t.Logf("%d functions", n)
}
