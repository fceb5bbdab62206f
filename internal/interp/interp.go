// Package interp executes Kiln's IR directly. It is a reference engine for
// tests, not a product: running the spec suite through it checks the
// frontend (translation to SSA) and every optimization pass against the
// suite's expected results, independently of any backend, and it can serve
// as an oracle for differential tests of native code.
package interp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// Trap is a WebAssembly trap.
type Trap struct{ Reason string }

func (t *Trap) Error() string      { return "wasm trap: " + t.Reason }
func (t *Trap) TrapReason() string { return t.Reason }

// LinkError is an import that cannot be resolved.
type LinkError struct{ Reason, Detail string }

func (e *LinkError) Error() string      { return e.Reason + ": " + e.Detail }
func (e *LinkError) LinkReason() string { return e.Reason }

func trap(reason string) { panic(&Trap{reason}) }

// maxDepth bounds the call depth ("call stack exhausted").
const maxDepth = 20000

// Func is a function: defined by an instance (IR) or by the host.
//
// Arguments and results cross a call as uint64 slots, one per value in
// the function type's order (i32 zero-extended, floats as their IEEE
// bits, references as handles), except a v128, which takes two: its low
// 64 bits, then its high 64 bits (lanes little-endian, as in memory). The
// native runtime passes v128 as two slots in the same order.
type Func struct {
	Type wasm.FuncType
	inst *Instance
	ir   *ir.Func
	host func(args []uint64) []uint64
	id   uint64 // handle of funcref values: index in Store.funcs + 1
	vec  bool   // ir has v128 values: its frames need high halves
}

// Memory is a linear memory.
type Memory struct {
	Data []byte
	Max  uint64
}

// Table is a table of references (handles; 0 is null).
type Table struct {
	Elems []uint64
	Max   uint64
	Type  wasm.ValType
}

// Global is a global variable. A v128 global holds its low 64 bits in
// Bits and its high 64 bits in Hi.
type Global struct {
	Type wasm.GlobalType
	Bits uint64
	Hi   uint64
}

// Extern is an exported or imported entity.
type Extern struct {
	Kind   wasm.ExternKind
	Func   *Func
	Table  *Table
	Memory *Memory
	Global *Global
}

// Store holds every function so funcrefs can be handles.
type Store struct {
	funcs    []*Func
	Optimize bool
	depth    int
	// Fuel, if positive, bounds the work of each Call: every function
	// call and every branch between IR blocks costs one unit, and a call
	// that runs out traps with ReasonOutOfFuel ("out of fuel", not a
	// WebAssembly trap: differential tests use it to give up on a module
	// that does not terminate).
	Fuel int64
	fuel int64 // what is left of Fuel during a Call
	// MaxMemoryPages and MaxTableElements, if positive, cap what
	// memory.grow and table.grow may reach (they return -1 beyond), like
	// the native runtime's instance limits.
	MaxMemoryPages   uint64
	MaxTableElements uint64
}

// ReasonOutOfFuel is the reason of the trap a Call that exhausts
// Store.Fuel returns.
const ReasonOutOfFuel = "out of fuel"

// burn spends one unit of fuel.
func (s *Store) burn() {
	if s.Fuel > 0 {
		s.fuel--
		if s.fuel < 0 {
			trap(ReasonOutOfFuel)
		}
	}
}

func (s *Store) addFunc(f *Func) *Func {
	s.funcs = append(s.funcs, f)
	f.id = uint64(len(s.funcs))
	return f
}

func (s *Store) funcByRef(ref uint64) *Func {
	if ref == 0 || ref > uint64(len(s.funcs)) {
		return nil
	}
	return s.funcs[ref-1]
}

// Instance is an instantiated module.
type Instance struct {
	store   *Store
	mod     *wasm.Module
	funcs   []*Func
	tables  []*Table
	mem     *Memory
	globals []*Global
	datas   [][]byte
	elems   [][]uint64
	Exports map[string]Extern
}

// Resolver finds imports.
type Resolver func(module, name string) (Extern, bool)

// Instantiate decodes, validates, translates and instantiates a module.
func (s *Store) Instantiate(b []byte, resolve Resolver) (*Instance, error) {
	m, err := wasm.Decode(b)
	if err != nil {
		return nil, err
	}
	if err := validate.Module(m); err != nil {
		return nil, err
	}
	inst := &Instance{store: s, mod: m, Exports: map[string]Extern{}}
	if err := inst.link(resolve); err != nil {
		return nil, err
	}
	tr := translate.New()
	for i := m.NumImportedFuncs; i < m.NumFuncs(); i++ {
		f, err := tr.Function(m, i)
		if err != nil {
			return nil, err
		}
		if s.Optimize {
			if err := opt.Optimize(f, true); err != nil {
				return nil, fmt.Errorf("function %d: %w", i, err)
			}
		}
		inst.funcs = append(inst.funcs, s.addFunc(&Func{Type: m.Types[m.FuncTypes[i]], inst: inst, ir: f, vec: f.UsesVectors()}))
	}
	s.depth, s.fuel = 0, s.Fuel
	err = catch(func() { inst.initialize() })
	return inst, err
}

// catch turns a trap panic into an error.
func catch(fn func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			t, ok := r.(*Trap)
			if !ok {
				panic(r)
			}
			err = t
		}
	}()
	fn()
	return nil
}

