package instance

import (
	"runtime"
	"syscall"

	"github.com/kilnwasm/kiln/internal/lazy"
)

// membarrier(2) numbers and commands (include/uapi/linux/membarrier.h).
const (
	membarrierCmdQuery                    = 0
	membarrierCmdPrivateExpedited         = 1 << 3
	membarrierCmdRegisterPrivateExpedited = 1 << 4
)

// sysMembarrier returns membarrier's system call number (0: unknown here);
// a switch on a constant, not a table built at every start.
func sysMembarrier() uintptr {
	switch runtime.GOARCH {
	case "amd64":
		return 324
	case "arm64":
		return 283
	}
	return 0
}

// registerMembarrier reports whether the kernel (or an emulator) offers
// private expedited barriers. It only asks: registering waits for an RCU
// grace period (10-15 ms here), and a process cannot exit while a thread
// waits in it, so that is left to the first barrier, which only a Close
// from a goroutine other than the instance's owner needs.
func registerMembarrier() bool {
	if sysMembarrier() == 0 {
		return false
	}
	mask, _, e := syscall.RawSyscall(sysMembarrier(), membarrierCmdQuery, 0, 0)
	return e == 0 && mask&membarrierCmdPrivateExpedited != 0
}

var membarrierRegistered = lazy.Value[syscall.Errno]{New: func() syscall.Errno {
	_, _, e := syscall.Syscall(sysMembarrier(), membarrierCmdRegisterPrivateExpedited, 0, 0)
	return e
}}

// membarrier runs a full memory barrier on every running thread of the
// process before it returns.
func membarrier() {
	if e := membarrierRegistered.Get(); e != 0 {
		panic("instance: membarrier registration failed after the kernel offered it: " + e.Error())
	}
	if _, _, e := syscall.Syscall(sysMembarrier(), membarrierCmdPrivateExpedited, 0, 0); e != 0 {
		panic("instance: membarrier failed after registration: " + e.Error())
	}
}
