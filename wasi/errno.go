package wasi

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/kilnwasm/kiln/internal/lazy"
)

// Errno is a WASI preview1 error number, as returned to the guest.
type Errno uint16

// WASI preview1 errno values (wasi_snapshot_preview1 witx, in order).
const (
	ErrnoSuccess Errno = iota
	Errno2big
	ErrnoAcces
	ErrnoAddrinuse
	ErrnoAddrnotavail
	ErrnoAfnosupport
	ErrnoAgain
	ErrnoAlready
	ErrnoBadf
	ErrnoBadmsg
	ErrnoBusy
	ErrnoCanceled
	ErrnoChild
	ErrnoConnaborted
	ErrnoConnrefused
	ErrnoConnreset
	ErrnoDeadlk
	ErrnoDestaddrreq
	ErrnoDom
	ErrnoDquot
	ErrnoExist
	ErrnoFault
	ErrnoFbig
	ErrnoHostunreach
	ErrnoIdrm
	ErrnoIlseq
	ErrnoInprogress
	ErrnoIntr
	ErrnoInval
	ErrnoIo
	ErrnoIsconn
	ErrnoIsdir
	ErrnoLoop
	ErrnoMfile
	ErrnoMlink
	ErrnoMsgsize
	ErrnoMultihop
	ErrnoNametoolong
	ErrnoNetdown
	ErrnoNetreset
	ErrnoNetunreach
	ErrnoNfile
	ErrnoNobufs
	ErrnoNodev
	ErrnoNoent
	ErrnoNoexec
	ErrnoNolck
	ErrnoNolink
	ErrnoNomem
	ErrnoNomsg
	ErrnoNoprotoopt
	ErrnoNospc
	ErrnoNosys
	ErrnoNotconn
	ErrnoNotdir
	ErrnoNotempty
	ErrnoNotrecoverable
	ErrnoNotsock
	ErrnoNotsup
	ErrnoNotty
	ErrnoNxio
	ErrnoOverflow
	ErrnoOwnerdead
	ErrnoPerm
	ErrnoPipe
	ErrnoProto
	ErrnoProtonosupport
	ErrnoPrototype
	ErrnoRange
	ErrnoRofs
	ErrnoSpipe
	ErrnoSrch
	ErrnoStale
	ErrnoTimedout
	ErrnoTxtbsy
	ErrnoXdev
	ErrnoNotcapable
)

var errnoNames = [...]string{
	"SUCCESS", "2BIG", "ACCES", "ADDRINUSE", "ADDRNOTAVAIL", "AFNOSUPPORT", "AGAIN", "ALREADY",
	"BADF", "BADMSG", "BUSY", "CANCELED", "CHILD", "CONNABORTED", "CONNREFUSED", "CONNRESET",
	"DEADLK", "DESTADDRREQ", "DOM", "DQUOT", "EXIST", "FAULT", "FBIG", "HOSTUNREACH", "IDRM",
	"ILSEQ", "INPROGRESS", "INTR", "INVAL", "IO", "ISCONN", "ISDIR", "LOOP", "MFILE", "MLINK",
	"MSGSIZE", "MULTIHOP", "NAMETOOLONG", "NETDOWN", "NETRESET", "NETUNREACH", "NFILE", "NOBUFS",
	"NODEV", "NOENT", "NOEXEC", "NOLCK", "NOLINK", "NOMEM", "NOMSG", "NOPROTOOPT", "NOSPC",
	"NOSYS", "NOTCONN", "NOTDIR", "NOTEMPTY", "NOTRECOVERABLE", "NOTSOCK", "NOTSUP", "NOTTY",
	"NXIO", "OVERFLOW", "OWNERDEAD", "PERM", "PIPE", "PROTO", "PROTONOSUPPORT", "PROTOTYPE",
	"RANGE", "ROFS", "SPIPE", "SRCH", "STALE", "TIMEDOUT", "TXTBSY", "XDEV", "NOTCAPABLE",
}

// Name returns the errno's witx name, e.g. "BADF".
func (e Errno) Name() string {
	if int(e) < len(errnoNames) {
		return errnoNames[e]
	}
	return "UNKNOWN"
}

// Error implements error so an Errno can travel through Go error values.
func (e Errno) Error() string { return "wasi errno " + e.Name() }

