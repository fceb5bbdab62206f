package opt

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// Mandelbrot's inner loop as clang emits it: zr+zr first. Scheduled, each
// float value comes right before its first use, operands depth first from
// the comparison: zr's chain, then zi's, then their sum and the constant.
func TestScheduleFloatsInOrderOfUse(t *testing.T) {
	const in = `
func "f"(f64, f64) -> (i32) {
b0(v0:f64, v1:f64):
    v2:f64 = fconst 0x0
    jump b1(v2, v2, v2, v2)
b1(v3:f64, v4:f64, v5:f64, v6:f64):
    v7:f64 = fadd v3, v3
    v8:f64 = fsub v5, v6
    v9:f64 = fadd v0, v8
    v10:f64 = fmul v9, v9
    v11:f64 = fmul v7, v4
    v12:f64 = fadd v1, v11
    v13:f64 = fmul v12, v12
    v14:f64 = fadd v10, v13
    v15:f64 = fconst 0x4010000000000000
    v16:i32 = fcmp fle v14, v15
    brif v16, b1(v9, v12, v10, v13), b2
b2:
    return v16
}`
	const out = `
func "f"(f64, f64) -> (i32) {
b0(v0:f64, v1:f64):
    v2:f64 = fconst 0x0
    jump b1(v2, v2, v2, v2)
b1(v3:f64, v4:f64, v5:f64, v6:f64):
    v7:f64 = fsub v5, v6
    v8:f64 = fadd v0, v7
    v9:f64 = fmul v8, v8
    v10:f64 = fadd v3, v3
    v11:f64 = fmul v10, v4
    v12:f64 = fadd v1, v11
    v13:f64 = fmul v12, v12
    v14:f64 = fadd v9, v13
    v15:f64 = fconst 0x4010000000000000
    v16:i32 = fcmp fle v14, v15
    brif v16, b1(v8, v12, v9, v13), b2
b2:
    return v16
}`
	checkPass(t, "schedule", Schedule, in, out)
}

// What stays: integer values (v5, v6), a load (v9), a call, a float value
// the block does not use (v12, used in b2: its operand v11, which the
// store after it needs too, goes before it), and an unused one (v14).
// Float values move past the load and the call, not before their
// operands.
func TestScheduleKeepsTheRest(t *testing.T) {
	const in = `
func "f"(i32, f64) -> (f64) {
b0(v0:i32, v1:f64):
    v2:f64 = fmul v1, v1
    v3:f64 = fadd v1, v1
    v4:f64 = fsub v1, v1
    v5:i32 = iconst 8
    v6:i32 = iadd v0, v5
    v7:tuple = call 1 v6
    v8:f64 = fadd v2, v2
    v9:f64 = load 0 v6
    v10:f64 = fmul v9, v3
    v11:f64 = fneg v4
    v12:f64 = fabs v11
    v13:f64 = fadd v10, v8
    v14:f64 = fsqrt v13
    store 0 v0, v11
    store 8 v0, v13
    jump b1
b1:
    jump b2
b2:
    return v12
}`
	const out = `
func "f"(i32, f64) -> (f64) {
b0(v0:i32, v1:f64):
    v2:i32 = iconst 8
    v3:i32 = iadd v0, v2
    v4:tuple = call 1 v3
    v5:f64 = load 0 v3
    v6:f64 = fsub v1, v1
    v7:f64 = fneg v6
    v8:f64 = fabs v7
    v9:f64 = fadd v1, v1
    v10:f64 = fmul v5, v9
    v11:f64 = fmul v1, v1
    v12:f64 = fadd v11, v11
    v13:f64 = fadd v10, v12
    v14:f64 = fsqrt v13
    store 0 v0, v7
    store 8 v0, v13
    jump b1
b1:
    jump b2
b2:
    return v8
}`
	checkPass(t, "schedule", Schedule, in, out)
}

// A call's results stay right after it: the constant that the
// subtraction needs goes after the projection, not between it and the
// call.
func TestScheduleKeepsProjectionsAtTheCall(t *testing.T) {
	const in = `
func "f"(f64) -> (f64) {
b0(v0:f64):
    v1:f64 = fconst 0x4010000000000000
    v2:tuple = call 4 v0
    v3:f64 = proj 0 v2
    v4:f64 = fsub v1, v3
    return v4
}`
	const out = `
func "f"(f64) -> (f64) {
b0(v0:f64):
    v1:tuple = call 4 v0
    v2:f64 = proj 0 v1
    v3:f64 = fconst 0x4010000000000000
    v4:f64 = fsub v3, v2
    return v4
}`
	checkPass(t, "schedule", Schedule, in, out)
}

// A chain of 100,000 float operations that the return needs, before an
// unused constant: the walk down the chain (no recursion) moves it, in
// order, behind the constant, which stays.
func TestScheduleLongChain(t *testing.T) {
	const n = 100000
	var b strings.Builder
	b.WriteString("func \"f\"(f64) -> (f64) {\nb0(v0:f64):\n")
	for k := 1; k < n; k++ {
		fmt.Fprintf(&b, "    v%d:f64 = fadd v%d, v0\n", k, k-1)
	}
	fmt.Fprintf(&b, "    v%d:i32 = iconst 0\n    return v%d\n}\n", n, n-1)
	f, err := ir.Parse(b.String())
	if err != nil {
		t.Fatal(err)
	}
	Schedule(f)
	if err := ir.Verify(f); err != nil {
		t.Fatal(err)
	}
	if op := f.Op(f.First(0)); op != ir.OpIconst {
		t.Errorf("first instruction %v, want the iconst", op)
	}
}
