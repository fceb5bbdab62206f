//go:build linux

package wasi

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// bothResolvers runs f with openat2 (when the kernel has it) and with the
// portable fallback resolver forced.
func bothResolvers(t *testing.T, f func(t *testing.T, g *tguest, dir string)) {
	for _, fallback := range []bool{false, true} {
		name := "openat2"
		if fallback {
			name = "fallback"
		} else if !haveOpenat2() {
			t.Log("kernel has no openat2; only the fallback runs")
			continue
		}
		t.Run(name, func(t *testing.T) {
			g, dir := newDirGuest(t, true)
			g.s.noOpenat2 = fallback
			f(t, g, dir)
		})
	}
}

const rwRights = RightFdRead | RightFdWrite | RightFdSeek | RightFdTell | RightFdFilestatGet |
	RightFdFilestatSetSize | RightFdFilestatSetTimes | RightFdAllocate | RightFdAdvise | RightFdSync | RightFdDatasync

func TestPreopen(t *testing.T) {
	g, _ := newDirGuest(t, true)
	p := g.alloc(8)
	expect(t, "prestat", g.call("fd_prestat_get", 3, uint64(p)), ErrnoSuccess)
	if g.mem[p] != 0 || g.u32(p+4) != 1 {
		t.Errorf("prestat tag %d len %d", g.mem[p], g.u32(p+4))
	}
	buf := g.alloc(8)
	expect(t, "dir_name short", g.call("fd_prestat_dir_name", 3, uint64(buf), 0), ErrnoNametoolong)
	expect(t, "dir_name larger", g.call("fd_prestat_dir_name", 3, uint64(buf), 5), ErrnoSuccess)
	if g.mem[buf] != '/' {
		t.Errorf("name %q", g.mem[buf:buf+1])
	}
	expect(t, "dir_name fault", g.call("fd_prestat_dir_name", 3, memSize, 1), ErrnoFault)
	ft, fl, base, inh, e := g.fdstat(3)
	expect(t, "fdstat", e, ErrnoSuccess)
	if ft != FiletypeDirectory || fl != 0 {
		t.Errorf("filetype %d flags %d", ft, fl)
	}
	// The rights path_open_preopen insists on for any directory.
	needBase := RightPathCreateDirectory | RightPathCreateFile | RightPathLinkSource | RightPathLinkTarget |
		RightPathOpen | RightFdReaddir | RightPathReadlink | RightPathRenameSource | RightPathRenameTarget |
		RightPathSymlink | RightPathRemoveDirectory | RightPathUnlinkFile | RightPathFilestatGet |
		RightPathFilestatSetTimes | RightFdFilestatGet | RightFdFilestatSetTimes
	needInh := needBase | RightFdDatasync | RightFdRead | RightFdSeek | RightFdFdstatSetFlags | RightFdSync |
		RightFdTell | RightFdWrite | RightFdAdvise | RightFdAllocate | RightFdFilestatSetSize | RightPollFdReadwrite
	if base&needBase != needBase || inh&needInh != needInh {
		t.Errorf("preopen rights base %x inh %x", base, inh)
	}
	if base&(RightFdSeek|RightFdFilestatSetSize|RightFdRead|RightFdWrite) != 0 {
		t.Errorf("directory has file-only rights: %x", base)
	}
	// path_open_preopen: reopen ".", with the same, empty, read rights; r/w is EISDIR.
	for _, c := range []struct {
		of   uint32
		base uint64
		want Errno
	}{{0, base, ErrnoSuccess}, {0, 0, ErrnoSuccess}, {uint32(OflagDirectory), 0, ErrnoSuccess},
		{uint32(OflagDirectory), RightFdRead, ErrnoSuccess}, {uint32(OflagDirectory), RightFdRead | RightFdWrite, ErrnoIsdir}} {
		fd, e := g.openFull(3, ".", 0, c.of, c.base, inh, 0)
		expect(t, fmt.Sprintf("open . %x %x", c.of, c.base), e, c.want)
		if e == ErrnoSuccess {
			g.call("fd_close", uint64(fd))
		}
	}
	// Close a preopen, then it is gone (close_preopen).
	sub := g.mustOpen(3, ".", uint32(OflagDirectory), base)
	expect(t, "close preopen", g.call("fd_close", 3), ErrnoSuccess)
	expect(t, "fdstat closed", g.call("fd_fdstat_get", 3, uint64(p)), ErrnoBadf)
	expect(t, "dir fd still open", g.call("fd_fdstat_get", uint64(sub), uint64(p)), ErrnoSuccess)
	expect(t, "double close", g.call("fd_close", 3), ErrnoBadf)

	if _, err := New(Config{Dirs: []DirMount{{HostPath: "/nonexistent/dir", GuestPath: "/"}}}); err == nil {
		t.Errorf("missing preopen dir accepted")
	}
}

