// Package linmem implements 32-bit WebAssembly linear memories backed by
// guard-page reservations.
//
// Each memory is one PROT_NONE, MAP_NORESERVE reservation of ReserveBytes
// (default 8 GiB, enough for base + u32 index + u32 offset) plus GuardBytes
// of tail (default 64 KiB, covers the widest access straddling the end),
// and abi.MemPreGuard bytes below the base, where an access at x - c
// folded into its displacement faults when x - c wraps (abi.MaxNegDisp).
// Memories are capped at abi.MaxMemoryPages pages, one short of 4 GiB.
// Only [base, base+Len()) is readable and writable, so generated code needs
// no bounds checks: every out-of-bounds access lands in PROT_NONE pages and
// faults. Growing makes more pages accessible in place: the base never moves
// and nothing is copied.
//
// Released memories go back to their Pool: small ones are zeroed in place
// (pages stay resident and accessible), medium ones are discarded
// (MADV_DONTNEED: they read as zero afterwards), large ones go back to
// PROT_NONE; the reservation is handed to the next New instead of being
// unmapped and mapped again. Either way a new memory reads as all zeros.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package linmem

import (
	"errors"
	"fmt"
	"sync"

	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/runtime/internal/vmem"
)

// PageSize is the WebAssembly page size.
const PageSize = 64 << 10

// MaxPages32 is the largest page count a 32-bit memory can have (4 GiB).
const MaxPages32 = 1 << 16

// Defaults for Config.
const (
	DefaultReserveBytes = 8 << 30
	DefaultGuardBytes   = 64 << 10
	DefaultPoolSize     = 256
	// DefaultKeepBytes: on release, memories up to this size keep their
	// pages accessible (discarded only) so that the next New of a similar
	// size needs no mprotect; larger ones go back to PROT_NONE.
	DefaultKeepBytes = 16 << 20
	// DefaultClearBytes: on release, memories up to this size are zeroed
	// with stores instead of MADV_DONTNEED: pages stay resident, so the next
	// user neither pays the system call nor page faults (measured: clearing
	// 64 KiB hot takes ~0.5-1 us, madvise + refault of one page ~2-3 us).
	DefaultClearBytes = 128 << 10
)

// Config configures a Pool. Zero fields take the defaults.
type Config struct {
	// ReserveBytes is the address space reserved per memory. Values below
	// 8 GiB mean generated code must bounds-check (the runtime only
	// guarantees faults inside the reservation).
	ReserveBytes uint64
	// GuardBytes is extra inaccessible tail after ReserveBytes.
	GuardBytes uint64
	// LimitBytes caps the accessible size of every memory (host limit);
	// 0 means, as does anything larger, abi.MaxMemoryPages pages (4 GiB
	// less one page). New fails and Grow returns -1 beyond it.
	LimitBytes uint64
	// PoolSize is the number of idle reservations kept for reuse.
	PoolSize int
	// KeepBytes: see DefaultKeepBytes. Negative means never keep.
	KeepBytes int64
	// ClearBytes: see DefaultClearBytes. Negative means never clear.
	ClearBytes int64
}

// ErrReserve is wrapped by the error New returns when the address space for
// a reservation cannot be had.
var ErrReserve = errors.New("linmem: cannot reserve address space for a linear memory")

// Pool hands out memories and recycles their reservations. It is safe for
// concurrent use.
type Pool struct {
	cfg     Config
	mapSize uintptr // ReserveBytes + GuardBytes, page-rounded
	mu      sync.Mutex
	idle    []region
}

type region struct {
	base uintptr
	rw   uintptr // bytes at base currently PROT_READ|WRITE
	// img, if not nil, is mapped at base (copy-on-write, reset): the
	// region reads as that image, every other accessible byte zero.
	// Otherwise every accessible byte is zero.
	img *Image
}

