//go:build linux

package wasi

import (
	"context"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// Sockets: only what preview1 can express. A listener is granted by the
// host (Config.Listeners / --listen); the guest accepts connections on it and
// talks over them. There is no way to open or connect sockets.

// rawFD returns the OS fd behind a Listener or a connection, or -1.
func rawFD(v syscall.Conn) int {
	rc, err := v.SyscallConn()
	if err != nil {
		return -1
	}
	fd := -1
	rc.Control(func(f uintptr) { fd = int(f) })
	return fd
}

// SockAccept implements sock_accept. Waiting for a connection ends when
// ctx is done (errno INTR and ctx's error).
func (s *System) SockAccept(ctx context.Context, mem []byte, fd, flags, fdPtr uint32) (Errno, error) {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno, nil
	}
	if e.kind != kindListener {
		if e.kind == kindConn {
			return ErrnoInval, nil
		}
		return ErrnoNotsock, nil
	}
	if flags&^uint32(FdflagNonblock) != 0 {
		return ErrnoInval, nil
	}
	if errno := e.need(RightSockAccept); errno != ErrnoSuccess {
		return errno, nil
	}
	if uint64(fdPtr)+4 > uint64(len(mem)) {
		return ErrnoFault, nil
	}
	// A listener's RawConn offers only Control (net's Read and Write
	// fail with EINVAL): accept on the fd, and wait for a connection in
	// poll(2), where cancelling ctx ends the wait at once.
	lfd := rawFD(e.listener)
	if lfd < 0 {
		return ErrnoBadf, nil
	}
	nonblock := e.flags&FdflagNonblock != 0
	var nfd int
	for {
		var err error
		nfd, _, err = unix.Accept4(lfd, unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK)
		if err == nil {
			break
		}
		if err == unix.EINTR || err == unix.ECONNABORTED {
			continue // a connection reset before it was accepted: take the next
		}
		if err != unix.EAGAIN || nonblock {
			return toErrno(err), nil
		}
		if _, errno, err := s.waitFD(ctx, lfd, unix.POLLIN, -1); err != nil || errno != ErrnoSuccess {
			return errno, err
		}
	}
	// Non-blocking, so in Go's netpoller: sockIO waits there when ctx
	// cannot be cancelled.
	c := os.NewFile(uintptr(nfd), "socket")
	ne := &fdEntry{kind: kindConn, filetype: FiletypeSocketStream, hostFD: -1, conn: c,
		flags: uint16(flags), base: rightsSocket & e.inh, inh: 0}
	nfdGuest, errno := s.insert(ne)
	if errno != ErrnoSuccess {
		c.Close()
		return errno, nil
	}
	writeU32(mem, fdPtr, nfdGuest)
	return ErrnoSuccess, nil
}

// sockIO reads or writes the iovecs on a connection through its raw fd so
// that non-blocking mode and MSG_PEEK/MSG_WAITALL have their POSIX meaning.
// When the call must wait and ctx can be cancelled, it waits in waitFD
// (poll on the socket and the System's eventfd) instead of Go's netpoller,
// so that cancelling ctx ends the wait (errno INTR and ctx's error).
func (s *System) sockIO(ctx context.Context, e *fdEntry, mem, arr []byte, write bool, msgFlags int) (uint64, Errno, error) {
	rc, err := e.conn.SyscallConn()
	if err != nil {
		return 0, toErrno(err), nil
	}
	nonblock := e.flags&FdflagNonblock != 0
	waitAll := msgFlags&unix.MSG_WAITALL != 0
	cancellable := ctx.Done() != nil
	events := int16(unix.POLLIN)
	if write {
		events = unix.POLLOUT
	}
	var total uint64
	for i := 0; i < len(arr)/8 && total < maxIO; i++ {
		b := iov(mem, arr, i)
		if total+uint64(len(b)) > maxIO {
			b = b[:maxIO-total]
		}
		for len(b) > 0 {
			var n int
			var ioErr, ctxErr error
			f := func(fd uintptr) bool {
				for {
					if write {
						n, ioErr = unix.SendmsgN(int(fd), b, nil, nil, unix.MSG_NOSIGNAL)
					} else {
						n, _, ioErr = unix.Recvfrom(int(fd), b, msgFlags&^unix.MSG_WAITALL)
					}
					// Only wait for readiness when blocking and nothing moved yet.
					if !(ioErr == unix.EAGAIN && !nonblock && (total == 0 || waitAll)) {
						return true
					}
					if !cancellable {
						return false // wait in Go's netpoller
					}
					_, errno, err := s.waitFD(ctx, int(fd), events, -1)
					if err != nil || errno != ErrnoSuccess {
						ioErr, ctxErr = errno, err
						return true
					}
				}
			}
			var err error
			if write {
				err = rc.Write(f)
			} else {
				err = rc.Read(f)
			}
			if ctxErr != nil {
				return total, ErrnoIntr, ctxErr
			}
			if err == nil {
				err = ioErr
			}
			if err != nil {
				if total > 0 {
					return total, ErrnoSuccess, nil
				}
				return 0, toErrno(err), nil
			}
			total += uint64(n)
			if n == 0 && !write { // EOF
				return total, ErrnoSuccess, nil
			}
			if msgFlags&unix.MSG_PEEK != 0 {
				return total, ErrnoSuccess, nil
			}
			b = b[n:]
			if !waitAll && !write {
				if len(b) > 0 {
					return total, ErrnoSuccess, nil
				}
			}
		}
	}
	return total, ErrnoSuccess, nil
}

