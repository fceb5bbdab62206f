package native

import (
	"fmt"
	"syscall"
	"unsafe"
)

// Globals read by the assembly signal handler. They are written once, before
// the handler is installed, and never change afterwards.
var (
	codeRangesAddr uintptr // &codemem range table
	codeCountAddr  uintptr // &codemem range count (uint32)
	stubLo, stubHi uintptr // the runtime stubs: faults there are never redirected
	faultStub      uintptr // where a redirected fault resumes
	asyncStub      uintptr // Stubs.AsyncYield: where an interrupted call yields
	oldHandlers    [65]uintptr
)

func sigHandler()
func sigHandlerAddr() uintptr

// sigactiont is the kernel's struct sigaction for rt_sigaction on amd64 and
// arm64 (not glibc's layout).
type sigactiont struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

const (
	saSiginfo = 0x4
	saOnstack = 0x08000000
)

// handledSignals are the signals generated code can raise: guard-page
// faults (SEGV, BUS), ud2/udf (ILL), x86 integer division (FPE).
var handledSignals = []syscall.Signal{syscall.SIGSEGV, syscall.SIGBUS, syscall.SIGILL, syscall.SIGFPE}

func rtSigaction(sig syscall.Signal, new, old *sigactiont) error {
	_, _, e := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig),
		uintptr(unsafe.Pointer(new)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// installHandlers chains our handler in front of the Go runtime's for each
// handled signal. It copies Go's flags, mask and (amd64) restorer exactly,
// because Go's handler runs under our sigaction when we chain to it.
func installHandlers() error {
	for _, sig := range handledSignals {
		if err := installHandler(sig); err != nil {
			return err
		}
	}
	return nil
}

// installHandler installs the handler for sig. Besides the fault signals
// it takes SIGURG, Go's preemption signal (preempt.go).
func installHandler(sig syscall.Signal) error {
	h := sigHandlerAddr()
	var old sigactiont
	if err := rtSigaction(sig, nil, &old); err != nil {
		return fmt.Errorf("native: rt_sigaction(%v) query: %w", sig, err)
	}
	if old.handler == h {
		return nil // already installed
	}
	if old.handler <= 1 || old.flags&(saSiginfo|saOnstack) != saSiginfo|saOnstack {
		return fmt.Errorf("native: unexpected handler for %v (handler %#x flags %#x): not the Go runtime's", sig, old.handler, old.flags)
	}
	oldHandlers[sig] = old.handler
	nw := old
	nw.handler = h
	if err := rtSigaction(sig, &nw, nil); err != nil {
		return fmt.Errorf("native: rt_sigaction(%v) install: %w", sig, err)
	}
	return nil
}
