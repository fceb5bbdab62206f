package backend

import (
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/internal/abi"
)

// TestSortTraps checks sortTraps against a stable sort on one sorted run
// (the emitters' shape, with ties), on two and on unordered lists.
func TestSortTraps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	run := func(n int) []mach.FuncTrap {
		ts := make([]mach.FuncTrap, n)
		at := uint32(0)
		for i := range ts {
			at += uint32(rng.Intn(3)) // ties too
			ts[i] = mach.FuncTrap{Start: at, Pos: int32(rng.Intn(1000))}
		}
		return ts
	}
	for iter := range 2000 {
		var ts []mach.FuncTrap
		switch iter % 3 {
		case 0:
			ts = append(run(rng.Intn(20)), run(rng.Intn(20))...)
		case 1:
			ts = run(rng.Intn(20))
		default:
			for range rng.Intn(20) {
				ts = append(ts, mach.FuncTrap{Start: uint32(rng.Intn(10)), Pos: int32(rng.Intn(1000))})
			}
		}
		want := slices.Clone(ts)
		slices.SortStableFunc(want, cmpTrapStart)
		sortTraps(ts)
		if !slices.Equal(ts, want) {
			t.Fatalf("iteration %d: got %v, want %v", iter, ts, want)
		}
	}
}

// TestLinkParts checks that the linked module is the same whatever the
// number of parts the link writes it in (one per worker), padding, trap
// sites and all, for each target.
func TestLinkParts(t *testing.T) {
	m := decodeModule(t, chainModule().Encode())
	for _, tg := range []Target{TargetFor(abi.ArchAMD64), TargetFor(abi.ArchARM64)} {
		one, err := compileRange(t, m, tg, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(one.TrapSites()) == 0 {
			t.Fatalf("%v: no trap sites: the test needs some", tg.Arch)
		}
		for _, w := range []int{2, 3, 7} {
			c, err := compileRange(t, m, tg, 0, w)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c, one) {
				t.Errorf("%v: the result with %d workers differs from that with one", tg.Arch, w)
			}
		}
	}
}
