package instance_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// reenterPair instantiates the "reenter" module twice, a on the calling
// goroutine and b on another, with CallDepth limit; each one's env.down
// calls the other's "down" (a -> host -> b -> host -> a ...), records the
// deepest argument, panics at panicAt, and checks the goroutine is
// registered for nesting.
func reenterPair(t *testing.T, limit int, panicAt int32) (a, b *instance.Instance, deepest *int32) {
	t.Helper()
	mod := hostileModule(t, "reenter")
	deepest = new(int32)
	var downA, downB *instance.Func
	typ := wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}
	host := func(other **instance.Func) *instance.Func {
		return &instance.Func{Type: typ, Host: &instance.HostFunc{
			Type: typ,
			Fn: func(ctx context.Context, _ *instance.Instance, s []uint64) error {
				n := int32(s[0])
				*deepest = max(*deepest, n)
				if !instance.InHostCall() {
					return errors.New("host function not registered for nested calls")
				}
				if n == panicAt {
					panic(fmt.Sprint("panic at ", n))
				}
				return (*other).Call(ctx, s)
			},
		}}
	}
	lim := instance.Limits{CallDepth: limit}
	var err error
	a, err = instance.InstantiateWith(context.Background(), mod, hostResolver(map[[2]string]instance.Extern{{"env", "down"}: {Kind: wasm.ExternFunc, Func: host(&downB)}}), lim)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	made := make(chan error)
	go func() {
		var err error
		b, err = instance.InstantiateWith(context.Background(), mod, hostResolver(map[[2]string]instance.Extern{{"env", "down"}: {Kind: wasm.ExternFunc, Func: host(&downA)}}), lim)
		made <- err
	}()
	if err := <-made; err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	downA, downB = a.Exports()["down"].Func, b.Exports()["down"].Func
	return a, b, deepest
}

// Host functions calling into instances owned by other goroutines and by
// their own nest on the native stack of the outermost call, whichever
// path (owner or shared) that call took: the chain traps exactly at the
// call depth limit. A panic at any depth leaves no registration behind.
func TestNestedAcrossOwners(t *testing.T) {
	owned := instance.OwnedCallsReady()
	const limit = 12
	for _, start := range []string{"a (owner path)", "b (shared path)"} {
		t.Run(start, func(t *testing.T) {
			a, b, deepest := reenterPair(t, limit, -1)
			f := a.Exports()["down"].Func
			if start[0] == 'b' {
				f = b.Exports()["down"].Func
			}
			for round := 0; round < 3; round++ {
				*deepest = 0
				err := f.Call(context.Background(), []uint64{0})
				var tr *trap.Trap
				if !errors.As(err, &tr) || tr.Code != trap.CodeCallStackExhausted {
					t.Fatalf("got %v, want call stack exhausted", err)
				}
				if *deepest != limit {
					t.Fatalf("deepest activation %d, want %d (owned calls: %v)", *deepest, limit, owned)
				}
				if instance.InHostCall() {
					t.Fatal("still registered after the call")
				}
			}
		})
	}
	for _, at := range []int32{1, 2, 5} {
		t.Run(fmt.Sprint("panic at ", at), func(t *testing.T) {
			a, b, _ := reenterPair(t, limit, at)
			for _, f := range []*instance.Func{a.Exports()["down"].Func, b.Exports()["down"].Func} {
				err := f.Call(context.Background(), []uint64{0})
				if err == nil || instance.InHostCall() {
					t.Fatalf("got %v, registered %v", err, instance.InHostCall())
				}
			}
		})
	}
}

