package difffuzz

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasmgen"
)

// Names the generated modules use for the harness.
const (
	// FuelExport is the exported i32 global that bounds the work of a
	// call: every function entry and loop iteration costs one unit, a
	// function entered without fuel returns zeros, a loop without fuel
	// exits. The harness sets it to Fuel before every call.
	FuelExport = "fuel"
	// Fuel is the budget the harness gives each call.
	Fuel = 1000
	// HostModule is the module name of the generator's host imports.
	HostModule = "env"
	// CallbackTarget is the export env.callback calls.
	CallbackTarget = "callback_target"
)

var numTypes = []wasm.ValType{wasm.I32, wasm.I64, wasm.F32, wasm.F64}

type opSig struct {
	op     wasm.Opcode
	params []wasm.ValType
}

var (
	// arith: the numeric instructions without immediates (arithmetic,
	// comparisons, conversions, sign extension, saturating truncation),
	// by result type.
	arith = map[wasm.ValType][]opSig{}
	// loads and stores by value type.
	loads  = map[wasm.ValType][]wasm.Opcode{}
	stores = map[wasm.ValType][]wasm.Opcode{}
)

func init() {
	add := func(op wasm.Opcode) {
		info := op.Info()
		if !info.Valid || info.Special || len(info.Results) > 1 {
			return
		}
		switch info.Imm {
		case wasm.ImmNone:
			if len(info.Results) == 1 {
				arith[info.Results[0]] = append(arith[info.Results[0]], opSig{op, info.Params})
			}
		case wasm.ImmMemArg:
			if len(info.Results) == 1 {
				loads[info.Results[0]] = append(loads[info.Results[0]], op)
			} else if len(info.Params) == 2 {
				stores[info.Params[1]] = append(stores[info.Params[1]], op)
			}
		}
	}
	for op := wasm.OpI32Load; op <= wasm.OpI64Store32; op++ {
		add(op)
	}
	for op := wasm.OpI32Eqz; op <= wasm.OpI64Extend32S; op++ {
		add(op)
	}
	for op := wasm.OpI32TruncSatF32S; op <= wasm.OpI64TruncSatF64U; op++ {
		add(op)
	}
}

// opSafe says whether a float result of op has deterministic NaN bits when
// its operands do (see gen.sink).
func opSafe(op wasm.Opcode) bool {
	switch op {
	case wasm.OpF32Abs, wasm.OpF32Neg, wasm.OpF32Copysign, wasm.OpF64Abs, wasm.OpF64Neg, wasm.OpF64Copysign:
		return true
	case wasm.OpF32ReinterpretI32, wasm.OpF64ReinterpretI64,
		wasm.OpF32ConvertI32S, wasm.OpF32ConvertI32U, wasm.OpF32ConvertI64S, wasm.OpF32ConvertI64U,
		wasm.OpF64ConvertI32S, wasm.OpF64ConvertI32U, wasm.OpF64ConvertI64S, wasm.OpF64ConvertI64U:
		return true // never NaN, or the bits of an integer
	}
	return false
}

// saturating maps the trapping truncations to the saturating ones.
var saturating = map[wasm.Opcode]wasm.Opcode{
	wasm.OpI32TruncF32S: wasm.OpI32TruncSatF32S, wasm.OpI32TruncF32U: wasm.OpI32TruncSatF32U,
	wasm.OpI32TruncF64S: wasm.OpI32TruncSatF64S, wasm.OpI32TruncF64U: wasm.OpI32TruncSatF64U,
	wasm.OpI64TruncF32S: wasm.OpI64TruncSatF32S, wasm.OpI64TruncF32U: wasm.OpI64TruncSatF32U,
	wasm.OpI64TruncF64S: wasm.OpI64TruncSatF64S, wasm.OpI64TruncF64U: wasm.OpI64TruncSatF64U,
}

func isDiv(op wasm.Opcode) bool {
	return (op >= wasm.OpI32DivS && op <= wasm.OpI32RemU) || (op >= wasm.OpI64DivS && op <= wasm.OpI64RemU)
}

type global struct {
	t   wasm.ValType
	mut bool
}

type label struct {
	types []wasm.ValType
	loop  bool // not a branch target: loops iterate only through their counter
}

type function struct {
	typ     uint32
	noFuel  bool // the unboundedly recursive function
	results []wasm.ValType
}

// fstate is the state of the function being generated.
type fstate struct {
	c       wasmgen.Code
	nparams int
	locals  []wasm.ValType // declared locals (after the parameters)
	pool    map[wasm.ValType][]uint32
	nanTmp  map[wasm.ValType]uint32
	mvTmp   map[wasm.ValType]uint32
	labels  []label
	depth   int
	budget  int
	// constOnly > 0: expressions are made of constants and arithmetic
	// only (for the constant folder).
	constOnly int
}

type gen struct {
	r          *rand.Rand
	m          *wasmgen.Module
	funcs      []function // the function index space, imports first
	nimports   int
	logFuncs   map[wasm.ValType]uint32
	globals    []global
	fuel       uint32
	memBytes   uint32 // initial memory size; 0 without memory
	hasMem     bool
	tables     []uint32 // initial sizes
	slots      [][]int  // initial function of each table slot, -1 if null
	nPassive   int      // passive data segments (the first ones)
	passiveLen []int    // their lengths
	nElemPas   int      // passive element segments (the first ones)
	big        bool     // large functions with many locals
	callback   bool     // env.callback is imported
	fn         *fstate
}

// Generate returns a random valid module for seed, with the same bytes
// for the same seed.
func Generate(seed uint64) []byte {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x6b696c6e)), m: wasmgen.New()}
	g.module()
	return g.m.Encode()
}

func (g *gen) n(k int) int           { return g.r.IntN(k) }
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) typeIndex(ft wasm.FuncType) uint32 {
	for i, t := range g.m.Types {
		if t.Equal(ft) {
			return uint32(i)
		}
	}
	g.m.Types = append(g.m.Types, ft)
	return uint32(len(g.m.Types) - 1)
}

func (g *gen) randType() wasm.ValType { return numTypes[g.n(4)] }

func (g *gen) randTypes(max int) []wasm.ValType {
	ts := make([]wasm.ValType, g.n(max+1))
	for i := range ts {
		ts[i] = g.randType()
	}
	return ts
}

