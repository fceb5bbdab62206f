package mach

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
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
