// Package codemem manages executable memory for generated machine code.
//
// Code lives in arenas: large PROT_NONE reservations (default 1 GiB each, at
// most MaxArenas) from which page-aligned blobs are carved. Loading a blob
// maps its pages read-write, copies the code, switches them to read-execute
// (pages are never writable and executable at once) and, on arm64, cleans the
// data cache and invalidates the instruction cache for the range. Released
// blobs are returned to PROT_NONE (contents discarded) and their pages reused.
//
// The signal handler decides "is this PC generated code?" by scanning the
// arena range table (RangeTable), a fixed global array that is only ever
// appended to: an entry is written before the count that covers it is
// published, so the handler needs no lock and no allocation.
//
// Go-side lookups from a PC to its blob, function and trap site (Lookup) use
// an immutable sorted slice replaced copy-on-write, also lock-free for
// readers.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package codemem

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kilnwasm/kiln/runtime/internal/vmem"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// MaxArenas bounds the number of code arenas (and so the range table).
const MaxArenas = 16

// DefaultArenaSize is the size of the address-space reservation per arena.
const DefaultArenaSize = 1 << 30

// Range is one entry of the range table: [Lo, Hi) holds generated code.
type Range struct{ Lo, Hi uintptr }

var (
	ranges     [MaxArenas]Range // read by the signal handler
	rangeCount uint32           // published with atomic store after ranges[n-1] is written
)

// RangeTable returns the addresses of the global range table and of its
// uint32 entry count, for the signal handler (which reads count, then
// entries [0, count)). Both addresses are stable for the process lifetime.
func RangeTable() (table uintptr, count uintptr) {
	return uintptr(unsafe.Pointer(&ranges)), uintptr(unsafe.Pointer(&rangeCount))
}

// Contains reports whether pc lies in any code arena (the handler's test).
func Contains(pc uintptr) bool {
	n := atomic.LoadUint32(&rangeCount)
	for i := uint32(0); i < n; i++ {
		if pc >= ranges[i].Lo && pc < ranges[i].Hi {
			return true
		}
	}
	return false
}

// Func describes one function's machine code inside a blob.
type Func struct {
	Start, End uint32 // native offsets [Start, End) from the blob start
	Index      int32  // WebAssembly function index
}

// TrapSite maps the machine instructions [Start, End) (native offsets from
// the blob start) to a trap code and a WebAssembly code offset. The compiler
// records one for every instruction that may fault or that raises a trap
// (ud2/udf, division, calls to the explicit-trap stub, ...). For stub calls
// the runtime looks up the return address minus one, so the range must
// include the call instruction.
type TrapSite struct {
	Start, End uint32
	Code       trap.Code
	Func       int32
	WasmOffset uint32
}

// Blob is a block of loaded, executable code.
type Blob struct {
	addr  uintptr
	size  uintptr // code bytes
	pages uintptr // mapped bytes (page multiple)
	refs  atomic.Int32
	funcs []Func
	// traps are the trap sites; lazyTraps, when set, produces them at the
	// first lookup (once).
	traps     []TrapSite
	lazyTraps func() []TrapSite
	trapsOnce sync.Once
}

// Addr returns the address of the first code byte.
func (b *Blob) Addr() uintptr { return b.addr }

// Len returns the code size in bytes.
func (b *Blob) Len() int { return int(b.size) }

// Entry returns the absolute address of native offset off.
func (b *Blob) Entry(off int) uintptr { return b.addr + uintptr(off) }

// Contains reports whether pc is inside this blob's code.
func (b *Blob) Contains(pc uintptr) bool { return pc >= b.addr && pc < b.addr+b.size }

// Bytes returns the code (read-only memory: do not write).
func (b *Blob) Bytes() []byte { return vmem.Bytes(b.addr, b.size) }

// FuncAt returns the function containing pc.
func (b *Blob) FuncAt(pc uintptr) (Func, bool) {
	if !b.Contains(pc) {
		return Func{}, false
	}
	off := uint32(pc - b.addr)
	i := sort.Search(len(b.funcs), func(i int) bool { return b.funcs[i].Start > off }) - 1
	if i >= 0 && off < b.funcs[i].End {
		return b.funcs[i], true
	}
	return Func{}, false
}

// TrapSiteAt returns the trap site covering pc.
func (b *Blob) TrapSiteAt(pc uintptr) (TrapSite, bool) {
	if !b.Contains(pc) {
		return TrapSite{}, false
	}
	b.trapsOnce.Do(func() {
		if b.lazyTraps != nil {
			b.traps = sortedTraps(b.lazyTraps())
			b.lazyTraps = nil
		}
	})
	off := uint32(pc - b.addr)
	i := sort.Search(len(b.traps), func(i int) bool { return b.traps[i].Start > off }) - 1
	if i >= 0 && off < b.traps[i].End {
		return b.traps[i], true
	}
	return TrapSite{}, false
}

