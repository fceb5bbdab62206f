package translate

import (
	"math/rand"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// TestDefMapReuse uses one defMap for "functions" of very different sizes,
// with hints too small and too large, and checks it against a Go map: a
// table shrunk within a larger one's memory, or grown in place, must
// neither lose nor invent entries.
func TestDefMapReuse(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var m defMap
	for fn := range 300 {
		n := rng.Intn(20)
		if fn%7 == 0 {
			n = rng.Intn(5000)
		}
		m.reset(rng.Intn(2*n + 1))
		want := map[[2]uint32]ir.Value{}
		for range n {
			if m.n > 0 && rng.Intn(50) == 0 {
				if full := len(m.used); full != m.n {
					t.Fatalf("function %d: %d slots recorded for %d entries", fn, full, m.n)
				}
			}
			b, x := uint32(rng.Intn(n/4+1)), uint32(rng.Intn(8))
			if rng.Intn(3) == 0 {
				got, ok := m.get(ir.Block(b), x)
				if w, wok := want[[2]uint32{b, x}]; ok != wok || got != w {
					t.Fatalf("function %d: get(%d, %d) = %v, %v; want %v, %v", fn, b, x, got, ok, w, wok)
				}
				continue
			}
			v := ir.Value(rng.Intn(1 << 20))
			m.put(ir.Block(b), x, v)
			want[[2]uint32{b, x}] = v
		}
		// Every slot of the memory but the entries' is empty, in use or
		// not (else a later, larger table would find stale keys).
		full := 0
		for _, k := range m.keys[:cap(m.keys)] {
			if k != 0 {
				full++
			}
		}
		if m.n != len(want) || full != len(want) {
			t.Fatalf("function %d: %d entries, %d full slots, want %d", fn, m.n, full, len(want))
		}
		for k, w := range want {
			if got, ok := m.get(ir.Block(k[0]), k[1]); !ok || got != w {
				t.Fatalf("function %d: get(%d, %d) = %v, %v; want %v", fn, k[0], k[1], got, ok, w)
			}
		}
	}
}
