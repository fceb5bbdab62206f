package opt

import (
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// Each case is IR text in and IR text out for one pass.
var passTests = []struct {
	name string
	pass func(*ir.Func)
	in   string
	out  string
}{
	{"fold-arith", func(f *ir.Func) { ConstFold(f); CopyProp(f); DCE(f) }, `
func "f"() -> (i32) {
b0:
    v0:i32 = iconst 6
    v1:i32 = iconst 7
    v2:i32 = imul v0, v1
    v3:i32 = iconst -1
    v4:i32 = ishr_u v3, v0
    v5:i32 = iadd v2, v4
    return v5
}`, `
func "f"() -> (i32) {
b0:
    v0:i32 = iconst 67108905
    return v0
}`},
	{"fold-keeps-traps", func(f *ir.Func) { ConstFold(f); DCE(f) }, `
func "f"() -> (i32) {
b0:
    v0:i32 = iconst 1
    v1:i32 = iconst 0
    v2:i32 = idiv_s v0, v1
    v3:i32 = iconst -2147483648
    v4:i32 = iconst -1
    v5:i32 = idiv_s v3, v4
    v6:i32 = irem_s v3, v4
    return v6
}`, `
func "f"() -> (i32) {
b0:
    v0:i32 = iconst 1
    v1:i32 = iconst 0
    v2:i32 = idiv_s v0, v1
    v3:i32 = iconst -2147483648
    v4:i32 = iconst -1
    v5:i32 = idiv_s v3, v4
    v6:i32 = iconst 0
    return v6
}`},
	{"algebra", func(f *ir.Func) { ConstFold(f); CopyProp(f); DCE(f) }, `
func "f"(i64, i64) -> (i64) {
b0(v0:i64, v1:i64):
    v2:i64 = iconst 0
    v3:i64 = iadd v2, v0
    v4:i64 = isub v1, v1
    v5:i64 = ior v3, v4
    v6:i64 = iconst 8
    v7:i64 = imul v5, v6
    v8:i64 = iconst 64
    v9:i64 = irotl v7, v8
    return v9
}`, `
func "f"(i64, i64) -> (i64) {
b0(v0:i64, v1:i64):
    v2:i64 = iconst 3
    v3:i64 = ishl v0, v2
    return v3
}`},
	// select and iadd are the ends of the run of opcodes fold looks at.
	{"fold-select", func(f *ir.Func) { ConstFold(f); CopyProp(f); DCE(f) }, `
func "f"(i32, i32, i32) -> (i32, i32, i32) {
b0(v0:i32, v1:i32, v2:i32):
    v3:i32 = iconst 1
    v4:i32 = select v3, v1, v2
    v5:i32 = select v0, v2, v2
    v6:i32 = iconst 0
    v7:i32 = iadd v0, v6
    return v4, v5, v7
}`, `
func "f"(i32, i32, i32) -> (i32, i32, i32) {
b0(v0:i32, v1:i32, v2:i32):
    return v1, v2, v0
}`},
	{"fold-compare-branch", func(f *ir.Func) { ConstFold(f); BranchFold(f); DCE(f) }, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 3
    v2:i32 = iconst 4
    v3:i32 = icmp lt_s v1, v2
    brif v3, b1, b2
b1:
    return v1
b2:
    return v0
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 3
    return v1
}`},
	{"ieqz-of-compare", func(f *ir.Func) { ConstFold(f); DCE(f) }, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = icmp lt_u v0, v1
    v3:i32 = ieqz v2
    return v3
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = icmp ge_u v0, v1
    return v2
}`},
	// Go's code tests a boolean so: load, ieqz, extend_u, ieqz, ieqz,
	// brif. The chain folds to one comparison (the extended boolean
	// stays for its other use).
	{"ieqz-chain", func(f *ir.Func) { ConstFold(f); DCE(f) }, `
func "f"(i32) -> (i64) {
b0(v0:i32):
    v1:i64 = load 48 v0
    v2:i32 = ieqz v1
    v3:i64 = extend_u v2
    v4:i32 = ieqz v3
    v5:i32 = ieqz v4
    brif v5, b1, b2
b1:
    return v3
b2:
    v6:i64 = iconst 7
    return v6
}`, `
func "f"(i32) -> (i64) {
b0(v0:i32):
    v1:i64 = load 48 v0
    v2:i32 = ieqz v1
    v3:i64 = extend_u v2
    v4:i64 = iconst 0
    v5:i32 = icmp eq v1, v4
    brif v5, b1, b2
b1:
    return v3
b2:
    v6:i64 = iconst 7
    return v6
}`},
	// ieqz of a zero-extended value that is not a condition tests the
	// i32; ieqz of ieqz of one is a comparison with zero of its type.
	{"ieqz-extend", func(f *ir.Func) { ConstFold(f); DCE(f) }, `
func "f"(i32, i32) -> (i32, i32) {
b0(v0:i32, v1:i32):
    v2:i64 = extend_u v0
    v3:i32 = ieqz v2
    v4:i32 = ieqz v1
    v5:i32 = ieqz v4
    return v3, v5
}`, `
func "f"(i32, i32) -> (i32, i32) {
b0(v0:i32, v1:i32):
    v2:i32 = ieqz v0
    v3:i32 = iconst 0
    v4:i32 = icmp ne v1, v3
    return v2, v4
}`},
	// Go's shape: a dispatch block (b1, only a br_table on its
	// parameter) that every jump reaches with a constant. The constant
	// jumps go straight to their cases; the entry's jump, with a number
	// only known at run time, still dispatches; a number beyond the table
	// takes the default. b1's parameter v5, read in b4 (which b1
	// dominated), is read there as what reaches b4: v1 from the entry, v8
	// from b3. The loop is now b3's own, and b1 and b2 merge into the
	// entry and its first case.
	{"thread-dispatch", func(f *ir.Func) { ThreadDispatch(f); SimplifyParams(f); BranchFold(f) }, `
func "f"(i32, i64) -> (i64) {
b0(v0:i32, v1:i64):
    v2:i32 = iconst 1
    v3:i32 = iconst 7
    jump b1(v0, v1)
b1(v4:i32, v5:i64):
    br_table v4, b2(v5), b3(v5), b4
b2(v6:i64):
    v7:i64 = iadd v6, v6
    jump b1(v2, v7)
b3(v8:i64):
    v9:i32 = ieqz v8
    brif v9, b1(v3, v8), b1(v2, v8)
b4:
    return v5
}`, `
func "f"(i32, i64) -> (i64) {
b0(v0:i32, v1:i64):
    v2:i32 = iconst 1
    v3:i32 = iconst 7
    br_table v0, b1, b2(v1), b3(v1)
b1:
    v4:i64 = iadd v1, v1
    jump b2(v4)
b2(v5:i64):
    v6:i32 = ieqz v5
    brif v6, b3(v5), b2(v5)
b3(v7:i64):
    return v7
}`},
	// The pass alone: b3, which read b1's parameter v4, is now entered
	// from b1 and from the threaded branch, and gets a parameter for it
	// (v4 from b1, v6 from b2).
	{"thread-dispatch-alone", ThreadDispatch, `
func "f"(i32, i64) -> (i64) {
b0(v0:i32, v1:i64):
    v2:i32 = iconst 1
    jump b1(v0, v1)
b1(v3:i32, v4:i64):
    br_table v3, b2(v4), b3
b2(v5:i64):
    v6:i64 = iadd v5, v5
    v7:i32 = wrap v6
    brif v7, b1(v2, v6), b1(v0, v6)
b3:
    return v4
}`, `
func "f"(i32, i64) -> (i64) {
b0(v0:i32, v1:i64):
    v2:i32 = iconst 1
    jump b1(v0, v1)
b1(v3:i32, v4:i64):
    br_table v3, b2(v4), b3(v4)
b2(v5:i64):
    v6:i64 = iadd v5, v5
    v7:i32 = wrap v6
    brif v7, b3(v6), b1(v0, v6)
b3(v8:i64):
    return v8
}`},
	// b3 goes back to case 0 swapping b1's parameters v4 and v5, which
	// b2 reads. Rewriting b2's read of v4 gives b2 a parameter whose
	// argument from b3 is v5 there, which gives b2 a parameter for v5
	// while the first's arguments are being filled: each branch into b2
	// must pass the two in the order of the parameters.
	{"thread-dispatch-swap", ThreadDispatch, `
func "f"(i32, i64, i64) -> (i64) {
b0(v0:i32, v1:i64, v2:i64):
    jump b1(v0, v1, v2)
b1(v3:i32, v4:i64, v5:i64):
    br_table v3, b2, b4
b2:
    v6:i64 = isub v4, v5
    v7:i32 = wrap v6
    brif v7, b3, b4
b3:
    v8:i32 = iconst 0
    jump b1(v8, v5, v4)
b4:
    return v4
}`, `
func "f"(i32, i64, i64) -> (i64) {
b0(v0:i32, v1:i64, v2:i64):
    jump b1(v0, v1, v2)
b1(v3:i32, v4:i64, v5:i64):
    br_table v3, b2(v4, v5), b4(v4)
b2(v6:i64, v7:i64):
    v8:i64 = isub v6, v7
    v9:i32 = wrap v8
    brif v9, b3, b4(v6)
b3:
    v10:i32 = iconst 0
    jump b2(v7, v6)
b4(v11:i64):
    return v11
}`},
	// Over the budget (parameters times blocks and branches): left alone.
	{"thread-dispatch-budget", func(f *ir.Func) {
		defer func(b int64) { threadBudget = b }(threadBudget)
		threadBudget = 2*14 - 1 // 2 parameters, 4 blocks, 10 branches, less one
		ThreadDispatch(f)
	}, `
func "f"(i32, i64) -> (i64) {
b0(v0:i32, v1:i64):
    v2:i32 = iconst 1
    jump b1(v0, v1)
b1(v3:i32, v4:i64):
    br_table v3, b2(v4), b2(v4), b2(v4), b2(v4), b2(v4), b2(v4), b3
b2(v5:i64):
    v6:i64 = iadd v5, v5
    v7:i32 = wrap v6
    brif v7, b1(v2, v6), b1(v0, v6)
b3:
    return v4
}`, ""},
	// Dispatch blocks that send a constant to themselves: left alone.
	{"thread-dispatch-self", func(f *ir.Func) { ThreadDispatch(f) }, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 0
    brif v0, b1(v1), b2
b1(v2:i32):
    br_table v2, b1(v2), b2
b2:
    return v0
}`, ""},
	{"float-fold", func(f *ir.Func) { ConstFold(f); DCE(f) }, `
func "f"() -> (f64, f64) {
b0:
    v0:f64 = fconst 0x3ff0000000000000
    v1:f64 = fconst 0x4000000000000000
    v2:f64 = fadd v0, v1
    v3:f64 = fconst 0x0
    v4:f64 = fdiv v3, v3
    return v2, v4
}`, `
func "f"() -> (f64, f64) {
b0:
    v0:f64 = fconst 0x4008000000000000
    v1:f64 = fconst 0x0
    v2:f64 = fdiv v1, v1
    return v0, v2
}`},
	{"copy-prop", CopyProp, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = copy v0
    v2:i32 = copy v1
    jump b1(v2)
b1(v3:i32):
    v4:i32 = iadd v3, v2
    return v4
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iadd v1, v0
    return v2
}`},
	{"dce", DCE, `
func "f"(i32) -> () {
b0(v0:i32):
    v1:i32 = iadd v0, v0
    v2:i32 = load 0 v0
    v3:i32 = iconst 5
    store 0 v0, v3
    v4:tuple = call 1 v0
    v5:i32 = proj 0 v4
    jump b1(v1, v0)
b1(v6:i32, v7:i32):
    v8:i32 = imul v7, v7
    brif v7, b1(v6, v8), b2
b2:
    return
}`, `
func "f"(i32) -> () {
b0(v0:i32):
    v1:i32 = load 0 v0
    v2:i32 = iconst 5
    store 0 v0, v2
    v3:tuple = call 1 v0
    jump b1(v0)
b1(v4:i32):
    v5:i32 = imul v4, v4
    brif v4, b1(v5), b2
b2:
    return
}`},
	// Values that only a loop's back edge keeps alive, in a chain that
	// the walk has passed when it finds the header's parameter live (one
	// parameter passed to another, too), a dead cycle through a
	// parameter, and an unreachable block's effects.
	{"dce-back-edges", DCE, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0, v0, v0)
