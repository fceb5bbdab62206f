package translate

import (
	"math/rand"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// TestDefMapReuse uses one defMap for "functions" of very different sizes,
// with hints too small and too large, and checks it against a Go map:
// rows or a table shrunk within a larger one's memory, grown in place, or
// left for the table in the middle of a function, must neither lose nor
// invent entries.
func TestDefMapReuse(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var m defMap
	tables := 0
	for fn := range 300 {
		n := rng.Intn(20)
		if fn%7 == 0 {
			n = rng.Intn(5000)
		}
		nlocals := 1 + rng.Intn(8)
		if fn%5 == 0 {
			// Past denseLimit from block denseLimit/nlocals on.
			nlocals = denseLimit/8 + rng.Intn(denseLimit/4)
		}
		m.reset(rng.Intn(2*n+1), nlocals)
		want := map[[2]uint32]ir.Value{}
		for range n {
			if m.hashed && m.n > 0 && rng.Intn(50) == 0 {
				if full := len(m.used); full != m.n {
					t.Fatalf("function %d: %d slots recorded for %d entries", fn, full, m.n)
				}
			}
			b, x := uint32(rng.Intn(n/4+1)), uint32(rng.Intn(nlocals))
			if rng.Intn(3) == 0 {
				got, ok := m.get(ir.Block(b), x)
				if w, wok := want[[2]uint32{b, x}]; ok != wok || got != w {
					t.Fatalf("function %d: get(%d, %d) = %v, %v; want %v, %v", fn, b, x, got, ok, w, wok)
				}
				continue
			}
			v := ir.Value(1 + rng.Intn(1<<20))
			m.put(ir.Block(b), x, v)
			want[[2]uint32{b, x}] = v
		}
		// Every slot of the memory but the entries' is empty, in use or
		// not (else a later, larger function would find stale ones).
		full, entries := 0, 0
		for _, v := range m.dense[:cap(m.dense)] {
			if v != 0 {
				full++
			}
		}
		if m.hashed {
			tables++
			for _, k := range m.keys[:cap(m.keys)] {
				if k != 0 {
					full++
				}
			}
			entries = m.n
		} else {
			for _, v := range m.dense {
				if v != 0 {
					entries++
				}
			}
		}
		if entries != len(want) || full != len(want) {
			t.Fatalf("function %d: %d entries, %d full slots, want %d", fn, entries, full, len(want))
		}
		for k, w := range want {
			if got, ok := m.get(ir.Block(k[0]), k[1]); !ok || got != w {
				t.Fatalf("function %d: get(%d, %d) = %v, %v; want %v", fn, k[0], k[1], got, ok, w)
			}
		}
	}
	if tables == 0 {
		t.Fatal("no function used the hash table")
	}
}

// TestDefMapSparseRows checks when the rows give way to the table before
// denseLimit: a function with 800 locals of which each block sets two
// moves once the rows would be copied past sparseMin slots, without
// copying them up to denseLimit first; one whose blocks set all their 8
// locals keeps its rows. Both keep every entry.
func TestDefMapSparseRows(t *testing.T) {
	for _, c := range []struct {
		nlocals, perBlock, blocks int
		table                     bool
	}{{800, 2, 1200, true}, {8, 8, 100000, false}} {
		var m defMap
		m.reset(c.perBlock*c.blocks, c.nlocals)
		val := func(b, i int) ir.Value { return ir.Value(1 + b*c.perBlock + i) }
		local := func(b, i int) uint32 { return uint32((b*7 + i*(c.nlocals/c.perBlock)) % c.nlocals) }
		for b := range c.blocks {
			for i := range c.perBlock {
				m.put(ir.Block(b), local(b, i), val(b, i))
			}
			if m.hashed && !c.table {
				t.Fatalf("%d locals, %d set a block: moved to the table at block %d", c.nlocals, c.perBlock, b)
			}
		}
		if m.hashed != c.table {
			t.Errorf("%d locals, %d set a block: table %v, want %v", c.nlocals, c.perBlock, m.hashed, c.table)
		}
		if c.table && cap(m.dense) > 2*sparseMin {
			t.Errorf("%d locals, %d set a block: rows grew to %d slots before the table", c.nlocals, c.perBlock, cap(m.dense))
		}
		for b := range c.blocks {
			for i := range c.perBlock {
				if got, ok := m.get(ir.Block(b), local(b, i)); !ok || got != val(b, i) {
					t.Fatalf("%d locals: get(%d, %d) = %v, %v; want %v", c.nlocals, b, local(b, i), got, ok, val(b, i))
				}
			}
		}
	}
}
