// Package vmem wraps the few Linux virtual-memory system calls the runtime
// needs (mmap, mprotect, madvise, munmap) on raw addresses, without cgo.
package vmem

import (
	"fmt"
	"os"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Protection flags.
const (
	None = syscall.PROT_NONE
	R    = syscall.PROT_READ
	RW   = syscall.PROT_READ | syscall.PROT_WRITE
	RX   = syscall.PROT_READ | syscall.PROT_EXEC
)

// PageSize is the system page size.
var PageSize = uintptr(os.Getpagesize())

// RoundUp rounds n up to a multiple of the page size.
func RoundUp(n uintptr) uintptr { return (n + PageSize - 1) &^ (PageSize - 1) }

// Reserve maps size bytes of inaccessible, unreserved (not committed) address
// space and returns its base.
func Reserve(size uintptr) (uintptr, error) {
	return Map(0, size, None)
}

// Map maps size bytes of anonymous private memory with protection prot at
// any address (addr == 0) or exactly at addr (MAP_FIXED, replacing what was
// there: the replaced pages read as zero afterwards).
func Map(addr, size uintptr, prot int) (uintptr, error) {
	flags := syscall.MAP_PRIVATE | syscall.MAP_ANONYMOUS | syscall.MAP_NORESERVE
	if addr != 0 {
		flags |= syscall.MAP_FIXED
	}
	r, _, e := syscall.Syscall6(syscall.SYS_MMAP, addr, size, uintptr(prot), uintptr(flags), ^uintptr(0), 0)
	if e != 0 {
		return 0, fmt.Errorf("mmap(%#x, %d bytes): %w", addr, size, e)
	}
	if addr != 0 && r != addr {
		return 0, fmt.Errorf("mmap(%#x, %d bytes): kernel returned %#x", addr, size, r)
	}
	return r, nil
}

// MapFile maps size bytes of file fd from offset off (page-aligned),
// private (writes are copy-on-write, never reach the file), at any address
// (addr == 0) or exactly at addr (MAP_FIXED). Pages past the end of the
// file must not be touched (SIGBUS).
func MapFile(addr, size uintptr, prot int, fd int, off int64) (uintptr, error) {
	flags := syscall.MAP_PRIVATE
	if addr != 0 {
		flags |= syscall.MAP_FIXED
	}
	r, _, e := syscall.Syscall6(syscall.SYS_MMAP, addr, size, uintptr(prot), uintptr(flags), uintptr(fd), uintptr(off))
	if e != 0 {
		return 0, fmt.Errorf("mmap(%#x, %d bytes of fd %d at %d): %w", addr, size, fd, off, e)
	}
	if addr != 0 && r != addr {
		return 0, fmt.Errorf("mmap(%#x, %d bytes): kernel returned %#x", addr, size, r)
	}
	return r, nil
}

// Protect changes the protection of [addr, addr+size).
func Protect(addr, size uintptr, prot int) error {
	if size == 0 {
		return nil
	}
	_, _, e := syscall.Syscall(syscall.SYS_MPROTECT, addr, size, uintptr(prot))
	if e != 0 {
		return fmt.Errorf("mprotect(%#x, %d bytes, %d): %w", addr, size, prot, e)
	}
	return nil
}

// Discard drops the contents of [addr, addr+size) (MADV_DONTNEED): for
// private anonymous memory the pages read as zero on next access and their
// physical memory is released. Protection is unchanged.
func Discard(addr, size uintptr) error {
	if size == 0 {
		return nil
	}
	_, _, e := syscall.Syscall(syscall.SYS_MADVISE, addr, size, syscall.MADV_DONTNEED)
	if e != 0 {
		return fmt.Errorf("madvise(%#x, %d bytes, DONTNEED): %w", addr, size, e)
	}
	return nil
}

// Populate faults in the pages of [addr, addr+size) for writing with one
// system call (MADV_POPULATE_WRITE, Linux 5.14), rather than one fault
// per page as they are first written. It is a hint: without it (an older
// kernel), or should it fail, the pages fault in as they are written.
func Populate(addr, size uintptr) {
	if size > 0 {
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, addr, size, unix.MADV_POPULATE_WRITE)
	}
}

// Unmap releases [addr, addr+size).
func Unmap(addr, size uintptr) error {
	if size == 0 {
		return nil
	}
	_, _, e := syscall.Syscall(syscall.SYS_MUNMAP, addr, size, 0)
	if e != 0 {
		return fmt.Errorf("munmap(%#x, %d bytes): %w", addr, size, e)
	}
	return nil
}

// Ptr converts the address of non-Go memory (an mmap'd region) to a pointer.
// Never use it for addresses of Go-managed memory.
func Ptr(addr uintptr) unsafe.Pointer { return unsafe.Add(nil, addr) }

// Bytes returns the n bytes of non-Go memory at addr as a slice.
func Bytes(addr, n uintptr) []byte { return unsafe.Slice((*byte)(Ptr(addr)), n) }

// Slots returns the n uint64 slots of non-Go memory at addr.
func Slots(addr, n uintptr) []uint64 { return unsafe.Slice((*uint64)(Ptr(addr)), n) }

// SealedMemfd returns a memfd holding data, sealed against any change
// (F_SEAL_SHRINK|GROW|WRITE|SEAL): it can be mapped private and writable
// (copy-on-write) any number of times, and nothing can alter it. It
// returns -1 if the kernel refuses (no memfd_create, or no memory).
func SealedMemfd(name string, data []byte) int {
	fd, err := unix.MemfdCreate(name, unix.MFD_CLOEXEC|unix.MFD_ALLOW_SEALING)
	if err != nil {
		return -1
	}
	for off := 0; off < len(data); {
		n, err := unix.Pwrite(fd, data[off:], int64(off))
		if err != nil || n == 0 {
			unix.Close(fd)
			return -1
		}
		off += n
	}
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_ADD_SEALS, unix.F_SEAL_SHRINK|unix.F_SEAL_GROW|unix.F_SEAL_WRITE|unix.F_SEAL_SEAL); err != nil {
		unix.Close(fd)
		return -1
	}
	return fd
}

// CloseFD closes a file descriptor SealedMemfd returned.
func CloseFD(fd int) { _ = unix.Close(fd) }

// ClearResident zeroes the pages of [addr, addr+size) that are resident:
// the others were never touched (or were discarded) and read as zero
// already, and writing zeros would only fault them in. One mincore call
// tells which; should it fail, everything is cleared.
func ClearResident(addr, size uintptr) {
	if size == 0 {
		return
	}
	n := (size + PageSize - 1) / PageSize
	var small [64]byte
	vec := small[:]
	if n > uintptr(len(small)) {
		vec = make([]byte, n)
	}
	vec = vec[:n]
	if _, _, e := syscall.Syscall(syscall.SYS_MINCORE, addr, size, uintptr(unsafe.Pointer(&vec[0]))); e != 0 {
		clear(Bytes(addr, size))
		return
	}
	for i := uintptr(0); i < n; {
		if vec[i]&1 == 0 {
			i++
			continue
		}
		j := i + 1
		for j < n && vec[j]&1 != 0 {
			j++
		}
		clear(Bytes(addr+i*PageSize, min(j*PageSize, size)-i*PageSize))
		i = j
	}
}
