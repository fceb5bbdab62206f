package backend_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/difffuzz"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// copyShape is a loop over (d, s, n), locals 0-2, with scratch locals
// (i32, v128, i64, i32, i64).
type copyShape struct {
	name   string
	copies bool // the optimizer turns it into memory.copy
	body   func(c *wasmgen.Code)
}

func lget(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalGet).U32(i) }
func lset(c *wasmgen.Code, i uint32) *wasmgen.Code { return c.Op(wasm.OpLocalSet).U32(i) }

// addTo: local i += k.
func addTo(c *wasmgen.Code, i uint32, k int32) {
	lget(c, i).I32Const(k).Op(wasm.OpI32Add)
	lset(c, i)
}

// countDown emits: if (n >= guard) do { body; the locals adv += step;
// n -= step; } while (n > cont).
func countDown(c *wasmgen.Code, guard, step, cont int32, adv []uint32, body func()) {
	c.Op(wasm.OpBlock).BlockEmpty()
	lget(c, ln).I32Const(guard).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0)
	c.Op(wasm.OpLoop).BlockEmpty()
	body()
	for _, l := range adv {
		addTo(c, l, step)
	}
	lget(c, ln).I32Const(step).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(ln)
	c.I32Const(cont).Op(wasm.OpI32GtU).Op(wasm.OpBrIf).U32(0)
	c.Op(wasm.OpEnd).Op(wasm.OpEnd)
}

const (
	ld, ls, ln, lx, lxv, lx64, lx2, lx64b = 0, 1, 2, 3, 4, 5, 6, 7
)