func TestFileIO(t *testing.T) {
	bothResolvers(t, func(t *testing.T, g *tguest, dir string) {
		fd := g.mustOpen(3, "f.txt", uint32(OflagCreat), rwRights)
		n, e := g.write(fd, []byte("hello world"))
		if e != ErrnoSuccess || n != 11 {
			t.Fatalf("write %d %s", n, e.Name())
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "f.txt")); string(b) != "hello world" {
			t.Errorf("host sees %q", b)
		}
		off := g.alloc(8)
		expect(t, "tell", g.call("fd_tell", uint64(fd), uint64(off)), ErrnoSuccess)
		if g.u64(off) != 11 {
			t.Errorf("tell %d", g.u64(off))
		}
		expect(t, "seek set", g.call("fd_seek", uint64(fd), 6, 0, uint64(off)), ErrnoSuccess)
		got, _ := g.read(fd, 100)
		if string(got) != "world" {
			t.Errorf("read after seek %q", got)
		}
		expect(t, "seek end", g.call("fd_seek", uint64(fd), uint64(^uint64(0)), 2, uint64(off)), ErrnoSuccess) // -1
		if g.u64(off) != 10 {
			t.Errorf("seek end-1 = %d", g.u64(off))
		}
		expect(t, "seek negative", g.call("fd_seek", uint64(fd), uint64(^uint64(99)), 1, uint64(off)), ErrnoInval)
		expect(t, "seek bad whence", g.call("fd_seek", uint64(fd), 0, 3, uint64(off)), ErrnoInval)
		// pread/pwrite leave the offset alone.
		g.call("fd_seek", uint64(fd), 2, 0, uint64(off))
		bp, bn := g.str("HELLO")
		iov := g.alloc(8)
		put32(g.mem, int(iov), bp)
		put32(g.mem, int(iov)+4, bn)
		nw := g.alloc(4)
		expect(t, "pwrite", g.call("fd_pwrite", uint64(fd), uint64(iov), 1, 0, uint64(nw)), ErrnoSuccess)
		rb := g.alloc(5)
		put32(g.mem, int(iov), rb)
		expect(t, "pread", g.call("fd_pread", uint64(fd), uint64(iov), 1, 6, uint64(nw)), ErrnoSuccess)
		if string(g.mem[rb:rb+5]) != "world" || g.u32(nw) != 5 {
			t.Errorf("pread %q", g.mem[rb:rb+5])
		}
		g.call("fd_tell", uint64(fd), uint64(off))
		if g.u64(off) != 2 {
			t.Errorf("offset moved by pread/pwrite: %d", g.u64(off))
		}
		st, e := g.fdFilestat(fd)
		expect(t, "filestat", e, ErrnoSuccess)
		if st.size != 11 || st.filetype != FiletypeRegularFile || st.nlink != 1 {
			t.Errorf("filestat %+v", st)
		}
		expect(t, "set_size", g.call("fd_filestat_set_size", uint64(fd), 3), ErrnoSuccess)
		if b, _ := os.ReadFile(filepath.Join(dir, "f.txt")); string(b) != "HEL" {
			t.Errorf("after truncate %q", b)
		}
		expect(t, "allocate", g.call("fd_allocate", uint64(fd), 0, 100), ErrnoSuccess)
		if fi, _ := os.Stat(filepath.Join(dir, "f.txt")); fi.Size() != 100 {
			t.Errorf("allocate size %d", fi.Size())
		}
		expect(t, "allocate inside", g.call("fd_allocate", uint64(fd), 10, 10), ErrnoSuccess)
		if fi, _ := os.Stat(filepath.Join(dir, "f.txt")); fi.Size() != 100 {
			t.Errorf("allocate shrank/grew: %d", fi.Size())
		}
		expect(t, "set_times", g.call("fd_filestat_set_times", uint64(fd), 5e9, 7e9, uint64(FstflagAtim|FstflagMtim)), ErrnoSuccess)
		st, _ = g.fdFilestat(fd)
		if st.mtim != 7e9 || st.atim != 5e9 {
			t.Errorf("times %d %d", st.atim, st.mtim)
		}
		expect(t, "set_times invalid", g.call("fd_filestat_set_times", uint64(fd), 0, 0, uint64(FstflagMtim|FstflagMtimNow)), ErrnoInval)
		expect(t, "set_times invalid atim", g.call("fd_filestat_set_times", uint64(fd), 0, 0, uint64(FstflagAtim|FstflagAtimNow)), ErrnoInval)
		expect(t, "set_times bad flags", g.call("fd_filestat_set_times", uint64(fd), 0, 0, 0x10), ErrnoInval)
		expect(t, "advise", g.call("fd_advise", uint64(fd), 0, 0, uint64(AdviceSequential)), ErrnoSuccess)
		expect(t, "advise bad", g.call("fd_advise", uint64(fd), 0, 0, 6), ErrnoInval)
		expect(t, "sync", g.call("fd_sync", uint64(fd)), ErrnoSuccess)
		expect(t, "datasync", g.call("fd_datasync", uint64(fd)), ErrnoSuccess)
		expect(t, "close", g.call("fd_close", uint64(fd)), ErrnoSuccess)
		expect(t, "close again", g.call("fd_close", uint64(fd)), ErrnoBadf)

		// Append mode (fd_flags_set / pwrite-with-append).
		fd = g.mustOpen(3, "a.txt", uint32(OflagCreat|OflagTrunc), rwRights|RightFdFdstatSetFlags)
		g.write(fd, []byte("12"))
		g.call("fd_seek", uint64(fd), 0, 0, uint64(off))
		expect(t, "set append", g.call("fd_fdstat_set_flags", uint64(fd), uint64(FdflagAppend)), ErrnoSuccess)
		g.write(fd, []byte("34"))
		if b, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(b) != "1234" {
			t.Errorf("append wrote %q", b)
		}
		_, fl, _, _, _ := g.fdstat(fd)
		if fl != FdflagAppend {
			t.Errorf("fdstat flags %d", fl)
		}
		expect(t, "set sync flag", g.call("fd_fdstat_set_flags", uint64(fd), uint64(FdflagSync)), ErrnoNotsup)
		expect(t, "clear flags", g.call("fd_fdstat_set_flags", uint64(fd), 0), ErrnoSuccess)
		g.call("fd_seek", uint64(fd), 0, 0, uint64(off))
		g.write(fd, []byte("ab"))
		if b, _ := os.ReadFile(filepath.Join(dir, "a.txt")); string(b) != "ab34" {
			t.Errorf("non-append wrote %q", b)
		}
		g.call("fd_close", uint64(fd))

		// path_filestat: SYNC|APPEND flags are kept and reported.
		fd, e = g.openFull(3, "s.txt", 0, uint32(OflagCreat), rwRights|RightPathFilestatGet, 0, uint32(FdflagAppend|FdflagSync))
		expect(t, "open sync", e, ErrnoSuccess)
		_, fl, b, i, _ := g.fdstat(fd)
		if fl != FdflagAppend|FdflagSync || b&RightPathFilestatGet != 0 || i&RightPathFilestatGet != 0 {
			t.Errorf("flags %x base %x inh %x", fl, b, i)
		}
	})
}

