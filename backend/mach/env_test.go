package mach

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

func TestLayout(t *testing.T) {
	m := &wasm.Module{
		Types: []wasm.FuncType{{}, {Params: []wasm.ValType{wasm.I32}}},
		Imports: []wasm.Import{
			{Kind: wasm.ExternFunc, TypeIndex: 0},
			{Kind: wasm.ExternGlobal, Global: wasm.GlobalType{Type: wasm.I64}},
			{Kind: wasm.ExternTable, Table: wasm.TableType{Elem: wasm.FuncRef}},
		},
		NumImportedFuncs:   1,
		NumImportedGlobals: 1,
		NumImportedTables:  1,
		Funcs:              []uint32{1, 0},
		Globals: []wasm.Global{
			{Type: wasm.GlobalType{Type: wasm.I32}},
			{Type: wasm.GlobalType{Type: wasm.V128}},
		},
		Tables: []wasm.TableType{{Elem: wasm.ExternRef}},
	}
	l := LayoutOf(m)
	want := []uint32{32, 40, 48}
	for i, o := range want {
		if l.Globals[i] != o {
			t.Errorf("global %d at %d, want %d", i, l.Globals[i], o)
		}
	}
	if l.Tables[0] != 64 || l.Tables[1] != 72 || l.ImportedFuncs[0] != 80 || l.TypeIDs != 96 {
		t.Errorf("layout %+v", l)
	}
	if l.Descriptors != 104 || l.Size != 208 {
		t.Errorf("descriptors at %d, size %d", l.Descriptors, l.Size)
	}
	if l.Size%16 != 0 {
		t.Errorf("size %d not 16-aligned", l.Size)
	}
}

// Only a small body without loop, call or call_indirect is poll-free;
// an import never is.
func TestPollFree(t *testing.T) {
	body := func(b ...byte) wasm.Code { return wasm.Code{Body: append(b, byte(wasm.OpEnd))} }
	big := make([]byte, 0, maxPollFreeBody+8)
	for len(big) < maxPollFreeBody {
		big = append(big, byte(wasm.OpNop))
	}
	m := &wasm.Module{
		NumImportedFuncs: 1,
		Codes: []wasm.Code{
			body(byte(wasm.OpI32Const), 5, byte(wasm.OpDrop)),               // 1: leaf
			body(byte(wasm.OpLoop), 0x40, byte(wasm.OpEnd)),                 // 2: loop
			body(byte(wasm.OpCall), 0),                                      // 3: call
			body(byte(wasm.OpI32Const), 0, byte(wasm.OpCallIndirect), 0, 0), // 4: call_indirect
			body(big...), // 5: too big to look into
			body(byte(wasm.OpI32Const), 0x10, byte(wasm.OpDrop)), // 6: 0x10 (call) as an immediate
		},
	}
	free := pollFree(m)
	for idx, want := range []bool{false, true, false, false, false, false, true} {
		if got := free(uint32(idx)); got != want {
			t.Errorf("function %d: poll-free %v, want %v", idx, got, want)
		}
	}
}

// TestLocalFuncRefs checks each way a reference to another instance's or
// the host's function could reach a module's tables: a module without any
// holds only its own (call_indirect then skips the instance switch).
func TestLocalFuncRefs(t *testing.T) {
	refFunc := func(f byte) []byte { return []byte{byte(wasm.OpRefFunc), f} }
	funcrefGlobal := wasm.GlobalType{Type: wasm.FuncRef}
	// Function 0 is imported, 1 and 2 are defined; type 1 takes a funcref.
	base := func() *wasmgen.Module {
		m := wasmgen.New()
		m.Types = []wasm.FuncType{{}, {Params: []wasm.ValType{wasm.FuncRef}}}
		m.Imports = []wasmgen.Import{{Module: "env", Name: "f", Kind: wasm.ExternFunc, TypeIndex: 0}}
		m.Funcs = []wasmgen.Func{{TypeIndex: 0}, {TypeIndex: 0}}
		m.Tables = []wasmgen.Table{{Elem: wasm.FuncRef, Min: 2}}
		m.Elems = []wasmgen.Elem{{Mode: wasm.SegmentActive, Offset: []byte{byte(wasm.OpI32Const), 0}, Funcs: []uint32{1, 2}}}
		m.Exports = []wasmgen.Export{{Name: "run", Kind: wasm.ExternFunc, Index: 1}}
		return m
	}
	for _, c := range []struct {
		name  string
		edit  func(m *wasmgen.Module)
		local bool
	}{
		{"own functions only", func(m *wasmgen.Module) {}, true},
		{"a global initialized to an own function", func(m *wasmgen.Module) {
			m.Globals = append(m.Globals, wasmgen.Global{Type: funcrefGlobal, Init: refFunc(2)})
		}, true},
		{"an imported table", func(m *wasmgen.Module) {
			m.Imports = append(m.Imports, wasmgen.Import{Module: "env", Name: "t", Kind: wasm.ExternTable, Table: wasmgen.Table{Elem: wasm.FuncRef}})
		}, false},
		{"an exported table", func(m *wasmgen.Module) {
			m.Exports = append(m.Exports, wasmgen.Export{Name: "t", Kind: wasm.ExternTable, Index: 0})
		}, false},
		{"an import taking a funcref", func(m *wasmgen.Module) { m.Imports[0].TypeIndex = 1 }, false},
		{"an imported funcref global", func(m *wasmgen.Module) {
			m.Imports = append(m.Imports, wasmgen.Import{Module: "env", Name: "g", Kind: wasm.ExternGlobal, Global: funcrefGlobal})
		}, false},
		{"an export taking a funcref", func(m *wasmgen.Module) { m.Funcs[0].TypeIndex = 1 }, false},
		{"an exported funcref global", func(m *wasmgen.Module) {
			m.Globals = append(m.Globals, wasmgen.Global{Type: funcrefGlobal, Init: refFunc(2)})
			m.Exports = append(m.Exports, wasmgen.Export{Name: "g", Kind: wasm.ExternGlobal, Index: 0})
		}, false},
		{"an imported function re-exported", func(m *wasmgen.Module) {
			m.Exports = append(m.Exports, wasmgen.Export{Name: "f", Kind: wasm.ExternFunc, Index: 0})
		}, false},
		{"an imported function in an element segment", func(m *wasmgen.Module) { m.Elems[0].Funcs[1] = 0 }, false},
		{"an imported function in an element expression", func(m *wasmgen.Module) {
			m.Elems = append(m.Elems, wasmgen.Elem{Mode: wasm.SegmentDeclarative, Exprs: [][]byte{refFunc(1), refFunc(0)}})
		}, false},
		{"a global initialized to an imported function", func(m *wasmgen.Module) {
			m.Globals = append(m.Globals, wasmgen.Global{Type: funcrefGlobal, Init: refFunc(0)})
		}, false},
	} {
		m := base()
		c.edit(m)
		dm, err := wasm.Decode(m.Encode())
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := localFuncRefs(dm); got != c.local {
			t.Errorf("%s: localFuncRefs = %v, want %v", c.name, got, c.local)
		}
	}
}
