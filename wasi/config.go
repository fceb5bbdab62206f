package wasi

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"syscall"
)

// DirMount grants the guest one host directory, visible under GuestPath.
// It is read-only unless Writable is set.
type DirMount struct {
	HostPath  string
	GuestPath string
	Writable  bool
}

// FSMount exposes a Go fs.FS to the guest, always read-only.
type FSMount struct {
	FS        fs.FS
	GuestPath string
}

// Config lists everything a module is granted. The zero Config grants
// nothing: no arguments, no environment, no directories, no sockets, empty
// stdin, and stdout/stderr discarded.
type Config struct {
	Args []string
	// Env holds "NAME=VALUE" entries, passed verbatim; nothing is inherited.
	Env []string

	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer

	// Dirs and FS are preopened from fd 3 on, Dirs first, in order.
	Dirs []DirMount
	FS   []FSMount
	// Listeners are preopened after the directories, for sock_accept. The
	// System owns them from New on: Close (or the guest's fd_close) closes
	// them. Stdin/Stdout/Stderr are never closed.
	Listeners []Listener

	// Walltime returns nanoseconds since the Unix epoch; Nanotime returns
	// monotonic nanoseconds. Both default to the host clocks.
	Walltime func() int64
	Nanotime func() int64
	// Rand feeds random_get; defaults to crypto/rand.Reader.
	Rand io.Reader
}

// Listener is a listening socket granted to the guest (Config.Listeners):
// what net.Listen returns for "tcp" or "unix" (*net.TCPListener and
// *net.UnixListener implement it: pass l.(wasi.Listener)), or an *os.File
// of a listening socket. sock_accept accepts on its fd, which must be in
// non-blocking mode, as Go's listeners' are (New fails otherwise). (Not
// net.Listener, whose Accept returns a net.Conn: a program that imports
// package net is linked with the C library when cgo is enabled, which
// costs every run of the kiln command about 1 ms of start-up.)
type Listener interface {
	syscall.Conn
	Close() error
}

// ParseDirSpec parses a CLI directory grant: HOST[::GUEST][:ro|:rw].
//
//   - A final ":ro" or ":rw" is the access mode, and only that one suffix is:
//     ":ro" grants read-only access, ":rw" read-write; without one, the
//     grant is writable if writable is set (kiln run --allow-writes).
//   - What remains splits at its first "::" into HOST and GUEST; without
//     "::" the guest sees HOST under the same path, as in wasmtime.
//   - Every other colon belongs to a path ("/mnt/a:b" is a path; GUEST may
//     contain "::", HOST may not). A HOST or GUEST that itself ends in
//     ":ro" or ":rw" needs an explicit mode after it ("/data/x:ro:rw"), or
//     a trailing slash ("/data/x:ro/").
func ParseDirSpec(spec string, writable bool) (DirMount, error) {
	if strings.ContainsRune(spec, 0) {
		return DirMount{}, fmt.Errorf("wasi: directory spec %q contains NUL", spec)
	}
	rest := spec
	switch {
	case strings.HasSuffix(rest, ":ro"):
		rest, writable = strings.TrimSuffix(rest, ":ro"), false
	case strings.HasSuffix(rest, ":rw"):
		rest, writable = strings.TrimSuffix(rest, ":rw"), true
	}
	host, guest, found := strings.Cut(rest, "::")
	if host == "" {
		return DirMount{}, fmt.Errorf("wasi: directory spec %q: empty host path", spec)
	}
	if !found {
		guest = host
	} else if guest == "" {
		return DirMount{}, fmt.Errorf("wasi: directory spec %q: empty guest path", spec)
	}
	return DirMount{HostPath: host, GuestPath: guest, Writable: writable}, nil
}

// ParseEnvSpec parses a CLI environment grant: "NAME=VALUE" passes the
// value as given, "NAME" passes the host's value of NAME, looked up with
// lookup (os.LookupEnv in the CLI). A missing host variable is an error, so a
// typo does not silently give the module an empty environment.
func ParseEnvSpec(spec string, lookup func(string) (string, bool)) (string, error) {
	name, _, hasValue := strings.Cut(spec, "=")
	if name == "" {
		return "", fmt.Errorf("wasi: env spec %q: empty variable name", spec)
	}
	if strings.ContainsRune(spec, 0) {
		return "", fmt.Errorf("wasi: env spec %q contains NUL", spec)
	}
	if hasValue {
		return spec, nil
	}
	if lookup == nil {
		return "", errors.New("wasi: env spec " + spec + ": no lookup function")
	}
	v, ok := lookup(name)
	if !ok {
		return "", fmt.Errorf("wasi: env spec %q: variable not set on the host", spec)
	}
	return name + "=" + v, nil
}