func TestRenumber(t *testing.T) {
	g, _ := newDirGuest(t, true)
	a := g.mustOpen(3, "f1", uint32(OflagCreat), RightFdRead|RightFdWrite)
	b := g.mustOpen(3, "f2", uint32(OflagCreat), RightFdRead|RightFdWrite)
	_, _, ab, _, _ := g.fdstat(a)
	expect(t, "renumber", g.call("fd_renumber", uint64(a), uint64(b)), ErrnoSuccess)
	expect(t, "from closed", g.call("fd_close", uint64(a)), ErrnoBadf)
	_, _, bb, _, e := g.fdstat(b)
	if e != ErrnoSuccess || ab != bb {
		t.Errorf("renumbered fdstat %s %x %x", e.Name(), ab, bb)
	}
	expect(t, "renumber to closed", g.call("fd_renumber", uint64(b), 50), ErrnoBadf)
	expect(t, "renumber from closed", g.call("fd_renumber", 50, uint64(b)), ErrnoBadf)
	expect(t, "renumber self", g.call("fd_renumber", uint64(b), uint64(b)), ErrnoSuccess)
	// Over a preopen (overwrite_preopen), and stdio over a file (stdio).
	d := g.mustOpen(3, ".", uint32(OflagDirectory), RightsDir)
	st1, _ := g.fdFilestat(d)
	expect(t, "renumber over preopen", g.call("fd_renumber", uint64(d), 3), ErrnoSuccess)
	st2, e := g.fdFilestat(3)
	if e != ErrnoSuccess || st1.ino != st2.ino {
		t.Errorf("preopen overwrite: %s", e.Name())
	}
	expect(t, "old fd gone", g.call("fd_fdstat_get", uint64(d), uint64(g.alloc(24))), ErrnoBadf)
	f := g.mustOpen(3, "f3", uint32(OflagCreat), 0)
	expect(t, "renumber stdout", g.call("fd_renumber", 1, uint64(f)), ErrnoSuccess)
	expect(t, "stdout closed", g.call("fd_fdstat_get", 1, uint64(g.alloc(24))), ErrnoBadf)
	if _, e := g.write(f, []byte("x")); e != ErrnoSuccess {
		t.Errorf("write to renumbered stdout: %s", e.Name())
	}
	// Lowest free slot is reused.
	n := g.mustOpen(3, "f4", uint32(OflagCreat), 0)
	if n != 1 {
		t.Errorf("new fd %d, want lowest free 1", n)
	}
}

