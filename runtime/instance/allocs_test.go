package instance_test

import (
	"context"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
)

// add is (module (func (export "add") (param i32 i32) (result i32)
// local.get 0 local.get 1 i32.add)).
var add = []byte("\x00asm\x01\x00\x00\x00" +
	"\x01\x07\x01\x60\x02\x7f\x7f\x01\x7f" + // type (i32, i32) -> i32
	"\x03\x02\x01\x00" + // one function
	"\x07\x07\x01\x03add\x00\x00" + // export "add"
	"\x0a\x09\x01\x07\x00\x20\x00\x20\x01\x6a\x0b")

// A call from the host into Wasm allocates nothing: the lifetime checks
// and the cached runner are on the hot path of every call.
func TestCallAllocatesNothing(t *testing.T) {
	inst, err := instance.Instantiate(context.Background(), load(t, add), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	f := inst.Exports()["add"].Func
	stack := []uint64{1, 2}
	ctx := context.Background()
	if err := f.Call(ctx, stack); err != nil || stack[0] != 3 {
		t.Fatalf("add: %v %v", stack, err)
	}
	if n := testing.AllocsPerRun(1000, func() { stack[0], stack[1] = 1, 2; f.Call(ctx, stack) }); n != 0 {
		t.Errorf("a call allocates %v times", n)
	}
}

// Nor does a call of a function without parameters and results made with
// no slots at all.
func TestCallWithoutSlotsAllocatesNothing(t *testing.T) {
	inst, err := instance.Instantiate(context.Background(), hostileModule(t, "empty"), hostResolver(map[[2]string]instance.Extern{
		{"env", "nop"}: {Kind: wasm.ExternFunc, Func: &instance.Func{Host: &instance.HostFunc{Fn: func(context.Context, *instance.Instance, []uint64) error { return nil }}}},
	}))
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	f := inst.Exports()["empty"].Func
	ctx := context.Background()
	if err := f.Call(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(1000, func() { f.Call(ctx, nil) }); n != 0 {
		t.Errorf("a call allocates %v times", n)
	}
}
