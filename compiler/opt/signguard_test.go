package opt

import (
	"testing"
)

// SignGuards on IR text: a mask goes only where the non-negative edge
// dominates it and it keeps all the value bits.
func TestSignGuards(t *testing.T) {
	cases := []struct{ name, in, out string }{
		{"guarded", `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = load8_s 0 v0
    v3:i32 = iconst 0
    v4:i32 = icmp lt_s v2, v3
    brif v4, b1, b2
b1:
    return v3
b2:
    v5:i32 = iconst 255
    v6:i32 = iand v2, v5
    v7:i32 = sext16 v1
    v8:i32 = icmp ge_s v7, v3
    brif v8, b3, b1
b3:
    v9:i32 = iconst 98303
    v10:i32 = iand v7, v9
    v11:i32 = iadd v6, v10
    return v11
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = load8_s 0 v0
    v3:i32 = iconst 0
    v4:i32 = icmp lt_s v2, v3
    brif v4, b1, b2
b1:
    return v3
b2:
    v5:i32 = iconst 255
    v6:i32 = copy v2
    v7:i32 = sext16 v1
    v8:i32 = icmp ge_s v7, v3
    brif v8, b3, b1
b3:
    v9:i32 = iconst 98303
    v10:i32 = copy v7
    v11:i32 = iadd v2, v7
    return v11
}`},
		// Kept: a mask that drops value bits (0x7e); a value that is not
		// sign-extended (v6, a load8_u, masked with 0x7f); a mask in b3,
		// where the edge for x < 0 leads too.
		{"kept", `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = load8_s 0 v0
    v2:i32 = iconst 0
    v3:i32 = icmp lt_s v1, v2
    brif v3, b3, b1
b1:
    v4:i32 = iconst 126
    v5:i32 = iand v1, v4
    v6:i32 = load8_u 0 v5
    v7:i32 = icmp lt_s v6, v2
    brif v7, b3, b2
b2:
    v8:i32 = iconst 255
    v9:i32 = iand v1, v8
    v10:i32 = iconst 127
    v11:i32 = iand v6, v10
    v12:i32 = iadd v9, v11
    return v12
b3:
    v13:i32 = iconst 127
    v14:i32 = iand v1, v13
    return v14
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = load8_s 0 v0
    v2:i32 = iconst 0
    v3:i32 = icmp lt_s v1, v2
    brif v3, b3, b1
b1:
    v4:i32 = iconst 126
    v5:i32 = iand v1, v4
    v6:i32 = load8_u 0 v5
    v7:i32 = icmp lt_s v6, v2
    brif v7, b3, b2
b2:
    v8:i32 = iconst 255
    v9:i32 = copy v1
    v10:i32 = iconst 127
    v11:i32 = iand v6, v10
    v12:i32 = iadd v1, v11
    return v12
b3:
    v13:i32 = iconst 127
    v14:i32 = iand v1, v13
    return v14
}`},
	}
	for _, c := range cases {
		checkPass(t, c.name, SignGuards, c.in, c.out)
	}
}
