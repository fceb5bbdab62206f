package instance_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// hostileModule loads testdata/hostile/name.wasm.
func hostileModule(tb testing.TB, name string) *instance.Module {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "hostile", name+".wasm"))
	if err != nil {
		tb.Fatal(err)
	}
	return loadModule(tb, b)
}

// loadModule compiles and loads the module in b.
func loadModule(tb testing.TB, b []byte) *instance.Module {
	tb.Helper()
	m, err := wasm.Decode(b)
	if err == nil {
		err = validate.Module(m)
	}
	if err != nil {
		tb.Fatal(err)
	}
	c, err := backend.Compile(context.Background(), m, backend.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	mod, err := instance.Load(m, c)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { mod.Close() })
	return mod
}

func hostResolver(x map[[2]string]instance.Extern) instance.Resolver {
	return func(module, name string) (instance.Extern, bool) {
		e, ok := x[[2]string{module, name}]
		return e, ok
	}
}

// A function an instance stored in a table it imported does not outlive
// the instance: the element becomes null when it is closed.
func TestClosedInstanceLeavesNoReferences(t *testing.T) {
	mod := hostileModule(t, "tablewriter")
	tab := instance.NewTable(wasm.FuncRef, 2, 2)
	res := hostResolver(map[[2]string]instance.Extern{{"h", "t"}: {Kind: wasm.ExternTable, Table: tab}})
	a, err := instance.Instantiate(context.Background(), mod, res)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := tab.Get(0); v == 0 {
		t.Fatal("element segment not applied")
	}
	a.Close()
	if v, _ := tab.Get(0); v != 0 {
		t.Errorf("table element %#x after Close, want null", v)
	}
	b, err := instance.Instantiate(context.Background(), mod, res)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	stack := []uint64{1}
	err = b.Exports()["call"].Func.Call(context.Background(), stack)
	var tr *trap.Trap
	if !errors.As(err, &tr) || tr.Code != trap.CodeUninitializedElement {
		t.Errorf("call through the other element: %v", err)
	}
	stack[0] = 0
	if err := b.Exports()["call"].Func.Call(context.Background(), stack); err != nil || stack[0] != 7 {
		t.Errorf("call through b's own element: %v, %d", err, stack[0])
	}
}

// Instance handles: after Close, calls fail with ErrClosed, memory
// accessors too, while the memory stays valid for calls in progress.
func TestInstanceHandlesAfterClose(t *testing.T) {
	mod := hostileModule(t, "secret")
	inst, err := instance.Instantiate(context.Background(), mod, nil)
	if err != nil {
		t.Fatal(err)
	}
	put, mem := inst.Exports()["put"].Func, inst.Memory()
	if err := put.Call(context.Background(), []uint64{5}); err != nil {
		t.Fatal(err)
	}
	inst.Close()
	if err := put.Call(context.Background(), []uint64{6}); !errors.Is(err, instance.ErrClosed) {
		t.Errorf("call: %v", err)
	}
	if _, err := mem.Read(0, 4); !errors.Is(err, instance.ErrClosed) {
		t.Errorf("read: %v", err)
	}
	if mem.Bytes() != nil || mem.Pages() != 0 || mem.Grow(1) != -1 {
		t.Error("released memory still accessible")
	}
}

// Close racing with calls from other goroutines (run with -race).
func TestCloseRacesCalls(t *testing.T) {
	mod := hostileModule(t, "secret")
	ctx := context.Background()
	for round := 0; round < 50; round++ {
		inst, err := instance.Instantiate(ctx, mod, nil)
		if err != nil {
			t.Fatal(err)
		}
		put, get := inst.Exports()["put"].Func, inst.Exports()["get"].Func
		var wg sync.WaitGroup
		for g := 0; g < 3; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				stack := make([]uint64, 1)
				for i := 0; i < 100; i++ {
					stack[0] = uint64(i)
					for _, f := range []*instance.Func{put, get} {
						if err := f.Call(ctx, stack); err != nil && !errors.Is(err, instance.ErrClosed) {
							var tr *trap.Trap
							if !errors.As(err, &tr) || tr.Code != trap.CodeInterrupted {
								t.Error(err)
								return
							}
						}
					}
				}
			}()
		}
		if round%2 == 0 {
			inst.Close()
		}
		wg.Wait()
		inst.Close()
	}
}

// Go -> empty exported function -> Go, through the instance layer.
func BenchmarkCallEmpty(b *testing.B) {
	instance.OwnedCallsReady()
	mod := hostileModule(b, "empty")
	nop := &instance.Func{Host: &instance.HostFunc{Fn: func(context.Context, *instance.Instance, []uint64) error { return nil }}}
	inst, err := instance.Instantiate(context.Background(), mod, hostResolver(map[[2]string]instance.Extern{{"env", "nop"}: {Kind: wasm.ExternFunc, Func: nop}}))
	if err != nil {
		b.Fatal(err)
	}
	defer inst.Close()
	f := inst.Exports()["empty"].Func
	stack := make([]uint64, 1)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := f.Call(ctx, stack); err != nil {
			b.Fatal(err)
		}
	}
}

