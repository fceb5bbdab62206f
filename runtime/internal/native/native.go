package native

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/internal/codemem"
	"github.com/kilnwasm/kiln/runtime/internal/vmem"
	"github.com/kilnwasm/kiln/runtime/trap"
)

var (
	initOnce sync.Once
	initErr  error
)

// Init emits the shared stubs into the code arena and installs the signal
// handler (chained in front of the Go runtime's). It runs once; NewContext
// calls it. Any call site after the Go runtime's own initialization is fine
// (package init functions included).
func Init() error {
	initOnce.Do(func() {
		if initErr = loadStubs(); initErr != nil {
			return
		}
		codeRangesAddr, codeCountAddr = codemem.RangeTable()
		if initErr = installHandlers(); initErr != nil {
			return
		}
		// Stop requests need the SIGURG handler (loops do not poll:
		// interrupt.go); yields need Go's preemption too.
		if initErr = installHandler(syscall.SIGURG); initErr != nil {
			return
		}
		preemptOK = preemptAvailable()
	})
	return initErr
}

// Defaults for Config.
const (
	DefaultStackSize = 1 << 20
	DefaultGuardSize = 64 << 10
	// StackReserve is the space kept free below ctx.StackLimit for the
	// runtime's stubs (the stub calls push at most a return address).
	StackReserve = 1024
	// nestedGap is left below a suspended activation's SP before a nested
	// activation starts (covers the amd64 red zone).
	nestedGap = 256
)

// Config configures a Context.
type Config struct {
	StackSize int // usable native stack bytes (default 1 MiB)
	GuardSize int // PROT_NONE guard below the stack (default 64 KiB)
}

// HostFunc is a host function callable from generated code. stack holds the
// parameters on entry (ctx.HostSlots uint64 slots at ctx.HostArgs, on the
// native stack) and receives the results in place. It runs on the
// goroutine's stack as ordinary Go code: it may allocate, block, trigger GC,
// and call back into the same Context (nested activation). A returned
// error aborts the whole call (the suspended native frames are abandoned);
// a panic is recovered and returned as a *HostPanicError.
type HostFunc func(c *Context, stack []uint64) error

// HostPanicError is returned when a host function panics.
type HostPanicError struct {
	Index int
	Value any
	Stack []byte
}

func (e *HostPanicError) Error() string {
	return fmt.Sprintf("host function %d panicked: %v", e.Index, e.Value)
}

// Context is one execution context: an ExecCtx plus a native stack with a
// guard page. A Context runs one call at a time (plus activations nested in
// its host calls); it is not safe for concurrent Calls. Interrupt may be
// called from any goroutine.
type Context struct {
	x       *ExecCtx
	mapBase uintptr // start of the stack mapping (= guard low end)
	mapSize uintptr
	stackLo uintptr // lowest usable stack byte (top of the guard)
	stackHi uintptr // stack top
	memLo   uintptr // faults in [memLo, memHi) are out-of-bounds memory accesses
	memHi   uintptr
	// depth counts the activations running (nested ones in host calls).
	// Atomic for the interrupt kicker (interrupt.go); callTop's assembly
	// updates it with plain instructions, on the calling goroutine.
	depth       atomic.Int64
	kicking     atomic.Bool // a kicker goroutine is running (interrupt.go)
	interruptFn func()      // ctxInterrupt, allocated once
	// Interrupts that a call's context started (stop returned false) and
	// that have finished: CallContext waits for the ones it started, so a
	// request from an ended context never lands in a later call.
	ctxStarted  uint64
	ctxFinished atomic.Uint64
	Host        []HostFunc
	// Dispatch, when set, serves every host call instead of Host, given
	// the host index.
	Dispatch   func(c *Context, idx uint64, stack []uint64) error
	Backtraces bool  // capture frame-pointer backtraces into Trap.Frames
	hostErr    error // a failed host call's error, from hostCallback to run
}

