package opt

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// SplitConditions on IR text: what splits and what does not.
func TestSplitConditions(t *testing.T) {
	cases := []struct{ name, in, out string }{
		{"or", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 61
    v3:i32 = icmp ne v0, v2
    v4:i32 = icmp lt_u v1, v2
    v5:i32 = ior v3, v4
    brif v5, b1(v0), b2
b1(v6:i32):
    return v6
b2:
    return v2
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 61
    v3:i32 = icmp ne v0, v2
    brif v3, b1(v0), b3
b1(v4:i32):
    return v4
b2:
    return v2
b3:
    v5:i32 = icmp lt_u v1, v2
    brif v5, b1(v0), b2
}`},
		{"eqz-and", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 61
    v3:i32 = icmp eq v0, v2
    v4:i32 = ieqz v1
    v5:i32 = iand v3, v4
    v6:i32 = ieqz v5
    brif v6, b1(v0), b2(v1)
b1(v7:i32):
    return v7
b2(v8:i32):
    return v8
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 61
    v3:i32 = icmp eq v0, v2
    brif v3, b3, b1(v0)
b1(v4:i32):
    return v4
b2(v5:i32):
    return v5
b3:
    v6:i32 = ieqz v1
    brif v6, b2(v1), b1(v0)
}`},
		// One or, tested by two branches (the second through ieqz, in
		// !(a || b) || c): each gets its own comparisons, the or goes.
		{"shared", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 61
    v3:i32 = icmp ne v0, v2
    v4:i32 = icmp ne v1, v2
    v5:i32 = ior v3, v4
    brif v5, b1, b2
b1:
    jump b2
b2:
    v6:i32 = ieqz v5
    v7:i32 = icmp lt_s v0, v1
    v8:i32 = ior v6, v7
    brif v8, b3, b4
b3:
    return v0
b4:
    return v1
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 61
    v3:i32 = icmp ne v0, v2
    brif v3, b1, b5
b1:
    jump b2
b2:
    v4:i32 = icmp ne v0, v2
    brif v4, b6, b7
b3:
    return v0
b4:
    return v1
b5:
    v5:i32 = icmp ne v1, v2
    brif v5, b1, b2
b6:
    v6:i32 = icmp lt_s v0, v1
    brif v6, b3, b4
b7:
    v7:i32 = icmp ne v1, v2
    brif v7, b6, b3
}`},
		// (a || b) && c: the and splits first, then its first half.
		{"nested", `
func "f"(i32, i32, i64) -> (i32) {
b0(v0:i32, v1:i32, v2:i64):
    v3:i32 = iconst 61
    v4:i32 = icmp eq v0, v3
    v5:i32 = icmp gt_s v1, v3
    v6:i32 = ior v4, v5
    v7:i64 = iconst 7
    v8:i32 = icmp ne v2, v7
    v9:i32 = iand v6, v8
    brif v9, b1, b2
b1:
    return v0
b2:
    return v1
}`, `
func "f"(i32, i32, i64) -> (i32) {
b0(v0:i32, v1:i32, v2:i64):
    v3:i32 = iconst 61
    v4:i64 = iconst 7
    v5:i32 = icmp eq v0, v3
    brif v5, b3, b4
b1:
    return v0
b2:
    return v1
b3:
    v6:i32 = icmp ne v2, v4
    brif v6, b1, b2
b4:
    v7:i32 = icmp gt_s v1, v3
    brif v7, b3, b2
}`},
		// Left alone: the or is also returned; the and has an operand
		// that is not 0 or 1; an and of a comparison that the or uses as
		// a value; a comparison also passed to a block.
		{"kept", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = icmp eq v0, v1
    v3:i32 = ieqz v1
    v4:i32 = ior v2, v3
    brif v4, b1, b2
b1:
    v5:i32 = iand v0, v2
    brif v5, b2, b3
b2:
    return v4
b3:
    v6:i32 = icmp lt_s v0, v1
    v7:i32 = iand v2, v6
    brif v7, b4, b5
b4:
    v8:i32 = icmp lt_s v1, v0
    v9:i32 = ior v8, v8
    brif v9, b5, b6(v8)
b5:
    return v0
b6(v10:i32):
    return v10
}`, ""},
	}
	for _, c := range cases {
		checkPass(t, c.name, func(f *ir.Func) { SplitConditions(f); DCE(f) }, c.in, c.out)
	}
}

// SplitConditions marks conditions only in a function that branches on
// an or / and of operands that may be conditions (branchesOnOrAnd): one
// that only branches on an or / and of other values (flags, bits) is
// left as it is without the walks.
func TestBranchesOnOrAnd(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"values", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = ior v0, v1
    brif v2, b1, b2
b1:
    return v0
b2:
    return v1
}`, false},
		{"comparison and value", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = icmp eq v0, v1
    v3:i32 = iand v2, v1
    v4:i32 = ieqz v3
    brif v4, b1, b2
b1:
    return v0
b2:
    return v1
}`, false},
		{"comparisons", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = icmp eq v0, v1
    v3:i32 = ieqz v1
    v4:i32 = iand v2, v3
    v5:i32 = ieqz v4
    brif v5, b1, b2
b1:
    return v0
b2:
    return v1
}`, true},
	}
	for _, c := range cases {
		f, err := ir.Parse(c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := branchesOnOrAnd(f); got != c.want {
			t.Errorf("%s: branchesOnOrAnd = %v, want %v", c.name, got, c.want)
		}
		if !c.want {
			checkPass(t, c.name, SplitConditions, c.in, "")
		}
	}
}
