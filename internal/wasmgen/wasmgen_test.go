package wasmgen

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// A module using every section decodes to what was built and validates.
func TestEncode(t *testing.T) {
	m := New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I64, wasm.F32}}, {}}
	m.Imports = []Import{
		{Module: "env", Name: "f", Kind: wasm.ExternFunc, TypeIndex: 1},
		{Module: "env", Name: "g", Kind: wasm.ExternGlobal, Global: wasm.GlobalType{Type: wasm.F64, Mutable: true}},
		{Module: "env", Name: "t", Kind: wasm.ExternTable, Table: Table{Elem: wasm.FuncRef, Min: 1, Max: 3, HasMax: true}},
	}
	m.Memory = &Memory{Min: 1, Max: 2, HasMax: true}
	m.Tables = []Table{{Elem: wasm.FuncRef, Min: 300}}
	m.Globals = []Global{{Type: wasm.GlobalType{Type: wasm.I64, Mutable: true}, Init: new(Code).I64Const(-1 << 40).B}}
	var body Code
	body.Op(wasm.OpCall).U32(0)
	body.I32Const(5).Op(wasm.OpBlock).BlockIndex(0).Op(wasm.OpDrop).I64Const(7).F32(1.5).Op(wasm.OpEnd)
	body.Op(wasm.OpI32Const).B = AppendS64(body.B, -129)
	body.Op(wasm.OpI32Load16S).MemArg(1, 70000).Op(wasm.OpDrop)
	body.I32Const(0).I32Const(0).I32Const(0).Op(wasm.OpMemoryInit).U32(0).Byte(0)
	body.Op(wasm.OpRefFunc).U32(1).Op(wasm.OpDrop)
	body.I32Const(0).I32Const(0).I32Const(1).Op(wasm.OpTableInit).U32(1).U32(1)
	body.F64(0.25).Op(wasm.OpGlobalSet).U32(0)
	m.Funcs = []Func{{TypeIndex: 0, Locals: []wasm.ValType{wasm.I32, wasm.I32, wasm.F64}, Body: body.B}}
	m.Exports = []Export{{Name: "f", Index: 1}, {Name: "mem", Kind: wasm.ExternMemory}}
	m.Elems = []Elem{
		{Mode: wasm.SegmentActive, Offset: new(Code).I32Const(0).B, Funcs: []uint32{1}},
		{Mode: wasm.SegmentPassive, Exprs: [][]byte{new(Code).Op(wasm.OpRefNull).Byte(byte(wasm.FuncRef)).B}},
		{Mode: wasm.SegmentActive, Table: 1, Offset: new(Code).I32Const(299).B, Funcs: []uint32{0}},
		{Mode: wasm.SegmentDeclarative, Funcs: []uint32{1}},
	}
	m.Datas = []Data{{Init: []byte("passive")}, {Active: true, Offset: new(Code).I32Const(8).B, Init: []byte{1, 2, 3}}}
	m.DataCount = true
	m.Start = 0

	dm, err := wasm.Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if err := validate.Module(dm); err != nil {
		t.Fatal(err)
	}
	if len(dm.Types) != 2 || len(dm.Imports) != 3 || len(dm.Funcs) != 1 || len(dm.Tables) != 1 || len(dm.Memories) != 1 ||
		len(dm.Globals) != 1 || len(dm.Exports) != 2 || !dm.HasStart || len(dm.Elems) != 4 || len(dm.Datas) != 2 || !dm.HasDataCount {
		t.Errorf("decoded module differs: %+v", dm)
	}
	if dm.Codes[0].NumLocals != 3 || dm.Elems[2].Table != 1 {
		t.Errorf("locals %d, elem table %d", dm.Codes[0].NumLocals, dm.Elems[2].Table)
	}
}
