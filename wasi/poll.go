//go:build linux

package wasi

import (
	"context"
	"math"
	"time"

	"golang.org/x/sys/unix"
)

// PollOneoff implements poll_oneoff: clock subscriptions (relative or
// absolute, on any clock) and fd read/write readiness. Regular files, vfs
// files and in-memory stdio are always ready (as in POSIX poll); real fds
// (stdin/stdout as *os.File, pipes, sockets, listeners) are polled with
// poll(2). A subscription on a bad fd yields an event carrying EBADF rather
// than failing the whole call. Cancelling ctx stops a blocking wait at once
// (the wait includes the System's eventfd, which a context.AfterFunc
// rings) and returns errno INTR with ctx's error.
func (s *System) PollOneoff(ctx context.Context, mem []byte, in, out, nsubs, neventsPtr uint32) (Errno, error) {
	return s.pollOneoff(ctx, mem, in, out, nsubs, neventsPtr, false)
}

// Subscription layouts: userdata (u64) at 0, the eventtype tag at 8, the
// fd of an fd_read/fd_write subscription at 16. A clock subscription holds
// its clock id, timeout and flags at 16, 24 and 40 in preview1 (48 bytes
// in all); preview0 has a u64 "identifier" first, moving them to 24, 32
// and 48 (56 bytes). Events are the same in both.
const (
	subSize1, subClock1 = 48, 16
	subSize0, subClock0 = 56, 24
)

