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
