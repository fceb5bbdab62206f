package kiln_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// Hostile modules and misuse of the API end with a clean error or trap and
// leave the process alive. The modules are testdata/hostile/*.wat (built
// to .wasm by testdata/hostile/build.sh).

func hostile(t testing.TB, name string) *kiln.Module {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", name+".wasm"))
	if err != nil {
		t.Fatal(err)
	}
	mod, err := kiln.Compile(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mod.Close() })
	return mod
}

func instantiate(t testing.TB, mod *kiln.Module, imports *kiln.Imports, opts ...kiln.InstantiateOption) *kiln.Instance {
	t.Helper()
	inst, err := mod.Instantiate(context.Background(), imports, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Close() })
	return inst
}

func call1(t testing.TB, inst *kiln.Instance, name string, args ...any) any {
	t.Helper()
	res, err := inst.Func(name).Call(context.Background(), args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(res) == 0 {
		return nil
	}
	return res[0]
}

func wantTrap(t testing.TB, err error, code trap.Code) *kiln.Trap {
	t.Helper()
	var tr *kiln.Trap
	if !errors.As(err, &tr) || tr.Code != code {
		t.Fatalf("got %v, want trap %q", err, code)
	}
	return tr
}

// table.grow by 0xFFFFFFF0 used to ask Go for ~32 GiB and kill the process.
func TestHostileTableGrow(t *testing.T) {
	inst := instantiate(t, hostile(t, "table_grow"), nil)
	if got := call1(t, inst, "huge"); got != int32(-1) {
		t.Errorf("table.grow 0xFFFFFFF0 = %v, want -1", got)
	}
	if got := call1(t, inst, "grow", int32(instance.MaxTableElements)); got != int32(-1) {
		t.Errorf("growing past %d elements = %v, want -1", instance.MaxTableElements, got)
	}
	if got := call1(t, inst, "grow", int32(99)); got != int32(1) {
		t.Errorf("grow 99 = %v, want 1", got)
	}
	limited := instantiate(t, hostile(t, "table_grow"), nil, kiln.WithLimits(kiln.Limits{TableElements: 100}))
	if got := call1(t, limited, "grow", int32(100)); got != int32(-1) {
		t.Errorf("limit 100: grow 100 = %v, want -1", got)
	}
	if got := call1(t, limited, "grow", int32(99)); got != int32(1) {
		t.Errorf("limit 100: grow 99 = %v, want 1", got)
	}
	if got := call1(t, limited, "size"); got != int32(100) {
		t.Errorf("size %v, want 100", got)
	}
}

// (table 0xFFFFFFFF funcref) used to die at instantiation.
func TestHostileTableHuge(t *testing.T) {
	mod := hostile(t, "table_huge")
	_, err := mod.Instantiate(context.Background(), nil)
	var le *kiln.LimitError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "table 0 declares 4294967295 elements, more than the limit of 10000000") {
		t.Fatalf("got %v, want a table limit error", err)
	}
	// A module within the implementation limit but over a configured one.
	mod2 := hostile(t, "table_grow") // (table 1)
	if _, err := mod2.Instantiate(context.Background(), nil, kiln.WithLimits(kiln.Limits{TableElements: 1})); err != nil {
		t.Errorf("table of 1 under a limit of 1: %v", err)
	}
}

func TestHostileMemoryLimit(t *testing.T) {
	lim := kiln.WithLimits(kiln.Limits{MemoryPages: 16})
	inst := instantiate(t, hostile(t, "memory"), nil, lim)
	if got := call1(t, inst, "grow", int32(16)); got != int32(-1) {
		t.Errorf("memory.grow past 16 pages = %v, want -1", got)
	}
	if got := call1(t, inst, "grow", int32(15)); got != int32(1) {
		t.Errorf("memory.grow to 16 pages = %v, want 1", got)
	}
	if _, err := inst.Memory().Grow(1); err == nil {
		t.Error("Memory.Grow past the limit succeeded")
	}
	if n := inst.Memory().Size(); n != 16<<16 {
		t.Errorf("size %d", n)
	}
	_, err := hostile(t, "memory_big").Instantiate(context.Background(), nil, lim)
	var le *kiln.LimitError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "memory 0 declares 1024 pages, more than the limit of 16") {
		t.Fatalf("got %v, want a memory limit error", err)
	}
	// Without a limit, 4 GiB (the module's own maximum) applies.
	big := instantiate(t, hostile(t, "memory_big"), nil)
	if n := big.Memory().Size(); n != 1024<<16 {
		t.Errorf("size %d", n)
	}
}

