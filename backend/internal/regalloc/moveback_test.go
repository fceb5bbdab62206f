package regalloc

import (
	"slices"
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
)

func TestDropMoveBacks(t *testing.T) {
	r := func(n mach.Reg) mach.Loc { return mach.RegLoc(n, cInt) }
	s := func(n int32) mach.Loc { return mach.SlotLoc(n, cInt) }
	ws := func(n int32) mach.Loc { l := mach.SlotLoc(n, cFlt); l.Wide = true; return l }
	e := func(before int, to, from mach.Loc) mach.Edit { return mach.Edit{Before: before, From: from, To: to} }
	for _, tc := range []struct {
		name     string
		in, want []mach.Edit
	}{{
		name: "reload after store",
		in:   []mach.Edit{e(3, s(1), r(2)), e(3, r(4), s(0)), e(3, r(2), s(1))},
		want: []mach.Edit{e(3, s(1), r(2)), e(3, r(4), s(0))},
	}, {
		name: "store after reload",
		in:   []mach.Edit{e(3, r(2), s(1)), e(3, s(1), r(2))},
		want: []mach.Edit{e(3, r(2), s(1))},
	}, {
		name: "register written in between",
		in:   []mach.Edit{e(3, s(1), r(2)), e(3, r(2), r(4)), e(3, r(2), s(1))},
		want: []mach.Edit{e(3, s(1), r(2)), e(3, r(2), r(4)), e(3, r(2), s(1))},
	}, {
		name: "slot written in between",
		in:   []mach.Edit{e(3, s(1), r(2)), e(3, s(1), r(4)), e(3, r(2), s(1))},
		want: []mach.Edit{e(3, s(1), r(2)), e(3, s(1), r(4)), e(3, r(2), s(1))},
	}, {
		name: "slot overwritten by a wide value",
		in:   []mach.Edit{e(3, s(1), r(2)), e(3, ws(0), r(5)), e(3, r(2), s(1))},
		want: []mach.Edit{e(3, s(1), r(2)), e(3, ws(0), r(5)), e(3, r(2), s(1))},
	}, {
		name: "slots 64 apart", // dropMoveBacks filters on slots modulo 64
		in:   []mach.Edit{e(3, s(65), r(2)), e(3, r(2), s(1))},
		want: []mach.Edit{e(3, s(65), r(2)), e(3, r(2), s(1))},
	}, {
		name: "another instruction in between",
		in:   []mach.Edit{e(3, s(1), r(2)), e(4, r(2), s(1))},
		want: []mach.Edit{e(3, s(1), r(2)), e(4, r(2), s(1))},
	}, {
		name: "another class",
		in:   []mach.Edit{e(3, s(1), r(2)), e(3, mach.RegLoc(2, cFlt), mach.SlotLoc(1, cFlt))},
		want: []mach.Edit{e(3, s(1), r(2)), e(3, mach.RegLoc(2, cFlt), mach.SlotLoc(1, cFlt))},
	}} {
		got := dropMoveBacks(slices.Clone(tc.in))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