func (inst *Instance) link(resolve Resolver) error {
	m := inst.mod
	for _, imp := range m.Imports {
		ext, ok := resolve(imp.Module, imp.Name)
		if !ok {
			return &LinkError{"unknown import", imp.Module + "." + imp.Name}
		}
		bad := func() error {
			return &LinkError{"incompatible import type", imp.Module + "." + imp.Name}
		}
		if ext.Kind != imp.Kind {
			return bad()
		}
		switch imp.Kind {
		case wasm.ExternFunc:
			if !ext.Func.Type.Equal(m.Types[imp.TypeIndex]) {
				return bad()
			}
			inst.funcs = append(inst.funcs, ext.Func)
		case wasm.ExternTable:
			t := ext.Table
			if t.Type != imp.Table.Elem || !limitsMatch(uint64(len(t.Elems)), t.Max, imp.Table.Limits) {
				return bad()
			}
			inst.tables = append(inst.tables, t)
		case wasm.ExternMemory:
			mem := ext.Memory
			if !limitsMatch(uint64(len(mem.Data))/65536, mem.Max, imp.Memory.Limits) {
				return bad()
			}
			inst.mem = mem
		case wasm.ExternGlobal:
			if ext.Global.Type != imp.Global {
				return bad()
			}
			inst.globals = append(inst.globals, ext.Global)
		}
	}
	return nil
}

// limitsMatch is import subtyping: the actual size is at least the declared
// minimum and the actual maximum (noMax = math.MaxUint64) within the
// declared one.
func limitsMatch(size, max uint64, l wasm.Limits) bool {
	if size < l.Min {
		return false
	}
	return !l.HasMax || max <= l.Max
}

const noMax = math.MaxUint64

// initialize runs instantiation in the spec's order; it panics with a
// *Trap if a segment is out of bounds or the start function traps.
func (inst *Instance) initialize() {
	m := inst.mod
	for i := range m.Globals {
		g := &m.Globals[i]
		lo, hi := inst.eval(g.Init)
		inst.globals = append(inst.globals, &Global{Type: g.Type, Bits: lo, Hi: hi})
	}
	for _, t := range m.Tables {
		max := uint64(noMax)
		if t.Limits.HasMax {
			max = t.Limits.Max
		}
		inst.tables = append(inst.tables, &Table{Elems: make([]uint64, t.Limits.Min), Max: max, Type: t.Elem})
	}
	for _, mt := range m.Memories {
		max := uint64(validate.MaxPages)
		if mt.Limits.HasMax {
			max = mt.Limits.Max
		}
		inst.mem = &Memory{Data: make([]byte, mt.Limits.Min*65536), Max: max}
	}
	for i := range m.Exports {
		e := &m.Exports[i]
		ext := Extern{Kind: e.Kind}
		switch e.Kind {
		case wasm.ExternFunc:
			ext.Func = inst.funcs[e.Index]
		case wasm.ExternTable:
			ext.Table = inst.tables[e.Index]
		case wasm.ExternMemory:
			ext.Memory = inst.mem
		case wasm.ExternGlobal:
			ext.Global = inst.globals[e.Index]
		}
		inst.Exports[e.Name] = ext
	}
	for i := range m.Elems {
		e := &m.Elems[i]
		refs := make([]uint64, e.Len())
		for j := range refs {
			if e.Exprs != nil {
				refs[j], _ = inst.eval(e.Exprs[j])
			} else {
				refs[j] = inst.funcs[e.Funcs[j]].id
			}
		}
		inst.elems = append(inst.elems, refs)
	}
	for i := range m.Datas {
		inst.datas = append(inst.datas, m.Datas[i].Init)
	}
	for i := range m.Elems {
		e := &m.Elems[i]
		switch e.Mode {
		case wasm.SegmentActive:
			off, _ := inst.eval(e.Offset)
			inst.tableInit(e.Table, uint32(i), uint32(off), 0, uint32(e.Len()))
			inst.elems[i] = nil
		case wasm.SegmentDeclarative:
			inst.elems[i] = nil
		}
	}
	for i := range m.Datas {
		d := &m.Datas[i]
		if d.Mode == wasm.SegmentActive {
			off, _ := inst.eval(d.Offset)
			inst.memInit(uint32(i), uint32(off), 0, uint32(len(d.Init)))
			inst.datas[i] = nil
		}
	}
	if m.HasStart {
		inst.store.call(inst.funcs[m.Start], nil)
	}
}

// eval evaluates a constant expression: its bits, and the high 64 bits
// of a v128.
func (inst *Instance) eval(x wasm.ConstExpr) (v, hi uint64) {
	r := wasm.NewInstrReader(x.Code, x.Offset)
	var in wasm.Instr
	for r.More() {
		if err := r.Next(&in); err != nil {
			panic(err) // validated
		}
		switch in.Op {
		case wasm.OpI32Const:
			v = uint64(uint32(in.Const))
		case wasm.OpI64Const, wasm.OpF32Const, wasm.OpF64Const:
			v = in.Const
		case wasm.OpRefNull:
			v = 0
		case wasm.OpRefFunc:
			v = inst.funcs[in.Index].id
		case wasm.OpV128Const:
			v, hi = binary.LittleEndian.Uint64(in.V128[:8]), binary.LittleEndian.Uint64(in.V128[8:])
		case wasm.OpGlobalGet:
			v, hi = inst.globals[in.Index].Bits, inst.globals[in.Index].Hi
		}
	}
	return v, hi
}