// copyShapes are loops in the shapes clang gives memcpy and memmove, and
// near misses that must stay loops.
var copyShapes = []copyShape{
	// while (n) { n--; d[n] = s[n]; }
	{"back8-ne", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpI32Add)
		lget(c, ls)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpI32Add)
		c.Op(wasm.OpI32Load8U).MemArg(0, 0).Op(wasm.OpI32Store8).MemArg(0, 0)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(ln).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ln)
	}},
	// for (; n >= 8; n -= 8, d += 8, s += 8) *(u64 *)d = *(u64 *)s; return d;
	{"fwd64-gtu", true, func(c *wasmgen.Code) {
		countDown(c, 8, 8, 7, []uint32{ld, ls}, func() {
			lget(c, ld)
			lget(c, ls).Op(wasm.OpI64Load).MemArg(3, 0).Op(wasm.OpI64Store).MemArg(3, 0)
		})
		lget(c, ld)
	}},
	// i = 0; do d[i] = s[i]; while (++i < n); return i;
	{"fwd8-ltu", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, lx).Op(wasm.OpI32Add)
		lget(c, ls)
		lget(c, lx).Op(wasm.OpI32Add).Op(wasm.OpI32Load8U).MemArg(0, 0).Op(wasm.OpI32Store8).MemArg(0, 0)
		lget(c, lx).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(lx)
		lget(c, ln).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd)
		lget(c, lx)
	}},
	// memops' memmove: four bytes a turn downwards, at static offsets 3-0
	// from d + n - 4.
	{"back8x4-offsets", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		for off := uint32(4); off > 0; off-- {
			lget(c, ld)
			lget(c, ln).Op(wasm.OpI32Add).I32Const(4).Op(wasm.OpI32Sub)
			lget(c, ls)
			lget(c, ln).Op(wasm.OpI32Add).I32Const(4).Op(wasm.OpI32Sub)
			c.Op(wasm.OpI32Load8U).MemArg(0, off-1).Op(wasm.OpI32Store8).MemArg(0, off-1)
		}
		lget(c, ln).I32Const(4).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(ln).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ln)
	}},
	// for (x = n >> 4; x; x--, d += 16, s += 16) v128 copy; return s;
	{"fwd128-count", true, func(c *wasmgen.Code) {
		lget(c, ln).I32Const(4).Op(wasm.OpI32ShrU)
		lset(c, lx)
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, lx).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ls).Op(wasm.OpV128Load).MemArg(4, 0).Op(wasm.OpV128Store).MemArg(4, 0)
		addTo(c, ld, 16)
		addTo(c, ls, 16)
		lget(c, lx).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(lx).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ls)
	}},
	// 16 bytes a turn as 8 + 4 + 2 + 1 + 1, while n - 16 > 15.
	{"fwd-mixed", true, func(c *wasmgen.Code) {
		countDown(c, 16, 16, 15, []uint32{ld, ls}, func() {
			for _, p := range []struct {
				ld, st wasm.Opcode
				off    uint32
			}{{wasm.OpI64Load, wasm.OpI64Store, 0}, {wasm.OpI64Load32U, wasm.OpI64Store32, 8},
				{wasm.OpI32Load16U, wasm.OpI32Store16, 12}, {wasm.OpI32Load8U, wasm.OpI32Store8, 14}, {wasm.OpI32Load8U, wasm.OpI32Store8, 15}} {
				lget(c, ld)
				lget(c, ls).Op(p.ld).MemArg(0, p.off).Op(p.st).MemArg(0, p.off)
			}
		})
		lget(c, ln)
	}},
	// e = d + n; if (n) do { *(u32 *)d = *(u32 *)s; d += 4; s += 4; } while (d != e);
	{"fwd32-ne-end", true, func(c *wasmgen.Code) {
		lget(c, ld)
		lget(c, ln).Op(wasm.OpI32Add)
		lset(c, lx)
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ls).Op(wasm.OpI32Load).MemArg(2, 0).Op(wasm.OpI32Store).MemArg(2, 0)
		addTo(c, ld, 4)
		addTo(c, ls, 4)
		lget(c, ld)
		lget(c, lx).Op(wasm.OpI32Ne).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ld)
	}},
	// while (n >= 2) { n -= 2; *(u16 *)(d + n) = *(u16 *)(s + n); }
	{"back16-geu", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).I32Const(2).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		addTo(c, ln, -2)
		lget(c, ld)
		lget(c, ln).Op(wasm.OpI32Add)
		lget(c, ls)
		lget(c, ln).Op(wasm.OpI32Add).Op(wasm.OpI32Load16U).MemArg(1, 0).Op(wasm.OpI32Store16).MemArg(1, 0)
		lget(c, ln).I32Const(2).Op(wasm.OpI32GeU).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ln)
	}},
	// Two do-whiles, the code after each using its counter directly:
	// i = 0; do d[i] = s[i]; while (++i < n); d += i; i = 0; (again);
	// return d + i.
	{"two-loops", true, func(c *wasmgen.Code) {
		for range 2 {
			c.I32Const(0)
			lset(c, lx)
			c.Op(wasm.OpLoop).BlockEmpty()
			lget(c, ld)
			lget(c, lx).Op(wasm.OpI32Add)
			lget(c, ls)
			lget(c, lx).Op(wasm.OpI32Add).Op(wasm.OpI32Load8U).MemArg(0, 0).Op(wasm.OpI32Store8).MemArg(0, 0)
			lget(c, lx).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(lx)
			lget(c, ln).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0)
			c.Op(wasm.OpEnd)
			lget(c, ld)
			lget(c, lx).Op(wasm.OpI32Add)
			lset(c, ld)
		}
		lget(c, ld)
	}},
	// i = n; do d[i] = s[i]; while (++i <= 99); return i;
	{"fwd8-leu", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ln).Op(wasm.OpI32Add)
		lget(c, ls)
		lget(c, ln).Op(wasm.OpI32Add).Op(wasm.OpI32Load8U).MemArg(0, 0).Op(wasm.OpI32Store8).MemArg(0, 0)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(ln)
		c.I32Const(99).Op(wasm.OpI32LeU).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd)
		lget(c, ln)
	}},
	// do { n -= 8; *(u64 *)(d + n) = *(u64 *)(s + n); } while (n > 3):
	// without a guard before, n can step over 0..3 and wrap.
	{"back64-gtu-wraps", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpLoop).BlockEmpty()
		addTo(c, ln, -8)
		lget(c, ld)
		lget(c, ln).Op(wasm.OpI32Add)
		lget(c, ls)
		lget(c, ln).Op(wasm.OpI32Add).Op(wasm.OpI64Load).MemArg(3, 0).Op(wasm.OpI64Store).MemArg(3, 0)
		lget(c, ln).I32Const(3).Op(wasm.OpI32GtU).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd)
		lget(c, ln)
	}},
	// do { copy 8 bytes; d += 8; s += 8; n += 8; } while (n < 0xfffffffc):
	// a counter apart from the addresses, which can wrap past 2^32.
	{"fwd64-ltu-counter", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ls).Op(wasm.OpI64Load).MemArg(3, 0).Op(wasm.OpI64Store).MemArg(3, 0)
		addTo(c, ld, 8)
		addTo(c, ls, 8)
		lget(c, ln).I32Const(8).Op(wasm.OpI32Add).Op(wasm.OpLocalTee).U32(ln)
		c.I32Const(-4).Op(wasm.OpI32LtU).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd)
		lget(c, ld)
	}},
	// memset's loop: x = (s & 0xff) * 0x0101010101010101, stored at +0,
	// +24, +16, +8 while n - 32 > 31.
	{"fill64-splat", true, func(c *wasmgen.Code) {
		lget(c, ls).I32Const(0xff).Op(wasm.OpI32And).Op(wasm.OpI64ExtendI32U)
		c.I64Const(0x0101010101010101).Op(wasm.OpI64Mul)
		lset(c, lx64)
		countDown(c, 32, 32, 31, []uint32{ld}, func() {
			for _, off := range []uint32{0, 24, 16, 8} {
				lget(c, ld)
				lget(c, lx64).Op(wasm.OpI64Store).MemArg(3, off)
			}
		})
		lget(c, ld)
	}},
	// e = d + n; if (n) do { *(u32 *)d = s; d += 4; } while (d != e): s's
	// four bytes need not be equal.
	{"fill32-any", true, func(c *wasmgen.Code) {
		lget(c, ld)
		lget(c, ln).Op(wasm.OpI32Add)
		lset(c, lx)
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ls).Op(wasm.OpI32Store).MemArg(2, 0)
		addTo(c, ld, 4)
		lget(c, ld)
		lget(c, lx).Op(wasm.OpI32Ne).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ld)
	}},
	// while (n) { n--; d[n] = s; }
	{"fill8-back", true, func(c *wasmgen.Code) {
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpI32Add)
		lget(c, ls).Op(wasm.OpI32Store8).MemArg(0, 0)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(ln).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ln)
	}},
	// for (x = n >> 4; x; x--, d += 16) *(v128 *)d = i8x16.splat(s);
	{"fill128-splat", true, func(c *wasmgen.Code) {
		lget(c, ls).Op(wasm.OpI8x16Splat)
		lset(c, lxv)
		lget(c, ln).I32Const(4).Op(wasm.OpI32ShrU)
		lset(c, lx)
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, lx).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, lxv).Op(wasm.OpV128Store).MemArg(4, 0)
		addTo(c, ld, 16)
		lget(c, lx).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(lx).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ld)
	}},
	// Not fills: two values; stores overlapping, leaving a gap; a value
	// that changes.
	{"fill-two-values", false, func(c *wasmgen.Code) {
		countDown(c, 8, 8, 7, []uint32{ld}, func() {
			lget(c, ld)
			lget(c, ls).Op(wasm.OpI32Store).MemArg(2, 0)
			lget(c, ld)
			lget(c, ls).I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpI32Store).MemArg(2, 4)
		})
		lget(c, ln)
	}},
	{"fill-overlap", false, func(c *wasmgen.Code) {
		countDown(c, 8, 8, 7, []uint32{ld}, func() {
			lget(c, ld)
			lget(c, ls).Op(wasm.OpI32Store).MemArg(2, 0)
			lget(c, ld)
			lget(c, ls).Op(wasm.OpI32Store).MemArg(2, 2)
		})
		lget(c, ln)
	}},
	{"fill-counter", false, func(c *wasmgen.Code) {
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ln).Op(wasm.OpI32Add)
		lget(c, ln).Op(wasm.OpI32Store8).MemArg(0, 0)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(ln).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ln)
	}},
	// musl memcpy's loops for a source misaligned by a bytes: each word
	// stored is the loaded one's low bytes above the word before's high
	// ones, the last word loaded carried to the next turn.
	funnelShape("funnel32-by3", true, 4, 3, false),
	funnelShape("funnel64-by5", true, 8, 5, false),
	funnelShape("funnel32-by1-stale", true, 4, 1, true),
	funnelShape("funnel32-by0", false, 4, 0, false), // w << 32 is w: no funnel
	// Not copies: a byte plus one; half of every 8 bytes; 8 bytes every 4;
	// both loads before both stores.
	{"add-one", false, func(c *wasmgen.Code) {
		c.Op(wasm.OpBlock).BlockEmpty()
		lget(c, ln).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpLoop).BlockEmpty()
		lget(c, ld)
		lget(c, ln).Op(wasm.OpI32Add)
		lget(c, ls)
		lget(c, ln).Op(wasm.OpI32Add).Op(wasm.OpI32Load8U).MemArg(0, 0)
		c.I32Const(1).Op(wasm.OpI32Add).Op(wasm.OpI32Store8).MemArg(0, 0)
		lget(c, ln).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(ln).Op(wasm.OpBrIf).U32(0)
		c.Op(wasm.OpEnd).Op(wasm.OpEnd)
		lget(c, ln)
	}},
	{"gaps", false, func(c *wasmgen.Code) {
		countDown(c, 8, 8, 7, []uint32{ld, ls}, func() {
			lget(c, ld)
			lget(c, ls).Op(wasm.OpI32Load).MemArg(2, 0).Op(wasm.OpI32Store).MemArg(2, 0)
		})
		lget(c, ln)
	}},
	{"turns-overlap", false, func(c *wasmgen.Code) {
		countDown(c, 8, 4, 7, []uint32{ld, ls}, func() {
			lget(c, ld)
			lget(c, ls).Op(wasm.OpI64Load).MemArg(3, 0).Op(wasm.OpI64Store).MemArg(3, 0)
		})
		lget(c, ln)
	}},
	{"loads-first", false, func(c *wasmgen.Code) {
		countDown(c, 8, 8, 7, []uint32{ld, ls}, func() {
			lget(c, ls).Op(wasm.OpI32Load).MemArg(2, 4)
			lset(c, lx)
			lget(c, ld)
			lget(c, ls).Op(wasm.OpI32Load).MemArg(2, 0).Op(wasm.OpI32Store).MemArg(2, 0)
			lget(c, ld)
			lget(c, lx).Op(wasm.OpI32Store).MemArg(2, 4)
		})
		lget(c, ln)
	}},
}

