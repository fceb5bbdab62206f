package mach

import (
	"encoding/binary"
	"math"

	"github.com/kilnwasm/kiln/internal/abi"
)

// A Compiled keeps its trap sites encoded as artifacts store them
// (runtime/artifact/FORMAT.md, "trap sites"): the count, then per site,
// in Start order, the distance of its start from the previous site's, its
// length, the trap code, and the changes of function index and Wasm
// offset. A large module has hundreds of thousands of sites, about 6
// bytes each encoded and 20 decoded, needed only when something traps.

// TrapEncoder appends trap sites, in Start order, to B, each encoded
// relative to the one before, Prev (the zero TrapSite before the first).
type TrapEncoder struct {
	B    []byte
	Prev TrapSite
}

// Add appends site t. (Small enough to inline: with e a local of the
// caller's, appending then costs no write barrier while the collector
// runs.)
func (e *TrapEncoder) Add(t TrapSite) {
	e.B = appendSite(e.B, &e.Prev, &t)
	e.Prev = t
}

// appendSite appends site t, encoded relative to prev, to b.
func appendSite(b []byte, prev, t *TrapSite) []byte {
	b = binary.AppendUvarint(b, uint64(t.Start-prev.Start))
	b = binary.AppendUvarint(b, uint64(t.End-t.Start))
	b = append(b, uint8(t.Code))
	b = binary.AppendVarint(b, int64(t.Func)-int64(prev.Func))
	return binary.AppendVarint(b, int64(t.Pos)-int64(prev.Pos))
}

// DecodeTraps decodes the trap sites b encodes, for code of codeSize
// bytes. Should b be inconsistent (an artifact's passed its checksum),
// the sites up to the first bad one are kept: a trap outside them reports
// no Wasm position, nothing worse.
func DecodeTraps(b []byte, codeSize uint64) []TrapSite {
	r := trapReader{b: b}
	n := r.uv()
	if n > uint64(len(r.b)/5) { // each site takes at least 5 bytes
		n = 0
	}
	out := make([]TrapSite, 0, n)
	var start, fn uint32
	var pos int32
	for range n {
		d, l := r.uv(), r.uv()
		code := abi.TrapCode(r.u8())
		df, dp := r.sv(), r.sv()
		// Checked before adding, so that nothing wraps around: the sites
		// stay sorted, each within the code.
		if r.bad || d > codeSize-uint64(start) || l > codeSize-uint64(start)-d ||
			df < math.MinInt32*2 || df > math.MaxUint32 || dp < math.MinInt32*2 || dp > math.MaxUint32 {
			break
		}
		s := uint64(start) + d
		f, p := int64(fn)+df, int64(pos)+dp
		if f < 0 || f > math.MaxUint32 || p < -1 || p > math.MaxInt32 {
			break
		}
		start, fn, pos = uint32(s), uint32(f), int32(p)
		out = append(out, TrapSite{Start: start, End: uint32(s + l), Code: code, Func: fn, Pos: pos})
	}
	return out
}

// trapReader reads what TrapEncoder writes; after the first error (bad
// is then set) every read returns 0.
type trapReader struct {
	b   []byte
	bad bool
}

func (r *trapReader) uv() uint64 {
	v, n := binary.Uvarint(r.b)
	if r.bad || n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *trapReader) sv() int64 {
	v, n := binary.Varint(r.b)
	if r.bad || n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *trapReader) u8() uint8 {
	if r.bad || len(r.b) == 0 {
		r.bad = true
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}
