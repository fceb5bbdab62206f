//go:build linux

package wasi

import (
	"context"
	"runtime"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Interruptible waits on pipes, terminals and sockets.
//
// A read that would block must end when the call's context is done (a
// deadline through the Go API, SIGINT/SIGTERM in kiln run). Go cannot do
// that for an inherited blocking fd: os.Stdin refuses deadlines, a blocked
// read(2) is restarted after a signal (Go's handlers use SA_RESTART), and
// O_NONBLOCK on a description shared with the parent stays set after exit
// and breaks the parent's shell. So a stream read first tries
// preadv2(RWF_NOWAIT), which never blocks and changes no flags (pipes and
// sockets; a terminal or other character device answers EOPNOTSUPP and is
// polled before each read instead). When it would block, the System waits
// in poll(2) on the fd and on its eventfd; a context.AfterFunc registered
// for the wait writes to the eventfd when the context is done. The
// eventfd is only a doorbell: the context decides, so a late write from
// an earlier call's callback just causes one more loop. Without a Done
// channel nothing can cancel the call: a plain read.
//
// Regular files and block devices never block: they keep their plain read,
// with no extra syscall. BenchmarkFdReadData* (16-byte reads, data ready,
// CPU time per read on a loaded 2-vCPU VM): regular file unchanged (~300
// ns); pipe with a cancellable context 238 -> 264 ns (preadv2 instead of
// read), with context.Background unchanged (~230 ns).

// waker is a System's eventfd, created on first use and closed by Close.
// The mutex keeps a late AfterFunc callback from writing to a closed (and
// possibly reused) fd number.
type waker struct {
	mu     sync.Mutex
	fd     int // -1 before first use and after close
	closed bool
	wake   func() // w.ring, bound once for context.AfterFunc
}

func newWaker() *waker {
	w := &waker{fd: -1}
	w.wake = w.ring
	return w
}

// get returns the eventfd, creating it if needed.
func (w *waker) get() (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fd < 0 {
		if w.closed {
			return -1, unix.EBADF
		}
		fd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
		if err != nil {
			return -1, err
		}
		w.fd = fd
	}
	return w.fd, nil
}

// ring makes the eventfd readable (it stays so until drained).
func (w *waker) ring() {
	one := [8]byte{1}
	w.mu.Lock()
	if w.fd >= 0 {
		unix.Write(w.fd, one[:])
	}
	w.mu.Unlock()
}

// drain resets the eventfd's counter (fd is the waiter's copy: only Close
// changes w.fd, and Close never runs during a call).
func drain(fd int) {
	var b [8]byte
	unix.Read(fd, b[:])
}

func (w *waker) close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.closed = true
	if w.fd < 0 {
		return nil
	}
	fd := w.fd
	w.fd = -1
	return unix.Close(fd)
}

// waitFD waits until fd reports one of events (or an error or hangup) and
// returns its revents. timeoutMs < 0 waits without limit; on timeout revents
// is 0. When ctx is done first, it returns ctx's error.
func (s *System) waitFD(ctx context.Context, fd int, events int16, timeoutMs int) (int16, Errno, error) {
	if err := ctx.Err(); err != nil {
		return 0, ErrnoIntr, err
	}
	pfds := [2]unix.PollFd{{Fd: int32(fd), Events: events}, {Fd: -1, Events: unix.POLLIN}}
	slice := false // no eventfd: wait in slices, checking ctx
	if ctx.Done() != nil {
		if efd, err := s.waker.get(); err == nil {
			pfds[1].Fd = int32(efd)
			stop := context.AfterFunc(ctx, s.waker.wake)
			defer stop()
		} else {
			slice = true
		}
	}
	var deadline time.Time
	if timeoutMs > 0 {
		deadline = time.Now().Add(time.Duration(timeoutMs) * time.Millisecond)
	}
	for {
		t := timeoutMs
		if t > 0 {
			t = int((time.Until(deadline) + time.Millisecond - 1) / time.Millisecond)
			if t < 0 {
				t = 0
			}
		}
		if slice && (t < 0 || t > 50) {
			t = 50
		}
		pfds[0].Revents, pfds[1].Revents = 0, 0
		n, err := unix.Poll(pfds[:], t)
		if err != nil && err != unix.EINTR {
			return 0, toErrno(err), nil
		}
		if pfds[1].Revents != 0 {
			// Drain first, then look at ctx: a wake-up that arrives
			// between the two is then either drained with ctx already
			// done, or left for the next poll.
			drain(int(pfds[1].Fd))
		}
		if err := ctx.Err(); err != nil {
			return 0, ErrnoIntr, err
		}
		if n > 0 && pfds[0].Revents != 0 {
			return pfds[0].Revents, ErrnoSuccess, nil
		}
		if timeoutMs == 0 || timeoutMs > 0 && !time.Now().Before(deadline) {
			return 0, ErrnoSuccess, nil
		}
	}
}

