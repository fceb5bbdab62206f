package linmem

import (
	"errors"
	"fmt"
	"os"

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
// (img.EndPage() must not exceed minPages).
func (p *Pool) NewImage(img *Image, minPages uint32, maxPages int64) (*Memory, error) {
	if img.EndPage() > uint64(minPages) {
		return nil, fmt.Errorf("linmem: image of %d pages exceeds the initial size of %d pages", img.EndPage(), minPages)
	}
	m, err := p.New(minPages, maxPages)
	if err != nil {
		return nil, err
	}
	// A file can be mapped only at host-page-aligned offsets (Wasm pages
	// are 64 KiB; some arm64 kernels use 64 KiB host pages too).
	mapFile := img.File != nil && uintptr(img.Offset)%vmem.PageSize == 0 && PageSize%vmem.PageSize == 0
	var data uint64
	for _, r := range img.Runs {
		at, n := m.base+uintptr(r.Page)*PageSize, uintptr(r.Pages)*PageSize
		if mapFile {
			_, err = vmem.MapFile(at, n, vmem.RW, int(img.File.Fd()), img.Offset+int64(data))
			m.mapped = true
		} else {
			copy(vmem.Bytes(at, n), img.Data[data:])
		}
		if err != nil {
			m.Release()
			return nil, fmt.Errorf("linmem: mapping the memory image: %w", err)
		}
		data += uint64(n)
	}
	return m, nil
}
