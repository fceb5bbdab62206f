//go:build linux

package wasi

import (
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// Path resolution confined beneath a directory fd.
//
// Every path a guest passes is resolved relative to a directory fd that is
// itself a capability (a preopen or a directory opened from one). Nothing it
// names may lie outside that directory: not through "..", absolute paths,
// absolute symlinks or symlinks pointing out, nor through a rename or symlink
// swap racing with the resolution.
//
// Primary mechanism: openat2(2) with RESOLVE_BENEATH|RESOLVE_NO_MAGICLINKS;
// the kernel checks every step atomically and fails with EXDEV on escape.
//
// Fallback (kernels before 5.6, seccomp filters returning ENOSYS, or forced
// by tests): walk the path one component at a time with openat(O_PATH|
// O_NOFOLLOW), keeping our own stack of directory fds. ".." pops that stack
// (never the kernel's ".."), symlinks are read through the O_PATH fd of the
// link itself (readlinkat(fd, "")) and spliced into the remaining path, so
// each step is bound to an inode we already hold and a concurrent swap can at
// worst make the lookup fail. The final operation always uses one plain
// component name with a no-follow flavour of the *at syscall.
//
// Escapes are reported as EPERM, as wasmtime (cap-std) does and as the
// testsuite's interesting_paths expects.

const maxSymlinks = 40 // Linux's limit, so ELOOP comes at the same depth

var (
	openat2Once sync.Once
	openat2OK   bool
)

func haveOpenat2() bool {
	openat2Once.Do(func() {
		fd, err := unix.Openat2(unix.AT_FDCWD, "/", &unix.OpenHow{Flags: unix.O_PATH | unix.O_CLOEXEC, Resolve: unix.RESOLVE_BENEATH})
		if err == unix.ENOSYS || err == unix.EPERM {
			return
		}
		if fd >= 0 {
			unix.Close(fd)
		}
		// "/" is absolute, so with RESOLVE_BENEATH it must fail with EXDEV:
		// that proves the kernel understands the flag.
		openat2OK = err == unix.EXDEV
	})
	return openat2OK
}

// checkPath applies the rules common to every path argument.
func checkPath(p string) Errno {
	if p == "" {
		return ErrnoNoent
	}
	if p[0] == '/' {
		return ErrnoPerm // absolute paths would escape the capability
	}
	if len(p) >= 4096 { // PATH_MAX: same answer from both resolvers
		return ErrnoNametoolong
	}
	return ErrnoSuccess
}

// resolved is a directory fd plus one final component (which keeps its
// trailing slashes, so the kernel applies POSIX trailing-slash rules).
type resolved struct {
	dir   int
	owned bool
	name  string
}

func (r resolved) close() {
	if r.owned {
		unix.Close(r.dir)
	}
}

func hostErr(err error) Errno {
	if err == unix.EXDEV {
		return ErrnoPerm
	}
	return toErrno(err)
}

// splitLast splits p into its parent path and last component. The last
// component keeps trailing slashes. parent is "" when p has one component.
func splitLast(p string) (parent, name string) {
	core := strings.TrimRight(p, "/")
	if core == "" { // p was all slashes: checkPath already rejected it
		return "", "."
	}
	i := strings.LastIndexByte(core, '/')
	if i < 0 {
		return "", p
	}
	return strings.TrimRight(core[:i], "/"), p[i+1:]
}

func baseName(name string) string { return strings.TrimRight(name, "/") }

// resolveParent resolves all but the last component of p beneath root. A
// final "." or ".." is folded in so the returned name never climbs: the
// result then names the directory itself as ".".
func (s *System) resolveParent(root int, p string) (resolved, Errno) {
	if e := checkPath(p); e != ErrnoSuccess {
		return resolved{}, e
	}
	if s.noOpenat2 || !haveOpenat2() {
		return walk(root, p, false)
	}
	parent, name := splitLast(p)
	if b := baseName(name); b == ".." {
		fd, e := openat2Beneath(root, p, unix.O_PATH|unix.O_DIRECTORY, 0)
		if e != ErrnoSuccess {
			return resolved{}, e
		}
		return resolved{dir: fd, owned: true, name: "."}, ErrnoSuccess
	}
	if parent == "" {
		return resolved{dir: root, name: name}, ErrnoSuccess
	}
	fd, e := openat2Beneath(root, parent, unix.O_PATH|unix.O_DIRECTORY, 0)
	if e != ErrnoSuccess {
		return resolved{}, e
	}
	return resolved{dir: fd, owned: true, name: name}, ErrnoSuccess
}

// openBeneath opens p beneath root with open(2) flags; follow says whether a
// symlink as the final component is followed (it is always confined).
func (s *System) openBeneath(root int, p string, flags int, mode uint32, follow bool) (int, Errno) {
	if e := checkPath(p); e != ErrnoSuccess {
		return -1, e
	}
	if !follow {
		flags |= unix.O_NOFOLLOW
	}
	if !s.noOpenat2 && haveOpenat2() {
		return openat2Beneath(root, p, flags, mode)
	}
	r, e := walk(root, p, follow)
	if e != ErrnoSuccess {
		return -1, e
	}
	defer r.close()
	name := r.name
	if b := baseName(name); b != name {
		// A trailing slash would make the kernel follow a symlink even
		// with O_NOFOLLOW; walk already resolved it, so open the plain
		// name and demand a directory instead.
		name = b
		flags |= unix.O_DIRECTORY
	}
	for {
		fd, err := unix.Openat(r.dir, name, flags|unix.O_NOFOLLOW|unix.O_CLOEXEC, mode)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return -1, hostErr(err)
		}
		return fd, ErrnoSuccess
	}
}

