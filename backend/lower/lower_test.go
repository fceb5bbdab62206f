package lower

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// testEnv: functions 0 and 1 imported (types 0 and 1), 2 defined; global 0
// imported, globals 1 and 2 defined; two tables; three types.
func testEnv() *mach.Env {
	sigs := []ir.Signature{{Params: []ir.Type{ir.I32}, Results: []ir.Type{ir.I32}}, {}, {Results: []ir.Type{ir.I64}}}
	funcTypes := []uint32{0, 1, 2}
	return &mach.Env{
		FuncType:         func(i uint32) ir.Signature { return sigs[funcTypes[i]] },
		Type:             func(i uint32) ir.Signature { return sigs[i] },
		FuncTypeIndex:    func(i uint32) uint32 { return funcTypes[i] },
		NumImportedFuncs: 2,
		Layout: abi.NewLayout(abi.ModuleShape{NumImportedGlobals: 1, GlobalIsV128: []bool{false, false},
			NumTables: 2, NumImportedFuncs: 2, NumTypes: 3, NumFuncs: 3}),
	}
}

// Each case is IR before lowering and the IR the lowering must produce.
// Layout: globals at 32 (imported), 40, 48; tables at 56, 64; imports at
// 72, 88; type ids at 104; descriptors at 120.
var cases = []struct{ name, in, want string }{
	{"globals", `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = global_get 0
    v2:i64 = global_get 2
    global_set 1 v1
    return v1
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    poll
    v3:i64 = vmctx
    v4:i64 = load_ptr 32 0 v3
    v1:i32 = load_ptr 0 0 v4
    v2:i64 = load_ptr 48 0 v3
    store_ptr 40 0 v3, v1
    return v1
}`},
	{"memory and ref.func", `func "f"() -> (i32) {
b0:
    v0:i32 = memory_size
    v1:funcref = ref_func 2
    v2:i32 = memory_grow v0
    return v2
}`, `func "f"() -> (i32) {
b0:
    poll
    v3:i64 = vmctx
    v0:i32 = load_ptr 10 0 v3
    v1:funcref = ptradd 184 v3
    v2:i32 = call_builtin 0 v0
    return v2
}`},
	{"import call and builtins with immediates", `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = call 0 v0
    v2:i64 = call 2
    table_copy 1 0 v0, v0, v1
    data_drop 3
    return v1
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    poll
    v3:i64 = vmctx
    v4:i64 = load_ptr 72 0 v3
    v5:i64 = load_ptr 80 0 v3
    v1:i32 = call_ptr 0 v4, v5, v0
    v2:i64 = call 2
    v6:i64 = iconst 1
    v7:i64 = iconst 0
    call_builtin 5 v6, v7, v0, v0, v1
    v8:i64 = iconst 3
    call_builtin 2 v8
    return v1
}`},
	// The VMCtx is read once between calls: the stack pointer's get and
	// set around a call (call 2 is a direct call, which reads none).
	{"vmctx between calls", `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = global_get 1
    v2:i32 = iconst 16
    v3:i32 = isub v1, v2
    global_set 1 v3
    v4:i64 = call 2
    global_set 1 v1
    v5:i32 = global_get 2
    return v5
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    poll
    v6:i64 = vmctx
    v1:i32 = load_ptr 40 0 v6
    v2:i32 = iconst 16
    v3:i32 = isub v1, v2
    store_ptr 40 0 v6, v3
    v4:i64 = call 2
    v7:i64 = vmctx
    store_ptr 40 0 v7, v1
    v5:i32 = load_ptr 48 0 v7
    return v5
}`},
	{"memory.copy and memory.fill", `func "f"(i32, i32, i32) -> () {
b0(v0:i32, v1:i32, v2:i32):
    memory_copy v0, v1, v2
    memory_fill v0, v1, v2
    v3:i32 = iconst 0
    memory_fill v0, v1, v3
    v4:i32 = iconst -1
    memory_copy v4, v4, v4
    return
}`, `func "f"(i32, i32, i32) -> () {
b0(v0:i32, v1:i32, v2:i32):
    poll
    v3:i64 = vmctx
    v4:i64 = load_ptr 8 0 v3
    v5:i64 = extend_u v2
    v6:i64 = extend_u v0
    v7:i64 = iadd v6, v5
    v8:i32 = icmp gt_u v7, v4
    trapif oob_memory v8
    v9:i64 = extend_u v1
    v10:i64 = iadd v9, v5
    v11:i32 = icmp gt_u v10, v4
    trapif oob_memory v11
    v12:i64 = mem_addr v9
    v13:i64 = mem_addr v6
    call_routine 0 v13, v12, v5
    v14:i64 = vmctx
    v15:i64 = load_ptr 8 0 v14
    v16:i64 = extend_u v2
    v17:i64 = extend_u v0
    v18:i64 = iadd v17, v16
    v19:i32 = icmp gt_u v18, v15
    trapif oob_memory v19
    v20:i64 = mem_addr v17
    call_routine 1 v20, v1, v16
    v21:i32 = iconst 0
    v22:i64 = vmctx
    v23:i64 = load_ptr 8 0 v22
    v24:i64 = iconst 0
    v25:i64 = extend_u v0
    v26:i32 = icmp gt_u v25, v23
    trapif oob_memory v26
    v27:i64 = mem_addr v25
    call_routine 1 v27, v1, v24
    v28:i32 = iconst -1
    v29:i64 = vmctx
    v30:i64 = load_ptr 8 0 v29
    v31:i64 = iconst 4294967295
    v32:i64 = iconst 4294967295
    v33:i64 = iconst 8589934590
    v34:i32 = icmp lt_u v30, v33
    trapif oob_memory v34
    v35:i64 = iconst 4294967295
    v36:i64 = iconst 8589934590
    v37:i32 = icmp lt_u v30, v36
    trapif oob_memory v37
    v38:i64 = mem_addr v35
    v39:i64 = mem_addr v32
    call_routine 0 v39, v38, v31
    return
}`},
	{"tables", `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:funcref = table_get 1 v0
    table_set 0 v0, v1
    v2:i32 = table_size 1
    return v2
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    poll
    v1:i64 = vmctx
    v2:i64 = load_ptr 64 0 v1
    v3:i64 = load_ptr 8 0 v2
    v4:i64 = extend_u v0
    v5:i32 = icmp ge_u v4, v3
    trapif oob_table v5
    v6:i64 = iadd v4, v4
    v7:i64 = load_ptr 0 0 v2
    v8:funcref = load_ptr 0 8 v7, v6
    v9:i64 = load_ptr 56 0 v1
    v10:i64 = load_ptr 8 0 v9
    v11:i64 = extend_u v0
    v12:i32 = icmp ge_u v11, v10
    trapif oob_table v12
    v13:i64 = iadd v11, v11
    v14:i64 = load_ptr 0 0 v9
    v15:i32 = ref_is_null v8
    v16:funcref = ptradd 0 v1
    v17:funcref = select v15, v16, v8
    v18:i64 = load_ptr 0 0 v17
    v19:i64 = iconst 0
    v20:i64 = select v15, v19, v18
    store_ptr 8 8 v14, v13, v20
    store_ptr 0 8 v14, v13, v8
    v21:i64 = load_ptr 64 0 v1
    v22:i32 = load_ptr 8 0 v21
    return v22
}`},
	{"call_indirect", `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = call_indirect 0 1 v0, v0
    return v1
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    poll
    v1:i64 = vmctx
    v2:i64 = load_ptr 64 0 v1
    v3:i64 = load_ptr 8 0 v2
    v4:i64 = extend_u v0
    v5:i32 = icmp ge_u v4, v3
    trapif undefined_element v5
    v6:i64 = iadd v4, v4
    v7:i64 = load_ptr 0 0 v2
    v8:i64 = load_ptr 0 8 v7, v6
    v9:i32 = ieqz v8
    trapif null_element v9
    v10:i32 = load_ptr 16 0 v8
    v11:i32 = load_ptr 104 0 v1
    v12:i32 = icmp ne v10, v11
    trapif indirect_call_type v12
    v13:i64 = load_ptr 8 8 v7, v6
    v14:i64 = load_ptr 0 0 v8
    v15:i32 = icmp ne v13, v14
    trapif indirect_call_type v15
    v16:i64 = load_ptr 8 0 v8
    v17:i32 = call_ptr 0 v13, v16, v0
    return v17
}`},
	// An edge from an unreachable block is no back edge.
	{"unreachable predecessor", `func "f"(i32) -> () {
b0(v0:i32):
    jump b1
b1:
    return
b2:
    jump b1
}`, `func "f"(i32) -> () {
b0(v0:i32):
    poll
    jump b1
b1:
    return
b2:
    jump b1
}`},
	// Loops do not poll, with calls (to a defined function, to an import)
	// or without.
	{"loops that call", `func "f"(i32) -> () {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i64 = call 2
    brif v1, b1(v1), b2
b2:
    jump b3
b3:
    call 1
    brif v0, b3, b4
b4:
    return
}`, `func "f"(i32) -> () {
b0(v0:i32):
    poll
    jump b1(v0)
b1(v1:i32):
    v2:i64 = call 2
    brif v1, b1(v1), b2
b2:
    jump b3
b3:
    v3:i64 = vmctx
    v4:i64 = load_ptr 88 0 v3
    v5:i64 = load_ptr 96 0 v3
    call_ptr 1 v4, v5
    brif v0, b3, b4
b4:
    return
}`},
	{"loops do not poll", `func "f"(i32) -> () {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    brif v1, b1(v1), b2
b2:
    return
}`, `func "f"(i32) -> () {
b0(v0:i32):
    poll
    jump b1(v0)
b1(v1:i32):
    brif v1, b1(v1), b2
b2:
    return
}`},
}

