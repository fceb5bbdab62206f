package native

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/rtasm"
	"github.com/kilnwasm/kiln/internal/testexec"
	"github.com/kilnwasm/kiln/runtime/internal/codemem"
	"github.com/kilnwasm/kiln/runtime/linmem"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/twitchyliquid64/golang-asm/obj/arm64"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

func TestOffsets(t *testing.T) {
	var x ExecCtx
	check := func(name string, got uintptr, want int) {
		if int(got) != want {
			t.Errorf("%s: offset %d, constant %d", name, got, want)
		}
	}
	check("GoSP", unsafe.Offsetof(x.GoSP), abi.ExecGoSP)
	check("GoFP", unsafe.Offsetof(x.GoFP), abi.ExecGoFP)
	check("GoLR", unsafe.Offsetof(x.GoLR), abi.ExecGoLR)
	check("StackTop", unsafe.Offsetof(x.StackTop), abi.ExecStackTop)
	check("StackLimit", unsafe.Offsetof(x.StackLimit), abi.ExecStackLimit)
	check("ExitCode", unsafe.Offsetof(x.ExitCode), abi.ExecExitCode)
	check("MemBase", unsafe.Offsetof(x.MemBase), abi.ExecMemBase)
	check("MemSize", unsafe.Offsetof(x.MemSize), abi.ExecMemSize)
	check("Args", unsafe.Offsetof(x.Args), abi.ExecArgs)
	check("ResumeSP", unsafe.Offsetof(x.ResumeSP), abi.ExecResumeSP)
	check("ResumePC", unsafe.Offsetof(x.ResumePC), abi.ExecResumePC)
	check("ResumeFP", unsafe.Offsetof(x.ResumeFP), abi.ExecResumeFP)
	check("HostIndex", unsafe.Offsetof(x.HostIndex), abi.ExecHostIndex)
	check("HostArgs", unsafe.Offsetof(x.HostArgs), abi.ExecHostArgs)
	check("HostSlots", unsafe.Offsetof(x.HostSlots), abi.ExecHostSlots)
	check("TrapCode", unsafe.Offsetof(x.TrapCode), abi.ExecTrapCode)
	check("TrapSig", unsafe.Offsetof(x.TrapSig), abi.ExecTrapSig)
	check("TrapAddr", unsafe.Offsetof(x.TrapAddr), abi.ExecTrapAddr)
	check("TrapPC", unsafe.Offsetof(x.TrapPC), abi.ExecTrapPC)
	check("TrapSiCode", unsafe.Offsetof(x.TrapSiCode), abi.ExecTrapSiCode)
	check("TrapSP", unsafe.Offsetof(x.TrapSP), abi.ExecTrapSP)
	check("TrapFP", unsafe.Offsetof(x.TrapFP), abi.ExecTrapFP)
	check("Interrupt", unsafe.Offsetof(x.Interrupt), abi.ExecInterrupt)
	check("VMCtx", unsafe.Offsetof(x.VMCtx), abi.ExecVMCtx)
	check("Scratch", unsafe.Offsetof(x.Scratch), abi.ExecScratch)
	check("Routines", unsafe.Offsetof(x.Routines), abi.ExecRoutines)
	check("StackFloor", unsafe.Offsetof(x.StackFloor), abi.ExecStackFloor)
	check("size", unsafe.Sizeof(x), abi.ExecCtxSize)

	// The trampolines' #defines must agree too.
	want := map[string]int{"GoSP": abi.ExecGoSP, "GoFP": abi.ExecGoFP, "GoLR": abi.ExecGoLR, "StackTop": abi.ExecStackTop, "StackLimit": abi.ExecStackLimit,
		"ExitCode": abi.ExecExitCode, "MemBase": abi.ExecMemBase, "Args": abi.ExecArgs, "ResumeSP": abi.ExecResumeSP, "ResumePC": abi.ExecResumePC,
		"ResumeFP": abi.ExecResumeFP, "Interrupt": abi.ExecInterrupt, "Preempt": int(unsafe.Offsetof(x.Preempt)),
		"InterruptYield": abi.InterruptYield, "VMCtx": abi.ExecVMCtx, "VMCtxMemBase": abi.VMCtxMemBase,
		"ExitHostCall": ExitHostCall, "ExitResume": exitResume}
	for _, file := range []string{"asm_amd64.s", "asm_arm64.s"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(src), "\n") {
			var name string
			var off int
			if n, _ := fmt.Sscanf(line, "#define %s %d", &name, &off); n != 2 {
				continue
			}
			if w, ok := want[name]; !ok || w != off {
				t.Errorf("%s: #define %s %d: abi says %d (known: %v)", file, name, off, w, ok)
			}
		}
	}
}

