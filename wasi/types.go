package wasi

import "fmt"

// ModuleName is the import module name every function in Functions binds to.
const ModuleName = "wasi_snapshot_preview1"

// ValueType is a WebAssembly value type, encoded as in the binary format.
type ValueType byte

// The value types WASI functions take and return.
const (
	I32 ValueType = 0x7F
	I64 ValueType = 0x7E
)

// ExitError is returned by proc_exit (and by proc_raise for a terminating
// signal): the engine must unwind the guest and report Code.
type ExitError struct{ Code uint32 }

// Error says the module exited and with what code.
func (e *ExitError) Error() string { return fmt.Sprintf("wasi: module exited with code %d", e.Code) }

// Rights (wasi_snapshot_preview1 `rights` bitflags).
const (
	RightFdDatasync           uint64 = 1 << 0
	RightFdRead               uint64 = 1 << 1
	RightFdSeek               uint64 = 1 << 2
	RightFdFdstatSetFlags     uint64 = 1 << 3
	RightFdSync               uint64 = 1 << 4
	RightFdTell               uint64 = 1 << 5
	RightFdWrite              uint64 = 1 << 6
	RightFdAdvise             uint64 = 1 << 7
	RightFdAllocate           uint64 = 1 << 8
	RightPathCreateDirectory  uint64 = 1 << 9
	RightPathCreateFile       uint64 = 1 << 10
	RightPathLinkSource       uint64 = 1 << 11
	RightPathLinkTarget       uint64 = 1 << 12
	RightPathOpen             uint64 = 1 << 13
	RightFdReaddir            uint64 = 1 << 14
	RightPathReadlink         uint64 = 1 << 15
	RightPathRenameSource     uint64 = 1 << 16
	RightPathRenameTarget     uint64 = 1 << 17
	RightPathFilestatGet      uint64 = 1 << 18
	RightPathFilestatSetSize  uint64 = 1 << 19
	RightPathFilestatSetTimes uint64 = 1 << 20
	RightFdFilestatGet        uint64 = 1 << 21
	RightFdFilestatSetSize    uint64 = 1 << 22
	RightFdFilestatSetTimes   uint64 = 1 << 23
	RightPathSymlink          uint64 = 1 << 24
	RightPathRemoveDirectory  uint64 = 1 << 25
	RightPathUnlinkFile       uint64 = 1 << 26
	RightPollFdReadwrite      uint64 = 1 << 27
	RightSockShutdown         uint64 = 1 << 28
	RightSockAccept           uint64 = 1 << 29

	RightsAll uint64 = 1<<30 - 1
)

