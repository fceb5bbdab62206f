package ir

import "math/bits"

// MulHigh returns the high half of the double-width product of x and y,
// integers of the given width (32 or 64; a 32-bit result is zero-extended):
// the semantics of imulh_u (signed false) and imulh_s.
func MulHigh(signed bool, width int, x, y uint64) uint64 {
	if width == 32 {
		if signed {
			return uint64(uint32(uint64(int64(int32(x))*int64(int32(y))) >> 32))
		}
		return uint64(uint32(x)) * uint64(uint32(y)) >> 32
	}
	hi, _ := bits.Mul64(x, y)
	if signed {
		// The signed product differs from the unsigned one by y·2^64 when
		// x is negative and by x·2^64 when y is.
		if int64(x) < 0 {
			hi -= y
		}
		if int64(y) < 0 {
			hi -= x
		}
	}
	return hi
}