// NewContext maps a native stack and returns a ready Context.
func NewContext(cfg Config) (*Context, error) {
	if err := Init(); err != nil {
		return nil, err
	}
	if cfg.StackSize <= 0 {
		cfg.StackSize = DefaultStackSize
	}
	if cfg.GuardSize <= 0 {
		cfg.GuardSize = DefaultGuardSize
	}
	stack, guard := vmem.RoundUp(uintptr(cfg.StackSize)), vmem.RoundUp(uintptr(cfg.GuardSize))
	if stack < 4*StackReserve {
		stack = vmem.RoundUp(4 * StackReserve)
	}
	base, err := vmem.Map(0, guard+stack, vmem.RW)
	if err != nil {
		return nil, fmt.Errorf("native: mapping the native stack: %w", err)
	}
	if err := vmem.Protect(base, guard, vmem.None); err != nil {
		vmem.Unmap(base, guard+stack)
		return nil, err
	}
	c := &Context{x: new(ExecCtx), mapBase: base, mapSize: guard + stack, stackLo: base + guard, stackHi: (base + guard + stack) &^ 15, Backtraces: true}
	c.x.StackFloor = c.stackLo + StackReserve
	c.x.StackLimit = c.x.StackFloor
	c.x.Routines[abi.RoutineMemMove] = stubs.MemMove
	c.x.Routines[abi.RoutineMemFill] = stubs.MemFill
	c.x.Routines[abi.RoutinePoll] = stubs.Poll
	c.interruptFn = c.ctxInterrupt
	return c, nil
}

// Close unmaps the native stack. The Context must not be running.
func (c *Context) Close() error {
	if c.mapBase == 0 {
		return nil
	}
	err := vmem.Unmap(c.mapBase, c.mapSize)
	c.mapBase = 0
	return err
}

// Exec returns the execution context (for setting VMCtx, MemSize, ...).
func (c *Context) Exec() *ExecCtx { return c.x }

// Stack returns the usable native stack range [lo, hi) and the guard
// [guardLo, lo).
func (c *Context) Stack() (guardLo, lo, hi uintptr) { return c.mapBase, c.stackLo, c.stackHi }

// SetMemory sets the memory base loaded into the memory-base register and
// the reservation range [lo, hi) whose faults are reported as
// "out of bounds memory access".
func (c *Context) SetMemory(base, lo, hi uintptr) {
	c.x.MemBase, c.memLo, c.memHi = base, lo, hi
}

// Memory returns what SetMemory set.
func (c *Context) Memory() (base, lo, hi uintptr) { return c.x.MemBase, c.memLo, c.memHi }

// Interrupt asks the running call (if any) to stop with trap "interrupted"
// where a signal finds it (interrupt.go), at its next entry poll, or when
// its host call returns, whichever comes first. Safe from any goroutine.
// The flag is cleared when the next top-level Call starts.
func (c *Context) Interrupt() {
	atomic.OrUint32(&c.x.Interrupt, abi.InterruptStop)
	atomic.StoreUintptr(&c.x.StackLimit, ^uintptr(0)) // the entry polls (abi.ExecStackFloor)
	c.kick()
}

// restoreStackLimit is the other half of the entry-poll protocol (see
// abi.ExecStackFloor), for whoever has just cleared Interrupt bits: the
// real limit back, unless a bit is (again) set. Go's atomics are
// sequentially consistent, so a concurrent Interrupt's flag is seen here
// or its ^0 lands after this store.
func (c *Context) restoreStackLimit() {
	atomic.StoreUintptr(&c.x.StackLimit, c.x.StackFloor)
	if atomic.LoadUint32(&c.x.Interrupt) != 0 {
		atomic.StoreUintptr(&c.x.StackLimit, ^uintptr(0))
	}
}

// ctxInterrupt is what a call's context runs when it ends.
func (c *Context) ctxInterrupt() {
	c.Interrupt()
	c.ctxFinished.Add(1)
}

// Call runs the generated entry function at address entry. stack holds the
// parameters on input and receives the results (it must be at least
// max(params, results) long); the entry function finds them at ctx.Args.
// It returns nil, a *trap.Trap, a *HostPanicError or an error returned by a
// host function. Called from a host function of the same Context, it runs
// a nested activation below the suspended one.
//
// Call inlines into its caller, and the common call (top-level, no stale
// interrupt request) is done by callTop, in assembly: from the caller's
// frame straight to the trampoline. (Not under the race detector, which
// sees stack read and written only by Go code.)
func (c *Context) Call(entry uintptr, stack []uint64) error {
	if RaceEnabled {
		return c.call(entry, stack, true)
	}
	return callTop(c, entry, stack)
}

