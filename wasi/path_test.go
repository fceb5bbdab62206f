//go:build linux

package wasi

import (
	"os"
	"path/filepath"
	"testing"
)

// Cases modelled on the wasi-testsuite programs, run with both resolvers.

func TestInterestingPaths(t *testing.T) {
	bothResolvers(t, func(t *testing.T, g *tguest, dir string) {
		expect(t, "mkdir dir", g.pathCall("path_create_directory", 3, "dir"), ErrnoSuccess)
		expect(t, "mkdir nested", g.pathCall("path_create_directory", 3, "dir/nested"), ErrnoSuccess)
		f := g.mustOpen(3, "dir/nested/file", uint32(OflagCreat), 0)
		g.call("fd_close", uint64(f))
		_, e := g.open(3, "/dir/nested/file", 0, 0)
		expect(t, "absolute", e, ErrnoPerm)
		f, e = g.open(3, "dir/.//nested/../../dir/nested/../nested///./file", 0, 0)
		expect(t, "dotdot inside", e, ErrnoSuccess)
		g.call("fd_close", uint64(f))
		_, e = g.open(3, "dir/nested/file\x00", 0, 0)
		expect(t, "trailing NUL", e, ErrnoInval)
		_, e = g.open(3, "dir/nested/file/", 0, 0)
		expect(t, "file trailing slash", e, ErrnoNotdir)
		_, e = g.open(3, "dir/nested/file///", 0, 0)
		expect(t, "file trailing slashes", e, ErrnoNotdir)
		_, e = g.open(3, "dir/nested/", 0, 0)
		expect(t, "dir trailing slash", e, ErrnoSuccess)
		_, e = g.open(3, "dir/nested///", 0, 0)
		expect(t, "dir trailing slashes", e, ErrnoSuccess)
		_, e = g.open(3, "dir/nested/../../../"+filepath.Base(dir)+"/dir/nested/file", 0, 0)
		expect(t, "too many ..", e, ErrnoPerm)
		_, e = g.open(3, "", 0, 0)
		expect(t, "empty path", e, ErrnoNoent)
		_, e = g.open(3, "\xff\xfe", 0, 0)
		expect(t, "invalid utf-8", e, ErrnoIlseq)
		expect(t, "unlink", g.pathCall("path_unlink_file", 3, "dir/nested/file"), ErrnoSuccess)
		expect(t, "rmdir nested", g.pathCall("path_remove_directory", 3, "dir/nested"), ErrnoSuccess)
		expect(t, "rmdir", g.pathCall("path_remove_directory", 3, "dir"), ErrnoSuccess)
	})
}

func TestPathOpenFlags(t *testing.T) {
	bothResolvers(t, func(t *testing.T, g *tguest, dir string) {
		_, e := g.open(3, "missing", 0, 0)
		expect(t, "missing", e, ErrnoNoent)
		_, e = g.open(3, "missing/x", uint32(OflagCreat), 0)
		expect(t, "create in missing dir", e, ErrnoNoent)
		f := g.mustOpen(3, "file", uint32(OflagCreat|OflagExcl), 0)
		g.call("fd_close", uint64(f))
		_, e = g.open(3, "file", uint32(OflagCreat|OflagExcl), 0)
		expect(t, "excl existing", e, ErrnoExist)
		_, e = g.open(3, "file", uint32(OflagDirectory), 0)
		expect(t, "O_DIRECTORY on file", e, ErrnoNotdir)
		_, e = g.open(3, "file", 0x10, 0)
		expect(t, "bad oflags", e, ErrnoInval)
		_, e = g.openFull(3, "file", 0, 0, 0, 0, 0x20)
		expect(t, "bad fdflags", e, ErrnoInval)
		// Nonblocking open sets the flag (path_open_nonblock).
		f, e = g.openFull(3, "file", 0, 0, RightFdRead, 0, uint32(FdflagNonblock))
		expect(t, "nonblock", e, ErrnoSuccess)
		if _, fl, _, _, _ := g.fdstat(f); fl != FdflagNonblock {
			t.Errorf("nonblock flags %d", fl)
		}
		// A FIFO does not hang the open.
		if err := mkfifo(filepath.Join(dir, "fifo")); err == nil {
			f, e = g.open(3, "fifo", 0, RightFdRead)
			expect(t, "fifo open", e, ErrnoSuccess)
			g.call("fd_close", uint64(f))
		}
	})
}