// funnelShape is w = *(word *)s; for (; n >= 4 words; n -= 4 words, d
// += 4 words, s += 4 words) { four words d[i] = s[i + 1] << (8 * (size
// - a)) | s[i] >> 8a, the s[i] of the first the word carried }; return
// d. With stale, the first carried word is not memory's (w ^ -1).
func funnelShape(name string, copies bool, size uint32, a int64, stale bool) copyShape {
	load, store, shl, shr, or, xor := wasm.OpI32Load, wasm.OpI32Store, wasm.OpI32Shl, wasm.OpI32ShrU, wasm.OpI32Or, wasm.OpI32Xor
	konst := func(c *wasmgen.Code, k int64) { c.I32Const(int32(k)) }
	w, x := uint32(lx), uint32(lx2)
	if size == 8 {
		load, store, shl, shr, or, xor = wasm.OpI64Load, wasm.OpI64Store, wasm.OpI64Shl, wasm.OpI64ShrU, wasm.OpI64Or, wasm.OpI64Xor
		konst = func(c *wasmgen.Code, k int64) { c.I64Const(k) }
		w, x = lx64, lx64b
	}
	align := uint32(2)
	if size == 8 {
		align = 3
	}
	return copyShape{name, copies, func(c *wasmgen.Code) {
		lget(c, ls).Op(load).MemArg(align, 0)
		if stale {
			konst(c, -1)
			c.Op(xor)
		}
		lset(c, w)
		countDown(c, int32(4*size), int32(4*size), int32(4*size-1), []uint32{ld, ls}, func() {
			prev, cur := w, x
			for i := uint32(0); i < 4; i++ {
				lget(c, ld)
				lget(c, ls).Op(load).MemArg(align, (i+1)*size)
				lset(c, cur)
				lget(c, cur)
				konst(c, int64(size)*8-8*a)
				c.Op(shl)
				lget(c, prev)
				konst(c, 8*a)
				c.Op(shr).Op(or).Op(store).MemArg(align, i*size)
				prev, cur = cur, prev
			}
		})
		lget(c, ld)
	}}
}

