package opt

import (
	"math"
	"math/bits"

	"github.com/kilnwasm/kiln/compiler/ir"
)

// ConstFold evaluates instructions whose operands are constants, with
// WebAssembly's semantics, and applies algebraic identities (x+0, x*1,
// x-x, x&x, ...). Operations that would trap are left alone so that they
// still trap. Constants of commutative operations move to the right, where
// instruction selection looks for immediates.
func ConstFold(f *ir.Func) {
	r := newReplacer(f)
	for _, b := range ir.RPO(f) {
		for v := f.First(b); v != 0; v = f.Next(v) {
			r.resolveArgs(f, v)
			if foldable(f.Op(v)) {
				fold(f, r, v)
			}
		}
	}
	r.apply(f)
}

func isConst(f *ir.Func, v ir.Value) bool {
	op := f.Op(v)
	return op == ir.OpIconst || op == ir.OpFconst
}

func commutative(op ir.Op, aux int64) bool {
	switch op {
	case ir.OpIadd, ir.OpImul, ir.OpImulhU, ir.OpImulhS, ir.OpIand, ir.OpIor, ir.OpIxor:
		return true
	case ir.OpIcmp:
		return ir.Cond(aux) == ir.Eq || ir.Cond(aux) == ir.Ne
	}
	return false
}

// foldable reports whether fold may change an instruction of opcode op:
// not constants, memory accesses, calls, branches... but the integer and
// float operations, the conversions and select, which ops.go declares in
// one run, and vector operations.
func foldable(op ir.Op) bool {
	return ir.OpIadd <= op && op <= ir.OpSelect || op.IsVector()
}

// fold simplifies v, whose opcode is foldable, in place or records a
// replacement for it.
func fold(f *ir.Func, r *replacer, v ir.Value) {
	op, typ := f.Op(v), f.Type(v)
	if op.IsVector() {
		foldVector(f, r, v)
		return
	}
	args := f.Args(v)
	if commutative(op, f.Aux(v)) && isConst(f, args[0]) && !isConst(f, args[1]) {
		a0, a1 := args[0], args[1]
		f.SetArg(v, 0, a1)
		f.SetArg(v, 1, a0)
		args = f.Args(v)
	}
	allConst := len(args) > 0
	for _, a := range args {
		if !isConst(f, a) {
			allConst = false
			break
		}
	}
	if allConst {
		if bits, ok := evaluate(f, v); ok {
			cop := ir.OpIconst
			if typ.IsFloat() {
				cop = ir.OpFconst
			}
			if typ == ir.I32 {
				bits = uint64(int64(int32(bits)))
			}
			f.Rewrite(v, cop, int64(bits))
			return
		}
	}
	if !typ.IsInt() && op != ir.OpSelect {
		return
	}
	replaceWith := func(x ir.Value) {
		f.Rewrite(v, ir.OpCopy, 0, x)
		r.set(v, x)
	}
	constant := func(c int64) {
		if typ == ir.I32 {
			c = int64(int32(c))
		}
		f.Rewrite(v, ir.OpIconst, c)
	}
	switch op {
	case ir.OpSelect:
		if c, ok := constValue(f, args[0]); ok {
			if int32(c) != 0 {
				replaceWith(args[1])
			} else {
				replaceWith(args[2])
			}
		} else if args[1] == args[2] {
			replaceWith(args[1])
		}
		return
	case ir.OpIeqz:
		a := args[0]
		if f.Op(a) == ir.OpExtendU {
			// Zero-extending keeps zero and nonzero apart: the test reads
			// the i32 (Go's code tests its booleans widened so).
			a = f.Args(a)[0]
			f.SetArg(v, 0, a)
		}
		switch f.Op(a) {
		case ir.OpIcmp:
			// ieqz of a comparison is the opposite comparison.
			f.Rewrite(v, ir.OpIcmp, int64(invert(ir.Cond(f.Aux(a)))), f.Args(a)...)
		case ir.OpIeqz:
			// ieqz (ieqz y) is y != 0: a comparison, which a branch or a
			// further ieqz takes as it is.
			y := f.Args(a)[0]
			zero := f.InsertBefore(v, ir.OpIconst, f.Type(y), 0)
			f.Rewrite(v, ir.OpIcmp, int64(ir.Ne), y, zero)
		}
		return
	}
	if len(args) != 2 {
		return
	}
	x, y := args[0], args[1]
	c, yConst := constValue(f, y)
	width := int64(32)
	if f.Type(x) == ir.I64 {
		width = 64
	}
	switch op {
	case ir.OpIadd, ir.OpIor, ir.OpIxor, ir.OpIshl, ir.OpIshrS, ir.OpIshrU, ir.OpIrotl, ir.OpIrotr, ir.OpIsub:
		if yConst && (c == 0 || isShift(op) && c&(width-1) == 0) {
			replaceWith(x)
			return
		}
	}
	switch op {
	case ir.OpIsub, ir.OpIxor:
		if x == y {
			constant(0)
		}
	case ir.OpIand:
		switch {
		case x == y:
			replaceWith(x)
		case yConst && c == 0:
			constant(0)
		case yConst && allOnes(c, width):
			replaceWith(x)
		}
	case ir.OpIor:
		switch {
		case x == y:
			replaceWith(x)
		case yConst && allOnes(c, width):
			constant(-1)
		}
	case ir.OpImul:
		switch {
		case yConst && c == 0:
			constant(0)
		case yConst && c == 1:
			replaceWith(x)
		case yConst && c > 0 && bits.OnesCount64(uint64(c)) == 1 && (width == 64 || c < 1<<31):
			k := f.InsertBefore(v, ir.OpIconst, typ, int64(bits.TrailingZeros64(uint64(c))))
			f.Rewrite(v, ir.OpIshl, 0, x, k)
		}
	case ir.OpIdivS, ir.OpIdivU:
		if yConst && c == 1 {
			replaceWith(x)
			return
		}
		if yConst {
			divByConst(f, v, x, c, width)
		}
	case ir.OpIremS, ir.OpIremU:
		if yConst {
			divByConst(f, v, x, c, width)
		}
	case ir.OpIcmp:
		if x == y {
			switch ir.Cond(f.Aux(v)) {
			case ir.Eq, ir.LeS, ir.LeU, ir.GeS, ir.GeU:
				constant(1)
			default:
				constant(0)
			}
		}
	}
}

