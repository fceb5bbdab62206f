package instance

import (
	"runtime"
	"syscall"
)

// membarrier(2) numbers and commands (include/uapi/linux/membarrier.h).
const (
	membarrierCmdPrivateExpedited         = 1 << 3
	membarrierCmdRegisterPrivateExpedited = 1 << 4
)

var sysMembarrier = map[string]uintptr{"amd64": 324, "arm64": 283}[runtime.GOARCH]

// registerMembarrier registers the process for private expedited
// barriers; false if the kernel (or an emulator) lacks them.
func registerMembarrier() bool {
	if sysMembarrier == 0 {
		return false
	}
	_, _, e := syscall.RawSyscall(sysMembarrier, membarrierCmdRegisterPrivateExpedited, 0, 0)
	if e != 0 {
		return false
	}
	_, _, e = syscall.RawSyscall(sysMembarrier, membarrierCmdPrivateExpedited, 0, 0)
	return e == 0
}

// membarrier runs a full memory barrier on every running thread of the
// process before it returns.
func membarrier() {
	if _, _, e := syscall.Syscall(sysMembarrier, membarrierCmdPrivateExpedited, 0, 0); e != 0 {
		panic("instance: membarrier failed after registration: " + e.Error())
	}
}
