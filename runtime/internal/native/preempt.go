package native

import (
	"os"
	"strings"
	"sync/atomic"

	"github.com/kilnwasm/kiln/internal/abi"
)

// Calls without the syscall bracket.
//
// entersyscall and exitsyscall cost about 20 ns per call, as much as the
// rest of a call from Go. A Context with Preempt set skips them: the
// goroutine stays _Grunning while generated code runs, like Go code
// between two preemption checks. What keeps that from blocking the garbage
// collector is Go's own asynchronous preemption: to stop a running
// goroutine (stop-the-world, stack scans, sysmon's 10 ms time slices) the
// runtime sends SIGURG to its thread. Our signal handler sees the signal
// first: when the PC is in generated code, the context register holds the
// ExecCtx, and if its Preempt is set the handler makes the code yield at
// once, by resuming it at Stubs.AsyncYield with the PC pushed (in the
// runtime's stubs it sets InterruptYield instead, for the next entry
// poll, which calls RoutinePoll). Either saves every register and exits
// with ExitYield; the driver clears the bit, passes a
// synchronous preemption point (safePoint), where the pending preemption
// completes, and resumes. Go keeps re-sending the signal until the
// goroutine stops, so a signal that lands outside generated code (or in
// the runtime's stubs, where the handler only sets the bit) is not lost.
//
// After a yield the code runs on bracketed until its next exit to Go
// (resumeBracketed): a call that has used a whole time slice is not
// signalled, rescheduled and perhaps moved to another CPU every 10 ms.
//
// So the collector waits for a call no longer than a signal's delivery
// (or one memory.copy/memory.fill routine, about 0.1 ms per MiB). When
// Go's asynchronous preemption is off (GODEBUG=asyncpreemptoff=1)
// SetPreempt leaves the bracket on.

// preemptOK reports whether SIGURG-driven yields work in this process
// (set once by Init).
var preemptOK bool

func preemptAvailable() bool {
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if strings.TrimSpace(kv) == "asyncpreemptoff=1" {
			return false
		}
	}
	return true
}

// SetPreempt chooses how the Context's calls run from now on: with on,
// without the syscall bracket, yielding to the Go scheduler wherever Go's
// preemption signal finds the code; otherwise bracketed as system calls. It has no effect where preemption by signal is not available.
// Not while a call of the Context runs.
func (c *Context) SetPreempt(on bool) {
	if on && preemptOK {
		c.x.Preempt = 1
	} else {
		c.x.Preempt = 0
	}
}

// PreemptAvailable reports whether SetPreempt(true) takes effect.
func PreemptAvailable() bool { return Init() == nil && preemptOK }

// yields counts ExitYield exits, for tests.
var yields atomic.Uint64

// Yields returns how many times generated code has yielded to the Go
// scheduler at a poll in this process.
func Yields() uint64 { return yields.Load() }

// yield handles ExitYield: the goroutine is back on its own stack, where
// the preemption the runtime asked for can happen.
func (c *Context) yield() {
	yields.Add(1)
	atomic.AndUint32(&c.x.Interrupt, ^uint32(abi.InterruptYield))
	c.restoreStackLimit()
	safePoint()
}

// safePoint is a synchronous preemption point. The runtime asks a running
// goroutine to stop by setting its stack guard to a value every stack
// check fails, then sends the signal; safePoint's prologue check (it is
// not a leaf, so the compiler gives it one) then enters morestack, where
// the runtime parks the goroutine for a stack scan or reschedules it, as
// it asked. Without a pending request it is an empty call.
// (runtime.Gosched would not do: it is nosplit, and a goroutine it
// reschedules is not parked for the scan that is waiting for it.)
//
//go:noinline
func safePoint() { safePointLeaf() }

//go:noinline
func safePointLeaf() {}
