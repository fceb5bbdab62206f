package opt

import (
	"math/rand"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// TestGVNTableReuse uses one gvnTable for "functions" of very different
// sizes, as GVN does (fit, then scopes of puts removed in reverse order,
// growing when full), and checks it against a Go map: a table sized down
// within a larger one's memory, or grown in place, must neither lose nor
// invent entries, and is left empty.
func TestGVNTableReuse(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var tab gvnTable
	for fn := range 300 {
		n := rng.Intn(40)
		if fn%7 == 0 {
			n = rng.Intn(4000)
		}
		tab.fit(rng.Intn(n + 1)) // too small at times: it must grow
		want := map[uint64]ir.Value{}
		var scope []gvnEntry
		for i := range n {
			k := uint64(rng.Intn(2 * n))
			if got, w := tab.get(k), want[k]; got != w {
				t.Fatalf("function %d: get(%d) = %v, want %v", fn, k, got, w)
			}
			if want[k] != 0 {
				continue
			}
			if tab.full() {
				tab.grow(scope)
			}
			v := ir.Value(i + 1)
			tab.put(k, v)
			want[k] = v
			scope = append(scope, gvnEntry{k, v})
		}
		for k, w := range want {
			if got := tab.get(k); got != w {
				t.Fatalf("function %d: get(%d) = %v, want %v", fn, k, got, w)
			}
		}
		for i := len(scope) - 1; i >= 0; i-- {
			tab.del(scope[i].key)
		}
		for _, e := range tab.slots[:cap(tab.slots)] {
			if e.v != 0 {
				t.Fatalf("function %d: entry %v left in the emptied table", fn, e)
			}
		}
	}
}
