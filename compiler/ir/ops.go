package ir

import (
	"sync"
	"sync/atomic"

	"github.com/kilnwasm/kiln/internal/lazy"
)

// Op is an instruction's opcode.
type Op uint8

// Opcodes. Integer and float operations take their width from the result
// (or operand) type, so one iadd serves i32 and i64.
const (
	OpInvalid Op = iota
	OpParam      // block parameter (aux: position)

	OpIconst  // aux: value (i32 sign-extended)
	OpFconst  // aux: bits
	OpVconst  // aux: low 64 bits, aux2: high 64 bits
	OpRefNull // result type says which
	OpRefFunc // aux: function index
	OpCopy    // identity, for passes that need a fresh name
	OpIadd    // integer arithmetic: two operands of the result type
	OpIsub    //
	OpImul    //
	OpImulhU  // the high half of the unsigned double-width product
	OpImulhS  // the high half of the signed double-width product
	OpIdivS   // traps on zero and on MinInt/-1
	OpIdivU   // traps on zero
	OpIremS   // traps on zero
	OpIremU   // traps on zero
	OpIand    //
	OpIor     //
	OpIxor    //
	OpIshl    //
	OpIshrS   //
	OpIshrU   //
	OpIrotl   //
	OpIrotr   //
	OpIclz    // integer unary: one operand of the result type
	OpIctz    //
	OpIpopcnt //
	OpSext8   // sign-extend the low 8 bits
	OpSext16  //
	OpSext32  // i64 only
	OpIeqz    // integer test: i32 result
	OpIcmp    // aux: Cond; i32 result
	OpFadd    // float arithmetic
	OpFsub    //
	OpFmul    //
	OpFdiv    //
	OpFmin    //
	OpFmax    //
	OpFcopysign
	OpFabs      // float unary
	OpFneg      //
	OpFsqrt     //
	OpFceil     //
	OpFfloor    //
	OpFtrunc    //
	OpFnearest  //
	OpFcmp      // aux: Cond (float conditions); i32 result
	OpWrap      // i64 -> i32
	OpExtendS   // i32 -> i64
	OpExtendU   // i32 -> i64
	OpTruncS    // float -> int, traps when out of range or NaN
	OpTruncU    //
	OpTruncSatS // float -> int, saturating
	OpTruncSatU //
	OpConvertS  // int -> float
	OpConvertU  //
	OpDemote    // f64 -> f32
	OpPromote   // f32 -> f64
	OpBitcast   // same-width int <-> float
	OpSelect    // cond, a, b: a if cond != 0
	OpLoad      // addr: aux offset; loads the result type
	OpLoad8S    // narrow loads, extended to the result type
	OpLoad8U    //
	OpLoad16S   //
	OpLoad16U   //
	OpLoad32S   // i64 only
	OpLoad32U   // i64 only
	OpStore     // addr, value: aux offset; stores the value's type
	OpStore8    // narrow stores of an integer's low bits
	OpStore16   //
	OpStore32   //
	OpMemSize   // i32 pages
	OpMemGrow   // pages -> old size or -1
	OpMemCopy   // dst, src, n
	OpMemFill   // dst, byte, n
	OpMemInit   // aux: data segment; dst, src, n
	OpDataDrop  // aux: data segment
	OpGlobalGet // aux: global index
	OpGlobalSet // aux: global index; value
	OpTableGet  // aux: table; index
	OpTableSet  // aux: table; index, ref
	OpTableSize // aux: table
	OpTableGrow // aux: table; ref, n -> old size or -1
	OpTableFill // aux: table; index, ref, n
	OpTableCopy // aux: dst table, aux2: src table; dst, src, n
	OpTableInit // aux: element segment, aux2: table; dst, src, n
	OpElemDrop  // aux: element segment
	OpRefIsNull // ref -> i32
	OpCall      // aux: function index; args; result: void, one type or tuple
	OpCallIndirect
	// OpCallIndirect: aux type index, aux2 table; operands: the table
	// index first, then the arguments.
	OpProj // aux: element of a tuple operand

	// Vector operations (vector.go): operands and results are v128 unless
	// the op's signature says otherwise; aux is the Shape the operands are
	// read as (memory operations: aux offset, aux2 shape | lane<<8).
	OpVadd             // lane-wise binary, shapes per vecInfos
	OpVsub             //
	OpVmul             //
	OpVdiv             // float
	OpVaddSatS         // saturating, 8- and 16-bit lanes
	OpVaddSatU         //
	OpVsubSatS         //
	OpVsubSatU         //
	OpVminS            //
	OpVminU            //
	OpVmaxS            //
	OpVmaxU            //
	OpVavgrU           // rounding average
	OpVq15mulrSatS     // i16x8.q15mulr_sat_s
	OpVfmin            // Wasm min/max: NaN if either is, -0 < +0
	OpVfmax            //
	OpVpmin            // pseudo-min: b < a ? b : a
	OpVpmax            // pseudo-max: a < b ? b : a
	OpVdot             // i32x4.dot_i16x8_s
	OpVnarrowS         // shape: the result's (i8x16 from two i16x8)
	OpVnarrowU         //
	OpVextmulLowS      // shape: the result's
	OpVextmulLowU      //
	OpVextmulHighS     //
	OpVextmulHighU     //
	OpVswizzle         // i8x16.swizzle: out-of-range indexes give 0
	OpVand             // bitwise, no shape
	OpVor              //
	OpVxor             //
	OpVandnot          // a & ^b
	OpVbitselect       // a, b, mask: (a & mask) | (b & ^mask)
	OpVnot             //
	OpVneg             // lane-wise unary
	OpVabs             //
	OpVpopcnt          // i8x16
	OpVsqrt            // float
	OpVceil            //
	OpVfloor           //
	OpVtrunc           //
	OpVnearest         //
	OpVextendLowS      // shape: the result's (i16x8 from the low i8x16 lanes)
	OpVextendLowU      //
	OpVextendHighS     //
	OpVextendHighU     //
	OpVextaddPairwiseS // shape: the result's
	OpVextaddPairwiseU //
	OpVconvertS        // f32x4 from i32x4
	OpVconvertU        //
	OpVconvertLowS     // f64x2 from the low i32x4 lanes
	OpVconvertLowU     //
	OpVtruncSatS       // i32x4 from f32x4
	OpVtruncSatU       //
	OpVtruncSatZeroS   // i32x4 from f64x2, high lanes zero
	OpVtruncSatZeroU   //
	OpVdemoteZero      // f32x4 from f64x2, high lanes zero
	OpVpromoteLow      // f64x2 from the low f32x4 lanes
	OpVcmp             // aux2: Cond; lanes all ones where true
	OpVshl             // v128, i32 count (taken modulo the lane width)
	OpVshrS            //
	OpVshrU            //
	OpVanyTrue         // v128 -> i32
	OpVallTrue         // -> i32
	OpVbitmask         // -> i32
	OpVsplat           // lane type -> v128
	OpVextractLane     // aux2: lane; v128 -> lane type (sign-extended for i8/i16)
	OpVextractLaneU    // zero-extended (i8x16, i16x8)
	OpVreplaceLane     // aux2: lane; v128, lane type
	OpVshuffle         // aux, aux2: the 16 lane indexes (bytes, little-endian); a, b
	OpVloadSplat       // addr: aux offset, aux2 shape (i8x16: load8_splat...)
	OpVloadExtendS     // aux2: the result's shape (i16x8: load8x8_s)
	OpVloadExtendU     //
	OpVloadZero        // aux2: i32x4 (load32_zero) or i64x2
	OpVloadLane        // addr, v128: aux offset, aux2 shape | lane<<8
	OpVstoreLane       // addr, v128: aux offset, aux2 shape | lane<<8

	// Runtime-level operations: the backend's lowering (backend/lower)
	// replaces globals, tables, memory.size, ref.func, calls to imports,
	// call_indirect's checks, memory.copy and memory.fill (bounds checks
	// and a call to a runtime routine) and the builtins with these, which
	// name the instance's data (internal/abi) but no machine. The
	// interpreter does not run them.
	OpVMCtx       // i64: the running instance's VMCtx block
	OpPtrAdd      // aux: offset; base (i64) -> base + offset (i64 or a reference)
	OpLoadPtr     // aux: offset, aux2: index scale; base[, index] (i64): loads the result type (i32: 4 bytes) from base + offset + index*scale
	OpStorePtr    // aux: offset, aux2: index scale; base[, index], value: stores the value (i32, f32: 4 bytes; others 8)
	OpTrapIf      // aux: abi.TrapCode; cond (i32): traps when cond != 0
	OpTrapIfNull  // aux, aux2: abi.TrapCode; cond (i32), x (i64): traps when cond != 0, with aux2 if x is 0, else aux
	OpCallPtr     // aux: type index; code, vmctx (i64), arguments; results like call
	OpCallCode    // aux: type index; code (i64) of a function of the running instance, arguments; results like call
	OpCallBuiltin // aux: abi.Builtin*; arguments; result void or i32
	OpPoll        // interruption poll: traps "interrupted" when the runtime asked
	OpMemAddr     // offset (i64) -> i64: the address of that byte of memory 0 (its base plus the offset; no check)
	OpCallRoutine // aux: abi.Routine*; the routine's operands (memmove: dst, src, n; memfill: dst, val (i32), n; addresses and n i64); void, never traps

	// Terminators.
	OpJump    // one target
	OpBrif    // cond; targets: then, else
	OpBrTable // index; targets: the cases, then the default
	OpReturn  // the function's results
	OpTrap    // aux: abi.TrapCode

	numOps
)