// Call invokes f with args, one slot per argument (two for a v128: see
// Func), and returns its results the same way.
func (s *Store) Call(f *Func, args []uint64) (res []uint64, err error) {
	s.depth = 0
	s.fuel = s.Fuel
	err = catch(func() { res = s.call(f, args) })
	return res, err
}

func (s *Store) call(f *Func, args []uint64) []uint64 {
	if f.host != nil {
		return f.host(args)
	}
	s.depth++
	if s.depth > maxDepth {
		trap("call stack exhausted")
	}
	s.burn()
	res := f.inst.run(f, args)
	s.depth--
	return res
}

// frame holds one activation's values: vals[v] is value v's bits (the
// low half of a v128), hi[v] the high half of a v128. hi is nil in
// functions without v128 values, so that scalar code neither allocates nor
// copies it.
type frame struct {
	vals   []uint64
	hi     []uint64
	tuples map[ir.Value][]uint64 // a call's result slots, as Store.call returns them
}

func (inst *Instance) run(fn *Func, args []uint64) []uint64 {
	if fn.vec {
		return inst.runVec(fn, args)
	}
	f := fn.ir
	fr := frame{vals: make([]uint64, f.NumValues())}
	for i, p := range f.Params(0) {
		fr.vals[p] = args[i]
	}
	b := ir.Block(0)
	var tmp []uint64
	for {
		for v := f.First(b); v != 0; v = f.Next(v) {
			op := f.Op(v)
			if !op.Info().Terminator {
				inst.exec(f, &fr, v)
				continue
			}
			if op == ir.OpReturn {
				a := f.Args(v)
				out := make([]uint64, len(a))
				for i, x := range a {
					out[i] = fr.vals[x]
				}
				return out
			}
			t := inst.target(f, &fr, v)
			// Parallel assignment of the block's parameters.
			tmp = tmp[:0]
			for _, x := range t.Args {
				tmp = append(tmp, fr.vals[x])
			}
			for i, p := range f.Params(t.Block) {
				fr.vals[p] = tmp[i]
			}
			b = t.Block
			break
		}
	}
}

// runVec is run for functions with v128 values, kept apart so that the
// scalar loop stays as tight as it was: its frames have high halves, and
// arguments, results and block arguments move v128s as two slots.
func (inst *Instance) runVec(fn *Func, args []uint64) []uint64 {
	f := fn.ir
	fr := frame{vals: make([]uint64, f.NumValues()), hi: make([]uint64, f.NumValues())}
	fr.setSlots(f, f.Params(0), args)
	b := ir.Block(0)
	var tmp []uint64
	for {
		for v := f.First(b); v != 0; v = f.Next(v) {
			op := f.Op(v)
			if !op.Info().Terminator {
				inst.exec(f, &fr, v)
				continue
			}
			if op == ir.OpReturn {
				return fr.slots(f, f.Args(v))
			}
			t := inst.target(f, &fr, v)
			tmp = fr.setSlots(f, f.Params(t.Block), fr.slotsTo(tmp[:0], f, t.Args))
			b = t.Block
			break
		}
	}
}

// target executes branch v: it returns the target taken, or traps.
func (inst *Instance) target(f *ir.Func, fr *frame, v ir.Value) ir.Target {
	a := f.Args(v)
	var t ir.Target
	switch f.Op(v) {
	case ir.OpTrap:
		trap(abi.TrapCode(f.Aux(v)).String())
	case ir.OpJump:
		t = f.Target(v, 0)
	case ir.OpBrif:
		if uint32(fr.vals[a[0]]) != 0 {
			t = f.Target(v, 0)
		} else {
			t = f.Target(v, 1)
		}
	case ir.OpBrTable:
		i := uint32(fr.vals[a[0]])
		n := uint32(f.NumTargets(v))
		if i >= n-1 {
			i = n - 1
		}
		t = f.Target(v, int(i))
	}
	inst.store.burn()
	return t
}

// slots returns values xs as call arguments or results: two slots for a
// v128 (see Func).
func (fr *frame) slots(f *ir.Func, xs []ir.Value) []uint64 {
	return fr.slotsTo(make([]uint64, 0, len(xs)+2), f, xs)
}

// slotsTo appends the slots of values xs to out.
func (fr *frame) slotsTo(out []uint64, f *ir.Func, xs []ir.Value) []uint64 {
	for _, x := range xs {
		out = append(out, fr.vals[x])
		if f.Type(x) == ir.V128 {
			out = append(out, fr.hi[x])
		}
	}
	return out
}

// setSlots sets values xs (parameters) from slots, and returns slots.
func (fr *frame) setSlots(f *ir.Func, xs []ir.Value, slots []uint64) []uint64 {
	j := 0
	for _, x := range xs {
		fr.vals[x] = slots[j]
		j++
		if f.Type(x) == ir.V128 {
			fr.hi[x] = slots[j]
			j++
		}
	}
	return slots
}

func (inst *Instance) addr(base uint64, off int64, size uint64) uint64 {
	ea := uint64(uint32(base)) + uint64(off)
	if inst.mem == nil || ea+size > uint64(len(inst.mem.Data)) {
		trap("out of bounds memory access")
	}
	return ea
}

func (inst *Instance) load(ea, size uint64) uint64 {
	var v uint64
	for i := uint64(0); i < size; i++ {
		v |= uint64(inst.mem.Data[ea+i]) << (8 * i)
	}
	return v
}

func (inst *Instance) storeMem(ea, size, v uint64) {
	for i := uint64(0); i < size; i++ {
		inst.mem.Data[ea+i] = byte(v >> (8 * i))
	}
}

