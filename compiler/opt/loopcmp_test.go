package opt

import (
	"testing"
)

// LoopCompares on IR text: the exit test moves to the counter's next
// value only where that cannot change its outcome.
func TestLoopCompares(t *testing.T) {
	cases := []struct{ name, in, out string }{
		// for (i = 0; i < 100; i += 3): i <= 102, so i + 3 < 103 is i < 100.
		{"lt_u", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 0
    jump b1(v1)
b1(v2:i32):
    v3:i32 = iconst 100
    v4:i32 = icmp lt_u v2, v3
    v5:i32 = iconst 3
    v6:i32 = iadd v2, v5
    brif v4, b1(v6), b2
b2:
    return v2
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 0
    jump b1(v1)
b1(v2:i32):
    v3:i32 = iconst 100
    v4:i32 = icmp lt_u v2, v3
    v5:i32 = iconst 3
    v6:i32 = iadd v2, v5
    v7:i32 = iconst 103
    v8:i32 = icmp lt_u v6, v7
    brif v8, b1(v6), b2
b2:
    return v2
}`},
		// The test in a block after the header; ne with a step of -1
		// (eq and ne need no bound).
		{"ne-down", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iconst -1
    v3:i32 = iadd v1, v2
    jump b2
b2:
    v4:i32 = iconst 5
    v5:i32 = icmp ne v1, v4
    brif v5, b1(v3), b3
b3:
    return v1
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iconst -1
    v3:i32 = iadd v1, v2
    jump b2
b2:
    v4:i32 = iconst 5
    v5:i32 = icmp ne v1, v4
    v6:i32 = iconst 4
    v7:i32 = icmp ne v3, v6
    brif v7, b1(v3), b3
b3:
    return v1
}`},
		// The test reads i back as (i + 4) - 4, in a join block after
		// the increment (base64's decode loop).
		{"sub-back", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 0
    jump b1(v1)
b1(v2:i32):
    v3:i32 = iconst 4
    v4:i32 = iadd v2, v3
    brif v0, b2, b3
b2:
    jump b3
b3:
    v5:i32 = isub v4, v3
    v6:i32 = iconst 4096
    v7:i32 = icmp lt_u v5, v6
    brif v7, b1(v4), b4
b4:
    return v4
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 0
    jump b1(v1)
b1(v2:i32):
    v3:i32 = iconst 4
    v4:i32 = iadd v2, v3
    brif v0, b2, b3
b2:
    jump b3
b3:
    v5:i32 = isub v4, v3
    v6:i32 = iconst 4096
    v7:i32 = icmp lt_u v5, v6
    v8:i32 = iconst 4100
    v9:i32 = icmp lt_u v4, v8
    brif v9, b1(v4), b4
b4:
    return v4
}`},
		// Left alone: (i + 4) - 3 is not i.
		{"sub-other", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 0
    jump b1(v1)
b1(v2:i32):
    v3:i32 = iconst 4
    v4:i32 = iadd v2, v3
    v5:i32 = iconst 3
    v6:i32 = isub v4, v5
    v7:i32 = iconst 4096
    v8:i32 = icmp lt_u v6, v7
    brif v8, b1(v4), b2
b2:
    return v4
}`, ""},
		// Left alone: i starts at an unknown value (i + 3 may wrap: for i
		// = 2^32-2, i < 100 is false but i + 3 = 1 < 103); the limit plus
		// the step wraps (K = 2^32-2); the loop continues on the false
		// edge.
		{"kept", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iconst 100
    v3:i32 = icmp lt_u v1, v2
    v4:i32 = iconst 3
    v5:i32 = iadd v1, v4
    brif v3, b1(v5), b2
b2:
    v6:i32 = iconst 0
    jump b3(v6)
b3(v7:i32):
    v8:i32 = iconst -2
    v9:i32 = icmp lt_u v7, v8
    v10:i32 = iadd v7, v4
    brif v9, b3(v10), b4
b4:
    jump b5(v6)
b5(v11:i32):
    v12:i32 = icmp lt_u v11, v2
    v13:i32 = iadd v11, v4
    brif v12, b6, b5(v13)
b6:
    return v1
}`, ""},
	}
	for _, c := range cases {
		checkPass(t, c.name, LoopCompares, c.in, c.out)
	}
}
