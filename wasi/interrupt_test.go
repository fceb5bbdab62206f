//go:build linux

package wasi

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// Blocking reads end when the call's context is done; see stream_linux.go.

// cancelAfter is how long the tests let a call block before cancelling,
// and maxLatency how long the call may take to return after that (loose:
// the race detector and a loaded 2-core machine; the mechanism itself
// wakes in microseconds).
const (
	cancelAfter = 100 * time.Millisecond
	maxLatency  = 400 * time.Millisecond
)

// readCtx calls fd_read for up to n bytes with ctx.
func (g *tguest) readCtx(ctx context.Context, fd, n uint32) ([]byte, Errno, error) {
	g.t.Helper()
	buf := g.alloc(n)
	iov := g.alloc(8)
	put32(g.mem, int(iov), buf)
	put32(g.mem, int(iov)+4, n)
	out := g.alloc(4)
	f, _ := Function("fd_read")
	stack := []uint64{uint64(fd), uint64(iov), 1, uint64(out)}
	err := f.Call(ctx, g.s, g.mem, stack)
	e := Errno(stack[0])
	if e != ErrnoSuccess || err != nil {
		return nil, e, err
	}
	return append([]byte(nil), g.mem[buf:buf+g.u32(out)]...), e, nil
}

// expectInterrupted runs call with a context whose deadline passes after
// cancelAfter and checks that call blocked until then and returned promptly
// with errno INTR and the deadline error.
func expectInterrupted(t *testing.T, what string, call func(ctx context.Context) (Errno, error)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), cancelAfter)
	defer cancel()
	start := time.Now()
	e, err := call(ctx)
	d := time.Since(start)
	if e != ErrnoIntr || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("%s: got errno %s, error %v; want INTR and the deadline", what, e.Name(), err)
	}
	if d < cancelAfter*3/4 || d > cancelAfter+maxLatency { // (timers under qemu fire a little early)
		t.Errorf("%s: returned after %v, want about %v", what, d, cancelAfter)
	} else {
		t.Logf("%s: returned %v after the deadline", what, d-cancelAfter)
	}
}

// stdinKinds builds stdin of each kind that can block. feed writes to the
// other end; hangup closes it.
type stdinKind struct {
	name  string
	open  func(t *testing.T) (stdin *os.File, feed func(string), hangup func())
	isTTY bool
}

func fileFeed(w *os.File) (func(string), func()) {
	return func(s string) { w.Write([]byte(s)) }, func() { w.Close() }
}

var stdinKinds = []stdinKind{
	{name: "pipe", open: func(t *testing.T) (*os.File, func(string), func()) {
		r, w := blockingPipe(t) // as an inherited stdin: blocking, from os.NewFile
		feed, hangup := fileFeed(w)
		return r, feed, hangup
	}},
	{name: "os.Pipe", open: func(t *testing.T) (*os.File, func(string), func()) {
		r, w, err := os.Pipe() // O_NONBLOCK, in Go's poller
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close(); w.Close() })
		feed, hangup := fileFeed(w)
		return r, feed, hangup
	}},
	{name: "unix-socket", open: func(t *testing.T) (*os.File, func(string), func()) {
		p, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		r, w := os.NewFile(uintptr(p[0]), "sock-r"), os.NewFile(uintptr(p[1]), "sock-w")
		t.Cleanup(func() { r.Close(); w.Close() })
		feed, hangup := fileFeed(w)
		return r, feed, hangup
	}},
	{name: "tty", isTTY: true, open: func(t *testing.T) (*os.File, func(string), func()) {
		master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
		if err != nil {
			t.Skip("no pty:", err)
		}
		t.Cleanup(func() { master.Close() })
		mfd := int(master.Fd())
		if err := unix.IoctlSetPointerInt(mfd, unix.TIOCSPTLCK, 0); err != nil {
			t.Skip("unlockpt:", err)
		}
		n, err := unix.IoctlGetInt(mfd, unix.TIOCGPTN)
		if err != nil {
			t.Skip("ptsname:", err)
		}
		slave, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
		if err != nil {
			t.Skip("open pts:", err)
		}
		t.Cleanup(func() { slave.Close() })
		return slave, func(s string) { master.Write([]byte(s)) }, func() { master.Write([]byte{4}) } // ^D
	}},
}

