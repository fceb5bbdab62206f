//go:build linux

package wasi

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// call0 calls a wasi_unstable function of g's System.
func (g *tguest) call0(name string, args ...uint64) Errno {
	g.t.Helper()
	var f HostFunc
	ok := false
	for _, x := range FunctionsPreview0() {
		if x.Name == name {
			f, ok = x, true
		}
	}
	if !ok {
		g.t.Fatalf("no wasi_unstable function %s", name)
	}
	if len(args) != len(f.Params) {
		g.t.Fatalf("%s: %d args, want %d", name, len(args), len(f.Params))
	}
	stack := make([]uint64, len(args)+1)
	copy(stack, args)
	if err := f.Call(context.Background(), g.s, g.mem, stack); err != nil {
		g.t.Fatalf("%s returned error %v", name, err)
	}
	return Errno(stack[0])
}

// The preview 0 table: preview1's functions but sock_accept, with the
// same signatures.
func TestPreview0Table(t *testing.T) {
	p1 := map[string]HostFunc{}
	for _, f := range Functions() {
		p1[f.Name] = f
	}
	seen := map[string]bool{}
	for _, f := range FunctionsPreview0() {
		g, ok := p1[f.Name]
		if !ok || len(g.Params) != len(f.Params) || len(g.Results) != len(f.Results) {
			t.Errorf("%s: not as in preview1", f.Name)
		}
		seen[f.Name] = true
	}
	for name := range p1 {
		if !seen[name] && name != "sock_accept" {
			t.Errorf("%s missing from preview 0", name)
		}
	}
	if seen["sock_accept"] {
		t.Error("sock_accept is not a preview 0 function")
	}
}

// fd_filestat_get and path_filestat_get write preview 0's 56-byte
// filestat (nlink u32 at 20, size at 24, times from 32) and nothing past
// it.
func TestPreview0Filestat(t *testing.T) {
	g, dir := newDirGuest(t, true)
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("hello, world"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(filepath.Join(dir, "f"), filepath.Join(dir, "g")); err != nil {
		t.Fatal(err)
	}
	mtime := time.Unix(1_700_000_000, 5)
	if err := os.Chtimes(filepath.Join(dir, "f"), mtime, mtime); err != nil {
		t.Fatal(err)
	}
	check := func(what string, p uint32) {
		t.Helper()
		if ft := g.mem[p+16]; ft != FiletypeRegularFile {
			t.Errorf("%s: filetype %d", what, ft)
		}
		if n := g.u32(p + 20); n != 2 {
			t.Errorf("%s: nlink %d, want 2", what, n)
		}
		if sz := g.u64(p + 24); sz != 12 {
			t.Errorf("%s: size %d, want 12", what, sz)
		}
		if mt := g.u64(p + 40); mt != uint64(mtime.UnixNano()) {
			t.Errorf("%s: mtim %d, want %d", what, mt, mtime.UnixNano())
		}
		if ino := g.u64(p + 8); ino == 0 {
			t.Errorf("%s: ino 0", what)
		}
		if g.mem[p+56] != 0xAA || g.mem[p+63] != 0xAA {
			t.Errorf("%s: wrote past the 56-byte struct", what)
		}
	}
	fill := func(p uint32) {
		for i := range uint32(64) {
			g.mem[p+i] = 0xAA
		}
	}
	pp, pn := g.str("f")
	buf := g.alloc(64)
	fill(buf)
	expect(t, "path_filestat_get", g.call0("path_filestat_get", 3, 0, uint64(pp), uint64(pn), uint64(buf)), ErrnoSuccess)
	check("path_filestat_get", buf)

	fd := g.mustOpen(3, "f", 0, RightsFile)
	buf = g.alloc(64)
	fill(buf)
	expect(t, "fd_filestat_get", g.call0("fd_filestat_get", uint64(fd), uint64(buf)), ErrnoSuccess)
	check("fd_filestat_get", buf)

	// 56 bytes fit where 64 would not.
	end := uint64(len(g.mem) - 56)
	expect(t, "fd_filestat_get at the end of memory", g.call0("fd_filestat_get", uint64(fd), end), ErrnoSuccess)
	expect(t, "fd_filestat_get past the end", g.call0("fd_filestat_get", uint64(fd), end+1), ErrnoFault)
	// Preview1 is unchanged: nlink is a u64 at 24.
	st, e := g.fdFilestat(fd)
	if e != ErrnoSuccess || st.nlink != 2 || st.size != 12 {
		t.Errorf("preview1 fd_filestat_get: %+v %s", st, e.Name())
	}
}

// fd_seek's whence: CUR = 0, END = 1, SET = 2 in preview 0.
func TestPreview0Seek(t *testing.T) {
	g, dir := newDirGuest(t, true)
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("0123456789"), 0o644); err != nil {
		t.Fatal(err)
	}
	fd := g.mustOpen(3, "f", 0, RightsFile)
	out := g.alloc(8)
	seek := func(off int64, whence uint64) (uint64, Errno) {
		e := g.call0("fd_seek", uint64(fd), uint64(off), whence, uint64(out))
		return g.u64(out), e
	}
	for _, tc := range []struct {
		off    int64
		whence uint64
		want   uint64
	}{
		{3, 2, 3},  // SET
		{2, 0, 5},  // CUR
		{-1, 1, 9}, // END
		{0, 0, 9},  // CUR (tell)
		{1, 2, 1},  // SET
	} {
		pos, e := seek(tc.off, tc.whence)
		if e != ErrnoSuccess || pos != tc.want {
			t.Errorf("fd_seek(%d, whence %d): %d %s, want %d", tc.off, tc.whence, pos, e.Name(), tc.want)
		}
	}
	if _, e := seek(0, 3); e != ErrnoInval {
		t.Errorf("whence 3: %s, want INVAL", e.Name())
	}
	if b, e := g.read(fd, 3); e != ErrnoSuccess || string(b) != "123" {
		t.Errorf("read after seek: %q %s", b, e.Name())
	}
}

