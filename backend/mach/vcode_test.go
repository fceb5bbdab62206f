package mach

import (
	"fmt"
	"slices"
	"testing"
)

// edge is a CFG edge of a test's function (funcOf).
type edge struct{ from, to int }

// funcOf returns a function of n empty blocks with the given edges, in
// successor order per block.
func funcOf(n int, edges []edge) *Func {
	f := NewFunc(16)
	for range n {
		f.NewBlock()
	}
	for _, e := range edges {
		f.AddEdge(e.from, e.to)
	}
	return f
}

// TestPlaceStubs checks which edge stubs PlaceStubs puts right after
// their block: those on back edges and on the edge to the next block, and
// every stub of a block that does not fall through.
func TestPlaceStubs(t *testing.T) {
	cases := []struct {
		name   string
		blocks int
		edges  []edge // in successor order per block
		stubs  []edge // the edges with a stub, sorted by block and successor
		inline []bool // per stub
	}{
		// The loop body that tests a byte and leaves on a bad one (base64's
		// decoding loop): the way on to block 1 keeps falling through, its
		// stub inline, while the exit's stub goes out of the way.
		{"both edges, one to the next block", 3, []edge{{0, 2}, {0, 1}, {1, 2}}, []edge{{0, 2}, {0, 1}}, []bool{false, true}},
		{"next block first", 3, []edge{{0, 1}, {0, 2}, {1, 2}}, []edge{{0, 1}, {0, 2}}, []bool{true, false}},
		{"the other edge only", 3, []edge{{0, 2}, {0, 1}, {1, 2}}, []edge{{0, 2}}, []bool{false}},
		{"the next block's edge only", 3, []edge{{0, 2}, {0, 1}, {1, 2}}, []edge{{0, 1}}, []bool{true}},
		{"no successor next", 4, []edge{{0, 2}, {0, 3}, {1, 3}, {2, 3}}, []edge{{0, 2}, {0, 3}}, []bool{true, true}},
		{"latch", 3, []edge{{0, 1}, {1, 0}, {1, 2}}, []edge{{1, 0}, {1, 2}}, []bool{true, true}},
		{"latch jumping out", 4, []edge{{0, 1}, {1, 0}, {1, 3}, {2, 3}}, []edge{{1, 0}, {1, 3}}, []bool{true, true}},
	}
	for _, tc := range cases {
		f := funcOf(tc.blocks, tc.edges)
		var a Allocation
		for _, s := range tc.stubs {
			k := -1
			for i, to := range f.Blocks[s.from].Succs {
				if to == s.to {
					k = i
				}
			}
			a.Stubs = append(a.Stubs, EdgeStub{Block: s.from, Succ: k})
		}
		a.PlaceStubs(f)
		for i, st := range a.Stubs {
			if st.Inline != tc.inline[i] {
				t.Errorf("%s: stub on %d->%d inline %v, want %v", tc.name, tc.stubs[i].from, tc.stubs[i].to, st.Inline, tc.inline[i])
			}
		}
	}
}

// TestSharedStubs checks that out-of-line stubs of one block to the same
// successor with the same moves (constants compared by value) share the
// first one's code: Walk lays it out once, and the edges of the others
// branch to its label.
func TestSharedStubs(t *testing.T) {
	f := NewFunc(16)
	for b := range 4 {
		f.NewBlock()
		f.Add(b, 0, 0)
	}
	c0, c1, c5 := f.NewConst(0, Const{Imm: 0, Size: 8}), f.NewConst(0, Const{Imm: 0, Size: 8}), f.NewConst(0, Const{Imm: 5, Size: 8})
	f.AddEdge(0, 2, c0) // k0: stub 0
	f.AddEdge(0, 2, c1) // k1: stub 1, the same as stub 0 by value
	f.AddEdge(0, 3, c0) // k2: stub 2, another successor
	f.AddEdge(0, 2, c5) // k3: stub 3, another constant
	f.AddEdge(0, 1)     // k4: the next block, no stub
	f.AddEdge(1, 2, c0) // stub 4: another block's
	f.AddEdge(1, 3)
	f.AddEdge(2, 3)
	n := len(f.Insts)
	r1 := RegLoc(1, 0)
	a := &Allocation{}
	for j, st := range []struct {
		b, k int
		from Reg
	}{{0, 0, c0}, {0, 1, c1}, {0, 2, c0}, {0, 3, c5}, {1, 0, c0}} {
		a.Edits = append(a.Edits, Edit{Before: n + j, From: ConstLoc(st.from, 0), To: r1})
		a.Stubs = append(a.Stubs, EdgeStub{Block: st.b, Succ: st.k, First: j, End: j + 1})
	}
	a.PlaceStubs(f)
	var same []int32
	for _, st := range a.Stubs {
		same = append(same, st.Same)
	}
	if want := []int32{0, 1, 0, 0, 0}; !slices.Equal(same, want) {
		t.Fatalf("Same %v, want %v", same, want)
	}
	var w stubOrder
	if err := Walk(f, a, make([]bool, 4), &w); err != nil {
		t.Fatal(err)
	}
	if want := []string{"b0", "b1", "s4", "b2", "b3", "s0", "s2", "s3"}; !slices.Equal(w.got, want) {
		t.Errorf("emitted %v, want %v", w.got, want)
	}
	var s StubLabels[string]
	blocks := []string{"b0", "b1", "b2", "b3"}
	s.Lay(f, a.Stubs, []int32{-1, -1, -1, -1}, blocks, make([]bool, 4), make([]string, 4), "", func() string { return fmt.Sprint("s", len(s.Labels)) })
	var got []string
	for k := range 5 {
		got = append(got, s.Target(f, blocks, 0, k))
	}
	if want := []string{"s0", "s0", "s2", "s3", "b1"}; !slices.Equal(got, want) {
		t.Errorf("block 0 branches to %v, want %v", got, want)
	}
}