func TestRuntime(t *testing.T) {
	for _, tc := range cases {
		check(t, tc.name, tc.in, tc.want, testEnv())
	}
}

// check lowers the IR in for env and compares it with want.
func check(t *testing.T, name, in, want string, env *mach.Env) {
	t.Helper()
	f, err := ir.Parse(in)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := ir.Verify(f); err != nil {
		t.Fatalf("%s: input: %v", name, err)
	}
	Runtime(f, env)
	if err := ir.Verify(f); err != nil {
		t.Errorf("%s: lowered IR does not verify: %v\n%s", name, err, f)
		return
	}
	// Values keep their numbers, so compare the text after a round trip
	// (which renumbers in order) with the expected text.
	w, err := ir.Parse(want)
	if err != nil {
		t.Fatalf("%s: want: %v", name, err)
	}
	if got, w := strings.TrimSpace(renumber(t, f)), strings.TrimSpace(renumber(t, w)); got != w {
		t.Errorf("%s:\ngot\n%s\nwant\n%s", name, got, w)
	}
}

// With table 0 of fixed length 5, its bounds checks compare with a
// constant; in a loop (b1, and b2 after it), call_indirect takes the
// table's header (table 1) or element array (table 0) and the type id it
// expects from loads in the entry block, made once per table and type.
func TestTableAddressesInLoops(t *testing.T) {
	env := testEnv()
	env.FixedTableLen = func(t uint32) (uint32, bool) { return 5, t == 0 }
	check(t, "fixed table outside loops", `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = call_indirect 0 0 v0, v0
    v2:funcref = table_get 0 v1
    return v1
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    poll
    v1:i64 = vmctx
    v2:i64 = load_ptr 56 0 v1
    v3:i64 = iconst 5
    v4:i64 = extend_u v0
    v5:i32 = icmp ge_u v4, v3
    trapif undefined_element v5
    v6:i64 = iadd v4, v4
    v7:i64 = load_ptr 0 0 v2
    v8:i64 = load_ptr 0 8 v7, v6
    v9:i32 = ieqz v8
    trapif null_element v9
    v10:i32 = load_ptr 16 0 v8
    v11:i32 = load_ptr 104 0 v1
    v12:i32 = icmp ne v10, v11
    trapif indirect_call_type v12
    v13:i64 = load_ptr 8 8 v7, v6
    v14:i64 = load_ptr 0 0 v8
    v15:i32 = icmp ne v13, v14
    trapif indirect_call_type v15
    v16:i64 = load_ptr 8 0 v8
    v17:i32 = call_ptr 0 v13, v16, v0
    v18:i64 = vmctx
    v19:i64 = load_ptr 56 0 v18
    v20:i64 = iconst 5
    v21:i64 = extend_u v17
    v22:i32 = icmp ge_u v21, v20
    trapif oob_table v22
    v23:i64 = iadd v21, v21
    v24:i64 = load_ptr 0 0 v19
    v25:funcref = load_ptr 0 8 v24, v23
    return v17
}`, env)
	check(t, "call_indirect in loops", `func "f"(i32) -> (i32) {
b0(v0:i32):
    jump b1(v0)
b1(v1:i32):
    v2:i32 = call_indirect 0 0 v1, v1
    v3:i32 = call_indirect 0 1 v2, v2
    brif v3, b1(v3), b2
b2:
    v4:i32 = call_indirect 0 0 v3, v3
    return v4
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i64 = vmctx
    v2:i64 = load_ptr 56 0 v1
    v3:i64 = load_ptr 0 0 v2
    v4:i32 = load_ptr 104 0 v1
    v5:i64 = load_ptr 64 0 v1
    poll
    jump b1(v0)
b1(v6:i32):
    v7:i64 = iconst 5
    v8:i64 = extend_u v6
    v9:i32 = icmp ge_u v8, v7
    trapif undefined_element v9
    v10:i64 = iadd v8, v8
    v11:i64 = load_ptr 0 8 v3, v10
    v12:i32 = ieqz v11
    trapif null_element v12
    v13:i32 = load_ptr 16 0 v11
    v14:i32 = icmp ne v13, v4
    trapif indirect_call_type v14
    v15:i64 = load_ptr 8 8 v3, v10
    v16:i64 = load_ptr 0 0 v11
    v17:i32 = icmp ne v15, v16
    trapif indirect_call_type v17
    v18:i64 = load_ptr 8 0 v11
    v19:i32 = call_ptr 0 v15, v18, v6
    v20:i64 = load_ptr 8 0 v5
    v21:i64 = extend_u v19
    v22:i32 = icmp ge_u v21, v20
    trapif undefined_element v22
    v23:i64 = iadd v21, v21
    v24:i64 = load_ptr 0 0 v5
    v25:i64 = load_ptr 0 8 v24, v23
    v26:i32 = ieqz v25
    trapif null_element v26
    v27:i32 = load_ptr 16 0 v25
    v28:i32 = icmp ne v27, v4
    trapif indirect_call_type v28
    v29:i64 = load_ptr 8 8 v24, v23
    v30:i64 = load_ptr 0 0 v25
    v31:i32 = icmp ne v29, v30
    trapif indirect_call_type v31
    v32:i64 = load_ptr 8 0 v25
    v33:i32 = call_ptr 0 v29, v32, v19
    brif v33, b1(v33), b2
b2:
    v34:i64 = iconst 5
    v35:i64 = extend_u v33
    v36:i32 = icmp ge_u v35, v34
    trapif undefined_element v36
    v37:i64 = iadd v35, v35
    v38:i64 = load_ptr 0 8 v3, v37
    v39:i32 = ieqz v38
    trapif null_element v39
    v40:i32 = load_ptr 16 0 v38
    v41:i32 = icmp ne v40, v4
    trapif indirect_call_type v41
    v42:i64 = load_ptr 8 8 v3, v37
    v43:i64 = load_ptr 0 0 v38
    v44:i32 = icmp ne v42, v43
    trapif indirect_call_type v44
    v45:i64 = load_ptr 8 0 v38
    v46:i32 = call_ptr 0 v42, v45, v33
    return v46
}`, env)
}