// Cond is the condition of an icmp or fcmp.
type Cond uint8

// Conditions. Float conditions are false on NaN operands except Fne.
const (
	Eq Cond = iota
	Ne
	LtS
	LtU
	GtS
	GtU
	LeS
	LeU
	GeS
	GeU
	Feq
	Fne
	Flt
	Fgt
	Fle
	Fge
	numConds
)

var condNames = [...]string{Eq: "eq", Ne: "ne", LtS: "lt_s", LtU: "lt_u", GtS: "gt_s", GtU: "gt_u", LeS: "le_s", LeU: "le_u", GeS: "ge_s", GeU: "ge_u",
	Feq: "feq", Fne: "fne", Flt: "flt", Fgt: "fgt", Fle: "fle", Fge: "fge"}

func (c Cond) String() string {
	if c < numConds {
		return condNames[c]
	}
	return "cond?"
}

// IsFloat reports whether c is a float condition.
func (c Cond) IsFloat() bool { return c >= Feq && c < numConds }

// class groups opcodes with one typing rule.
type class uint8

const (
	clsParam class = iota
	clsConst
	clsIntBin
	clsIntUn
	clsIntTest
	clsIntCmp
	clsFloatBin
	clsFloatUn
	clsFloatCmp
	clsConv
	clsSelect
	clsLoad
	clsStore
	clsVec   // typed by vecInfos (vector.go)
	clsOther // typed by a rule of its own in the verifier
	clsTerm
)

