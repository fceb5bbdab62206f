package opt

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// An outer loop that calls, around a loop that does not: x + 8 and
// x << 2 (one ALU operation with a constant) leave the inner loop but
// stay in the outer one; x * y leaves both. Loop by loop and straight to
// the outermost loop (hoistDirect, taken when the budget runs out) agree.
func TestLICMKeepsCheapInCallingLoop(t *testing.T) {
	const in = `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    jump b1(v2)
b1(v3:i32):
    v4:tuple = call 1 v3
    jump b2(v3)
b2(v5:i32):
    v6:i32 = iconst 8
    v7:i32 = iadd v0, v6
    v8:i32 = imul v0, v1
    v9:i32 = iconst 2
    v10:i32 = ishl v0, v9
    v11:i32 = load 0 v7
    v12:i32 = iadd v5, v11
    v13:i32 = iadd v12, v8
    v14:i32 = iadd v13, v10
    brif v14, b2(v14), b3
b3:
    brif v5, b1(v5), b4
b4:
    return v5
}`
	const out = `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    v3:i32 = iconst 8
    v4:i32 = imul v0, v1
    v5:i32 = iconst 2
    jump b1(v2)
b1(v6:i32):
    v7:tuple = call 1 v6
    v8:i32 = iadd v0, v3
    v9:i32 = ishl v0, v5
    jump b2(v6)
b2(v10:i32):
    v11:i32 = load 0 v8
    v12:i32 = iadd v10, v11
    v13:i32 = iadd v12, v4
    v14:i32 = iadd v13, v9
    brif v14, b2(v14), b3
b3:
    brif v10, b1(v10), b4
b4:
    return v10
}`
	checkPass(t, "loop-by-loop", LICM, in, out)
	checkPass(t, "direct", func(f *ir.Func) {
		dom := ir.Dominators(f)
		r := newReplacer(f)
		findLoops(f, dom).hoistDirect(f, dom, r)
		r.apply(f)
	}, in, out)
}

// Without a call in the loop, x + 8 is hoisted like anything else.
func TestLICMHoistsCheapOutOfLeafLoop(t *testing.T) {
	checkPass(t, "licm-leaf-loop", LICM, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iconst 8
    v3:i32 = iadd v0, v2
    v4:i32 = load 0 v3
    v5:i32 = iadd v1, v4
    brif v5, b1(v5), b2
b2:
    return v5
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 8
    v2:i32 = iadd v0, v1
    jump b1(v0)
b1(v3:i32):
    v4:i32 = load 0 v2
    v5:i32 = iadd v3, v4
    brif v5, b1(v5), b2
b2:
    return v5
}`)
}
