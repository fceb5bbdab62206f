package linmem

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/kilnwasm/kiln/runtime/internal/vmem"
)

// Image is the initial contents of a linear memory: runs of whole Wasm
// pages, every other byte zero. A module's active data segments, applied
// once when it is compiled, make one (a large program has 100,000
// segments: applying them at every instantiation costs milliseconds).
//
// When File is set, Data is at Offset in File and New maps those pages
// into the memory privately (copy-on-write) instead of copying them: pages
// the guest only reads are shared with the page cache and cost no copy,
// and a page is copied only when the guest first writes it.
type Image struct {
	Runs []ImageRun // in ascending page order, not overlapping
	Data []byte     // the runs' pages, one after the other
	// File, if not nil, holds Data at Offset (a multiple of PageSize). It
	// must stay open, and unchanged, while memories use the image.
	File   *os.File
	Offset int64

	memfdOnce sync.Once
	memfd     int // a sealed memfd holding Data, or -1 (source)
}

// ImageRun is a run of Pages Wasm pages starting at page Page.
type ImageRun struct{ Page, Pages uint32 }

// EndPage returns the first page after the image's last run.
func (img *Image) EndPage() uint64 {
	if len(img.Runs) == 0 {
		return 0
	}
	r := img.Runs[len(img.Runs)-1]
	return uint64(r.Page) + uint64(r.Pages)
}

// Check reports whether the runs are in order, not overlapping, non-empty,
// and exactly cover Data.
func (img *Image) Check() error {
	var next, total uint64
	for i, r := range img.Runs {
		if r.Pages == 0 || uint64(r.Page) < next || uint64(r.Page)+uint64(r.Pages) > MaxPages32 {
			return fmt.Errorf("image run %d (pages %d+%d) is empty, out of order or beyond 4 GiB", i, r.Page, r.Pages)
		}
		next = uint64(r.Page) + uint64(r.Pages)
		total += uint64(r.Pages)
	}
	if total*PageSize != uint64(len(img.Data)) {
		return fmt.Errorf("image runs cover %d pages, its data is %d bytes", total, len(img.Data))
	}
	if img.File != nil && img.Offset%PageSize != 0 {
		return errors.New("image data is not page-aligned in its file")
	}
	return nil
}

// NewImage is New with the memory's first pages initialized from img
// (img.EndPage() must not exceed minPages). The image's pages are mapped
// copy-on-write, from img.File or else from a sealed memfd holding
// img.Data (made at the first NewImage), and a reservation released with
// the image mapped is handed to the next NewImage of the same image as it
// is: instantiating a module again maps nothing and copies nothing, and
// costs one madvise at release. Without a file or a memfd, the pages are
// copied.
func (p *Pool) NewImage(img *Image, minPages uint32, maxPages int64) (*Memory, error) {
	if img.EndPage() > uint64(minPages) {
		return nil, fmt.Errorf("linmem: image of %d pages exceeds the initial size of %d pages", img.EndPage(), minPages)
	}
	maxPg := uint64(MaxPages32)
	if maxPages >= 0 && uint64(maxPages) < maxPg {
		maxPg = uint64(maxPages)
	}
	size := uintptr(minPages) * PageSize
	if uint64(minPages) > maxPg || uint64(size) > p.cfg.LimitBytes {
		return p.New(minPages, maxPages) // New says why
	}
	fd, off := img.source()
	if fd < 0 {
		m, err := p.New(minPages, maxPages)
		if err != nil {
			return nil, err
		}
		var data uint64
		for _, r := range img.Runs {
			n := uintptr(r.Pages) * PageSize
			copy(vmem.Bytes(m.base+uintptr(r.Page)*PageSize, n), img.Data[data:])
			data += uint64(n)
		}
		return m, nil
	}
	r, err := p.get(img)
	if err != nil {
		return nil, err
	}
	if err := p.resize(&r, size); err != nil {
		return nil, err
	}
	if r.img != img {
		// A plain region, all zero: map the image's runs over it.
		var data int64
		for _, run := range img.Runs {
			n := uintptr(run.Pages) * PageSize
			if _, err := vmem.MapFile(r.base+uintptr(run.Page)*PageSize, n, vmem.RW, fd, off+data); err != nil {
				p.drop(r)
				return nil, fmt.Errorf("linmem: mapping the memory image: %w", err)
			}
			data += int64(n)
		}
		r.img = img
	}
	return &Memory{base: r.base, size: size, maxPg: maxPg, limit: uintptr(p.cfg.LimitBytes), reserve: p.mapSize, pool: p,
		mapped: true, img: img, minSize: size}, nil
}

// source returns the file and offset to map the image from, or fd -1:
// img.File, else a sealed memfd with img.Data, made once. A file can be
// mapped only at host-page-aligned offsets (Wasm pages are 64 KiB; some
// arm64 kernels use 64 KiB host pages too).
func (img *Image) source() (fd int, off int64) {
	if PageSize%vmem.PageSize != 0 {
		return -1, 0
	}
	if img.File != nil {
		if uintptr(img.Offset)%vmem.PageSize != 0 {
			return -1, 0
		}
		return int(img.File.Fd()), img.Offset
	}
	img.memfdOnce.Do(func() { img.memfd = vmem.SealedMemfd("kiln-memory-image", img.Data) })
	return img.memfd, 0
}

// Close releases what the image holds: its memfd, if it made one. Call it
// after Pool.ForgetImage, once no memory uses the image.
func (img *Image) Close() {
	img.memfdOnce.Do(func() { img.memfd = -1 })
	if img.memfd >= 0 {
		vmem.CloseFD(img.memfd)
		img.memfd = -1
	}
}

// ForgetImage unmaps the idle reservations that hold img: its module is
// gone, and they would keep its pages (and file) referenced.
func (p *Pool) ForgetImage(img *Image) {
	p.mu.Lock()
	var drop []region
	keep := p.idle[:0]
	for _, r := range p.idle {
		if r.img == img {
			drop = append(drop, r)
		} else {
			keep = append(keep, r)
		}
	}
	p.idle = keep
	p.mu.Unlock()
	for _, r := range drop {
		p.drop(r)
	}
}