// copyArgs are (d, s, n): apart, overlapping by less and more than an
// access either way, equal, empty, not a whole number of turns, ending at
// memory's end and past it on either side, wrapping, all of memory, and a
// length that wraps the counter; for fills, values whose bytes are
// equal or not.
var copyArgs = [][3]uint32{
	{1000, 5000, 512}, {5000, 1000, 512}, {2000, 2001, 512}, {2001, 2000, 512}, {2000, 2000, 512},
	{3000, 3003, 512}, {3003, 3000, 512}, {3000, 3008, 512}, {3008, 3000, 512}, {3000, 3016, 1024}, {3016, 3000, 1024},
	{0, 100, 0}, {100, 300, 1}, {100, 300, 3}, {100, 300, 5}, {100, 300, 6}, {100, 300, 12}, {100, 300, 20}, {100, 300, 40},
	{100, 3000, 255}, {100, 3000, 257}, {100, 3000, 262}, {100, 3000, 1037},
	{65536 - 512, 100, 512}, {100, 65536 - 512, 512}, {65536 - 508, 100, 512}, {100, 65536 - 508, 512}, {65536 - 496, 100, 512},
	{0xfffffff0, 100, 512}, {100, 0xfffffff0, 512}, {0, 0, 65536}, {10, 20, 0xfffffff8}, {100, 300, 0xfffffff0}, {100, 300, 0xfffffff4},
	{100, 300, 13}, {100, 300, 173}, {100, 300, 0xffffff13},
	{1000, 0x4d4d4d4d, 512}, {1000, 0x4d4d4d4c, 512}, {1000, 0xffffff00, 512},
}