// pollOneoff is poll_oneoff with preview1's subscriptions, or preview0's
// (p0).
func (s *System) pollOneoff(ctx context.Context, mem []byte, in, out, nsubs, neventsPtr uint32, p0 bool) (Errno, error) {
	subSize, clk := subSize1, subClock1
	if p0 {
		subSize, clk = subSize0, subClock0
	}
	if nsubs == 0 {
		return ErrnoInval, nil
	}
	subs, ok := memRange64(mem, in, uint64(nsubs)*uint64(subSize))
	if !ok {
		return ErrnoFault, nil
	}
	evs, ok := memRange64(mem, out, uint64(nsubs)*32)
	if !ok {
		return ErrnoFault, nil
	}
	if uint64(neventsPtr)+4 > uint64(len(mem)) {
		return ErrnoFault, nil
	}
	type pending struct {
		idx     int // subscription index
		pollIdx int // index into pfds, -1 if always ready
		typ     uint8
		nbytes  uint64
	}
	var (
		pfds     []unix.PollFd
		waits    []pending
		nev      int
		deadline = int64(math.MaxInt64) // monotonic ns
		clocks   []int                  // subscription index of clocks
		clockDl  []int64
	)
	emit := func(i int, typ uint8, errno Errno, nbytes uint64) {
		ev := evs[nev*32 : nev*32+32]
		clear(ev)
		put64(ev, 0, le64(subs, i*subSize))
		put16(ev, 8, uint16(errno))
		ev[10] = typ
		put64(ev, 16, nbytes)
		nev++
	}
	now := s.nanotime()
	for i := 0; i < int(nsubs); i++ {
		sub := subs[i*subSize : i*subSize+subSize]
		switch tag := sub[8]; tag {
		case EventtypeClock:
			id, timeout, flags := le32(sub, clk), le64(sub, clk+8), le16(sub, clk+24)
			var dl int64
			switch id {
			case ClockRealtime, ClockMonotonic, ClockProcessCputimeID, ClockThreadCputimeID:
			default:
				emit(i, tag, ErrnoInval, 0)
				continue
			}
			if timeout > math.MaxInt64 {
				timeout = math.MaxInt64
			}
			if flags&1 != 0 { // subscription_clock_abstime
				var cur int64
				if id == ClockRealtime {
					cur = s.walltime()
				} else {
					cur = now
				}
				dl = now + (int64(timeout) - cur)
			} else {
				dl = now + int64(timeout)
				if dl < now { // overflow
					dl = math.MaxInt64
				}
			}
			clocks = append(clocks, i)
			clockDl = append(clockDl, dl)
			if dl < deadline {
				deadline = dl
			}
		case EventtypeFdRead, EventtypeFdWrite:
			fd := le32(sub, 16)
			e, errno := s.get(fd)
			if errno == ErrnoSuccess && e.base&RightPollFdReadwrite == 0 {
				errno = ErrnoNotcapable
			}
			if errno == ErrnoSuccess && isDir(e) {
				errno = ErrnoBadf
			}
			if errno != ErrnoSuccess {
				emit(i, tag, errno, 0)
				continue
			}
			hfd := s.pollFD(e)
			if hfd < 0 {
				// Always ready; report the readable byte count for files.
				emit(i, tag, ErrnoSuccess, readable(e, tag))
				continue
			}
			ev := int16(unix.POLLIN)
			if tag == EventtypeFdWrite {
				ev = unix.POLLOUT
			}
			pfds = append(pfds, unix.PollFd{Fd: int32(hfd), Events: ev})
			waits = append(waits, pending{idx: i, pollIdx: len(pfds) - 1, typ: tag})
		default:
			return ErrnoInval, nil
		}
	}
	// With fds to poll and a cancellable ctx, the System's eventfd joins
	// the poll set; without an eventfd the wait is sliced to notice ctx.
	slice := false
	if len(pfds) > 0 && ctx.Done() != nil {
		if efd, err := s.waker.get(); err == nil {
			pfds = append(pfds, unix.PollFd{Fd: int32(efd), Events: unix.POLLIN})
			stop := context.AfterFunc(ctx, s.waker.wake)
			defer stop()
		} else {
			slice = true
		}
	}
	for {
		now = s.nanotime()
		timeoutMs := -1
		if nev > 0 {
			timeoutMs = 0
		} else if deadline != math.MaxInt64 {
			d := deadline - now
			if d < 0 {
				d = 0
			}
			timeoutMs = int((d + int64(time.Millisecond) - 1) / int64(time.Millisecond))
		}
		if slice && (timeoutMs < 0 || timeoutMs > 100) {
			timeoutMs = 100
		} else if timeoutMs > math.MaxInt32 {
			timeoutMs = math.MaxInt32 // ~24 days; the loop waits again
		}
		if len(pfds) > 0 {
			for i := range pfds {
				pfds[i].Revents = 0
			}
			n, err := unix.Poll(pfds, timeoutMs)
			if err != nil && err != unix.EINTR {
				return toErrno(err), nil
			}
			if len(pfds) > len(waits) && pfds[len(pfds)-1].Revents != 0 {
				// The eventfd: drain it, then let ctx decide (below).
				drain(int(pfds[len(pfds)-1].Fd))
				if err := ctx.Err(); err != nil {
					return ErrnoIntr, err
				}
			}
			if n > 0 {
				for _, w := range waits {
					re := pfds[w.pollIdx].Revents
					if re == 0 {
						continue
					}
					errno := ErrnoSuccess
					if re&unix.POLLNVAL != 0 {
						errno = ErrnoBadf
					}
					emit(w.idx, w.typ, errno, 0)
					if re&unix.POLLHUP != 0 {
						put16(evs[(nev-1)*32:], 24, 1) // event_rwflags hangup
					}
				}
			}
		} else if timeoutMs != 0 {
			var t *time.Timer
			var tc <-chan time.Time // nil (never) for an endless wait
			if timeoutMs > 0 {
				t = time.NewTimer(time.Duration(timeoutMs) * time.Millisecond)
				tc = t.C
			}
			select {
			case <-ctx.Done():
				if t != nil {
					t.Stop()
				}
				return ErrnoIntr, ctx.Err()
			case <-tc:
			}
		}
		now = s.nanotime()
		for k, i := range clocks {
			if clockDl[k] <= now {
				emit(i, EventtypeClock, ErrnoSuccess, 0)
			}
		}
		if nev > 0 {
			writeU32(mem, neventsPtr, uint32(nev))
			return ErrnoSuccess, nil
		}
		if err := ctx.Err(); err != nil {
			return ErrnoIntr, err
		}
		if len(pfds) == 0 && len(clocks) == 0 {
			return ErrnoInval, nil // unreachable: nsubs > 0 and all were handled
		}
	}
}

// pollFD returns the host fd to poll for e, or -1 when e is always ready.
func (s *System) pollFD(e *fdEntry) int {
	switch e.kind {
	case kindHostFile:
		if e.filetype == FiletypeRegularFile {
			return -1
		}
		return e.hostFD
	case kindReader, kindWriter:
		if e.osFile != nil && e.filetype != FiletypeRegularFile {
			return e.stdFD
		}
	case kindConn:
		return rawFD(e.conn)
	case kindListener:
		return rawFD(e.listener)
	}
	return -1
}

func readable(e *fdEntry, tag uint8) uint64 {
	if tag != EventtypeFdRead || e.kind != kindHostFile {
		return 0
	}
	var st unix.Stat_t
	if unix.Fstat(e.hostFD, &st) != nil {
		return 0
	}
	pos, err := unix.Seek(e.hostFD, 0, 1)
	if err != nil || pos > st.Size {
		return 0
	}
	return uint64(st.Size - pos)
}