// env is a Context with a memory, of 1 page unless newEnvPages says.
type env struct {
	c *Context
	m *linmem.Memory
}

func newEnv(t testing.TB) *env { return newEnvPages(t, 1) }

func newEnvPages(t testing.TB, pages uint32) *env {
	t.Helper()
	mod(t)
	c, err := NewContext(Config{StackSize: 256 << 10})
	if err != nil {
		t.Fatal(err)
	}
	m, err := linmem.Default().New(pages, -1)
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := m.Reserved()
	c.SetMemory(m.Base(), lo, hi)
	t.Cleanup(func() { c.Close(); m.Release() })
	return &env{c, m}
}

func (e *env) call(f testFn, s ...uint64) ([]uint64, error) {
	err := e.c.Call(testMod.entry[f], s)
	return s, err
}

func wantTrap(t testing.TB, err error, code trap.Code) *trap.Trap {
	t.Helper()
	var tr *trap.Trap
	if !errors.As(err, &tr) {
		t.Fatalf("want trap %q, got %v", code, err)
	}
	if tr.Code != code {
		t.Fatalf("want trap %q, got %q (%+v)", code, tr.Code, tr)
	}
	return tr
}

func TestCallArgsResults(t *testing.T) { modes(t, testCallArgsResults) }

func testCallArgsResults(t *testing.T, e *env) {
	if _, err := e.call(fnEmpty); err != nil {
		t.Fatal(err)
	}
	s, err := e.call(fnAdd, 40, 2)
	if err != nil || s[0] != 42 {
		t.Fatal(s, err)
	}
	s, err = e.call(fnAdd, 1<<63, 1<<63+5)
	if err != nil || s[0] != 5 {
		t.Fatal(s, err)
	}
	// Many slots: the area is on the native stack.
	big := make([]uint64, 1000)
	big[0], big[1] = 7, 8
	if err := e.c.Call(testMod.entry[fnAdd], big); err != nil || big[0] != 15 {
		t.Fatal(big[0], err)
	}
	// More slots than the native stack holds: nothing runs.
	_, lo, hi := e.c.Stack()
	huge := make([]uint64, (hi-lo)/8)
	wantTrap(t, e.c.Call(testMod.entry[fnAdd], huge), trap.CodeCallStackExhausted)
	// A stale interrupt request is dropped when a call starts.
	e.c.Interrupt()
	if _, err := e.call(fnLoopNPoll, 5, 1000); err != nil {
		t.Fatal(err)
	}
}

func TestOutOfBounds(t *testing.T) { modes(t, testOutOfBounds) }

func testOutOfBounds(t *testing.T, e *env) {
	mem := e.m.Bytes()
	*(*uint32)(unsafe.Pointer(&mem[0xFFFC])) = 0xCAFEBABE
	*(*uint32)(unsafe.Pointer(&mem[100])) = 0x12345678
	s, err := e.call(fnLoad32, 0xFFFC, 0)
	if err != nil || s[0] != 0xCAFEBABE {
		t.Fatalf("%x %v", s[0], err)
	}
	cases := [][2]uint64{
		{0x10000, 0}, {0xFFFE, 0}, {0xFFFD, 0}, {0, 0x10000}, {0xFFFFFFFF, 0}, {0xFFFFFFFF, 0xFFFFFFFF},
		{1 << 20, 12345}, {0x80000000, 0x80000000}, {0x10000 + 4096*3, 0}, {0xFFFF, 1},
	}
	for round := 0; round < 3; round++ {
		for _, cs := range cases {
			_, err := e.call(fnLoad32, cs[0], cs[1])
			tr := wantTrap(t, err, trap.CodeOutOfBoundsMemoryAccess)
			if tr.Func != int32(fnLoad32) || tr.Offset != siteLoad32 || tr.Signal != int32(syscall.SIGSEGV) {
				t.Fatalf("%+v", tr)
			}
			ea := uint64(e.m.Base()) + (cs[0]&0xFFFFFFFF + cs[1]&0xFFFFFFFF)
			if uint64(tr.Addr) < ea || uint64(tr.Addr) > ea+4 {
				t.Errorf("fault address %#x, access at %#x", tr.Addr, ea)
			}
			if s, err := e.call(fnLoad32, 100, 0); err != nil || s[0] != 0x12345678 {
				t.Fatalf("good load after trap: %x %v", s[0], err)
			}
		}
	}
	for _, idx := range []uint64{0x10000, 0xFFFD, 0xFFFFFFFF, 0x7FFFFFFF} {
		_, err := e.call(fnStore32, idx, 0xDEADBEEF)
		tr := wantTrap(t, err, trap.CodeOutOfBoundsMemoryAccess)
		if tr.Func != int32(fnStore32) || !tr.NativeOffset {
			t.Fatalf("%+v", tr)
		}
	}
	if _, err := e.call(fnStore32, 0xFFFC, 7); err != nil || mem[0xFFFC] != 7 {
		t.Fatal(err)
	}
	// grow, then the former OOB access works
	if e.m.Grow(1) != 1 {
		t.Fatal("grow")
	}
	if _, err := e.call(fnStore32, 0x10000, 9); err != nil || e.m.Bytes()[0x10000] != 9 {
		t.Fatal(err)
	}
}

