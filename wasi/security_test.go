//go:build linux

package wasi

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

const secret = "TOP SECRET host data"

// hostileTree builds base/outside (secret files) and base/root (the
// preopen) with symlinks that try every way out.
func hostileTree(t *testing.T) (base, root string) {
	base = t.TempDir()
	root = filepath.Join(base, "root")
	out := filepath.Join(base, "outside")
	for _, d := range []string{root, out, filepath.Join(root, "sub"), filepath.Join(root, "sub", "deeper")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(out, "secret.txt"), []byte(secret), 0o644)
	os.WriteFile(filepath.Join(root, "inside.txt"), []byte("inside"), 0o644)
	links := map[string]string{
		"abs":           out, // absolute symlink to outside
		"absfile":       filepath.Join(out, "secret.txt"),
		"etc":           "/etc",                  // absolute symlink to the host root
		"up":            "../outside",            // relative symlink escaping
		"secretlink":    "../outside/secret.txt", // symlink to a file outside
		"sneaky":        "sub/../../outside",     // escape hidden behind a ..
		"loop1":         "loop2",                 // loops
		"loop2":         "loop1",
		"self":          "self",
		"dotlink":       ".",     // harmless: stays inside
		"sub/back":      "..",    // harmless: back to root
		"sub/backback":  "../..", // escapes by one level
		"sub/deeper/up": "../../../outside",
		"okfile":        "sub/../inside.txt", // harmless
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
	return base, root
}

func TestHostilePaths(t *testing.T) {
	for _, fallback := range []bool{false, true} {
		if !fallback && !haveOpenat2() {
			continue
		}
		name := map[bool]string{false: "openat2", true: "fallback"}[fallback]
		t.Run(name, func(t *testing.T) {
			base, root := hostileTree(t)
			outside := filepath.Join(base, "outside")
			before := snapshot(t, outside)
			g := newGuest(t, Config{Dirs: []DirMount{{HostPath: root, GuestPath: "/", Writable: true}}})
			g.s.noOpenat2 = fallback
			cases := []struct {
				path string
				want Errno
			}{
				{"..", ErrnoPerm},
				{"../outside/secret.txt", ErrnoPerm},
				{"sub/../../outside/secret.txt", ErrnoPerm},
				{"sub/../../x", ErrnoPerm},
				{"nonexistent/../../x", ErrnoNoent}, // the kernel stops at the missing dir first
				{"sub/deeper/../../../outside", ErrnoPerm},
				{"/etc/passwd", ErrnoPerm},
				{"/", ErrnoPerm},
				{"//etc", ErrnoPerm},
				{filepath.Join(outside, "secret.txt"), ErrnoPerm},
				{"abs", ErrnoPerm},
				{"abs/secret.txt", ErrnoPerm},
				{"absfile", ErrnoPerm},
				{"etc/passwd", ErrnoPerm},
				{"up/secret.txt", ErrnoPerm},
				{"secretlink", ErrnoPerm},
				{"sneaky/secret.txt", ErrnoPerm},
				{"sub/backback/outside/secret.txt", ErrnoPerm},
				{"sub/back/../outside/secret.txt", ErrnoPerm},
				{"sub/deeper/up/secret.txt", ErrnoPerm},
				{"dotlink/dotlink/sub/back/sub/backback", ErrnoPerm},
				{"loop1", ErrnoLoop},
				{"self", ErrnoLoop},
				{"loop1/x", ErrnoLoop},
				{"inside.txt\x00../outside", ErrnoInval},
				{strings.Repeat("a/", 3000), ErrnoNametoolong},
				{strings.Repeat("x", 300), ErrnoNametoolong},
				// Harmless ones must keep working.
				{"inside.txt", ErrnoSuccess},
				{"okfile", ErrnoSuccess},
				{"dotlink/dotlink/inside.txt", ErrnoSuccess},
				{"sub/back/sub/back/inside.txt", ErrnoSuccess},
				{"sub/deeper/../../inside.txt", ErrnoSuccess},
			}
			buf := g.alloc(64)
			for _, c := range cases {
				fd, e := g.openFull(3, c.path, LookupSymlinkFollow, 0, RightFdRead, 0, 0)
				expect(t, "open "+trunc(c.path), e, c.want)
				if e == ErrnoSuccess {
					got, _ := g.read(fd, 64)
					if string(got) != "inside" {
						t.Errorf("open %q read %q", c.path, got)
					}
					g.call("fd_close", uint64(fd))
				}
				// stat with follow must agree with open.
				_, e = g.pathFilestat(3, LookupSymlinkFollow, c.path)
				if c.want != ErrnoSuccess {
					expect(t, "stat "+trunc(c.path), e, c.want)
				}
				// Writes through the same paths: create, mkdir, set_times.
				if c.want != ErrnoSuccess {
					_, e = g.openFull(3, c.path+"/new", LookupSymlinkFollow, uint32(OflagCreat), RightFdWrite, 0, 0)
					if e == ErrnoSuccess {
						t.Errorf("create under %q succeeded", c.path)
					}
					if e := g.pathCall("path_create_directory", 3, c.path+"/newdir"); e == ErrnoSuccess {
						t.Errorf("mkdir under %q succeeded", c.path)
					}
					p, n := g.str(c.path)
					if e := g.call("path_filestat_set_times", 3, 1, uint64(p), uint64(n), 0, 0, uint64(FstflagMtimNow)); e == ErrnoSuccess {
						t.Errorf("set_times follow %q succeeded", c.path)
					}
				}
			}
			_ = buf
			// Creating through an escaping symlink as the final component.
			_, e := g.openFull(3, "secretlink", LookupSymlinkFollow, uint32(OflagCreat|OflagTrunc), RightFdWrite, 0, 0)
			expect(t, "trunc via secretlink", e, ErrnoPerm)
			expect(t, "unlink via up", g.pathCall("path_unlink_file", 3, "up/secret.txt"), ErrnoPerm)
			expect(t, "rename out via up", g.rename(3, "inside.txt", 3, "up/stolen"), ErrnoPerm)
			expect(t, "rename in via up", g.rename(3, "up/secret.txt", 3, "stolen"), ErrnoPerm)
			expect(t, "link in via up", g.link(3, 0, "up/secret.txt", 3, "stolen"), ErrnoPerm)
			expect(t, "symlink via up", g.symlink("x", 3, "up/l"), ErrnoPerm)
			expect(t, "rmdir ..", g.pathCall("path_remove_directory", 3, ".."), ErrnoPerm)
			b, e := g.readlink(3, "up/../outside", 10)
			if e != ErrnoPerm {
				t.Errorf("readlink through escape: %q %s", b, e.Name())
			}
			// Trailing slashes force following: it must stay confined.
			_, e = g.pathFilestat(3, 0, "up/")
			expect(t, "lstat up/", e, ErrnoPerm)
			up, upn := g.str("up/")
			expect(t, "set_times nofollow up/", g.call("path_filestat_set_times", 3, 0, uint64(up), uint64(upn), 0, 0, uint64(FstflagMtimNow)), ErrnoPerm)
			_, e = g.readlink(3, "up/", 10)
			expect(t, "readlink up/", e, ErrnoPerm)
			expect(t, "link up/", g.link(3, 0, "up/", 3, "l"), ErrnoPerm)
			expect(t, "link sub/", g.link(3, 0, "sub/", 3, "l"), ErrnoPerm)
			expect(t, "link inside.txt/", g.link(3, 0, "inside.txt/", 3, "l"), ErrnoNotdir)
			_, e = g.openFull(3, "up/", 0, 0, 0, 0, 0)
			expect(t, "open nofollow up/", e, ErrnoPerm)
			st, e := g.pathFilestat(3, 0, "sub/back/")
			if e != ErrnoSuccess || st.filetype != FiletypeDirectory {
				t.Errorf("lstat sub/back/: %s", e.Name())
			}
			// The link itself (not followed) is inside and can be inspected.
			st, e = g.pathFilestat(3, 0, "secretlink")
			if e != ErrnoSuccess || st.filetype != FiletypeSymbolicLink {
				t.Errorf("lstat link: %s", e.Name())
			}
			// A directory fd opened inside is its own root: .. cannot climb.
			sub := g.mustOpen(3, "sub", uint32(OflagDirectory), RightsDir)
			_, e = g.open(sub, "../inside.txt", 0, RightFdRead)
			expect(t, "sub fd ..", e, ErrnoPerm)
			_, e = g.openFull(sub, "back/inside.txt", LookupSymlinkFollow, 0, RightFdRead, 0, 0)
			expect(t, "sub fd symlink ..", e, ErrnoPerm)
			if after := snapshot(t, outside); after != before {
				t.Errorf("outside changed:\n%s\n---\n%s", before, after)
			}
		})
	}
}

func trunc(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// TestSymlinkSwapRace swaps a directory for a symlink to the outside while
// the guest keeps opening a file beneath it. Every successful open must see
// the inside file.
func TestSymlinkSwapRace(t *testing.T) {
	for _, fallback := range []bool{false, true} {
		if !fallback && !haveOpenat2() {
			continue
		}
		t.Run(map[bool]string{false: "openat2", true: "fallback"}[fallback], func(t *testing.T) {
			base, root := hostileTree(t)
			os.WriteFile(filepath.Join(base, "outside", "f"), []byte(secret), 0o644)
			real := filepath.Join(root, "realdir")
			os.Mkdir(real, 0o755)
			os.WriteFile(filepath.Join(real, "f"), []byte("inside"), 0o644)
			os.Symlink("../outside", filepath.Join(root, "evil"))
			g := newGuest(t, Config{Dirs: []DirMount{{HostPath: root, GuestPath: "/", Writable: true}}})
			g.s.noOpenat2 = fallback

			var stop atomic.Bool
			var wg sync.WaitGroup
			wg.Add(1)
			go func() {
				defer wg.Done()
				race := filepath.Join(root, "race")
				for !stop.Load() {
					os.Rename(real, race)                        // race is the real dir
					os.Rename(race, real)                        // gone
					os.Rename(filepath.Join(root, "evil"), race) // race is a symlink out
					os.Rename(race, filepath.Join(root, "evil"))
				}
			}()
			deadline := time.Now().Add(700 * time.Millisecond)
			var ok, failed int
			for time.Now().Before(deadline) {
				fd, e := g.openFull(3, "race/f", LookupSymlinkFollow, 0, RightFdRead, 0, 0)
				if e != ErrnoSuccess {
					failed++
					continue
				}
				ok++
				got, _ := g.read(fd, 64)
				g.call("fd_close", uint64(fd))
				if string(got) != "inside" {
					t.Fatalf("read %q through a swapped path", got)
				}
				if bytes.Contains(got, []byte("SECRET")) {
					t.Fatal("escaped")
				}
			}
			stop.Store(true)
			wg.Wait()
			t.Logf("opens ok=%d failed=%d", ok, failed)
		})
	}
}

func TestReadOnlyMount(t *testing.T) {
	for _, fallback := range []bool{false, true} {
		if !fallback && !haveOpenat2() {
			continue // e.g. under qemu-user, which has no openat2
		}
		t.Run(map[bool]string{false: "openat2", true: "fallback"}[fallback], func(t *testing.T) {
			root := t.TempDir()
			os.WriteFile(filepath.Join(root, "file"), []byte("content"), 0o644)
			os.Mkdir(filepath.Join(root, "dir"), 0o755)
			os.Mkdir(filepath.Join(root, "empty"), 0o755)
			os.Symlink("file", filepath.Join(root, "link"))
			rw := t.TempDir()
			before := snapshot(t, root)
			g := newGuest(t, Config{Dirs: []DirMount{{HostPath: root, GuestPath: "/ro"}, {HostPath: rw, GuestPath: "/rw", Writable: true}}})
			g.s.noOpenat2 = fallback
			_, _, base, inh, _ := g.fdstat(3)
			if base&rightsMutating != 0 || inh&rightsMutating != 0 {
				t.Errorf("read-only preopen has write rights: %x %x", base, inh)
			}
			perm := func(what string, e Errno) { t.Helper(); expect(t, what, e, ErrnoPerm) }
			_, e := g.open(3, "new", uint32(OflagCreat), 0)
			perm("O_CREAT", e)
			_, e = g.open(3, "file", uint32(OflagCreat), RightFdRead)
			perm("O_CREAT existing", e)
			_, e = g.open(3, "file", uint32(OflagTrunc), RightFdRead)
			perm("O_TRUNC", e)
			_, e = g.open(3, "file", 0, RightFdWrite)
			perm("O_WRONLY", e)
			_, e = g.open(3, "file", 0, RightFdRead|RightFdWrite)
			perm("O_RDWR", e)
			_, e = g.openFull(3, "file", 0, 0, RightFdRead, 0, uint32(FdflagAppend))
			perm("O_APPEND", e)
			perm("unlink", g.pathCall("path_unlink_file", 3, "file"))
			perm("mkdir", g.pathCall("path_create_directory", 3, "newdir"))
			perm("rmdir", g.pathCall("path_remove_directory", 3, "empty"))
			perm("rename inside", g.rename(3, "file", 3, "renamed"))
			perm("rename out", g.rename(3, "file", 4, "stolen"))
			perm("symlink", g.symlink("file", 3, "l2"))
			perm("link", g.link(3, 0, "file", 3, "l3"))
			perm("link out", g.link(3, 0, "file", 4, "l3"))
			p, n := g.str("file")
			perm("path set_times", g.call("path_filestat_set_times", 3, 0, uint64(p), uint64(n), 0, 0, uint64(FstflagMtimNow)))
			// Into the read-only mount from a writable one.
			f := g.mustOpen(4, "w", uint32(OflagCreat), 0)
			g.call("fd_close", uint64(f))
			perm("rename into", g.rename(4, "w", 3, "w"))
			perm("link into", g.link(4, 0, "w", 3, "w"))
			// An fd from the read-only mount: readable, never writable.
			f = g.mustOpen(3, "file", 0, RightsFile&^rightsOpenWrite)
			_, _, fb, _, _ := g.fdstat(f)
			if fb&rightsMutating != 0 {
				t.Errorf("file from read-only mount has write rights %x", fb)
			}
			if got, e := g.read(f, 100); e != ErrnoSuccess || string(got) != "content" {
				t.Errorf("read: %q %s", got, e.Name())
			}
			_, e = g.write(f, []byte("x"))
			expect(t, "fd_write", e, ErrnoBadf)
			perm("set_size", g.call("fd_filestat_set_size", uint64(f), 0))
			perm("allocate", g.call("fd_allocate", uint64(f), 0, 100))
			perm("fd set_times", g.call("fd_filestat_set_times", uint64(f), 0, 0, uint64(FstflagMtimNow)))
			perm("set append", g.call("fd_fdstat_set_flags", uint64(f), uint64(FdflagAppend)))
			perm("dir fd set_times", g.call("fd_filestat_set_times", 3, 0, 0, uint64(FstflagMtimNow)))
			expect(t, "pwrite", g.call("fd_pwrite", uint64(f), uint64(g.alloc(8)), 0, 0, uint64(g.alloc(4))), ErrnoBadf)
			// A subdirectory opened from it stays read-only.
			d := g.mustOpen(3, "dir", uint32(OflagDirectory), RightsDir)
			_, e = g.open(d, "x", uint32(OflagCreat), 0)
			perm("create in subdir", e)
			// Rights cannot be re-added.
			expect(t, "regrant", g.call("fd_fdstat_set_rights", 3, base|RightPathCreateFile, inh), ErrnoNotcapable)
			if after := snapshot(t, root); after != before {
				t.Errorf("host changed:\n%s\n---\n%s", before, after)
			}
		})
	}
}

func TestBadPointers(t *testing.T) {
	var out bytes.Buffer
	g, _ := newDirGuest(t, true)
	g.s.fds[1].writer = &out
	data, dn := g.str("data")
	iov := g.alloc(16)
	nw := g.alloc(4)
	setIov := func(i int, p, n uint32) {
		put32(g.mem, int(iov)+8*i, p)
		put32(g.mem, int(iov)+8*i+4, n)
	}
	setIov(0, data, dn)
	setIov(1, memSize-2, 4) // second buffer partly out of range
	expect(t, "iovec partly out", g.call("fd_write", 1, uint64(iov), 2, uint64(nw)), ErrnoFault)
	if out.Len() != 0 {
		t.Errorf("partial write happened: %q", out.String())
	}
	setIov(1, 0xFFFFFFFF, 2) // ptr+len overflows 32 bits
	expect(t, "iovec overflow", g.call("fd_write", 1, uint64(iov), 2, uint64(nw)), ErrnoFault)
	expect(t, "iovs array out", g.call("fd_write", 1, memSize-8, 2, uint64(nw)), ErrnoFault)
	expect(t, "iovs count huge", g.call("fd_write", 1, uint64(iov), 0x20000000, uint64(nw)), ErrnoFault)
	setIov(1, data, 0)
	expect(t, "nwritten out", g.call("fd_write", 1, uint64(iov), 2, memSize-3), ErrnoFault)
	if out.Len() != 0 {
		t.Errorf("write happened despite bad result pointer")
	}
	expect(t, "fd_read buf out", g.call("fd_read", 0, uint64(iov), 2, memSize), ErrnoFault)
	setIov(0, memSize, 1)
	expect(t, "fd_read iov out", g.call("fd_read", 0, uint64(iov), 1, uint64(nw)), ErrnoFault)
	expect(t, "fdstat out", g.call("fd_fdstat_get", 1, memSize-23), ErrnoFault)
	expect(t, "filestat out", g.call("fd_filestat_get", 3, memSize-63), ErrnoFault)
	expect(t, "prestat out", g.call("fd_prestat_get", 3, memSize-7), ErrnoFault)
	expect(t, "path out", g.call("path_open", 3, 0, memSize-2, 10, 0, 0, 0, 0, uint64(nw)), ErrnoFault)
	expect(t, "path overflow", g.call("path_open", 3, 0, 0xFFFFFFFF, 2, 0, 0, 0, 0, uint64(nw)), ErrnoFault)
	p, n := g.str("f")
	expect(t, "open result out", g.call("path_open", 3, 0, uint64(p), uint64(n), uint64(OflagCreat), 0, 0, 0, memSize-1), ErrnoFault)
	if _, err := os.Stat(filepath.Join(g.s.fds[3].guestName, "f")); err == nil {
		t.Errorf("file created despite bad result pointer")
	}
	expect(t, "readlink buf out", g.call("path_readlink", 3, uint64(p), uint64(n), memSize-2, 10, uint64(nw)), ErrnoFault)
	expect(t, "readdir out", g.call("fd_readdir", 3, memSize-10, 100, 0, uint64(nw)), ErrnoFault)
	expect(t, "symlink target out", g.call("path_symlink", memSize, 5, 3, uint64(p), uint64(n)), ErrnoFault)
	expect(t, "poll in out", g.call("poll_oneoff", memSize-40, 0, 1, uint64(nw)), ErrnoFault)
	expect(t, "poll count huge", g.call("poll_oneoff", 0, 0, 0x10000000, uint64(nw)), ErrnoFault)
	expect(t, "tell out", g.call("fd_tell", 3, memSize), ErrnoIsdir)
	expect(t, "environ out", g.call("environ_get", memSize+1, 0), ErrnoFault)
	expect(t, "args sizes out", g.call("args_sizes_get", memSize-3, 0), ErrnoFault)
	// Small memories: everything is checked against len(mem).
	g.mem = make([]byte, 16)
	expect(t, "tiny mem", g.call("clock_time_get", 0, 0, 9), ErrnoFault)
	expect(t, "tiny mem ok", g.call("clock_time_get", 0, 0, 8), ErrnoSuccess)
	g.mem = nil
	expect(t, "nil mem", g.call("fd_write", 1, 0, 0, 0), ErrnoFault)
}

func TestFSMount(t *testing.T) {
	mfs := fstest.MapFS{
		"a.txt":   {Data: []byte("hello fs")},
		"d/b.txt": {Data: []byte("b")},
	}
	g := newGuest(t, Config{FS: []FSMount{{FS: mfs, GuestPath: "/assets"}}})
	p := g.alloc(8)
	expect(t, "prestat", g.call("fd_prestat_get", 3, uint64(p)), ErrnoSuccess)
	f := g.mustOpen(3, "a.txt", 0, RightFdRead|RightFdSeek|RightFdFilestatGet|RightFdTell)
	got, e := g.read(f, 5)
	if e != ErrnoSuccess || string(got) != "hello" {
		t.Errorf("read %q %s", got, e.Name())
	}
	expect(t, "seek", g.call("fd_seek", uint64(f), 6, 0, uint64(p)), ErrnoSuccess)
	got, _ = g.read(f, 10)
	if string(got) != "fs" {
		t.Errorf("after seek %q", got)
	}
	st, e := g.fdFilestat(f)
	if e != ErrnoSuccess || st.size != 8 || st.filetype != FiletypeRegularFile {
		t.Errorf("filestat %+v %s", st, e.Name())
	}
	st, e = g.pathFilestat(3, 0, "d")
	if e != ErrnoSuccess || st.filetype != FiletypeDirectory {
		t.Errorf("dir stat %s", e.Name())
	}
	names, _, e := g.readdir(3, 128)
	if e != ErrnoSuccess || strings.Join(names, ",") != ".,..,a.txt,d" {
		t.Errorf("readdir %v %s", names, e.Name())
	}
	d, _ := g.openFull(3, "d", 0, uint32(OflagDirectory), RightsDir, RightsDir|RightsFile, 0)
	got, _ = g.read(g.mustOpen(d, "b.txt", 0, RightFdRead), 4)
	if string(got) != "b" {
		t.Errorf("nested read %q", got)
	}
	_, e = g.open(d, "../a.txt", 0, RightFdRead)
	expect(t, "escape from subdir", e, ErrnoPerm)
	_, e = g.open(3, "../x", 0, RightFdRead)
	expect(t, "escape", e, ErrnoPerm)
	_, e = g.open(3, "missing", 0, RightFdRead)
	expect(t, "missing", e, ErrnoNoent)
	_, e = g.open(3, "a.txt", uint32(OflagDirectory), 0)
	expect(t, "O_DIRECTORY on file", e, ErrnoNotdir)
	for _, c := range []struct {
		what string
		e    Errno
	}{
		{"create", func() Errno { _, e := g.open(3, "new", uint32(OflagCreat), 0); return e }()},
		{"write open", func() Errno { _, e := g.open(3, "a.txt", 0, RightFdWrite); return e }()},
		{"mkdir", g.pathCall("path_create_directory", 3, "x")},
		{"unlink", g.pathCall("path_unlink_file", 3, "a.txt")},
		{"rmdir", g.pathCall("path_remove_directory", 3, "d")},
		{"rename", g.rename(3, "a.txt", 3, "b")},
		{"symlink", g.symlink("a.txt", 3, "l")},
	} {
		expect(t, c.what, c.e, ErrnoPerm)
	}
	_, e = g.write(f, []byte("x"))
	expect(t, "write", e, ErrnoBadf)
	if _, err := New(Config{FS: []FSMount{{GuestPath: "/x"}}}); err == nil {
		t.Errorf("nil FS accepted")
	}
}
