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