func TestStdinReadInterrupted(t *testing.T) {
	for _, k := range stdinKinds {
		t.Run(k.name, func(t *testing.T) {
			stdin, feed, hangup := k.open(t)
			fd := int(stdinFD(t, stdin))
			flags, _ := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
			g := newGuest(t, Config{Stdin: stdin})

			// Nothing to read: the deadline ends the wait.
			expectInterrupted(t, "fd_read", func(ctx context.Context) (Errno, error) {
				_, e, err := g.readCtx(ctx, 0, 64)
				return e, err
			})
			// A second one, after a stale wake-up left nothing behind.
			expectInterrupted(t, "fd_read again", func(ctx context.Context) (Errno, error) {
				_, e, err := g.readCtx(ctx, 0, 64)
				return e, err
			})
			// Data sent after the cancelled reads is not lost, and data
			// arriving during a wait ends it.
			feed("hello\n")
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if b, e, err := g.readCtx(ctx, 0, 64); string(b) != "hello\n" || e != 0 || err != nil {
				t.Errorf("read after cancel: %q %s %v", b, e.Name(), err)
			}
			go func() { time.Sleep(30 * time.Millisecond); feed("late\n") }()
			if b, e, err := g.readCtx(ctx, 0, 64); string(b) != "late\n" || e != 0 || err != nil {
				t.Errorf("read during wait: %q %s %v", b, e.Name(), err)
			}
			// Without a Done channel the read still waits for data.
			go func() { time.Sleep(30 * time.Millisecond); feed("bg\n") }()
			if b, e, err := g.readCtx(context.Background(), 0, 64); string(b) != "bg\n" || e != 0 || err != nil {
				t.Errorf("read with context.Background: %q %s %v", b, e.Name(), err)
			}
			// The guest's non-blocking mode answers AGAIN, and is never
			// set on the host fd (shared with the parent).
			expect(t, "set nonblock", g.call("fd_fdstat_set_flags", 0, uint64(FdflagNonblock)), ErrnoSuccess)
			if _, e, err := g.readCtx(ctx, 0, 64); e != ErrnoAgain || err != nil {
				t.Errorf("nonblocking read: %s %v", e.Name(), err)
			}
			if _, e, _ := g.readCtx(context.Background(), 0, 64); e != ErrnoAgain {
				t.Errorf("nonblocking read, context.Background: %s", e.Name())
			}
			feed("nb\n")
			if !k.isTTY { // a tty may need a moment to move the line over
				if b, e, _ := g.readCtx(ctx, 0, 64); string(b) != "nb\n" {
					t.Errorf("nonblocking read with data: %q %s", b, e.Name())
				}
			} else {
				time.Sleep(20 * time.Millisecond)
				g.readCtx(ctx, 0, 64)
			}
			g.call("fd_fdstat_set_flags", 0, 0)
			if now, _ := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0); now != flags {
				t.Errorf("host fd flags changed: %#x -> %#x", flags, now)
			}
			// poll_oneoff on stdin ends at the deadline too.
			expectInterrupted(t, "poll_oneoff", func(ctx context.Context) (Errno, error) {
				return pollCtx(g, ctx, []sub{{userdata: 1, tag: EventtypeFdRead, fd: 0}})
			})
			t.Logf("preadv2(RWF_NOWAIT) unsupported, polls before each read: %v", g.s.fds[0].noNowait)
			// The other end closing is end of file.
			hangup()
			if b, e, err := g.readCtx(ctx, 0, 64); len(b) != 0 || e != 0 || err != nil {
				t.Errorf("read at EOF: %q %s %v", b, e.Name(), err)
			}
		})
	}
}

// stdinFD returns f's fd without switching it to blocking mode.
func stdinFD(t *testing.T, f *os.File) int {
	fd := rawFD(f)
	if fd < 0 {
		t.Fatal("no fd")
	}
	return fd
}

// pollCtx calls poll_oneoff with ctx.
func pollCtx(g *tguest, ctx context.Context, subs []sub) (Errno, error) {
	in := g.alloc(uint32(48 * len(subs)))
	for i, s := range subs {
		b := g.mem[in+uint32(48*i):]
		clear(b[:48])
		put64(b, 0, s.userdata)
		b[8] = s.tag
		put32(b, 16, s.fd)
	}
	return g.s.PollOneoff(ctx, g.mem, in, g.alloc(uint32(32*len(subs))), uint32(len(subs)), g.alloc(4))
}

// A FIFO the guest opens itself (a host fd of its own) blocks like stdin.
func TestFIFOReadInterrupted(t *testing.T) {
	g, dir := newDirGuest(t, false)
	p := filepath.Join(dir, "fifo")
	if err := mkfifo(p); err != nil {
		t.Skip("mkfifo:", err)
	}
	// A writer that never writes keeps the read from seeing EOF.
	w, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	fd := g.mustOpen(3, "fifo", 0, RightFdRead|RightPollFdReadwrite)
	expectInterrupted(t, "fd_read fifo", func(ctx context.Context) (Errno, error) {
		_, e, err := g.readCtx(ctx, fd, 16)
		return e, err
	})
	w.Write([]byte("x"))
	if b, e, err := g.readCtx(context.Background(), fd, 16); string(b) != "x" || e != 0 || err != nil {
		t.Errorf("fifo read: %q %s %v", b, e.Name(), err)
	}
}