// Rights sets used by the capability model.
const (
	// RightsFile is everything that makes sense on a regular file fd.
	RightsFile = RightFdDatasync | RightFdRead | RightFdSeek | RightFdFdstatSetFlags |
		RightFdSync | RightFdTell | RightFdWrite | RightFdAdvise | RightFdAllocate |
		RightFdFilestatGet | RightFdFilestatSetSize | RightFdFilestatSetTimes | RightPollFdReadwrite

	// RightsDir is everything that makes sense on a directory fd. It has no
	// FD_SEEK/FD_TELL/FD_READ/FD_WRITE/FD_FILESTAT_SET_SIZE: the testsuite
	// (directory_seek, truncation_rights, dir_fd_op_failures) checks that.
	RightsDir = RightFdDatasync | RightFdFdstatSetFlags | RightFdSync | RightFdAdvise |
		RightPathCreateDirectory | RightPathCreateFile | RightPathLinkSource |
		RightPathLinkTarget | RightPathOpen | RightFdReaddir | RightPathReadlink |
		RightPathRenameSource | RightPathRenameTarget | RightPathFilestatGet |
		RightPathFilestatSetSize | RightPathFilestatSetTimes | RightFdFilestatGet |
		RightFdFilestatSetTimes | RightPathSymlink | RightPathRemoveDirectory |
		RightPathUnlinkFile | RightPollFdReadwrite

	// rightsMutating are the rights a read-only mount never grants: every
	// right whose use can change the host filesystem.
	rightsMutating = RightFdWrite | RightFdAllocate | RightFdFilestatSetSize |
		RightFdFilestatSetTimes | RightPathCreateDirectory | RightPathCreateFile |
		RightPathLinkSource | RightPathLinkTarget | RightPathRenameSource |
		RightPathRenameTarget | RightPathFilestatSetSize | RightPathFilestatSetTimes |
		RightPathSymlink | RightPathRemoveDirectory | RightPathUnlinkFile

	// rightsOpenWrite are the requested rights that make path_open open the
	// host file for writing (as wasi-libc and Rust std request them).
	rightsOpenWrite = RightFdWrite | RightFdAllocate | RightFdFilestatSetSize

	// rightsAlwaysInherited are harmless, non-mutating rights a new fd gets
	// when requested even if the parent's inheriting set lacks them (the
	// testsuite's scratch dirs have narrow inheriting sets).
	rightsAlwaysInherited = RightFdDatasync | RightFdSync | RightPollFdReadwrite | RightFdAdvise

	rightsStdio = RightFdRead | RightFdWrite | RightFdFdstatSetFlags | RightFdSync |
		RightFdDatasync | RightFdFilestatGet | RightPollFdReadwrite | RightFdAdvise |
		RightFdSeek | RightFdTell | RightFdFilestatSetSize | RightFdFilestatSetTimes | RightFdAllocate

	rightsSocket = RightFdRead | RightFdWrite | RightFdFdstatSetFlags | RightFdFilestatGet |
		RightPollFdReadwrite | RightSockShutdown

	rightsListener = RightFdFdstatSetFlags | RightFdFilestatGet | RightPollFdReadwrite |
		RightSockAccept | RightFdRead
)

// Filetype (wasi `filetype`).
const (
	FiletypeUnknown         uint8 = 0
	FiletypeBlockDevice     uint8 = 1
	FiletypeCharacterDevice uint8 = 2
	FiletypeDirectory       uint8 = 3
	FiletypeRegularFile     uint8 = 4
	FiletypeSocketDgram     uint8 = 5
	FiletypeSocketStream    uint8 = 6
	FiletypeSymbolicLink    uint8 = 7
)

// Fdflags.
const (
	FdflagAppend   uint16 = 1 << 0
	FdflagDsync    uint16 = 1 << 1
	FdflagNonblock uint16 = 1 << 2
	FdflagRsync    uint16 = 1 << 3
	FdflagSync     uint16 = 1 << 4
)

// Oflags.
const (
	OflagCreat     uint16 = 1 << 0
	OflagDirectory uint16 = 1 << 1
	OflagExcl      uint16 = 1 << 2
	OflagTrunc     uint16 = 1 << 3
)

// Lookupflags.
const LookupSymlinkFollow uint32 = 1

// Fstflags.
const (
	FstflagAtim    uint16 = 1 << 0
	FstflagAtimNow uint16 = 1 << 1
	FstflagMtim    uint16 = 1 << 2
	FstflagMtimNow uint16 = 1 << 3
)

// Clock ids.
const (
	ClockRealtime         uint32 = 0
	ClockMonotonic        uint32 = 1
	ClockProcessCputimeID uint32 = 2
	ClockThreadCputimeID  uint32 = 3
)

// Whence.
const (
	WhenceSet uint8 = 0
	WhenceCur uint8 = 1
	WhenceEnd uint8 = 2
)

// Event types for poll_oneoff.
const (
	EventtypeClock   uint8 = 0
	EventtypeFdRead  uint8 = 1
	EventtypeFdWrite uint8 = 2
)

// Socket flags.
const (
	RiflagRecvPeek    uint16 = 1
	RiflagRecvWaitall uint16 = 2
	RoflagDataTrunc   uint16 = 1
	SdflagRd          uint8  = 1
	SdflagWr          uint8  = 2
)

// Advice (fd_advise).
const (
	AdviceNormal     uint8 = 0
	AdviceSequential uint8 = 1
	AdviceRandom     uint8 = 2
	AdviceWillneed   uint8 = 3
	AdviceDontneed   uint8 = 4
	AdviceNoreuse    uint8 = 5
)
