package wasm

import "testing"

// Equal signatures share a key, and only they: call_indirect compares
// keys (packed table elements) where the runtime compares canonical ids.
func TestTypeKeys(t *testing.T) {
	i32, i64 := []ValType{I32}, []ValType{I64}
	types := []FuncType{
		{Params: i32, Results: i32},
		{Params: i32},
		{Results: i32}, // not the one before: params and results differ
		{Params: i32, Results: i32},
		{},
		{Params: i64, Results: i32},
		{Results: i32},
		{Params: []ValType{I32, I32}},
	}
	keys := TypeKeys(types)
	want := []uint32{1, 2, 3, 1, 4, 5, 3, 6}
	for i := range types {
		if keys[i] != want[i] {
			t.Errorf("keys %v, want %v", keys, want)
			break
		}
	}
	for i := range types {
		for j := range types {
			if (keys[i] == keys[j]) != types[i].Equal(types[j]) {
				t.Errorf("types %d and %d: keys %d and %d, Equal %v", i, j, keys[i], keys[j], types[i].Equal(types[j]))
			}
		}
	}
	if len(TypeKeys(nil)) != 0 {
		t.Error("keys for no types")
	}
}