// Go -> add(i32, i32) -> Go (kilnbench -figures call).
func BenchmarkCallAdd(b *testing.B) {
	instance.OwnedCallsReady()
	inst, err := instance.Instantiate(context.Background(), loadModule(b, add), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer inst.Close()
	f := inst.Exports()["add"].Func
	stack := make([]uint64, 2)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		stack[0], stack[1] = uint64(i), 1
		if err := f.Call(ctx, stack); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCallEmpty from a goroutine that did not make the instance (the
// shared path: a reference and the cached runner taken and given back).
func BenchmarkCallEmptyShared(b *testing.B) {
	mod := hostileModule(b, "empty")
	nop := &instance.Func{Host: &instance.HostFunc{Fn: func(context.Context, *instance.Instance, []uint64) error { return nil }}}
	made := make(chan *instance.Instance)
	go func() {
		inst, err := instance.Instantiate(context.Background(), mod, hostResolver(map[[2]string]instance.Extern{{"env", "nop"}: {Kind: wasm.ExternFunc, Func: nop}}))
		if err != nil {
			b.Error(err)
		}
		made <- inst
	}()
	inst := <-made
	if inst == nil {
		b.FailNow()
	}
	defer inst.Close()
	f := inst.Exports()["empty"].Func
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := f.Call(ctx, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Go -> Wasm -> empty Go host function -> Wasm -> Go.
func BenchmarkCallHost(b *testing.B) {
	instance.OwnedCallsReady()
	mod := hostileModule(b, "empty")
	nop := &instance.Func{Host: &instance.HostFunc{Fn: func(context.Context, *instance.Instance, []uint64) error { return nil }}}
	inst, err := instance.Instantiate(context.Background(), mod, hostResolver(map[[2]string]instance.Extern{{"env", "nop"}: {Kind: wasm.ExternFunc, Func: nop}}))
	if err != nil {
		b.Fatal(err)
	}
	defer inst.Close()
	f := inst.Exports()["host"].Func
	stack := make([]uint64, 1)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := f.Call(ctx, stack); err != nil {
			b.Fatal(err)
		}
	}
}

// Instantiate + Close of a module with a one-page memory.
func BenchmarkInstantiateClose(b *testing.B) {
	mod := hostileModule(b, "secret")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		inst, err := instance.Instantiate(ctx, mod, nil)
		if err != nil {
			b.Fatal(err)
		}
		inst.Close()
	}
}

// A closed host memory stays usable by the instances importing it and is
// released with the last of them; one nobody imports is released at once.
func TestHostMemoryClose(t *testing.T) {
	// (module (import "env" "mem" (memory 1))
	//   (func (export "f") (result i32) (i32.load (i32.const 0))))
	mod := load(t, []byte("\x00asm\x01\x00\x00\x00\x01\x05\x01\x60\x00\x01\x7f"+
		"\x02\x0c\x01\x03env\x03mem\x02\x00\x01\x03\x02\x01\x00\x07\x05\x01\x01f\x00\x00"+
		"\x0a\x09\x01\x07\x00\x41\x00\x28\x02\x00\x0b"))
	mem, err := instance.NewMemory(1, -1)
	if err != nil {
		t.Fatal(err)
	}
	if err := mem.Write(0, []byte{42}); err != nil {
		t.Fatal(err)
	}
	inst, err := instance.Instantiate(context.Background(), mod, func(module, name string) (instance.Extern, bool) {
		return instance.Extern{Kind: wasm.ExternMemory, Memory: mem}, module == "env" && name == "mem"
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := mem.Close(); err != nil {
		t.Fatal(err)
	}
	stack := []uint64{0}
	if err := inst.Exports()["f"].Func.Call(context.Background(), stack); err != nil || stack[0] != 42 {
		t.Fatalf("after closing the host memory: %v, %d", err, stack[0])
	}
	if mem.Pages() != 1 {
		t.Fatal("released while imported")
	}
	inst.Close()
	if mem.Pages() != 0 || mem.Bytes() != nil {
		t.Fatal("not released with its last importer")
	}

	lone, err := instance.NewMemory(1, -1)
	if err != nil {
		t.Fatal(err)
	}
	lone.Close()
	if _, err := lone.Read(0, 1); !errors.Is(err, instance.ErrClosed) {
		t.Fatalf("read after Close: %v", err)
	}
}

// Close from another goroutine racing with calls from the goroutine that
// made the instance, which take no references (owned.go): a call either
// completes, is interrupted, or finds the instance closed, and the memory
// is released once the last call has left, not before.
func TestCloseRacesOwnerCalls(t *testing.T) {
	if !instance.OwnedCallsReady() {
		t.Log("no membarrier: calls take the general path")
	}
	mod := hostileModule(t, "secret")
	spinMod := hostileModule(t, "preempt")
	ctx := context.Background()
	for round := 0; round < 200; round++ {
		type made struct {
			inst *instance.Instance
			mem  *instance.Memory
		}
		ready := make(chan made, 1)
		done := make(chan error, 1)
		go func() {
			inst, err := instance.Instantiate(ctx, mod, nil)
			if err != nil {
				done <- err
				return
			}
			spinInst, err := instance.Instantiate(ctx, spinMod, nil)
			if err != nil {
				done <- err
				return
			}
			defer spinInst.Close()
			ready <- made{inst, inst.Memory()}
			put, get := inst.Exports()["put"].Func, inst.Exports()["get"].Func
			spin := spinInst.Exports()["spin"].Func
			stack := make([]uint64, 1)
			for i := 0; ; i++ {
				stack[0] = uint64(i)
				err := put.Call(ctx, stack)
				if err == nil {
					err = get.Call(ctx, stack)
				}
				if err == nil && stack[0] != uint64(i) {
					err = errors.New("get returned what put did not store")
				}
				if errors.Is(err, instance.ErrClosed) {
					done <- nil
					return
				}
				var tr *trap.Trap
				if err != nil && !(errors.As(err, &tr) && tr.Code == trap.CodeInterrupted) {
					done <- err
					return
				}
				stack[0] = 100
				if err := spin.Call(ctx, stack); err != nil {
					done <- err
					return
				}
			}
		}()
		var m made
		select {
		case m = <-ready:
		case err := <-done:
			t.Fatal(err)
		}
		for i := 0; i < round%7; i++ {
			runtime.Gosched()
		}
		m.inst.Close()
		if err := <-done; err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if m.mem.Bytes() != nil {
			t.Fatalf("round %d: memory not released after the last call", round)
		}
	}
}

// crossmemImports links crossmem_caller to crossmem's exports x.
func crossmemImports(x map[string]instance.Extern) instance.Resolver {
	return hostResolver(map[[2]string]instance.Extern{
		{"crossmem", "grow_load"}: x["grow_load"], {"crossmem", "spin_load"}: x["spin_load"], {"crossmem", "trap_load"}: x["trap_load"],
	})
}

// The owner's runner keeps what calls of its instance's functions need
// between calls (Instance.call). A call of a function the instance exports
// again from another instance runs with that instance's state, also when
// the two share a memory, and one that trapped in another instance's code
// (leaving that instance's VMCtx behind) does not leak it into the next
// call: each call here reads the memory and globals of the instance whose
// code reads them.
func TestOwnerCallState(t *testing.T) {
	if !instance.OwnedCallsReady() {
		t.Log("no membarrier: calls take the general path")
	}
	ctx := context.Background()
	callee, err := instance.Instantiate(ctx, hostileModule(t, "crossmem"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer callee.Close()
	caller, err := instance.Instantiate(ctx, hostileModule(t, "crossmem_caller"), crossmemImports(callee.Exports()))
	if err != nil {
		t.Fatal(err)
	}
	defer caller.Close()
	x := caller.Exports()
	call := func(name string, arg uint64) (uint64, error) {
		stack := []uint64{arg}
		err := x[name].Func.Call(ctx, stack)
		return stack[0], err
	}
	for round := 0; round < 3; round++ {
		if v, err := call("trap", 0); err != nil || v != 4207 {
			t.Fatalf("round %d: trap(0) = %d, %v; want 4207", round, v, err)
		}
		_, err := call("trap", 1)
		var tr *trap.Trap
		if !errors.As(err, &tr) || tr.Code != trap.CodeUnreachable {
			t.Fatalf("round %d: trap(1): %v, want unreachable", round, err)
		}
		if v, err := call("grow", 0); err != nil || v != 4207 {
			t.Fatalf("round %d: after a trap in the callee: %d, %v; want 4207", round, v, err)
		}
		if v, err := call("callee_load", 0); err != nil || v != 42 {
			t.Fatalf("round %d: callee_load through the caller = %d, %v; want 42 (the callee's memory)", round, v, err)
		}
		if v, err := call("trap", 0); err != nil || v != 4207 {
			t.Fatalf("round %d: after the callee's function: %d, %v; want 4207", round, v, err)
		}
	}
	// Instances that share a memory: importer's "put" is secret's, which
	// counts its calls in a global of its own (reached through its VMCtx).
	a, err := instance.Instantiate(ctx, hostileModule(t, "secret"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ax := a.Exports()
	user, err := instance.Instantiate(ctx, hostileModule(t, "importer"), hostResolver(map[[2]string]instance.Extern{
		{"a", "memory"}: ax["memory"], {"a", "put"}: ax["put"],
	}))
	if err != nil {
		t.Fatal(err)
	}
	defer user.Close()
	ux := user.Exports()
	calls := ax["calls"].Global
	for i := uint64(1); i <= 3; i++ {
		stack := []uint64{i}
		if err := ux["put2"].Func.Call(ctx, stack); err != nil {
			t.Fatal(err)
		}
		stack[0] = 10 + i
		if err := ux["put"].Func.Call(ctx, stack); err != nil {
			t.Fatal(err)
		}
		if err := ux["peek"].Func.Call(ctx, stack); err != nil || stack[0] != 10+i {
			t.Fatalf("peek = %d, %v; want %d", stack[0], err, 10+i)
		}
		if n := calls.Get(); n != 2*i {
			t.Fatalf("secret's put counted %d calls, want %d", n, 2*i)
		}
	}
}