func (g *gen) module() {
	m := g.m
	g.big = g.chance(0.06)
	// Host imports: loggers and a pure function.
	g.logFuncs = map[wasm.ValType]uint32{}
	for _, t := range numTypes {
		if g.chance(0.6) {
			ti := g.typeIndex(wasm.FuncType{Params: []wasm.ValType{t}, Results: []wasm.ValType{}})
			m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "log_" + t.String(), Kind: wasm.ExternFunc, TypeIndex: ti})
			g.logFuncs[t] = uint32(len(g.funcs))
			g.funcs = append(g.funcs, function{typ: ti, results: nil})
		}
	}
	if g.chance(0.3) {
		ft := wasm.FuncType{Params: []wasm.ValType{wasm.I32, wasm.I64, wasm.F32, wasm.F64, wasm.I32, wasm.I64, wasm.F32, wasm.F64, wasm.I32},
			Results: []wasm.ValType{wasm.I64, wasm.F64, wasm.I32}}
		ti := g.typeIndex(ft)
		m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "many", Kind: wasm.ExternFunc, TypeIndex: ti})
		g.funcs = append(g.funcs, function{typ: ti, results: ft.Results})
	}
	if g.chance(0.5) {
		ft := wasm.FuncType{Params: []wasm.ValType{wasm.I64, wasm.I32}, Results: []wasm.ValType{wasm.I64}}
		ti := g.typeIndex(ft)
		m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "mix", Kind: wasm.ExternFunc, TypeIndex: ti})
		g.funcs = append(g.funcs, function{typ: ti, results: ft.Results})
	}
	if g.chance(0.25) {
		// A host function calling back into the module (the export
		// CallbackTarget) with its argument.
		ft := wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}
		ti := g.typeIndex(ft)
		m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "callback", Kind: wasm.ExternFunc, TypeIndex: ti})
		g.funcs = append(g.funcs, function{typ: ti, results: ft.Results})
		g.callback = true
	}
	g.nimports = len(g.funcs)
	// Imported globals (the harness provides them with these values).
	if g.chance(0.4) {
		m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "g_i32", Kind: wasm.ExternGlobal, Global: wasm.GlobalType{Type: wasm.I32}})
		g.globals = append(g.globals, global{t: wasm.I32})
	}
	if g.chance(0.4) {
		m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "g_f64", Kind: wasm.ExternGlobal, Global: wasm.GlobalType{Type: wasm.F64, Mutable: true}})
		g.globals = append(g.globals, global{t: wasm.F64, mut: true})
	}

	// Signatures and functions.
	var sigs []uint32
	for i := 1 + g.n(5); i > 0; i-- {
		np, nr := 4, 3
		if g.chance(0.15) {
			np = 12 // beyond the argument registers
		}
		if g.chance(0.1) {
			nr = 6 // beyond the result registers
		}
		sigs = append(sigs, g.typeIndex(wasm.FuncType{Params: g.randTypes(np), Results: g.randTypes(nr)}))
	}
	nfuncs := 1 + g.n(7)
	for i := 0; i < nfuncs; i++ {
		ti := sigs[g.n(len(sigs))]
		g.funcs = append(g.funcs, function{typ: ti, results: m.Types[ti].Results})
	}
	if g.chance(0.04) {
		g.funcs[g.nimports+g.n(nfuncs)].noFuel = true
	}

	// Globals: the fuel, then random ones.
	g.fuel = uint32(len(g.globals))
	g.globals = append(g.globals, global{t: wasm.I32, mut: true})
	m.Globals = append(m.Globals, wasmgen.Global{Type: wasm.GlobalType{Type: wasm.I32, Mutable: true}, Init: new(wasmgen.Code).I32Const(Fuel).B})
	for i := g.n(9); i > 0; i-- {
		t := g.randType()
		mut := g.chance(0.75)
		var c wasmgen.Code
		if g.chance(0.1) && len(m.Imports) > 0 && g.fuel > 0 && g.globals[0].t == t && !g.globals[0].mut {
			c.Op(wasm.OpGlobalGet).U32(0)
		} else {
			c.Const(t, g.interesting(t))
		}
		g.globals = append(g.globals, global{t: t, mut: mut})
		m.Globals = append(m.Globals, wasmgen.Global{Type: wasm.GlobalType{Type: t, Mutable: mut}, Init: c.B})
	}
	for i := range g.globals {
		name := fmt.Sprintf("g%d", i)
		if uint32(i) == g.fuel {
			name = FuelExport
		}
		m.Exports = append(m.Exports, wasmgen.Export{Name: name, Kind: wasm.ExternGlobal, Index: uint32(i)})
	}

	// Memory and data.
	if g.chance(0.9) {
		min := uint32(1)
		switch g.n(30) {
		case 0:
			min = 0
		case 1, 2, 3:
			min = 2
		}
		max := min + uint32(g.n(4))
		if g.chance(0.25) {
			// Imported: the host makes it with these limits.
			m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "memory", Kind: wasm.ExternMemory,
				Memory: wasmgen.Memory{Min: min, Max: max, HasMax: true}})
		} else {
			m.Memory = &wasmgen.Memory{Min: min, Max: max, HasMax: true}
		}
		g.hasMem = true
		g.memBytes = min * 65536
		m.Exports = append(m.Exports, wasmgen.Export{Name: "mem", Kind: wasm.ExternMemory})
		g.nPassive = g.n(3)
		for i := 0; i < g.nPassive; i++ {
			m.Datas = append(m.Datas, wasmgen.Data{Init: g.bytes(1 + g.n(40))})
			g.passiveLen = append(g.passiveLen, len(m.Datas[i].Init))
		}
		if g.memBytes > 0 && g.chance(0.8) {
			// The low addresses, which most accesses use, hold data.
			m.Datas = append(m.Datas, wasmgen.Data{Active: true, Offset: new(wasmgen.Code).I32Const(0).B, Init: g.bytes(256 + g.n(768))})
		}
		for i := g.n(4); i > 0 && g.memBytes > 0; i-- {
			b := g.bytes(1 + g.n(64))
			off := g.n(int(g.memBytes) - len(b))
			if g.chance(0.3) {
				off = g.n(256)
			}
			m.Datas = append(m.Datas, wasmgen.Data{Active: true, Offset: new(wasmgen.Code).I32Const(int32(off)).B, Init: b})
		}
		m.DataCount = len(m.Datas) > 0
	}

	// Tables and elements.
	for i := g.n(3); i > 0; i-- {
		min := uint32(1 + g.n(10))
		tt := wasmgen.Table{Elem: wasm.FuncRef, Min: min, Max: min + uint32(g.n(6)), HasMax: true}
		if len(g.tables) == 0 && g.chance(0.25) {
			// Imported (imports come first in the index space).
			m.Imports = append(m.Imports, wasmgen.Import{Module: HostModule, Name: "table", Kind: wasm.ExternTable, Table: tt})
		} else {
			m.Tables = append(m.Tables, tt)
		}
		g.tables = append(g.tables, min)
		g.slots = append(g.slots, make([]int, min))
		for j := range g.slots[len(g.slots)-1] {
			g.slots[len(g.slots)-1][j] = -1
		}
	}
	all := make([]uint32, len(g.funcs))
	for i := range all {
		all[i] = uint32(i)
	}
	if len(g.tables) > 0 {
		g.nElemPas = g.n(2)
		for i := 0; i < g.nElemPas; i++ {
			m.Elems = append(m.Elems, wasmgen.Elem{Mode: wasm.SegmentPassive, Exprs: g.elemExprs(1 + g.n(4))})
		}
		for ti, size := range g.tables {
			n := 1 + g.n(int(size))
			if g.chance(0.6) {
				n = int(size)
			}
			off := g.n(int(size) - n + 1)
			exprs := g.elemExprs(n)
			for j, x := range exprs {
				g.slots[ti][off+j] = -1
				if wasm.Opcode(x[0]) == wasm.OpRefFunc {
					g.slots[ti][off+j] = int(x[1]) // function indices < 128
				}
			}
			m.Elems = append(m.Elems, wasmgen.Elem{Mode: wasm.SegmentActive, Table: uint32(ti), Offset: new(wasmgen.Code).I32Const(int32(off)).B, Exprs: exprs})
		}
	}
	// Every function may be named by ref.func.
	m.Elems = append(m.Elems, wasmgen.Elem{Mode: wasm.SegmentDeclarative, Funcs: all})

	// Bodies.
	for i := g.nimports; i < len(g.funcs); i++ {
		m.Funcs = append(m.Funcs, g.function(i))
		m.Exports = append(m.Exports, wasmgen.Export{Name: fmt.Sprintf("f%d", i), Kind: wasm.ExternFunc, Index: uint32(i)})
	}
	if g.callback {
		m.Exports = append(m.Exports, wasmgen.Export{Name: CallbackTarget, Kind: wasm.ExternFunc, Index: uint32(g.nimports + g.n(nfuncs))})
	}
	// A start function, sometimes (not with a callback: the interpreter's
	// host function finds the callee only once instantiated).
	if g.chance(0.08) && !g.callback {
		for i := g.nimports; i < len(g.funcs); i++ {
			ft := m.Types[g.funcs[i].typ]
			if len(ft.Params) == 0 && len(ft.Results) == 0 && !g.funcs[i].noFuel {
				m.Start = i
				break
			}
		}
	}
}