// hostErrnos maps Linux errno values to WASI errno values. Anything not
// listed becomes EIO: the guest must never see a host-specific number.
// Built on first use, not at every start of kiln.
var hostErrnos = lazy.Value[map[syscall.Errno]Errno]{New: func() map[syscall.Errno]Errno {
	return map[syscall.Errno]Errno{
		syscall.E2BIG: Errno2big, syscall.EACCES: ErrnoAcces, syscall.EADDRINUSE: ErrnoAddrinuse,
		syscall.EADDRNOTAVAIL: ErrnoAddrnotavail, syscall.EAFNOSUPPORT: ErrnoAfnosupport,
		syscall.EAGAIN: ErrnoAgain, syscall.EALREADY: ErrnoAlready, syscall.EBADF: ErrnoBadf,
		syscall.EBADMSG: ErrnoBadmsg, syscall.EBUSY: ErrnoBusy, syscall.ECANCELED: ErrnoCanceled,
		syscall.ECHILD: ErrnoChild, syscall.ECONNABORTED: ErrnoConnaborted,
		syscall.ECONNREFUSED: ErrnoConnrefused, syscall.ECONNRESET: ErrnoConnreset,
		syscall.EDEADLK: ErrnoDeadlk, syscall.EDESTADDRREQ: ErrnoDestaddrreq, syscall.EDOM: ErrnoDom,
		syscall.EDQUOT: ErrnoDquot, syscall.EEXIST: ErrnoExist, syscall.EFAULT: ErrnoFault,
		syscall.EFBIG: ErrnoFbig, syscall.EHOSTUNREACH: ErrnoHostunreach, syscall.EIDRM: ErrnoIdrm,
		syscall.EILSEQ: ErrnoIlseq, syscall.EINPROGRESS: ErrnoInprogress, syscall.EINTR: ErrnoIntr,
		syscall.EINVAL: ErrnoInval, syscall.EIO: ErrnoIo, syscall.EISCONN: ErrnoIsconn,
		syscall.EISDIR: ErrnoIsdir, syscall.ELOOP: ErrnoLoop, syscall.EMFILE: ErrnoMfile,
		syscall.EMLINK: ErrnoMlink, syscall.EMSGSIZE: ErrnoMsgsize, syscall.EMULTIHOP: ErrnoMultihop,
		syscall.ENAMETOOLONG: ErrnoNametoolong, syscall.ENETDOWN: ErrnoNetdown,
		syscall.ENETRESET: ErrnoNetreset, syscall.ENETUNREACH: ErrnoNetunreach,
		syscall.ENFILE: ErrnoNfile, syscall.ENOBUFS: ErrnoNobufs, syscall.ENODEV: ErrnoNodev,
		syscall.ENOENT: ErrnoNoent, syscall.ENOEXEC: ErrnoNoexec, syscall.ENOLCK: ErrnoNolck,
		syscall.ENOLINK: ErrnoNolink, syscall.ENOMEM: ErrnoNomem, syscall.ENOMSG: ErrnoNomsg,
		syscall.ENOPROTOOPT: ErrnoNoprotoopt, syscall.ENOSPC: ErrnoNospc, syscall.ENOSYS: ErrnoNosys,
		syscall.ENOTCONN: ErrnoNotconn, syscall.ENOTDIR: ErrnoNotdir, syscall.ENOTEMPTY: ErrnoNotempty,
		syscall.ENOTRECOVERABLE: ErrnoNotrecoverable, syscall.ENOTSOCK: ErrnoNotsock,
		syscall.EOPNOTSUPP: ErrnoNotsup, syscall.ENOTTY: ErrnoNotty, syscall.ENXIO: ErrnoNxio,
		syscall.EOVERFLOW: ErrnoOverflow, syscall.EOWNERDEAD: ErrnoOwnerdead, syscall.EPERM: ErrnoPerm,
		syscall.EPIPE: ErrnoPipe, syscall.EPROTO: ErrnoProto,
		syscall.EPROTONOSUPPORT: ErrnoProtonosupport, syscall.EPROTOTYPE: ErrnoPrototype,
		syscall.ERANGE: ErrnoRange, syscall.EROFS: ErrnoRofs, syscall.ESPIPE: ErrnoSpipe,
		syscall.ESRCH: ErrnoSrch, syscall.ESTALE: ErrnoStale, syscall.ETIMEDOUT: ErrnoTimedout,
		syscall.ETXTBSY: ErrnoTxtbsy, syscall.EXDEV: ErrnoXdev,
	}
}}

// toErrno converts any host error to a WASI errno. It unwraps *PathError,
// *SyscallError and friends so the underlying syscall.Errno decides.
func toErrno(err error) Errno {
	if err == nil {
		return ErrnoSuccess
	}
	var we Errno
	if errors.As(err, &we) {
		return we
	}
	var se syscall.Errno
	if errors.As(err, &se) {
		if se == 0 {
			return ErrnoSuccess
		}
		if w, ok := hostErrnos.Get()[se]; ok {
			return w
		}
		return ErrnoIo
	}
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return ErrnoAgain
	case errors.Is(err, fs.ErrNotExist):
		return ErrnoNoent
	case errors.Is(err, fs.ErrExist):
		return ErrnoExist
	case errors.Is(err, fs.ErrPermission):
		return ErrnoPerm
	case errors.Is(err, fs.ErrInvalid):
		return ErrnoInval
	case errors.Is(err, fs.ErrClosed), errors.Is(err, os.ErrClosed):
		return ErrnoBadf
	case errors.Is(err, io.ErrClosedPipe):
		return ErrnoPipe
	}
	return ErrnoIo
}
