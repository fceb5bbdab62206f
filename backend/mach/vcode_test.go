package mach

import "testing"

// TestPlaceStubs checks which edge stubs PlaceStubs puts right after
// their block: those on back edges and on the edge to the next block, and
// every stub of a block that does not fall through.
func TestPlaceStubs(t *testing.T) {
	type edge struct{ from, to int }
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
		f := NewFunc(16)
		for range tc.blocks {
			f.NewBlock()
		}
		for _, e := range tc.edges {
			f.AddEdge(e.from, e.to)
		}
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