func (g *gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		if g.chance(0.3) {
			continue
		}
		b[i] = byte(g.r.Uint32())
	}
	return b
}

func (g *gen) elemExprs(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		var c wasmgen.Code
		if g.chance(0.2) {
			c.Op(wasm.OpRefNull).Byte(byte(wasm.FuncRef))
		} else {
			c.Op(wasm.OpRefFunc).U32(uint32(g.n(len(g.funcs))))
		}
		out[i] = c.B
	}
	return out
}

var constOperands = []int64{1, -1, 2, -2, 3, 5, 7, 9, 10, 12, 16, 25, 31, 32, 33, 63, 64, 100, 641, 1000, 4096,
	0x7fffffff, -0x80000000, 0x55555555, 0xffff, 0xff, 6700417, -7, -10, -4096, 1 << 31, 1 << 32, 1<<32 + 1,
	-(1 << 63), 1<<63 - 1, 0x123456789, 274177, 0xffffffff, 0x80000001, -0x80000001, 0xfffffffe}

// constOperand returns a constant second operand for an integer op.
func (g *gen) constOperand(t wasm.ValType) uint64 {
	v := constOperands[g.n(len(constOperands))]
	if t == wasm.I32 {
		return uint64(uint32(v))
	}
	return uint64(v)
}

// interesting returns the bits of a value of type t, biased towards
// boundaries.
func (g *gen) interesting(t wasm.ValType) uint64 {
	return interesting(g.r, t)
}

var (
	i32s = []int64{0, 1, -1, 2, -2, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, 127, 128, 255, 256, 0x7fff, 0x8000, 0xffff,
		0x10000, 0xfffc, 0xfff8, 0x1fffe, 0x7fffffff, -0x80000000, -0x7fffffff, 0x55555555, -0x55555556}
	i64s = []int64{0x7fffffffffffffff, -0x8000000000000000, 0xffffffff, 0x100000000, 0x80000000, 0x7fffffff,
		1 << 53, 1<<53 + 1, -(1 << 63) + 1, 0x5555555555555555, 0x123456789abcdef}
	f32s = []uint32{0, 0x80000000, 0x3f800000, 0xbf800000, 0x3f000000, 0xbf000000, 0x3fc00000, 0x40200000, 0xc0200000,
		0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7fa00000, 0x7fc00001, 0xff812345, 0x7f7fffff, 0xff7fffff,
		0x00800000, 0x00000001, 0x80000001, 0x4f000000, 0xcf000000, 0x4f800000, 0x4f7fffff, 0xcf000001, 0x5f000000,
		0xdf000000, 0x5f800000, 0x5f7fffff, 0x4b800000, 0x4b800001, 0x3f7fffff, 0xbf7fffff, 0x3effffff, 0x4effffff}
	f64s = []uint64{0, 1 << 63, 0x3ff0000000000000, 0xbff0000000000000, 0x3fe0000000000000, 0xbfe0000000000000,
		0x4004000000000000, 0xc004000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
		0xfff8000000000000, 0x7ff4000000000000, 0x7ff8000000000001, 0xfff0000012345678, 0x7fefffffffffffff,
		0x0010000000000000, 0x0000000000000001, 0x8000000000000001, 0x41dfffffffc00000, 0x41e0000000000000,
		0xc1e0000000000000, 0xc1e0000000200000, 0x41efffffffe00000, 0x41f0000000000000, 0x43e0000000000000,
		0xc3e0000000000000, 0x43f0000000000000, 0x43efffffffffffff, 0x4340000000000000, 0x4340000000000001,
		0x3fefffffffffffff, 0x47efffffe0000000, 0x47effffff0000000, 0x36a0000000000000, 0xc3dfffffffffffff}
)

func interesting(r *rand.Rand, t wasm.ValType) uint64 {
	k := r.IntN(10)
	switch t {
	case wasm.I32:
		switch {
		case k < 5:
			return uint64(uint32(i32s[r.IntN(len(i32s))]))
		case k < 8:
			return uint64(uint32(int32(r.IntN(33) - 16)))
		}
		return uint64(r.Uint32())
	case wasm.I64:
		switch {
		case k < 3:
			return uint64(i32s[r.IntN(len(i32s))])
		case k < 5:
			return uint64(i64s[r.IntN(len(i64s))])
		case k < 8:
			return uint64(int64(r.IntN(33) - 16))
		}
		return r.Uint64()
	case wasm.F32:
		switch {
		case k < 5:
			return uint64(f32s[r.IntN(len(f32s))])
		case k < 8:
			return uint64(math.Float32bits(float32(r.IntN(401)-200) / 8))
		}
		return uint64(r.Uint32())
	case wasm.F64:
		switch {
		case k < 5:
			return f64s[r.IntN(len(f64s))]
		case k < 8:
			return math.Float64bits(float64(r.IntN(401)-200) / 8)
		}
		return r.Uint64()
	}
	return 0
}