func TestStackOverflow(t *testing.T) { modes(t, testStackOverflow) }

func testStackOverflow(t *testing.T, e *env) {
	runtime.LockOSThread() // same thread for all: the thread must stay usable
	defer runtime.UnlockOSThread()
	for i := 0; i < 5; i++ {
		_, err := e.call(fnRecurse)
		tr := wantTrap(t, err, trap.CodeCallStackExhausted)
		glo, lo, _ := e.c.Stack()
		if tr.Addr < glo || tr.Addr >= lo || tr.Func != int32(fnRecurse) {
			t.Fatalf("%+v", tr)
		}
		if len(tr.Frames) < 100 || tr.Frames[1] != int32(fnRecurse) {
			t.Fatalf("backtrace of %d frames", len(tr.Frames))
		}
		if s, err := e.call(fnAdd, 1, 2); err != nil || s[0] != 3 {
			t.Fatal(err)
		}
		_, err = e.call(fnRecurseChecked)
		tr = wantTrap(t, err, trap.CodeCallStackExhausted)
		if tr.Signal != 0 || tr.Func != int32(fnRecurseChecked) || tr.Offset != 0x11 {
			t.Fatalf("%+v", tr)
		}
	}
	checkSignalsUnblocked(t)
}

// checkSignalsUnblocked verifies that the trap path (return from the
// handler, rt_sigreturn) left SIGSEGV/SIGBUS unblocked on this thread.
func checkSignalsUnblocked(t *testing.T) {
	var set uint64
	_, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 0 /*SIG_BLOCK*/, 0, uintptr(unsafe.Pointer(&set)), 8, 0, 0)
	if e != 0 {
		t.Fatal(e)
	}
	for _, s := range []syscall.Signal{syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGILL, syscall.SIGFPE} {
		if set&(1<<(s-1)) != 0 {
			t.Errorf("%v blocked after traps (mask %#x)", s, set)
		}
	}
}

func TestExplicitTraps(t *testing.T) { modes(t, testExplicitTraps) }

func testExplicitTraps(t *testing.T, e *env) {
	for c := trap.CodeOutOfBoundsMemoryAccess; c <= trap.CodeNullFunctionReference; c++ {
		_, err := e.call(fnExplicit, uint64(c))
		tr := wantTrap(t, err, c)
		if tr.Error() != c.String()+fmt.Sprintf(" (func %d native+%#x)", fnExplicit, tr.Offset) || tr.Signal != 0 {
			t.Errorf("%q %+v", tr.Error(), tr)
		}
		if len(tr.Frames) != 1 || tr.Frames[0] != int32(fnExplicit) {
			t.Errorf("frames %v", tr.Frames)
		}
	}
	_, err := e.call(fnExplicit, 9999)
	wantTrap(t, err, trap.CodeInternalFault)

	_, err = e.call(fnUnreachable)
	tr := wantTrap(t, err, trap.CodeUnreachable)
	if tr.Signal != int32(syscall.SIGILL) || tr.Func != int32(fnUnreachable) || tr.Offset != siteUnreachable {
		t.Fatalf("%+v", tr)
	}
	if tr.Error() != "unreachable (func 6 offset 0x30)" {
		t.Fatal(tr.Error())
	}
	_, err = e.call(fnDiv, 7, 0)
	tr = wantTrap(t, err, trap.CodeIntegerDivideByZero)
	if goarch == "amd64" && tr.Signal != int32(syscall.SIGFPE) {
		t.Fatalf("%+v", tr)
	}
	if s, err := e.call(fnDiv, 42, 6); err != nil || s[0] != 7 {
		t.Fatal(s, err)
	}
	checkSignalsUnblocked(t)
}