func TestRights(t *testing.T) {
	g, _ := newDirGuest(t, true)
	// fd_fdstat_set_rights test.
	fd := g.mustOpen(3, "file", uint32(OflagCreat), RightFdRead|RightFdWrite|RightFdSeek|RightFdTell)
	_, _, base, inh, _ := g.fdstat(fd)
	expect(t, "drop", g.call("fd_fdstat_set_rights", uint64(fd), base&^(RightFdRead|RightFdWrite), inh), ErrnoSuccess)
	_, _, nb, _, _ := g.fdstat(fd)
	if nb&(RightFdRead|RightFdWrite) != 0 || nb&RightFdSeek == 0 {
		t.Errorf("rights after drop %x", nb)
	}
	_, e := g.read(fd, 4)
	expect(t, "read without right", e, ErrnoBadf)
	_, e = g.write(fd, []byte("x"))
	expect(t, "write without right", e, ErrnoBadf)
	expect(t, "regrant", g.call("fd_fdstat_set_rights", uint64(fd), nb|RightFdRead, inh), ErrnoNotcapable)
	expect(t, "regrant inh", g.call("fd_fdstat_set_rights", uint64(fd), nb, inh|RightFdRead|RightPathOpen), ErrnoNotcapable)

	// path_open_read_write.
	ro := g.mustOpen(3, "file", 0, RightFdRead)
	_, e = g.write(ro, []byte("x"))
	expect(t, "write readonly fd", e, ErrnoBadf)
	wo := g.mustOpen(3, "file", 0, RightFdWrite)
	_, e = g.read(wo, 1)
	expect(t, "read writeonly fd", e, ErrnoBadf)
	if n, e := g.write(wo, []byte("abc")); e != ErrnoSuccess || n != 3 {
		t.Errorf("write wo: %s", e.Name())
	}

	// truncation_rights: dropping PATH_FILESTAT_SET_SIZE on the dir
	// makes O_TRUNC fail with PERM; dropping the inheriting FD right does not.
	dir := g.mustOpen(3, ".", uint32(OflagDirectory), RightsDir)
	_, _, db, di, _ := g.fdstat(dir)
	if db&RightFdFilestatSetSize != 0 {
		t.Errorf("dir has fd_filestat_set_size")
	}
	expect(t, "drop inh", g.call("fd_fdstat_set_rights", uint64(dir), db, di&^RightFdFilestatSetSize), ErrnoSuccess)
	if _, e := g.open(dir, "file", uint32(OflagTrunc), 0); e != ErrnoSuccess {
		t.Errorf("trunc without inheriting right: %s", e.Name())
	}
	// Missing from the base rights only, the right still counts if the
	// inheriting set has it (Go's wasip1 port opens directories so).
	expect(t, "drop base", g.call("fd_fdstat_set_rights", uint64(dir), db&^RightPathFilestatSetSize, di&^RightFdFilestatSetSize), ErrnoSuccess)
	_, e = g.open(dir, "file", uint32(OflagTrunc), 0)
	expect(t, "trunc with the path right inherited", e, ErrnoSuccess)
	expect(t, "drop both", g.call("fd_fdstat_set_rights", uint64(dir), db&^RightPathFilestatSetSize, di&^(RightFdFilestatSetSize|RightPathFilestatSetSize)), ErrnoSuccess)
	_, e = g.open(dir, "file", uint32(OflagTrunc), 0)
	expect(t, "trunc without path right", e, ErrnoPerm)
	// Narrowed inheriting rights bound what a child fd gets.
	expect(t, "drop inh read", g.call("fd_fdstat_set_rights", uint64(dir), db&^RightPathFilestatSetSize, 0), ErrnoSuccess)
	c := g.mustOpen(dir, "file", 0, RightFdRead|RightFdWrite)
	_, _, cb, _, _ := g.fdstat(c)
	if cb&(RightFdRead|RightFdWrite) != 0 {
		t.Errorf("child got rights the parent cannot pass on: %x", cb)
	}
	// A directory fd without PATH_CREATE_FILE cannot create.
	g.call("fd_fdstat_set_rights", uint64(dir), RightPathOpen, 0)
	_, e = g.open(dir, "new", uint32(OflagCreat), 0)
	expect(t, "create without right", e, ErrnoNotcapable)
	expect(t, "mkdir without right", g.pathCall("path_create_directory", dir, "d"), ErrnoNotcapable)
}

