package artifact

import (
	"encoding/binary"
	"fmt"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/linmem"
)

// MinImageBytes is the amount of active data from which MemoryImage makes
// an image: below it, applying the segments at instantiation is cheaper
// than a page of image per run.
const MinImageBytes = 64 << 10

// MemoryImage returns the initial contents of module m's memory (its
// active data segments applied in order) as a page image, or nil when
// instantiation must apply the segments itself: the memory is imported
// (another instance may see the writes), an offset is not a constant
// (global.get), a segment does not fit the initial size (instantiation
// must fail), or there is too little data to be worth it.
func MemoryImage(m *wasm.Module) *linmem.Image {
	if m.NumImportedMemories != 0 || len(m.Memories) != 1 {
		return nil
	}
	size := m.Memories[0].Limits.Min * linmem.PageSize
	var total uint64
	offs := make([]uint64, len(m.Datas))
	for i := range m.Datas {
		d := &m.Datas[i]
		if d.Mode != wasm.SegmentActive {
			continue
		}
		off, ok := constI32(d.Offset)
		if !ok || off+uint64(len(d.Init)) > size {
			return nil
		}
		offs[i] = off
		total += uint64(len(d.Init))
	}
	if total < MinImageBytes {
		return nil
	}
	// The pages holding data, then the runs of consecutive ones.
	used := make([]bool, (size+linmem.PageSize-1)/linmem.PageSize)
	for i := range m.Datas {
		if d := &m.Datas[i]; d.Mode == wasm.SegmentActive && len(d.Init) > 0 {
			for p := offs[i] / linmem.PageSize; p <= (offs[i]+uint64(len(d.Init))-1)/linmem.PageSize; p++ {
				used[p] = true
			}
		}
	}
	img := &linmem.Image{}
	where := make([]uint64, len(used)) // page -> offset in Data
	var n uint64
	for p, u := range used {
		if !u {
			continue
		}
		if k := len(img.Runs) - 1; k >= 0 && uint64(img.Runs[k].Page+img.Runs[k].Pages) == uint64(p) {
			img.Runs[k].Pages++
		} else {
			img.Runs = append(img.Runs, linmem.ImageRun{Page: uint32(p), Pages: 1})
		}
		where[p] = n
		n += linmem.PageSize
	}
	img.Data = make([]byte, n)
	for i := range m.Datas {
		d := &m.Datas[i]
		if d.Mode != wasm.SegmentActive {
			continue
		}
		// A segment may cross pages that are not adjacent in Data only
		// where a run ends, so copy page by page.
		for off, b := offs[i], d.Init; len(b) > 0; {
			in := off % linmem.PageSize
			k := copy(img.Data[where[off/linmem.PageSize]+in:where[off/linmem.PageSize]+linmem.PageSize], b)
			b, off = b[k:], off+uint64(k)
		}
	}
	return img
}

// constI32 returns the value of a constant expression that is a single
// i32.const.
func constI32(x wasm.ConstExpr) (uint64, bool) {
	v, ok := x.I32()
	return uint64(uint32(v)), ok
}

// decodeImage checks the memory image sections against module m and sets
// h.Image. imaged: the module section says some data segments are in it.
func decodeImage(h *Header, m *wasm.Module, runs, data []byte, dataOff int64, imaged bool) error {
	if len(runs) == 0 && len(data) == 0 {
		if imaged {
			return fmt.Errorf("%w: data segments refer to a missing memory image", ErrCorrupt)
		}
		return nil
	}
	if len(runs)%8 != 0 {
		return fmt.Errorf("%w: memory image runs section of %d bytes", ErrCorrupt, len(runs))
	}
	img := &linmem.Image{Runs: make([]linmem.ImageRun, len(runs)/8), Data: data, Offset: dataOff}
	for i := range img.Runs {
		img.Runs[i] = linmem.ImageRun{Page: binary.LittleEndian.Uint32(runs[8*i:]), Pages: binary.LittleEndian.Uint32(runs[8*i+4:])}
	}
	if err := img.Check(); err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if m.NumImportedMemories != 0 || len(m.Memories) != 1 || img.EndPage() > m.Memories[0].Limits.Min {
		return fmt.Errorf("%w: the memory image does not fit the module's memory", ErrCorrupt)
	}
	h.Image = img
	return nil
}