// NewPool returns a pool with the given configuration.
func NewPool(cfg Config) *Pool {
	if cfg.ReserveBytes == 0 {
		cfg.ReserveBytes = DefaultReserveBytes
	}
	if cfg.GuardBytes == 0 {
		cfg.GuardBytes = DefaultGuardBytes
	}
	if cfg.LimitBytes == 0 || cfg.LimitBytes > abi.MaxMemoryPages*PageSize {
		cfg.LimitBytes = abi.MaxMemoryPages * PageSize
	}
	if cfg.LimitBytes > cfg.ReserveBytes {
		cfg.LimitBytes = cfg.ReserveBytes &^ (PageSize - 1)
	}
	if cfg.PoolSize == 0 {
		cfg.PoolSize = DefaultPoolSize
	}
	if cfg.KeepBytes == 0 {
		cfg.KeepBytes = DefaultKeepBytes
	}
	if cfg.ClearBytes == 0 {
		cfg.ClearBytes = DefaultClearBytes
	}
	return &Pool{cfg: cfg, mapSize: vmem.RoundUp(uintptr(cfg.ReserveBytes + cfg.GuardBytes))}
}

// Config returns the effective configuration.
func (p *Pool) Config() Config { return p.cfg }

var (
	defaultOnce sync.Once
	defaultPool *Pool
)

// Default returns the process-wide pool with the default configuration.
func Default() *Pool {
	defaultOnce.Do(func() { defaultPool = NewPool(Config{}) })
	return defaultPool
}

// Memory is one linear memory. Its methods are not safe for concurrent use
// (the owning instance serializes memory.grow), except Base and Reserved.
type Memory struct {
	base    uintptr
	size    uintptr // accessible bytes
	maxPg   uint64  // declared maximum (or MaxPages32)
	limit   uintptr // host limit in bytes
	reserve uintptr // size of the whole reservation (incl. guard tail)
	pool    *Pool
	mapped  bool   // parts of the memory map an Image's file (img)
	img     *Image // the image the memory started from, if mapped
	minSize uintptr
}

// New returns a zero-filled memory of minPages pages. maxPages < 0 means no
// declared maximum.
func (p *Pool) New(minPages uint32, maxPages int64) (*Memory, error) {
	max := uint64(MaxPages32)
	if maxPages >= 0 && uint64(maxPages) < max {
		max = uint64(maxPages)
	}
	if uint64(minPages) > max {
		return nil, fmt.Errorf("linmem: initial size %d pages exceeds maximum %d", minPages, max)
	}
	size := uintptr(minPages) * PageSize
	if uint64(size) > p.cfg.LimitBytes {
		return nil, fmt.Errorf("linmem: initial size %d pages exceeds the host limit of %d bytes", minPages, p.cfg.LimitBytes)
	}
	r, err := p.get(nil)
	if err != nil {
		return nil, err
	}
	if err := p.resize(&r, size); err != nil {
		return nil, err
	}
	return &Memory{base: r.base, size: size, maxPg: max, limit: uintptr(p.cfg.LimitBytes), reserve: p.mapSize, pool: p, minSize: size}, nil
}

// resize brings r's accessible prefix to exactly size bytes (pages beyond
// r.rw are PROT_NONE), or drops r.
func (p *Pool) resize(r *region, size uintptr) error {
	var err error
	switch {
	case r.rw > size:
		err = vmem.Protect(r.base+size, r.rw-size, vmem.None)
	case r.rw < size:
		err = vmem.Protect(r.base+r.rw, size-r.rw, vmem.RW)
	}
	if err != nil {
		p.drop(*r)
		return fmt.Errorf("linmem: making %d bytes accessible: %w", size, err)
	}
	r.rw = size
	return nil
}

// get returns an idle region holding img (nil: a plain one), else a plain
// region: an idle one, one freed of another image, or a new reservation.
func (p *Pool) get(img *Image) (region, error) {
	p.mu.Lock()
	pick := -1
	for i := len(p.idle) - 1; i >= 0; i-- {
		if p.idle[i].img == img {
			pick = i
			break
		}
	}
	if pick < 0 && len(p.idle) > 0 {
		pick = len(p.idle) - 1 // holds another image: unmapped below
	}
	if pick >= 0 {
		r := p.idle[pick]
		p.idle = append(p.idle[:pick], p.idle[pick+1:]...)
		p.mu.Unlock()
		if r.img != img {
			// Fresh anonymous pages over the other image's.
			if _, err := vmem.Map(r.base, max(r.rw, 1), vmem.None); err != nil {
				p.drop(r)
				return region{}, err
			}
			r.img, r.rw = nil, 0
		}
		return r, nil
	}
	p.mu.Unlock()
	base, err := vmem.Reserve(abi.MemPreGuard + p.mapSize)
	if err != nil {
		return region{}, fmt.Errorf("%w (%d bytes; check ulimit -v and vm.max_map_count): %v", ErrReserve, abi.MemPreGuard+p.mapSize, err)
	}
	return region{base: base + abi.MemPreGuard}, nil
}

