package wasm

import (
	"encoding/binary"
	"unicode/utf8"
)

// reader reads the binary format from b. Errors are sticky: after the first
// one every read returns zero values and err stays set, so callers check err
// once per loop iteration rather than after every field.
type reader struct {
	b   []byte
	pos int // index into b
	end int // reads stop here (end of the current section or body)
	err *Error
	// eofReason is reported when a read runs past end.
	eofReason string
}

func (r *reader) fail(off int, reason string) {
	if r.err == nil {
		r.err = malformed(off, reason)
	}
}

func (r *reader) failEOF() {
	if r.err == nil {
		r.err = malformed(r.pos, r.eofReason)
		r.pos = r.end
	}
}

func (r *reader) remaining() int { return r.end - r.pos }

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.pos >= r.end {
		r.failEOF()
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

// bytes returns the next n bytes, aliasing the input.
func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > r.end-r.pos {
		r.failEOF()
		return nil
	}
	s := r.b[r.pos : r.pos+n : r.pos+n]
	r.pos += n
	return s
}

// leb reads an unsigned LEB128 value of at most bits bits.
func (r *reader) leb(bits uint) uint64 {
	// Most values (indices, alignments, small offsets) take one byte.
	if bits > 7 && r.err == nil && r.pos < r.end {
		if c := r.b[r.pos]; c < 0x80 {
			r.pos++
			return uint64(c)
		}
	}
	var v uint64
	var shift uint
	start := r.pos
	for {
		if r.err != nil {
			return 0
		}
		if r.pos >= r.end {
			r.failEOF()
			return 0
		}
		c := r.b[r.pos]
		r.pos++
		if shift+7 >= bits {
			// Last permitted byte: the continuation bit and any bits above
			// the value's width make the encoding malformed.
			if c&0x80 != 0 {
				r.fail(start, errIntTooLong)
				return 0
			}
			if c>>(bits-shift) != 0 {
				r.fail(start, errIntTooLarge)
				return 0
			}
			return v | uint64(c)<<shift
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
		shift += 7
	}
}

// ReadS64 decodes the signed LEB128 i64 at b[i:] as the decoder reads an
// i64.const's immediate, and returns it and the offset after it; the
// offset is -1 if the number is malformed or runs past b. The translator
// reads a few instructions ahead with it.
func ReadS64(b []byte, i int) (int64, int) {
	if i < 0 {
		return 0, -1
	}
	r := reader{b: b, pos: i, end: len(b)}
	v := r.s64()
	if r.err != nil {
		return 0, -1
	}
	return v, r.pos
}

// sleb reads a signed LEB128 value of at most bits bits.
func (r *reader) sleb(bits uint) int64 {
	// Most constants, and block types, take one byte.
	if bits > 7 {
		if c, ok := r.small(); ok {
			return sext7(c)
		}
	}
	var v int64
	var shift uint
	start := r.pos
	for {
		if r.err != nil {
			return 0
		}
		if r.pos >= r.end {
			r.failEOF()
			return 0
		}
		c := r.b[r.pos]
		r.pos++
		if shift+7 >= bits {
			if c&0x80 != 0 {
				r.fail(start, errIntTooLong)
				return 0
			}
			// The unused high bits must all equal the sign bit.
			used := bits - shift         // bits of c that carry the value, sign included
			rest := int8(c<<1) >> (used) // sign-extend c's 7 bits, then drop the used ones
			if rest != 0 && rest != -1 {
				r.fail(start, errIntTooLarge)
				return 0
			}
			v |= int64(c&0x7f) << shift
			shift += 7
			if shift < 64 {
				v = v << (64 - shift) >> (64 - shift)
			}
			return v
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
}

// small returns the next byte if it is a whole LEB128 value (below 0x80,
// as most indices, alignments, offsets and constants are), and ok false
// otherwise. It makes no call, so that it is inlined where instructions
// are decoded, unlike leb.
func (r *reader) small() (c byte, ok bool) {
	if r.err == nil && r.pos < r.end {
		if c = r.b[r.pos]; c < 0x80 {
			r.pos++
			return c, true
		}
	}
	return 0, false
}

// sext7 is the value of a one-byte signed LEB128 (bit 6 is the sign).
func sext7(c byte) int64 { return int64(c<<1) << 56 >> 57 }

func (r *reader) u32() uint32 { return uint32(r.leb(32)) }
func (r *reader) u64() uint64 { return r.leb(64) }
func (r *reader) s32() int32  { return int32(r.sleb(32)) }
func (r *reader) s64() int64  { return r.sleb(64) }

func (r *reader) f32() uint32 {
	b := r.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *reader) f64() uint64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// count reads a vector length. It does not fail when the length exceeds
// what remains: reading the elements fails at the first missing one, as the
// reference interpreter reports it.
func (r *reader) count() uint32 { return r.u32() }

// capFor bounds the capacity to preallocate for n elements of at least
// minSize bytes each by what the input can hold, so a hostile length cannot
// make the decoder allocate more than the input justifies.
func (r *reader) capFor(n uint32, minSize int) int {
	return int(min(uint64(n), uint64(r.remaining()/minSize)))
}

// name reads a UTF-8 name.
func (r *reader) name() string {
	start := r.pos
	n := r.u32()
	if r.err != nil {
		return ""
	}
	if uint64(n) > uint64(r.remaining()) {
		r.fail(start, errLenOutOfBounds)
		return ""
	}
	b := r.bytes(int(n))
	if !utf8.Valid(b) {
		r.fail(start, errUTF8)
		return ""
	}
	return string(b)
}
