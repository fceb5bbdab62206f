//go:build linux

package wasi

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	want := strings.Fields(`args_get args_sizes_get environ_get environ_sizes_get clock_res_get
	clock_time_get fd_advise fd_allocate fd_close fd_datasync fd_fdstat_get fd_fdstat_set_flags
	fd_fdstat_set_rights fd_filestat_get fd_filestat_set_size fd_filestat_set_times fd_pread
	fd_prestat_get fd_prestat_dir_name fd_pwrite fd_read fd_readdir fd_renumber fd_seek fd_sync
	fd_tell fd_write path_create_directory path_filestat_get path_filestat_set_times path_link
	path_open path_readlink path_remove_directory path_rename path_symlink path_unlink_file
	poll_oneoff proc_exit proc_raise sched_yield random_get sock_accept sock_recv sock_send
	sock_shutdown`)
	if len(Functions()) != len(want) || len(want) != 46 {
		t.Fatalf("%d functions, want %d", len(Functions()), len(want))
	}
	for _, n := range want {
		f, ok := Function(n)
		if !ok {
			t.Errorf("missing %s", n)
			continue
		}
		if n == "proc_exit" {
			if len(f.Results) != 0 {
				t.Errorf("proc_exit has results")
			}
		} else if len(f.Results) != 1 || f.Results[0] != I32 {
			t.Errorf("%s: results %v", n, f.Results)
		}
	}
	// Spot-check i64 positions against the witx signatures.
	sigs := map[string]string{
		"clock_time_get": "i32 i64 i32", "fd_seek": "i32 i64 i32 i32", "fd_pread": "i32 i32 i32 i64 i32",
		"path_open": "i32 i32 i32 i32 i32 i64 i64 i32 i32", "fd_readdir": "i32 i32 i32 i64 i32",
		"path_filestat_set_times": "i32 i32 i32 i32 i64 i64 i32", "fd_advise": "i32 i64 i64 i32",
		"sched_yield": "",
	}
	for n, s := range sigs {
		f, _ := Function(n)
		var got []string
		for _, p := range f.Params {
			got = append(got, map[ValueType]string{I32: "i32", I64: "i64"}[p])
		}
		if strings.Join(got, " ") != s {
			t.Errorf("%s params %v, want %s", n, got, s)
		}
	}
}

func TestArgsEnv(t *testing.T) {
	g := newGuest(t, Config{Args: []string{"prog", "a b", ""}, Env: []string{"A=1", "EMPTY="}})
	cnt, size := g.alloc(4), g.alloc(4)
	expect(t, "args_sizes_get", g.call("args_sizes_get", uint64(cnt), uint64(size)), ErrnoSuccess)
	if g.u32(cnt) != 3 || g.u32(size) != uint32(len("prog a b  ")+0) {
		t.Errorf("args sizes %d %d", g.u32(cnt), g.u32(size))
	}
	argv, buf := g.alloc(12), g.alloc(g.u32(size))
	expect(t, "args_get", g.call("args_get", uint64(argv), uint64(buf)), ErrnoSuccess)
	var got []string
	for i := uint32(0); i < 3; i++ {
		p := g.u32(argv + 4*i)
		end := bytes.IndexByte(g.mem[p:], 0)
		got = append(got, string(g.mem[p:p+uint32(end)]))
	}
	if strings.Join(got, "|") != "prog|a b|" {
		t.Errorf("args %q", got)
	}
	expect(t, "environ_sizes_get", g.call("environ_sizes_get", uint64(cnt), uint64(size)), ErrnoSuccess)
	if g.u32(cnt) != 2 || g.u32(size) != 11 {
		t.Errorf("env sizes %d %d", g.u32(cnt), g.u32(size))
	}
	env, ebuf := g.alloc(8), g.alloc(11)
	expect(t, "environ_get", g.call("environ_get", uint64(env), uint64(ebuf)), ErrnoSuccess)
	if string(g.mem[ebuf:ebuf+11]) != "A=1\x00EMPTY=\x00" {
		t.Errorf("env buf %q", g.mem[ebuf:ebuf+11])
	}
	// Bad pointers.
	expect(t, "args_get bad argv", g.call("args_get", memSize-4, uint64(buf)), ErrnoFault)
	expect(t, "args_get bad buf", g.call("args_get", uint64(argv), memSize-2), ErrnoFault)
	expect(t, "environ_sizes_get bad", g.call("environ_sizes_get", 0xFFFFFFFF, uint64(size)), ErrnoFault)

	// Nothing by default: no args, no environment.
	z := newGuest(t, Config{})
	expect(t, "zero env", z.call("environ_sizes_get", uint64(cnt), uint64(size)), ErrnoSuccess)
	if z.u32(cnt) != 0 || z.u32(size) != 0 {
		t.Errorf("default env not empty")
	}
	if _, err := New(Config{Env: []string{"NOEQUALS"}}); err == nil {
		t.Errorf("env without = accepted")
	}
	if _, err := New(Config{Args: []string{"a\x00b"}}); err == nil {
		t.Errorf("arg with NUL accepted")
	}
}

