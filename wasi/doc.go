// Package wasi is Kiln's WASI preview1 (wasi_snapshot_preview1) host layer.
//
// It is engine-neutral: a System holds one module instance's WASI state
// (its fd table and grants), and Functions() describes every preview1 import
// with its signature and one uniform call shape,
//
//	func(ctx context.Context, s *System, mem []byte, stack []uint64) error
//
// where mem is the guest's linear memory for the duration of the call,
// parameters are read from stack and the errno result is written to
// stack[0]. Typed methods (FdWrite, PathOpen, ...) are exported too.
// FunctionsPreview0 is the same for wasi_unstable (WASI preview 0, which
// older toolchains' modules import): the same System serves both, with
// the few layouts and values that differ translated (filestat, whence,
// clock subscriptions; see FunctionsPreview0).
//
// Capability security: a module gets nothing unless Config grants it. Each
// directory grant becomes a preopened fd (from 3 on) and is read-only unless
// Writable; a mutation under a read-only grant fails with EPERM and changes
// nothing. Paths are resolved beneath the directory fd they are relative to
// (openat2 RESOLVE_BENEATH, or a component-by-component fallback), so "..",
// absolute paths and symlinks can never reach outside; escapes fail with
// EPERM. The rights model follows the preview1 spec: an fd's rights can only
// be dropped, children inherit at most their directory's inheriting rights.
//
// Cancellation: a call that waits (fd_read on a pipe, FIFO, socket or
// terminal, stdin included when it is an *os.File; fd_write on a socket;
// sock_recv, sock_send, sock_accept, poll_oneoff) returns promptly with
// errno INTR and ctx's error once ctx is done; internal/wasibind turns
// that into the trap "interrupted". Waits happen in poll(2) together with
// the System's eventfd, which a context.AfterFunc rings; no fd flag shared
// with another process is changed (see stream_linux.go). Not
// interruptible: writes to a full pipe or terminal, and stdio given as an
// io.Reader/io.Writer that is not an *os.File. Regular files never wait.
//
// Every guest pointer and length is checked against len(mem) with 64-bit
// arithmetic before use; a bad one is EFAULT. No guest input can make the
// package panic.
//
// Linux only (amd64 and arm64).
package wasi