// SockRecv implements sock_recv. A wait for data ends when ctx is done
// (errno INTR and ctx's error).
func (s *System) SockRecv(ctx context.Context, mem []byte, fd, iovsPtr, iovsLen, riFlags, roLenPtr, roFlagsPtr uint32) (Errno, error) {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno, nil
	}
	if e.kind != kindConn {
		return ErrnoNotsock, nil
	}
	if riFlags&^uint32(RiflagRecvPeek|RiflagRecvWaitall) != 0 {
		return ErrnoInval, nil
	}
	if e.base&RightFdRead == 0 {
		return ErrnoBadf, nil
	}
	arr, _, errno := iovecs(mem, iovsPtr, iovsLen)
	if errno != ErrnoSuccess {
		return errno, nil
	}
	if uint64(roLenPtr)+4 > uint64(len(mem)) || uint64(roFlagsPtr)+2 > uint64(len(mem)) {
		return ErrnoFault, nil
	}
	mf := 0
	if riFlags&uint32(RiflagRecvPeek) != 0 {
		mf |= unix.MSG_PEEK
	}
	if riFlags&uint32(RiflagRecvWaitall) != 0 {
		mf |= unix.MSG_WAITALL
	}
	n, errno, err := s.sockIO(ctx, e, mem, arr, false, mf)
	if errno != ErrnoSuccess || err != nil {
		return errno, err
	}
	writeU32(mem, roLenPtr, uint32(n))
	put16(mem, int(roFlagsPtr), 0)
	return ErrnoSuccess, nil
}

// SockSend implements sock_send. A wait for room ends when ctx is done
// (errno INTR and ctx's error).
func (s *System) SockSend(ctx context.Context, mem []byte, fd, iovsPtr, iovsLen, siFlags, soLenPtr uint32) (Errno, error) {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno, nil
	}
	if e.kind != kindConn {
		return ErrnoNotsock, nil
	}
	if siFlags != 0 {
		return ErrnoInval, nil
	}
	if e.base&RightFdWrite == 0 {
		return ErrnoBadf, nil
	}
	arr, _, errno := iovecs(mem, iovsPtr, iovsLen)
	if errno != ErrnoSuccess {
		return errno, nil
	}
	if uint64(soLenPtr)+4 > uint64(len(mem)) {
		return ErrnoFault, nil
	}
	n, errno, err := s.sockIO(ctx, e, mem, arr, true, 0)
	if errno != ErrnoSuccess || err != nil {
		return errno, err
	}
	writeU32(mem, soLenPtr, uint32(n))
	return ErrnoSuccess, nil
}

// SockShutdown implements sock_shutdown. Anything that is not a connected
// socket is ENOTSOCK (sock_shutdown-not_sock checks stdout).
func (s *System) SockShutdown(fd, how uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	switch e.kind {
	case kindConn:
	case kindListener:
		return ErrnoNotconn
	default:
		return ErrnoNotsock
	}
	if how == 0 || how > 3 {
		return ErrnoInval
	}
	if errno := e.need(RightSockShutdown); errno != ErrnoSuccess {
		return errno
	}
	mode := unix.SHUT_RDWR
	switch uint8(how) {
	case SdflagRd:
		mode = unix.SHUT_RD
	case SdflagWr:
		mode = unix.SHUT_WR
	}
	return toErrno(unix.Shutdown(rawFD(e.conn), mode))
}