// poll_oneoff reads preview 0's 56-byte subscriptions (clock id, timeout
// and flags at 24, 32 and 48 within them) and writes the same events as
// preview1.
func TestPreview0PollClock(t *testing.T) {
	g := newGuest(t, Config{})
	subs := g.alloc(2 * 56)
	clear(g.mem[subs : subs+112])
	// 0: a 30 ms relative sleep on the monotonic clock, identifier 77;
	put64(g.mem, int(subs), 0x1111)
	g.mem[subs+8] = EventtypeClock
	put64(g.mem, int(subs)+16, 77)
	put32(g.mem, int(subs)+24, ClockMonotonic)
	put64(g.mem, int(subs)+32, uint64(30*time.Millisecond))
	// 1: a 10 s one, which must not fire.
	s1 := subs + 56
	put64(g.mem, int(s1), 0x2222)
	g.mem[s1+8] = EventtypeClock
	put32(g.mem, int(s1)+24, ClockMonotonic)
	put64(g.mem, int(s1)+32, uint64(10*time.Second))
	evs := g.alloc(2 * 32)
	nev := g.alloc(4)
	start := time.Now()
	expect(t, "poll_oneoff", g.call0("poll_oneoff", uint64(subs), uint64(evs), 2, uint64(nev)), ErrnoSuccess)
	d := time.Since(start)
	if n := g.u32(nev); n != 1 || g.u64(evs) != 0x1111 || g.mem[evs+10] != EventtypeClock || le16(g.mem, int(evs)+8) != 0 {
		t.Errorf("events: n %d, userdata %#x, type %d, errno %d", n, g.u64(evs), g.mem[evs+10], le16(g.mem, int(evs)+8))
	}
	if d < 25*time.Millisecond || d > 5*time.Second {
		t.Errorf("slept %v, want about 30ms", d)
	}
	// A bad clock id (read at preview 0's offset) is an event with INVAL.
	put32(g.mem, int(subs)+24, 99)
	expect(t, "poll_oneoff", g.call0("poll_oneoff", uint64(subs), uint64(evs), 1, uint64(nev)), ErrnoSuccess)
	if le16(g.mem, int(evs)+8) != uint16(ErrnoInval) {
		t.Errorf("bad clock: errno %d", le16(g.mem, int(evs)+8))
	}
	// The subscriptions must be readable whole: 56 bytes each.
	expect(t, "poll_oneoff short", g.call0("poll_oneoff", uint64(len(g.mem)-100), uint64(evs), 2, uint64(nev)), ErrnoFault)
}

// fd_fdstat_get leaves out the rights preview 0 does not have
// (sock_accept, which a preopened listener holds).
func TestPreview0Fdstat(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip(err)
	}
	g := newGuest(t, Config{Listeners: []Listener{l.(*net.TCPListener)}})
	p := g.alloc(24)
	expect(t, "fd_fdstat_get", g.call("fd_fdstat_get", 3, uint64(p)), ErrnoSuccess)
	if base := g.u64(p + 8); base&RightSockAccept == 0 {
		t.Fatalf("preview1: listener rights %#x lack sock_accept", base)
	}
	expect(t, "fd_fdstat_get", g.call0("fd_fdstat_get", 3, uint64(p)), ErrnoSuccess)
	if base := g.u64(p + 8); base&^rightsPreview0 != 0 || base&RightPollFdReadwrite == 0 {
		t.Errorf("preview 0: listener rights %#x", base)
	}
}