var errInternal = errors.New("interp: bad instruction")

// accessSize is the size of a narrow load or store (0 for OpLoad and
// OpStore, whose size is their type's).
func accessSize(op ir.Op) uint64 {
	switch op {
	case ir.OpLoad8S, ir.OpLoad8U, ir.OpStore8:
		return 1
	case ir.OpLoad16S, ir.OpLoad16U, ir.OpStore16:
		return 2
	case ir.OpLoad32S, ir.OpLoad32U, ir.OpStore32:
		return 4
	}
	return 0
}

func mask(t ir.Type, v uint64) uint64 {
	if t == ir.I32 || t == ir.F32 {
		return uint64(uint32(v))
	}
	return v
}

func (inst *Instance) exec(f *ir.Func, fr *frame, v ir.Value) {
	op, typ := f.Op(v), f.Type(v)
	a := f.Args(v)
	arg := func(i int) uint64 { return fr.vals[a[i]] }
	set := func(x uint64) { fr.vals[v] = mask(typ, x) }
	switch op {
	case ir.OpIconst, ir.OpFconst:
		set(uint64(f.Aux(v)))
	case ir.OpRefNull:
		set(0)
	case ir.OpRefFunc:
		set(inst.funcs[f.Aux(v)].id)
	case ir.OpCopy:
		if typ == ir.V128 {
			inst.wide(f, fr, v)
			return
		}
		set(arg(0))
	case ir.OpSelect:
		if typ == ir.V128 {
			inst.wide(f, fr, v)
			return
		}
		if uint32(arg(0)) != 0 {
			set(arg(1))
		} else {
			set(arg(2))
		}
	case ir.OpProj:
		res := fr.tuples[a[0]]
		k := int(f.Aux(v))
		// Slots before element k: two for each v128 (the function
		// may have none of its own if it drops the tuple's v128s).
		for _, t := range inst.resultTypes(f, a[0])[:k] {
			if t == wasm.V128 {
				k++
			}
		}
		if typ == ir.V128 {
			fr.hi[v] = res[k+1]
		}
		set(res[k])
	case ir.OpLoad, ir.OpLoad8S, ir.OpLoad8U, ir.OpLoad16S, ir.OpLoad16U, ir.OpLoad32S, ir.OpLoad32U:
		size := accessSize(op)
		if op == ir.OpLoad {
			size = 4
			if typ == ir.I64 || typ == ir.F64 {
				size = 8
			} else if typ == ir.V128 {
				inst.wide(f, fr, v)
				return
			}
		}
		x := inst.load(inst.addr(arg(0), f.Aux(v), size), size)
		switch op {
		case ir.OpLoad8S:
			x = uint64(int64(int8(x)))
		case ir.OpLoad16S:
			x = uint64(int64(int16(x)))
		case ir.OpLoad32S:
			x = uint64(int64(int32(x)))
		}
		set(x)
	case ir.OpStore, ir.OpStore8, ir.OpStore16, ir.OpStore32:
		size := accessSize(op)
		if op == ir.OpStore {
			size = 4
			if t := f.Type(a[1]); t == ir.I64 || t == ir.F64 {
				size = 8
			} else if t == ir.V128 {
				inst.wide(f, fr, v)
				return
			}
		}
		inst.storeMem(inst.addr(arg(0), f.Aux(v), size), size, arg(1))
	case ir.OpMemSize:
		set(uint64(len(inst.mem.Data) / 65536))
	case ir.OpMemGrow:
		old := uint64(len(inst.mem.Data) / 65536)
		n := uint64(uint32(arg(0)))
		if old+n > inst.mem.Max || (inst.store.MaxMemoryPages > 0 && old+n > inst.store.MaxMemoryPages) {
			set(math.MaxUint32)
			return
		}
		inst.mem.Data = append(inst.mem.Data, make([]byte, n*65536)...)
		set(old)
	case ir.OpMemCopy:
		d, s, n := uint64(uint32(arg(0))), uint64(uint32(arg(1))), uint64(uint32(arg(2)))
		if s+n > uint64(len(inst.mem.Data)) || d+n > uint64(len(inst.mem.Data)) {
			trap("out of bounds memory access")
		}
		copy(inst.mem.Data[d:d+n], inst.mem.Data[s:s+n])
	case ir.OpMemFill:
		d, val, n := uint64(uint32(arg(0))), byte(arg(1)), uint64(uint32(arg(2)))
		if d+n > uint64(len(inst.mem.Data)) {
			trap("out of bounds memory access")
		}
		for i := d; i < d+n; i++ {
			inst.mem.Data[i] = val
		}
	case ir.OpMemInit:
		inst.memInit(uint32(f.Aux(v)), uint32(arg(0)), uint32(arg(1)), uint32(arg(2)))
	case ir.OpDataDrop:
		inst.datas[f.Aux(v)] = nil
	case ir.OpGlobalGet:
		set(inst.globals[f.Aux(v)].Bits)
		if typ == ir.V128 {
			fr.hi[v] = inst.globals[f.Aux(v)].Hi
		}
	case ir.OpGlobalSet:
		inst.globals[f.Aux(v)].Bits = arg(0)
		if f.Type(a[0]) == ir.V128 {
			inst.globals[f.Aux(v)].Hi = fr.hi[a[0]]
		}
	case ir.OpTableGet:
		t := inst.tables[f.Aux(v)]
		i := uint64(uint32(arg(0)))
		if i >= uint64(len(t.Elems)) {
			trap("out of bounds table access")
		}
		set(t.Elems[i])
	case ir.OpTableSet:
		t := inst.tables[f.Aux(v)]
		i := uint64(uint32(arg(0)))
		if i >= uint64(len(t.Elems)) {
			trap("out of bounds table access")
		}
		t.Elems[i] = arg(1)
	case ir.OpTableSize:
		set(uint64(len(inst.tables[f.Aux(v)].Elems)))
	case ir.OpTableGrow:
		t := inst.tables[f.Aux(v)]
		old := uint64(len(t.Elems))
		n := uint64(uint32(arg(1)))
		if old+n > t.Max || old+n > 1<<32-1 || (inst.store.MaxTableElements > 0 && old+n > inst.store.MaxTableElements) {
			set(math.MaxUint32)
			return
		}
		for i := uint64(0); i < n; i++ {
			t.Elems = append(t.Elems, arg(0))
		}
		set(old)
	case ir.OpTableFill:
		t := inst.tables[f.Aux(v)]
		d, ref, n := uint64(uint32(arg(0))), arg(1), uint64(uint32(arg(2)))
		if d+n > uint64(len(t.Elems)) {
			trap("out of bounds table access")
		}
		for i := d; i < d+n; i++ {
			t.Elems[i] = ref
		}
	case ir.OpTableCopy:
		dt, st := inst.tables[f.Aux(v)], inst.tables[f.Aux2(v)]
		d, s, n := uint64(uint32(arg(0))), uint64(uint32(arg(1))), uint64(uint32(arg(2)))
		if s+n > uint64(len(st.Elems)) || d+n > uint64(len(dt.Elems)) {
			trap("out of bounds table access")
		}
		copy(dt.Elems[d:d+n], st.Elems[s:s+n])
	case ir.OpTableInit:
		inst.tableInit(uint32(f.Aux2(v)), uint32(f.Aux(v)), uint32(arg(0)), uint32(arg(1)), uint32(arg(2)))
	case ir.OpElemDrop:
		inst.elems[f.Aux(v)] = nil
	case ir.OpRefIsNull:
		if arg(0) == 0 {
			set(1)
		} else {
			set(0)
		}
	case ir.OpCall, ir.OpCallIndirect:
		var callee *Func
		first := 0
		if op == ir.OpCall {
			callee = inst.funcs[f.Aux(v)]
		} else {
			t := inst.tables[f.Aux2(v)]
			i := uint64(uint32(arg(0)))
			if i >= uint64(len(t.Elems)) {
				trap("undefined element")
			}
			callee = inst.store.funcByRef(t.Elems[i])
			if callee == nil {
				trap("uninitialized element")
			}
			if !callee.Type.Equal(inst.mod.Types[f.Aux(v)]) {
				trap("indirect call type mismatch")
			}
			first = 1
		}
		var args []uint64
		if fr.hi != nil {
			args = fr.slots(f, a[first:])
		} else {
			args = make([]uint64, len(a)-first)
			for i := range args {
				args[i] = arg(first + i)
			}
		}
		res := inst.store.call(callee, args)
		switch {
		case typ == ir.Tuple:
			if fr.tuples == nil {
				fr.tuples = map[ir.Value][]uint64{}
			}
			fr.tuples[v] = res
		case typ != ir.Void:
			set(res[0])
			if typ == ir.V128 {
				fr.hi[v] = res[1]
			}
		}
	// Vector operations, as cases of this switch so that they cost
	// scalar instructions nothing.
	case ir.OpVconst, ir.OpVadd, ir.OpVsub, ir.OpVmul, ir.OpVdiv, ir.OpVaddSatS, ir.OpVaddSatU, ir.OpVsubSatS, ir.OpVsubSatU,
		ir.OpVminS, ir.OpVminU, ir.OpVmaxS, ir.OpVmaxU, ir.OpVavgrU, ir.OpVq15mulrSatS, ir.OpVfmin, ir.OpVfmax,
		ir.OpVpmin, ir.OpVpmax, ir.OpVdot, ir.OpVnarrowS, ir.OpVnarrowU, ir.OpVextmulLowS, ir.OpVextmulLowU,
		ir.OpVextmulHighS, ir.OpVextmulHighU, ir.OpVswizzle, ir.OpVand, ir.OpVor, ir.OpVxor, ir.OpVandnot,
		ir.OpVbitselect, ir.OpVnot, ir.OpVneg, ir.OpVabs, ir.OpVpopcnt, ir.OpVsqrt, ir.OpVceil, ir.OpVfloor,
		ir.OpVtrunc, ir.OpVnearest, ir.OpVextendLowS, ir.OpVextendLowU, ir.OpVextendHighS, ir.OpVextendHighU,
		ir.OpVextaddPairwiseS, ir.OpVextaddPairwiseU, ir.OpVconvertS, ir.OpVconvertU, ir.OpVconvertLowS,
		ir.OpVconvertLowU, ir.OpVtruncSatS, ir.OpVtruncSatU, ir.OpVtruncSatZeroS, ir.OpVtruncSatZeroU,
		ir.OpVdemoteZero, ir.OpVpromoteLow, ir.OpVcmp, ir.OpVshl, ir.OpVshrS, ir.OpVshrU, ir.OpVanyTrue,
		ir.OpVallTrue, ir.OpVbitmask, ir.OpVsplat, ir.OpVextractLane, ir.OpVextractLaneU, ir.OpVreplaceLane,
		ir.OpVshuffle, ir.OpVloadSplat, ir.OpVloadExtendS, ir.OpVloadExtendU, ir.OpVloadZero, ir.OpVloadLane,
		ir.OpVstoreLane:
		inst.vector(f, fr, v)
	default:
		x, ok := compute(op, typ, f.Aux(v), f.Type(a[0]), a, fr.vals)
		if !ok {
			panic(fmt.Errorf("%w: %v", errInternal, op))
		}
		set(x)
	}
}

