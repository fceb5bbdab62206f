package instance_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/internal/native"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// recursive instantiates a module without loops: "fib" (naive, two calls
// a level) and "deep" (calls itself until the stack runs out). Their only
// polls are the entry polls that the prologues' stack checks stand for
// (abi.ExecStackFloor).
func recursive(t *testing.T, opts backend.Options) *instance.Instance {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}
	var fib, deep wasmgen.Code
	fib.Op(wasm.OpLocalGet).U32(0).I32Const(2).Op(wasm.OpI32LtU).
		Op(wasm.OpIf).BlockVal(wasm.I32).
		Op(wasm.OpLocalGet).U32(0).
		Op(wasm.OpElse).
		Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpCall).U32(0).
		Op(wasm.OpLocalGet).U32(0).I32Const(2).Op(wasm.OpI32Sub).Op(wasm.OpCall).U32(0).
		Op(wasm.OpI32Add).
		Op(wasm.OpEnd)
	deep.Op(wasm.OpLocalGet).U32(0).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpCall).U32(1)
	m.Funcs = []wasmgen.Func{{TypeIndex: 0, Body: fib.B}, {TypeIndex: 0, Body: deep.B}}
	m.Exports = []wasmgen.Export{{Name: "fib", Kind: wasm.ExternFunc, Index: 0}, {Name: "deep", Kind: wasm.ExternFunc, Index: 1}}
	inst, err := instance.Instantiate(context.Background(), loadWith(t, m.Encode(), opts), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Close() })
	return inst
}

func fibWant(n uint64) uint64 {
	a, b := uint64(0), uint64(1)
	for ; n > 0; n-- {
		a, b = b, a+b
	}
	return uint64(uint32(a))
}

// Recursion without a loop stops when its context's deadline passes.
func TestLoopFreeRecursionIsInterrupted(t *testing.T) {
	fib := recursive(t, backend.Options{}).Exports()["fib"].Func
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := fib.Call(ctx, []uint64{50}) // minutes uninterrupted
	var tr *trap.Trap
	if !errors.As(err, &tr) || tr.Code != trap.CodeInterrupted {
		t.Fatalf("got %v, want trap interrupted", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("interruption took %v", d)
	}
	// The next call runs with the real stack limit again.
	stack := []uint64{20}
	if err := fib.Call(context.Background(), stack); err != nil || stack[0] != fibWant(20) {
		t.Errorf("fib(20) after the interruption = %d, %v; want %d", stack[0], err, fibWant(20))
	}
}

// StackLimit left at ^0 with no interrupt pending (the trace of a race
// between Interrupt and a clear) slows prologues down but changes no
// result: the slow path compares with the real limit, and a stack that
// does run out still traps.
func TestStackLimitWithoutInterrupt(t *testing.T) {
	inst := recursive(t, backend.Options{})
	fib, deep := inst.Exports()["fib"].Func, inst.Exports()["deep"].Func
	stack := []uint64{10}
	if err := fib.Call(context.Background(), stack); err != nil { // a runner exists
		t.Fatal(err)
	}
	restore := instance.SetStackLimits(^uintptr(0))
	defer restore()
	stack[0] = 25
	if err := fib.Call(context.Background(), stack); err != nil || stack[0] != fibWant(25) {
		t.Errorf("fib(25) = %d, %v; want %d", stack[0], err, fibWant(25))
	}
	err := deep.Call(context.Background(), []uint64{0})
	var tr *trap.Trap
	if !errors.As(err, &tr) || tr.Code != trap.CodeCallStackExhausted {
		t.Errorf("deep: got %v, want trap call stack exhausted", err)
	}
}

// Recursion without a loop yields to the garbage collector at the polls
// in its prologues, and its registers survive the yields.
func TestLoopFreeRecursionYields(t *testing.T) {
	if !native.PreemptAvailable() {
		t.Skip("preemption by signal is not available (GODEBUG=asyncpreemptoff=1?)")
	}
	fib := recursive(t, backend.Options{}).Exports()["fib"].Func
	defer collectGarbage()()
	before := native.Yields()
	for n := uint64(27); n <= 36 && native.Yields() == before; n++ {
		stack := []uint64{n}
		if err := fib.Call(context.Background(), stack); err != nil || stack[0] != fibWant(n) {
			t.Fatalf("fib(%d) = %d, %v; want %d", n, stack[0], err, fibWant(n))
		}
	}
	if native.Yields() == before {
		t.Fatal("no call yielded while the collector ran")
	}
}
