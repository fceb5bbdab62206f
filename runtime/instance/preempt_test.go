package instance_test

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/internal/native"
)

// spinWant is what testdata/hostile/preempt.wat's spin(n) returns.
func spinWant(n uint64) uint64 {
	ints := 12*(n*(n-1)/2) + 78*n
	floats := 36 * n
	v := uint64(uint32(n)) + uint64(uint32(4*n))
	w := (5 * n) * (6 * n)
	return ints + floats + v + w
}

// A long call runs without the syscall bracket, yet the garbage collector
// is not held up by it: Go's preemption signal makes the code yield at its
// next poll, and every register it had live there (integers, floats,
// vectors) is intact when it continues.
func TestPreemptYieldsToGC(t *testing.T) {
	if !native.PreemptAvailable() {
		t.Skip("preemption by signal is not available (GODEBUG=asyncpreemptoff=1?)")
	}
	mod := hostileModule(t, "preempt")
	inst, err := instance.Instantiate(context.Background(), mod, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	spin := inst.Exports()["spin"].Func
	// n for about 300 ms of spinning, from a short calibration call.
	n := uint64(1_000_000)
	t0 := time.Now()
	if err := spin.Call(context.Background(), []uint64{n}); err != nil {
		t.Fatal(err)
	}
	n = max(n, uint64(float64(n)*float64(300*time.Millisecond)/float64(time.Since(t0))))
	before := native.Yields()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		worst    time.Duration
		gcs      int
		finished = make(chan struct{})
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(20 * time.Millisecond) // let the call start
		for {
			select {
			case <-finished:
				return
			default:
			}
			t0 := time.Now()
			runtime.GC()
			d := time.Since(t0)
			mu.Lock()
			worst = max(worst, d)
			gcs++
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
		}
	}()
	t0 = time.Now()
	stack := []uint64{n}
	err = spin.Call(context.Background(), stack)
	elapsed := time.Since(t0)
	close(finished)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if stack[0] != spinWant(n) {
		t.Fatalf("spin(%d) = %d, want %d: registers were not preserved across a yield", n, stack[0], spinWant(n))
	}
	yielded := native.Yields() - before
	t.Logf("call %v, %d GCs during it, worst GC %v, %d yields", elapsed, gcs, worst, yielded)
	if yielded == 0 {
		t.Fatalf("the call never yielded (%d GCs ran during it)", gcs)
	}
	if gcs < 1 {
		t.Fatalf("only %d GCs completed during a %v call", gcs, elapsed)
	}
	if worst > elapsed/2 {
		t.Errorf("a GC took %v during a %v call: the call held it up", worst, elapsed)
	}
}

// Code of one instance called from another's, suspended to the host in the
// middle (a builtin's host exit, a yield at a poll), resumes with its own
// memory base, and its caller gets its own back.
func TestCrossInstanceResumeMemory(t *testing.T) {
	ctx := context.Background()
	callee, err := instance.Instantiate(ctx, hostileModule(t, "crossmem"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer callee.Close()
	x := callee.Exports()
	caller, err := instance.Instantiate(ctx, hostileModule(t, "crossmem_caller"), crossmemImports(x))
	if err != nil {
		t.Fatal(err)
	}
	defer caller.Close()
	stack := make([]uint64, 1)
	if err := caller.Exports()["grow"].Func.Call(ctx, stack); err != nil || stack[0] != 4207 {
		t.Errorf("after a builtin in the callee: %d, %v; want 4207", stack[0], err)
	}
	if !native.PreemptAvailable() {
		return
	}
	// Spin in the callee while GCs make it yield.
	defer collectGarbage()()
	before := native.Yields()
	for round := 0; round < 20 && native.Yields() == before; round++ {
		stack[0] = 20_000_000
		if err := caller.Exports()["spin"].Func.Call(ctx, stack); err != nil || stack[0] != 4207 {
			t.Fatalf("after spinning in the callee: %d, %v; want 4207", stack[0], err)
		}
	}
	if native.Yields() == before {
		t.Error("the callee never yielded")
	}
}

// collectGarbage runs garbage collections one after the other until the
// function it returns is called (which waits for the last to end).
func collectGarbage() (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			default:
				runtime.GC()
			}
		}
	}()
	return func() { close(quit); <-done }
}

// mixWant is what testdata/hostile/preempt.wat's mix(n) returns.
func mixWant(n uint32) uint64 {
	x := uint64(0x1E3779B97F4A7C15)
	var c, s uint64
	for i := uint32(0); ; {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		if x < s {
			c++
		}
		if x&1 != 0 {
			s = x
		} else {
			s += 3
		}
		if x&6 == 0 {
			c--
		}
		if i++; i >= n {
			break
		}
	}
	return c*1000003 + s
}

// Loops do not poll: Go's preemption signal suspends the code at whatever instruction it finds, between a compare
// and the carry, select or branch that reads its flags too: many yields
// under back-to-back collections must leave every result exact.
func TestAsyncYieldsKeepFlags(t *testing.T) {
	if !native.PreemptAvailable() {
		t.Skip("preemption by signal is not available (GODEBUG=asyncpreemptoff=1?)")
	}
	inst, err := instance.Instantiate(context.Background(), hostileModule(t, "preempt"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Close()
	mix := inst.Exports()["mix"].Func
	stop := collectGarbage()
	defer func() {
		if stop != nil {
			stop()
		}
	}()
	before := native.Yields()
	stack := make([]uint64, 1)
	calls := 0
	for start := time.Now(); time.Since(start) < 500*time.Millisecond || native.Yields()-before < 20; calls++ {
		if time.Since(start) > 20*time.Second {
			t.Fatalf("only %d yields in %d calls", native.Yields()-before, calls)
		}
		n := uint32(2_000_000 + calls)
		stack[0] = uint64(n)
		if err := mix.Call(context.Background(), stack); err != nil {
			t.Fatal(err)
		}
		if want := mixWant(n); stack[0] != want {
			t.Fatalf("mix(%d) = %#x, want %#x (after %d yields)", n, stack[0], want, native.Yields()-before)
		}
	}
	stop()
	stop = nil
	t.Logf("%d calls, %d yields", calls, native.Yields()-before)
}