// function generates the body of function idx.
func (g *gen) function(idx int) wasmgen.Func {
	ft := g.m.Types[g.funcs[idx].typ]
	f := &fstate{
		nparams: len(ft.Params),
		pool:    map[wasm.ValType][]uint32{},
		nanTmp:  map[wasm.ValType]uint32{},
		mvTmp:   map[wasm.ValType]uint32{},
		budget:  40 + g.n(250),
	}
	if g.chance(0.1) {
		f.budget += g.n(600)
	}
	if g.big {
		f.budget += 1000 + g.n(2000)
	}
	g.fn = f
	for i, t := range ft.Params {
		f.pool[t] = append(f.pool[t], uint32(i))
	}
	nlocals := g.n(6)
	if g.chance(0.15) {
		nlocals = g.n(30) // register pressure
	}
	if g.big {
		nlocals = 20 + g.n(50)
	}
	for i := nlocals; i > 0; i-- {
		t := g.randType()
		f.pool[t] = append(f.pool[t], g.newLocal(t))
	}
	f.labels = []label{{types: ft.Results}}
	c := &f.c
	if g.funcs[idx].noFuel {
		// Unbounded recursion: must exhaust the call stack on both engines.
		g.stmts(2)
		for _, t := range ft.Params {
			g.sink(t, g.expr(t))
		}
		c.Op(wasm.OpCall).U32(uint32(idx))
		for range ft.Results {
			c.Op(wasm.OpDrop)
		}
	} else {
		// Prologue: no fuel, no work.
		c.Op(wasm.OpGlobalGet).U32(g.fuel).Op(wasm.OpI32Eqz).Op(wasm.OpIf).BlockEmpty()
		for _, t := range ft.Results {
			c.Zero(t)
		}
		c.Op(wasm.OpReturn).Op(wasm.OpEnd)
		g.burnFuel()
	}
	if g.big {
		g.stmts(20 + g.n(40))
	} else {
		g.stmts(1 + g.n(8))
	}
	for _, t := range ft.Results {
		g.expr(t)
	}
	return wasmgen.Func{TypeIndex: g.funcs[idx].typ, Locals: f.locals, Body: f.c.B}
}

func (g *gen) burnFuel() {
	g.fn.c.Op(wasm.OpGlobalGet).U32(g.fuel).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpGlobalSet).U32(g.fuel)
}

func (g *gen) newLocal(t wasm.ValType) uint32 {
	f := g.fn
	f.locals = append(f.locals, t)
	return uint32(f.nparams + len(f.locals) - 1)
}

func (g *gen) tmp(m map[wasm.ValType]uint32, t wasm.ValType) uint32 {
	if l, ok := m[t]; ok {
		return l
	}
	l := g.newLocal(t)
	m[t] = l
	return l
}

// sink makes the value of type t on top of the stack safe to store where
// its bits are observable (locals, globals, memory, reinterpretation,
// copysign's sign, arguments): WebAssembly lets the NaN an arithmetic
// instruction returns have any payload and sign, which engines may
// legitimately differ on, so a float that may be such a NaN becomes 0
// (x == x ? x : 0). safe says its bits are already deterministic.
func (g *gen) sink(t wasm.ValType, safe bool) {
	if safe || (t != wasm.F32 && t != wasm.F64) {
		return
	}
	c := &g.fn.c
	l := g.tmp(g.fn.nanTmp, t)
	eq := wasm.OpF32Eq
	if t == wasm.F64 {
		eq = wasm.OpF64Eq
	}
	c.Op(wasm.OpLocalSet).U32(l).Op(wasm.OpLocalGet).U32(l).Zero(t)
	c.Op(wasm.OpLocalGet).U32(l).Op(wasm.OpLocalGet).U32(l).Op(eq).Op(wasm.OpSelect)
}

func (g *gen) pushLabel(types []wasm.ValType, loop bool) {
	g.fn.labels = append(g.fn.labels, label{types: types, loop: loop})
}

func (g *gen) popLabel() { g.fn.labels = g.fn.labels[:len(g.fn.labels)-1] }

// target picks a branch target (relative depth), optionally with the
// given types; ok is false if there is none.
func (g *gen) target(types []wasm.ValType, match bool) (uint32, bool) {
	ls := g.fn.labels
	var cands []uint32
	for i := len(ls) - 1; i >= 0; i-- {
		if ls[i].loop {
			continue
		}
		if match && !sameTypes(ls[i].types, types) {
			continue
		}
		cands = append(cands, uint32(len(ls)-1-i))
	}
	if len(cands) == 0 {
		return 0, false
	}
	if g.chance(0.5) {
		return cands[0], true // the innermost
	}
	return cands[g.n(len(cands))], true
}

func sameTypes(a, b []wasm.ValType) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (g *gen) labelTypes(depth uint32) []wasm.ValType {
	ls := g.fn.labels
	return ls[len(ls)-1-int(depth)].types
}

func (g *gen) stmts(n int) {
	for i := 0; i < n; i++ {
		g.stmt()
	}
}

// stmt emits an instruction sequence with no net effect on the stack.
func (g *gen) stmt() {
	f := g.fn
	c := &f.c
	f.budget--
	f.depth++
	defer func() { f.depth-- }()
	if f.budget <= 0 || f.depth > 6 {
		g.simpleStmt()
		return
	}
	switch k := g.n(100); {
	case k < 11:
		g.simpleStmt()
	case k < 14:
		g.permute()
	case k < 24 && g.hasMem:
		g.store()
	case k < 30:
		t := g.randType()
		g.expr(t)
		c.Op(wasm.OpDrop)
	case k < 38:
		g.expr(wasm.I32)
		c.Op(wasm.OpIf).BlockEmpty()
		g.pushLabel(nil, false)
		g.stmts(1 + g.n(3))
		if g.chance(0.5) {
			c.Op(wasm.OpElse)
			g.stmts(1 + g.n(3))
		}
		g.popLabel()
		c.Op(wasm.OpEnd)
	case k < 44:
		c.Op(wasm.OpBlock).BlockEmpty()
		g.pushLabel(nil, false)
		g.stmts(1 + g.n(4))
		g.popLabel()
		c.Op(wasm.OpEnd)
	case k < 48:
		g.loop(nil)
	case k < 52:
		g.whileLoop()
	case k < 59:
		// br_if with values, which stay on the stack when not taken.
		d, _ := g.target(nil, false)
		ts := g.labelTypes(d)
		for _, t := range ts {
			g.expr(t)
		}
		g.expr(wasm.I32)
		c.Op(wasm.OpBrIf).U32(d)
		for range ts {
			c.Op(wasm.OpDrop)
		}
	case k < 60:
		g.branch()
	case k < 61 || (k < 63 && g.chance(0.25)):
		g.brTable()
	case k < 70:
		g.call(false, nil)
	case k < 74:
		g.callIndirect(nil)
	case k < 80 && g.hasMem:
		g.bulkMemory()
	case k < 85 && len(g.tables) > 0 && g.chance(0.5):
		g.tableStmt()
	case k < 90 && len(g.logFuncs) > 0:
		t := g.randType()
		if fi, ok := g.logFuncs[t]; ok {
			g.sink(t, g.expr(t))
			c.Op(wasm.OpCall).U32(fi)
		}
	case k < 91 && g.chance(0.3):
		// return
		for _, t := range f.labels[0].types {
			g.expr(t)
		}
		c.Op(wasm.OpReturn)
	case k < 92 && g.chance(0.05):
		c.Op(wasm.OpUnreachable)
	case k < 93:
		c.Op(wasm.OpNop)
	default:
		g.simpleStmt()
	}
}