func (p *Pool) drop(r region) { _ = vmem.Unmap(r.base-abi.MemPreGuard, abi.MemPreGuard+p.mapSize) }

// Idle returns the number of pooled reservations.
func (p *Pool) Idle() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.idle)
}

// Drain unmaps all pooled reservations.
func (p *Pool) Drain() {
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	p.mu.Unlock()
	for _, r := range idle {
		p.drop(r)
	}
}

// Base returns the address of byte 0. It never changes.
func (m *Memory) Base() uintptr { return m.base }

// Reserved returns the whole reservation [lo, hi), the pre-guard below
// the base included: any fault address in it is an out-of-bounds access of
// this memory.
func (m *Memory) Reserved() (lo, hi uintptr) { return m.base - abi.MemPreGuard, m.base + m.reserve }

// Len returns the accessible size in bytes.
func (m *Memory) Len() int { return int(m.size) }

// Pages returns the size in WebAssembly pages.
func (m *Memory) Pages() uint32 { return uint32(m.size / PageSize) }

// MaxPages returns the effective maximum page count (declared maximum, else 65536).
func (m *Memory) MaxPages() uint64 { return m.maxPg }

// SetLimit lowers (or raises, up to the pool's limit) the host limit for
// this memory, in bytes.
func (m *Memory) SetLimit(bytes uint64) {
	if bytes > m.pool.cfg.LimitBytes {
		bytes = m.pool.cfg.LimitBytes
	}
	m.limit = uintptr(bytes)
}

// Bytes returns the accessible memory as a slice. The slice stays valid
// until Release, but a Grow makes a longer one available; do not keep it
// across calls that may grow the memory.
func (m *Memory) Bytes() []byte {
	if m.size == 0 {
		return nil
	}
	return vmem.Bytes(m.base, m.size)
}

// Grow adds delta pages and returns the previous size in pages, or -1 when
// the declared maximum, the host limit or the operating system refuses (the
// memory is then unchanged). Grow(0) returns the current size.
func (m *Memory) Grow(delta uint32) int64 {
	old := uint64(m.size / PageSize)
	if delta == 0 {
		return int64(old)
	}
	n := old + uint64(delta)
	if n > m.maxPg || n*PageSize > uint64(m.limit) {
		return -1
	}
	if err := vmem.Protect(m.base+m.size, uintptr(delta)*PageSize, vmem.RW); err != nil {
		return -1
	}
	m.size = uintptr(n) * PageSize
	return int64(old)
}

// Release returns the memory to its pool. The contents are discarded
// (zero on next use). The memory must not be used afterwards, and no
// generated code may still access it.
func (m *Memory) Release() error {
	if m.pool == nil {
		return errors.New("linmem: memory released twice")
	}
	p := m.pool
	m.pool = nil
	r := region{base: m.base, rw: m.size}
	var err error
	if m.mapped {
		// Keep the image mapped for the next instance of the same module:
		// discarding resets its pages to the image (the private copies
		// are dropped) and the rest to zero; what growth added goes back
		// to PROT_NONE.
		err = vmem.Discard(m.base, m.size)
		if err == nil && m.size > m.minSize {
			err = vmem.Protect(m.base+m.minSize, m.size-m.minSize, vmem.None)
		}
		r.rw, r.img = m.minSize, m.img
	} else if int64(m.size) <= p.cfg.ClearBytes && int64(m.size) <= p.cfg.KeepBytes {
		vmem.ClearResident(m.base, m.size)
	} else if int64(m.size) > p.cfg.KeepBytes {
		// Back to PROT_NONE with fresh zero pages, one system call.
		_, err = vmem.Map(m.base, m.size, vmem.None)
		r.rw = 0
	} else {
		err = vmem.Discard(m.base, m.size)
	}
	if err != nil {
		p.drop(r)
		return err
	}
	p.mu.Lock()
	if len(p.idle) < p.cfg.PoolSize {
		p.idle = append(p.idle, r)
		p.mu.Unlock()
		return nil
	}
	p.mu.Unlock()
	p.drop(r)
	return nil
}