b1(v1:i32, v2:i32, v3:i32):
    v4:i32 = iadd v2, v0
    v5:i32 = imul v4, v4
    brif v1, b2, b3
b2:
    v6:i32 = isub v5, v0
    v7:i32 = iadd v3, v0
    jump b1(v6, v1, v7)
b3:
    return v0
b4:
    v8:i32 = iadd v0, v0
    v9:i32 = iadd v0, v0
    store 0 v0, v8
    return v0
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0, v0)
b1(v1:i32, v2:i32):
    v3:i32 = iadd v2, v0
    v4:i32 = imul v3, v3
    brif v1, b2, b3
b2:
    v5:i32 = isub v4, v0
    jump b1(v5, v1)
b3:
    return v0
b4:
    v6:i32 = iadd v0, v0
    store 0 v0, v6
    return v0
}`},
	{"gvn", func(f *ir.Func) { GVN(f); CopyProp(f) }, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iadd v0, v1
    v3:i32 = load 0 v0
    brif v0, b1, b2
b1:
    v4:i32 = iadd v0, v1
    v5:i32 = load 0 v0
    v6:i32 = idiv_u v4, v5
    v7:i32 = idiv_u v2, v5
    v8:i32 = iadd v6, v7
    return v8
b2:
    v9:i32 = iadd v0, v1
    return v9
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iadd v0, v1
    v3:i32 = load 0 v0
    brif v0, b1, b2
b1:
    v4:i32 = load 0 v0
    v5:i32 = idiv_u v2, v4
    v6:i32 = iadd v5, v5
    return v6
b2:
    return v2
}`},
	// p + (o + c) after p + o becomes (p + o) + c: out[o], then out[o+1]
	// in a block p + o dominates (v7, either operand order, with o + c
	// kept for its other use); not where p + o does not dominate (v12)
	// or c is not a constant (v15).
	{"gvn-reassociates-offsets", func(f *ir.Func) { GVN(f); CopyProp(f) }, `
func "f"(i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32):
    v3:i32 = iadd v1, v0
    store8 0 v3, v2
    v4:i32 = iconst 1
    v5:i32 = iadd v1, v4
    brif v2, b1, b2
b1:
    v6:i32 = iconst 2
    v7:i32 = iadd v0, v5
    store8 0 v7, v2
    v8:i32 = iadd v1, v6
    v9:i32 = iadd v8, v0
    store8 0 v9, v2
    jump b3(v5)
b2:
    v10:i32 = iadd v2, v1
    jump b3(v10)
b3(v11:i32):
    v12:i32 = iadd v11, v4
    v13:i32 = iadd v2, v12
    v14:i32 = iadd v1, v2
    v15:i32 = iadd v0, v14
    v16:i32 = iadd v13, v15
    return v16
}`, `
func "f"(i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32):
    v3:i32 = iadd v1, v0
    store8 0 v3, v2
    v4:i32 = iconst 1
    v5:i32 = iadd v1, v4
    brif v2, b1, b2
b1:
    v6:i32 = iconst 2
    v7:i32 = iadd v3, v4
    store8 0 v7, v2
    v8:i32 = iadd v1, v6
    v9:i32 = iadd v3, v6
    store8 0 v9, v2
    jump b3(v5)
b2:
    v10:i32 = iadd v2, v1
    jump b3(v10)
b3(v11:i32):
    v12:i32 = iadd v11, v4
    v13:i32 = iadd v2, v12
    v14:i32 = iadd v1, v2
    v15:i32 = iadd v0, v14
    v16:i32 = iadd v13, v15
    return v16
}`},
	// Operands made equal by GVN let what uses them fold: a select of
	// two equal values (v5), a difference of equal values (v6), and then
	// the sum of the two.
	{"gvn-folds-what-it-exposes", func(f *ir.Func) { GVN(f); CopyProp(f); DCE(f) }, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = imul v0, v1
    v3:i32 = imul v0, v1
    v4:i32 = iconst 7
    v5:i32 = select v1, v2, v3
    v6:i32 = isub v3, v2
    v7:i32 = iadd v5, v6
    store 0 v0, v7
    return v5
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = imul v0, v1
    store 0 v0, v2
    return v2
}`},
	{"gvn-is-scoped-by-dominance", func(f *ir.Func) { GVN(f); CopyProp(f) }, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    brif v0, b1, b2
b1:
    v2:i32 = imul v0, v1
    jump b3(v2)
b2:
    v3:i32 = imul v0, v1
    jump b3(v3)
b3(v4:i32):
    return v4
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    brif v0, b1, b2
b1:
    v2:i32 = imul v0, v1
    jump b3(v2)
b2:
    v3:i32 = imul v0, v1
    jump b3(v3)
b3(v4:i32):
    return v4
}`},
	{"licm", LICM, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    jump b1(v2)
b1(v3:i32):
    v4:i32 = imul v0, v1
    v5:i32 = iconst 1
    v6:i32 = iadd v4, v5
    v7:i32 = idiv_u v0, v1
    v8:i32 = iadd v3, v6
    v9:i32 = iadd v8, v7
    v10:i32 = icmp lt_u v9, v0
    brif v10, b1(v9), b2
b2:
    return v9
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    v3:i32 = imul v0, v1
    v4:i32 = iconst 1
    v5:i32 = iadd v3, v4
    jump b1(v2)
b1(v6:i32):
    v7:i32 = idiv_u v0, v1
    v8:i32 = iadd v6, v5
    v9:i32 = iadd v8, v7
    v10:i32 = icmp lt_u v9, v0
    brif v10, b1(v9), b2
b2:
    return v9
}`},
	{"licm-merges-siblings", func(f *ir.Func) { LICM(f); CopyProp(f); DCE(f) }, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    jump b1(v2)
b1(v3:i32):
    brif v3, b2, b3
b2:
    v4:i32 = imul v0, v1
    v5:i32 = iconst 8
    v6:i32 = iadd v4, v5
    jump b4(v6)
b3:
    v7:i32 = imul v0, v1
    v8:i32 = iconst 8
    v9:i32 = iadd v7, v8
    v10:i32 = ixor v9, v3
    jump b4(v10)
b4(v11:i32):
    v12:i32 = iadd v3, v11
    v13:i32 = icmp lt_u v12, v0
    brif v13, b1(v12), b5
b5:
    return v12
}`, `
func "f"(i32, i32) -> (i32) {
b0(v0:i32, v1:i32):
    v2:i32 = iconst 0
    v3:i32 = imul v0, v1
    v4:i32 = iconst 8
    v5:i32 = iadd v3, v4
    jump b1(v2)
b1(v6:i32):
    brif v6, b2, b3
b2:
    jump b4(v5)
b3:
    v7:i32 = ixor v5, v6
    jump b4(v7)
b4(v8:i32):
    v9:i32 = iadd v6, v8
    v10:i32 = icmp lt_u v9, v0
    brif v10, b1(v9), b5
b5:
    return v9
}`},
	{"branch-fold-threads-and-merges", BranchFold, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b1, b2
b1:
    jump b3(v0)
b2:
    v1:i32 = iconst 2
    jump b3(v1)
b3(v2:i32):
    jump b4(v2)
b4(v3:i32):
    v4:i32 = iadd v3, v3
    jump b5
b5:
    return v4
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b2(v0), b1
b1:
    v1:i32 = iconst 2
    jump b2(v1)
b2(v2:i32):
    v3:i32 = iadd v2, v2
    return v3
}`},
	// Merging b1 into b0 makes the br_table's targets the same: the
	// round after it still has a branch to fold.
	{"branch-fold-after-merge", BranchFold, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    br_table v1, b2(v0), b2(v1)
b2(v2:i32):
    return v2
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    return v0
}`},
	// b2 holds only a jump, but b1 (numbered before it) uses its
	// parameter: it stays, and b1 merges into it.
	{"branch-fold-keeps-used-param", BranchFold, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b2(v0), b3
b1:
    v2:i32 = iadd v1, v1
    return v2
b2(v1:i32):
    jump b1
b3:
    return v0
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b1(v0), b2
b1(v1:i32):
    v2:i32 = iadd v1, v1
    return v2
b2:
    return v0
}`},
	// b1 is bypassed after b2, which branches back to it (through b3,
	// bypassed before), was visited: that back edge is redirected at the
	// end, with its argument.
	{"bypass-back-edge", func(f *ir.Func) { bypassEmptyBlocks(f) }, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    jump b2(v1)
b2(v2:i32):
    v3:i32 = iadd v2, v2
    brif v3, b3, b4
b3:
    jump b1(v3)
b4:
    return v3
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = iadd v1, v1
    brif v2, b1(v2), b2
b2:
    return v2
}`},
	{"br-table-const", BranchFold, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 7
    br_table v1, b1, b2, b3
b1:
    return v0
b2:
    return v0
b3:
    return v1
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = iconst 7
    return v1
}`},
	{"simplify-params", SimplifyParams, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0, v0)
b1(v1:i32, v2:i32):
    v3:i32 = iadd v1, v2
    brif v3, b1(v1, v2), b2(v1)
b2(v4:i32):
    return v4
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1
b1:
    v1:i32 = iadd v0, v0
    brif v1, b1, b2
b2:
    return v0
}`},
	// b1's parameter gets v0 and b2's: it is trivial only once b2's,
	// tested after it, is found to be v0, which takes a second walk.
	{"simplify-params-again", SimplifyParams, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b2(v0), b1(v0)
b1(v1:i32):
    return v1
b2(v2:i32):
    jump b1(v2)
}`, `
func "f"(i32) -> (i32) {
b0(v0:i32):
    brif v0, b2, b1
b1:
    return v0
b2:
    jump b1
}`},
}

func TestPasses(t *testing.T) {
	for _, c := range passTests {
		checkPass(t, c.name, c.pass, c.in, c.out)
	}
}

// checkPass runs pass on the function in IR text in and compares the
// result with IR text out ("": in, unchanged), checking both verify.
func checkPass(t *testing.T, name string, pass func(*ir.Func), in, out string) {
	t.Helper()
	f, err := ir.Parse(in)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := ir.Verify(f); err != nil {
		t.Fatalf("%s: input: %v", name, err)
	}
	pass(f)
	if err := ir.Verify(f); err != nil {
		t.Errorf("%s: output does not verify: %v\n%s", name, err, f)
		return
	}
	if out == "" {
		out = in
	}
	want := strings.TrimLeft(out, "\n") + "\n"
	if got := f.String(); got != want {
		t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
	}
}