// simpleStmt sets a local or a global.
func (g *gen) simpleStmt() {
	f := g.fn
	c := &f.c
	if g.chance(0.5) {
		var cands []uint32
		for i, gl := range g.globals {
			if gl.mut && uint32(i) != g.fuel {
				cands = append(cands, uint32(i))
			}
		}
		if len(cands) > 0 {
			gi := cands[g.n(len(cands))]
			t := g.globals[gi].t
			g.sink(t, g.expr(t))
			c.Op(wasm.OpGlobalSet).U32(gi)
			return
		}
	}
	t := g.randType()
	if len(f.pool[t]) == 0 {
		f.pool[t] = append(f.pool[t], g.newLocal(t))
	}
	l := f.pool[t][g.n(len(f.pool[t]))]
	g.sink(t, g.expr(t))
	c.Op(wasm.OpLocalSet).U32(l)
}

// permute rotates or swaps locals of one type (cycles of parallel moves
// for the register allocator when it happens in a loop).
func (g *gen) permute() {
	f := g.fn
	c := &f.c
	t := g.randType()
	for len(f.pool[t]) < 2 {
		f.pool[t] = append(f.pool[t], g.newLocal(t))
	}
	ls := append([]uint32(nil), f.pool[t]...)
	g.r.Shuffle(len(ls), func(i, j int) { ls[i], ls[j] = ls[j], ls[i] })
	ls = ls[:2+g.n(len(ls)-1)]
	for _, l := range ls {
		c.Op(wasm.OpLocalGet).U32(l)
	}
	// Value j (popped in reverse order) goes to local j-1, the first
	// value to the last local: a rotation.
	n := len(ls)
	for i := range ls {
		c.Op(wasm.OpLocalSet).U32(ls[(2*n-2-i)%n])
	}
}

// loop emits a loop that runs at most a random count of times and never
// without fuel; with a result type, it leaves a value.
func (g *gen) loop(result []wasm.ValType) {
	f := g.fn
	c := &f.c
	counter := g.newLocal(wasm.I32)
	c.I32Const(int32(1 + g.n(12))).Op(wasm.OpLocalSet).U32(counter)
	// Sometimes with parameters, which the back edge passes anew.
	var params []wasm.ValType
	if g.chance(0.3) {
		params = g.randTypes(3)
	}
	for _, p := range params {
		g.expr(p)
	}
	c.Op(wasm.OpLoop)
	switch {
	case len(params) > 0:
		c.BlockIndex(g.typeIndex(wasm.FuncType{Params: params, Results: result}))
	case len(result) == 1:
		c.BlockVal(result[0])
	default:
		c.BlockEmpty()
	}
	g.pushLabel(params, true)
	g.popParams(params)
	g.stmts(1 + g.n(4))
	// Back edge: fuel left and counter not exhausted.
	c.Op(wasm.OpGlobalGet).U32(g.fuel).Op(wasm.OpIf).BlockEmpty()
	g.pushLabel(nil, false)
	g.burnFuel()
	for _, p := range params {
		g.expr(p)
	}
	c.Op(wasm.OpLocalGet).U32(counter).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalTee).U32(counter)
	c.Op(wasm.OpBrIf).U32(1)
	for range params {
		c.Op(wasm.OpDrop)
	}
	g.popLabel()
	c.Op(wasm.OpEnd)
	if len(result) == 1 {
		g.expr(result[0])
	}
	g.popLabel()
	c.Op(wasm.OpEnd)
}

// popParams stores a block's parameters (on the stack) to random locals
// of their types.
func (g *gen) popParams(params []wasm.ValType) {
	f := g.fn
	for i := len(params) - 1; i >= 0; i-- {
		p := params[i]
		if len(f.pool[p]) == 0 {
			f.pool[p] = append(f.pool[p], g.newLocal(p))
		}
		g.sink(p, false)
		f.c.Op(wasm.OpLocalSet).U32(f.pool[p][g.n(len(f.pool[p]))])
	}
}

// whileLoop emits a loop that tests its counter (which may start at 0)
// and the fuel before each iteration:
//
//	block
//	  loop
//	    (br_if 1 (i32.eqz (global.get $fuel)))
//	    (br_if 1 (i32.eqz (local.get $c)))
//	    fuel--, c--
//	    body
//	    br 0
//	  end
//	end
func (g *gen) whileLoop() {
	f := g.fn
	c := &f.c
	counter := g.newLocal(wasm.I32)
	if g.chance(0.3) {
		g.expr(wasm.I32)
		c.I32Const(15).Op(wasm.OpI32And)
	} else {
		c.I32Const(int32(g.n(10)))
	}
	c.Op(wasm.OpLocalSet).U32(counter)
	c.Op(wasm.OpBlock).BlockEmpty()
	g.pushLabel(nil, false)
	c.Op(wasm.OpLoop).BlockEmpty()
	g.pushLabel(nil, true)
	c.Op(wasm.OpGlobalGet).U32(g.fuel).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(1)
	c.Op(wasm.OpLocalGet).U32(counter).Op(wasm.OpI32Eqz).Op(wasm.OpBrIf).U32(1)
	g.burnFuel()
	c.Op(wasm.OpLocalGet).U32(counter).I32Const(1).Op(wasm.OpI32Sub).Op(wasm.OpLocalSet).U32(counter)
	g.stmts(1 + g.n(4))
	c.Op(wasm.OpBr).U32(0)
	g.popLabel()
	c.Op(wasm.OpEnd)
	g.popLabel()
	c.Op(wasm.OpEnd)
}

// branch emits an unconditional br.
func (g *gen) branch() {
	d, _ := g.target(nil, false)
	for _, t := range g.labelTypes(d) {
		g.expr(t)
	}
	g.fn.c.Op(wasm.OpBr).U32(d)
}

func (g *gen) brTable() {
	d, _ := g.target(nil, false)
	ts := g.labelTypes(d)
	n := g.n(5)
	if g.chance(0.2) {
		n = g.n(40) // a jump table
	}
	targets := make([]uint32, n)
	for i := range targets {
		targets[i], _ = g.target(ts, true)
	}
	for _, t := range ts {
		g.expr(t)
	}
	g.index(n + 1)
	c := &g.fn.c
	c.Op(wasm.OpBrTable).U32(uint32(n))
	for _, t := range targets {
		c.U32(t)
	}
	c.U32(d)
}