// wide executes the scalar operations copy, select, load and store on
// v128 values, apart from exec so that they do not slow its scalar cases.
func (inst *Instance) wide(f *ir.Func, fr *frame, v ir.Value) {
	a := f.Args(v)
	x := a[0]
	switch f.Op(v) {
	case ir.OpSelect:
		x = a[2]
		if uint32(fr.vals[a[0]]) != 0 {
			x = a[1]
		}
	case ir.OpLoad:
		ea := inst.addr(fr.vals[a[0]], f.Aux(v), 16)
		fr.vals[v], fr.hi[v] = inst.load(ea, 8), inst.load(ea+8, 8)
		return
	case ir.OpStore:
		ea := inst.addr(fr.vals[a[0]], f.Aux(v), 16)
		inst.storeMem(ea, 8, fr.vals[a[1]])
		inst.storeMem(ea+8, 8, fr.hi[a[1]])
		return
	}
	fr.vals[v], fr.hi[v] = fr.vals[x], fr.hi[x]
}

// resultTypes returns the result types of call instruction c.
func (inst *Instance) resultTypes(f *ir.Func, c ir.Value) []wasm.ValType {
	if f.Op(c) == ir.OpCall {
		return inst.funcs[f.Aux(c)].Type.Results
	}
	return inst.mod.Types[f.Aux(c)].Results
}

