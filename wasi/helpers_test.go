//go:build linux

package wasi

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// tguest drives a System the way a compiled module would: through the
// function table, with a flat linear memory.
type tguest struct {
	t   testing.TB
	s   *System
	mem []byte
	brk uint32
}

const memSize = 1 << 20

func newGuest(t testing.TB, cfg Config) *tguest {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return &tguest{t: t, s: s, mem: make([]byte, memSize), brk: 1024}
}

// newDirGuest preopens a fresh temp dir as fd 3 under the guest name "/".
func newDirGuest(t testing.TB, writable bool) (*tguest, string) {
	t.Helper()
	dir := t.TempDir()
	g := newGuest(t, Config{Dirs: []DirMount{{HostPath: dir, GuestPath: "/", Writable: writable}}})
	return g, dir
}

func (g *tguest) alloc(n uint32) uint32 {
	p := (g.brk + 7) &^ 7
	g.brk = p + n
	if g.brk > uint32(len(g.mem)) {
		g.brk = 1024
		p = 1024
		g.brk = p + n
	}
	return p
}

func (g *tguest) bytes(b []byte) (uint32, uint32) {
	p := g.alloc(uint32(len(b)))
	copy(g.mem[p:], b)
	return p, uint32(len(b))
}

func (g *tguest) str(s string) (uint32, uint32) { return g.bytes([]byte(s)) }

func (g *tguest) u32(p uint32) uint32 { return le32(g.mem, int(p)) }
func (g *tguest) u64(p uint32) uint64 { return le64(g.mem, int(p)) }

func (g *tguest) callErr(name string, args ...uint64) (Errno, error) {
	g.t.Helper()
	f, ok := Function(name)
	if !ok {
		g.t.Fatalf("no function %s", name)
	}
	if len(args) != len(f.Params) {
		g.t.Fatalf("%s: %d args, want %d", name, len(args), len(f.Params))
	}
	stack := make([]uint64, len(args)+1)
	copy(stack, args)
	err := f.Call(context.Background(), g.s, g.mem, stack)
	return Errno(stack[0]), err
}

func (g *tguest) call(name string, args ...uint64) Errno {
	g.t.Helper()
	e, err := g.callErr(name, args...)
	if err != nil {
		g.t.Fatalf("%s returned error %v", name, err)
	}
	return e
}

func (g *tguest) openFull(dirfd uint32, path string, dirflags, oflags uint32, base, inh uint64, fdflags uint32) (uint32, Errno) {
	g.t.Helper()
	p, n := g.str(path)
	out := g.alloc(4)
	e := g.call("path_open", uint64(dirfd), uint64(dirflags), uint64(p), uint64(n), uint64(oflags), base, inh, uint64(fdflags), uint64(out))
	return g.u32(out), e
}

func (g *tguest) open(dirfd uint32, path string, oflags uint32, base uint64) (uint32, Errno) {
	g.t.Helper()
	return g.openFull(dirfd, path, 0, oflags, base, base, 0)
}

func (g *tguest) mustOpen(dirfd uint32, path string, oflags uint32, base uint64) uint32 {
	g.t.Helper()
	fd, e := g.open(dirfd, path, oflags, base)
	if e != ErrnoSuccess {
		g.t.Fatalf("open %q: %s", path, e.Name())
	}
	return fd
}

func (g *tguest) write(fd uint32, data []byte) (uint32, Errno) {
	g.t.Helper()
	bp, bn := g.bytes(data)
	iov := g.alloc(8)
	put32(g.mem, int(iov), bp)
	put32(g.mem, int(iov)+4, bn)
	out := g.alloc(4)
	e := g.call("fd_write", uint64(fd), uint64(iov), 1, uint64(out))
	return g.u32(out), e
}

func (g *tguest) read(fd uint32, n uint32) ([]byte, Errno) {
	g.t.Helper()
	bp := g.alloc(n)
	iov := g.alloc(8)
	put32(g.mem, int(iov), bp)
	put32(g.mem, int(iov)+4, n)
	out := g.alloc(4)
	e := g.call("fd_read", uint64(fd), uint64(iov), 1, uint64(out))
	if e != ErrnoSuccess {
		return nil, e
	}
	return append([]byte(nil), g.mem[bp:bp+g.u32(out)]...), e
}

