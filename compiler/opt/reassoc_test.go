package opt

import "testing"

// Reassociate on IR text: a sum whose slowest term comes first is
// rebalanced (its inner additions moved before the root and reused);
// sums that would not get shorter, with a constant term, or whose inner
// sum is used elsewhere or computed in another block are left alone.
func TestReassociate(t *testing.T) {
	cases := []struct{ name, in, out string }{
		// v6 is 3 deep and the load 5: (((v6 + v1) + v2) + v3) + v7 is 7
		// deep, (v6 + ((v1 + v2) + v3)) + v7 is 6.
		{"slowest-last", `
func "f"(i32, i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32, v3:i32):
    v4:i32 = irotl v0, v1
    v5:i32 = ixor v4, v0
    v6:i32 = irotl v5, v2
    v7:i32 = load 0 v3
    v8:i32 = iadd v6, v1
    v9:i32 = iadd v8, v2
    v10:i32 = iadd v9, v3
    v11:i32 = iadd v10, v7
    return v11
}`, `
func "f"(i32, i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32, v3:i32):
    v4:i32 = irotl v0, v1
    v5:i32 = ixor v4, v0
    v6:i32 = irotl v5, v2
    v7:i32 = load 0 v3
    v8:i32 = iadd v1, v2
    v9:i32 = iadd v8, v3
    v10:i32 = iadd v6, v9
    v11:i32 = iadd v10, v7
    return v11
}`},
		// Both sides of the root are sums; i64; a term of another block
		// counts as ready at the start. ((v5 + v0) + v1) + (v2 + v3) is
		// 5 deep, v5 + ((v0 + v1) + (v2 + v3)) 3.
		{"two-sided", `
func "f"(i64, i64, i64) -> (i64) {
b0(v0:i64, v1:i64, v2:i64):
    v3:i64 = imul v0, v1
    jump b1
b1:
    v4:i64 = imul v1, v2
    v5:i64 = imul v4, v4
    v6:i64 = iadd v5, v0
    v7:i64 = iadd v6, v1
    v8:i64 = iadd v2, v3
    v9:i64 = iadd v7, v8
    return v9
}`, `
func "f"(i64, i64, i64) -> (i64) {
b0(v0:i64, v1:i64, v2:i64):
    v3:i64 = imul v0, v1
    jump b1
b1:
    v4:i64 = imul v1, v2
    v5:i64 = imul v4, v4
    v6:i64 = iadd v0, v1
    v7:i64 = iadd v2, v3
    v8:i64 = iadd v6, v7
    v9:i64 = iadd v5, v8
    return v9
}`},
		// Kept: one operation shorter only (v12 = (v11 + v2) + v3, v11
		// 2 deep, would be 3 deep, not 4).
		{"one-shorter", `
func "f"(i32, i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32, v3:i32):
    v4:i32 = imul v0, v1
    v5:i32 = imul v4, v4
    v6:i32 = iadd v5, v2
    v7:i32 = iadd v6, v3
    return v7
}`, ""},
		// Kept: already as short as it gets (v6); a constant term (v10);
		// a sum used twice (v12, a term of v14's, which is no shorter as
		// (v2 + v12) + v12).
		{"kept", `
func "f"(i32, i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32, v3:i32):
    v4:i32 = iadd v0, v1
    v5:i32 = iadd v2, v3
    v6:i32 = iadd v4, v5
    v7:i32 = imul v6, v6
    v8:i32 = iadd v7, v0
    v9:i32 = iconst 12
    v10:i32 = iadd v8, v9
    v11:i32 = imul v10, v10
    v12:i32 = iadd v11, v1
    v13:i32 = iadd v12, v2
    v14:i32 = iadd v13, v12
    return v14
}`, ""},
	}
	for _, c := range cases {
		checkPass(t, c.name, Reassociate, c.in, c.out)
	}
}

// Reassociate skips the blocks without a sum of minGain+2 terms (see
// additions): no sum of minGain+1 terms gets minGain shorter, whatever
// the depths of its terms and however deep the chain of its additions.
func TestSmallSumsNeverShorterByMinGain(t *testing.T) {
	const maxDepth = 5
	k := minGain + 1
	d := make([]int32, k)
	for {
		// The chain ((d[0] + d[1]) + d[2]) + ..., the deepest shape.
		old := d[0]
		for _, x := range d[1:] {
			old = max(old, x) + 1
		}
		trial := append([]int32(nil), d...)
		for len(trial) > 1 {
			trial = combine(trial)
		}
		if old-trial[0] >= minGain {
			t.Fatalf("terms of depths %v: %d deep, rebalanced %d", d, old, trial[0])
		}
		i := 0
		for i < k && d[i] == maxDepth {
			d[i] = 0
			i++
		}
		if i == k {
			break
		}
		d[i]++
	}
}