// Nested host -> Wasm -> host calls used to map a new native stack per level
// and fail at depth ~30,000 with "mprotect: cannot allocate memory".
func TestHostileReentry(t *testing.T) {
	mod := hostile(t, "reenter")
	for _, tc := range []struct {
		name     string
		limit    int
		passCtx  bool
		wantDeep int
	}{
		{"default", 0, true, instance.DefaultCallDepth},
		{"limit 10", 10, true, 10},
		{"background context", 50, false, 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var down *kiln.Function
			deepest := int32(0)
			imports := kiln.NewImports().Func("env", "down", func(ctx context.Context, n int32) (int32, error) {
				deepest = max(deepest, n)
				if n >= 100_000 {
					return n, nil
				}
				if !tc.passCtx {
					ctx = context.Background()
				}
				res, err := down.Call(ctx, n)
				if err != nil {
					return 0, err
				}
				return res[0].(int32), nil
			})
			inst := instantiate(t, mod, imports, kiln.WithLimits(kiln.Limits{CallDepth: tc.limit}))
			down = inst.Func("down")
			maps0 := mapsCount(t)
			_, err := down.Call(context.Background(), int32(0))
			wantTrap(t, err, trap.CodeCallStackExhausted)
			if int(deepest) != tc.wantDeep {
				t.Errorf("deepest activation %d, want %d", deepest, tc.wantDeep)
			}
			if d := mapsCount(t) - maps0; d > 20 {
				t.Errorf("%d more mappings after the nested calls", d)
			}
			// The instance still works.
			deepest = 0
			if _, err := down.Call(context.Background(), int32(99_999)); err != nil || deepest != 100_000 {
				t.Errorf("after: %v, deepest %d", err, deepest)
			}
		})
	}
}

// Traps in bulk-memory operations (memory.init runs in Go) name the
// WebAssembly function that executed them, with its callers, and
// Module.Backtrace gives each frame's module offset (as wasm-objdump -d
// prints them): the trapping instruction's, then the calls'.
func TestHostileBulkTrapFrames(t *testing.T) {
	mod := hostile(t, "bulk")
	inst := instantiate(t, mod, nil)
	for _, tc := range []struct {
		fn, in  string
		frames  []int32
		offsets []int
	}{
		{"fill", "fill", []int32{0}, []int{0x55}},
		{"copy", "copy", []int32{1}, []int{0x64}},
		{"init", "init", []int32{2}, []int{0x73}},
		{"outer", "fill", []int32{0, 3}, []int{0x55, 0x7a}},
		{"_start", "fill", []int32{0, 3, 4}, []int{0x55, 0x7a, 0x7f}},
	} {
		_, err := inst.Func(tc.fn).Call(context.Background())
		tr := wantTrap(t, err, trap.CodeOutOfBoundsMemoryAccess)
		if tr.Func != tc.frames[0] || !slices.Equal(tr.Frames, tc.frames) {
			t.Errorf("%s: func %d frames %v, want %v", tc.fn, tr.Func, tr.Frames, tc.frames)
		}
		var offsets []int
		for _, f := range mod.Backtrace(tr) {
			offsets = append(offsets, f.Offset)
		}
		if fmt.Sprint(offsets) != fmt.Sprint(tc.offsets) {
			t.Errorf("%s: frame offsets %#x, want %#x", tc.fn, offsets, tc.offsets)
		}
		if name := mod.FunctionName(tr.Func); name != tc.in {
			t.Errorf("%s: trap in %q, want %q", tc.fn, name, tc.in)
		}
	}
}

func TestHostileRecursion(t *testing.T) {
	inst := instantiate(t, hostile(t, "recurse"), nil)
	_, err := inst.Func("_start").Call(context.Background())
	wantTrap(t, err, trap.CodeCallStackExhausted)
}

