//go:build linux

package wasi

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

type fdKind uint8

const (
	kindHostFile fdKind = iota // any host fd that is not a directory
	kindHostDir                // host directory: a capability root for path_*
	kindReader                 // stdin from an io.Reader
	kindWriter                 // stdout/stderr to an io.Writer
	kindVFSFile                // file in a read-only fs.FS mount
	kindVFSDir                 // directory in a read-only fs.FS mount
	kindListener               // preopened TCP listener
	kindConn                   // accepted connection
)

// fdEntry is one slot of the guest's fd table.
type fdEntry struct {
	kind     fdKind
	filetype uint8
	flags    uint16 // fdflags as last set by the guest
	base     uint64 // rights base
	inh      uint64 // rights inheriting
	readonly bool   // under a read-only mount: mutations fail with EPERM

	hostFD int // kindHostFile / kindHostDir

	preopen   bool
	guestName string // preopen name for fd_prestat_dir_name

	reader io.Reader
	writer io.Writer
	osFile *os.File // stdio backed by a real file: fstat/poll/stream reads use it
	stdFD  int      // osFile's fd, taken without changing its blocking mode

	// noNowait: preadv2(RWF_NOWAIT) is not supported on this fd (terminals,
	// most character devices): streamRead polls before each read.
	noNowait bool

	vfs     fs.FS
	vfsPath string // cleaned path inside vfs ("." for the root)
	vfsFile fs.File
	vfsPos  int64

	dirCache []dirent // fd_readdir listing, rebuilt when cookie == 0

	listener Listener
	conn     *os.File // non-blocking socket
}

type dirent struct {
	ino  uint64
	typ  uint8
	name string
}

// System is the WASI state of one module instance: its fd table and grants.
// It is not safe for concurrent use; a module instance runs one host call at
// a time (as with wasmtime's WasiCtx).
type System struct {
	args     []string
	argsSize uint32
	env      []string
	envSize  uint32

	fds []*fdEntry

	walltime func() int64
	nanotime func() int64
	rand     io.Reader
	start    time.Time

	// iov is scratch space for readv/writev so the hot paths do not allocate.
	iov []unix.Iovec
	// gather is scratch space for an fd_write's iovecs made one Write.
	gather []byte

	// waker ends waits in poll(2) when a call's context is done.
	waker *waker

	// noOpenat2 forces the portable component-by-component resolver
	// (tests set it); it is used too when the kernel lacks openat2, which
	// is probed at the first path resolution, not in New: most runs
	// resolve no path.
	noOpenat2 bool
}

// New builds a System from cfg, opening every granted directory now so a
// bad grant is reported before the module runs.
func New(cfg Config) (*System, error) {
	s := &System{
		walltime: cfg.Walltime,
		nanotime: cfg.Nanotime,
		rand:     cfg.Rand,
		start:    time.Now(),
		waker:    newWaker(),
	}
	if s.walltime == nil {
		s.walltime = func() int64 { return time.Now().UnixNano() }
	}
	if s.nanotime == nil {
		start := s.start
		// time.Since uses the monotonic clock reading in start.
		s.nanotime = func() int64 { return int64(time.Since(start)) + 1 }
	}
	if s.rand == nil {
		s.rand = rand.Reader
	}
	size, err := stringsSize(cfg.Args)
	if err != nil {
		return nil, fmt.Errorf("wasi: args: %w", err)
	}
	s.args, s.argsSize = append([]string(nil), cfg.Args...), size
	for _, e := range cfg.Env {
		if !strings.Contains(e, "=") {
			return nil, fmt.Errorf("wasi: env entry %q is not NAME=VALUE", e)
		}
	}
	if size, err = stringsSize(cfg.Env); err != nil {
		return nil, fmt.Errorf("wasi: env: %w", err)
	}
	s.env, s.envSize = append([]string(nil), cfg.Env...), size

	stdin := cfg.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	stdout, stderr := cfg.Stdout, cfg.Stderr
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	s.fds = append(s.fds, stdioEntry(kindReader, stdin, nil), stdioEntry(kindWriter, nil, stdout), stdioEntry(kindWriter, nil, stderr))

	for _, d := range cfg.Dirs {
		fd, err := unix.Open(d.HostPath, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("wasi: preopen %q: %w", d.HostPath, &os.PathError{Op: "open", Path: d.HostPath, Err: err})
		}
		e := &fdEntry{kind: kindHostDir, filetype: FiletypeDirectory, hostFD: fd, preopen: true, guestName: d.GuestPath}
		e.base, e.inh = RightsDir, RightsDir|RightsFile
		if !d.Writable {
			e.readonly = true
			e.base &^= rightsMutating
			e.inh &^= rightsMutating
		}
		s.fds = append(s.fds, e)
	}
	for _, m := range cfg.FS {
		if m.FS == nil {
			s.Close()
			return nil, errors.New("wasi: FS mount " + m.GuestPath + " has a nil fs.FS")
		}
		st, err := fs.Stat(m.FS, ".")
		if err != nil || !st.IsDir() {
			s.Close()
			return nil, fmt.Errorf("wasi: FS mount %q: root is not a directory (%v)", m.GuestPath, err)
		}
		e := &fdEntry{kind: kindVFSDir, filetype: FiletypeDirectory, hostFD: -1, preopen: true,
			guestName: m.GuestPath, vfs: m.FS, vfsPath: ".", readonly: true}
		e.base, e.inh = RightsDir&^rightsMutating, (RightsDir|RightsFile)&^rightsMutating
		s.fds = append(s.fds, e)
	}
	for i, l := range cfg.Listeners {
		if l == nil {
			s.Close()
			return nil, errors.New("wasi: nil listener")
		}
		if fl, err := unix.FcntlInt(uintptr(rawFD(l)), unix.F_GETFL, 0); err != nil || fl&unix.O_NONBLOCK == 0 {
			s.Close()
			return nil, fmt.Errorf("wasi: Listeners[%d] is not a socket in non-blocking mode", i)
		}
		s.fds = append(s.fds, &fdEntry{kind: kindListener, filetype: FiletypeSocketStream, hostFD: -1,
			listener: l, base: rightsListener, inh: rightsSocket})
	}
	return s, nil
}