// index pushes an i32 that is mostly below n.
func (g *gen) index(n int) {
	c := &g.fn.c
	switch k := g.n(20); {
	case k < 11:
		c.I32Const(int32(g.n(n)))
	case k < 13:
		c.I32Const(int32(n + g.n(2)))
	case k < 19:
		g.expr(wasm.I32)
		c.I32Const(int32(max(n, 1))).Op(wasm.OpI32RemU)
	default:
		g.expr(wasm.I32)
	}
}

// pickResult leaves only result k of the values types on the stack.
func (g *gen) pickResult(types []wasm.ValType, k int) {
	c := &g.fn.c
	for i := len(types) - 1; i > k; i-- {
		c.Op(wasm.OpDrop)
	}
	if k == 0 {
		return
	}
	l := g.tmp(g.fn.mvTmp, types[k])
	c.Op(wasm.OpLocalSet).U32(l)
	for i := k - 1; i >= 0; i-- {
		c.Op(wasm.OpDrop)
	}
	c.Op(wasm.OpLocalGet).U32(l)
}

// call calls a function; with want, one returning a want value, and
// leaves that value; otherwise it drops the results. ok is false if no
// function fits.
func (g *gen) call(keep bool, want *wasm.ValType) bool {
	var cands []int
	for i, fn := range g.funcs {
		if fn.noFuel && !g.chance(0.3) {
			continue
		}
		if keep && !contains(fn.results, *want) {
			continue
		}
		cands = append(cands, i)
	}
	if len(cands) == 0 {
		return false
	}
	fi := cands[g.n(len(cands))]
	ft := g.m.Types[g.funcs[fi].typ]
	for _, t := range ft.Params {
		g.sink(t, g.expr(t))
	}
	g.fn.c.Op(wasm.OpCall).U32(uint32(fi))
	g.results(ft.Results, keep, want)
	return true
}

func (g *gen) results(rs []wasm.ValType, keep bool, want *wasm.ValType) {
	if !keep {
		for range rs {
			g.fn.c.Op(wasm.OpDrop)
		}
		return
	}
	var ks []int
	for i, t := range rs {
		if t == *want {
			ks = append(ks, i)
		}
	}
	g.pickResult(rs, ks[g.n(len(ks))])
}

func contains(ts []wasm.ValType, t wasm.ValType) bool {
	for _, u := range ts {
		if u == t {
			return true
		}
	}
	return false
}

// callIndirect calls through a table with a random signature of the
// module; with want, one returning a want value, which it leaves.
func (g *gen) callIndirect(want *wasm.ValType) bool {
	if len(g.tables) == 0 {
		return false
	}
	if g.chance(0.98) {
		// A slot that holds a fitting function initially.
		type slot struct{ table, i, f int }
		var cands []slot
		for t, ss := range g.slots {
			for i, f := range ss {
				if f >= 0 && (want == nil || contains(g.funcs[f].results, *want)) {
					cands = append(cands, slot{t, i, f})
				}
			}
		}
		if len(cands) > 0 {
			s := cands[g.n(len(cands))]
			ti := g.funcs[s.f].typ
			ft := g.m.Types[ti]
			for _, t := range ft.Params {
				g.sink(t, g.expr(t))
			}
			g.fn.c.I32Const(int32(s.i)).Op(wasm.OpCallIndirect).U32(ti).U32(uint32(s.table))
			g.results(ft.Results, want != nil, want)
			return true
		}
		if g.chance(0.9) {
			return false // rather than a call that most likely traps
		}
	}
	// Mostly the signatures of functions (which the tables hold), else
	// any type of the module (block types too).
	var cands []uint32
	for i, ft := range g.m.Types {
		if want != nil && !contains(ft.Results, *want) {
			continue
		}
		used := false
		for _, fn := range g.funcs {
			used = used || fn.typ == uint32(i)
		}
		if used || g.chance(0.2) {
			cands = append(cands, uint32(i))
		}
	}
	if len(cands) == 0 {
		return false
	}
	ti := cands[g.n(len(cands))]
	ft := g.m.Types[ti]
	for _, t := range ft.Params {
		g.sink(t, g.expr(t))
	}
	table := g.n(len(g.tables))
	g.index(int(g.tables[table]))
	g.fn.c.Op(wasm.OpCallIndirect).U32(ti).U32(uint32(table))
	g.results(ft.Results, want != nil, want)
	return true
}

// addr pushes an address for an access of size bytes.
func (g *gen) addr(size int) uint32 {
	c := &g.fn.c
	mb := int(g.memBytes)
	switch k := g.n(100); {
	case k < 55:
		a := 0
		if mb > size {
			a = g.n(mb - size + 1)
		}
		if g.chance(0.6) {
			a = g.n(256)
		}
		c.I32Const(int32(a))
	case k < 56:
		c.I32Const(int32(mb - size + g.n(5) - 2))
	case k < 64:
		// base + constant, base + scaled index: address arithmetic the
		// backend may fold into an addressing mode (it must wrap at 32
		// bits).
		wrap := g.chance(0.25)
		g.addrBase(mb, wrap)
		switch g.n(3) {
		case 0:
			g.expr(wasm.I32)
			c.I32Const(15).Op(wasm.OpI32And)
			c.I32Const(int32(g.n(4))).Op(wasm.OpI32Shl)
		default:
			ks := []int32{1, 4, 8, 16, 100, int32(mb / 2)}
			if wrap {
				// Negative: the 32-bit sum wraps around to an address in
				// bounds (the base is at least 256).
				ks = []int32{-1, -4, -8, -16, -100, -256}
				if g.chance(0.1) {
					ks = []int32{0x7fffffff, -0x80000000, int32(-mb)}
				}
			}
			c.I32Const(ks[g.n(len(ks))])
		}
		c.Op(wasm.OpI32Add)
	case k < 99:
		g.expr(wasm.I32)
		mask := 0xff
		if mb > 0 && g.chance(0.5) {
			mask = 1
			for mask < mb {
				mask <<= 1
			}
			mask--
		}
		c.I32Const(int32(mask)).Op(wasm.OpI32And)
	default:
		g.expr(wasm.I32)
	}
	switch k := g.n(400); {
	case k < 397:
		return uint32(g.n(33))
	case k < 398:
		return uint32(g.n(mb/2 + 1))
	case k < 399:
		return uint32(mb - size + g.n(3))
	}
	return uint32(0xffffffff - g.n(16))
}

// addrBase pushes an i32 that is a plausible base address; with wrap, at
// least 256.
func (g *gen) addrBase(mb int, wrap bool) {
	c := &g.fn.c
	f := g.fn
	lo := 0
	if wrap {
		lo = 256
	}
	switch g.n(3) {
	case 0:
		if ls := f.pool[wasm.I32]; len(ls) > 0 {
			c.Op(wasm.OpLocalGet).U32(ls[g.n(len(ls))])
			c.I32Const(0x3ff).Op(wasm.OpI32And)
			if wrap {
				c.I32Const(int32(lo)).Op(wasm.OpI32Add)
			}
			return
		}
		fallthrough
	case 1:
		c.I32Const(int32(lo + g.n(max(mb/2-lo, 1))))
	default:
		g.expr(wasm.I32)
		c.I32Const(0x3ff).Op(wasm.OpI32And)
		if wrap {
			c.I32Const(int32(lo)).Op(wasm.OpI32Add)
		}
	}
}

