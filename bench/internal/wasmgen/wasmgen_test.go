package wasmgen

import (
	"context"
	"testing"

	"github.com/tetratelabs/wazero"
)

// The generated module must be valid and behave; wazero's interpreter
// checks it here without any helper binary.
func TestAddModule(t *testing.T) {
	ctx := context.Background()
	for _, pages := range []uint32{0, 1, 256} {
		r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
		mod, err := r.Instantiate(ctx, AddModule(pages))
		if err != nil {
			t.Fatalf("pages=%d: %v", pages, err)
		}
		res, err := mod.ExportedFunction("add").Call(ctx, 40, 2)
		if err != nil || uint32(res[0]) != 42 {
			t.Fatalf("pages=%d: add(40, 2) = %v, %v", pages, res, err)
		}
		var size uint32
		if pages > 0 {
			size = mod.ExportedMemory("memory").Size()
		}
		if size != pages*65536 {
			t.Errorf("pages=%d: memory size %d", pages, size)
		}
		r.Close(ctx)
	}
}