func (g *tguest) pathCall(name string, fd uint32, path string) Errno {
	g.t.Helper()
	p, n := g.str(path)
	return g.call(name, uint64(fd), uint64(p), uint64(n))
}

func (g *tguest) fdstat(fd uint32) (filetype uint8, flags uint16, base, inh uint64, e Errno) {
	p := g.alloc(24)
	e = g.call("fd_fdstat_get", uint64(fd), uint64(p))
	return g.mem[p], le16(g.mem, int(p)+2), g.u64(p + 8), g.u64(p + 16), e
}

type filestat struct {
	dev, ino   uint64
	filetype   uint8
	nlink      uint64
	size       uint64
	atim, mtim uint64
}

func (g *tguest) fdFilestat(fd uint32) (filestat, Errno) {
	p := g.alloc(64)
	e := g.call("fd_filestat_get", uint64(fd), uint64(p))
	return g.decodeFilestat(p), e
}

func (g *tguest) pathFilestat(fd uint32, flags uint32, path string) (filestat, Errno) {
	pp, pn := g.str(path)
	p := g.alloc(64)
	e := g.call("path_filestat_get", uint64(fd), uint64(flags), uint64(pp), uint64(pn), uint64(p))
	return g.decodeFilestat(p), e
}

func (g *tguest) decodeFilestat(p uint32) filestat {
	return filestat{dev: g.u64(p), ino: g.u64(p + 8), filetype: g.mem[p+16], nlink: g.u64(p + 24),
		size: g.u64(p + 32), atim: g.u64(p + 40), mtim: g.u64(p + 48)}
}

func (g *tguest) symlink(target string, fd uint32, path string) Errno {
	tp, tn := g.str(target)
	p, n := g.str(path)
	return g.call("path_symlink", uint64(tp), uint64(tn), uint64(fd), uint64(p), uint64(n))
}

func (g *tguest) rename(fd uint32, from string, nfd uint32, to string) Errno {
	a, an := g.str(from)
	b, bn := g.str(to)
	return g.call("path_rename", uint64(fd), uint64(a), uint64(an), uint64(nfd), uint64(b), uint64(bn))
}

func (g *tguest) link(fd uint32, flags uint32, from string, nfd uint32, to string) Errno {
	a, an := g.str(from)
	b, bn := g.str(to)
	return g.call("path_link", uint64(fd), uint64(flags), uint64(a), uint64(an), uint64(nfd), uint64(b), uint64(bn))
}

func (g *tguest) readlink(fd uint32, path string, bufLen uint32) ([]byte, Errno) {
	p, n := g.str(path)
	buf := g.alloc(bufLen + 8)
	out := g.alloc(4)
	e := g.call("path_readlink", uint64(fd), uint64(p), uint64(n), uint64(buf), uint64(bufLen), uint64(out))
	return append([]byte(nil), g.mem[buf:buf+g.u32(out)]...), e
}

func expect(t testing.TB, what string, got, want Errno) {
	t.Helper()
	if got != want {
		t.Errorf("%s: got %s, want %s", what, got.Name(), want.Name())
	}
}

// snapshot records a directory tree (names, modes, sizes, contents,
// mtimes, link targets) so a test can assert the host was not changed.
func snapshot(t testing.TB, root string) string {
	t.Helper()
	var buf bytes.Buffer
	filepath.Walk(root, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			buf.WriteString("ERR " + p + "\n")
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		buf.WriteString(rel + " " + fi.Mode().String() + " " + fi.ModTime().String())
		if fi.Mode().IsRegular() {
			b, _ := os.ReadFile(p)
			buf.WriteString(" " + string(b))
		}
		if fi.Mode()&os.ModeSymlink != 0 {
			l, _ := os.Readlink(p)
			buf.WriteString(" -> " + l)
		}
		buf.WriteString("\n")
		return nil
	})
	return buf.String()
}