func isShift(op ir.Op) bool {
	return op == ir.OpIshl || op == ir.OpIshrS || op == ir.OpIshrU || op == ir.OpIrotl || op == ir.OpIrotr
}

func allOnes(c, width int64) bool {
	if width == 32 {
		return int32(c) == -1
	}
	return c == -1
}

func invert(c ir.Cond) ir.Cond {
	switch c {
	case ir.Eq:
		return ir.Ne
	case ir.Ne:
		return ir.Eq
	case ir.LtS:
		return ir.GeS
	case ir.LtU:
		return ir.GeU
	case ir.GtS:
		return ir.LeS
	case ir.GtU:
		return ir.LeU
	case ir.LeS:
		return ir.GtS
	case ir.LeU:
		return ir.GtU
	case ir.GeS:
		return ir.LtS
	case ir.GeU:
		return ir.LtU
	}
	return c
}

// evaluate computes v from constant operands. ok is false when it cannot
// or must not (the operation would trap).
func evaluate(f *ir.Func, v ir.Value) (uint64, bool) {
	args := f.Args(v)
	op, typ := f.Op(v), f.Type(v)
	a := uint64(f.Aux(args[0]))
	var b uint64
	if len(args) > 1 {
		b = uint64(f.Aux(args[1]))
	}
	argType := f.Type(args[0])
	switch argType {
	case ir.I32:
		a, b = uint64(uint32(a)), uint64(uint32(b))
		if r, ok := evalInt32(op, f.Aux(v), uint32(a), uint32(b)); ok {
			return r, true
		}
	case ir.I64:
		if r, ok := evalInt64(op, f.Aux(v), a, b); ok {
			return r, true
		}
	case ir.F32:
		return evalF32(op, typ, f.Aux(v), math.Float32frombits(uint32(a)), math.Float32frombits(uint32(b)))
	case ir.F64:
		return evalF64(op, typ, f.Aux(v), math.Float64frombits(a), math.Float64frombits(b))
	}
	// Conversions from integers.
	switch op {
	case ir.OpWrap:
		return uint64(uint32(a)), true
	case ir.OpExtendS:
		return uint64(int64(int32(a))), true
	case ir.OpExtendU:
		return uint64(uint32(a)), true
	case ir.OpConvertS, ir.OpConvertU:
		signed := op == ir.OpConvertS
		var x float64
		var x32 float32
		switch {
		case argType == ir.I32 && signed:
			x, x32 = float64(int32(a)), float32(int32(a))
		case argType == ir.I32:
			x, x32 = float64(uint32(a)), float32(uint32(a))
		case signed:
			x, x32 = float64(int64(a)), float32(int64(a))
		default:
			x, x32 = float64(a), float32(a)
		}
		if typ == ir.F32 {
			return uint64(math.Float32bits(x32)), true
		}
		return math.Float64bits(x), true
	case ir.OpBitcast:
		return a, true
	}
	return 0, false
}

