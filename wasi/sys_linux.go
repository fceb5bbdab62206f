//go:build linux

package wasi

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

func uintptrOf(v *unix.Iovec) uintptr { return uintptr(unsafe.Pointer(v)) }

// futimens is utimensat(fd, NULL, ts, 0); x/sys only offers the path form.
func futimens(fd int, ts *[2]unix.Timespec) error {
	_, _, en := unix.Syscall6(unix.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(unsafe.Pointer(ts)), 0, 0, 0)
	if en != 0 {
		return en
	}
	return nil
}