// Handles of a closed instance fail with ErrClosed; they never see the
// memory of the instance that reuses the reservation.
func TestUseAfterClose(t *testing.T) {
	for _, pages := range []uint32{0, 300} { // 300 pages: released to PROT_NONE
		t.Run(strconv.Itoa(int(pages)), func(t *testing.T) {
			mod := hostile(t, "secret")
			ctx := context.Background()
			a, err := mod.Instantiate(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			fn, mem, g := a.Func("get"), a.Memory(), a.Global("calls")
			if _, err := mem.Grow(pages); err != nil {
				t.Fatal(err)
			}
			if err := a.Close(); err != nil {
				t.Fatal(err)
			}
			if err := a.Close(); err != nil {
				t.Errorf("second Close: %v", err)
			}
			b := instantiate(t, mod, nil)
			if _, err := b.Memory().Grow(pages); err != nil {
				t.Fatal(err)
			}
			call1(t, b, "put", int32(0x5ec2e7))
			if err := b.Memory().Write(uint64(pages)<<16+16, []byte("secret")); err != nil {
				t.Fatal(err)
			}
			checks := map[string]error{}
			_, checks["Function.Call"] = fn.Call(ctx)
			checks["Function.CallWithStack"] = fn.CallWithStack(ctx, make([]uint64, 1))
			_, checks["Instance.Func after Close"] = a.Func("put").Call(ctx, int32(1))
			_, checks["Memory.Read"] = mem.Read(0, 4)
			_, checks["Memory.Read high"] = mem.Read(uint64(pages)<<16+16, 6)
			checks["Memory.Write"] = mem.Write(0, []byte{1})
			_, checks["Memory.Grow"] = mem.Grow(1)
			_, checks["Instance.Memory after Close"] = a.Memory().Read(0, 1)
			_, checks["Global.Get"] = g.Get()
			checks["Global.Set"] = g.Set(int32(1))
			for what, err := range checks {
				if !errors.Is(err, kiln.ErrClosed) {
					t.Errorf("%s after Close: %v, want ErrClosed", what, err)
				}
			}
			if n := mem.Size(); n != 0 {
				t.Errorf("Memory.Size after Close: %d", n)
			}
			if got := call1(t, b, "get"); got != int32(0x5ec2e7) {
				t.Errorf("b's memory: %v", got)
			}
		})
	}
}

// Closing a module under live instances is safe: they keep working, the
// module refuses new instances, and its code goes when the last one closes.
func TestCloseModuleWithLiveInstances(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", "secret.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	mod, err := kiln.Compile(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := mod.Instantiate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := mod.Close(); err != nil {
		t.Fatal(err)
	}
	call1(t, inst, "put", int32(7))
	if got := call1(t, inst, "get"); got != int32(7) {
		t.Errorf("get %v", got)
	}
	if _, err := mod.Instantiate(ctx, nil); !errors.Is(err, kiln.ErrClosed) {
		t.Errorf("Instantiate of a closed module: %v", err)
	}
	if err := inst.Close(); err != nil {
		t.Fatal(err)
	}
	if err := mod.Close(); err != nil {
		t.Fatal(err)
	}
}

// An instance that imports from another keeps what it imported after the
// exporter is closed; importing from a closed instance fails.
func TestImportFromClosedInstance(t *testing.T) {
	ctx := context.Background()
	a, err := hostile(t, "secret").Instantiate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// (module (import "a" "memory" (memory 1)) (import "a" "put" (func (param i32)))
	//   (func (export "put2") (param i32) (call 0 (local.get 0)))
	//   (func (export "peek") (result i32) (i32.load (i32.const 0))))
	user := hostile(t, "importer")
	b, err := user.Instantiate(ctx, kiln.NewImports().Instance("a", a))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	call1(t, b, "put2", int32(42))
	a.Close()
	call1(t, b, "put2", int32(43))
	if got := call1(t, b, "peek"); got != int32(43) {
		t.Errorf("peek %v, want 43", got)
	}
	if got, err := b.Func("put").Call(ctx, int32(44)); err != nil || len(got) != 0 {
		t.Errorf("re-exported put after its instance closed: %v, %v", got, err)
	}
	if _, err := user.Instantiate(ctx, kiln.NewImports().Instance("a", a)); !errors.Is(err, kiln.ErrClosed) {
		t.Errorf("importing from a closed instance: %v", err)
	}
}

// Close from another goroutine during a call interrupts it; the memory is
// reused only after the call returned.
func TestCloseDuringCall(t *testing.T) {
	mod := hostile(t, "secret")
	ctx := context.Background()
	inst, err := mod.Instantiate(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() {
		_, err := inst.Func("spin").Call(ctx)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	inst.Close()
	select {
	case err := <-done:
		if !errors.Is(err, kiln.ErrClosed) {
			wantTrap(t, err, trap.CodeInterrupted)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not stop the call")
	}

	// Calls racing with Close: each ends normally, interrupted or with
	// ErrClosed; none crashes.
	for round := 0; round < 20; round++ {
		inst, err := mod.Instantiate(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		put, get, mem := inst.Func("put"), inst.Func("get"), inst.Memory()
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 200; i++ {
					if _, err := put.Call(ctx, int32(i)); err != nil && !errors.Is(err, kiln.ErrClosed) {
						wantTrap(t, err, trap.CodeInterrupted)
					}
					if _, err := get.Call(ctx); err != nil && !errors.Is(err, kiln.ErrClosed) {
						wantTrap(t, err, trap.CodeInterrupted)
					}
					if _, err := mem.Read(0, 4); err != nil && !errors.Is(err, kiln.ErrClosed) {
						t.Error(err)
					}
				}
			}()
		}
		time.Sleep(time.Duration(round%5) * time.Millisecond)
		inst.Close()
		wg.Wait()
	}
}

func TestInstanceCountLimit(t *testing.T) {
	mod := hostile(t, "secret")
	live := instance.Live()
	lim := kiln.WithLimits(kiln.Limits{Instances: live + 2})
	a := instantiate(t, mod, nil, lim)
	instantiate(t, mod, nil, lim)
	_, err := mod.Instantiate(context.Background(), nil, lim)
	var le *kiln.LimitError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "instance limit") {
		t.Fatalf("third instance: %v", err)
	}
	a.Close()
	instantiate(t, mod, nil, lim)
}

// procStats returns RSS (bytes), mappings, goroutines and open files.
type procStats struct{ rss, maps, goroutines, fds int }

func stats(t testing.TB) procStats {
	t.Helper()
	runtime.GC()
	statm, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		t.Skip("no /proc")
	}
	f := strings.Fields(string(statm))
	rss, _ := strconv.Atoi(f[1])
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return procStats{rss: rss * os.Getpagesize(), maps: mapsCount(t), goroutines: runtime.NumGoroutine(), fds: len(fds)}
}

func mapsCount(t testing.TB) int {
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip("no /proc")
	}
	return bytes.Count(b, []byte("\n"))
}

// 10,000 instance create/close cycles and 10,000 traps leave RSS,
// mappings, goroutines and file descriptors flat.
func TestChurnIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	mod := hostile(t, "secret")
	bulk := hostile(t, "bulk")
	ctx := context.Background()
	cycle := func(n int) {
		for i := 0; i < n; i++ {
			inst, err := mod.Instantiate(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := inst.Func("put").Call(ctx, int32(i)); err != nil {
				t.Fatal(err)
			}
			if err := inst.Close(); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Traps of the three kinds: in a builtin run in Go (memory.fill), a
	// guard-page fault (signal), the stack check (deep recursion).
	trapInst := instantiate(t, bulk, nil)
	memInst := instantiate(t, hostile(t, "memory"), nil)
	recInst := instantiate(t, hostile(t, "recurse"), nil)
	traps := func(n int) {
		outer, store, rec := trapInst.Func("outer"), memInst.Func("store"), recInst.Func("_start")
		for i := 0; i < n; i++ {
			var err error
			switch i % 3 {
			case 0:
				_, err = outer.Call(ctx)
			case 1:
				_, err = store.Call(ctx, int32(1<<20), int32(1))
			default:
				_, err = rec.Call(ctx)
			}
			if err == nil {
				t.Fatal("no trap")
			}
		}
	}
	cycle(1000)
	traps(1000)
	before := stats(t)
	start := time.Now()
	cycle(10_000)
	traps(10_000)
	after := stats(t)
	t.Logf("%v; before %+v, after %+v", time.Since(start), before, after)
	if after.rss > before.rss+16<<20 {
		t.Errorf("RSS grew from %d to %d", before.rss, after.rss)
	}
	if after.maps > before.maps+16 {
		t.Errorf("mappings grew from %d to %d", before.maps, after.maps)
	}
	if after.goroutines > before.goroutines+2 {
		t.Errorf("goroutines grew from %d to %d", before.goroutines, after.goroutines)
	}
	if after.fds > before.fds {
		t.Errorf("file descriptors grew from %d to %d", before.fds, after.fds)
	}
}

// 1,000 instances used concurrently (run with -race).
func TestConcurrentInstances(t *testing.T) {
	mod := hostile(t, "secret")
	ctx := context.Background()
	n := 1000
	var wg sync.WaitGroup
	errs := make(chan error, n)
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			inst, err := mod.Instantiate(ctx, nil)
			if err != nil {
				errs <- err
				return
			}
			defer inst.Close()
			<-start
			for k := int32(0); k < 5; k++ {
				v := int32(i)*10 + k
				if _, err := inst.Func("put").Call(ctx, v); err != nil {
					errs <- err
					return
				}
				res, err := inst.Func("get").Call(ctx)
				if err != nil {
					errs <- err
					return
				}
				if res[0] != v {
					errs <- errors.New("instance " + strconv.Itoa(i) + " read another's value")
					return
				}
				if b, err := inst.Memory().Read(0, 4); err != nil || int32(uint32(b[0])|uint32(b[1])<<8|uint32(b[2])<<16|uint32(b[3])<<24) != v {
					errs <- errors.New("memory handle read another's value")
					return
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// A host function calling into another instance (nested on the same
// native stack) leaves the caller's instance and memory in place.
func TestNestedCallOtherInstance(t *testing.T) {
	other := instantiate(t, hostile(t, "secret"), nil)
	put := other.Func("put")
	imports := kiln.NewImports().Func("env", "cb", func(ctx context.Context) error {
		_, err := put.Call(ctx, int32(0x22))
		return err
	})
	inst := instantiate(t, hostile(t, "nested"), imports)
	if got := call1(t, inst, "run"); got != int32(0x11) {
		t.Errorf("run = %#x, want 0x11 (its own memory)", got)
	}
	if got := call1(t, other, "get"); got != int32(0x22) {
		t.Errorf("other's memory: %#x, want 0x22", got)
	}
}

// A service can refuse a module whose functions are too large before
// compiling anything, and a compile deadline ends compilation promptly.
func TestCompileBudgets(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("bench", "programs", "wasm", "gobig.wasm"))
	if err != nil {
		t.Skip(err)
	}
	_, err = kiln.Compile(context.Background(), b, kiln.WithMaxFunctionBytes(1000))
	if err == nil || !strings.Contains(err.Error(), "over the limit of 1000") {
		t.Errorf("max function bytes: got %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = kiln.Compile(ctx, b)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("deadline: got %v", err)
	}
	// Decoding and validating 17.5 MB come first and take a few tens of
	// milliseconds; the bar is 200 ms, with room for a loaded
	// machine.
	d := time.Since(start)
	t.Logf("Compile with a 100 ms deadline returned after %v", d)
	if d > 500*time.Millisecond {
		t.Errorf("returned %v after the start, deadline 100 ms", d)
	}
}

// A funcref is the address of a function descriptor: a made-up one from
// the host (an argument, or a host function's result) used to kill the
// process at table.grow. Only references of live instances get in.
func TestHostileFuncRef(t *testing.T) {
	mod := hostile(t, "funcref")
	var hostRef uint64
	imports := kiln.NewImports().HostFunc("env", "ref",
		kiln.FunctionType{Results: []kiln.ValueType{kiln.ValueTypeFuncRef}},
		func(ctx context.Context, c kiln.Caller, stack []uint64) error {
			stack[0] = hostRef
			return nil
		})
	a := instantiate(t, mod, imports)
	b, err := mod.Instantiate(context.Background(), imports)
	if err != nil {
		t.Fatal(err)
	}
	seven := call1(t, a, "seven").(uint64)
	sevenB := call1(t, b, "seven").(uint64)
	refused := func(what string, err error) {
		t.Helper()
		if err == nil || !strings.Contains(err.Error(), "is not a funcref of a live instance") {
			t.Errorf("%s: got %v, want the reference refused", what, err)
		}
	}
	for _, bad := range []uint64{1, 0xdead0000, seven + 8, seven - 32*1000, ^uint64(0)} {
		_, err := a.Func("grow").Call(context.Background(), bad)
		refused(fmt.Sprintf("grow(%#x)", bad), err)
		refused(fmt.Sprintf("set(%#x) with a stack", bad), a.Func("set").CallWithStack(context.Background(), []uint64{bad}))
		hostRef = bad
		_, err = a.Func("grow_host").Call(context.Background())
		refused(fmt.Sprintf("env.ref returning %#x", bad), err)
	}
	// Valid references: the instance's own, another live instance's, null
	// (from an argument and from the host).
	for i, r := range []uint64{seven, sevenB, 0} {
		if got := call1(t, a, "grow", r); got != int32(1+2*i) {
			t.Fatalf("grow(%#x) = %v, want %d", r, got, 1+2*i)
		}
		hostRef = r
		if got := call1(t, a, "grow_host"); got != int32(2+2*i) {
			t.Fatalf("grow_host with %#x = %v, want %d", r, got, 2+2*i)
		}
	}
	for i := int32(1); i <= 4; i++ {
		if got := call1(t, a, "call", i); got != int32(7) {
			t.Errorf("call(%d) = %v, want 7", i, got)
		}
	}
	_, err = a.Func("call").Call(context.Background(), int32(5))
	wantTrap(t, err, trap.CodeUninitializedElement)
	// A reference kept from an instance since released.
	b.Close()
	_, err = a.Func("grow").Call(context.Background(), sevenB)
	refused("a released instance's reference", err)
}
