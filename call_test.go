package kiln_test

import (
	"context"
	"errors"
	"testing"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// addModule exports add (i32, i32) -> i32, the call-overhead module of
// bench/ (kilnbench -figures call).
func addModule(tb testing.TB) *kiln.Module {
	tb.Helper()
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32, wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: (&wasmgen.Code{}).Op(wasm.OpLocalGet).U32(0).Op(wasm.OpLocalGet).U32(1).Op(wasm.OpI32Add).B}}
	m.Exports = []wasmgen.Export{{Name: "add", Kind: wasm.ExternFunc, Index: 0}}
	mod, err := kiln.Compile(context.Background(), m.Encode())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { mod.Close() })
	return mod
}

// CallWithStack takes and returns slots, allocates nothing, and checks
// the slot count and the instance's liveness as Call does.
func TestCallWithStack(t *testing.T) {
	ctx := context.Background()
	inst, err := addModule(t).Instantiate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	add := inst.Func("add")
	x := int32(-5)
	stack := []uint64{uint64(uint32(x)), 3}
	if err := add.CallWithStack(ctx, stack); err != nil || int32(stack[0]) != -2 {
		t.Fatalf("add(-5, 3): %v, %d", err, int32(stack[0]))
	}
	if n := testing.AllocsPerRun(1000, func() {
		stack[0], stack[1] = 1, 2
		add.CallWithStack(ctx, stack)
	}); n != 0 {
		t.Errorf("CallWithStack allocates %v times", n)
	}
	if err := add.CallWithStack(ctx, stack[:1]); err == nil {
		t.Error("a call with one slot for two parameters succeeded")
	}
	inst.Close()
	if err := add.CallWithStack(ctx, stack); !errors.Is(err, kiln.ErrClosed) {
		t.Errorf("after Close: %v, want ErrClosed", err)
	}
}

// Go -> add(i32, i32) -> Go through the public API: Call (arguments and
// results as Go values) and CallWithStack (slots).
func BenchmarkFunctionCall(b *testing.B) {
	ctx := context.Background()
	inst, err := addModule(b).Instantiate(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer inst.Close()
	add := inst.Func("add")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := add.Call(ctx, int32(i), int32(1)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFunctionCallWithStack(b *testing.B) {
	ctx := context.Background()
	inst, err := addModule(b).Instantiate(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer inst.Close()
	add := inst.Func("add")
	stack := make([]uint64, 2)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		stack[0], stack[1] = uint64(uint32(i)), 1
		if err := add.CallWithStack(ctx, stack); err != nil {
			b.Fatal(err)
		}
	}
}
