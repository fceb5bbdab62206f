package opt

import (
	"encoding/binary"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// Vector constant folding: the operations toolchains leave with constant
// operands (splats of constants, masks combined bitwise, lane inserts and
// extracts, integer arithmetic and shifts of constants), evaluated on the
// 16 bytes of the value, lane 0 first (Wasm's little-endian layout).

type v128 [16]byte

func vconstOf(f *ir.Func, v ir.Value) (x v128, ok bool) {
	if f.Op(v) != ir.OpVconst {
		return x, false
	}
	binary.LittleEndian.PutUint64(x[:8], uint64(f.Aux(v)))
	binary.LittleEndian.PutUint64(x[8:], uint64(f.Aux2(v)))
	return x, true
}

func setVconst(f *ir.Func, v ir.Value, x v128) {
	f.Rewrite(v, ir.OpVconst, int64(binary.LittleEndian.Uint64(x[:8])))
	f.SetAux2(v, int64(binary.LittleEndian.Uint64(x[8:])))
}

// lane reads lane i of n bytes, zero-extended.
func (x *v128) lane(i, n int) uint64 {
	var u uint64
	for k := n - 1; k >= 0; k-- {
		u = u<<8 | uint64(x[i*n+k])
	}
	return u
}

func (x *v128) setLane(i, n int, u uint64) {
	for k := range n {
		x[i*n+k] = byte(u >> (8 * k))
	}
}

// signExtend sign-extends the low n bytes of u.
func signExtend(u uint64, n int) int64 {
	s := 64 - 8*uint(n)
	return int64(u<<s) >> s
}

// foldVector folds vector instruction v when its operands are constants,
// and applies the bitwise identities x&x = x|x = x, x^x = 0.
func foldVector(f *ir.Func, r *replacer, v ir.Value) {
	op := f.Op(v)
	args := f.Args(v)
	sh := f.VecShape(v)
	switch op {
	case ir.OpVand, ir.OpVor, ir.OpVxor, ir.OpVandnot:
		if args[0] == args[1] {
			switch op {
			case ir.OpVand, ir.OpVor:
				f.Rewrite(v, ir.OpCopy, 0, args[0])
				r.set(v, args[0])
			default:
				setVconst(f, v, v128{})
			}
			return
		}
	}
	var consts [3]v128
	for i, a := range args {
		if f.Type(a) != ir.V128 {
			continue
		}
		c, ok := vconstOf(f, a)
		if !ok || i >= len(consts) {
			return
		}
		consts[i] = c
	}
	a, b, c := &consts[0], &consts[1], &consts[2]
	var out v128
	switch op {
	case ir.OpVand, ir.OpVor, ir.OpVxor, ir.OpVandnot, ir.OpVnot, ir.OpVbitselect:
		for k := range out {
			switch op {
			case ir.OpVand:
				out[k] = a[k] & b[k]
			case ir.OpVor:
				out[k] = a[k] | b[k]
			case ir.OpVxor:
				out[k] = a[k] ^ b[k]
			case ir.OpVandnot:
				out[k] = a[k] &^ b[k]
			case ir.OpVnot:
				out[k] = ^a[k]
			case ir.OpVbitselect:
				out[k] = a[k]&c[k] | b[k]&^c[k]
			}
		}
	case ir.OpVadd, ir.OpVsub, ir.OpVmul:
		if sh.IsFloat() {
			return // NaN payloads and rounding are the hardware's business
		}
		n := sh.LaneBytes()
		for i := range sh.Lanes() {
			x, y := a.lane(i, n), b.lane(i, n)
			switch op {
			case ir.OpVadd:
				out.setLane(i, n, x+y)
			case ir.OpVsub:
				out.setLane(i, n, x-y)
			default:
				out.setLane(i, n, x*y)
			}
		}
	case ir.OpVshl, ir.OpVshrS, ir.OpVshrU:
		if f.Op(args[1]) != ir.OpIconst {
			return
		}
		n := sh.LaneBytes()
		k := uint(f.Aux(args[1])) & uint(8*n-1)
		for i := range sh.Lanes() {
			x := a.lane(i, n)
			switch op {
			case ir.OpVshl:
				out.setLane(i, n, x<<k)
			case ir.OpVshrS:
				out.setLane(i, n, uint64(signExtend(x, n)>>k))
			default:
				out.setLane(i, n, x>>k)
			}
		}
	case ir.OpVsplat:
		x := args[0]
		if f.Op(x) != ir.OpIconst && f.Op(x) != ir.OpFconst {
			return
		}
		n := sh.LaneBytes()
		for i := range sh.Lanes() {
			out.setLane(i, n, uint64(f.Aux(x)))
		}
	case ir.OpVreplaceLane:
		x := args[1]
		if f.Op(x) != ir.OpIconst && f.Op(x) != ir.OpFconst {
			return
		}
		out = *a
		out.setLane(f.VecLane(v), sh.LaneBytes(), uint64(f.Aux(x)))
	case ir.OpVextractLane, ir.OpVextractLaneU:
		n := sh.LaneBytes()
		u := a.lane(f.VecLane(v), n)
		switch {
		case sh.IsFloat():
			f.Rewrite(v, ir.OpFconst, int64(u))
		case op == ir.OpVextractLane && n < 4:
			f.Rewrite(v, ir.OpIconst, int64(int32(signExtend(u, n))))
		case n == 4:
			f.Rewrite(v, ir.OpIconst, int64(int32(u)))
		default:
			f.Rewrite(v, ir.OpIconst, int64(u))
		}
		return
	default:
		return
	}
	setVconst(f, v, out)
}
