package ir

import (
	"fmt"
	"strings"
)

// Shape is how a vector operation reads its v128 operands: the lane type
// and count. Vector values themselves are untyped (V128), as in Wasm, so
// one opcode serves every shape it allows (vadd i32x4, vadd f64x2) and a
// backend describes its 1:1 lowerings as a table indexed by (op, shape).
type Shape uint8

// Shapes. 0 means none (bitwise operations).
const (
	NoShape Shape = iota
	I8x16
	I16x8
	I32x4
	I64x2
	F32x4
	F64x2
	numShapes
)

var shapeNames = [...]string{NoShape: "-", I8x16: "i8x16", I16x8: "i16x8", I32x4: "i32x4", I64x2: "i64x2", F32x4: "f32x4", F64x2: "f64x2"}

func (s Shape) String() string {
	if s < numShapes {
		return shapeNames[s]
	}
	return fmt.Sprintf("shape(%d)", uint8(s))
}

// ShapeByName returns the shape named s ("i32x4").
func ShapeByName(s string) (Shape, bool) {
	for i := I8x16; i < numShapes; i++ {
		if shapeNames[i] == s {
			return i, true
		}
	}
	return 0, false
}

// Lanes is the number of lanes.
func (s Shape) Lanes() int { return 16 / s.LaneBytes() }

// LaneBytes is the width of a lane in bytes.
func (s Shape) LaneBytes() int {
	switch s {
	case I8x16:
		return 1
	case I16x8:
		return 2
	case I32x4, F32x4:
		return 4
	}
	return 8
}

// IsFloat reports whether the lanes are floats.
func (s Shape) IsFloat() bool { return s == F32x4 || s == F64x2 }

// LaneType is the scalar type a lane is read as or built from (splat,
// extract_lane, replace_lane): i32 for the narrow integer lanes.
func (s Shape) LaneType() Type {
	switch s {
	case I64x2:
		return I64
	case F32x4:
		return F32
	case F64x2:
		return F64
	}
	return I32
}

// Sets of shapes an operation allows.
const (
	shInt   = 1<<I8x16 | 1<<I16x8 | 1<<I32x4 | 1<<I64x2
	shFloat = 1<<F32x4 | 1<<F64x2
	shAll   = shInt | shFloat
	shNarr  = 1<<I8x16 | 1<<I16x8            // 8- and 16-bit lanes
	shWide  = 1<<I16x8 | 1<<I32x4 | 1<<I64x2 // results of widening
	sh32    = 1 << I32x4                     //
	shNoI64 = 1<<I8x16 | 1<<I16x8 | 1<<I32x4 // min/max
	shMul   = 1<<I16x8 | 1<<I32x4 | 1<<I64x2 | shFloat
)

// vecInfo gives a vector opcode's typing: sig is the operand types then,
// after '>', the result ('v' v128, 'i' i32, 'a' a memory address (i32),
// 's' the shape's lane type; no result: void); shapes is the set of shapes
// it allows (0: it takes none).
type vecInfo struct {
	sig    string
	shapes uint8
}

var vecInfos = [numOps]vecInfo{
	OpVadd: {"vv>v", shAll}, OpVsub: {"vv>v", shAll}, OpVmul: {"vv>v", shMul}, OpVdiv: {"vv>v", shFloat},
	OpVaddSatS: {"vv>v", shNarr}, OpVaddSatU: {"vv>v", shNarr}, OpVsubSatS: {"vv>v", shNarr}, OpVsubSatU: {"vv>v", shNarr},
	OpVminS: {"vv>v", shNoI64}, OpVminU: {"vv>v", shNoI64}, OpVmaxS: {"vv>v", shNoI64}, OpVmaxU: {"vv>v", shNoI64},
	OpVavgrU: {"vv>v", shNarr}, OpVq15mulrSatS: {"vv>v", 1 << I16x8},
	OpVfmin: {"vv>v", shFloat}, OpVfmax: {"vv>v", shFloat}, OpVpmin: {"vv>v", shFloat}, OpVpmax: {"vv>v", shFloat},
	OpVdot: {"vv>v", sh32}, OpVnarrowS: {"vv>v", shNarr}, OpVnarrowU: {"vv>v", shNarr},
	OpVextmulLowS: {"vv>v", shWide}, OpVextmulLowU: {"vv>v", shWide}, OpVextmulHighS: {"vv>v", shWide}, OpVextmulHighU: {"vv>v", shWide},
	OpVswizzle: {"vv>v", 1 << I8x16},
	OpVand:     {"vv>v", 0}, OpVor: {"vv>v", 0}, OpVxor: {"vv>v", 0}, OpVandnot: {"vv>v", 0},
	OpVbitselect: {"vvv>v", 0}, OpVnot: {"v>v", 0},
	OpVneg: {"v>v", shAll}, OpVabs: {"v>v", shAll}, OpVpopcnt: {"v>v", 1 << I8x16},
	OpVsqrt: {"v>v", shFloat}, OpVceil: {"v>v", shFloat}, OpVfloor: {"v>v", shFloat}, OpVtrunc: {"v>v", shFloat}, OpVnearest: {"v>v", shFloat},
	OpVextendLowS: {"v>v", shWide}, OpVextendLowU: {"v>v", shWide}, OpVextendHighS: {"v>v", shWide}, OpVextendHighU: {"v>v", shWide},
	OpVextaddPairwiseS: {"v>v", 1<<I16x8 | 1<<I32x4}, OpVextaddPairwiseU: {"v>v", 1<<I16x8 | 1<<I32x4},
	OpVconvertS: {"v>v", 1 << F32x4}, OpVconvertU: {"v>v", 1 << F32x4},
	OpVconvertLowS: {"v>v", 1 << F64x2}, OpVconvertLowU: {"v>v", 1 << F64x2},
	OpVtruncSatS: {"v>v", sh32}, OpVtruncSatU: {"v>v", sh32}, OpVtruncSatZeroS: {"v>v", sh32}, OpVtruncSatZeroU: {"v>v", sh32},
	OpVdemoteZero: {"v>v", 1 << F32x4}, OpVpromoteLow: {"v>v", 1 << F64x2},
	OpVcmp: {"vv>v", shAll},
	OpVshl: {"vi>v", shInt}, OpVshrS: {"vi>v", shInt}, OpVshrU: {"vi>v", shInt},
	OpVanyTrue: {"v>i", 0}, OpVallTrue: {"v>i", shInt}, OpVbitmask: {"v>i", shInt},
	OpVsplat: {"s>v", shAll}, OpVextractLane: {"v>s", shAll}, OpVextractLaneU: {"v>s", shNarr}, OpVreplaceLane: {"vs>v", shAll},
	OpVshuffle:   {"vv>v", 0},
	OpVloadSplat: {"a>v", shInt}, OpVloadExtendS: {"a>v", shWide}, OpVloadExtendU: {"a>v", shWide},
	OpVloadZero: {"a>v", 1<<I32x4 | 1<<I64x2}, OpVloadLane: {"av>v", shInt}, OpVstoreLane: {"av>", shInt},
}

