package mach

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestWrap checks where Wrap puts the saves and restores of the
// callee-saved registers r12 and r13 in small functions. Each block is
// written "SUCCS: OPS; LAST": its successors, the preserved registers its
// instruction reads (rN) and writes (wN), and its last instruction (ret,
// jmp, or br for a branch with several successors). The result lists the
// blocks that save (S), restore before their last instruction (R), and
// the edges that restore on the way out (b->s), or "prologue".
func TestWrap(t *testing.T) {
	cases := []struct {
		name   string
		blocks []string
		stubs  [][3]int // edges with allocator moves: from, to, register read
		want   string
	}{
		{"an early return skips the saves",
			[]string{"1 2: ; br", ": ; ret", ": w12 r12; ret"}, nil,
			"S2 R2"},
		{"a jump out of the region to a shared return",
			[]string{"1 2: ; br", "3: w12 r12; jmp", "3: ; jmp", ": ; ret"}, nil,
			"S1 R1"},
		{"a branch out of the region",
			[]string{"1 3: ; br", "2 3: w12; br", "3: r12; jmp", ": ; ret"}, nil,
			"S1 R2 1->3"},
		{"the branch out has the allocator's moves, which read r12 first",
			[]string{"1 3: ; br", "2 3: w12; br", "3: r12; jmp", ": ; ret"}, [][3]int{{1, 3, 12}},
			"S1 R2 1->3(stub)"},
		{"two regions",
			[]string{"1 4: ; br", "2 3: ; br", "5: w12 r12; jmp", "5: w13 r13; jmp", ": ; ret", ": ; ret"}, nil,
			"S2 S3 R2 R3"},
		// Each region would save and restore once more on the path
		// through both.
		{"a path through two regions",
			[]string{"1 2: ; br", "2: w12 r12; jmp", "3 5: ; br", "4: w13 r13; jmp", ": ; ret", ": ; ret"}, nil,
			"prologue"},
		{"every path passes the region",
			[]string{"1: ; jmp", "2: w12 r12; jmp", ": ; ret"}, nil,
			"prologue"},
		{"the region's first block on a cycle",
			[]string{"1 2: ; br", "1 2: w12 r12; br", ": ; ret"}, nil,
			"prologue"},
		// The loop stays whole in the region, which starts before it.
		{"a loop after the region's first block",
			[]string{"1 3: ; br", "2: w12; jmp", "2 3: r12 w12; br", ": ; ret"}, nil,
			"S1 2->3"},
		{"a value live out of the region",
			[]string{"1 2: ; br", "3: w12; jmp", "3: w12; jmp", ": r12; ret"}, nil,
			"prologue"},
		{"the entry writes",
			[]string{"1 2: w12; br", ": ; ret", ": r12; ret"}, nil,
			"prologue"},
	}
	for _, tc := range cases {
		f, alloc, term := wrapFunc(t, tc.blocks, tc.stubs)
		n := len(f.Blocks)
		var w Wrap
		skip, dispatch, on := make([]bool, n), make([]bool, n), make([]int32, n)
		for b := range on {
			on[b] = -1
		}
		w.Place(f, alloc, RegSet(1<<12|1<<13), term, skip, dispatch, on)
		var x ExitStubs[string]
		x.Lay(f, alloc, &w, func() string { return "" })
		if got := wrapResult(f, &w, &x); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// wrapFunc builds TestWrap's function from its text.
func wrapFunc(t *testing.T, blocks []string, stubs [][3]int) (*Func, *Allocation, func(int) Term) {
	f := NewFunc(16)
	alloc := &Allocation{}
	var terms []Term
	succs := make([][]int, len(blocks))
	for b, s := range blocks {
		head, body, _ := strings.Cut(s, ":")
		ops, last, _ := strings.Cut(body, ";")
		for _, w := range strings.Fields(head) {
			var to int
			fmt.Sscan(w, &to)
			succs[b] = append(succs[b], to)
		}
		f.NewBlock()
		for _, w := range strings.Fields(ops) {
			var r int
			fmt.Sscan(w[1:], &r)
			kind := Use
			if w[0] == 'w' {
				kind = Def
			}
			f.Add(b, 0, 0, Operand{Reg(r), kind})
			alloc.OpLocs = append(alloc.OpLocs, RegLoc(Reg(r), ClassInt))
			terms = append(terms, TermOther)
		}
		f.Add(b, 0, 0)
		switch strings.TrimSpace(last) {
		case "ret":
			terms = append(terms, TermRet)
		case "jmp":
			terms = append(terms, TermJump)
		case "br":
			terms = append(terms, TermOther)
		default:
			t.Fatalf("block %d: last instruction %q", b, last)
		}
	}
	for b, ss := range succs {
		for _, s := range ss {
			f.AddEdge(b, s)
		}
	}
	for j, st := range stubs {
		k := slices.Index(f.Blocks[st[0]].Succs, st[1])
		from := RegLoc(Reg(st[2]), ClassInt)
		alloc.Edits = append(alloc.Edits, Edit{Before: len(f.Insts) + j, From: from, To: RegLoc(5, ClassInt)})
		alloc.Stubs = append(alloc.Stubs, EdgeStub{Block: st[0], Succ: k, First: j, End: j + 1})
	}
	return f, alloc, func(i int) Term { return terms[i] }
}

func wrapResult(f *Func, w *Wrap, x *ExitStubs[string]) string {
	if !w.Wrapped() {
		return "prologue"
	}
	var out []string
	for b := range f.Blocks {
		if w.Saves(b) {
			out = append(out, fmt.Sprint("S", b))
		}
	}
	for b := range f.Blocks {
		if w.Restores(b) {
			out = append(out, fmt.Sprint("R", b))
		}
	}
	for b := range f.Blocks {
		for k, s := range f.Blocks[b].Succs {
			if w.Leaves(f, b, k) {
				e := fmt.Sprintf("%d->%d", b, s)
				if _, ok := x.Target(b, k); !ok {
					e += "(stub)"
				}
				out = append(out, e)
			}
		}
	}
	return strings.Join(out, " ")
}

// TestWrapDominatorsBudget checks that Wrap's dominator iteration gives
// up on deeply nested loops, where it is quadratic in their depth, rather
// than walk the tree for each of them; and still computes a shallow
// function's tree.
func TestWrapDominatorsBudget(t *testing.T) {
	// Blocks 0..n-1 nest n-1 loops: each i > 0 is entered from i-1 and
	// is the header of a loop that its inner loops close, by a back edge
	// from the innermost block n-1 to each header.
	nested := func(n int) *Func {
		f := NewFunc(16)
		for b := range n {
			f.NewBlock()
			f.Add(b, 0, 0)
		}
		for b := 0; b+1 < n; b++ {
			f.AddEdge(b, b+1)
		}
		for h := 1; h < n; h++ {
			f.AddEdge(n-1, h)
		}
		return f
	}
	var w Wrap
	if !w.dominators(nested(50)) {
		t.Fatalf("50 nested loops: gave up")
	}
	for b := int32(1); b < 50; b++ {
		if w.idom[b] != b-1 {
			t.Fatalf("50 nested loops: idom(%d) = %d, want %d", b, w.idom[b], b-1)
		}
	}
	if w.dominators(nested(5000)) {
		t.Errorf("5000 nested loops: no budget stopped the iteration (%d steps)", w.steps)
	}
	if w.steps > 64*5000+4096+5000 {
		t.Errorf("5000 nested loops: %d steps before giving up", w.steps)
	}
}