// Immediate kinds, for printing and parsing.
type immKind uint8

const (
	immNone         immKind = iota
	immInt                  // aux
	immInt2                 // aux, aux2
	immBits                 // aux, in hex (float constants)
	immV128                 // aux, aux2 in hex
	immCond                 // aux is a Cond
	immTrap                 // aux is an abi.TrapCode
	immTrap2                // aux and aux2 are abi.TrapCodes
	immShape                // aux is a Shape
	immShapeCond            // aux Shape, aux2 Cond
	immShapeLane            // aux Shape, aux2 lane
	immMemShape             // aux offset, aux2 Shape
	immMemShapeLane         // aux offset, aux2 Shape | lane<<8
)

// OpInfo describes an opcode.
type OpInfo struct {
	Name  string
	class class
	imm   immKind
	// Terminator: ends a block. SideEffect: writes state, so it is kept
	// even when its value is unused and is never merged with another.
	// MayTrap: can trap, so it is kept even when unused and not hoisted.
	// ReadsState: reads memory, globals or tables, so two of them are only
	// equal when no write comes between.
	Terminator, SideEffect, MayTrap, ReadsState bool
}

var opInfos = [numOps]OpInfo{
	OpInvalid:          {Name: "invalid", class: clsOther},
	OpParam:            {Name: "param", class: clsParam},
	OpIconst:           {Name: "iconst", class: clsConst, imm: immInt},
	OpFconst:           {Name: "fconst", class: clsConst, imm: immBits},
	OpVconst:           {Name: "vconst", class: clsConst, imm: immV128},
	OpRefNull:          {Name: "ref_null", class: clsConst},
	OpRefFunc:          {Name: "ref_func", class: clsOther, imm: immInt},
	OpCopy:             {Name: "copy", class: clsOther},
	OpIadd:             {Name: "iadd", class: clsIntBin},
	OpIsub:             {Name: "isub", class: clsIntBin},
	OpImul:             {Name: "imul", class: clsIntBin},
	OpImulhU:           {Name: "imulh_u", class: clsIntBin},
	OpImulhS:           {Name: "imulh_s", class: clsIntBin},
	OpIdivS:            {Name: "idiv_s", class: clsIntBin, MayTrap: true},
	OpIdivU:            {Name: "idiv_u", class: clsIntBin, MayTrap: true},
	OpIremS:            {Name: "irem_s", class: clsIntBin, MayTrap: true},
	OpIremU:            {Name: "irem_u", class: clsIntBin, MayTrap: true},
	OpIand:             {Name: "iand", class: clsIntBin},
	OpIor:              {Name: "ior", class: clsIntBin},
	OpIxor:             {Name: "ixor", class: clsIntBin},
	OpIshl:             {Name: "ishl", class: clsIntBin},
	OpIshrS:            {Name: "ishr_s", class: clsIntBin},
	OpIshrU:            {Name: "ishr_u", class: clsIntBin},
	OpIrotl:            {Name: "irotl", class: clsIntBin},
	OpIrotr:            {Name: "irotr", class: clsIntBin},
	OpIclz:             {Name: "iclz", class: clsIntUn},
	OpIctz:             {Name: "ictz", class: clsIntUn},
	OpIpopcnt:          {Name: "ipopcnt", class: clsIntUn},
	OpSext8:            {Name: "sext8", class: clsIntUn},
	OpSext16:           {Name: "sext16", class: clsIntUn},
	OpSext32:           {Name: "sext32", class: clsIntUn},
	OpIeqz:             {Name: "ieqz", class: clsIntTest},
	OpIcmp:             {Name: "icmp", class: clsIntCmp, imm: immCond},
	OpFadd:             {Name: "fadd", class: clsFloatBin},
	OpFsub:             {Name: "fsub", class: clsFloatBin},
	OpFmul:             {Name: "fmul", class: clsFloatBin},
	OpFdiv:             {Name: "fdiv", class: clsFloatBin},
	OpFmin:             {Name: "fmin", class: clsFloatBin},
	OpFmax:             {Name: "fmax", class: clsFloatBin},
	OpFcopysign:        {Name: "fcopysign", class: clsFloatBin},
	OpFabs:             {Name: "fabs", class: clsFloatUn},
	OpFneg:             {Name: "fneg", class: clsFloatUn},
	OpFsqrt:            {Name: "fsqrt", class: clsFloatUn},
	OpFceil:            {Name: "fceil", class: clsFloatUn},
	OpFfloor:           {Name: "ffloor", class: clsFloatUn},
	OpFtrunc:           {Name: "ftrunc", class: clsFloatUn},
	OpFnearest:         {Name: "fnearest", class: clsFloatUn},
	OpFcmp:             {Name: "fcmp", class: clsFloatCmp, imm: immCond},
	OpWrap:             {Name: "wrap", class: clsConv},
	OpExtendS:          {Name: "extend_s", class: clsConv},
	OpExtendU:          {Name: "extend_u", class: clsConv},
	OpTruncS:           {Name: "trunc_s", class: clsConv, MayTrap: true},
	OpTruncU:           {Name: "trunc_u", class: clsConv, MayTrap: true},
	OpTruncSatS:        {Name: "trunc_sat_s", class: clsConv},
	OpTruncSatU:        {Name: "trunc_sat_u", class: clsConv},
	OpConvertS:         {Name: "convert_s", class: clsConv},
	OpConvertU:         {Name: "convert_u", class: clsConv},
	OpDemote:           {Name: "demote", class: clsConv},
	OpPromote:          {Name: "promote", class: clsConv},
	OpBitcast:          {Name: "bitcast", class: clsConv},
	OpSelect:           {Name: "select", class: clsSelect},
	OpLoad:             {Name: "load", class: clsLoad, imm: immInt, MayTrap: true, ReadsState: true},
	OpLoad8S:           {Name: "load8_s", class: clsLoad, imm: immInt, MayTrap: true, ReadsState: true},
	OpLoad8U:           {Name: "load8_u", class: clsLoad, imm: immInt, MayTrap: true, ReadsState: true},
	OpLoad16S:          {Name: "load16_s", class: clsLoad, imm: immInt, MayTrap: true, ReadsState: true},
	OpLoad16U:          {Name: "load16_u", class: clsLoad, imm: immInt, MayTrap: true, ReadsState: true},
	OpLoad32S:          {Name: "load32_s", class: clsLoad, imm: immInt, MayTrap: true, ReadsState: true},
	OpLoad32U:          {Name: "load32_u", class: clsLoad, imm: immInt, MayTrap: true, ReadsState: true},
	OpStore:            {Name: "store", class: clsStore, imm: immInt, SideEffect: true, MayTrap: true},
	OpStore8:           {Name: "store8", class: clsStore, imm: immInt, SideEffect: true, MayTrap: true},
	OpStore16:          {Name: "store16", class: clsStore, imm: immInt, SideEffect: true, MayTrap: true},
	OpStore32:          {Name: "store32", class: clsStore, imm: immInt, SideEffect: true, MayTrap: true},
	OpMemSize:          {Name: "memory_size", class: clsOther, ReadsState: true},
	OpMemGrow:          {Name: "memory_grow", class: clsOther, SideEffect: true},
	OpMemCopy:          {Name: "memory_copy", class: clsOther, SideEffect: true, MayTrap: true},
	OpMemFill:          {Name: "memory_fill", class: clsOther, SideEffect: true, MayTrap: true},
	OpMemInit:          {Name: "memory_init", class: clsOther, imm: immInt, SideEffect: true, MayTrap: true},
	OpDataDrop:         {Name: "data_drop", class: clsOther, imm: immInt, SideEffect: true},
	OpGlobalGet:        {Name: "global_get", class: clsOther, imm: immInt, ReadsState: true},
	OpGlobalSet:        {Name: "global_set", class: clsOther, imm: immInt, SideEffect: true},
	OpTableGet:         {Name: "table_get", class: clsOther, imm: immInt, MayTrap: true, ReadsState: true},
	OpTableSet:         {Name: "table_set", class: clsOther, imm: immInt, SideEffect: true, MayTrap: true},
	OpTableSize:        {Name: "table_size", class: clsOther, imm: immInt, ReadsState: true},
	OpTableGrow:        {Name: "table_grow", class: clsOther, imm: immInt, SideEffect: true},
	OpTableFill:        {Name: "table_fill", class: clsOther, imm: immInt, SideEffect: true, MayTrap: true},
	OpTableCopy:        {Name: "table_copy", class: clsOther, imm: immInt2, SideEffect: true, MayTrap: true},
	OpTableInit:        {Name: "table_init", class: clsOther, imm: immInt2, SideEffect: true, MayTrap: true},
	OpElemDrop:         {Name: "elem_drop", class: clsOther, imm: immInt, SideEffect: true},
	OpRefIsNull:        {Name: "ref_is_null", class: clsOther},
	OpCall:             {Name: "call", class: clsOther, imm: immInt, SideEffect: true, MayTrap: true},
	OpCallIndirect:     {Name: "call_indirect", class: clsOther, imm: immInt2, SideEffect: true, MayTrap: true},
	OpProj:             {Name: "proj", class: clsOther, imm: immInt},
	OpVadd:             {Name: "vadd", class: clsVec, imm: immShape},
	OpVsub:             {Name: "vsub", class: clsVec, imm: immShape},
	OpVmul:             {Name: "vmul", class: clsVec, imm: immShape},
	OpVdiv:             {Name: "vdiv", class: clsVec, imm: immShape},
	OpVaddSatS:         {Name: "vadd_sat_s", class: clsVec, imm: immShape},
	OpVaddSatU:         {Name: "vadd_sat_u", class: clsVec, imm: immShape},
	OpVsubSatS:         {Name: "vsub_sat_s", class: clsVec, imm: immShape},
	OpVsubSatU:         {Name: "vsub_sat_u", class: clsVec, imm: immShape},
	OpVminS:            {Name: "vmin_s", class: clsVec, imm: immShape},
	OpVminU:            {Name: "vmin_u", class: clsVec, imm: immShape},
	OpVmaxS:            {Name: "vmax_s", class: clsVec, imm: immShape},
	OpVmaxU:            {Name: "vmax_u", class: clsVec, imm: immShape},
	OpVavgrU:           {Name: "vavgr_u", class: clsVec, imm: immShape},
	OpVq15mulrSatS:     {Name: "vq15mulr_sat_s", class: clsVec, imm: immShape},
	OpVfmin:            {Name: "vfmin", class: clsVec, imm: immShape},
	OpVfmax:            {Name: "vfmax", class: clsVec, imm: immShape},
	OpVpmin:            {Name: "vpmin", class: clsVec, imm: immShape},
	OpVpmax:            {Name: "vpmax", class: clsVec, imm: immShape},
	OpVdot:             {Name: "vdot", class: clsVec, imm: immShape},
	OpVnarrowS:         {Name: "vnarrow_s", class: clsVec, imm: immShape},
	OpVnarrowU:         {Name: "vnarrow_u", class: clsVec, imm: immShape},
	OpVextmulLowS:      {Name: "vextmul_low_s", class: clsVec, imm: immShape},
	OpVextmulLowU:      {Name: "vextmul_low_u", class: clsVec, imm: immShape},
	OpVextmulHighS:     {Name: "vextmul_high_s", class: clsVec, imm: immShape},
	OpVextmulHighU:     {Name: "vextmul_high_u", class: clsVec, imm: immShape},
	OpVswizzle:         {Name: "vswizzle", class: clsVec, imm: immShape},
	OpVand:             {Name: "vand", class: clsVec},
	OpVor:              {Name: "vor", class: clsVec},
	OpVxor:             {Name: "vxor", class: clsVec},
	OpVandnot:          {Name: "vandnot", class: clsVec},
	OpVbitselect:       {Name: "vbitselect", class: clsVec},
	OpVnot:             {Name: "vnot", class: clsVec},
	OpVneg:             {Name: "vneg", class: clsVec, imm: immShape},
	OpVabs:             {Name: "vabs", class: clsVec, imm: immShape},
	OpVpopcnt:          {Name: "vpopcnt", class: clsVec, imm: immShape},
	OpVsqrt:            {Name: "vsqrt", class: clsVec, imm: immShape},
	OpVceil:            {Name: "vceil", class: clsVec, imm: immShape},
	OpVfloor:           {Name: "vfloor", class: clsVec, imm: immShape},
	OpVtrunc:           {Name: "vtrunc", class: clsVec, imm: immShape},
	OpVnearest:         {Name: "vnearest", class: clsVec, imm: immShape},
	OpVextendLowS:      {Name: "vextend_low_s", class: clsVec, imm: immShape},
	OpVextendLowU:      {Name: "vextend_low_u", class: clsVec, imm: immShape},
	OpVextendHighS:     {Name: "vextend_high_s", class: clsVec, imm: immShape},
	OpVextendHighU:     {Name: "vextend_high_u", class: clsVec, imm: immShape},
	OpVextaddPairwiseS: {Name: "vextadd_pairwise_s", class: clsVec, imm: immShape},
	OpVextaddPairwiseU: {Name: "vextadd_pairwise_u", class: clsVec, imm: immShape},
	OpVconvertS:        {Name: "vconvert_s", class: clsVec, imm: immShape},
	OpVconvertU:        {Name: "vconvert_u", class: clsVec, imm: immShape},
	OpVconvertLowS:     {Name: "vconvert_low_s", class: clsVec, imm: immShape},
	OpVconvertLowU:     {Name: "vconvert_low_u", class: clsVec, imm: immShape},
	OpVtruncSatS:       {Name: "vtrunc_sat_s", class: clsVec, imm: immShape},
	OpVtruncSatU:       {Name: "vtrunc_sat_u", class: clsVec, imm: immShape},
	OpVtruncSatZeroS:   {Name: "vtrunc_sat_zero_s", class: clsVec, imm: immShape},
	OpVtruncSatZeroU:   {Name: "vtrunc_sat_zero_u", class: clsVec, imm: immShape},
	OpVdemoteZero:      {Name: "vdemote_zero", class: clsVec, imm: immShape},
	OpVpromoteLow:      {Name: "vpromote_low", class: clsVec, imm: immShape},
	OpVcmp:             {Name: "vcmp", class: clsVec, imm: immShapeCond},
	OpVshl:             {Name: "vshl", class: clsVec, imm: immShape},
	OpVshrS:            {Name: "vshr_s", class: clsVec, imm: immShape},
	OpVshrU:            {Name: "vshr_u", class: clsVec, imm: immShape},
	OpVanyTrue:         {Name: "vany_true", class: clsVec},
	OpVallTrue:         {Name: "vall_true", class: clsVec, imm: immShape},
	OpVbitmask:         {Name: "vbitmask", class: clsVec, imm: immShape},
	OpVsplat:           {Name: "vsplat", class: clsVec, imm: immShape},
	OpVextractLane:     {Name: "vextract_lane", class: clsVec, imm: immShapeLane},
	OpVextractLaneU:    {Name: "vextract_lane_u", class: clsVec, imm: immShapeLane},
	OpVreplaceLane:     {Name: "vreplace_lane", class: clsVec, imm: immShapeLane},
	OpVshuffle:         {Name: "vshuffle", class: clsVec, imm: immV128},
	OpVloadSplat:       {Name: "vload_splat", class: clsVec, imm: immMemShape, MayTrap: true, ReadsState: true},
	OpVloadExtendS:     {Name: "vload_extend_s", class: clsVec, imm: immMemShape, MayTrap: true, ReadsState: true},
	OpVloadExtendU:     {Name: "vload_extend_u", class: clsVec, imm: immMemShape, MayTrap: true, ReadsState: true},
	OpVloadZero:        {Name: "vload_zero", class: clsVec, imm: immMemShape, MayTrap: true, ReadsState: true},
	OpVloadLane:        {Name: "vload_lane", class: clsVec, imm: immMemShapeLane, MayTrap: true, ReadsState: true},
	OpVstoreLane:       {Name: "vstore_lane", class: clsVec, imm: immMemShapeLane, SideEffect: true, MayTrap: true},
	OpVMCtx:            {Name: "vmctx", class: clsOther, ReadsState: true},
	OpPtrAdd:           {Name: "ptradd", class: clsOther, imm: immInt},
	OpLoadPtr:          {Name: "load_ptr", class: clsOther, imm: immInt2, ReadsState: true},
	OpStorePtr:         {Name: "store_ptr", class: clsOther, imm: immInt2, SideEffect: true},
	OpTrapIf:           {Name: "trapif", class: clsOther, imm: immTrap, SideEffect: true, MayTrap: true},
	OpTrapIfNull:       {Name: "trapif_null", class: clsOther, imm: immTrap2, SideEffect: true, MayTrap: true},
	OpCallPtr:          {Name: "call_ptr", class: clsOther, imm: immInt, SideEffect: true, MayTrap: true},
	OpCallCode:         {Name: "call_code", class: clsOther, imm: immInt, SideEffect: true, MayTrap: true},
	OpCallBuiltin:      {Name: "call_builtin", class: clsOther, imm: immInt, SideEffect: true, MayTrap: true},
	OpPoll:             {Name: "poll", class: clsOther, SideEffect: true, MayTrap: true},
	OpMemAddr:          {Name: "mem_addr", class: clsOther},
	OpCallRoutine:      {Name: "call_routine", class: clsOther, imm: immInt, SideEffect: true},
	OpJump:             {Name: "jump", class: clsTerm, Terminator: true},
	OpBrif:             {Name: "brif", class: clsTerm, Terminator: true},
	OpBrTable:          {Name: "br_table", class: clsTerm, Terminator: true},
	OpReturn:           {Name: "return", class: clsTerm, Terminator: true},
	OpTrap:             {Name: "trap", class: clsTerm, imm: immTrap, Terminator: true},
}