func (inst *Instance) memInit(seg, d, s, n uint32) {
	data := inst.datas[seg]
	if uint64(s)+uint64(n) > uint64(len(data)) || inst.mem == nil || uint64(d)+uint64(n) > uint64(len(inst.mem.Data)) {
		trap("out of bounds memory access")
	}
	copy(inst.mem.Data[d:], data[s:s+n])
}

func (inst *Instance) tableInit(table, seg, d, s, n uint32) {
	elems := inst.elems[seg]
	t := inst.tables[table]
	if uint64(s)+uint64(n) > uint64(len(elems)) || uint64(d)+uint64(n) > uint64(len(t.Elems)) {
		trap("out of bounds table access")
	}
	copy(t.Elems[d:], elems[s:s+n])
}

// compute evaluates arithmetic, comparisons and conversions.
func compute(op ir.Op, typ ir.Type, aux int64, at ir.Type, a []ir.Value, vals []uint64) (uint64, bool) {
	x := vals[a[0]]
	var y uint64
	if len(a) > 1 {
		y = vals[a[1]]
	}
	switch at {
	case ir.I32:
		return int32Op(op, aux, uint32(x), uint32(y), typ)
	case ir.I64:
		return int64Op(op, aux, x, y, typ)
	case ir.F32:
		return f32Op(op, aux, math.Float32frombits(uint32(x)), math.Float32frombits(uint32(y)), typ)
	case ir.F64:
		return f64Op(op, aux, math.Float64frombits(x), math.Float64frombits(y), typ)
	}
	return 0, false
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func icmp[T int32 | int64 | uint32 | uint64](c ir.Cond, x, y T) uint64 {
	switch c {
	case ir.Eq:
		return b2u(x == y)
	case ir.Ne:
		return b2u(x != y)
	case ir.LtS, ir.LtU:
		return b2u(x < y)
	case ir.GtS, ir.GtU:
		return b2u(x > y)
	case ir.LeS, ir.LeU:
		return b2u(x <= y)
	}
	return b2u(x >= y)
}

func signed(c ir.Cond) bool { return c == ir.LtS || c == ir.GtS || c == ir.LeS || c == ir.GeS }

func int32Op(op ir.Op, aux int64, x, y uint32, typ ir.Type) (uint64, bool) {
	switch op {
	case ir.OpIadd:
		return uint64(x + y), true
	case ir.OpIsub:
		return uint64(x - y), true
	case ir.OpImul:
		return uint64(x * y), true
	case ir.OpImulhU, ir.OpImulhS:
		return ir.MulHigh(op == ir.OpImulhS, 32, uint64(x), uint64(y)), true
	case ir.OpIdivS:
		if y == 0 {
			trap("integer divide by zero")
		}
		if int32(x) == math.MinInt32 && int32(y) == -1 {
			trap("integer overflow")
		}
		return uint64(uint32(int32(x) / int32(y))), true
	case ir.OpIdivU:
		if y == 0 {
			trap("integer divide by zero")
		}
		return uint64(x / y), true
	case ir.OpIremS:
		if y == 0 {
			trap("integer divide by zero")
		}
		if int32(y) == -1 {
			return 0, true
		}
		return uint64(uint32(int32(x) % int32(y))), true
	case ir.OpIremU:
		if y == 0 {
			trap("integer divide by zero")
		}
		return uint64(x % y), true
	case ir.OpIand:
		return uint64(x & y), true
	case ir.OpIor:
		return uint64(x | y), true
	case ir.OpIxor:
		return uint64(x ^ y), true
	case ir.OpIshl:
		return uint64(x << (y & 31)), true
	case ir.OpIshrS:
		return uint64(uint32(int32(x) >> (y & 31))), true
	case ir.OpIshrU:
		return uint64(x >> (y & 31)), true
	case ir.OpIrotl:
		return uint64(bits.RotateLeft32(x, int(y&31))), true
	case ir.OpIrotr:
		return uint64(bits.RotateLeft32(x, -int(y&31))), true
	case ir.OpIclz:
		return uint64(bits.LeadingZeros32(x)), true
	case ir.OpIctz:
		return uint64(bits.TrailingZeros32(x)), true
	case ir.OpIpopcnt:
		return uint64(bits.OnesCount32(x)), true
	case ir.OpSext8:
		return uint64(uint32(int32(int8(x)))), true
	case ir.OpSext16:
		return uint64(uint32(int32(int16(x)))), true
	case ir.OpIeqz:
		return b2u(x == 0), true
	case ir.OpIcmp:
		if signed(ir.Cond(aux)) {
			return icmp(ir.Cond(aux), int32(x), int32(y)), true
		}
		return icmp(ir.Cond(aux), x, y), true
	case ir.OpExtendS:
		return uint64(int64(int32(x))), true
	case ir.OpExtendU:
		return uint64(x), true
	case ir.OpConvertS:
		if typ == ir.F32 {
			return uint64(math.Float32bits(float32(int32(x)))), true
		}
		return math.Float64bits(float64(int32(x))), true
	case ir.OpConvertU:
		if typ == ir.F32 {
			return uint64(math.Float32bits(float32(x))), true
		}
		return math.Float64bits(float64(x)), true
	case ir.OpBitcast:
		return uint64(x), true
	}
	return 0, false
}

func int64Op(op ir.Op, aux int64, x, y uint64, typ ir.Type) (uint64, bool) {
	switch op {
	case ir.OpIadd:
		return x + y, true
	case ir.OpIsub:
		return x - y, true
	case ir.OpImul:
		return x * y, true
	case ir.OpImulhU, ir.OpImulhS:
		return ir.MulHigh(op == ir.OpImulhS, 64, x, y), true
	case ir.OpIdivS:
		if y == 0 {
			trap("integer divide by zero")
		}
		if int64(x) == math.MinInt64 && int64(y) == -1 {
			trap("integer overflow")
		}
		return uint64(int64(x) / int64(y)), true
	case ir.OpIdivU:
		if y == 0 {
			trap("integer divide by zero")
		}
		return x / y, true
	case ir.OpIremS:
		if y == 0 {
			trap("integer divide by zero")
		}
		if int64(y) == -1 {
			return 0, true
		}
		return uint64(int64(x) % int64(y)), true
	case ir.OpIremU:
		if y == 0 {
			trap("integer divide by zero")
		}
		return x % y, true
	case ir.OpIand:
		return x & y, true
	case ir.OpIor:
		return x | y, true
	case ir.OpIxor:
		return x ^ y, true
	case ir.OpIshl:
		return x << (y & 63), true
	case ir.OpIshrS:
		return uint64(int64(x) >> (y & 63)), true
	case ir.OpIshrU:
		return x >> (y & 63), true
	case ir.OpIrotl:
		return bits.RotateLeft64(x, int(y&63)), true
	case ir.OpIrotr:
		return bits.RotateLeft64(x, -int(y&63)), true
	case ir.OpIclz:
		return uint64(bits.LeadingZeros64(x)), true
	case ir.OpIctz:
		return uint64(bits.TrailingZeros64(x)), true
	case ir.OpIpopcnt:
		return uint64(bits.OnesCount64(x)), true
	case ir.OpSext8:
		return uint64(int64(int8(x))), true
	case ir.OpSext16:
		return uint64(int64(int16(x))), true
	case ir.OpSext32:
		return uint64(int64(int32(x))), true
	case ir.OpIeqz:
		return b2u(x == 0), true
	case ir.OpIcmp:
		if signed(ir.Cond(aux)) {
			return icmp(ir.Cond(aux), int64(x), int64(y)), true
		}
		return icmp(ir.Cond(aux), x, y), true
	case ir.OpWrap:
		return uint64(uint32(x)), true
	case ir.OpConvertS:
		if typ == ir.F32 {
			return uint64(math.Float32bits(float32(int64(x)))), true
		}
		return math.Float64bits(float64(int64(x))), true
	case ir.OpConvertU:
		if typ == ir.F32 {
			return uint64(math.Float32bits(u64ToF32(x))), true
		}
		return math.Float64bits(u64ToF64(x)), true
	case ir.OpBitcast:
		return x, true
	}
	return 0, false
}

// u64ToF32 and u64ToF64 round correctly (to nearest, ties to even), which
// a conversion through float64 would not for float32.
func u64ToF32(x uint64) float32 { return float32(x) }
func u64ToF64(x uint64) float64 { return float64(x) }

func fcmp[T float32 | float64](c ir.Cond, x, y T) uint64 {
	switch c {
	case ir.Feq:
		return b2u(x == y)
	case ir.Fne:
		return b2u(x != y)
	case ir.Flt:
		return b2u(x < y)
	case ir.Fgt:
		return b2u(x > y)
	case ir.Fle:
		return b2u(x <= y)
	}
	return b2u(x >= y)
}

// truncate converts x to an integer of type typ, trapping or saturating.
func truncate(x float64, typ ir.Type, unsigned, sat bool) uint64 {
	if x != x {
		if sat {
			return 0
		}
		trap("invalid conversion to integer")
	}
	t := math.Trunc(x)
	var lo, hi float64 // valid range: lo <= t < hi (as exact powers of two)
	switch {
	case typ == ir.I32 && !unsigned:
		lo, hi = -2147483648, 2147483648
	case typ == ir.I32:
		lo, hi = 0, 4294967296
	case !unsigned:
		lo, hi = -9223372036854775808, 9223372036854775808
	default:
		lo, hi = 0, 18446744073709551616
	}
	if t < lo || t >= hi {
		if !sat {
			trap("integer overflow")
		}
		if t < lo {
			t = lo
		} else {
			switch {
			case typ == ir.I32 && !unsigned:
				return uint64(math.MaxInt32)
			case typ == ir.I32:
				return math.MaxUint32
			case !unsigned:
				return math.MaxInt64
			default:
				return math.MaxUint64
			}
		}
	}
	switch {
	case typ == ir.I32 && !unsigned:
		return uint64(uint32(int32(t)))
	case typ == ir.I32:
		return uint64(uint32(t))
	case !unsigned:
		return uint64(int64(t))
	}
	return uint64(t)
}

func nearest(x float64) float64 { return math.RoundToEven(x) }

// canonicalNaN returns the quiet NaN with an empty payload (math.NaN has
// a payload bit set, which is not canonical). A function, not a variable
// set by package initialization, which would run at every start of kiln.
func canonicalNaN() float64 { return math.Float64frombits(0x7ff8000000000000) }

func wasmMin(x, y float64) float64 {
	if x != x || y != y {
		return canonicalNaN()
	}
	return math.Min(x, y)
}

func wasmMax(x, y float64) float64 {
	if x != x || y != y {
		return canonicalNaN()
	}
	return math.Max(x, y)
}

func f32Op(op ir.Op, aux int64, x, y float32, typ ir.Type) (uint64, bool) {
	r := func(v float32) (uint64, bool) { return uint64(math.Float32bits(v)), true }
	xb, yb := math.Float32bits(x), math.Float32bits(y)
	switch op {
	case ir.OpFadd:
		return r(x + y)
	case ir.OpFsub:
		return r(x - y)
	case ir.OpFmul:
		return r(x * y)
	case ir.OpFdiv:
		return r(x / y)
	case ir.OpFmin:
		return r(float32(wasmMin(float64(x), float64(y))))
	case ir.OpFmax:
		return r(float32(wasmMax(float64(x), float64(y))))
	case ir.OpFcopysign:
		return uint64(xb&^(1<<31) | yb&(1<<31)), true
	case ir.OpFabs:
		return uint64(xb &^ (1 << 31)), true
	case ir.OpFneg:
		return uint64(xb ^ 1<<31), true
	case ir.OpFsqrt:
		return r(float32(math.Sqrt(float64(x))))
	case ir.OpFceil:
		return r(float32(math.Ceil(float64(x))))
	case ir.OpFfloor:
		return r(float32(math.Floor(float64(x))))
	case ir.OpFtrunc:
		return r(float32(math.Trunc(float64(x))))
	case ir.OpFnearest:
		return r(float32(nearest(float64(x))))
	case ir.OpFcmp:
		return fcmp(ir.Cond(aux), x, y), true
	case ir.OpPromote:
		return math.Float64bits(float64(x)), true
	case ir.OpBitcast:
		return uint64(xb), true
	case ir.OpTruncS, ir.OpTruncU, ir.OpTruncSatS, ir.OpTruncSatU:
		return truncate(float64(x), typ, op == ir.OpTruncU || op == ir.OpTruncSatU, op == ir.OpTruncSatS || op == ir.OpTruncSatU), true
	}
	return 0, false
}

func f64Op(op ir.Op, aux int64, x, y float64, typ ir.Type) (uint64, bool) {
	r := func(v float64) (uint64, bool) { return math.Float64bits(v), true }
	xb, yb := math.Float64bits(x), math.Float64bits(y)
	switch op {
	case ir.OpFadd:
		return r(x + y)
	case ir.OpFsub:
		return r(x - y)
	case ir.OpFmul:
		return r(x * y)
	case ir.OpFdiv:
		return r(x / y)
	case ir.OpFmin:
		return r(wasmMin(x, y))
	case ir.OpFmax:
		return r(wasmMax(x, y))
	case ir.OpFcopysign:
		return xb&^(1<<63) | yb&(1<<63), true
	case ir.OpFabs:
		return xb &^ (1 << 63), true
	case ir.OpFneg:
		return xb ^ 1<<63, true
	case ir.OpFsqrt:
		return r(math.Sqrt(x))
	case ir.OpFceil:
		return r(math.Ceil(x))
	case ir.OpFfloor:
		return r(math.Floor(x))
	case ir.OpFtrunc:
		return r(math.Trunc(x))
	case ir.OpFnearest:
		return r(nearest(x))
	case ir.OpFcmp:
		return fcmp(ir.Cond(aux), x, y), true
	case ir.OpDemote:
		return uint64(math.Float32bits(float32(x))), true
	case ir.OpBitcast:
		return xb, true
	case ir.OpTruncS, ir.OpTruncU, ir.OpTruncSatS, ir.OpTruncSatU:
		return truncate(x, typ, op == ir.OpTruncU || op == ir.OpTruncSatU, op == ir.OpTruncSatS || op == ir.OpTruncSatU), true
	}
	return 0, false
}