func TestPathRename(t *testing.T) {
	bothResolvers(t, func(t *testing.T, g *tguest, dir string) {
		g.pathCall("path_create_directory", 3, "source")
		expect(t, "rename dir", g.rename(3, "source", 3, "target"), ErrnoSuccess)
		_, e := g.open(3, "source", uint32(OflagDirectory), 0)
		expect(t, "source gone", e, ErrnoNoent)
		g.pathCall("path_create_directory", 3, "source")
		expect(t, "dir over empty dir", g.rename(3, "source", 3, "target"), ErrnoSuccess)
		g.pathCall("path_create_directory", 3, "source")
		f := g.mustOpen(3, "target/file", uint32(OflagCreat), 0)
		g.call("fd_close", uint64(f))
		expect(t, "dir over nonempty", g.rename(3, "source", 3, "target"), ErrnoNotempty)
		expect(t, "dir over file", g.rename(3, "source", 3, "target/file"), ErrnoNotdir)
		g.pathCall("path_unlink_file", 3, "target/file")
		g.pathCall("path_remove_directory", 3, "target")
		f = g.mustOpen(3, "file", uint32(OflagCreat), 0)
		g.call("fd_close", uint64(f))
		expect(t, "file over dir", g.rename(3, "file", 3, "source"), ErrnoIsdir)
		expect(t, "file trailing slash", g.rename(3, "file/", 3, "x"), ErrnoNotdir)
		expect(t, "dir trailing slash ok", g.rename(3, "source/", 3, "s2"), ErrnoSuccess)
		expect(t, "rename out", g.rename(3, "file", 3, "../file"), ErrnoPerm)
		expect(t, "rename from out", g.rename(3, "../x", 3, "file"), ErrnoPerm)
		expect(t, "rename bad fd", g.rename(3, "file", 99, "x"), ErrnoBadf)
		if _, err := os.Stat(filepath.Join(dir, "s2")); err != nil {
			t.Errorf("host: %v", err)
		}
	})
}

func TestSymlinks(t *testing.T) {
	bothResolvers(t, func(t *testing.T, g *tguest, dir string) {
		f := g.mustOpen(3, "target", uint32(OflagCreat), RightFdWrite)
		g.write(f, []byte("data"))
		expect(t, "symlink", g.symlink("target", 3, "symlink"), ErrnoSuccess)
		b, e := g.readlink(3, "symlink", 10)
		if e != ErrnoSuccess || string(b) != "target" {
			t.Errorf("readlink %q %s", b, e.Name())
		}
		b, e = g.readlink(3, "symlink", 4)
		if e != ErrnoSuccess || string(b) != "targ" {
			t.Errorf("readlink short %q %s", b, e.Name())
		}
		_, e = g.readlink(3, "target", 10)
		expect(t, "readlink non-link", e, ErrnoInval)
		// follow vs nofollow (nofollow_errors, symlink_filestat).
		f, e = g.openFull(3, "symlink", LookupSymlinkFollow, 0, RightFdRead, 0, 0)
		expect(t, "open follow", e, ErrnoSuccess)
		_, e = g.openFull(3, "symlink", 0, 0, RightFdRead, 0, 0)
		expect(t, "open nofollow", e, ErrnoLoop)
		_, e = g.openFull(3, "symlink", 0, uint32(OflagDirectory), 0, 0, 0)
		if e != ErrnoLoop && e != ErrnoNotdir {
			t.Errorf("open nofollow dir: %s", e.Name())
		}
		st, _ := g.pathFilestat(3, 0, "symlink")
		if st.filetype != FiletypeSymbolicLink {
			t.Errorf("lstat type %d", st.filetype)
		}
		st, _ = g.pathFilestat(3, LookupSymlinkFollow, "symlink")
		if st.filetype != FiletypeRegularFile || st.size != 4 {
			t.Errorf("stat follow %+v", st)
		}
		// set_times on the link itself vs its target.
		p, n := g.str("symlink")
		expect(t, "set_times nofollow", g.call("path_filestat_set_times", 3, 0, uint64(p), uint64(n), 0, 1e9, uint64(FstflagMtim)), ErrnoSuccess)
		lst, _ := g.pathFilestat(3, 0, "symlink")
		tst, _ := g.pathFilestat(3, 0, "target")
		if lst.mtim != 1e9 || tst.mtim == 1e9 {
			t.Errorf("nofollow set_times: link %d target %d", lst.mtim, tst.mtim)
		}
		expect(t, "set_times follow", g.call("path_filestat_set_times", 3, 1, uint64(p), uint64(n), 0, 2e9, uint64(FstflagMtim)), ErrnoSuccess)
		tst, _ = g.pathFilestat(3, 0, "target")
		if tst.mtim != 2e9 {
			t.Errorf("follow set_times: target %d", tst.mtim)
		}
		expect(t, "set_times both", g.call("path_filestat_set_times", 3, 1, uint64(p), uint64(n), 0, 2e9, uint64(FstflagMtim|FstflagMtimNow)), ErrnoInval)
		// Directory symlink (symlink_create).
		g.pathCall("path_create_directory", 3, "tdir")
		expect(t, "dir symlink", g.symlink("tdir", 3, "dlink"), ErrnoSuccess)
		_, e = g.openFull(3, "dlink", LookupSymlinkFollow, uint32(OflagDirectory), 0, 0, 0)
		expect(t, "open dir via link", e, ErrnoSuccess)
		expect(t, "create via dir link", func() Errno { _, e := g.open(3, "dlink/inner", uint32(OflagCreat), 0); return e }(), ErrnoSuccess)
		expect(t, "unlink dir link", g.pathCall("path_unlink_file", 3, "dlink"), ErrnoSuccess)
		expect(t, "absolute target refused", g.symlink("/", 3, "abs"), ErrnoPerm)
		// Dangling and loops (dangling_symlink, symlink_loop).
		expect(t, "dangling", g.symlink("nowhere", 3, "dangling"), ErrnoSuccess)
		_, e = g.openFull(3, "dangling", LookupSymlinkFollow, 0, 0, 0, 0)
		expect(t, "open dangling", e, ErrnoNoent)
		_, e = g.openFull(3, "dangling", LookupSymlinkFollow, uint32(OflagDirectory), 0, 0, 0)
		expect(t, "open dangling dir", e, ErrnoNoent)
		expect(t, "loop", g.symlink("loop", 3, "loop"), ErrnoSuccess)
		_, e = g.openFull(3, "loop", LookupSymlinkFollow, 0, 0, 0, 0)
		expect(t, "open loop", e, ErrnoLoop)
		_, e = g.pathFilestat(3, LookupSymlinkFollow, "loop")
		expect(t, "stat loop", e, ErrnoLoop)
		_, e = g.open(3, "loop/x", 0, 0)
		expect(t, "loop as dir", e, ErrnoLoop)
		// path_symlink_trailing_slashes.
		expect(t, "dangling target/", g.symlink("source", 3, "t1/"), ErrnoNoent)
		g.pathCall("path_create_directory", 3, "t2")
		expect(t, "existing dir/", g.symlink("source", 3, "t2/"), ErrnoExist)
		expect(t, "existing dir", g.symlink("source", 3, "t2"), ErrnoExist)
		expect(t, "existing file/", g.symlink("source", 3, "target/"), ErrnoNotdir)
		expect(t, "existing file", g.symlink("source", 3, "target"), ErrnoExist)
	})
}

