//go:build linux

package wasi

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

type sub struct {
	userdata uint64
	tag      uint8
	clockID  uint32
	timeout  uint64
	flags    uint16
	fd       uint32
}

type event struct {
	userdata uint64
	errno    Errno
	typ      uint8
	nbytes   uint64
}

func (g *tguest) poll(subs []sub) ([]event, Errno) {
	in := g.alloc(uint32(48 * len(subs)))
	out := g.alloc(uint32(32 * len(subs)))
	n := g.alloc(4)
	for i, s := range subs {
		b := g.mem[in+uint32(48*i):]
		clear(b[:48])
		put64(b, 0, s.userdata)
		b[8] = s.tag
		if s.tag == EventtypeClock {
			put32(b, 16, s.clockID)
			put64(b, 24, s.timeout)
			put16(b, 40, s.flags)
		} else {
			put32(b, 16, s.fd)
		}
	}
	e := g.call("poll_oneoff", uint64(in), uint64(out), uint64(len(subs)), uint64(n))
	var evs []event
	for i := uint32(0); e == ErrnoSuccess && i < g.u32(n); i++ {
		b := g.mem[out+32*i:]
		evs = append(evs, event{le64(b, 0), Errno(le16(b, 8)), b[10], le64(b, 16)})
	}
	return evs, e
}

func TestPollClocks(t *testing.T) {
	g := newGuest(t, Config{})
	start := time.Now()
	evs, e := g.poll([]sub{{userdata: 7, tag: EventtypeClock, clockID: ClockMonotonic, timeout: 20e6}})
	if e != ErrnoSuccess || len(evs) != 1 || evs[0].userdata != 7 || evs[0].typ != EventtypeClock || evs[0].errno != 0 {
		t.Fatalf("clock poll %v %s", evs, e.Name())
	}
	if d := time.Since(start); d < 20*time.Millisecond {
		t.Errorf("returned after %v", d)
	}
	// Absolute realtime deadline in the past fires at once.
	start = time.Now()
	evs, _ = g.poll([]sub{{userdata: 1, tag: EventtypeClock, clockID: ClockRealtime, timeout: 1, flags: 1}})
	if len(evs) != 1 || time.Since(start) > 50*time.Millisecond {
		t.Errorf("past abstime: %v after %v", evs, time.Since(start))
	}
	// Absolute monotonic deadline 30ms ahead.
	p := g.alloc(8)
	g.call("clock_time_get", uint64(ClockMonotonic), 0, uint64(p))
	start = time.Now()
	g.poll([]sub{{tag: EventtypeClock, clockID: ClockMonotonic, timeout: g.u64(p) + 30e6, flags: 1}})
	if d := time.Since(start); d < 25*time.Millisecond {
		t.Errorf("abstime monotonic returned after %v", d)
	}
	evs, _ = g.poll([]sub{{userdata: 3, tag: EventtypeClock, clockID: 9}})
	if len(evs) != 1 || evs[0].errno != ErrnoInval {
		t.Errorf("bad clock id: %v", evs)
	}
	_, e = g.poll(nil)
	expect(t, "no subscriptions", e, ErrnoInval)
	_, e = g.poll([]sub{{tag: 9}})
	expect(t, "bad tag", e, ErrnoInval)
}

