package interp

import (
	"errors"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// Fuel stops a call that does not terminate; a host function calls back
// into the module; MaxMemoryPages caps memory.grow.
func TestFuelHostMemoryLimit(t *testing.T) {
	m := wasmgen.New()
	i2i := wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}
	m.Types = []wasm.FuncType{{}, i2i}
	m.Imports = []wasmgen.Import{{Module: "env", Name: "cb", Kind: wasm.ExternFunc, TypeIndex: 1}}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 10, HasMax: true}
	var spin, viaHost, double, grow wasmgen.Code
	spin.Op(wasm.OpLoop).BlockEmpty().Op(wasm.OpBr).U32(0).Op(wasm.OpEnd)
	viaHost.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpCall).U32(0)
	double.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpI32Add)
	grow.Op(wasm.OpLocalGet).U32(0).Op(wasm.OpMemoryGrow).Byte(0)
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: spin.B}, {TypeIndex: 1, Body: viaHost.B}, {TypeIndex: 1, Body: double.B}, {TypeIndex: 1, Body: grow.B}}
	m.Exports = []wasmgen.Export{{Name: "spin", Index: 1}, {Name: "viaHost", Index: 2}, {Name: "double", Index: 3}, {Name: "grow", Index: 4}}

	s := &Store{Fuel: 1000, MaxMemoryPages: 3}
	var inst *Instance
	cb := s.HostFunc(i2i, func(args []uint64) []uint64 {
		return s.CallNested(inst.Exports["double"].Func, []uint64{args[0] + 1})
	})
	inst, err := s.Instantiate(m.Encode(), func(module, name string) (Extern, bool) {
		return Extern{Kind: wasm.ExternFunc, Func: cb}, module == "env" && name == "cb"
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Call(inst.Exports["spin"].Func, nil)
	var tr *Trap
	if !errors.As(err, &tr) || tr.Reason != ReasonOutOfFuel {
		t.Errorf("spin: got %v, want trap %q", err, ReasonOutOfFuel)
	}
	if res, err := s.Call(inst.Exports["viaHost"].Func, []uint64{20}); err != nil || res[0] != 42 {
		t.Errorf("viaHost(20) = %v, %v; want 42", res, err)
	}
	for _, c := range []struct{ delta, want uint64 }{{1, 1}, {1, 2}, {1, 0xffffffff}, {0, 3}} {
		if res, err := s.Call(inst.Exports["grow"].Func, []uint64{c.delta}); err != nil || res[0] != c.want {
			t.Errorf("grow(%d) = %v, %v; want %d", c.delta, res, err, c.want)
		}
	}
	if inst.Memory() == nil || len(inst.Memory().Data) != 3*65536 {
		t.Errorf("memory is not 3 pages")
	}
}