func TestParseSpecs(t *testing.T) {
	d, err := ParseDirSpec("/host/dir::/guest", false)
	if err != nil || d.HostPath != "/host/dir" || d.GuestPath != "/guest" || d.Writable {
		t.Errorf("ParseDirSpec: %+v %v", d, err)
	}
	d, err = ParseDirSpec("data", true)
	if err != nil || d.HostPath != "data" || d.GuestPath != "data" || !d.Writable {
		t.Errorf("ParseDirSpec HOST: %+v %v", d, err)
	}
	for _, bad := range []string{"", "::g", "h::", ":ro", ":rw", "::g:rw", "h:::ro", "a\x00b"} {
		if _, err := ParseDirSpec(bad, false); err == nil {
			t.Errorf("ParseDirSpec(%q) accepted", bad)
		}
	}
	// Access modes, and colons in paths.
	for _, tc := range []struct {
		spec, host, guest string
		allowWrites       bool
		writable          bool
	}{
		{"/d:rw", "/d", "/d", false, true},
		{"/d:ro", "/d", "/d", true, false},
		{"/d::/g:rw", "/d", "/g", false, true},
		{"/d::/g:ro", "/d", "/g", true, false},
		{"/d::/g", "/d", "/g", true, true},
		{"/mnt/a:b", "/mnt/a:b", "/mnt/a:b", false, false},
		{"/mnt/a:b::/c:d:rw", "/mnt/a:b", "/c:d", false, true},
		{"/h::/g::x", "/h", "/g::x", false, false},
		{"/x:ro:rw", "/x:ro", "/x:ro", false, true},
		{"/x:ro/", "/x:ro/", "/x:ro/", true, true},
		{"/x:RW", "/x:RW", "/x:RW", false, false},
	} {
		d, err := ParseDirSpec(tc.spec, tc.allowWrites)
		if err != nil || d.HostPath != tc.host || d.GuestPath != tc.guest || d.Writable != tc.writable {
			t.Errorf("ParseDirSpec(%q, %v) = %+v, %v; want %s, %s, writable %v", tc.spec, tc.allowWrites, d, err, tc.host, tc.guest, tc.writable)
		}
	}
	lookup := func(n string) (string, bool) {
		if n == "HOME" {
			return "/root", true
		}
		return "", false
	}
	for in, want := range map[string]string{"A=1": "A=1", "A=": "A=", "A=b=c": "A=b=c", "HOME": "HOME=/root"} {
		got, err := ParseEnvSpec(in, lookup)
		if err != nil || got != want {
			t.Errorf("ParseEnvSpec(%q) = %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", "=x", "MISSING"} {
		if _, err := ParseEnvSpec(bad, lookup); err == nil {
			t.Errorf("ParseEnvSpec(%q) accepted", bad)
		}
	}
}

func TestClocksRandom(t *testing.T) {
	wall := int64(1_700_000_000_000_000_000)
	mono := int64(42)
	g := newGuest(t, Config{
		Walltime: func() int64 { return wall },
		Nanotime: func() int64 { mono += 10; return mono },
		Rand:     bytes.NewReader(bytes.Repeat([]byte{7}, 64)),
	})
	p := g.alloc(8)
	expect(t, "realtime", g.call("clock_time_get", 0, 1, uint64(p)), ErrnoSuccess)
	if g.u64(p) != uint64(wall) {
		t.Errorf("realtime %d", g.u64(p))
	}
	expect(t, "monotonic", g.call("clock_time_get", 1, 1, uint64(p)), ErrnoSuccess)
	a := g.u64(p)
	g.call("clock_time_get", 1, 1, uint64(p))
	if g.u64(p) <= a {
		t.Errorf("monotonic not increasing")
	}
	for id := uint64(2); id <= 3; id++ {
		expect(t, "cpu clock", g.call("clock_time_get", id, 1, uint64(p)), ErrnoSuccess)
		expect(t, "clock_res_get", g.call("clock_res_get", id, uint64(p)), ErrnoSuccess)
		if g.u64(p) == 0 {
			t.Errorf("resolution 0 for clock %d", id)
		}
	}
	expect(t, "bad clock", g.call("clock_time_get", 4, 1, uint64(p)), ErrnoInval)
	expect(t, "bad res clock", g.call("clock_res_get", 99, uint64(p)), ErrnoInval)
	expect(t, "bad ptr", g.call("clock_time_get", 0, 1, memSize-7), ErrnoFault)
	expect(t, "bad res ptr", g.call("clock_res_get", 0, memSize), ErrnoFault)

	r := g.alloc(16)
	expect(t, "random_get", g.call("random_get", uint64(r), 16), ErrnoSuccess)
	if !bytes.Equal(g.mem[r:r+16], bytes.Repeat([]byte{7}, 16)) {
		t.Errorf("random bytes not from Config.Rand")
	}
	expect(t, "random_get zero", g.call("random_get", uint64(r), 0), ErrnoSuccess)
	expect(t, "random_get fault", g.call("random_get", memSize-8, 16), ErrnoFault)
	expect(t, "random_get overflow", g.call("random_get", 0xFFFFFFF0, 0x20), ErrnoFault)

	// Real host clocks by default.
	h := newGuest(t, Config{})
	h.call("clock_time_get", 0, 1, uint64(p))
	if h.u64(p) < uint64(wall) {
		t.Errorf("host realtime looks wrong: %d", h.u64(p))
	}
	expect(t, "sched_yield", h.call("sched_yield"), ErrnoSuccess)
}

func TestProc(t *testing.T) {
	g := newGuest(t, Config{})
	_, err := g.callErr("proc_exit", 3)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != 3 {
		t.Fatalf("proc_exit: %v", err)
	}
	if e, err := g.callErr("proc_raise", 0); e != ErrnoSuccess || err != nil {
		t.Errorf("raise 0: %v %v", e, err)
	}
	if e, err := g.callErr("proc_raise", 27); e != ErrnoSuccess || err != nil { // SIGWINCH: ignored
		t.Errorf("raise WINCH: %v %v", e, err)
	}
	if _, err := g.callErr("proc_raise", 15); !errors.As(err, &ee) || ee.Code != 128+15 {
		t.Errorf("raise TERM: %v", err)
	}
	if e, _ := g.callErr("proc_raise", 99); e != ErrnoInval {
		t.Errorf("raise 99: %v", e)
	}
}

// writeCounter records each Write.
type writeCounter struct{ writes []string }

func (w *writeCounter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// An fd_write of several iovecs to a Writer is one Write (a libc flush
// is one write(2), and its line does not split); a large one is written
// iovec by iovec rather than copied.
func TestWriterGathers(t *testing.T) {
	var w writeCounter
	g := newGuest(t, Config{Stdout: &w})
	writev := func(parts ...string) {
		iov := g.alloc(uint32(8 * len(parts)))
		for i, p := range parts {
			a, n := g.str(p)
			put32(g.mem, int(iov)+8*i, a)
			put32(g.mem, int(iov)+8*i+4, n)
		}
		nw := g.alloc(4)
		expect(t, "fd_write", g.call("fd_write", 1, uint64(iov), uint64(len(parts)), uint64(nw)), ErrnoSuccess)
		if want := len(strings.Join(parts, "")); int(g.u32(nw)) != want {
			t.Errorf("fd_write of %d iovecs: %d written, want %d", len(parts), g.u32(nw), want)
		}
	}
	writev("hello, world", "", "\n")
	big := strings.Repeat("x", gatherMax)
	writev(big, "y")
	if want := []string{"hello, world\n", big, "y"}; !slices.Equal(w.writes, want) {
		t.Errorf("writes %q, want %q", w.writes, want)
	}
}

func TestStdio(t *testing.T) {
	var out, errb bytes.Buffer
	g := newGuest(t, Config{Stdin: strings.NewReader("input data"), Stdout: &out, Stderr: &errb})
	n, e := g.write(1, []byte("hello "))
	expect(t, "write stdout", e, ErrnoSuccess)
	if n != 6 || out.String() != "hello " {
		t.Errorf("stdout %q n=%d", out.String(), n)
	}
	// Several iovecs in one call, including an empty one.
	a, an := g.str("x")
	b, bn := g.str("yz")
	iov := g.alloc(24)
	put32(g.mem, int(iov), a)
	put32(g.mem, int(iov)+4, an)
	put32(g.mem, int(iov)+8, 0)
	put32(g.mem, int(iov)+12, 0)
	put32(g.mem, int(iov)+16, b)
	put32(g.mem, int(iov)+20, bn)
	nw := g.alloc(4)
	expect(t, "writev", g.call("fd_write", 2, uint64(iov), 3, uint64(nw)), ErrnoSuccess)
	if errb.String() != "xyz" || g.u32(nw) != 3 {
		t.Errorf("stderr %q", errb.String())
	}
	got, e := g.read(0, 5)
	if e != ErrnoSuccess || string(got) != "input" {
		t.Errorf("read stdin %q %s", got, e.Name())
	}
	got, _ = g.read(0, 100)
	if string(got) != " data" {
		t.Errorf("read rest %q", got)
	}
	got, e = g.read(0, 100)
	if e != ErrnoSuccess || len(got) != 0 {
		t.Errorf("EOF read: %q %s", got, e.Name())
	}
	_, e = g.write(0, []byte("x"))
	expect(t, "write stdin", e, ErrnoBadf)
	_, e = g.read(1, 1)
	expect(t, "read stdout", e, ErrnoBadf)
	p := g.alloc(8)
	expect(t, "seek stdout", g.call("fd_seek", 1, 0, 0, uint64(p)), ErrnoNotcapable)
	expect(t, "sock_shutdown stdout", g.call("sock_shutdown", 1, 1), ErrnoNotsock)
	expect(t, "sock_shutdown bad fd", g.call("sock_shutdown", 77, 1), ErrnoBadf)
	_, e = g.write(99, []byte("x"))
	expect(t, "write bad fd", e, ErrnoBadf)
	expect(t, "prestat stdout", g.call("fd_prestat_get", 1, uint64(p)), ErrnoBadf)
	expect(t, "prestat 3 with no preopens", g.call("fd_prestat_get", 3, uint64(p)), ErrnoBadf)
	// Default config: stdout discarded, stdin empty.
	z := newGuest(t, Config{})
	if _, e := z.write(1, []byte("dropped")); e != ErrnoSuccess {
		t.Errorf("default stdout: %s", e.Name())
	}
}