func TestBacktrace(t *testing.T) { modes(t, testBacktrace) }

func testBacktrace(t *testing.T, e *env) {
	_, err := e.call(fnChainA, 0x20000)
	tr := wantTrap(t, err, trap.CodeOutOfBoundsMemoryAccess)
	if tr.Func != int32(fnChainB) || tr.Offset != siteChainB {
		t.Fatalf("%+v", tr)
	}
	if fmt.Sprint(tr.Frames) != fmt.Sprint([]int32{int32(fnChainB), int32(fnChainA)}) {
		t.Fatalf("frames %v", tr.Frames)
	}
}

// modes runs f with a Context of each kind: with the syscall bracket, and
// without (SetPreempt), where Context.Call runs in callTop on amd64 and
// the trampoline serves host calls itself.
func modes(t *testing.T, f func(t *testing.T, e *env)) {
	for _, preempt := range []bool{false, true} {
		t.Run(fmt.Sprintf("preempt=%v", preempt), func(t *testing.T) {
			if preempt && !PreemptAvailable() {
				t.Skip("no preemption by signal")
			}
			e := newEnv(t)
			e.c.SetPreempt(preempt)
			f(t, e)
		})
	}
}

func TestHostCall(t *testing.T) { modes(t, testHostCall) }

func testHostCall(t *testing.T, e *env) {
	var got []uint64
	e.c.Host = []HostFunc{
		nil,
		func(c *Context, s []uint64) error {
			got = append([]uint64(nil), s...)
			s[0], s[1] = s[0]*s[1], s[2]+s[3]
			return nil
		},
	}
	s, err := e.call(fnHost, 1, 6, 7, 100, 23, 0)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != "[6 7 100 23]" {
		t.Fatal(got)
	}
	if s[1] != 42+2*0x5eed || s[2] != 123 {
		t.Fatalf("results %v", s)
	}
	if uintptr(s[5]) != e.m.Base() {
		t.Fatalf("memory base register %#x after resume, want %#x", s[5], e.m.Base())
	}
	// undefined host function
	if _, err := e.call(fnHost, 7, 0, 0, 0, 0, 0); err == nil || !strings.Contains(err.Error(), "undefined host function 7") {
		t.Fatal(err)
	}
}

//go:noinline
func deepGo(n int) int {
	var buf [256]byte
	buf[n%256] = byte(n)
	if n == 0 {
		return int(buf[0])
	}
	return deepGo(n-1) + int(buf[n%256])
}

func TestHostGCAndStackGrowth(t *testing.T) { modes(t, testHostGCAndStackGrowth) }

func testHostGCAndStackGrowth(t *testing.T, e *env) {
	calls := 0
	var garbage [][]byte
	e.c.Host = []HostFunc{func(c *Context, s []uint64) error {
		calls++
		garbage = append(garbage, make([]byte, 1<<16))
		if calls%50 == 0 {
			runtime.GC()
		}
		if calls%100 == 0 {
			deepGo(5000) // > 1 MB of Go stack: the goroutine stack is copied
		}
		s[0] += uint64(calls)
		return nil
	}}
	s, err := e.call(fnHostLoop, 1000, 0)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1000 || s[1] != 1000*1001/2 {
		t.Fatal(calls, s)
	}
}

func TestNestedReentry(t *testing.T) { modes(t, testNestedReentry) }