func TestPollFds(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	g, _ := newDirGuest(t, true)
	g.s.fds[0] = stdioEntry(kindReader, pr, nil)
	// poll_oneoff_stdio: stdout/stderr writable, stdin not yet readable.
	evs, e := g.poll([]sub{
		{userdata: 1, tag: EventtypeFdWrite, fd: 1},
		{userdata: 2, tag: EventtypeFdWrite, fd: 2},
		{userdata: 0, tag: EventtypeFdRead, fd: 0},
		{userdata: 9, tag: EventtypeClock, clockID: ClockMonotonic, timeout: 5e9},
	})
	if e != ErrnoSuccess || len(evs) != 2 || evs[0].typ != EventtypeFdWrite || evs[1].typ != EventtypeFdWrite {
		t.Fatalf("stdio write readiness: %v %s", evs, e.Name())
	}
	// Empty pipe on stdin: the clock fires first.
	evs, _ = g.poll([]sub{
		{userdata: 0, tag: EventtypeFdRead, fd: 0},
		{userdata: 9, tag: EventtypeClock, clockID: ClockMonotonic, timeout: 30e6},
	})
	if len(evs) != 1 || evs[0].userdata != 9 {
		t.Errorf("empty stdin: %v", evs)
	}
	go func() { time.Sleep(20 * time.Millisecond); pw.Write([]byte("x")) }()
	evs, _ = g.poll([]sub{
		{userdata: 0, tag: EventtypeFdRead, fd: 0},
		{userdata: 9, tag: EventtypeClock, clockID: ClockMonotonic, timeout: 5e9},
	})
	if len(evs) != 1 || evs[0].userdata != 0 || evs[0].typ != EventtypeFdRead {
		t.Errorf("stdin readable: %v", evs)
	}
	// Regular file: ready, with bytes available; bad fd: an EBADF event.
	f := g.mustOpen(3, "f", uint32(OflagCreat), RightFdRead|RightFdWrite|RightPollFdReadwrite)
	g.write(f, []byte("12345"))
	p := g.alloc(8)
	g.call("fd_seek", uint64(f), 1, 0, uint64(p))
	evs, _ = g.poll([]sub{{userdata: 5, tag: EventtypeFdRead, fd: f}, {userdata: 6, tag: EventtypeFdRead, fd: 77}})
	if len(evs) != 2 || evs[0].errno != 0 || evs[1].errno != ErrnoBadf {
		t.Errorf("file/bad fd: %v", evs)
	}
	// Cancellation ends an indefinite wait with ctx's error.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	in := g.alloc(48)
	clear(g.mem[in : in+48])
	g.mem[in+8] = EventtypeClock
	put32(g.mem, int(in)+16, ClockMonotonic)
	put64(g.mem, int(in)+24, 1<<62)
	if _, err := g.s.PollOneoff(ctx, g.mem, in, g.alloc(32), 1, g.alloc(4)); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("cancel: %v", err)
	}
}

func TestSockets(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback:", err)
	}
	g := newGuest(t, Config{Listeners: []Listener{l.(*net.TCPListener)}})
	ft, _, base, _, _ := g.fdstat(3)
	if ft != FiletypeSocketStream || base&RightSockAccept == 0 {
		t.Errorf("listener fdstat %d %x", ft, base)
	}
	p := g.alloc(8)
	expect(t, "listener is no preopen dir", g.call("fd_prestat_get", 3, uint64(p)), ErrnoBadf)
	// Non-blocking accept with nobody connecting.
	expect(t, "set nonblock", g.call("fd_fdstat_set_flags", 3, uint64(FdflagNonblock)), ErrnoSuccess)
	expect(t, "accept nonblock", g.call("sock_accept", 3, 0, uint64(p)), ErrnoAgain)
	g.call("fd_fdstat_set_flags", 3, 0)

	done := make(chan []byte)
	go func() {
		c, err := net.Dial("tcp", l.Addr().String())
		if err != nil {
			done <- nil
			return
		}
		c.Write([]byte("ping"))
		b, _ := io.ReadAll(c)
		c.Close()
		done <- b
	}()
	// Readiness of the listener via poll_oneoff.
	evs, _ := g.poll([]sub{{userdata: 1, tag: EventtypeFdRead, fd: 3}, {userdata: 2, tag: EventtypeClock, clockID: 1, timeout: 5e9}})
	if len(evs) != 1 || evs[0].userdata != 1 {
		t.Errorf("listener poll %v", evs)
	}
	expect(t, "accept bad flags", g.call("sock_accept", 3, 1, uint64(p)), ErrnoInval)
	expect(t, "accept", g.call("sock_accept", 3, 0, uint64(p)), ErrnoSuccess)
	c := g.u32(p)
	// sock_recv with PEEK then normal.
	buf := g.alloc(16)
	iov := g.alloc(8)
	put32(g.mem, int(iov), buf)
	put32(g.mem, int(iov)+4, 4)
	n, fl := g.alloc(4), g.alloc(4)
	expect(t, "recv waitall peek", g.call("sock_recv", uint64(c), uint64(iov), 1, uint64(RiflagRecvPeek|RiflagRecvWaitall), uint64(n), uint64(fl)), ErrnoSuccess)
	expect(t, "recv", g.call("sock_recv", uint64(c), uint64(iov), 1, uint64(RiflagRecvWaitall), uint64(n), uint64(fl)), ErrnoSuccess)
	if g.u32(n) != 4 || string(g.mem[buf:buf+4]) != "ping" {
		t.Errorf("recv %d %q", g.u32(n), g.mem[buf:buf+4])
	}
	expect(t, "recv bad flags", g.call("sock_recv", uint64(c), uint64(iov), 1, 8, uint64(n), uint64(fl)), ErrnoInval)
	// Nonblocking recv with no data.
	g.call("fd_fdstat_set_flags", uint64(c), uint64(FdflagNonblock))
	expect(t, "recv nonblock", g.call("sock_recv", uint64(c), uint64(iov), 1, 0, uint64(n), uint64(fl)), ErrnoAgain)
	g.call("fd_fdstat_set_flags", uint64(c), 0)
	d, dn := g.str("pong")
	put32(g.mem, int(iov), d)
	put32(g.mem, int(iov)+4, dn)
	expect(t, "send", g.call("sock_send", uint64(c), uint64(iov), 1, 0, uint64(n)), ErrnoSuccess)
	if _, e := g.write(c, []byte("!")); e != ErrnoSuccess {
		t.Errorf("fd_write on socket: %s", e.Name())
	}
	expect(t, "send flags", g.call("sock_send", uint64(c), uint64(iov), 1, 1, uint64(n)), ErrnoInval)
	expect(t, "shutdown bad how", g.call("sock_shutdown", uint64(c), 0), ErrnoInval)
	expect(t, "shutdown wr", g.call("sock_shutdown", uint64(c), uint64(SdflagWr)), ErrnoSuccess)
	if got := <-done; string(got) != "pong!" {
		t.Errorf("peer got %q", got)
	}
	expect(t, "shutdown listener", g.call("sock_shutdown", 3, 3), ErrnoNotconn)
	expect(t, "recv on listener", g.call("sock_recv", 3, uint64(iov), 1, 0, uint64(n), uint64(fl)), ErrnoNotsock)
	expect(t, "accept on stdout", g.call("sock_accept", 1, 0, uint64(p)), ErrnoNotsock)
	expect(t, "close conn", g.call("fd_close", uint64(c)), ErrnoSuccess)
}

