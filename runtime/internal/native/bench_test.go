package native

import (
	"context"
	"testing"
)

// Go -> generated code (empty function) -> Go through Context.Call:
// args copy, entersyscall, trampoline, exitsyscall, exit-code dispatch.
func BenchmarkCallEmpty(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnEmpty]
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e.c.Call(fn, nil)
	}
}

// Same without the syscall bracket (SetPreempt).
func BenchmarkCallEmptyPreempt(b *testing.B) {
	e := newEnv(b)
	e.c.SetPreempt(true)
	fn := testMod.entry[fnEmpty]
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e.c.Call(fn, nil)
	}
}

// Same with two arguments and one result.
func BenchmarkCallAdd(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnAdd]
	s := make([]uint64, 2)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s[0], s[1] = uint64(i), 1
		e.c.Call(fn, s)
	}
}

// CallContext with a cancellable context (AfterFunc registration per call).
func BenchmarkCallContextCancellable(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnEmpty]
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e.c.CallContext(ctx, fn, nil)
	}
}

// The bare trampoline with entersyscall/exitsyscall.
func BenchmarkEnterSysEmpty(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnEmpty]
	x := e.c.x
	x.StackTop = e.c.stackHi
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		enterSys(e.c, x, fn)
	}
}

// The bare trampoline without the syscall bracketing (not usable for real
// calls: blocks GC while native code runs). Shows the bracketing cost.
func BenchmarkEnterRawEmpty(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnEmpty]
	x := e.c.x
	x.StackTop = e.c.stackHi
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		runNative(e.c, x, fn)
	}
}

// One op = one host call from generated code: exit to Go, exitsyscall,
// call the Go function, entersyscall, resume.
func BenchmarkHostCall(b *testing.B) {
	e := newEnv(b)
	e.c.Host = []HostFunc{func(c *Context, s []uint64) error { s[0]++; return nil }}
	s := []uint64{uint64(b.N), 0}
	b.ReportAllocs()
	b.ResetTimer()
	if err := e.c.Call(testMod.entry[fnHostLoop], s); err != nil {
		b.Fatal(err)
	}
	if s[1] != uint64(b.N) {
		b.Fatal(s)
	}
}

// Trap round trips (each allocates the *trap.Trap).
func BenchmarkTrapOutOfBounds(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnLoad32]
	s := make([]uint64, 2)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s[0], s[1] = 0x10000, 0
		if e.c.Call(fn, s) == nil {
			b.Fatal("no trap")
		}
	}
}

func BenchmarkTrapUnreachableSignal(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnUnreachable]
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if e.c.Call(fn, nil) == nil {
			b.Fatal("no trap")
		}
	}
}

func BenchmarkTrapExplicit(b *testing.B) {
	e := newEnv(b)
	fn := testMod.entry[fnExplicit]
	s := make([]uint64, 1)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s[0] = 3
		if e.c.Call(fn, s) == nil {
			b.Fatal("no trap")
		}
	}
}

// Cost of interruption polling on a tight loop: one op = one iteration.
func BenchmarkLoopNoPoll(b *testing.B) { benchLoop(b, fnLoopN) }
func BenchmarkLoopPoll(b *testing.B)   { benchLoop(b, fnLoopNPoll) }

func benchLoop(b *testing.B, f testFn) {
	e := newEnv(b)
	s := []uint64{uint64(b.N)}
	b.ResetTimer()
	if err := e.c.Call(testMod.entry[f], s); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkHostCall without the syscall bracket (SetPreempt), as the
// instance layer runs code with polls.
func BenchmarkHostCallPreempt(b *testing.B) {
	e := newEnv(b)
	e.c.SetPreempt(true)
	e.c.Host = []HostFunc{func(c *Context, s []uint64) error { s[0]++; return nil }}
	s := []uint64{uint64(b.N), 0}
	b.ReportAllocs()
	b.ResetTimer()
	if err := e.c.Call(testMod.entry[fnHostLoop], s); err != nil {
		b.Fatal(err)
	}
	if s[1] != uint64(b.N) {
		b.Fatal(s)
	}
}