// clearInterrupt drops a stale interrupt request. The plain atomic load
// keeps the common case free of a locked instruction.
func (c *Context) clearInterrupt() {
	if atomic.LoadUint32(&c.x.Interrupt) != 0 {
		atomic.StoreUint32(&c.x.Interrupt, 0)
		c.restoreStackLimit()
	}
}

// CallContext is Call with cancellation: when ctx is cancelled or its
// deadline passes, the call traps with "interrupted" at its next poll. A
// context without a Done channel costs nothing; otherwise a callback is
// registered with context.AfterFunc (no goroutine per call).
func (c *Context) CallContext(ctx context.Context, entry uintptr, stack []uint64) error {
	if ctx.Done() == nil {
		return c.Call(entry, stack)
	}
	if c.depth.Load() == 0 {
		c.clearInterrupt()
	}
	stop := context.AfterFunc(ctx, c.interruptFn)
	var err error
	if ctx.Err() != nil {
		err = trap.New(trap.CodeInterrupted)
	} else {
		err = c.call(entry, stack, false)
	}
	if !stop() {
		// The context ended and its goroutine has been started: wait until
		// it has set the request, which the next call then clears.
		c.ctxStarted++
		for c.ctxFinished.Load() < c.ctxStarted {
			runtime.Gosched()
		}
	}
	return err
}

// activation is the part of ExecCtx that a nested activation overwrites.
type activation struct {
	goSP, goFP, goLR, stackTop, args uintptr
	resumeSP, resumePC, resumeFP     uintptr
	hostIndex                        uint64
	hostArgs                         uintptr
	hostSlots, exitCode              uint64
}

func (c *Context) save() activation {
	x := c.x
	return activation{x.GoSP, x.GoFP, x.GoLR, x.StackTop, x.Args, x.ResumeSP, x.ResumePC, x.ResumeFP, x.HostIndex, x.HostArgs, x.HostSlots, x.ExitCode}
}

func (c *Context) restore(a *activation) {
	x := c.x
	x.GoSP, x.GoFP, x.GoLR, x.StackTop, x.Args = a.goSP, a.goFP, a.goLR, a.stackTop, a.args
	x.ResumeSP, x.ResumePC, x.ResumeFP = a.resumeSP, a.resumePC, a.resumeFP
	x.HostIndex, x.HostArgs, x.HostSlots, x.ExitCode = a.hostIndex, a.hostArgs, a.hostSlots, a.exitCode
}

var errNotInHost = errors.New("native: nested Call outside a host function of this Context")

// call copies the arguments below the running activations (at the top
// of the stack for a top-level call; for a call from a host function,
// below the suspended activation, whose state it restores afterwards),
// runs entry with SP just below them, and copies the results back. A
// top-level call first drops a stale interrupt request if dropStale is
// set. The slots are copied through plain pointers rather than slices of
// the native stack (no bounds or overflow checks). (callTop does the same
// for a top-level call, in assembly, without this Go frame.)
func (c *Context) call(entry uintptr, stack []uint64, dropStale bool) error {
	x := c.x
	top := c.stackHi
	nested := c.depth.Load() > 0
	var saved activation
	if nested {
		if x.ExitCode != ExitHostCall {
			return errNotInHost
		}
		saved = c.save()
		top = x.ResumeSP
		if x.HostArgs != 0 && x.HostArgs < top {
			top = x.HostArgs
		}
		top -= nestedGap
	} else if dropStale {
		c.clearInterrupt()
	}
	n := uintptr(len(stack))
	if top < c.stackLo+StackReserve+n*8+64 {
		return &trap.Trap{Code: trap.CodeCallStackExhausted, Func: trap.NoFunc}
	}
	args := (top - n*8) &^ 15
	for i, v := range stack {
		*(*uint64)(vmem.Ptr(args + uintptr(i)*8)) = v
	}
	x.Args = args
	x.StackTop = args
	c.depth.Add(1)
	if x.Preempt != 0 {
		runNative(c, x, entry)
	} else {
		enterSys(c, x, entry)
	}
	var err error
	if x.ExitCode != ExitReturn {
		err = c.exits()
	}
	c.depth.Add(-1)
	if err == nil {
		for i := range stack {
			stack[i] = *(*uint64)(vmem.Ptr(args + uintptr(i)*8))
		}
	}
	if nested {
		c.restore(&saved)
	}
	return err
}