func TestLinkUnlinkRmdir(t *testing.T) {
	bothResolvers(t, func(t *testing.T, g *tguest, dir string) {
		f := g.mustOpen(3, "file", uint32(OflagCreat), RightFdFilestatGet)
		expect(t, "link", g.link(3, 0, "file", 3, "link"), ErrnoSuccess)
		l := g.mustOpen(3, "link", 0, RightFdFilestatGet)
		a, _ := g.fdFilestat(f)
		b, _ := g.fdFilestat(l)
		if a.ino != b.ino || b.nlink != 2 {
			t.Errorf("link stats %+v %+v", a, b)
		}
		expect(t, "link existing", g.link(3, 0, "file", 3, "link"), ErrnoExist)
		expect(t, "link self", g.link(3, 0, "file", 3, "file"), ErrnoExist)
		g.pathCall("path_create_directory", 3, "sub")
		expect(t, "link to dir target", g.link(3, 0, "file", 3, "sub"), ErrnoExist)
		e := g.link(3, 0, "sub", 3, "dlink")
		if e != ErrnoPerm && e != ErrnoAcces {
			t.Errorf("link a directory: %s", e.Name())
		}
		expect(t, "link trailing slash", g.link(3, 0, "file", 3, "nolink/"), ErrnoNoent)
		expect(t, "link follow", g.link(3, LookupSymlinkFollow, "file", 3, "x"), ErrnoInval)
		g.symlink("target", 3, "sym")
		expect(t, "link dangling symlink", g.link(3, 0, "sym", 3, "sym2"), ErrnoSuccess)
		expect(t, "link out", g.link(3, 0, "file", 3, "../escape"), ErrnoPerm)
		// unlink_file_trailing_slashes / remove_directory_trailing_slashes.
		expect(t, "unlink dir", g.pathCall("path_unlink_file", 3, "sub"), ErrnoIsdir)
		expect(t, "unlink dir/", g.pathCall("path_unlink_file", 3, "sub/"), ErrnoIsdir)
		expect(t, "unlink file/", g.pathCall("path_unlink_file", 3, "link/"), ErrnoNotdir)
		expect(t, "rmdir file", g.pathCall("path_remove_directory", 3, "link"), ErrnoNotdir)
		expect(t, "rmdir file/", g.pathCall("path_remove_directory", 3, "link/"), ErrnoNotdir)
		f2 := g.mustOpen(3, "sub/x", uint32(OflagCreat), 0)
		g.call("fd_close", uint64(f2))
		expect(t, "rmdir nonempty", g.pathCall("path_remove_directory", 3, "sub"), ErrnoNotempty)
		g.pathCall("path_unlink_file", 3, "sub/x")
		expect(t, "rmdir dir/", g.pathCall("path_remove_directory", 3, "sub/"), ErrnoSuccess)
		expect(t, "rmdir .", g.pathCall("path_remove_directory", 3, "."), ErrnoInval)
		expect(t, "mkdir .", g.pathCall("path_create_directory", 3, "."), ErrnoExist)
		expect(t, "mkdir existing", g.pathCall("path_create_directory", 3, "file"), ErrnoExist)
		expect(t, "unlink missing", g.pathCall("path_unlink_file", 3, "missing"), ErrnoNoent)
		expect(t, "unlink", g.pathCall("path_unlink_file", 3, "link"), ErrnoSuccess)
		if _, err := os.Lstat(filepath.Join(dir, "link")); !os.IsNotExist(err) {
			t.Errorf("link still on host")
		}
	})
}