func openat2Beneath(root int, p string, flags int, mode uint32) (int, Errno) {
	how := unix.OpenHow{
		Flags:   uint64(flags | unix.O_CLOEXEC),
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
	}
	// O_TMPFILE contains the O_DIRECTORY bit, so test it as a whole.
	if flags&unix.O_CREAT != 0 || flags&unix.O_TMPFILE == unix.O_TMPFILE {
		how.Mode = uint64(mode)
	}
	var err error
	for try := 0; try < 16; try++ {
		var fd int
		fd, err = unix.Openat2(root, p, &how)
		if err == nil {
			return fd, ErrnoSuccess
		}
		// EAGAIN: the kernel saw a concurrent rename and refused to guess.
		if err != unix.EINTR && err != unix.EAGAIN {
			break
		}
	}
	return -1, hostErr(err)
}

// walk is the portable resolver (see the file comment). It returns the
// directory holding the final component and that component's name. With
// followFinal, symlinks in the final position are resolved too, so the name
// returned was not a symlink when checked (a later swap makes the caller's
// no-follow syscall fail instead of escaping).
func walk(root int, p string, followFinal bool) (resolved, Errno) {
	var stack []int // directory fds we own, innermost last
	cur := root
	defer func() {
		// Close everything except the returned directory, which the caller
		// owns (see the return statements: they pop it first).
		for _, fd := range stack {
			unix.Close(fd)
		}
	}()
	pending, trailing := splitComponents(p)
	links := 0
	for len(pending) > 0 {
		comp := pending[0]
		pending = pending[1:]
		last := len(pending) == 0
		if comp == ".." {
			if len(stack) == 0 {
				return resolved{}, ErrnoPerm
			}
			unix.Close(stack[len(stack)-1])
			stack = stack[:len(stack)-1]
			cur = root
			if len(stack) > 0 {
				cur = stack[len(stack)-1]
			}
			continue
		}
		if last && !followFinal && !trailing {
			return popResult(&stack, cur, comp, false), ErrnoSuccess
		}
		fd, err := openatRetry(cur, comp, unix.O_PATH|unix.O_NOFOLLOW|unix.O_CLOEXEC)
		if err != nil {
			if last && err == unix.ENOENT {
				// Let the final syscall decide (e.g. O_CREAT, mkdir).
				return popResult(&stack, cur, comp, trailing), ErrnoSuccess
			}
			return resolved{}, hostErr(err)
		}
		var st unix.Stat_t
		if err := unix.Fstat(fd, &st); err != nil {
			unix.Close(fd)
			return resolved{}, hostErr(err)
		}
		switch st.Mode & unix.S_IFMT {
		case unix.S_IFLNK:
			links++
			if links > maxSymlinks {
				unix.Close(fd)
				return resolved{}, ErrnoLoop
			}
			target, e := readlinkFD(fd)
			unix.Close(fd)
			if e != ErrnoSuccess {
				return resolved{}, e
			}
			if target == "" {
				return resolved{}, ErrnoNoent
			}
			if target[0] == '/' {
				return resolved{}, ErrnoPerm // absolute symlink: escape
			}
			tcomps, ttrail := splitComponents(target)
			if last {
				trailing = trailing || ttrail
			}
			// A link to "." leaves pending empty: the loop then ends on
			// the current directory, which is what the link names.
			pending = append(tcomps, pending...)
		case unix.S_IFDIR:
			if last {
				unix.Close(fd)
				return popResult(&stack, cur, comp, trailing), ErrnoSuccess
			}
			stack = append(stack, fd)
			cur = fd
		default:
			unix.Close(fd)
			if !last {
				return resolved{}, ErrnoNotdir
			}
			return popResult(&stack, cur, comp, trailing), ErrnoSuccess
		}
	}
	// The path ended on a directory we walked into (or was just "."):
	// the result is that directory itself.
	if len(stack) == 0 {
		return resolved{dir: root, name: "."}, ErrnoSuccess
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	return resolved{dir: top, owned: true, name: "."}, ErrnoSuccess
}

// popResult hands the current directory to the caller, removing it from the
// stack so the deferred cleanup does not close it.
func popResult(stack *[]int, cur int, name string, trailing bool) resolved {
	if trailing {
		name += "/"
	}
	if n := len(*stack); n > 0 && (*stack)[n-1] == cur {
		*stack = (*stack)[:n-1]
		return resolved{dir: cur, owned: true, name: name}
	}
	return resolved{dir: cur, name: name}
}

// splitComponents splits a relative path into components, dropping empty
// ones and "." (but keeping ".."), and reports a trailing slash.
func splitComponents(p string) ([]string, bool) {
	trailing := strings.HasSuffix(p, "/")
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		out = append(out, c)
	}
	return out, trailing
}

func openatRetry(dir int, name string, flags int) (int, error) {
	for {
		fd, err := unix.Openat(dir, name, flags, 0)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

// readlinkFD reads the target of the symlink held by an O_PATH|O_NOFOLLOW fd.
func readlinkFD(fd int) (string, Errno) {
	buf := make([]byte, 256)
	for {
		n, err := unix.Readlinkat(fd, "", buf)
		if err != nil {
			return "", hostErr(err)
		}
		if n < len(buf) {
			return string(buf[:n]), ErrnoSuccess
		}
		if len(buf) >= 1<<16 {
			return "", ErrnoNametoolong
		}
		buf = make([]byte, len(buf)*2)
	}
}