func copyLoopModule() []byte {
	m := wasmgen.New()
	m.Types = []wasm.FuncType{
		{Params: []wasm.ValType{wasm.I32, wasm.I32, wasm.I32}, Results: []wasm.ValType{wasm.I32}},
		{Results: []wasm.ValType{wasm.I32}},
	}
	m.Memory = &wasmgen.Memory{Min: 1, Max: 1, HasMax: true}
	pattern := make([]byte, 65536)
	for i := range pattern {
		pattern[i] = byte(i*7 + i>>8 + 3)
	}
	// Each case starts from the pattern, so that a copy that repeats an
	// earlier case's still shows what it writes.
	m.Datas, m.DataCount = []wasmgen.Data{{Init: pattern}}, true
	for _, sh := range copyShapes {
		var c wasmgen.Code
		sh.body(&c)
		m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 0, Locals: []wasm.ValType{wasm.I32, wasm.V128, wasm.I64, wasm.I32, wasm.I64}, Body: c.B})
	}
	for i, sh := range copyShapes {
		for _, a := range copyArgs {
			if runtime.GOARCH == "arm64" && a[0] < 65536 && uint64(a[0])+uint64(a[2]) > 65536 {
				// A store may straddle memory's end, unaligned: ARM lets
				// it write its in-bounds bytes before faulting (qemu
				// does; the cores wasmtime tested did not: wasmtime#7237),
				// which Wasm forbids. Kiln's arm64 stores have that flaw
				// whether or not a loop is copied.
				continue
			}
			var c wasmgen.Code
			c.I32Const(0).I32Const(0).I32Const(65536).Op(wasm.OpMemoryInit).U32(0).U32(0)
			c.I32Const(int32(a[0])).I32Const(int32(a[1])).I32Const(int32(a[2])).Op(wasm.OpCall).U32(uint32(i))
			m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprintf("%s(%#x,%#x,%#x)", sh.name, a[0], a[1], a[2]), Kind: wasm.ExternFunc, Index: uint32(len(m.Funcs))})
			m.Funcs = append(m.Funcs, wasmgen.Func{TypeIndex: 1, Body: c.B})
		}
	}
	return m.Encode()
}

// Loops that copy or fill memory become memory.copy or memory.fill
// behind a guard (opt CopyLoops); every shape, on every edge of the guard, leaves memory,
// results and traps as the unoptimized interpreter does, and the near
// misses stay loops.
func TestCopyLoops(t *testing.T) {
	b := copyLoopModule()
	m, err := wasm.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	texts := stageTexts(t, b, "copy-loops")
	for i, sh := range copyShapes {
		text := texts[uint32(i)]
		if got := strings.Contains(text, "memory_copy") || strings.Contains(text, "memory_fill"); got != sh.copies {
			t.Errorf("%s: memory.copy or fill %v, want %v", sh.name, got, sh.copies)
		}
	}
	for _, interpOpt := range []bool{false, true} {
		o := difffuzz.Options{Exact: true, InterpOptimize: interpOpt, Target: backend.Target{Arch: abi.HostArch(), Features: abi.HostFeatures(abi.HostArch())}}
		r := difffuzz.Check(b, o)
		if r.Status != difffuzz.OK {
			t.Fatalf("interpreter optimized %v: %v: %s", interpOpt, r.Status, r.Detail)
		}
		if want := len(m.Exports); r.Calls < want {
			t.Errorf("%d calls for %d cases", r.Calls, want)
		}
	}
}
