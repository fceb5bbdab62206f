package opt

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// UnrollLoops on IR text: a tiny loop gets four copies, a small one two;
// values used after the loop and E's arguments from the loop go through
// the new exit block; a pointer that leaves the loop only through its back
// edge is computed in each copy from the loop's parameter; loops with
// calls, too large, or of more than one block stay.
func TestUnrollLoops(t *testing.T) {
	// acc = acc*31 + load8_u p; p++; while --n != 0; return acc ^ p.
	const tiny = `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    jump b1(v0, v1, v2)
b1(v3:i32, v4:i32, v5:i32):
    v6:i32 = iconst 31
    v7:i32 = imul v5, v6
    v8:i32 = load8_u 0 v3
    v9:i32 = iadd v7, v8
    v10:i32 = iconst 1
    v11:i32 = iadd v3, v10
    v12:i32 = isub v4, v10
    brif v12, b1(v11, v12, v9), b2
b2:
    v13:i32 = ixor v9, v11
    return v13
}`
	checkPass(t, "tiny", UnrollLoops, tiny, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    jump b1(v0, v1, v2)
b1(v3:i32, v4:i32, v5:i32):
    v6:i32 = iconst 31
    v7:i32 = imul v5, v6
    v8:i32 = load8_u 0 v3
    v9:i32 = iadd v7, v8
    v10:i32 = iconst 1
    v11:i32 = iadd v3, v10
    v12:i32 = isub v4, v10
    brif v12, b4, b3(v9, v11)
b2:
    v13:i32 = ixor v14, v15
    return v13
b3(v14:i32, v15:i32):
    jump b2
b4:
    v16:i32 = imul v9, v6
    v17:i32 = load8_u 0 v11
    v18:i32 = iadd v16, v17
    v19:i32 = iadd v11, v10
    v20:i32 = isub v12, v10
    brif v20, b5, b3(v18, v19)
b5:
    v21:i32 = imul v18, v6
    v22:i32 = load8_u 0 v19
    v23:i32 = iadd v21, v22
    v24:i32 = iadd v19, v10
    v25:i32 = isub v20, v10
    brif v25, b6, b3(v23, v24)
b6:
    v26:i32 = imul v23, v6
    v27:i32 = load8_u 0 v24
    v28:i32 = iadd v26, v27
    v29:i32 = iadd v24, v10
    v30:i32 = isub v25, v10
    brif v30, b1(v29, v30, v28), b3(v28, v29)
}`)

	// E's arguments: the loop's own through each copy's, a value from
	// before the loop as it is; nothing else leaves the loop, so there
	// is no exit block.
	exitArgs := strings.Replace(tiny, "b2:\n    v13:i32 = ixor v9, v11", "b2(v14:i32, v15:i32):\n    v13:i32 = ixor v14, v15", 1)
	exitArgs = strings.Replace(exitArgs, "b1(v11, v12, v9), b2", "b1(v11, v12, v9), b2(v9, v0)", 1)
	f := parseUnrolled(t, exitArgs)
	if got, want := f.NumBlocks(), 6; got != want {
		t.Errorf("exit arguments: %d blocks, want %d (four copies, no exit block)\n%s", got, want, f)
	}
	if s := f.String(); !strings.Contains(s, "brif v33, b1(v32, v33, v31), b2(v31, v0)") {
		t.Errorf("exit arguments: the last copy does not exit with its value and v0:\n%s", s)
	}
	// There the pointer p = v3 + 1 leaves the loop only through the back
	// edge: each copy computes p + k for its load (which folds it into
	// its displacement), with k a new constant in the entry block (where
	// LICM and GVN would put it), and the loop's own step goes.
	if s := f.String(); !strings.Contains(s, "v23:i32 = iadd v6, v3\n    v24:i32 = imul v21, v9\n    v25:i32 = load8_u 0 v23") ||
		!strings.Contains(s, "v3:i32 = iconst 2") || strings.Contains(s, "v14:i32 = isub v7, v13\n    v") {
		t.Errorf("exit arguments: the copies do not address from v3, or the first step stayed:\n%s", s)
	}

	// A body of more than unroll4Max instructions gets two copies.
	var body strings.Builder
	for i := range unroll4Max {
		body.WriteString(fmt.Sprintf("    v%d:i32 = iadd v%d, v10\n", 100+i+1, 100+i))
	}
	small := strings.Replace(tiny, "    v11:i32 = iadd v3, v10\n", "    v100:i32 = iadd v3, v10\n"+body.String()+fmt.Sprintf("    v11:i32 = iadd v%d, v10\n", 100+unroll4Max), 1)
	if got, want := parseUnrolled(t, small).NumBlocks(), 5; got != want {
		t.Errorf("small loop: %d blocks, want %d (two copies and the exit block)", got, want)
	}

	for _, tc := range []struct{ name, from, to string }{
		{"call", "v8:i32 = load8_u 0 v3", "v8:i32 = call 0 v3"},
		{"both targets the loop", "brif v12, b1(v11, v12, v9), b2", "brif v12, b1(v11, v12, v9), b1(v11, v12, v9)"},
		{"no exit", "brif v12, b1(v11, v12, v9), b2", "jump b1(v11, v12, v9)"},
		{"two blocks", "brif v12, b1(v11, v12, v9), b2", "brif v12, b3, b2\nb3:\n    jump b1(v11, v12, v9)"},
	} {
		f := parseUnrolled(t, strings.Replace(tiny, tc.from, tc.to, 1))
		g, _ := ir.Parse(strings.Replace(tiny, tc.from, tc.to, 1))
		if f.String() != g.String() {
			t.Errorf("%s: unrolled:\n%s", tc.name, f)
		}
	}
	var large strings.Builder
	for i := range unroll2Max {
		large.WriteString(fmt.Sprintf("    v%d:i32 = iadd v%d, v10\n", 100+i+1, 100+i))
	}
	if got := parseUnrolled(t, strings.Replace(tiny, "    v11:i32 = iadd v3, v10\n", "    v100:i32 = iadd v3, v10\n"+large.String()+fmt.Sprintf("    v11:i32 = iadd v%d, v10\n", 100+unroll2Max), 1)).NumBlocks(); got != 3 {
		t.Errorf("too large: %d blocks, want 3", got)
	}
}

func parseUnrolled(t *testing.T, text string) *ir.Func {
	t.Helper()
	f, err := ir.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	UnrollLoops(f)
	if err := ir.Verify(f); err != nil {
		t.Fatalf("%v\n%s", err, f)
	}
	return f
}