// stubOrder records the order in which Walk emits blocks and stubs.
type stubOrder struct{ got []string }

func (w *stubOrder) Block(b int)         { w.got = append(w.got, fmt.Sprint("b", b)) }
func (w *stubOrder) Move(to, from Loc)   {}
func (w *stubOrder) Inst(b, i int) error { return nil }
func (w *stubOrder) Stub(j int)          { w.got = append(w.got, fmt.Sprint("s", j)) }
func (w *stubOrder) StubEnd(j int)       {}

// TestFallStubLast checks that a latch whose exit (to the next block) and
// back edge both have inline stubs emits the exit's last, whatever the
// order of its successors, so that it falls through into the back edge's
// stub and its branch leaves the loop: Walk and Lay agree on the order.
func TestFallStubLast(t *testing.T) {
	for _, exitFirst := range []bool{false, true} {
		f := NewFunc(16)
		for b := range 3 {
			f.NewBlock()
			f.Add(b, 0, 0)
		}
		f.AddEdge(0, 1)
		if exitFirst {
			f.AddEdge(1, 2)
			f.AddEdge(1, 1)
		} else {
			f.AddEdge(1, 1)
			f.AddEdge(1, 2)
		}
		exit, back := slices.Index(f.Blocks[1].Succs, 2), slices.Index(f.Blocks[1].Succs, 1)
		a := &Allocation{Stubs: []EdgeStub{{Block: 1, Succ: min(exit, back)}, {Block: 1, Succ: max(exit, back)}}}
		a.PlaceStubs(f)
		exitStub := 0
		if exit > back {
			exitStub = 1
		}
		var w stubOrder
		if err := Walk(f, a, make([]bool, 3), &w); err != nil {
			t.Fatal(err)
		}
		want := []string{"b0", "b1", fmt.Sprint("s", 1-exitStub), fmt.Sprint("s", exitStub), "b2"}
		if !slices.Equal(w.got, want) {
			t.Errorf("exit first %v: emitted %v, want %v", exitFirst, w.got, want)
		}
		var s StubLabels[string]
		next := make([]string, 3)
		s.Lay(f, a.Stubs, []int32{-1, -1, -1}, []string{"b0", "b1", "b2"}, make([]bool, 3), next, "", func() string { return fmt.Sprint("s", len(s.Labels)) })
		if next[1] != fmt.Sprint("s", 1-exitStub) || s.Next[1-exitStub] != fmt.Sprint("s", exitStub) || s.Next[exitStub] != "b2" {
			t.Errorf("exit first %v: after b1 %s, after the back stub %s, after the exit stub %s", exitFirst, next[1], s.Next[1-exitStub], s.Next[exitStub])
		}
	}
}

// TestLoopHeads checks which blocks LoopHeads marks: targets of branches
// from at or after them in the layout, through forwarders, but not from
// a forwarder left out.
func TestLoopHeads(t *testing.T) {
	cases := []struct {
		name   string
		blocks int
		edges  []edge
		dest   map[int]int // forwarders: block -> destination
		want   []int
	}{
		{"straight line", 3, []edge{{0, 1}, {1, 2}}, nil, nil},
		{"loop", 4, []edge{{0, 1}, {1, 2}, {2, 1}, {2, 3}}, nil, []int{1}},
		{"self loop", 3, []edge{{0, 1}, {1, 1}, {1, 2}}, nil, []int{1}},
		{"back to the entry", 2, []edge{{0, 1}, {1, 0}}, nil, []int{0}},
		{"nested", 5, []edge{{0, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 1}, {3, 4}}, nil, []int{1, 2}},
		{"forward over a forwarder", 4, []edge{{0, 2}, {2, 3}, {1, 3}}, map[int]int{1: 3}, nil},
		// Block 3 only jumps to 1 and is left out: 2's branch to it goes
		// to 1, a back edge.
		{"back through a forwarder", 5, []edge{{0, 1}, {1, 2}, {2, 3}, {2, 4}, {3, 1}}, map[int]int{3: 1}, []int{1}},
		// A forwarder's own jump back is not emitted.
		{"skipped latch", 4, []edge{{0, 1}, {1, 3}, {2, 1}}, map[int]int{2: 1}, nil},
	}
	for _, tc := range cases {
		f := funcOf(tc.blocks, tc.edges)
		dest, skip := make([]int, tc.blocks), make([]bool, tc.blocks)
		for b := range dest {
			dest[b] = b
			if d, ok := tc.dest[b]; ok {
				dest[b], skip[b] = d, true
			}
		}
		var got []int
		for b, h := range LoopHeads(f, dest, skip, nil) {
			if h {
				got = append(got, b)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: heads %v, want %v", tc.name, got, tc.want)
		}
	}
}