func (g *gen) memarg(op wasm.Opcode, off uint32) {
	align := uint32(op.Info().Align)
	g.fn.c.MemArg(uint32(g.n(int(align)+1)), off)
}

func accessSize(op wasm.Opcode) int { return 1 << op.Info().Align }

func (g *gen) store() {
	t := g.randType()
	op := stores[t][g.n(len(stores[t]))]
	off := g.addr(accessSize(op))
	g.sink(t, g.expr(t))
	g.fn.c.Op(op)
	g.memarg(op, off)
}

// length pushes a byte count for bulk operations: mostly small (each
// size class of the runtime's memmove and memfill routines), sometimes
// hundreds to thousands of bytes (their loops and REP MOVSB/STOSB paths),
// up to the whole memory, or computed.
func (g *gen) length() {
	c := &g.fn.c
	switch k := g.n(40); {
	case k < 22:
		c.I32Const(int32(g.n(65)))
	case k < 26:
		c.I32Const(int32(g.n(4200)))
	case k < 28:
		c.I32Const(int32(g.n(int(g.memBytes) + 2)))
	case k < 39:
		g.expr(wasm.I32)
		c.I32Const(0xff).Op(wasm.OpI32And)
	default:
		g.expr(wasm.I32)
	}
}

func (g *gen) bulkMemory() {
	c := &g.fn.c
	dst := func() {
		if g.chance(0.8) {
			c.I32Const(int32(g.n(1024)))
			return
		}
		c.I32Const(int32(g.n(int(g.memBytes) + 16)))
	}
	switch g.n(5) {
	case 0, 1:
		dst()
		g.expr(wasm.I32)
		g.length()
		c.Op(wasm.OpMemoryFill).Byte(0)
	case 2, 3:
		switch g.n(3) {
		case 0:
			// Overlapping ranges, either way, at short distances and at
			// distances around the routines' 16-byte chunks and REP
			// MOVSB's minimum (64).
			d := g.n(1024)
			delta := g.n(17) - 8
			if g.chance(0.5) {
				delta = g.n(301) - 150
			}
			c.I32Const(int32(d)).I32Const(int32(d + delta))
		case 1:
			dst()
			dst()
		default:
			dst()
			g.expr(wasm.I32)
			c.I32Const(0x3ff).Op(wasm.OpI32And)
		}
		g.length()
		c.Op(wasm.OpMemoryCopy).Byte(0).Byte(0)
	default:
		if g.nPassive == 0 {
			return
		}
		seg := uint32(g.n(g.nPassive))
		if g.chance(0.15) {
			c.Op(wasm.OpDataDrop).U32(seg)
			return
		}
		dst()
		n := g.passiveLen[seg]
		src := g.n(n + 1)
		if g.chance(0.1) {
			src = g.n(n + 8)
		}
		c.I32Const(int32(src))
		if g.chance(0.9) {
			c.I32Const(int32(g.n(max(n-src, 0) + 1)))
		} else {
			c.I32Const(int32(g.n(48)))
		}
		c.Op(wasm.OpMemoryInit).U32(seg).Byte(0)
	}
}

// funcRef pushes a funcref.
func (g *gen) funcRef() {
	c := &g.fn.c
	switch g.n(4) {
	case 0:
		c.Op(wasm.OpRefNull).Byte(byte(wasm.FuncRef))
	case 1:
		t := g.n(len(g.tables))
		g.index(int(g.tables[t]))
		c.Op(wasm.OpTableGet).U32(uint32(t))
	default:
		c.Op(wasm.OpRefFunc).U32(uint32(g.n(len(g.funcs))))
	}
}

func (g *gen) tableStmt() {
	c := &g.fn.c
	t := uint32(g.n(len(g.tables)))
	size := int(g.tables[t])
	switch g.n(10) {
	case 0, 1, 2, 3:
		if i := g.n(size); g.slots[t][i] >= 0 && g.chance(0.7) {
			// A function of the type the slot had: call_indirect
			// through it keeps working.
			var same []int
			for f, fn := range g.funcs {
				if fn.typ == g.funcs[g.slots[t][i]].typ {
					same = append(same, f)
				}
			}
			c.I32Const(int32(i)).Op(wasm.OpRefFunc).U32(uint32(same[g.n(len(same))])).Op(wasm.OpTableSet).U32(t)
			return
		}
		g.index(size)
		g.funcRef()
		c.Op(wasm.OpTableSet).U32(t)
	case 4:
		g.funcRef()
		c.I32Const(int32(g.n(3)))
		c.Op(wasm.OpTableGrow).U32(t).Op(wasm.OpDrop)
	case 5:
		g.index(size)
		g.funcRef()
		c.I32Const(int32(g.n(4)))
		c.Op(wasm.OpTableFill).U32(t)
	case 6:
		t2 := uint32(g.n(len(g.tables)))
		g.index(size)
		g.index(int(g.tables[t2]))
		c.I32Const(int32(g.n(4)))
		c.Op(wasm.OpTableCopy).U32(t).U32(t2)
	default:
		if g.nElemPas == 0 {
			g.index(size)
			g.funcRef()
			c.Op(wasm.OpTableSet).U32(t)
			return
		}
		seg := uint32(g.n(g.nElemPas))
		if g.chance(0.2) {
			c.Op(wasm.OpElemDrop).U32(seg)
			return
		}
		g.index(size)
		c.I32Const(int32(g.n(3)))
		c.I32Const(int32(g.n(4)))
		c.Op(wasm.OpTableInit).U32(seg).U32(t)
	}
}

// leaf pushes a constant, a local or a global of type t; safe says its
// NaN bits are deterministic.
func (g *gen) leaf(t wasm.ValType) bool {
	f := g.fn
	c := &f.c
	if f.constOnly > 0 {
		c.Const(t, g.interesting(t))
		return true
	}
	switch k := g.n(10); {
	case k < 4 && len(f.pool[t]) > 0:
		c.Op(wasm.OpLocalGet).U32(f.pool[t][g.n(len(f.pool[t]))])
		return true
	case k < 6:
		var cands []uint32
		for i, gl := range g.globals {
			if gl.t == t {
				cands = append(cands, uint32(i))
			}
		}
		if len(cands) > 0 {
			c.Op(wasm.OpGlobalGet).U32(cands[g.n(len(cands))])
			return true
		}
	}
	c.Const(t, g.interesting(t))
	return true
}

