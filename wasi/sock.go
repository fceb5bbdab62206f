//go:build linux

package wasi

import (
	"context"
	"errors"
	"net"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// Sockets: only what preview1 can express. A listener is granted by the
// host (Config.Listeners / --listen); the guest accepts connections on it and
// talks over them. There is no way to open or connect sockets.

// rawFD returns the OS fd behind a net.Conn/net.Listener, or -1.
func rawFD(v any) int {
	sc, ok := v.(syscall.Conn)
	if !ok {
		return -1
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return -1
	}
	fd := -1
	rc.Control(func(f uintptr) { fd = int(f) })
	return fd
}

// SockAccept implements sock_accept.
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
	type deadliner interface{ SetDeadline(time.Time) error }
	dl, canDeadline := e.listener.(deadliner)
	nonblock := e.flags&FdflagNonblock != 0
	var c net.Conn
	var err error
	for {
		if canDeadline {
			// Accept in short slices so non-blocking mode and ctx work.
			d := time.Now().Add(100 * time.Millisecond)
			if nonblock {
				d = time.Now().Add(time.Millisecond)
			}
			dl.SetDeadline(d)
		}
		c, err = e.listener.Accept()
		if err == nil {
			break
		}
		if errors.Is(err, os.ErrDeadlineExceeded) {
			if nonblock {
				return ErrnoAgain, nil
			}
			if cerr := ctx.Err(); cerr != nil {
				return ErrnoIntr, cerr
			}
			continue
		}
		return toErrno(err), nil
	}
	if canDeadline {
		dl.SetDeadline(time.Time{})
	}
	ne := &fdEntry{kind: kindConn, filetype: FiletypeSocketStream, hostFD: -1, conn: c,
		flags: uint16(flags), base: rightsSocket & e.inh, inh: 0}
	nfd, errno := s.insert(ne)
	if errno != ErrnoSuccess {
		c.Close()
		return errno, nil
	}
	writeU32(mem, fdPtr, nfd)
	return ErrnoSuccess, nil
}

// sockIO reads or writes the iovecs on a connection through its raw fd so
// that non-blocking mode and MSG_PEEK/MSG_WAITALL have their POSIX meaning.
// Connections without a raw fd (e.g. net.Pipe) use plain Read/Write.
func sockIO(e *fdEntry, mem, arr []byte, write bool, msgFlags int) (uint64, Errno) {
	sc, ok := e.conn.(syscall.Conn)
	var rc syscall.RawConn
	if ok {
		var err error
		if rc, err = sc.SyscallConn(); err != nil {
			ok = false
		}
	}
	if !ok {
		if write {
			return writerIO(e.conn, mem, arr)
		}
		return readerIO(e.conn, mem, arr)
	}
	nonblock := e.flags&FdflagNonblock != 0
	waitAll := msgFlags&unix.MSG_WAITALL != 0
	var total uint64
	for i := 0; i < len(arr)/8 && total < maxIO; i++ {
		b := iov(mem, arr, i)
		if total+uint64(len(b)) > maxIO {
			b = b[:maxIO-total]
		}
		for len(b) > 0 {
			var n int
			var ioErr error
			f := func(fd uintptr) bool {
				if write {
					n, ioErr = unix.SendmsgN(int(fd), b, nil, nil, unix.MSG_NOSIGNAL)
				} else {
					n, _, ioErr = unix.Recvfrom(int(fd), b, msgFlags&^unix.MSG_WAITALL)
				}
				// Only wait for readiness when blocking and nothing moved yet.
				return !(ioErr == unix.EAGAIN && !nonblock && (total == 0 || waitAll))
			}
			var err error
			if write {
				err = rc.Write(f)
			} else {
				err = rc.Read(f)
			}
			if err == nil {
				err = ioErr
			}
			if err != nil {
				if total > 0 {
					return total, ErrnoSuccess
				}
				return 0, toErrno(err)
			}
			total += uint64(n)
			if n == 0 && !write { // EOF
				return total, ErrnoSuccess
			}
			if msgFlags&unix.MSG_PEEK != 0 {
				return total, ErrnoSuccess
			}
			b = b[n:]
			if !waitAll && !write {
				if len(b) > 0 {
					return total, ErrnoSuccess
				}
			}
		}
	}
	return total, ErrnoSuccess
}

// SockRecv implements sock_recv.
func (s *System) SockRecv(mem []byte, fd, iovsPtr, iovsLen, riFlags, roLenPtr, roFlagsPtr uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if e.kind != kindConn {
		return ErrnoNotsock
	}
	if riFlags&^uint32(RiflagRecvPeek|RiflagRecvWaitall) != 0 {
		return ErrnoInval
	}
	if e.base&RightFdRead == 0 {
		return ErrnoBadf
	}
	arr, _, errno := iovecs(mem, iovsPtr, iovsLen)
	if errno != ErrnoSuccess {
		return errno
	}
	if uint64(roLenPtr)+4 > uint64(len(mem)) || uint64(roFlagsPtr)+2 > uint64(len(mem)) {
		return ErrnoFault
	}
	mf := 0
	if riFlags&uint32(RiflagRecvPeek) != 0 {
		mf |= unix.MSG_PEEK
	}
	if riFlags&uint32(RiflagRecvWaitall) != 0 {
		mf |= unix.MSG_WAITALL
	}
	n, errno := sockIO(e, mem, arr, false, mf)
	if errno != ErrnoSuccess {
		return errno
	}
	writeU32(mem, roLenPtr, uint32(n))
	put16(mem, int(roFlagsPtr), 0)
	return ErrnoSuccess
}

// SockSend implements sock_send.
func (s *System) SockSend(mem []byte, fd, iovsPtr, iovsLen, siFlags, soLenPtr uint32) Errno {
	e, errno := s.get(fd)
	if errno != ErrnoSuccess {
		return errno
	}
	if e.kind != kindConn {
		return ErrnoNotsock
	}
	if siFlags != 0 {
		return ErrnoInval
	}
	if e.base&RightFdWrite == 0 {
		return ErrnoBadf
	}
	arr, _, errno := iovecs(mem, iovsPtr, iovsLen)
	if errno != ErrnoSuccess {
		return errno
	}
	if uint64(soLenPtr)+4 > uint64(len(mem)) {
		return ErrnoFault
	}
	n, errno := sockIO(e, mem, arr, true, 0)
	if errno != ErrnoSuccess {
		return errno
	}
	writeU32(mem, soLenPtr, uint32(n))
	return ErrnoSuccess
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
	if hfd := rawFD(e.conn); hfd >= 0 {
		return toErrno(unix.Shutdown(hfd, mode))
	}
	type closer interface {
		CloseRead() error
		CloseWrite() error
	}
	if c, ok := e.conn.(closer); ok {
		var err error
		if mode != unix.SHUT_WR {
			err = c.CloseRead()
		}
		if mode != unix.SHUT_RD && err == nil {
			err = c.CloseWrite()
		}
		return toErrno(err)
	}
	return ErrnoNotsup
}