// A Listener may be an *os.File of a listening socket (what kiln run
// --listen makes); it must be non-blocking, since sock_accept accepts on
// its fd and waits in poll or Go's netpoller.
func TestListenerFile(t *testing.T) {
	listen := func(flags int) *os.File {
		fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC|flags, 0)
		if err != nil {
			t.Skip(err)
		}
		if err := unix.Bind(fd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}); err != nil {
			unix.Close(fd)
			t.Skip("no loopback:", err)
		}
		if err := unix.Listen(fd, 8); err != nil {
			t.Fatal(err)
		}
		return os.NewFile(uintptr(fd), "listener")
	}
	blocking := listen(0)
	defer blocking.Close()
	if _, err := New(Config{Listeners: []Listener{blocking}}); err == nil {
		t.Error("New accepted a blocking listener")
	}
	if _, err := New(Config{Listeners: []Listener{nil}}); err == nil {
		t.Error("New accepted a nil listener")
	}

	l := listen(unix.SOCK_NONBLOCK)
	sa, err := unix.Getsockname(int(l.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	port := sa.(*unix.SockaddrInet4).Port
	g := newGuest(t, Config{Listeners: []Listener{l}})
	p := g.alloc(4)
	g.call("fd_fdstat_set_flags", 3, uint64(FdflagNonblock))
	expect(t, "accept nonblock", g.call("sock_accept", 3, 0, uint64(p)), ErrnoAgain)
	g.call("fd_fdstat_set_flags", 3, 0)
	go func() {
		c, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
		if err == nil {
			c.Write([]byte("hi"))
			c.Close()
		}
	}()
	expect(t, "accept", g.call("sock_accept", 3, 0, uint64(p)), ErrnoSuccess)
	c := g.u32(p)
	buf, iov, n, fl := g.alloc(8), g.alloc(8), g.alloc(4), g.alloc(4)
	put32(g.mem, int(iov), buf)
	put32(g.mem, int(iov)+4, 2)
	expect(t, "recv", g.call("sock_recv", uint64(c), uint64(iov), 1, uint64(RiflagRecvWaitall), uint64(n), uint64(fl)), ErrnoSuccess)
	if g.u32(n) != 2 || string(g.mem[buf:buf+2]) != "hi" {
		t.Errorf("recv %d %q", g.u32(n), g.mem[buf:buf+2])
	}
	expect(t, "shutdown", g.call("sock_shutdown", uint64(c), uint64(SdflagWr)), ErrnoSuccess)
	expect(t, "close", g.call("fd_close", uint64(c)), ErrnoSuccess)
}
