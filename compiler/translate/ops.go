package translate

import (
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// simple maps a Wasm instruction that is one IR instruction over its popped
// operands to that instruction.
type simple struct {
	op    ir.Op
	typ   ir.Type
	aux   int64
	nargs int8
	valid bool
}

var plainSimple, fcSimple [256]simple

func irType(t wasm.ValType) ir.Type {
	switch t {
	case wasm.I32:
		return ir.I32
	case wasm.I64:
		return ir.I64
	case wasm.F32:
		return ir.F32
	case wasm.F64:
		return ir.F64
	case wasm.V128:
		return ir.V128
	case wasm.FuncRef:
		return ir.FuncRef
	case wasm.ExternRef:
		return ir.ExternRef
	}
	return ir.Void
}

func init() {
	set := func(tab *[256]simple, code int, op ir.Op, typ ir.Type, aux int64, nargs int8) {
		tab[code] = simple{op: op, typ: typ, aux: aux, nargs: nargs, valid: true}
	}
	seq := func(first int, typ ir.Type, nargs int8, ops ...ir.Op) {
		for i, op := range ops {
			set(&plainSimple, first+i, op, typ, 0, nargs)
		}
	}
	intBin := []ir.Op{ir.OpIadd, ir.OpIsub, ir.OpImul, ir.OpIdivS, ir.OpIdivU, ir.OpIremS, ir.OpIremU,
		ir.OpIand, ir.OpIor, ir.OpIxor, ir.OpIshl, ir.OpIshrS, ir.OpIshrU, ir.OpIrotl, ir.OpIrotr}
	seq(0x6a, ir.I32, 2, intBin...)
	seq(0x7c, ir.I64, 2, intBin...)
	seq(0x67, ir.I32, 1, ir.OpIclz, ir.OpIctz, ir.OpIpopcnt)
	seq(0x79, ir.I64, 1, ir.OpIclz, ir.OpIctz, ir.OpIpopcnt)
	set(&plainSimple, 0x45, ir.OpIeqz, ir.I32, 0, 1)
	set(&plainSimple, 0x50, ir.OpIeqz, ir.I32, 0, 1)
	for i, c := range []ir.Cond{ir.Eq, ir.Ne, ir.LtS, ir.LtU, ir.GtS, ir.GtU, ir.LeS, ir.LeU, ir.GeS, ir.GeU} {
		set(&plainSimple, 0x46+i, ir.OpIcmp, ir.I32, int64(c), 2)
		set(&plainSimple, 0x51+i, ir.OpIcmp, ir.I32, int64(c), 2)
	}
	for i, c := range []ir.Cond{ir.Feq, ir.Fne, ir.Flt, ir.Fgt, ir.Fle, ir.Fge} {
		set(&plainSimple, 0x5b+i, ir.OpFcmp, ir.I32, int64(c), 2)
		set(&plainSimple, 0x61+i, ir.OpFcmp, ir.I32, int64(c), 2)
	}
	floatUn := []ir.Op{ir.OpFabs, ir.OpFneg, ir.OpFceil, ir.OpFfloor, ir.OpFtrunc, ir.OpFnearest, ir.OpFsqrt}
	floatBin := []ir.Op{ir.OpFadd, ir.OpFsub, ir.OpFmul, ir.OpFdiv, ir.OpFmin, ir.OpFmax, ir.OpFcopysign}
	seq(0x8b, ir.F32, 1, floatUn...)
	seq(0x92, ir.F32, 2, floatBin...)
	seq(0x99, ir.F64, 1, floatUn...)
	seq(0xa0, ir.F64, 2, floatBin...)
	conv := []struct {
		op  ir.Op
		typ ir.Type
	}{
		{ir.OpWrap, ir.I32},
		{ir.OpTruncS, ir.I32}, {ir.OpTruncU, ir.I32}, {ir.OpTruncS, ir.I32}, {ir.OpTruncU, ir.I32},
		{ir.OpExtendS, ir.I64}, {ir.OpExtendU, ir.I64},
		{ir.OpTruncS, ir.I64}, {ir.OpTruncU, ir.I64}, {ir.OpTruncS, ir.I64}, {ir.OpTruncU, ir.I64},
		{ir.OpConvertS, ir.F32}, {ir.OpConvertU, ir.F32}, {ir.OpConvertS, ir.F32}, {ir.OpConvertU, ir.F32},
		{ir.OpDemote, ir.F32},
		{ir.OpConvertS, ir.F64}, {ir.OpConvertU, ir.F64}, {ir.OpConvertS, ir.F64}, {ir.OpConvertU, ir.F64},
		{ir.OpPromote, ir.F64},
		{ir.OpBitcast, ir.I32}, {ir.OpBitcast, ir.I64}, {ir.OpBitcast, ir.F32}, {ir.OpBitcast, ir.F64},
		{ir.OpSext8, ir.I32}, {ir.OpSext16, ir.I32}, {ir.OpSext8, ir.I64}, {ir.OpSext16, ir.I64}, {ir.OpSext32, ir.I64},
	}
	for i, c := range conv {
		set(&plainSimple, 0xa7+i, c.op, c.typ, 0, 1)
	}
	for i, c := range []struct {
		op  ir.Op
		typ ir.Type
	}{{ir.OpTruncSatS, ir.I32}, {ir.OpTruncSatU, ir.I32}, {ir.OpTruncSatS, ir.I32}, {ir.OpTruncSatU, ir.I32},
		{ir.OpTruncSatS, ir.I64}, {ir.OpTruncSatU, ir.I64}, {ir.OpTruncSatS, ir.I64}, {ir.OpTruncSatU, ir.I64}} {
		set(&fcSimple, i, c.op, c.typ, 0, 1)
	}
}

// memOp describes a load or store.
type memOp struct {
	op    ir.Op
	typ   ir.Type // loaded type, or stored value's type
	store bool
}

var memOps = func() (t [256]memOp) {
	loads := []memOp{
		{ir.OpLoad, ir.I32, false}, {ir.OpLoad, ir.I64, false}, {ir.OpLoad, ir.F32, false}, {ir.OpLoad, ir.F64, false},
		{ir.OpLoad8S, ir.I32, false}, {ir.OpLoad8U, ir.I32, false}, {ir.OpLoad16S, ir.I32, false}, {ir.OpLoad16U, ir.I32, false},
		{ir.OpLoad8S, ir.I64, false}, {ir.OpLoad8U, ir.I64, false}, {ir.OpLoad16S, ir.I64, false}, {ir.OpLoad16U, ir.I64, false},
		{ir.OpLoad32S, ir.I64, false}, {ir.OpLoad32U, ir.I64, false},
		{ir.OpStore, ir.I32, true}, {ir.OpStore, ir.I64, true}, {ir.OpStore, ir.F32, true}, {ir.OpStore, ir.F64, true},
		{ir.OpStore8, ir.I32, true}, {ir.OpStore16, ir.I32, true},
		{ir.OpStore8, ir.I64, true}, {ir.OpStore16, ir.I64, true}, {ir.OpStore32, ir.I64, true},
	}
	for i, m := range loads {
		t[0x28+i] = m
	}
	return
}()