// renumber prints f after parsing its text again, so that two functions
// equal up to value numbering print the same.
func renumber(t *testing.T, f *ir.Func) string {
	g, err := ir.Parse(f.String())
	if err != nil {
		t.Fatalf("%v\n%s", err, f)
	}
	return g.String()
}

// Loops do not poll: a function with loops has its entry poll only.
func TestOnlyEntryPoll(t *testing.T) {
	f, err := ir.Parse(cases[len(cases)-1].in)
	if err != nil {
		t.Fatal(err)
	}
	env := testEnv()
	Runtime(f, env)
	if n := strings.Count(f.String(), "poll"); n != 1 {
		t.Errorf("%d polls:\n%s", n, f)
	}
}

// A function the environment finds poll-free has no entry poll; others
// have one, loops or not.
func TestPollFree(t *testing.T) {
	env := testEnv()
	env.PollFree = func(idx uint32) bool { return idx == 2 }
	for _, tc := range []struct {
		index uint32
		in    string
		polls int
	}{
		{2, `func "leaf"() -> (i64) {
b0:
    v0:i64 = iconst 7
    return v0
}`, 0},
		{3, cases[len(cases)-2].in, 1}, // loops calling a poll-free function and an import
	} {
		f, err := ir.Parse(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		f.Index = tc.index
		Runtime(f, env)
		if err := ir.Verify(f); err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(f.String(), "poll"); n != tc.polls {
			t.Errorf("function %d: %d polls, want %d:\n%s", tc.index, n, tc.polls, f)
		}
	}
}

// TestRuntimeOps checks that runtimeOps lists exactly the operations of
// the cases of inst's switch, which Runtime calls inst for alone.
func TestRuntimeOps(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "lower.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	cased, listed := map[string]bool{}, map[string]bool{}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Name.Name != "inst" || d.Recv == nil {
				continue
			}
			for _, st := range d.Body.List {
				if sw, ok := st.(*ast.SwitchStmt); ok {
					for _, c := range sw.Body.List {
						for _, e := range c.(*ast.CaseClause).List {
							cased[e.(*ast.SelectorExpr).Sel.Name] = true
						}
					}
				}
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				if v, ok := sp.(*ast.ValueSpec); ok && v.Names[0].Name == "runtimeOps" {
					for _, e := range v.Values[0].(*ast.CompositeLit).Elts {
						listed[e.(*ast.KeyValueExpr).Key.(*ast.SelectorExpr).Sel.Name] = true
					}
				}
			}
		}
	}
	if len(cased) == 0 || len(listed) == 0 {
		t.Fatalf("found %d cases in inst, %d operations in runtimeOps", len(cased), len(listed))
	}
	for op := range cased {
		if !listed[op] {
			t.Errorf("inst lowers %s, which runtimeOps lacks", op)
		}
	}
	for op := range listed {
		if !cased[op] {
			t.Errorf("runtimeOps has %s, which inst does not lower", op)
		}
	}
	n := 0
	for _, in := range runtimeOps {
		if in != 0 {
			n++
		}
	}
	if n != len(listed) {
		t.Errorf("runtimeOps holds %d operations, its source lists %d", n, len(listed))
	}
}

