//go:build linux

package wasi

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

func TestErrnoMapping(t *testing.T) {
	cases := map[error]Errno{
		nil:                  ErrnoSuccess,
		syscall.ENOENT:       ErrnoNoent,
		syscall.ELOOP:        ErrnoLoop,
		syscall.ENOTDIR:      ErrnoNotdir,
		syscall.EBADF:        ErrnoBadf,
		syscall.EOPNOTSUPP:   ErrnoNotsup,
		syscall.EXDEV:        ErrnoXdev,
		syscall.Errno(0x7ff): ErrnoIo, // unknown host errno never leaks
		&os.PathError{Op: "open", Path: "x", Err: syscall.EACCES}: ErrnoAcces,
		fs.ErrNotExist:   ErrnoNoent,
		fs.ErrPermission: ErrnoPerm,
		fs.ErrExist:      ErrnoExist,
		fs.ErrClosed:     ErrnoBadf,
		errors.New("x"):  ErrnoIo,
		ErrnoNotcapable:  ErrnoNotcapable,
	}
	for in, want := range cases {
		if got := toErrno(in); got != want {
			t.Errorf("toErrno(%v) = %s, want %s", in, got.Name(), want.Name())
		}
	}
	if hostErr(syscall.EXDEV) != ErrnoPerm {
		t.Errorf("resolution EXDEV must be EPERM")
	}
	if ErrnoNotcapable.Name() != "NOTCAPABLE" || Errno(77).Name() != "UNKNOWN" || ErrnoSuccess.Name() != "SUCCESS" {
		t.Errorf("names")
	}
	if !strings.Contains(ErrnoBadf.Error(), "BADF") || !strings.Contains((&ExitError{Code: 2}).Error(), "2") {
		t.Errorf("error strings")
	}
}

func TestStdioFiles(t *testing.T) {
	dir := t.TempDir()
	out, _ := os.Create(filepath.Join(dir, "out"))
	defer out.Close()
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	g := newGuest(t, Config{Stdin: null, Stdout: out, Stderr: out})
	ft, _, base, _, _ := g.fdstat(0)
	if ft != FiletypeCharacterDevice || base&RightFdRead == 0 || base&RightFdSeek != 0 {
		t.Errorf("stdin /dev/null: type %d rights %x", ft, base)
	}
	ft, _, _, _, _ = g.fdstat(1)
	if ft != FiletypeRegularFile {
		t.Errorf("stdout file: type %d", ft)
	}
	g.write(1, []byte("abc"))
	st, e := g.fdFilestat(1)
	if e != ErrnoSuccess || st.size != 3 {
		t.Errorf("stdout filestat %+v %s", st, e.Name())
	}
	expect(t, "sync stdout", g.call("fd_sync", 1), ErrnoSuccess)
	expect(t, "datasync stdout", g.call("fd_datasync", 1), ErrnoSuccess)
	expect(t, "sync stdin", g.call("fd_sync", 0), ErrnoNotcapable)
	expect(t, "nonblock stdout", g.call("fd_fdstat_set_flags", 1, uint64(FdflagNonblock)), ErrnoSuccess)
	if _, fl, _, _, _ := g.fdstat(1); fl != FdflagNonblock {
		t.Errorf("flags not recorded")
	}
	expect(t, "pread stdin", g.call("fd_pread", 0, uint64(g.alloc(8)), 0, 0, uint64(g.alloc(4))), ErrnoSpipe)
	evs, _ := g.poll([]sub{{userdata: 1, tag: EventtypeFdRead, fd: 0}, {userdata: 2, tag: EventtypeFdWrite, fd: 1}})
	if len(evs) != 2 {
		t.Errorf("poll /dev/null + file: %v", evs)
	}
	// In-memory stdio reports unknown filetype and zeroed stats.
	m := newGuest(t, Config{})
	st, e = m.fdFilestat(1)
	if e != ErrnoSuccess || st.filetype != FiletypeUnknown || st.size != 0 {
		t.Errorf("buffer stdout filestat %+v", st)
	}
}

func TestFSMountMore(t *testing.T) {
	mfs := fstest.MapFS{"f": {Data: []byte("0123456789")}, "sub/g": {Data: []byte("g")}}
	g := newGuest(t, Config{FS: []FSMount{{FS: mfs, GuestPath: "/m"}}})
	f := g.mustOpen(3, "f", 0, RightFdRead|RightFdSeek)
	bp := g.alloc(4)
	iov := g.alloc(8)
	put32(g.mem, int(iov), bp)
	put32(g.mem, int(iov)+4, 4)
	n := g.alloc(4)
	expect(t, "pread", g.call("fd_pread", uint64(f), uint64(iov), 1, 3, uint64(n)), ErrnoSuccess)
	if string(g.mem[bp:bp+4]) != "3456" {
		t.Errorf("vfs pread %q", g.mem[bp:bp+4])
	}
	_, e := g.readlink(3, "f", 10)
	expect(t, "vfs readlink non-link", e, ErrnoInval)
	_, e = g.readlink(3, "missing", 10)
	expect(t, "vfs readlink missing", e, ErrnoNoent)
	expect(t, "vfs set_size", g.call("fd_filestat_set_size", uint64(f), 0), ErrnoPerm)
	expect(t, "vfs seek bad", g.call("fd_seek", uint64(f), uint64(1<<63), 0, uint64(n)), ErrnoInval)
	d := g.mustOpen(3, "sub", uint32(OflagDirectory), RightsDir)
	names, _, e := g.readdir(d, 100)
	if e != ErrnoSuccess || strings.Join(names, ",") != ".,..,g" {
		t.Errorf("sub readdir %v", names)
	}
	// A real directory through (*os.Root).FS, the recommended way to mount a
	// host tree read-only through fs.FS.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "h"), []byte("host"), 0o644)
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	h := newGuest(t, Config{FS: []FSMount{{FS: root.FS(), GuestPath: "/h"}}})
	got, _ := h.read(h.mustOpen(3, "h", 0, RightFdRead), 10)
	if string(got) != "host" {
		t.Errorf("os.Root FS read %q", got)
	}
	st, _ := h.pathFilestat(3, 0, "h")
	if st.ino == 0 || st.size != 4 {
		t.Errorf("os.Root FS stat %+v", st)
	}
}

func TestLongSymlinkFallback(t *testing.T) {
	g, dir := newDirGuest(t, true)
	g.s.noOpenat2 = true
	long := strings.Repeat("d/", 200) // > 256 bytes, exercises readlink growth
	os.MkdirAll(filepath.Join(dir, long), 0o755)
	os.WriteFile(filepath.Join(dir, long, "f"), []byte("deep"), 0o644)
	os.Symlink(long, filepath.Join(dir, "l"))
	fd, e := g.openFull(3, "l/f", 0, 0, RightFdRead, 0, 0)
	expect(t, "open through long link", e, ErrnoSuccess)
	if got, _ := g.read(fd, 10); string(got) != "deep" {
		t.Errorf("read %q", got)
	}
}