func testNestedReentry(t *testing.T, e *env) {
	depth := 0
	e.c.Host = []HostFunc{
		nil,
		func(c *Context, s []uint64) error {
			depth++
			defer func() { depth-- }()
			if depth == 3 {
				// The activations below run with the syscall bracket (as the
				// instance layer runs code without polls nested in code with).
				p := c.x.Preempt
				c.x.Preempt = 0
				defer func() { c.x.Preempt = p }()
			}
			// nested: plain call, a trap, and (up to 5 levels) another host call
			r := []uint64{s[0], s[1]}
			if err := c.Call(testMod.entry[fnAdd], r); err != nil {
				return err
			}
			if _, err := c.Call(testMod.entry[fnLoad32], []uint64{0x10000, 0}), c.Call(testMod.entry[fnLoad32], []uint64{0x10000, 0}); err == nil {
				return errors.New("nested trap missing")
			}
			if depth < 5 {
				n := []uint64{1, r[0], 1, 0, 0, 0}
				if err := c.Call(testMod.entry[fnHost], n); err != nil {
					return err
				}
				r[0] = n[1]
			}
			s[0] = r[0]
			return nil
		},
	}
	s, err := e.call(fnHost, 1, 1, 1, 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	// each level: r = a+1 + 2*0x5eed
	want := uint64(1)
	for i := 0; i < 5; i++ {
		want = want + 1 + 2*0x5eed
	}
	if s[1] != want {
		t.Fatalf("got %d want %d", s[1], want)
	}
	// nested Call outside a host call is rejected
	e.c.depth.Store(1)
	e.c.x.ExitCode = ExitReturn
	if err := e.c.Call(testMod.entry[fnEmpty], nil); err != errNotInHost {
		t.Fatal(err)
	}
	e.c.depth.Store(0)
}

func TestHostPanicAndError(t *testing.T) { modes(t, testHostPanicAndError) }

func testHostPanicAndError(t *testing.T, e *env) {
	boom := errors.New("boom")
	e.c.Host = []HostFunc{
		func(c *Context, s []uint64) error { panic("host exploded") },
		func(c *Context, s []uint64) error { return boom },
	}
	for i := 0; i < 3; i++ {
		_, err := e.call(fnHostLoop, 5, 0)
		var hp *HostPanicError
		if !errors.As(err, &hp) || hp.Value != "host exploded" || hp.Index != 0 {
			t.Fatal(err)
		}
		if _, err := e.call(fnHost, 1, 0, 0, 0, 0, 0); err != boom {
			t.Fatal(err)
		}
		if s, err := e.call(fnAdd, 2, 2); err != nil || s[0] != 4 {
			t.Fatal(err)
		}
	}
}

func TestConcurrentTrapsWithGC(t *testing.T) {
	stop := make(chan bool)
	var gcs int
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				runtime.GC()
				gcs++
				time.Sleep(time.Millisecond)
			}
		}
	}()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := newEnv(t)
			e.c.Host = []HostFunc{func(c *Context, s []uint64) error { s[0]++; return nil }}
			for i := 0; i < 150; i++ {
				var err error
				switch i % 6 {
				case 0:
					_, err = e.call(fnLoad32, 0x10000+uint64(i), 0)
					if !errors.Is(err, trap.New(trap.CodeOutOfBoundsMemoryAccess)) {
						t.Error(err)
					}
				case 1:
					_, err = e.call(fnUnreachable)
					if !errors.Is(err, trap.New(trap.CodeUnreachable)) {
						t.Error(err)
					}
				case 2:
					_, err = e.call(fnRecurse)
					if !errors.Is(err, trap.New(trap.CodeCallStackExhausted)) {
						t.Error(err)
					}
				case 3:
					s, err := e.call(fnHostLoop, 10, 0)
					if err != nil || s[1] != 10 {
						t.Error(err)
					}
				case 4:
					s, err := e.call(fnAdd, uint64(i), 1)
					if err != nil || s[0] != uint64(i)+1 {
						t.Error(err)
					}
				case 5:
					_, err = e.call(fnDiv, 1, 0)
					if !errors.Is(err, trap.New(trap.CodeIntegerDivideByZero)) {
						t.Error(err)
					}
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
}

func TestOSSignalNotify(t *testing.T) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	defer signal.Stop(ch)
	// Notify/Ignore/Reset of the synchronous signals must not disturb the
	// trap handler (Go does not touch their handlers: not _SigNotify).
	ch2 := make(chan os.Signal, 1)
	signal.Notify(ch2, syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGILL, syscall.SIGFPE)
	defer signal.Reset(syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGILL, syscall.SIGFPE)
	defer signal.Stop(ch2)
	e := newEnv(t)
	for i := 0; i < 10; i++ {
		_, err := e.call(fnLoad32, 0x10000, 0)
		wantTrap(t, err, trap.CodeOutOfBoundsMemoryAccess)
	}
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	select {
	case s := <-ch:
		if s != syscall.SIGUSR1 {
			t.Fatal(s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("SIGUSR1 not delivered")
	}
	_, err := e.call(fnUnreachable)
	wantTrap(t, err, trap.CodeUnreachable)
}

var nilPtr *int

func TestGoFaultsStillGo(t *testing.T) {
	newEnv(t) // handler installed
	func() {
		defer func() {
			r := recover()
			re, ok := r.(runtime.Error)
			if !ok || !strings.Contains(re.Error(), "nil pointer dereference") {
				t.Fatalf("recover: %v", r)
			}
		}()
		println(*nilPtr)
	}()
	// A Go read of a guard page panics with the exact address.
	m, _ := linmem.Default().New(1, -1)
	defer m.Release()
	func() {
		old := debug.SetPanicOnFault(true)
		defer debug.SetPanicOnFault(old)
		defer func() {
			r := recover()
			a, ok := r.(interface{ Addr() uintptr })
			if !ok || a.Addr() != m.Base()+0x10000 {
				t.Fatalf("recover: %v", r)
			}
		}()
		println(*(*byte)(unsafe.Add(unsafe.Pointer(&m.Bytes()[0]), 0x10000)))
	}()
}

// TestCrashTracebacks runs the test binary in crash modes: the output must
// be Go's usual crash report.
func TestCrashTracebacks(t *testing.T) {
	if mode := os.Getenv("KILN_CRASH_MODE"); mode != "" {
		if err := Init(); err != nil {
			panic(err)
		}
		switch mode {
		case "nil":
			go func() { println(*nilPtr) }()
			time.Sleep(10 * time.Second)
		case "wild":
			m, _ := linmem.Default().New(1, -1)
			p := (*byte)(unsafe.Add(unsafe.Pointer(&m.Bytes()[0]), 0x10000))
			println(*p)
		case "kill":
			syscall.Kill(os.Getpid(), syscall.SIGSEGV)
			time.Sleep(10 * time.Second)
		}
		os.Exit(0)
	}
	for mode, want := range map[string][]string{
		"nil":  {"panic: runtime error: invalid memory address or nil pointer dereference", "[signal SIGSEGV: segmentation violation", "goroutine ", "native.TestCrashTracebacks.func1"},
		"wild": {"unexpected fault address", "fatal error: fault", "native.TestCrashTracebacks"},
		"kill": {"SIGSEGV"},
	} {
		out, err := testexec.CombinedOutput([]string{"KILN_CRASH_MODE=" + mode}, "-test.run=^TestCrashTracebacks$")
		if errors.Is(err, testexec.ErrTimedOut) && testexec.Emulated {
			// qemu-user, not the runtime: a crashing process under
			// emulation now and then hangs instead of dying. Once more.
			t.Logf("%s: %v under emulation; running it again", mode, err)
			out, err = testexec.CombinedOutput([]string{"KILN_CRASH_MODE=" + mode}, "-test.run=^TestCrashTracebacks$")
		}
		if errors.Is(err, testexec.ErrTimedOut) {
			t.Errorf("%s: %v\n%s", mode, err, out)
			continue
		}
		if err == nil {
			t.Errorf("%s: subprocess did not crash\n%s", mode, out)
		}
		for _, w := range want {
			if !bytes.Contains(out, []byte(w)) {
				t.Errorf("%s: output lacks %q:\n%s", mode, w, out)
			}
		}
	}
}

func TestCPUProfileDuringNative(t *testing.T) {
	var buf bytes.Buffer
	if err := pprof.StartCPUProfile(&buf); err != nil {
		t.Skip(err)
	}
	e := newEnv(t)
	e.c.Host = []HostFunc{func(c *Context, s []uint64) error { s[0]++; return nil }}
	deadline := time.Now().Add(300 * time.Millisecond)
	for time.Now().Before(deadline) {
		if _, err := e.call(fnLoopN, 1_000_000); err != nil {
			t.Fatal(err)
		}
		_, err := e.call(fnLoad32, 0x10000, 0)
		wantTrap(t, err, trap.CodeOutOfBoundsMemoryAccess)
		if _, err := e.call(fnHostLoop, 100, 0); err != nil {
			t.Fatal(err)
		}
	}
	pprof.StopCPUProfile()
	if buf.Len() == 0 {
		t.Fatal("empty profile")
	}
}

// TestGCNotBlocked: one goroutine runs generated code that loops (until
// interrupted) for at least a second; meanwhile another goroutine runs GC
// cycles, which must complete while the loop is still running. Without the
// entersyscall bracketing the first runtime.GC() would wait for the loop to
// end, i.e. forever: the test would hang until the go test timeout.
func TestGCNotBlocked(t *testing.T) {
	e := newEnv(t)
	loopFor := time.Second
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		_, err := e.call(fnPollLoop)
		done <- err
	}()
	time.Sleep(20 * time.Millisecond) // let it enter the loop
	var maxLat, total time.Duration
	n := 0
	for time.Since(start) < loopFor || n < 10 {
		t0 := time.Now()
		runtime.GC()
		d := time.Since(t0)
		total += d
		if d > maxLat {
			maxLat = d
		}
		n++
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-done:
		t.Fatalf("loop ended early: %v", err)
	default:
	}
	e.c.Interrupt()
	err := <-done
	wantTrap(t, err, trap.CodeInterrupted)
	t.Logf("%d GCs during a %v native loop, runtime.GC() latency mean %v max %v", n, time.Since(start).Round(time.Millisecond), (total / time.Duration(n)).Round(time.Microsecond), maxLat.Round(time.Microsecond))
	// Blocked GC would mean a latency as long as the loop (forever here).
	// The bounds only catch pathological stalls: on the shared 2-vCPU test
	// machines single GCs occasionally take >1 s under load.
	if mean := total / time.Duration(n); mean > 250*time.Millisecond || maxLat > 5*time.Second {
		t.Fatalf("GC stalled: mean %v max %v", mean, maxLat)
	}
}

// A long call without the syscall bracket yields at the end of its first
// time slice and runs on bracketed: it is not signalled and rescheduled
// every 10 ms (about 25 times in this quarter second), and the Context is
// back without the bracket when it returns.
func TestLongCallYieldsOnce(t *testing.T) {
	if !PreemptAvailable() {
		t.Skip("no preemption by signal")
	}
	e := newEnv(t)
	e.c.SetPreempt(true)
	n := uint64(10_000_000)
	t0 := time.Now()
	if _, err := e.call(fnLoopN, n); err != nil {
		t.Fatal(err)
	}
	n = max(n, uint64(float64(n)*float64(250*time.Millisecond)/float64(time.Since(t0))))
	before := Yields()
	t0 = time.Now()
	if _, err := e.call(fnLoopN, n); err != nil {
		t.Fatal(err)
	}
	elapsed, yielded := time.Since(t0), Yields()-before
	t.Logf("a %v call yielded %d times", elapsed, yielded)
	if yielded == 0 && elapsed > 100*time.Millisecond {
		t.Errorf("a %v call never yielded", elapsed)
	}
	if yielded > 3 {
		t.Errorf("a %v call yielded %d times: it was not bracketed after its first yield", elapsed, yielded)
	}
	if e.c.x.Preempt == 0 {
		t.Error("the Context kept the bracket after the call")
	}
}

func TestInterruptContext(t *testing.T) {
	e := newEnv(t)
	// deadline
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	t0 := time.Now()
	err := e.c.CallContext(ctx, testMod.entry[fnPollLoop], nil)
	cancel()
	wantTrap(t, err, trap.CodeInterrupted)
	if d := time.Since(t0); d < 40*time.Millisecond || d > 5*time.Second {
		t.Fatalf("interrupted after %v", d)
	}
	// explicit cancel from another goroutine
	ctx, cancel = context.WithCancel(context.Background())
	go func() { time.Sleep(30 * time.Millisecond); cancel() }()
	err = e.c.CallContext(ctx, testMod.entry[fnPollLoop], nil)
	wantTrap(t, err, trap.CodeInterrupted)
	// already cancelled: does not run
	err = e.c.CallContext(ctx, testMod.entry[fnAdd], []uint64{1, 2})
	wantTrap(t, err, trap.CodeInterrupted)
	// no Done channel / not cancelled: runs normally, and a stale interrupt
	// request does not leak into the next call
	e.c.Interrupt()
	s := []uint64{5, 1000}
	if err := e.c.CallContext(context.Background(), testMod.entry[fnLoopNPoll], s); err != nil {
		t.Fatal(err)
	}
	ctx, cancel = context.WithCancel(context.Background())
	if err := e.c.CallContext(ctx, testMod.entry[fnAdd], []uint64{1, 2}); err != nil {
		t.Fatal(err)
	}
	cancel()
}

// A stop request reaches a loop without a poll by signal, with or without
// the syscall bracket, and the kicker that sent it stops once the call has
// ended.
func TestInterruptLoopWithoutPoll(t *testing.T) { modes(t, testInterruptLoopWithoutPoll) }

func testInterruptLoopWithoutPoll(t *testing.T, e *env) {
	for round := 0; round < 3; round++ {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		t0 := time.Now()
		err := e.c.CallContext(ctx, testMod.entry[fnLoopN], []uint64{1 << 62})
		cancel()
		wantTrap(t, err, trap.CodeInterrupted)
		if d := time.Since(t0); d > 5*time.Second {
			t.Fatalf("interrupted after %v", d)
		}
		for deadline := time.Now().Add(5 * time.Second); e.c.kicking.Load(); time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("the kicker still runs after the call ended")
			}
		}
	}
}