// expr pushes one value of type t; the result says whether its NaN bits,
// if it is a NaN, are deterministic.
func (g *gen) expr(t wasm.ValType) (safe bool) {
	f := g.fn
	c := &f.c
	f.budget--
	f.depth++
	defer func() { f.depth-- }()
	if f.budget <= 0 || f.depth > 7 {
		return g.leaf(t)
	}
	k := g.n(100)
	if f.constOnly > 0 && k >= 58 {
		k = g.n(58)
	}
	switch {
	case k < 22:
		return g.leaf(t)
	case k < 58:
		if g.chance(0.08) {
			f.constOnly++
			defer func() { f.constOnly-- }()
		}
		ops := arith[t]
		o := ops[g.n(len(ops))]
		if sat, ok := saturating[o.op]; ok && g.chance(0.75) {
			o.op = sat // fewer traps
		}
		safe := true
		for i, p := range o.params {
			var s bool
			if i == 1 && (p == wasm.I32 || p == wasm.I64) && g.chance(0.3) {
				// A constant operand: division by constants, shifts by
				// constants, multiplications the optimizer may rewrite.
				c.Const(p, g.constOperand(p))
				s = true
			} else {
				s = g.expr(p)
			}
			if (o.op == wasm.OpI32ReinterpretF32 || o.op == wasm.OpI64ReinterpretF64) ||
				((o.op == wasm.OpF32Copysign || o.op == wasm.OpF64Copysign) && i == 1) {
				g.sink(p, s)
				s = true
			}
			safe = safe && s
			if i == 1 && isDiv(o.op) && g.chance(0.75) {
				// Mostly avoid dividing by zero.
				c.Const(p, 1)
				if p == wasm.I32 {
					c.Op(wasm.OpI32Or)
				} else {
					c.Op(wasm.OpI64Or)
				}
			}
		}
		c.Op(o.op)
		if t == wasm.F32 || t == wasm.F64 {
			return safe && opSafe(o.op)
		}
		return true
	case k < 66 && g.hasMem:
		ls := loads[t]
		op := ls[g.n(len(ls))]
		off := g.addr(accessSize(op))
		c.Op(op)
		g.memarg(op, off)
		return true
	case k < 70:
		s1 := g.expr(t)
		s2 := g.expr(t)
		g.expr(wasm.I32)
		if g.chance(0.3) {
			c.Op(wasm.OpSelectT).U32(1).Byte(byte(t))
		} else {
			c.Op(wasm.OpSelect)
		}
		return s1 && s2
	case k < 73:
		if len(f.pool[t]) == 0 {
			f.pool[t] = append(f.pool[t], g.newLocal(t))
		}
		g.sink(t, g.expr(t))
		c.Op(wasm.OpLocalTee).U32(f.pool[t][g.n(len(f.pool[t]))])
		return true
	case k < 78:
		if g.call(true, &t) {
			return false
		}
	case k < 81:
		if g.callIndirect(&t) {
			return false
		}
	case k < 84:
		c.Op(wasm.OpBlock).BlockVal(t)
		g.pushLabel([]wasm.ValType{t}, false)
		g.stmts(g.n(3))
		g.expr(t)
		g.popLabel()
		c.Op(wasm.OpEnd)
		return false
	case k < 87:
		// if, sometimes with parameters.
		var params []wasm.ValType
		if g.chance(0.3) {
			params = g.randTypes(2)
		}
		for _, p := range params {
			g.expr(p)
		}
		g.expr(wasm.I32)
		c.Op(wasm.OpIf)
		if len(params) > 0 {
			c.BlockIndex(g.typeIndex(wasm.FuncType{Params: params, Results: []wasm.ValType{t}}))
		} else {
			c.BlockVal(t)
		}
		g.pushLabel([]wasm.ValType{t}, false)
		g.popParams(params)
		g.stmts(g.n(2))
		g.expr(t)
		c.Op(wasm.OpElse)
		g.popParams(params)
		g.stmts(g.n(2))
		g.expr(t)
		g.popLabel()
		c.Op(wasm.OpEnd)
		return false
	case k < 89:
		g.loop([]wasm.ValType{t})
		return false
	case k < 92:
		// br_if carrying a value: to an enclosing label of type [t], or
		// to a new block.
		tt := []wasm.ValType{t}
		d, ok := g.target(tt, true)
		if !ok || g.chance(0.5) {
			c.Op(wasm.OpBlock).BlockVal(t)
			g.pushLabel(tt, false)
			g.expr(t)
			g.expr(wasm.I32)
			c.Op(wasm.OpBrIf).U32(0)
			g.popLabel()
			c.Op(wasm.OpEnd)
			return false
		}
		g.expr(t)
		g.expr(wasm.I32)
		c.Op(wasm.OpBrIf).U32(d)
		return false
	case k < 94:
		// A multi-value block, with parameters.
		params := g.randTypes(2)
		results := append([]wasm.ValType{t}, g.randTypes(2)...)
		for _, p := range params {
			g.expr(p)
		}
		c.Op(wasm.OpBlock).BlockIndex(g.typeIndex(wasm.FuncType{Params: params, Results: results}))
		g.pushLabel(results, false)
		g.popParams(params)
		g.stmts(g.n(3))
		for _, r := range results {
			g.expr(r)
		}
		g.popLabel()
		c.Op(wasm.OpEnd)
		g.pickResult(results, 0)
		return false
	case k < 97 && t == wasm.I32:
		g.i32Special()
		return true
	case k < 98 && g.chance(0.2):
		// Leave the expression: unreachable, br or return, after which
		// the stack is polymorphic.
		switch g.n(5) {
		case 0:
			c.Op(wasm.OpUnreachable)
		case 1, 2:
			g.branch()
		default:
			for _, r := range f.labels[0].types {
				g.expr(r)
			}
			c.Op(wasm.OpReturn)
		}
		return true
	}
	return g.leaf(t)
}

// i32Special pushes memory.size, memory.grow, table.size, table.grow or
// ref.is_null.
func (g *gen) i32Special() {
	c := &g.fn.c
	switch k := g.n(6); {
	case k < 2 && g.hasMem:
		c.Op(wasm.OpMemorySize).Byte(0)
	case k < 4 && g.hasMem:
		switch g.n(4) {
		case 0:
			g.expr(wasm.I32)
		default:
			c.I32Const(int32(g.n(3)))
		}
		c.Op(wasm.OpMemoryGrow).Byte(0)
	case k < 5 && len(g.tables) > 0:
		c.Op(wasm.OpTableSize).U32(uint32(g.n(len(g.tables))))
	case len(g.tables) > 0:
		if g.chance(0.3) {
			t := g.n(len(g.tables))
			g.funcRef()
			c.I32Const(int32(g.n(3)))
			c.Op(wasm.OpTableGrow).U32(uint32(t))
			return
		}
		g.funcRef()
		c.Op(wasm.OpRefIsNull)
	default:
		c.I32Const(int32(g.n(100)))
	}
}
