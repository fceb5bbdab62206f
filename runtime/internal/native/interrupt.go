package native

import (
	"os"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/kilnwasm/kiln/internal/abi"
)

// Stop requests without loop polls.
//
// The runtime interrupts generated code at any instruction, so loops do
// not poll ExecCtx.Interrupt: Interrupt sets the stop request and starts
// a kicker, which sends SIGURG to the process's threads. The signal
// handler finds the request in the ExecCtx of the generated code it
// interrupts and raises trap "interrupted" there (signal.go, asm_*.s). A
// thread outside generated code ignores the
// signal, as Go's handler ignores a SIGURG it did not ask for, so the
// kicker repeats it at growing intervals (1 ms up to 100 ms) for as long
// as the request stands and a call runs; meanwhile the call also stops at
// its next function entry (the entry polls) or host return (hostCallback).
// Signalling every thread costs a few microseconds per thread, once per
// interval, and only while a stop request is pending.

// stopRequested reports whether c's call has a stop request (an
// Interrupt bit but the yield's).
func (c *Context) stopRequested() bool {
	return atomic.LoadUint32(&c.x.Interrupt)&^abi.InterruptYield != 0
}

// kick starts the kicker unless one is running.
func (c *Context) kick() {
	if c.kicking.CompareAndSwap(false, true) {
		go c.kicker()
	}
}

// kicker signals the threads while c has a stop request and a call. Its
// flag is dropped before a last check, so that a request arriving as it
// ends finds either the flag clear (and starts a kicker) or the request
// seen here.
func (c *Context) kicker() {
	pending := func() bool { return c.depth.Load() > 0 && c.stopRequested() }
	for {
		for wait := time.Duration(0); pending(); wait = min(2*wait+time.Millisecond, 100*time.Millisecond) {
			time.Sleep(wait)
			if pending() {
				signalThreads()
			}
		}
		c.kicking.Store(false)
		if !pending() || !c.kicking.CompareAndSwap(false, true) {
			return
		}
	}
}

// signalThreads sends SIGURG to every thread of the process.
func signalThreads() {
	f, err := os.Open("/proc/self/task")
	if err != nil {
		return
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	pid := syscall.Getpid()
	for _, n := range names {
		if tid, err := strconv.Atoi(n); err == nil {
			syscall.Tgkill(pid, tid, syscall.SIGURG)
		}
	}
}