func TestDirFdOpFailures(t *testing.T) {
	g, _ := newDirGuest(t, true)
	st, e := g.fdFilestat(3)
	if e != ErrnoSuccess || st.filetype != FiletypeDirectory {
		t.Fatalf("dir filestat %s", e.Name())
	}
	_, e = g.read(3, 10)
	expect(t, "read dir", e, ErrnoIsdir)
	_, e = g.write(3, []byte("x"))
	expect(t, "write dir", e, ErrnoIsdir)
	p, iov := g.alloc(8), g.alloc(8)
	put32(g.mem, int(iov), p)
	put32(g.mem, int(iov)+4, 8)
	expect(t, "pread dir", g.call("fd_pread", 3, uint64(iov), 1, 0, uint64(p)), ErrnoIsdir)
	expect(t, "pwrite dir", g.call("fd_pwrite", 3, uint64(iov), 1, 0, uint64(p)), ErrnoIsdir)
	for w := uint64(0); w < 3; w++ {
		expect(t, "seek dir", g.call("fd_seek", 3, 0, w, uint64(p)), ErrnoIsdir)
	}
	expect(t, "tell dir", g.call("fd_tell", 3, uint64(p)), ErrnoIsdir)
	expect(t, "allocate dir", g.call("fd_allocate", 3, 0, 0), ErrnoIsdir)
	expect(t, "set_size dir", g.call("fd_filestat_set_size", 3, 0), ErrnoIsdir)
	// path_open_dirfd_not_dir.
	f := g.mustOpen(3, "file", uint32(OflagCreat), 0)
	_, e = g.open(f, "x", 0, 0)
	expect(t, "open under file fd", e, ErrnoNotdir)
	expect(t, "mkdir under file fd", g.pathCall("path_create_directory", f, "x"), ErrnoNotdir)
	expect(t, "readdir file", g.call("fd_readdir", uint64(f), uint64(p), 8, 0, uint64(p)), ErrnoNotdir)
}

