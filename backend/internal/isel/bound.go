package isel

import (
	"math/bits"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/internal/abi"
)

// UpperBound returns an upper bound of the unsigned value of i32 value v,
// from the operations that compute it: constants, zero-extending loads,
// masks, shifts, sums and products that cannot wrap, comparisons. It looks
// at most a few definitions deep and knows nothing of block parameters;
// 1<<32-1 is the answer when it cannot tell. Address selection uses it to
// fold an i32 addition or shift into an addressing mode: that is exact
// only when the i32 arithmetic cannot wrap.
func (s *Base[M]) UpperBound(v ir.Value) uint64 { return upperBound(s.F, v, 4) }

const maxU32 = 1<<32 - 1

// maxAddr is the highest address of the largest linear memory the runtime
// makes (abi.MaxMemoryPages).
const maxAddr = abi.MaxMemoryPages<<16 - 1

// AddressBound is UpperBound for i32 value x at access u, which also
// knows that x is at most maxAddr there when a load or store at address
// x (any static offset) runs before u on every path to it: had x been
// larger, that access would have trapped. An address x + c (c <= 64 KiB)
// read after an access at x then cannot wrap, which is the common case of
// consecutive fields or bytes (p[i], p[i+1], ...). The access known at
// x is the first that Plan noted (NoteAccess) before u: earlier in u's
// block, or in a block that dominates u's (found up the chain of single
// predecessors above it first, which needs no dominator tree: out of
// date once edges are split, the tree costs a computation).
func (s *Base[M]) AddressBound(x, u ir.Value) uint64 {
	b := s.UpperBound(x)
	if b <= maxAddr || int(x) >= len(s.accessed) || uint32(s.accessed[x]>>32) != s.gen {
		return b
	}
	f := s.F
	ba := ir.Block(int32(uint32(s.accessed[x])) - 1)
	bu := f.BlockOf(u)
	if ba == bu {
		return maxAddr
	}
	preds := ir.Preds(f)
	for blk, n := bu, 0; n < 16 && len(preds[blk]) == 1; n++ {
		if blk = preds[blk][0]; blk == ba {
			return maxAddr
		}
	}
	if ir.Dominators(f).Dominates(ba, bu) {
		return maxAddr
	}
	return b
}

// NoteAccess records that access u, a load or store, reads or writes
// memory at address a (for AddressBound). Plan calls it for the
// accesses of its block in order, after deciding how each computes its
// address; blocks are planned in an order where a block's single
// predecessor comes first.
func (s *Base[M]) NoteAccess(a, u ir.Value) {
	if int(a) < len(s.accessed) && uint32(s.accessed[a]>>32) != s.gen {
		s.accessed[a] = uint64(s.gen)<<32 | uint64(uint32(s.F.BlockOf(u)+1))
	}
}

func upperBound(f *ir.Func, v ir.Value, depth int) uint64 {
	if f.Type(v) != ir.I32 {
		return maxU32
	}
	switch f.Op(v) {
	case ir.OpIconst:
		return uint64(uint32(f.Aux(v)))
	case ir.OpLoad8U:
		return 0xff
	case ir.OpLoad16U:
		return 0xffff
	case ir.OpIcmp, ir.OpIeqz, ir.OpFcmp:
		return 1
	case ir.OpIclz, ir.OpIctz, ir.OpIpopcnt:
		return 32
	}
	if depth == 0 {
		return maxU32
	}
	depth--
	args := f.Args(v)
	bound := func(i int) uint64 { return upperBound(f, args[i], depth) }
	shift := func() (uint, bool) {
		if f.Op(args[1]) != ir.OpIconst {
			return 0, false
		}
		return uint(f.Aux(args[1]) & 31), true
	}
	switch f.Op(v) {
	case ir.OpIand:
		return min(bound(0), bound(1))
	case ir.OpIor, ir.OpIxor:
		return 1<<bits.Len64(bound(0)|bound(1)) - 1
	case ir.OpIshrU:
		if k, ok := shift(); ok {
			return bound(0) >> k
		}
	case ir.OpIshl:
		if k, ok := shift(); ok {
			if b := bound(0); b <= maxU32>>k {
				return b << k
			}
		}
	case ir.OpIadd:
		if b := bound(0) + bound(1); b <= maxU32 {
			return b
		}
	case ir.OpImul:
		if hi, lo := bits.Mul64(bound(0), bound(1)); hi == 0 && lo <= maxU32 {
			return lo
		}
	case ir.OpImulhU:
		return bound(0) * bound(1) >> 32
	case ir.OpIremU:
		if f.Op(args[1]) == ir.OpIconst && uint32(f.Aux(args[1])) != 0 {
			return min(bound(0), uint64(uint32(f.Aux(args[1])))-1)
		}
		return bound(0)
	case ir.OpIdivU:
		if f.Op(args[1]) == ir.OpIconst && uint32(f.Aux(args[1])) != 0 {
			return bound(0) / uint64(uint32(f.Aux(args[1])))
		}
		return bound(0)
	case ir.OpSelect:
		return max(bound(1), bound(2))
	}
	return maxU32
}