// Info describes op.
func (op Op) Info() *OpInfo {
	if op < numOps {
		return &opInfos[op]
	}
	return &opInfos[OpInvalid]
}

func (op Op) String() string { return op.Info().Name }

// isTerminator is Info().Terminator, for Func.Terminator, which every pass
// calls for every block: the terminators are the last opcodes.
func (op Op) isTerminator() bool { return op-OpJump <= OpTrap-OpJump }

// opByName is built on first use: only the text parser needs it, and not
// at every start of kiln.
var opByName = lazy.Value[map[string]Op]{New: func() map[string]Op {
	m := make(map[string]Op, numOps)
	for i := Op(1); i < numOps; i++ {
		m[opInfos[i].Name] = i
	}
	return m
}}

// Pure reports whether an instruction with this opcode can be removed when
// unused and merged with an identical one.
func (op Op) Pure() bool {
	if !pureReady.Load() {
		initPureOps()
	}
	return pureOps[op]
}

// pureOps is Pure by opcode (every uint8: one beyond the opcodes is
// OpInvalid's, as Info does), worked out once: the passes ask for every
// instruction. It is worked out at the first Pure rather than at init,
// where reading the opcode table cost every start of kiln, which mostly
// compiles nothing.
var (
	pureOps   [256]bool
	pureOnce  sync.Once
	pureReady atomic.Bool // pureOps is filled
)

func initPureOps() {
	pureOnce.Do(func() {
		for op := range len(pureOps) {
			i := Op(op).Info()
			pureOps[op] = !i.SideEffect && !i.MayTrap && !i.ReadsState && !i.Terminator && Op(op) != OpParam
		}
		pureReady.Store(true)
	})
}