// The interrupt that an ended context sends from its own goroutine never
// lands in a later call (it did under qemu, where that goroutine ran late).
func TestEndedContextDoesNotLeak(t *testing.T) {
	e := newEnv(t)
	ended, cancel := context.WithCancel(context.Background())
	cancel()
	for i := 0; i < 200; i++ {
		wantTrap(t, e.c.CallContext(ended, testMod.entry[fnAdd], []uint64{1, 2}), trap.CodeInterrupted)
		if err := e.c.CallContext(context.Background(), testMod.entry[fnLoopNPoll], []uint64{5, 1000}); err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
	}
}

func TestZeroAllocs(t *testing.T) { modes(t, testZeroAllocs) }

func testZeroAllocs(t *testing.T, e *env) {
	e.c.Host = []HostFunc{func(c *Context, s []uint64) error { s[0]++; return nil }}
	s := make([]uint64, 2)
	if n := testing.AllocsPerRun(100, func() { e.c.Call(testMod.entry[fnAdd], s) }); n != 0 {
		t.Errorf("Call allocates %v", n)
	}
	if n := testing.AllocsPerRun(100, func() { s[0] = 10; e.c.Call(testMod.entry[fnHostLoop], s) }); n != 0 {
		t.Errorf("host calls allocate %v", n)
	}
}

