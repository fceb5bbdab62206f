package native

import (
	"encoding/binary"
	"runtime"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/internal/codemem"
)

// Stubs are the addresses of the shared exit paths in the code arena.
// Generated code reaches them with a call (amd64 CALL, arm64 BL/BLR) so that
// the return address records the call site.
type Stubs struct {
	// Trap raises an explicit trap. amd64: EAX = trap.Code, CALL Trap.
	// arm64: W0 = trap.Code, BL/BLR Trap. Never returns.
	Trap uintptr
	// HostExit suspends generated code and calls host function
	// ctx.HostIndex with ctx.HostArgs/HostSlots (set before the call).
	// Returns when the host function has finished, with every register
	// clobbered except the context register, the memory-base register,
	// SP and the frame pointer.
	HostExit uintptr
	// Fault is where the signal handler redirects hardware faults. Not
	// called by generated code.
	Fault uintptr
	// MemMove and MemFill are the routines abi.RoutineMemMove and
	// abi.RoutineMemFill (memmove and memset, with the fixed registers and
	// clobbers internal/abi documents), which generated code calls
	// through ExecCtx.Routines. They return to their caller; they must
	// never fault (the caller checks the bounds first): a fault in the
	// stub block is not redirected but passed to Go's handler, which
	// crashes the process.
	MemMove, MemFill uintptr
	// Poll is abi.RoutinePoll: a poll that found ExecCtx.Interrupt set
	// calls it; it traps "interrupted" or, for a yield request alone,
	// exits with ExitYield and returns to its caller once resumed, every
	// register preserved.
	Poll uintptr
	// AsyncYield is where the signal handler sends code that it
	// interrupts for a yield: with the interrupted instruction's address
	// pushed (amd64: as a return address; arm64: in a 16-byte slot), it
	// yields and returns there with every register and the flags
	// preserved (arm64: but X18, which generated code never uses).
	AsyncYield uintptr
}

var stubs Stubs

// StubAddrs returns the stub addresses (after Init).
func StubAddrs() Stubs { return stubs }

// stubImage is a pre-assembled, position-independent stub block: the
// runtime does not link golang-asm. stubs_code.go is generated from the
// golang-asm sources in stubs_gen_test.go (KILN_UPDATE_STUBS=1 go test
// -run TestStubsUpToDate ./runtime/internal/native regenerates it; the test fails
// when it is stale).
//
// An amd64 image has three memmoves, for SSE, AVX and AVX-512, and the bound
// from which memmove stores non-temporally is an immediate at the offsets
// ntMin, which loadStubs sets for this machine (ntCopyBound).
type stubImage struct {
	code                                                                        []byte
	fault, trap, host, memmove, memmoveAVX, memmoveAVX512, memfill, poll, async int
	ntMin                                                                       []int
}

// ntCopyBound returns the size from which memmove's forward copies
// between disjoint ranges store non-temporally. Streaming stores pay off
// for a copy that would not stay in the cache anyway, and hurt one that
// would: the next reads of the destination then go to memory. So the
// bound is a quarter of the L3 (glibc's memmove takes about the same),
// and no less than 4 MiB. Measured with memops-bulk (64 MiB copies):
// 10% less CPU time with them on a 2-core AMD EPYC VM, about 6% more on
// a Xeon VM with a 480 MiB L3. A variable so that tests can lower it.
var ntCopyBound = func() int64 {
	return min(max(4<<20, abi.HostL3Size()/4), 1<<30)
}

func loadStubs() error {
	img := stubImageAMD64
	if runtime.GOARCH == "arm64" {
		img = stubImageARM64
	}
	code := img.code
	if len(img.ntMin) > 0 {
		code = append([]byte(nil), code...)
		bound := uint32(ntCopyBound())
		for _, off := range img.ntMin {
			binary.LittleEndian.PutUint32(code[off:], bound)
		}
	}
	memmove := img.memmove
	switch {
	case abi.HostZMMMoves():
		memmove = img.memmoveAVX512
	case abi.HostFeatures(abi.HostArch()).Has(abi.FeatAVX):
		memmove = img.memmoveAVX
	}
	b, err := codemem.Load(code, nil)
	if err != nil {
		return err
	}
	stubLo, stubHi = b.Addr(), b.Addr()+uintptr(b.Len())
	stubs = Stubs{Fault: b.Entry(img.fault), Trap: b.Entry(img.trap), HostExit: b.Entry(img.host),
		MemMove: b.Entry(memmove), MemFill: b.Entry(img.memfill), Poll: b.Entry(img.poll), AsyncYield: b.Entry(img.async)}
	faultStub, asyncStub = stubs.Fault, stubs.AsyncYield
	return nil
}
