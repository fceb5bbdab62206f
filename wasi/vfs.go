//go:build linux

package wasi

import (
	"io"
	"io/fs"
	"path"
	"strings"
	"syscall"
)

// Read-only fs.FS mounts. The fs.FS itself is trusted to stay inside its
// own tree (fs.FS paths cannot express escapes; prefer (*os.Root).FS() over
// os.DirFS for host directories, since os.DirFS follows symlinks). Here we
// only make sure guest paths never climb above the directory fd they are
// resolved against, with the same EPERM as host mounts.

func vfsResolve(e *fdEntry, p string) (string, bool, Errno) {
	if errno := checkPath(p); errno != ErrnoSuccess {
		return "", false, errno
	}
	trailing := strings.HasSuffix(p, "/")
	var comps []string
	for _, c := range strings.Split(p, "/") {
		switch c {
		case "", ".":
		case "..":
			if len(comps) == 0 {
				return "", false, ErrnoPerm
			}
			comps = comps[:len(comps)-1]
		default:
			comps = append(comps, c)
		}
	}
	full := path.Join(append([]string{e.vfsPath}, comps...)...)
	if !fs.ValidPath(full) {
		return "", false, ErrnoInval
	}
	return full, trailing, ErrnoSuccess
}

func vfsStatErr(err error) Errno {
	errno := toErrno(err)
	if errno == ErrnoIo && strings.Contains(err.Error(), "not a directory") {
		return ErrnoNotdir
	}
	return errno
}

func putVFSFilestat(b []byte, fi fs.FileInfo) {
	clear(b)
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		put64(b, 0, uint64(st.Dev))
		put64(b, 8, st.Ino)
		put64(b, 24, uint64(st.Nlink))
	} else {
		put64(b, 24, 1)
	}
	b[16] = vfsFiletype(fi.Mode())
	put64(b, 32, uint64(fi.Size()))
	t := uint64(fi.ModTime().UnixNano())
	if fi.ModTime().IsZero() {
		t = 0
	}
	put64(b, 40, t)
	put64(b, 48, t)
	put64(b, 56, t)
}

func vfsFiletype(m fs.FileMode) uint8 {
	switch {
	case m.IsDir():
		return FiletypeDirectory
	case m.IsRegular():
		return FiletypeRegularFile
	case m&fs.ModeSymlink != 0:
		return FiletypeSymbolicLink
	case m&fs.ModeCharDevice != 0:
		return FiletypeCharacterDevice
	case m&fs.ModeDevice != 0:
		return FiletypeBlockDevice
	case m&fs.ModeSocket != 0:
		return FiletypeSocketStream
	}
	return FiletypeUnknown
}

func vfsFilestat(e *fdEntry, b []byte) Errno {
	var fi fs.FileInfo
	var err error
	if e.kind == kindVFSFile {
		fi, err = e.vfsFile.Stat()
	} else {
		fi, err = fs.Stat(e.vfs, e.vfsPath)
	}
	if err != nil {
		return vfsStatErr(err)
	}
	putVFSFilestat(b, fi)
	return ErrnoSuccess
}

func vfsRead(e *fdEntry, mem, arr []byte) (uint64, Errno) {
	n, errno := readerIO(e.vfsFile, mem, arr)
	e.vfsPos += int64(n)
	return n, errno
}

func vfsPread(e *fdEntry, mem, arr []byte, off int64) (uint64, Errno) {
	ra, ok := e.vfsFile.(io.ReaderAt)
	if !ok {
		return 0, ErrnoSpipe
	}
	var total uint64
	for i := 0; i < len(arr)/8; i++ {
		b := iov(mem, arr, i)
		if len(b) == 0 {
			continue
		}
		if total+uint64(len(b)) > maxIO {
			b = b[:maxIO-total]
		}
		n, err := ra.ReadAt(b, off+int64(total))
		total += uint64(n)
		if err != nil {
			if err == io.EOF || total > 0 {
				break
			}
			return 0, toErrno(err)
		}
		if total >= maxIO {
			break
		}
	}
	return total, ErrnoSuccess
}

func vfsSeek(e *fdEntry, off int64, whence int) (int64, Errno) {
	sk, ok := e.vfsFile.(io.Seeker)
	if !ok {
		return 0, ErrnoSpipe
	}
	p, err := sk.Seek(off, whence)
	if err != nil {
		return 0, ErrnoInval
	}
	e.vfsPos = p
	return p, ErrnoSuccess
}

// vfsOpen opens p under the vfs directory d. Writes never get here: the
// rights check in path_open refuses them first with EPERM.
func (s *System) vfsOpen(d *fdEntry, p string, oflags uint16, base, inh uint64, fdflags uint16) (*fdEntry, Errno) {
	full, trailing, errno := vfsResolve(d, p)
	if errno != ErrnoSuccess {
		return nil, errno
	}
	fi, err := fs.Stat(d.vfs, full)
	if err != nil {
		return nil, vfsStatErr(err)
	}
	mask := d.inh | rightsAlwaysInherited&^rightsMutating
	if fi.IsDir() {
		return &fdEntry{kind: kindVFSDir, filetype: FiletypeDirectory, hostFD: -1, vfs: d.vfs, vfsPath: full,
			readonly: true, base: base & mask & RightsDir, inh: inh & mask, flags: fdflags}, ErrnoSuccess
	}
	if oflags&OflagDirectory != 0 || trailing {
		return nil, ErrnoNotdir
	}
	f, err := d.vfs.Open(full)
	if err != nil {
		return nil, toErrno(err)
	}
	return &fdEntry{kind: kindVFSFile, filetype: vfsFiletype(fi.Mode()), hostFD: -1, vfs: d.vfs, vfsPath: full,
		vfsFile: f, readonly: true, base: base & mask & RightsFile, inh: inh & mask & RightsFile, flags: fdflags}, ErrnoSuccess
}

func (s *System) vfsDirents(e *fdEntry) ([]dirent, Errno) {
	list, err := fs.ReadDir(e.vfs, e.vfsPath)
	if err != nil {
		return nil, vfsStatErr(err)
	}
	out := make([]dirent, 0, len(list)+2)
	out = append(out, dirent{typ: FiletypeDirectory, name: "."}, dirent{typ: FiletypeDirectory, name: ".."})
	for _, de := range list {
		out = append(out, dirent{typ: vfsFiletype(de.Type()), name: de.Name()})
	}
	return out, ErrnoSuccess
}