// poll_oneoff on an fd with a clock far away ends at the deadline (it used
// to wait in 100 ms slices).
func TestPollOneoffInterrupted(t *testing.T) {
	r, _ := blockingPipe(t)
	g := newGuest(t, Config{Stdin: r})
	expectInterrupted(t, "poll_oneoff fd+clock", func(ctx context.Context) (Errno, error) {
		in := g.alloc(96)
		clear(g.mem[in : in+96])
		g.mem[in+8] = EventtypeFdRead
		g.mem[in+48+8] = EventtypeClock
		put32(g.mem, int(in)+48+16, ClockMonotonic)
		put64(g.mem, int(in)+48+24, 1<<62)
		return g.s.PollOneoff(ctx, g.mem, in, g.alloc(64), 2, g.alloc(4))
	})
	// A clock that never fires, alone, with context.Background would wait
	// forever; with a cancel it ends.
	expectInterrupted(t, "poll_oneoff clock", func(ctx context.Context) (Errno, error) {
		in := g.alloc(48)
		clear(g.mem[in : in+48])
		g.mem[in+8] = EventtypeClock
		put32(g.mem, int(in)+16, ClockMonotonic)
		put64(g.mem, int(in)+24, 1<<63)
		return g.s.PollOneoff(ctx, g.mem, in, g.alloc(32), 1, g.alloc(4))
	})
}

func TestSocketWaitsInterrupted(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback:", err)
	}
	g := newGuest(t, Config{Listeners: []Listener{l.(*net.TCPListener)}})
	p := g.alloc(4)
	expectInterrupted(t, "sock_accept", func(ctx context.Context) (Errno, error) {
		f, _ := Function("sock_accept")
		st := []uint64{3, 0, uint64(p)}
		err := f.Call(ctx, g.s, g.mem, st)
		return Errno(st[0]), err
	})
	peer, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	expect(t, "accept", g.call("sock_accept", 3, 0, uint64(p)), ErrnoSuccess)
	c := g.u32(p)
	expectInterrupted(t, "fd_read socket", func(ctx context.Context) (Errno, error) {
		_, e, err := g.readCtx(ctx, c, 16)
		return e, err
	})
	expectInterrupted(t, "sock_recv", func(ctx context.Context) (Errno, error) {
		buf, iov, n, fl := g.alloc(16), g.alloc(8), g.alloc(4), g.alloc(4)
		put32(g.mem, int(iov), buf)
		put32(g.mem, int(iov)+4, 16)
		f, _ := Function("sock_recv")
		st := []uint64{uint64(c), uint64(iov), 1, 0, uint64(n), uint64(fl)}
		err := f.Call(ctx, g.s, g.mem, st)
		return Errno(st[0]), err
	})
	// Fill the socket buffers: sock_send then waits for room.
	g.call("fd_fdstat_set_flags", uint64(c), uint64(FdflagNonblock))
	big := g.alloc(1 << 16)
	iov, n := g.alloc(8), g.alloc(4)
	put32(g.mem, int(iov), big)
	put32(g.mem, int(iov)+4, 1<<16)
	for i := 0; i < 1000 && g.call("sock_send", uint64(c), uint64(iov), 1, 0, uint64(n)) == ErrnoSuccess; i++ {
	}
	g.call("fd_fdstat_set_flags", uint64(c), 0)
	expectInterrupted(t, "sock_send", func(ctx context.Context) (Errno, error) {
		f, _ := Function("sock_send")
		st := []uint64{uint64(c), uint64(iov), 1, 0, uint64(n)}
		err := f.Call(ctx, g.s, g.mem, st)
		return Errno(st[0]), err
	})
	// The connection still works: the peer's bytes arrive.
	peer.Write([]byte("ping"))
	if b, e, err := g.readCtx(context.Background(), c, 16); string(b) != "ping" || e != 0 || err != nil {
		t.Errorf("read after cancel: %q %s %v", b, e.Name(), err)
	}
}

// openFDs counts this process's open file descriptors.
func openFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd:", err)
	}
	return len(ents)
}

// Each System's eventfd is created once, on the first interruptible wait,
// and closed by Close; a late wake-up after Close writes nowhere.
func TestWakerFDsClosed(t *testing.T) {
	r, _ := blockingPipe(t)
	before := openFDs(t)
	for i := 0; i < 20; i++ {
		s, err := New(Config{Stdin: r})
		if err != nil {
			t.Fatal(err)
		}
		g := &tguest{t: t, s: s, mem: make([]byte, 1<<16), brk: 1024}
		for j := 0; j < 3; j++ {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(time.Millisecond, cancel)
			if _, e, err := g.readCtx(ctx, 0, 8); e != ErrnoIntr || err == nil {
				t.Fatalf("read: %s %v", e.Name(), err)
			}
		}
		if s.waker.fd < 0 {
			t.Fatal("no eventfd was used")
		}
		if got := openFDs(t); got != before+1 {
			t.Errorf("open fds during use: %d, want %d", got, before+1)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		s.waker.ring() // a late AfterFunc callback
		if _, err := s.waker.get(); err == nil {
			t.Error("eventfd re-created after Close")
		}
	}
	if got := openFDs(t); got != before {
		t.Errorf("open fds: %d before, %d after", before, got)
	}
}

// A regular file on stdin never polls (and never needs to).
func TestStdinRegularFileNoWait(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in")
	os.WriteFile(p, []byte("data"), 0o644)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g := newGuest(t, Config{Stdin: f})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if b, e, err := g.readCtx(ctx, 0, 16); string(b) != "data" || e != 0 || err != nil {
		t.Errorf("read: %q %s %v", b, e.Name(), err)
	}
	if g.s.waker.fd >= 0 {
		t.Error("a regular file read created the eventfd")
	}
}
