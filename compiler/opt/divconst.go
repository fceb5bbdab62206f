package opt

import (
	"math/bits"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// divByConst replaces v, a division or remainder of x by the constant c,
// with shifts and a multiplication by a "magic" reciprocal (Granlund and
// Montgomery, "Division by invariant integers using multiplication", 1994;
// Warren, "Hacker's Delight", chapter 10): a 64-bit division takes 14 to
// 45 cycles where these take 4 to 8. A remainder is x - q·c; GVN then
// shares q between a division and a remainder by the same constant.
// Divisions that can trap (by zero; signed by -1, which overflows on the
// minimum) are left alone.
func divByConst(f *ir.Func, v, x ir.Value, c, width int64) {
	op, typ := f.Op(v), f.Type(v)
	n := uint(width)
	rem := op == ir.OpIremS || op == ir.OpIremU
	konst := func(u uint64) ir.Value {
		if n == 32 {
			return f.InsertBefore(v, ir.OpIconst, typ, int64(int32(u)))
		}
		return f.InsertBefore(v, ir.OpIconst, typ, int64(u))
	}
	bin := func(op ir.Op, a, b ir.Value) ir.Value { return f.InsertBefore(v, op, typ, 0, a, b) }
	shift := func(op ir.Op, a ir.Value, k uint) ir.Value {
		if k == 0 {
			return a
		}
		return bin(op, a, konst(uint64(k)))
	}
	// finish makes v the quotient q, or the remainder x - q·d.
	finish := func(q ir.Value, d uint64) {
		if rem {
			f.Rewrite(v, ir.OpIsub, 0, x, bin(ir.OpImul, q, konst(d)))
		} else {
			f.Rewrite(v, ir.OpCopy, 0, q)
		}
	}

	if op == ir.OpIdivU || op == ir.OpIremU {
		d := uint64(c)
		if n == 32 {
			d = uint64(uint32(c))
		}
		switch {
		case d == 0:
			return
		case d&(d-1) == 0:
			k := uint(bits.TrailingZeros64(d))
			if rem {
				f.Rewrite(v, ir.OpIand, 0, x, konst(d-1))
			} else if k > 0 {
				f.Rewrite(v, ir.OpIshrU, 0, x, konst(uint64(k)))
			}
			return
		case !rem && d > 1<<(n-1):
			// The quotient is 0 or 1.
			q := f.InsertBefore(v, ir.OpIcmp, ir.I32, int64(ir.GeU), x, konst(d))
			if n == 64 {
				f.Rewrite(v, ir.OpExtendU, 0, q)
			} else {
				f.Rewrite(v, ir.OpCopy, 0, q)
			}
			return
		}
		if m, sh, ok := umagicSmall(d, n, n); ok {
			finish(shift(ir.OpIshrU, bin(ir.OpImulhU, x, konst(m)), sh), d)
			return
		}
		if z := uint(bits.TrailingZeros64(d)); z > 0 {
			// An even divisor: divide x>>z, a narrower number, by d>>z.
			if m, sh, ok := umagicSmall(d>>z, n-z, n); ok {
				y := shift(ir.OpIshrU, x, z)
				finish(shift(ir.OpIshrU, bin(ir.OpImulhU, y, konst(m)), sh), d)
				return
			}
		}
		// The multiplier needs n+1 bits, 2^n + m: x·2^n/2^n is added back
		// as x, halved first so that the sum cannot overflow.
		m, s := umagicWide(d, n)
		t := bin(ir.OpImulhU, x, konst(m))
		sum := bin(ir.OpIadd, shift(ir.OpIshrU, bin(ir.OpIsub, x, t), 1), t)
		finish(shift(ir.OpIshrU, sum, s-1), d)
		return
	}

	d := c // sign-extended for i32
	switch {
	case d == 0, d == -1 && !rem:
		return
	case d == 1 || d == -1:
		f.Rewrite(v, ir.OpIconst, 0) // a remainder; division by 1 folds earlier
		return
	}
	ad := uint64(d)
	if d < 0 {
		ad = -ad
	}
	if n == 32 {
		ad = uint64(uint32(ad))
	}
	if ad&(ad-1) == 0 {
		// Round toward zero: add 2^k-1 to negative x before shifting.
		k := uint(bits.TrailingZeros64(ad))
		bias := shift(ir.OpIshrU, shift(ir.OpIshrS, x, n-1), n-k)
		sum := bin(ir.OpIadd, x, bias)
		switch {
		case rem:
			f.Rewrite(v, ir.OpIsub, 0, x, bin(ir.OpIand, sum, konst(-ad)))
		case d < 0:
			f.Rewrite(v, ir.OpIsub, 0, konst(0), shift(ir.OpIshrS, sum, k))
		default:
			f.Rewrite(v, ir.OpIshrS, 0, sum, konst(uint64(k)))
		}
		return
	}
	m, s := smagic(d, n)
	q := bin(ir.OpImulhS, x, konst(uint64(m)))
	switch {
	case d > 0 && m < 0:
		q = bin(ir.OpIadd, q, x)
	case d < 0 && m > 0:
		q = bin(ir.OpIsub, q, x)
	}
	q = shift(ir.OpIshrS, q, s)
	q = bin(ir.OpIadd, q, shift(ir.OpIshrU, q, n-1)) // +1 when negative
	finish(q, uint64(d))
}

// umagicSmall looks for a multiplier m < 2^n and a shift s with
// x/d = mulhu(x, m) >> s for every x < 2^xbits (xbits <= n): the smallest
// p >= n for which m = ⌈2^p/d⌉ has m·d - 2^p <= 2^(p-xbits), if its m
// fits in n bits (Granlund and Montgomery's condition).
func umagicSmall(d uint64, xbits, n uint) (m uint64, s uint, ok bool) {
	for p := n; p < 2*n; p++ {
		// m = ⌈2^p/d⌉ and e = m·d - 2^p, in 128 bits for n = 64.
		var e uint64
		if n == 64 {
			hi := uint64(1) << (p - 64)
			if hi >= d {
				return 0, 0, false // m >= 2^64
			}
			q, r := bits.Div64(hi, 0, d)
			if r != 0 {
				q++
				if q == 0 {
					return 0, 0, false
				}
				e = d - r
			}
			m = q
		} else {
			pow := uint64(1) << p
			m = (pow + d - 1) / d
			if m >= 1<<n {
				return 0, 0, false
			}
			e = m*d - pow
		}
		if p-xbits >= 64 || e <= 1<<(p-xbits) {
			return m, p - n, true
		}
	}
	return 0, 0, false
}

// umagicWide returns m and s such that, with M = 2^n + m,
// x/d = ⌊x·M / 2^(n+s)⌋ for every n-bit x: s = ⌈log2 d⌉ and
// M = ⌈2^(n+s)/d⌉, which always fits in n+1 bits. d is not a power of 2.
func umagicWide(d uint64, n uint) (m uint64, s uint) {
	s = uint(bits.Len64(d - 1))
	// m = ⌈2^n·(2^s - d)/d⌉, where 2^s - d < d.
	lo := uint64(1)<<s - d
	var q, r uint64
	if n == 64 {
		q, r = bits.Div64(lo, 0, d)
	} else {
		q, r = lo<<32/d, lo<<32%d
	}
	if r != 0 {
		q++
	}
	return q, s
}

// smagic returns the multiplier and shift for a signed n-bit division by d
// (|d| >= 2, not a power of 2), by Hacker's Delight's figure 10-1: with
// q = mulhs(x, m), plus x if d > 0 and m < 0, minus x if d < 0 and m > 0,
// shifted right arithmetically by s, plus one if negative, q = x/d.
func smagic(d int64, n uint) (m int64, s uint) {
	mask := ^uint64(0) >> (64 - n)
	two := uint64(1) << (n - 1)
	ad := uint64(d)
	if d < 0 {
		ad = -ad
	}
	ad &= mask
	t := two
	if d < 0 {
		t++
	}
	anc := t - 1 - t%ad // |nc|
	p := n - 1
	q1, r1 := two/anc, two%anc
	q2, r2 := two/ad, two%ad
	for {
		p++
		q1, r1 = (2*q1)&mask, (2*r1)&mask
		if r1 >= anc {
			q1, r1 = (q1+1)&mask, r1-anc
		}
		q2, r2 = (2*q2)&mask, (2*r2)&mask
		if r2 >= ad {
			q2, r2 = (q2+1)&mask, r2-ad
		}
		delta := ad - r2
		if q1 >= delta && (q1 != delta || r1 != 0) {
			break
		}
	}
	mu := (q2 + 1) & mask
	if d < 0 {
		mu = -mu & mask
	}
	if n == 32 {
		return int64(int32(mu)), p - n
	}
	return int64(mu), p - n
}