// constFn assembles "s[0] = k; return".
func constFn(t *testing.T, k int64) []byte {
	a := rtasm.New(goarch)
	if goarch == "amd64" {
		a.I(x86.AMOVQ, rtasm.Mem(x86.REG_R15, abi.ExecArgs), rtasm.Reg(x86.REG_DI))
		a.I(x86.AMOVQ, rtasm.Const(k), rtasm.Reg(x86.REG_AX))
		a.I(x86.AMOVQ, rtasm.Reg(x86.REG_AX), rtasm.Mem(x86.REG_DI, 0))
	} else {
		a.I(arm64.AMOVD, rtasm.Mem(arm64.REG_R19, abi.ExecArgs), rtasm.Reg(arm64.REG_R7))
		a.I(arm64.AMOVD, rtasm.Const(k), rtasm.Reg(arm64.REG_R0))
		a.I(arm64.AMOVD, rtasm.Reg(arm64.REG_R0), rtasm.Mem(arm64.REG_R7, 0))
	}
	a.Ret()
	code, err := a.Assemble()
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// TestCodeReuse loads, runs and releases blobs repeatedly: freed pages are
// reused for new code, which must be what executes.
func TestCodeReuse(t *testing.T) {
	e := newEnv(t)
	var addr uintptr
	for k := int64(1); k <= 20; k++ {
		b, err := codemem.Load(constFn(t, k*1000+k), nil)
		if err != nil {
			t.Fatal(err)
		}
		if k > 1 && b.Addr() != addr {
			t.Logf("blob %d at %#x, previous at %#x", k, b.Addr(), addr)
		}
		addr = b.Addr()
		s := []uint64{0}
		if err := e.c.Call(b.Addr(), s); err != nil || s[0] != uint64(k*1000+k) {
			t.Fatalf("k=%d: got %d, %v", k, s[0], err)
		}
		b.Release()
	}
}

// TestSignalStormDuringNative sends SIGURG (Go's preemption signal) and
// SIGPROF to the thread running generated code: Go's handlers run on the
// sigaltstack while the PC is in generated code (and, on amd64, R14, X15
// and RBP hold garbage). Nothing may crash and the call must finish normally.
func TestSignalStormDuringNative(t *testing.T) {
	e := newEnv(t)
	tidc := make(chan int)
	done := make(chan error)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		tidc <- syscall.Gettid()
		_, err := e.call(fnPollLoop)
		done <- err
	}()
	tid := <-tidc
	time.Sleep(10 * time.Millisecond)
	pid := os.Getpid()
	sent := 0
	for t0 := time.Now(); time.Since(t0) < 300*time.Millisecond; {
		for _, s := range []syscall.Signal{syscall.SIGURG, syscall.SIGPROF} {
			if err := syscall.Tgkill(pid, tid, s); err != nil {
				t.Fatal(err)
			}
			sent++
		}
		time.Sleep(100 * time.Microsecond)
	}
	e.c.Interrupt()
	wantTrap(t, <-done, trap.CodeInterrupted)
	t.Logf("%d signals delivered to the thread running generated code", sent)
}
