package artifact

import (
	"encoding/binary"
	"fmt"
	"math"
)

// writer appends the encodings of the format's primitive values.
type writer struct{ b []byte }

func (w *writer) u8(v uint8)     { w.b = append(w.b, v) }
func (w *writer) uv(v uint64)    { w.b = binary.AppendUvarint(w.b, v) }
func (w *writer) sv(v int64)     { w.b = binary.AppendVarint(w.b, v) }
func (w *writer) u32(v uint32)   { w.b = binary.LittleEndian.AppendUint32(w.b, v) }
func (w *writer) u64(v uint64)   { w.b = binary.LittleEndian.AppendUint64(w.b, v) }
func (w *writer) bytes(b []byte) { w.uv(uint64(len(b))); w.b = append(w.b, b...) }
func (w *writer) str(s string)   { w.uv(uint64(len(s))); w.b = append(w.b, s...) }
func (w *writer) boolean(v bool) { w.u8(b2u8(v)) }
func (w *writer) pad(align int)  { w.b = append(w.b, make([]byte, padding(len(w.b), align))...) }
func padding(n, align int) int   { return (align - n%align) % align }
func b2u8(v bool) uint8 {
	if v {
		return 1
	}
	return 0
}
func (w *writer) u32s(vs []uint32) {
	w.uv(uint64(len(vs)))
	for _, v := range vs {
		w.uv(uint64(v))
	}
}

// reader decodes what writer encodes. Errors are sticky: after the first,
// every read returns zero values, and err says what and where. No read
// ever panics or allocates more than the input can justify: a count is
// checked against the bytes left before anything is allocated for it.
type reader struct {
	b    []byte
	off  int
	what string // the section being read, for errors
	err  error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: %s at offset %d: %s", ErrCorrupt, r.what, r.off, fmt.Sprintf(format, args...))
	}
}

func (r *reader) left() int { return len(r.b) - r.off }

func (r *reader) u8() uint8 {
	if r.err != nil || r.left() < 1 {
		r.fail("truncated")
		return 0
	}
	r.off++
	return r.b[r.off-1]
}

func (r *reader) boolean() bool {
	v := r.u8()
	if v > 1 {
		r.fail("bad boolean %d", v)
	}
	return v == 1
}

func (r *reader) uv() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.off += n
	return v
}

func (r *reader) sv() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 {
		r.fail("bad varint")
		return 0
	}
	r.off += n
	return v
}

// u32v reads a uvarint that must fit in 32 bits.
func (r *reader) u32v() uint32 {
	v := r.uv()
	if v > math.MaxUint32 {
		r.fail("value %d out of range", v)
		return 0
	}
	return uint32(v)
}

func (r *reader) i32v() int32 {
	v := r.sv()
	if v < math.MinInt32 || v > math.MaxInt32 {
		r.fail("value %d out of range", v)
		return 0
	}
	return int32(v)
}

func (r *reader) u32() uint32 {
	if r.err != nil || r.left() < 4 {
		r.fail("truncated")
		return 0
	}
	r.off += 4
	return binary.LittleEndian.Uint32(r.b[r.off-4:])
}

func (r *reader) u64() uint64 {
	if r.err != nil || r.left() < 8 {
		r.fail("truncated")
		return 0
	}
	r.off += 8
	return binary.LittleEndian.Uint64(r.b[r.off-8:])
}

// count reads an element count and checks that the elements, each at
// least min bytes, fit in what is left.
func (r *reader) count(min int) int {
	n := r.uv()
	if r.err == nil && n > uint64(r.left()/min) {
		r.fail("count %d larger than the data", n)
		return 0
	}
	return int(n)
}

// bytes returns a length-prefixed byte string, aliasing the input.
func (r *reader) bytes() []byte {
	n := r.count(1)
	if r.err != nil {
		return nil
	}
	r.off += n
	return r.b[r.off-n : r.off : r.off]
}

func (r *reader) str() string { return string(r.bytes()) }

func (r *reader) u32s() []uint32 {
	n := r.count(1)
	if r.err != nil || n == 0 {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = r.u32v()
	}
	return out
}

// done checks that the whole input was read.
func (r *reader) done() {
	if r.err == nil && r.left() != 0 {
		r.fail("%d bytes left over", r.left())
	}
}