// VecShape returns the shape vector instruction v reads its operands as
// (NoShape for the bitwise ones): aux for most, aux2 (low byte) for the
// memory operations, whose aux is the offset.
func (f *Func) VecShape(v Value) Shape {
	in := &f.insts[v]
	switch in.op.Info().imm {
	case immMemShape, immMemShapeLane:
		return Shape(in.aux2 & 0xff)
	case immShape, immShapeCond, immShapeLane:
		return Shape(in.aux)
	}
	return NoShape
}

// VecLane returns the lane index of extract_lane, replace_lane,
// load_lane and store_lane v.
func (f *Func) VecLane(v Value) int {
	in := &f.insts[v]
	if in.op.Info().imm == immMemShapeLane {
		return int(in.aux2 >> 8)
	}
	return int(in.aux2)
}

// LaneAux2 packs the shape and lane of load_lane and store_lane into aux2.
func LaneAux2(s Shape, lane int) int64 { return int64(s) | int64(lane)<<8 }

// verifyVec checks vector instruction x against its vecInfo.
func (v *verifier) verifyVec(x Value) {
	f := v.f
	in := &f.insts[x]
	vi := &vecInfos[in.op]
	args := f.Args(x)
	sh := f.VecShape(x)
	if vi.shapes == 0 {
		if sh != NoShape {
			v.errorf(x, "takes no shape")
		}
	} else if sh == NoShape || sh >= numShapes || vi.shapes&(1<<sh) == 0 {
		v.errorf(x, "shape %v is not allowed", sh)
		return
	}
	ins, out := cutSig(vi.sig)
	if len(args) != len(ins) {
		v.errorf(x, "has %d operands, wants %d", len(args), len(ins))
		return
	}
	typeOf := func(c byte) Type {
		switch c {
		case 'v':
			return V128
		case 'i', 'a':
			return I32
		case 's':
			return sh.LaneType()
		}
		return Void
	}
	for i, a := range args {
		if got, want := f.insts[a].typ, typeOf(ins[i]); got != want {
			v.errorf(x, "operand %d is %v, wants %v", i, got, want)
		}
	}
	want := Void
	if out != "" {
		want = typeOf(out[0])
	}
	if in.typ != want {
		v.errorf(x, "result type %v, wants %v", in.typ, want)
	}
	info := in.op.Info()
	switch info.imm {
	case immShapeCond:
		c := Cond(in.aux2)
		if c >= numConds || c.IsFloat() != sh.IsFloat() {
			v.errorf(x, "bad condition %d for %v", in.aux2, sh)
		}
	case immShapeLane:
		if l := in.aux2; l < 0 || l >= int64(sh.Lanes()) {
			v.errorf(x, "lane %d out of range", l)
		}
	case immMemShapeLane:
		if l := in.aux2 >> 8; l < 0 || l >= int64(sh.Lanes()) {
			v.errorf(x, "lane %d out of range", l)
		}
		v.memOffset(x)
	case immMemShape:
		v.memOffset(x)
	case immV128:
		for i := 0; i < 16; i++ {
			w := uint64(in.aux)
			if i >= 8 {
				w = uint64(in.aux2)
			}
			if b := byte(w >> (8 * (i % 8))); b >= 32 {
				v.errorf(x, "shuffle lane %d selects %d", i, b)
			}
		}
	}
}

// cutSig splits a vecInfo signature at '>' into operands and result.
func cutSig(sig string) (ins, out string) {
	ins, out, _ = strings.Cut(sig, ">")
	return ins, out
}

// IsVector reports whether op is a vector operation.
func (op Op) IsVector() bool { return op.Info().class == clsVec }

// UsesVectors reports whether f has a v128 value or a vector operation.
func (f *Func) UsesVectors() bool {
	for i := 1; i < len(f.insts); i++ {
		if f.insts[i].typ == V128 || f.insts[i].op.IsVector() {
			return true
		}
	}
	return false
}