func stdioEntry(kind fdKind, r io.Reader, w io.Writer) *fdEntry {
	e := &fdEntry{kind: kind, hostFD: -1, stdFD: -1, reader: r, writer: w, filetype: FiletypeUnknown}
	var f *os.File
	if kind == kindReader {
		f, _ = r.(*os.File)
		e.base = RightFdRead | RightPollFdReadwrite | RightFdFilestatGet | RightFdFdstatSetFlags
	} else {
		f, _ = w.(*os.File)
		e.base = RightFdWrite | RightPollFdReadwrite | RightFdFilestatGet | RightFdFdstatSetFlags |
			RightFdSync | RightFdDatasync
	}
	// The fd is taken through SyscallConn, not Fd: Fd would switch a
	// nonblocking description (shared with whoever passed it) to blocking.
	if f != nil {
		if fd := rawFD(f); fd >= 0 {
			e.osFile, e.stdFD = f, fd
			var st unix.Stat_t
			if unix.Fstat(fd, &st) == nil {
				e.filetype = filetypeOf(st.Mode)
			}
		}
	}
	return e
}

// stringsSize is the byte size of NUL-terminated strings, checked to fit in
// the guest's 32-bit address space.
func stringsSize(list []string) (uint32, error) {
	var n uint64
	for _, a := range list {
		if strings.IndexByte(a, 0) >= 0 {
			return 0, fmt.Errorf("%q contains NUL", a)
		}
		n += uint64(len(a)) + 1
	}
	if n > 1<<32-1 || uint64(len(list)) > 1<<30 {
		return 0, errors.New("too large")
	}
	return uint32(n), nil
}

// Close releases every host resource still held by the fd table.
func (s *System) Close() error {
	first := s.waker.close()
	for i, e := range s.fds {
		if e != nil {
			if err := e.close(); err != nil && first == nil {
				first = err
			}
			s.fds[i] = nil
		}
	}
	return first
}

func (e *fdEntry) close() error {
	switch e.kind {
	case kindHostFile, kindHostDir:
		if e.hostFD >= 0 {
			fd := e.hostFD
			e.hostFD = -1
			return unix.Close(fd)
		}
	case kindVFSFile:
		if e.vfsFile != nil {
			return e.vfsFile.Close()
		}
	case kindListener:
		return e.listener.Close()
	case kindConn:
		return e.conn.Close()
	}
	// stdio streams belong to the embedder: never closed here.
	return nil
}

// get returns the open entry for fd, or EBADF.
func (s *System) get(fd uint32) (*fdEntry, Errno) {
	if uint64(fd) >= uint64(len(s.fds)) || s.fds[fd] == nil {
		return nil, ErrnoBadf
	}
	return s.fds[fd], ErrnoSuccess
}

// insert puts e in the lowest free slot, as POSIX does.
func (s *System) insert(e *fdEntry) (uint32, Errno) {
	for i, x := range s.fds {
		if x == nil {
			s.fds[i] = e
			return uint32(i), ErrnoSuccess
		}
	}
	if len(s.fds) >= 1<<20 {
		return 0, ErrnoMfile
	}
	s.fds = append(s.fds, e)
	return uint32(len(s.fds) - 1), ErrnoSuccess
}

// need checks that e holds every right in r. A mutation under a read-only
// mount is EPERM: that is a grant the host never gave (wasmtime maps its
// DirPerms/FilePerms refusals to EPERM too). Any other missing right is
// ENOTCAPABLE, the spec's errno for rights.
func (e *fdEntry) need(r uint64) Errno {
	if e.base&r == r {
		return ErrnoSuccess
	}
	if e.readonly && r&rightsMutating != 0 {
		return ErrnoPerm
	}
	return ErrnoNotcapable
}

func filetypeOf(mode uint32) uint8 {
	switch mode & unix.S_IFMT {
	case unix.S_IFREG:
		return FiletypeRegularFile
	case unix.S_IFDIR:
		return FiletypeDirectory
	case unix.S_IFCHR:
		return FiletypeCharacterDevice
	case unix.S_IFBLK:
		return FiletypeBlockDevice
	case unix.S_IFLNK:
		return FiletypeSymbolicLink
	case unix.S_IFSOCK:
		return FiletypeSocketStream
	}
	return FiletypeUnknown
}
