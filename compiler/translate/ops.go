package translate

import (
	"fmt"
	"sync"

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

// The opcode tables are filled by initTables on the first translation, not
// at init: a program that runs a cached artifact never translates.
var (
	tablesOnce            sync.Once
	plainSimple, fcSimple [256]simple
	memOps                [256]memOp
	vecOps                [256]vecSimple
)

func initTables() {
	initSimple()
	memOps = buildMemOps()
	vecOps = buildVecOps()
}

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

func initSimple() {
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

func buildMemOps() (t [256]memOp) {
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
}

// vecImm says where a SIMD instruction's immediates go.
type vecImm uint8

const (
	vecPlain   vecImm = iota // aux: shape, aux2: vcmp's condition
	vecLane                  // aux: shape, aux2: the lane
	vecMem                   // aux: memarg offset, aux2: shape
	vecMemLane               // aux: memarg offset, aux2: shape | lane<<8
)

// vecSimple maps a SIMD instruction (0xFD prefix) that is one IR
// instruction over its popped operands to that instruction.
type vecSimple struct {
	op    ir.Op
	typ   ir.Type // result (Void: none)
	shape ir.Shape
	cond  ir.Cond
	imm   vecImm
	nargs int8
	valid bool
}

// vecOps covers every SIMD instruction but v128.const and i8x16.shuffle,
// whose 16 immediate bytes are split over aux and aux2 by code. Indexed by
// the opcode's low byte.
func buildVecOps() (tab [256]vecSimple) {
	v128 := ir.V128
	set := func(code int, op ir.Op, sh ir.Shape, typ ir.Type, nargs int8) *vecSimple {
		if tab[code].valid {
			panic(fmt.Sprintf("translate: SIMD opcode 0x%x set twice", code))
		}
		tab[code] = vecSimple{op: op, typ: typ, shape: sh, nargs: nargs, valid: true}
		return &tab[code]
	}
	mem := func(code int, op ir.Op, sh ir.Shape, typ ir.Type, nargs int8) {
		set(code, op, sh, typ, nargs).imm = vecMem
	}
	shapes := []ir.Shape{ir.I8x16, ir.I16x8, ir.I32x4, ir.I64x2, ir.F32x4, ir.F64x2}

	// Memory: the plain v128.load and v128.store are scalar load/store of
	// a V128 value (shape NoShape, so aux2 stays 0).
	mem(0x00, ir.OpLoad, ir.NoShape, v128, 1)
	for i, sh := range shapes[1:4] { // load8x8_s/u ... load32x2_s/u: the result's shape
		mem(0x01+2*i, ir.OpVloadExtendS, sh, v128, 1)
		mem(0x02+2*i, ir.OpVloadExtendU, sh, v128, 1)
	}
	for i, sh := range shapes[:4] {
		mem(0x07+i, ir.OpVloadSplat, sh, v128, 1)
		set(0x54+i, ir.OpVloadLane, sh, v128, 2).imm = vecMemLane
		set(0x58+i, ir.OpVstoreLane, sh, ir.Void, 2).imm = vecMemLane
	}
	mem(0x0b, ir.OpStore, ir.NoShape, ir.Void, 2)
	mem(0x5c, ir.OpVloadZero, ir.I32x4, v128, 1)
	mem(0x5d, ir.OpVloadZero, ir.I64x2, v128, 1)

	// Swizzle, splats and the lane accessors: i8x16 and i16x8 have
	// extract_lane_s, extract_lane_u and replace_lane, the others
	// extract_lane and replace_lane.
	set(0x0e, ir.OpVswizzle, ir.I8x16, v128, 2)
	code := 0x15
	for i, sh := range shapes {
		set(0x0f+i, ir.OpVsplat, sh, v128, 1)
		set(code, ir.OpVextractLane, sh, sh.LaneType(), 1).imm = vecLane
		code++
		if sh == ir.I8x16 || sh == ir.I16x8 {
			set(code, ir.OpVextractLaneU, sh, sh.LaneType(), 1).imm = vecLane
			code++
		}
		set(code, ir.OpVreplaceLane, sh, v128, 2).imm = vecLane
		code++
	}

	// Comparisons, in the scalar instructions' condition order.
	intConds := []ir.Cond{ir.Eq, ir.Ne, ir.LtS, ir.LtU, ir.GtS, ir.GtU, ir.LeS, ir.LeU, ir.GeS, ir.GeU}
	floatConds := []ir.Cond{ir.Feq, ir.Fne, ir.Flt, ir.Fgt, ir.Fle, ir.Fge}
	cmps := []struct {
		first int
		sh    ir.Shape
		conds []ir.Cond
	}{
		{0x23, ir.I8x16, intConds}, {0x2d, ir.I16x8, intConds}, {0x37, ir.I32x4, intConds},
		{0x41, ir.F32x4, floatConds}, {0x47, ir.F64x2, floatConds},
		// i64x2's came later, signed only.
		{0xd6, ir.I64x2, []ir.Cond{ir.Eq, ir.Ne, ir.LtS, ir.GtS, ir.LeS, ir.GeS}},
	}
	for _, c := range cmps {
		for i, cond := range c.conds {
			set(c.first+i, ir.OpVcmp, c.sh, v128, 2).cond = cond
		}
	}

	// Bitwise: no shape.
	set(0x4d, ir.OpVnot, 0, v128, 1)
	set(0x4e, ir.OpVand, 0, v128, 2)
	set(0x4f, ir.OpVandnot, 0, v128, 2)
	set(0x50, ir.OpVor, 0, v128, 2)
	set(0x51, ir.OpVxor, 0, v128, 2)
	set(0x52, ir.OpVbitselect, 0, v128, 3)
	set(0x53, ir.OpVanyTrue, 0, ir.I32, 1)

	// Integer operations sit at the same offset from each shape's base
	// (0x60 i8x16, 0x80 i16x8, 0xa0 i32x4, 0xc0 i64x2); in lists the
	// shapes (as bits 1<<ir.Shape) that have the operation.
	const (
		i8, i16, i32, i64 = 1 << ir.I8x16, 1 << ir.I16x8, 1 << ir.I32x4, 1 << ir.I64x2
		narrow            = i8 | i16
		wide              = i16 | i32 | i64
	)
	intCols := []struct {
		off   int
		op    ir.Op
		in    int
		typ   ir.Type
		nargs int8
	}{
		{0x00, ir.OpVabs, i8 | wide, v128, 1}, {0x01, ir.OpVneg, i8 | wide, v128, 1},
		{0x02, ir.OpVpopcnt, i8, v128, 1}, {0x02, ir.OpVq15mulrSatS, i16, v128, 2},
		{0x03, ir.OpVallTrue, i8 | wide, ir.I32, 1}, {0x04, ir.OpVbitmask, i8 | wide, ir.I32, 1},
		{0x05, ir.OpVnarrowS, narrow, v128, 2}, {0x06, ir.OpVnarrowU, narrow, v128, 2},
		{0x07, ir.OpVextendLowS, wide, v128, 1}, {0x08, ir.OpVextendHighS, wide, v128, 1},
		{0x09, ir.OpVextendLowU, wide, v128, 1}, {0x0a, ir.OpVextendHighU, wide, v128, 1},
		{0x0b, ir.OpVshl, i8 | wide, v128, 2}, {0x0c, ir.OpVshrS, i8 | wide, v128, 2}, {0x0d, ir.OpVshrU, i8 | wide, v128, 2},
		{0x0e, ir.OpVadd, i8 | wide, v128, 2}, {0x0f, ir.OpVaddSatS, narrow, v128, 2}, {0x10, ir.OpVaddSatU, narrow, v128, 2},
		{0x11, ir.OpVsub, i8 | wide, v128, 2}, {0x12, ir.OpVsubSatS, narrow, v128, 2}, {0x13, ir.OpVsubSatU, narrow, v128, 2},
		{0x15, ir.OpVmul, wide, v128, 2},
		{0x16, ir.OpVminS, narrow | i32, v128, 2}, {0x17, ir.OpVminU, narrow | i32, v128, 2},
		{0x18, ir.OpVmaxS, narrow | i32, v128, 2}, {0x19, ir.OpVmaxU, narrow | i32, v128, 2},
		{0x1a, ir.OpVdot, i32, v128, 2}, {0x1b, ir.OpVavgrU, narrow, v128, 2},
		{0x1c, ir.OpVextmulLowS, wide, v128, 2}, {0x1d, ir.OpVextmulHighS, wide, v128, 2},
		{0x1e, ir.OpVextmulLowU, wide, v128, 2}, {0x1f, ir.OpVextmulHighU, wide, v128, 2},
	}
	for i, sh := range shapes[:4] {
		for _, c := range intCols {
			if c.in&(1<<sh) != 0 {
				set(0x60+0x20*i+c.off, c.op, sh, c.typ, c.nargs)
			}
		}
	}

	// Float operations, likewise from 0xe0 (f32x4) and 0xec (f64x2).
	floatCols := []struct {
		off   int
		op    ir.Op
		nargs int8
	}{
		{0x0, ir.OpVabs, 1}, {0x1, ir.OpVneg, 1}, {0x3, ir.OpVsqrt, 1},
		{0x4, ir.OpVadd, 2}, {0x5, ir.OpVsub, 2}, {0x6, ir.OpVmul, 2}, {0x7, ir.OpVdiv, 2},
		{0x8, ir.OpVfmin, 2}, {0x9, ir.OpVfmax, 2}, {0xa, ir.OpVpmin, 2}, {0xb, ir.OpVpmax, 2},
	}
	for i, sh := range shapes[4:] {
		for _, c := range floatCols {
			set(0xe0+0xc*i+c.off, c.op, sh, v128, c.nargs)
		}
	}

	// The rest fill the gaps of those blocks: unary operations whose
	// shape is the result's.
	for _, u := range []struct {
		code int
		op   ir.Op
		sh   ir.Shape
	}{
		{0x5e, ir.OpVdemoteZero, ir.F32x4}, {0x5f, ir.OpVpromoteLow, ir.F64x2},
		{0x67, ir.OpVceil, ir.F32x4}, {0x68, ir.OpVfloor, ir.F32x4}, {0x69, ir.OpVtrunc, ir.F32x4}, {0x6a, ir.OpVnearest, ir.F32x4},
		{0x74, ir.OpVceil, ir.F64x2}, {0x75, ir.OpVfloor, ir.F64x2}, {0x7a, ir.OpVtrunc, ir.F64x2}, {0x94, ir.OpVnearest, ir.F64x2},
		{0x7c, ir.OpVextaddPairwiseS, ir.I16x8}, {0x7d, ir.OpVextaddPairwiseU, ir.I16x8},
		{0x7e, ir.OpVextaddPairwiseS, ir.I32x4}, {0x7f, ir.OpVextaddPairwiseU, ir.I32x4},
		{0xf8, ir.OpVtruncSatS, ir.I32x4}, {0xf9, ir.OpVtruncSatU, ir.I32x4},
		{0xfa, ir.OpVconvertS, ir.F32x4}, {0xfb, ir.OpVconvertU, ir.F32x4},
		{0xfc, ir.OpVtruncSatZeroS, ir.I32x4}, {0xfd, ir.OpVtruncSatZeroU, ir.I32x4},
		{0xfe, ir.OpVconvertLowS, ir.F64x2}, {0xff, ir.OpVconvertLowU, ir.F64x2},
	} {
		set(u.code, u.op, u.sh, v128, 1)
	}
	return
}
