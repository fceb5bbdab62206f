package opt

import (
	"strings"
	"testing"
)

// DupLatches on IR text: the header's edge to a latch that other arms
// share gets a copy of it; latches that are not small and pure, that
// define what other blocks use, or that only the header enters stay.
func TestDupLatches(t *testing.T) {
	// A scan loop: ordinary bytes go straight to the latch b2, special
	// ones through b3, which ends there too.
	const scan = `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 1
    jump b1(v0)
b1(v3:i32):
    v4:i32 = load8_u 0 v3
    brif v4, b3, b2(v3, v4)
b2(v5:i32, v6:i32):
    v7:i32 = iadd v5, v2
    v8:i32 = icmp lt_u v7, v1
    brif v8, b1(v7), b4(v6)
b3:
    store8 0 v3, v2
    jump b2(v3, v2)
b4(v9:i32):
    return v9
}`
	checkPass(t, "scan", DupLatches, scan, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 1
    jump b1(v0)
b1(v3:i32):
    v4:i32 = load8_u 0 v3
    brif v4, b3, b5
b2(v5:i32, v6:i32):
    v7:i32 = iadd v5, v2
    v8:i32 = icmp lt_u v7, v1
    brif v8, b1(v7), b4(v6)
b3:
    store8 0 v3, v2
    jump b2(v3, v2)
b4(v9:i32):
    return v9
b5:
    v10:i32 = iadd v3, v2
    v11:i32 = icmp lt_u v10, v1
    brif v11, b1(v10), b4(v4)
}`)
	for _, tc := range []struct{ name, from, to string }{
		// A load in the latch: not copied.
		{"impure", "v7:i32 = iadd v5, v2", "v7:i32 = load 0 v5"},
		// The latch's parameter used after the loop.
		{"parameter used outside", "return v9", "return v5"},
		// Only the header enters the latch.
		{"one predecessor", "jump b2(v3, v2)", "return v2"},
	} {
		in := strings.Replace(scan, tc.from, tc.to, 1)
		checkPass(t, tc.name, DupLatches, in, in)
	}
}