// streamFD reports whether reads of e may block: anything but a regular
// file or block device (pipes and FIFOs, sockets, terminals, other
// character devices).
func streamFD(filetype uint8) bool {
	return filetype != FiletypeRegularFile && filetype != FiletypeBlockDevice
}

// streamRead is fd_read on a host fd that may block (a pipe, FIFO, socket,
// terminal or other character device). It honours the guest's
// FDFLAGS_NONBLOCK without touching the fd's flags, and ends a wait when
// ctx is done (errno INTR and ctx's error).
func (s *System) streamRead(ctx context.Context, e *fdEntry, fd int, mem, arr []byte) (uint64, Errno, error) {
	nonblock := e.flags&FdflagNonblock != 0
	iovs := s.hostIovecs(mem, arr)
	if len(iovs) == 0 {
		return 0, ErrnoSuccess, nil
	}
	defer runtime.KeepAlive(mem)
	if ctx.Done() == nil && !nonblock {
		// Nothing can cancel the call: a plain read, as for a file. An
		// fd left O_NONBLOCK (e.g. by os.Pipe) answers EAGAIN: wait below.
		n, en := readFD(fd, iovs)
		if en != unix.EAGAIN {
			return n, toErrno(errnoOrNil(en)), nil
		}
	}
	for {
		if !e.noNowait {
			n, en := sysIO(unix.SYS_PREADV2, fd, iovs, -1, unix.RWF_NOWAIT)
			switch en {
			case 0:
				return n, ErrnoSuccess, nil
			case unix.EAGAIN:
				if nonblock {
					return 0, ErrnoAgain, nil
				}
			case unix.EOPNOTSUPP, unix.EINVAL, unix.ENOSYS:
				// Terminals and most character devices (and kernels
				// before 4.14): poll, then read.
				e.noNowait = true
			default:
				return 0, toErrno(en), nil
			}
		}
		timeout := -1
		if nonblock {
			timeout = 0
		}
		re, errno, err := s.waitFD(ctx, fd, unix.POLLIN, timeout)
		if err != nil || errno != ErrnoSuccess {
			return 0, errno, err
		}
		switch {
		case re&unix.POLLNVAL != 0:
			return 0, ErrnoBadf, nil
		case re == 0:
			return 0, ErrnoAgain, nil // nonblocking and not ready
		}
		if e.noNowait {
			// Readable (or hung up): read. Should another reader of the
			// same description take the data first, this read blocks
			// (or answers EAGAIN on an O_NONBLOCK fd: poll again).
			n, en := readFD(fd, iovs)
			if en != unix.EAGAIN {
				return n, toErrno(errnoOrNil(en)), nil
			}
		}
	}
}

func errnoOrNil(en unix.Errno) error {
	if en == 0 {
		return nil
	}
	return en
}

// readFD is readv, or read for a single buffer (as os.File.Read does; a
// little cheaper in the kernel).
func readFD(fd int, iovs []unix.Iovec) (uint64, unix.Errno) {
	if len(iovs) != 1 {
		return sysIO(unix.SYS_READV, fd, iovs, -1, 0)
	}
	for {
		r, _, en := unix.Syscall(unix.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(iovs[0].Base)), uintptr(iovs[0].Len))
		if en == unix.EINTR {
			continue
		}
		if en != 0 {
			return 0, en
		}
		return uint64(r), 0
	}
}

// sysIO runs one vectored I/O syscall (readv/writev: off < 0 and no
// flags; preadv/pwritev; preadv2 with flags and off -1 for the current
// position), retrying on EINTR.
func sysIO(trap uintptr, fd int, iovs []unix.Iovec, off int64, flags int) (uint64, unix.Errno) {
	for {
		var r uintptr
		var en unix.Errno
		switch {
		case trap == unix.SYS_PREADV2:
			// pos_l, pos_h; on 64-bit targets pos_l holds the whole offset.
			r, _, en = unix.Syscall6(trap, uintptr(fd), uintptrOf(&iovs[0]), uintptr(len(iovs)), uintptr(off), 0, uintptr(flags))
		case off >= 0:
			r, _, en = unix.Syscall6(trap, uintptr(fd), uintptrOf(&iovs[0]), uintptr(len(iovs)), uintptr(off), 0, 0)
		default:
			r, _, en = unix.Syscall(trap, uintptr(fd), uintptrOf(&iovs[0]), uintptr(len(iovs)))
		}
		if en == unix.EINTR {
			continue
		}
		if en != 0 {
			return 0, en
		}
		return uint64(r), 0
	}
}
