package instance

import (
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

func TestTypeRegistry(t *testing.T) {
	var r TypeRegistry
	a := r.ID(wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I64}})
	b := r.ID(wasm.FuncType{Params: []wasm.ValType{wasm.I32, wasm.I64}})
	c := r.ID(wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I64}})
	if a == 0 || a == b || a != c {
		t.Errorf("ids %d %d %d", a, b, c)
	}
}
