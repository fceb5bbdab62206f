package backend

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// TestCompileOrder checks the workers' order against its definition, a
// stable sort of the indices by body size, largest first, on sizes with
// many ties.
func TestCompileOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 1000} {
		m := &wasm.Module{Codes: make([]wasm.Code, n)}
		for i := range m.Codes {
			m.Codes[i].Body = make([]byte, r.IntN(20))
		}
		if n > 1 {
			m.Codes[n/2].Body = make([]byte, wasm.MaxFuncBodySize) // the largest the decoder takes
		}
		want := make([]int32, n)
		for i := range want {
			want[i] = int32(i)
		}
		slices.SortStableFunc(want, func(a, b int32) int { return cmp.Compare(len(m.Codes[b].Body), len(m.Codes[a].Body)) })
		if got := compileOrder(m); !slices.Equal(got, want) {
			t.Errorf("%d bodies: order %v, want %v", n, got, want)
		}
	}
}