// In a module whose references are all its own, a funcref element's
// second word is packed (abi.TableEntryPacked): table.set builds it from
// the descriptor (0 for null), and call_indirect checks and calls from it
// alone: its low half against the constant key of the type
// (Env.TypeKey), its high half added to the table's code base. The
// table's addresses come from the entry block in a loop and from the
// fourth call outside loops on.
func TestPackedElements(t *testing.T) {
	env := testEnv()
	env.Layout = abi.NewLayout(abi.ModuleShape{NumImportedGlobals: 1, GlobalIsV128: []bool{false, false},
		NumTables: 2, NumImportedFuncs: 2, NumTypes: 3, NumFuncs: 3, LocalFuncRefs: true})
	env.TypeKey = func(i uint32) uint32 { return 7 + i } // (any numbering)
	check(t, "packed", `func "f"(i32, funcref) -> (i32) {
b0(v0:i32, v1:funcref):
    table_set 1 v0, v1
    v2:i32 = call_indirect 0 1 v0, v0
    jump b1(v2)
b1(v3:i32):
    v4:i32 = call_indirect 0 1 v3, v3
    brif v4, b1(v4), b2
b2:
    return v4
}`, `func "f"(i32, funcref) -> (i32) {
b0(v0:i32, v1:funcref):
    v2:i64 = vmctx
    v3:i64 = load_ptr 64 0 v2
    poll
    v4:i64 = vmctx
    v5:i64 = load_ptr 64 0 v4
    v6:i64 = load_ptr 8 0 v5
    v7:i64 = extend_u v0
    v8:i32 = icmp ge_u v7, v6
    trapif oob_table v8
    v9:i64 = iadd v7, v7
    v10:i64 = load_ptr 0 0 v5
    v11:i32 = ref_is_null v1
    v12:funcref = ptradd 0 v4
    v13:funcref = select v11, v12, v1
    v14:i64 = load_ptr 0 0 v13
    v15:i64 = load_ptr 24 0 v5
    v16:i64 = isub v14, v15
    v17:i64 = iconst 32
    v18:i64 = ishl v16, v17
    v19:i32 = load_ptr 20 0 v13
    v20:i64 = extend_u v19
    v21:i64 = ior v18, v20
    v22:i64 = iconst 0
    v23:i64 = select v11, v22, v21
    store_ptr 8 8 v10, v9, v23
    store_ptr 0 8 v10, v9, v1
    v24:i64 = load_ptr 64 0 v4
    v25:i64 = load_ptr 8 0 v24
    v26:i64 = extend_u v0
    v27:i32 = icmp ge_u v26, v25
    trapif undefined_element v27
    v28:i64 = iadd v26, v26
    v29:i64 = load_ptr 0 0 v24
    v30:i64 = load_ptr 24 0 v24
    v31:i64 = load_ptr 8 8 v29, v28
    v32:i32 = wrap v31
    v33:i32 = iconst 7
    v34:i32 = icmp ne v32, v33
    trapif_null indirect_call_type null_element v34, v31
    v35:i64 = iconst 32
    v36:i64 = ishr_u v31, v35
    v37:i64 = iadd v30, v36
    v38:i32 = call_code 0 v37, v0
    jump b1(v38)
b1(v39:i32):
    v40:i64 = load_ptr 8 0 v3
    v41:i64 = extend_u v39
    v42:i32 = icmp ge_u v41, v40
    trapif undefined_element v42
    v43:i64 = iadd v41, v41
    v44:i64 = load_ptr 0 0 v3
    v45:i64 = load_ptr 24 0 v3
    v46:i64 = load_ptr 8 8 v44, v43
    v47:i32 = wrap v46
    v48:i32 = iconst 7
    v49:i32 = icmp ne v47, v48
    trapif_null indirect_call_type null_element v49, v46
    v50:i64 = iconst 32
    v51:i64 = ishr_u v46, v50
    v52:i64 = iadd v45, v51
    v53:i32 = call_code 0 v52, v39
    brif v53, b1(v53), b2
b2:
    return v53
}`, env)
	// From the fourth call outside loops on, the entry block's.
	env.FixedTableLen = func(t uint32) (uint32, bool) { return 5, t == 0 }
	check(t, "packed, four calls", `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i32 = call_indirect 0 0 v0, v0
    v2:i32 = call_indirect 0 0 v1, v1
    v3:i32 = call_indirect 0 0 v2, v2
    v4:i32 = call_indirect 0 0 v3, v3
    return v4
}`, `func "f"(i32) -> (i32) {
b0(v0:i32):
    v1:i64 = vmctx
    v2:i64 = load_ptr 56 0 v1
    v3:i64 = load_ptr 0 0 v2
    v4:i64 = load_ptr 24 0 v2
    poll
    v5:i64 = vmctx
    v6:i64 = load_ptr 56 0 v5
    v7:i64 = iconst 5
    v8:i64 = extend_u v0
    v9:i32 = icmp ge_u v8, v7
    trapif undefined_element v9
    v10:i64 = iadd v8, v8
    v11:i64 = load_ptr 0 0 v6
    v12:i64 = load_ptr 24 0 v6
    v13:i64 = load_ptr 8 8 v11, v10
    v14:i32 = wrap v13
    v15:i32 = iconst 7
    v16:i32 = icmp ne v14, v15
    trapif_null indirect_call_type null_element v16, v13
    v17:i64 = iconst 32
    v18:i64 = ishr_u v13, v17
    v19:i64 = iadd v12, v18
    v20:i32 = call_code 0 v19, v0
    v21:i64 = vmctx
    v22:i64 = load_ptr 56 0 v21
    v23:i64 = iconst 5
    v24:i64 = extend_u v20
    v25:i32 = icmp ge_u v24, v23
    trapif undefined_element v25
    v26:i64 = iadd v24, v24
    v27:i64 = load_ptr 0 0 v22
    v28:i64 = load_ptr 24 0 v22
    v29:i64 = load_ptr 8 8 v27, v26
    v30:i32 = wrap v29
    v31:i32 = iconst 7
    v32:i32 = icmp ne v30, v31
    trapif_null indirect_call_type null_element v32, v29
    v33:i64 = iconst 32
    v34:i64 = ishr_u v29, v33
    v35:i64 = iadd v28, v34
    v36:i32 = call_code 0 v35, v20
    v37:i64 = vmctx
    v38:i64 = load_ptr 56 0 v37
    v39:i64 = iconst 5
    v40:i64 = extend_u v36
    v41:i32 = icmp ge_u v40, v39
    trapif undefined_element v41
    v42:i64 = iadd v40, v40
    v43:i64 = load_ptr 0 0 v38
    v44:i64 = load_ptr 24 0 v38
    v45:i64 = load_ptr 8 8 v43, v42
    v46:i32 = wrap v45
    v47:i32 = iconst 7
    v48:i32 = icmp ne v46, v47
    trapif_null indirect_call_type null_element v48, v45
    v49:i64 = iconst 32
    v50:i64 = ishr_u v45, v49
    v51:i64 = iadd v44, v50
    v52:i32 = call_code 0 v51, v36
    v53:i64 = iconst 5
    v54:i64 = extend_u v52
    v55:i32 = icmp ge_u v54, v53
    trapif undefined_element v55
    v56:i64 = iadd v54, v54
    v57:i64 = load_ptr 8 8 v3, v56
    v58:i32 = wrap v57
    v59:i32 = iconst 7
    v60:i32 = icmp ne v58, v59
    trapif_null indirect_call_type null_element v60, v57
    v61:i64 = iconst 32
    v62:i64 = ishr_u v57, v61
    v63:i64 = iadd v4, v62
    v64:i32 = call_code 0 v63, v52
    return v64
}`, env)
}