// Retain adds a reference. Load returns a blob holding one reference.
func (b *Blob) Retain() { b.refs.Add(1) }

// Release drops a reference; when the last one is gone the code is
// unregistered and its pages go back to PROT_NONE for reuse. The caller
// guarantees no thread executes the code any more.
func (b *Blob) Release() error {
	n := b.refs.Add(-1)
	if n > 0 {
		return nil
	}
	if n < 0 {
		panic("codemem: Blob released too often")
	}
	mu.Lock()
	defer mu.Unlock()
	unregister(b)
	// Replace the pages with fresh inaccessible ones: contents dropped,
	// protection back to PROT_NONE, one system call.
	if _, err := vmem.Map(b.addr, b.pages, vmem.None); err != nil {
		return err
	}
	freeRun(b.addr, b.pages)
	return nil
}

// Options configures a Load.
type Options struct {
	Funcs []Func     // any order; sorted by Load
	Traps []TrapSite // any order; sorted by Load
	// LazyTraps, if set instead of Traps, produces the trap sites (any
	// order; the blob keeps the slice) at the first lookup: loading does
	// not pay for what only a trap needs.
	LazyTraps func() []TrapSite
	// Relocate, if set, patches the code after it is copied to its final
	// address base and before it becomes executable.
	Relocate func(code []byte, base uintptr)
	// File, if set, holds the code at FileOffset (page-aligned): Load maps
	// it from there, private, instead of copying it, so that pages are
	// read from the page cache only when executed and only the relocated
	// ones are copied. The code argument must be the same bytes.
	File       *os.File
	FileOffset int64
}

var (
	mu        sync.Mutex
	arenaSize uintptr = DefaultArenaSize
	arenas    []*arena
	blobs     atomic.Pointer[[]*Blob] // sorted by addr
)

type run struct{ addr, size uintptr }

type arena struct {
	lo, hi uintptr
	next   uintptr // bump pointer
	free   []run   // released runs, sorted by address, coalesced
}

// SetArenaSize sets the reservation size of arenas created from now on.
func SetArenaSize(n uintptr) {
	mu.Lock()
	arenaSize = vmem.RoundUp(n)
	mu.Unlock()
}

// Load copies code into fresh executable pages and registers it. The
// returned blob holds one reference.
func Load(code []byte, opt *Options) (*Blob, error) {
	if len(code) == 0 {
		return nil, errors.New("codemem: empty code")
	}
	size := uintptr(len(code))
	pages := vmem.RoundUp(size)
	b := &Blob{size: size, pages: pages}
	if opt != nil {
		b.funcs = append([]Func(nil), opt.Funcs...)
		sort.Slice(b.funcs, func(i, j int) bool { return b.funcs[i].Start < b.funcs[j].Start })
		b.traps = sortedTraps(append([]TrapSite(nil), opt.Traps...))
		b.lazyTraps = opt.LazyTraps
	}
	b.refs.Store(1)

	mu.Lock()
	defer mu.Unlock()
	addr, err := allocRun(pages)
	if err != nil {
		return nil, err
	}
	b.addr = addr
	if opt != nil && opt.File != nil {
		if _, err := vmem.MapFile(addr, pages, vmem.RW, int(opt.File.Fd()), opt.FileOffset); err != nil {
			_, _ = vmem.Map(addr, pages, vmem.None)
			freeRun(addr, pages)
			return nil, err
		}
	} else if err := vmem.Protect(addr, pages, vmem.RW); err != nil {
		freeRun(addr, pages)
		return nil, err
	}
	dst := vmem.Bytes(addr, size)
	if opt == nil || opt.File == nil {
		fill(addr, code)
	}
	if opt != nil && opt.Relocate != nil {
		// Patch the copy while it is still writable and not yet
		// executable: address-dependent code is fixed up in place.
		opt.Relocate(dst, addr)
	}
	if err := vmem.Protect(addr, pages, vmem.RX); err != nil {
		_, _ = vmem.Map(addr, pages, vmem.None)
		freeRun(addr, pages)
		return nil, err
	}
	flushICache(addr, addr+size)
	register(b)
	return b, nil
}