func cmp[T int32 | int64 | uint32 | uint64](c ir.Cond, x, y T) (bool, bool) {
	switch c {
	case ir.Eq:
		return x == y, true
	case ir.Ne:
		return x != y, true
	case ir.LtS, ir.LtU:
		return x < y, true
	case ir.GtS, ir.GtU:
		return x > y, true
	case ir.LeS, ir.LeU:
		return x <= y, true
	case ir.GeS, ir.GeU:
		return x >= y, true
	}
	return false, false
}

func signedCond(c ir.Cond) bool {
	return c == ir.LtS || c == ir.GtS || c == ir.LeS || c == ir.GeS
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func evalInt32(op ir.Op, aux int64, a, b uint32) (uint64, bool) {
	var r uint32
	switch op {
	case ir.OpIadd:
		r = a + b
	case ir.OpIsub:
		r = a - b
	case ir.OpImul:
		r = a * b
	case ir.OpImulhU, ir.OpImulhS:
		r = uint32(ir.MulHigh(op == ir.OpImulhS, 32, uint64(a), uint64(b)))
	case ir.OpIdivS:
		if b == 0 || int32(a) == math.MinInt32 && int32(b) == -1 {
			return 0, false
		}
		r = uint32(int32(a) / int32(b))
	case ir.OpIdivU:
		if b == 0 {
			return 0, false
		}
		r = a / b
	case ir.OpIremS:
		if b == 0 {
			return 0, false
		}
		if int32(b) == -1 {
			r = 0
		} else {
			r = uint32(int32(a) % int32(b))
		}
	case ir.OpIremU:
		if b == 0 {
			return 0, false
		}
		r = a % b
	case ir.OpIand:
		r = a & b
	case ir.OpIor:
		r = a | b
	case ir.OpIxor:
		r = a ^ b
	case ir.OpIshl:
		r = a << (b & 31)
	case ir.OpIshrS:
		r = uint32(int32(a) >> (b & 31))
	case ir.OpIshrU:
		r = a >> (b & 31)
	case ir.OpIrotl:
		r = bits.RotateLeft32(a, int(b&31))
	case ir.OpIrotr:
		r = bits.RotateLeft32(a, -int(b&31))
	case ir.OpIclz:
		r = uint32(bits.LeadingZeros32(a))
	case ir.OpIctz:
		r = uint32(bits.TrailingZeros32(a))
	case ir.OpIpopcnt:
		r = uint32(bits.OnesCount32(a))
	case ir.OpSext8:
		r = uint32(int32(int8(a)))
	case ir.OpSext16:
		r = uint32(int32(int16(a)))
	case ir.OpIeqz:
		return b2u(a == 0), true
	case ir.OpIcmp:
		c := ir.Cond(aux)
		var res, ok bool
		if signedCond(c) {
			res, ok = cmp(c, int32(a), int32(b))
		} else {
			res, ok = cmp(c, a, b)
		}
		return b2u(res), ok
	default:
		return 0, false
	}
	return uint64(r), true
}

func evalInt64(op ir.Op, aux int64, a, b uint64) (uint64, bool) {
	switch op {
	case ir.OpIadd:
		return a + b, true
	case ir.OpIsub:
		return a - b, true
	case ir.OpImul:
		return a * b, true
	case ir.OpImulhU, ir.OpImulhS:
		return ir.MulHigh(op == ir.OpImulhS, 64, a, b), true
	case ir.OpIdivS:
		if b == 0 || int64(a) == math.MinInt64 && int64(b) == -1 {
			return 0, false
		}
		return uint64(int64(a) / int64(b)), true
	case ir.OpIdivU:
		if b == 0 {
			return 0, false
		}
		return a / b, true
	case ir.OpIremS:
		if b == 0 {
			return 0, false
		}
		if int64(b) == -1 {
			return 0, true
		}
		return uint64(int64(a) % int64(b)), true
	case ir.OpIremU:
		if b == 0 {
			return 0, false
		}
		return a % b, true
	case ir.OpIand:
		return a & b, true
	case ir.OpIor:
		return a | b, true
	case ir.OpIxor:
		return a ^ b, true
	case ir.OpIshl:
		return a << (b & 63), true
	case ir.OpIshrS:
		return uint64(int64(a) >> (b & 63)), true
	case ir.OpIshrU:
		return a >> (b & 63), true
	case ir.OpIrotl:
		return bits.RotateLeft64(a, int(b&63)), true
	case ir.OpIrotr:
		return bits.RotateLeft64(a, -int(b&63)), true
	case ir.OpIclz:
		return uint64(bits.LeadingZeros64(a)), true
	case ir.OpIctz:
		return uint64(bits.TrailingZeros64(a)), true
	case ir.OpIpopcnt:
		return uint64(bits.OnesCount64(a)), true
	case ir.OpSext8:
		return uint64(int64(int8(a))), true
	case ir.OpSext16:
		return uint64(int64(int16(a))), true
	case ir.OpSext32:
		return uint64(int64(int32(a))), true
	case ir.OpIeqz:
		return b2u(a == 0), true
	case ir.OpIcmp:
		c := ir.Cond(aux)
		var res, ok bool
		if signedCond(c) {
			res, ok = cmp(c, int64(a), int64(b))
		} else {
			res, ok = cmp(c, a, b)
		}
		return b2u(res), ok
	}
	return 0, false
}

func fcmp[T float32 | float64](c ir.Cond, x, y T) (uint64, bool) {
	switch c {
	case ir.Feq:
		return b2u(x == y), true
	case ir.Fne:
		return b2u(x != y), true
	case ir.Flt:
		return b2u(x < y), true
	case ir.Fgt:
		return b2u(x > y), true
	case ir.Fle:
		return b2u(x <= y), true
	case ir.Fge:
		return b2u(x >= y), true
	}
	return 0, false
}

// Float folding covers the operations whose result is exactly defined:
// NaN results are left to run time, where the hardware's NaN is what Wasm
// allows, and min/max/nearest/conversions to integers are not folded.
func evalF32(op ir.Op, typ ir.Type, aux int64, a, b float32) (uint64, bool) {
	var r float32
	switch op {
	case ir.OpFadd:
		r = a + b
	case ir.OpFsub:
		r = a - b
	case ir.OpFmul:
		r = a * b
	case ir.OpFdiv:
		r = a / b
	case ir.OpFneg:
		return uint64(math.Float32bits(a) ^ 1<<31), true
	case ir.OpFabs:
		return uint64(math.Float32bits(a) &^ (1 << 31)), true
	case ir.OpFcopysign:
		return uint64(math.Float32bits(a)&^(1<<31) | math.Float32bits(b)&(1<<31)), true
	case ir.OpFcmp:
		return fcmp(ir.Cond(aux), a, b)
	case ir.OpPromote:
		if a != a {
			return 0, false
		}
		return math.Float64bits(float64(a)), true
	case ir.OpBitcast:
		return uint64(math.Float32bits(a)), true
	default:
		return 0, false
	}
	if r != r {
		return 0, false
	}
	return uint64(math.Float32bits(r)), true
}

func evalF64(op ir.Op, typ ir.Type, aux int64, a, b float64) (uint64, bool) {
	var r float64
	switch op {
	case ir.OpFadd:
		r = a + b
	case ir.OpFsub:
		r = a - b
	case ir.OpFmul:
		r = a * b
	case ir.OpFdiv:
		r = a / b
	case ir.OpFneg:
		return math.Float64bits(a) ^ 1<<63, true
	case ir.OpFabs:
		return math.Float64bits(a) &^ (1 << 63), true
	case ir.OpFcopysign:
		return math.Float64bits(a)&^(1<<63) | math.Float64bits(b)&(1<<63), true
	case ir.OpFcmp:
		return fcmp(ir.Cond(aux), a, b)
	case ir.OpDemote:
		if a != a {
			return 0, false
		}
		return uint64(math.Float32bits(float32(a))), true
	case ir.OpBitcast:
		return math.Float64bits(a), true
	default:
		return 0, false
	}
	if r != r {
		return 0, false
	}
	return math.Float64bits(r), true
}