// exits serves the exits of the running activation (host calls, yields)
// until it returns or traps.
func (c *Context) exits() error {
	x := c.x
	for {
		switch x.ExitCode {
		case ExitReturn:
			return nil
		case ExitHostCall: // with the syscall bracket
			hostCallback(c)
			if x.ExitCode == exitResume {
				c.resume()
			} // else exitHostError, returned next
		case exitHostError:
			err := c.hostErr
			c.hostErr = nil
			return err
		case ExitYield:
			c.yield()
			c.resumeBracketed()
		case ExitFault:
			return c.faultTrap()
		case ExitTrap:
			return c.explicitTrap()
		default:
			panic(fmt.Sprintf("native: bad exit code %d", x.ExitCode))
		}
	}
}

// resume continues the native code suspended by a host exit or a yield.
func (c *Context) resume() {
	if c.x.Preempt != 0 {
		runNative(c, c.x, 0)
	} else {
		resumeSys(c, c.x)
	}
}

// resumeBracketed continues the code after a yield, bracketed as a system
// call until it next exits to Go. A yield is Go asking the goroutine to
// stop: for a stop-the-world, a stack scan, or at the end of the 10 ms time
// slice sysmon gives a running goroutine. Code that has run that long
// likely runs on; left unbracketed, it would be signalled and rescheduled
// every 10 ms, and a reschedule can move it to another thread and CPU,
// away from its caches (sieve-bulk took 2.2% longer, sieve 1.6%). Bracketed,
// sysmon signals it once more and hands its P off; the host calls and
// calls after its next exit run without the bracket again.
func (c *Context) resumeBracketed() {
	x := c.x
	preempt := x.Preempt
	x.Preempt = 0
	resumeSys(c, x)
	x.Preempt = preempt
}

// hostCallback runs host function ctx.HostIndex and leaves ExitCode
// exitResume, for the caller to continue the native code, or exitHostError
// with the error in c.hostErr, for run to return it. runNative calls it
// for a Context with Preempt set, on the goroutine stack just below its
// frame (which is how the Go runtime sees it: a call from runNative); run
// calls it for the others.
func hostCallback(c *Context) {
	x := c.x
	idx := x.HostIndex
	var stack []uint64
	if x.HostSlots > 0 {
		stack = vmem.Slots(x.HostArgs, uintptr(x.HostSlots))
	}
	defer func() {
		if r := recover(); r != nil {
			c.hostErr = &HostPanicError{Index: int(idx), Value: r, Stack: debug.Stack()}
			x.ExitCode = exitHostError
		}
	}()
	var err error
	switch {
	case c.Dispatch != nil:
		err = c.Dispatch(c, idx, stack)
	case idx < uint64(len(c.Host)) && c.Host[idx] != nil:
		err = c.Host[idx](c, stack)
	default:
		err = fmt.Errorf("native: call to undefined host function %d", idx)
	}
	if err == nil && c.stopRequested() {
		// Loops do not poll: the code need not reach a poll before the
		// kicker's next signal.
		err = c.HostCallTrap(trap.CodeInterrupted)
	}
	if err != nil {
		c.hostErr = err
		x.ExitCode = exitHostError
		return
	}
	x.ExitCode = exitResume
}

func (c *Context) inGuard(addr uintptr) bool { return addr >= c.mapBase && addr < c.stackLo }

