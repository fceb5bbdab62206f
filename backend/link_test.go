package backend

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

// TestSortTraps checks sortTraps against a stable sort on two sorted runs
// (the emitters' shape, with ties across and within the runs), on one run
// and on unordered lists.
func TestSortTraps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	run := func(n int) []mach.TrapSite {
		ts := make([]mach.TrapSite, n)
		at := uint32(0)
		for i := range ts {
			at += uint32(rng.Intn(3)) // ties too
			ts[i] = mach.TrapSite{Start: at, Pos: int32(rng.Intn(1000))}
		}
		return ts
	}
	var scratch []mach.TrapSite
	for iter := range 2000 {
		var ts []mach.TrapSite
		switch iter % 3 {
		case 0:
			ts = append(run(rng.Intn(20)), run(rng.Intn(20))...)
		case 1:
			ts = run(rng.Intn(20))
		default:
			for range rng.Intn(20) {
				ts = append(ts, mach.TrapSite{Start: uint32(rng.Intn(10)), Pos: int32(rng.Intn(1000))})
			}
		}
		want := slices.Clone(ts)
		slices.SortStableFunc(want, cmpTrapStart)
		scratch = sortTraps(ts, scratch)
		if !slices.Equal(ts, want) {
			t.Fatalf("iteration %d: got %v, want %v", iter, ts, want)
		}
	}
}