// Code resumed after host calls traps, faults and returns as usual, on the
// owner path and on the shared one (the exits after a resume land where
// the entry's do).
func TestExitsAfterHostCalls(t *testing.T) {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{}}
	m.Imports = []wasmgen.Import{{Module: "env", Name: "f", Kind: wasm.ExternFunc}}
	m.Memory = &wasmgen.Memory{Min: 1}
	call := func() *wasmgen.Code { return (&wasmgen.Code{}).Op(wasm.OpCall).U32(0).Op(wasm.OpCall).U32(0) }
	m.Funcs = []wasmgen.Func{
		{Body: call().B},
		{Body: call().Op(wasm.OpUnreachable).B},
		{Body: call().I32Const(0x7fff0000).Op(wasm.OpI32Load).MemArg(2, 0).Op(wasm.OpDrop).B},
	}
	m.Exports = []wasmgen.Export{{Name: "ok", Kind: wasm.ExternFunc, Index: 1}, {Name: "unreachable", Kind: wasm.ExternFunc, Index: 2}, {Name: "oob", Kind: wasm.ExternFunc, Index: 3}}
	mod := loadModule(t, m.Encode())
	calls := 0
	f := &instance.Func{Host: &instance.HostFunc{Fn: func(context.Context, *instance.Instance, []uint64) error { calls++; return nil }}}
	inst, err := instance.Instantiate(context.Background(), mod, hostResolver(map[[2]string]instance.Extern{{"env", "f"}: {Kind: wasm.ExternFunc, Func: f}}))
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	run := func() error {
		for i := 0; i < 3; i++ {
			for name, want := range map[string]trap.Code{"ok": 0, "unreachable": trap.CodeUnreachable, "oob": trap.CodeOutOfBoundsMemoryAccess} {
				calls = 0
				err := inst.Exports()[name].Func.Call(context.Background(), make([]uint64, 1))
				var tr *trap.Trap
				switch {
				case calls != 2:
					return fmt.Errorf("%s: %d host calls", name, calls)
				case want == 0 && err != nil:
					return fmt.Errorf("%s: %v", name, err)
				case want != 0 && (!errors.As(err, &tr) || tr.Code != want || len(tr.Frames) == 0):
					return fmt.Errorf("%s: got %v, want %v with frames", name, err, want)
				}
			}
		}
		return nil
	}
	if err := run(); err != nil {
		t.Error("owner goroutine:", err)
	}
	done := make(chan error)
	go func() { done <- run() }()
	if err := <-done; err != nil {
		t.Error("other goroutine:", err)
	}
}

// A goroutine that makes an instance from inside a host function (it owns
// none before) and calls it there nests the call below the running one,
// as for any instance: its new owner record takes over the registration.
// CallDepth 1 makes the nested call trap, which a top-level one would not.
func TestNestedCallToInstanceMadeInHostCall(t *testing.T) {
	mod := hostileModule(t, "empty")
	nop := &instance.Func{Host: &instance.HostFunc{Fn: func(context.Context, *instance.Instance, []uint64) error { return nil }}}
	var inner error
	outerHost := &instance.Func{Host: &instance.HostFunc{Fn: func(ctx context.Context, _ *instance.Instance, _ []uint64) error {
		c, err := instance.InstantiateWith(ctx, mod, hostResolver(map[[2]string]instance.Extern{{"env", "nop"}: {Kind: wasm.ExternFunc, Func: nop}}), instance.Limits{CallDepth: 1})
		if err != nil {
			return err
		}
		defer c.Close()
		if !instance.InHostCall() {
			return errors.New("not registered after instantiating")
		}
		inner = c.Exports()["empty"].Func.Call(ctx, nil)
		return nil
	}}}
	outer, err := instance.Instantiate(context.Background(), mod, hostResolver(map[[2]string]instance.Extern{{"env", "nop"}: {Kind: wasm.ExternFunc, Func: outerHost}}))
	if err != nil {
		t.Fatal(err)
	}
	defer outer.Close()
	done := make(chan error)
	go func() { done <- outer.Exports()["host"].Func.Call(context.Background(), nil) }()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	var tr *trap.Trap
	if !errors.As(inner, &tr) || tr.Code != trap.CodeCallStackExhausted {
		t.Errorf("call from the host function: %v, want call stack exhausted (nested at depth 1)", inner)
	}
}
