package isel

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

func TestUpperBound(t *testing.T) {
	f, err := ir.Parse(`func "b"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = load8_u 0 v0
    v3:i32 = iconst 2
    v4:i32 = ishl v2, v3
    v5:i32 = iconst 4032
    v6:i32 = iadd v4, v5
    v7:i32 = iconst 18
    v8:i32 = ishr_u v1, v7
    v9:i32 = iconst 63
    v10:i32 = iand v1, v9
    v11:i32 = ixor v10, v2
    v12:i32 = iconst 30
    v13:i32 = ishl v1, v12
    v14:i32 = iadd v1, v5
    v15:i32 = icmp lt_u v0, v1
    v16:i32 = select v15, v10, v8
    v17:i32 = iconst 10
    v18:i32 = irem_u v1, v17
    v19:i32 = imul v10, v17
    return v19
}`)
	if err != nil {
		t.Fatal(err)
	}
	// The values in the order the text names them (v0, v1, ...).
	vals := append([]ir.Value(nil), f.Params(0)...)
	for v := f.First(0); v != 0; v = f.Next(v) {
		vals = append(vals, v)
	}
	for k, want := range map[int]uint64{
		2: 255, 4: 1020, 6: 5052, 8: 1<<14 - 1, 10: 63, 11: 255, 13: maxU32, 14: maxU32,
		15: 1, 16: 1<<14 - 1, 18: 9, 19: 630, 0: maxU32,
	} {
		if got := upperBound(f, vals[k], 4); got != want {
			t.Errorf("v%d: bound %d, want %d", k, got, want)
		}
	}
}