// readdir returns all names from fd with cookies, buffer size bufLen.
func (g *tguest) readdir(fd uint32, bufLen uint32) ([]string, map[string]uint64, Errno) {
	var names []string
	inos := map[string]uint64{}
	cookie := uint64(0)
	buf := g.alloc(bufLen)
	used := g.alloc(4)
	for {
		e := g.call("fd_readdir", uint64(fd), uint64(buf), uint64(bufLen), cookie, uint64(used))
		if e != ErrnoSuccess {
			return nil, nil, e
		}
		u := g.u32(used)
		b := g.mem[buf : buf+u]
		for len(b) >= 24 {
			nl := le32(b, 16)
			if uint32(len(b)) < 24+nl {
				break
			}
			name := string(b[24 : 24+nl])
			names = append(names, name)
			inos[name] = le64(b, 8)
			cookie = le64(b, 0)
			b = b[24+nl:]
		}
		if u < bufLen {
			return names, inos, ErrnoSuccess
		}
	}
}

func TestReaddir(t *testing.T) {
	bothResolvers(t, func(t *testing.T, g *tguest, dir string) {
		expect(t, "mkdir", g.pathCall("path_create_directory", 3, "d"), ErrnoSuccess)
		d := g.mustOpen(3, "d", uint32(OflagDirectory), RightsDir)
		names, inos, e := g.readdir(d, 256)
		sort.Strings(names)
		if e != ErrnoSuccess || fmt.Sprint(names) != "[. ..]" {
			t.Fatalf("empty dir: %v %s", names, e.Name())
		}
		st, _ := g.fdFilestat(d)
		if inos["."] != st.ino {
			t.Errorf(". ino %d != %d", inos["."], st.ino)
		}
		f := g.mustOpen(d, "file", uint32(OflagCreat), RightFdFilestatGet)
		fst, _ := g.fdFilestat(f)
		names, inos, _ = g.readdir(d, 256)
		if len(names) != 3 || inos["file"] != fst.ino {
			t.Errorf("one file: %v", names)
		}
		for i := 0; i < 1000; i++ {
			ff := g.mustOpen(d, fmt.Sprintf("file.%d", i), uint32(OflagCreat), 0)
			g.call("fd_close", uint64(ff))
		}
		for _, bl := range []uint32{48, 64, 256, 4096} {
			names, _, e = g.readdir(d, bl)
			if e != ErrnoSuccess || len(names) != 1003 {
				t.Errorf("buf %d: %d entries %s", bl, len(names), e.Name())
			}
		}
		// Buffer too small for even one header: filled, truncated.
		used := g.alloc(4)
		buf := g.alloc(10)
		expect(t, "tiny buf", g.call("fd_readdir", uint64(d), uint64(buf), 10, 0, uint64(used)), ErrnoSuccess)
		if g.u32(used) != 10 {
			t.Errorf("tiny buf used %d", g.u32(used))
		}
		expect(t, "cookie past end", g.call("fd_readdir", uint64(d), uint64(buf), 10, 5000, uint64(used)), ErrnoSuccess)
		if g.u32(used) != 0 {
			t.Errorf("past end used %d", g.u32(used))
		}
		expect(t, "readdir fault", g.call("fd_readdir", uint64(d), memSize-4, 10, 0, uint64(used)), ErrnoFault)
	})
}