// fill copies code to addr, the start of fresh pages. Copying a large
// module's code (tens of megabytes) is mostly page faults, one per page:
// instead, each part of a few megabytes is faulted in with one system
// call (vmem.Populate) and copied on a core of its own.
func fill(addr uintptr, code []byte) {
	const part = 4 << 20
	n := min(runtime.GOMAXPROCS(0), (len(code)+part-1)/part)
	if n <= 1 {
		vmem.Populate(addr, uintptr(len(code)))
		copy(vmem.Bytes(addr, uintptr(len(code))), code)
		return
	}
	// Parts of whole pages, as madvise wants.
	per := vmem.RoundUp(uintptr(len(code)+n-1) / uintptr(n))
	var wg sync.WaitGroup
	for lo := uintptr(0); lo < uintptr(len(code)); lo += per {
		hi := min(lo+per, uintptr(len(code)))
		wg.Go(func() {
			vmem.Populate(addr+lo, hi-lo)
			copy(vmem.Bytes(addr+lo, hi-lo), code[lo:hi])
		})
	}
	wg.Wait()
}

// Lookup returns the live blob containing pc, lock-free.
func Lookup(pc uintptr) *Blob {
	p := blobs.Load()
	if p == nil {
		return nil
	}
	s := *p
	i := sort.Search(len(s), func(i int) bool { return s[i].addr > pc }) - 1
	if i >= 0 && s[i].Contains(pc) {
		return s[i]
	}
	return nil
}

func register(b *Blob) {
	var old []*Blob
	if p := blobs.Load(); p != nil {
		old = *p
	}
	s := make([]*Blob, 0, len(old)+1)
	i := sort.Search(len(old), func(i int) bool { return old[i].addr > b.addr })
	s = append(s, old[:i]...)
	s = append(s, b)
	s = append(s, old[i:]...)
	blobs.Store(&s)
}

func unregister(b *Blob) {
	old := *blobs.Load()
	s := make([]*Blob, 0, len(old))
	for _, x := range old {
		if x != b {
			s = append(s, x)
		}
	}
	blobs.Store(&s)
}

// allocRun finds size bytes of PROT_NONE pages in an arena. mu held.
func allocRun(size uintptr) (uintptr, error) {
	for _, a := range arenas {
		for i, r := range a.free {
			if r.size >= size {
				if r.size == size {
					a.free = append(a.free[:i], a.free[i+1:]...)
				} else {
					a.free[i] = run{r.addr + size, r.size - size}
				}
				return r.addr, nil
			}
		}
		if a.hi-a.next >= size {
			p := a.next
			a.next += size
			return p, nil
		}
	}
	n := atomic.LoadUint32(&rangeCount)
	if n >= MaxArenas {
		return 0, fmt.Errorf("codemem: out of code memory (%d arenas of %d bytes)", MaxArenas, arenaSize)
	}
	asz := arenaSize
	if asz < size {
		asz = vmem.RoundUp(size)
	}
	lo, err := vmem.Reserve(asz)
	if err != nil {
		return 0, fmt.Errorf("codemem: cannot reserve a code arena: %w", err)
	}
	a := &arena{lo: lo, hi: lo + asz, next: lo + size}
	arenas = append(arenas, a)
	ranges[n] = Range{lo, lo + asz}
	atomic.StoreUint32(&rangeCount, n+1) // publish after the entry is written
	return lo, nil
}

// freeRun returns pages to their arena's free list. mu held.
func freeRun(addr, size uintptr) {
	for _, a := range arenas {
		if addr < a.lo || addr >= a.hi {
			continue
		}
		i := sort.Search(len(a.free), func(i int) bool { return a.free[i].addr > addr })
		a.free = append(a.free, run{})
		copy(a.free[i+1:], a.free[i:])
		a.free[i] = run{addr, size}
		// coalesce with the next and the previous run
		if i+1 < len(a.free) && a.free[i].addr+a.free[i].size == a.free[i+1].addr {
			a.free[i].size += a.free[i+1].size
			a.free = append(a.free[:i+1], a.free[i+2:]...)
		}
		if i > 0 && a.free[i-1].addr+a.free[i-1].size == a.free[i].addr {
			a.free[i-1].size += a.free[i].size
			a.free = append(a.free[:i], a.free[i+1:]...)
		}
		// give a trailing run back to the bump region
		if last := len(a.free) - 1; last >= 0 && a.free[last].addr+a.free[last].size == a.next {
			a.next = a.free[last].addr
			a.free = a.free[:last]
		}
		return
	}
	panic("codemem: freeing memory outside every arena")
}

// sortedTraps sorts ts by Start unless it already is (the compiler's
// order).
func sortedTraps(ts []TrapSite) []TrapSite {
	if !sort.SliceIsSorted(ts, func(i, j int) bool { return ts[i].Start < ts[j].Start }) {
		sort.Slice(ts, func(i, j int) bool { return ts[i].Start < ts[j].Start })
	}
	return ts
}