// faultTrap classifies a hardware fault redirected by the signal handler.
func (c *Context) faultTrap() error {
	x := c.x
	t := &trap.Trap{Func: trap.NoFunc, PC: x.TrapPC, Addr: x.TrapAddr, Signal: int32(x.TrapSig)}
	site, hasSite := c.locate(t, x.TrapPC)
	hasSite = hasSite && site.Code.Valid() // a call site (TrapNone) gives no reason
	switch syscall.Signal(x.TrapSig) {
	case syscall.SIGSEGV, syscall.SIGBUS:
		switch {
		case c.inGuard(x.TrapAddr):
			t.Code = trap.CodeCallStackExhausted
		case x.TrapAddr >= c.memLo && x.TrapAddr < c.memHi:
			t.Code = trap.CodeOutOfBoundsMemoryAccess
		case hasSite:
			t.Code = site.Code
		default:
			t.Code = trap.CodeInternalFault
		}
	case syscall.SIGILL:
		t.Code = trap.CodeUnreachable
		if hasSite {
			t.Code = site.Code
		}
	case syscall.SIGURG: // a stop request at any instruction (interrupt.go)
		t.Code, t.Addr = trap.CodeInterrupted, 0
	case syscall.SIGFPE:
		switch {
		case hasSite:
			t.Code = site.Code
		case x.TrapSiCode == 2: // FPE_INTOVF
			t.Code = trap.CodeIntegerOverflow
		default: // FPE_INTDIV (x86 idiv raises it for MinInt/-1 too)
			t.Code = trap.CodeIntegerDivideByZero
		}
	default:
		t.Code = trap.CodeInternalFault
	}
	c.backtrace(t, x.TrapFP)
	return t
}

// explicitTrap builds the trap raised through the trap stub.
func (c *Context) explicitTrap() error {
	x := c.x
	t := &trap.Trap{Code: trap.Code(x.TrapCode), Func: trap.NoFunc, PC: x.TrapPC}
	if !t.Code.Valid() {
		t.Code = trap.CodeInternalFault
	}
	// TrapPC is the return address: look up the call instruction.
	c.locate(t, x.TrapPC-1)
	c.backtrace(t, x.TrapFP)
	return t
}

// locate fills Func/Offset from the code tables.
func (c *Context) locate(t *trap.Trap, pc uintptr) (codemem.TrapSite, bool) {
	b := codemem.Lookup(pc)
	if b == nil {
		return codemem.TrapSite{}, false
	}
	site, ok := b.TrapSiteAt(pc)
	if ok {
		t.Func, t.Offset = site.Func, site.WasmOffset
	} else if f, ok := b.FuncAt(pc); ok {
		t.Func, t.Offset, t.NativeOffset = f.Index, uint32(pc-b.Entry(int(f.Start))), true
	}
	return site, ok
}

const maxFrames = 256

// backtrace walks the frame-pointer chain on the native stack: every frame
// of generated code stores [fp] = caller's fp, [fp+8] = return address
// (amd64 PUSH BP/MOV SP,BP; arm64 STP x29,x30,[sp,#-16]!/MOV x29,sp).
// The walk stops at the first frame pointer outside the native stack or a
// return address outside generated code (the entry trampoline).
func (c *Context) backtrace(t *trap.Trap, fp uintptr) {
	if !c.Backtraces || t.Func == trap.NoFunc {
		return
	}
	frames, offsets := []int32{t.Func}, []int32{-1}
	for i := 0; i < maxFrames; i++ {
		if fp < c.stackLo || fp+16 > c.stackHi || fp&7 != 0 {
			break
		}
		ret := *(*uintptr)(vmem.Ptr(fp + 8))
		next := *(*uintptr)(vmem.Ptr(fp))
		b := codemem.Lookup(ret - 1)
		if b == nil {
			break
		}
		f, ok := b.FuncAt(ret - 1)
		if !ok {
			break
		}
		off := int32(-1)
		if site, ok := b.TrapSiteAt(ret - 1); ok && site.Func == int32(f.Index) { // the call's site
			off = int32(site.WasmOffset)
		}
		frames, offsets = append(frames, f.Index), append(offsets, off)
		if next <= fp {
			break
		}
		fp = next
	}
	t.Frames, t.FrameOffsets = frames, offsets
}
