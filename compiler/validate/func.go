package validate

import (
	"fmt"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// ctrlFrame is an entry of the control stack.
type ctrlFrame struct {
	op          wasm.Opcode // OpBlock, OpLoop, OpIf, OpElse; OpBlock for the function
	params      []wasm.ValType
	results     []wasm.ValType
	height      int
	unreachable bool
}

func (f *ctrlFrame) labelTypes() []wasm.ValType {
	if f.op == wasm.OpLoop {
		return f.params
	}
	return f.results
}

// funcValidator validates bodies one after another, reusing its stacks.
type funcValidator struct {
	c     *context
	ir    wasm.InstrReader
	in    wasm.Instr // the instruction being validated; errors give its Offset
	vals  []wasm.ValType
	ctrls []ctrlFrame
	plain *[256]wasm.OpInfo // wasm.PlainInfos, where step looks up most instructions
	// Locals in runs: localEnd[i] is one past the last local of run i.
	localEnd   []uint32
	localTypes []wasm.ValType
	// flatLocals is every local's type, when the body is long enough to
	// pay for spelling them out (see start): local instructions are
	// common enough that the binary search over the runs was felt.
	flatLocals []wasm.ValType
	scratch    []wasm.ValType

	fidx int // function index, for errors
	code *wasm.Code
	err  *wasm.Error
}

func newFuncValidator(c *context) *funcValidator {
	return &funcValidator{c: c, vals: make([]wasm.ValType, 0, 64), ctrls: make([]ctrlFrame, 0, 16), plain: wasm.PlainInfos()}
}

// single holds one-element result lists for block types given as a value
// type, so that blocks allocate nothing. A literal, so that it costs no
// init work at every start of kiln.
var single = [256][]wasm.ValType{
	wasm.I32: {wasm.I32}, wasm.I64: {wasm.I64}, wasm.F32: {wasm.F32}, wasm.F64: {wasm.F64},
	wasm.V128: {wasm.V128}, wasm.FuncRef: {wasm.FuncRef}, wasm.ExternRef: {wasm.ExternRef},
}

func (v *funcValidator) fail(reason string) {
	if v.err == nil {
		v.err = &wasm.Error{Kind: wasm.Invalid, Reason: reason, Offset: v.code.Offset + v.in.Offset, Func: v.fidx, InstrOffset: v.in.Offset}
	}
}

func (v *funcValidator) failf(reason, format string, args ...any) {
	if v.err == nil {
		v.fail(reason)
		v.err.Detail = fmt.Sprintf(format, args...)
	}
}

func (v *funcValidator) mismatch(want, got wasm.ValType) {
	v.failf("type mismatch", "%v expected, got %v in %v", want, got, v.in.Op)
}

func (v *funcValidator) push(t wasm.ValType) { v.vals = append(v.vals, t) }

// Limits on a function's stacks. Without them, block parameters pushed in
// unreachable code (where pops cost nothing) could grow the operand stack by
// MaxParams per three-byte instruction.
const (
	MaxOperandStack = 1 << 20
	MaxNesting      = 1 << 16
)

func (v *funcValidator) pushAll(ts []wasm.ValType) {
	if len(v.vals)+len(ts) > MaxOperandStack {
		v.limit("operand stack deeper than %d", MaxOperandStack)
		return
	}
	// A loop: an instruction has a result or two, fewer than a call to
	// memmove is worth.
	for _, t := range ts {
		v.vals = append(v.vals, t)
	}
}

func (v *funcValidator) limit(format string, args ...any) {
	if v.err == nil {
		v.fail(wasm.ReasonLimit)
		v.err.Kind = wasm.Limit
		v.err.Detail = fmt.Sprintf(format, args...)
	}
}

func (v *funcValidator) pop() wasm.ValType {
	f := &v.ctrls[len(v.ctrls)-1]
	if len(v.vals) == f.height {
		if !f.unreachable {
			v.failf("type mismatch", "operand stack empty in %v", v.in.Op)
		}
		return wasm.Unknown
	}
	t := v.vals[len(v.vals)-1]
	v.vals = v.vals[:len(v.vals)-1]
	return t
}

func (v *funcValidator) popExpect(want wasm.ValType) wasm.ValType {
	got := v.pop()
	if got != want && got != wasm.Unknown && want != wasm.Unknown {
		v.mismatch(want, got)
	}
	return got
}

func (v *funcValidator) popAll(ts []wasm.ValType) {
	n := len(v.vals) - len(ts)
	if n >= v.ctrls[len(v.ctrls)-1].height {
		// The frame holds them all (so it always does in valid code): the
		// pops one by one, without their test for an empty frame.
		for i := len(ts) - 1; i >= 0; i-- {
			if got, want := v.vals[n+i], ts[i]; got != want && got != wasm.Unknown && want != wasm.Unknown {
				v.mismatch(want, got)
			}
		}
		v.vals = v.vals[:n]
		return
	}
	for i := len(ts) - 1; i >= 0; i-- {
		v.popExpect(ts[i])
	}
}

func (v *funcValidator) pushCtrl(op wasm.Opcode, params, results []wasm.ValType) {
	if len(v.ctrls) >= MaxNesting {
		v.limit("blocks nested deeper than %d", MaxNesting)
		return
	}
	v.ctrls = append(v.ctrls, ctrlFrame{op: op, params: params, results: results, height: len(v.vals)})
	v.pushAll(params)
}

func (v *funcValidator) popCtrl() ctrlFrame {
	f := v.ctrls[len(v.ctrls)-1]
	v.popAll(f.results)
	if len(v.vals) != f.height {
		v.failf("type mismatch", "%d values left on the stack at the end of the block", len(v.vals)-f.height)
	}
	v.ctrls = v.ctrls[:len(v.ctrls)-1]
	return f
}

func (v *funcValidator) setUnreachable() {
	f := &v.ctrls[len(v.ctrls)-1]
	v.vals = v.vals[:f.height]
	f.unreachable = true
}

func (v *funcValidator) label(l uint32) *ctrlFrame {
	if l >= uint32(len(v.ctrls)) {
		v.fail(fmt.Sprintf("unknown label %d", l))
		return nil
	}
	return &v.ctrls[len(v.ctrls)-1-int(l)]
}

func (v *funcValidator) blockType(bt wasm.BlockType) (params, results []wasm.ValType) {
	switch bt.Kind {
	case wasm.BlockValue:
		return nil, single[bt.Value]
	case wasm.BlockIndex:
		if bt.Index >= uint32(len(v.c.m.Types)) {
			v.fail(fmt.Sprintf("unknown type %d", bt.Index))
			return nil, nil
		}
		t := &v.c.m.Types[bt.Index]
		return t.Params, t.Results
	}
	return nil, nil
}

func (v *funcValidator) localType(i uint32) wasm.ValType {
	if i < uint32(len(v.flatLocals)) {
		return v.flatLocals[i]
	}
	return v.localTypeRuns(i)
}

// localTypeRuns is localType for a function whose locals are not spelled
// out (or an unknown local).
func (v *funcValidator) localTypeRuns(i uint32) wasm.ValType {
	// Binary search for the first run that ends after i.
	lo, hi := 0, len(v.localEnd)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if v.localEnd[mid] > i {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	k := lo
	if k == len(v.localEnd) {
		v.fail(fmt.Sprintf("unknown local %d", i))
		return wasm.Unknown
	}
	return v.localTypes[k]
}

func (v *funcValidator) table(i uint32) *wasm.TableType {
	if i >= uint32(len(v.c.tables)) {
		v.fail(fmt.Sprintf("unknown table %d", i))
		return nil
	}
	return &v.c.tables[i]
}

func (v *funcValidator) memory() bool {
	if len(v.c.mems) == 0 {
		v.fail("unknown memory 0")
		return false
	}
	return true
}

func (v *funcValidator) dataCount(i uint32) {
	m := v.c.m
	if !m.HasDataCount && len(m.Datas) == 0 {
		// Without either section there are no data segments, so this is an
		// index error (the suite expects so), not a missing section.
		v.fail(fmt.Sprintf("unknown data segment %d", i))
		return
	}
	if !m.HasDataCount {
		if v.err == nil {
			v.fail("data count section required")
			v.err.Kind = wasm.Malformed
		}
		return
	}
	if i >= v.c.m.DataCount {
		v.fail(fmt.Sprintf("unknown data segment %d", i))
	}
}

func (v *funcValidator) elemSeg(i uint32) *wasm.Elem {
	if i >= uint32(len(v.c.m.Elems)) {
		v.fail(fmt.Sprintf("unknown elem segment %d", i))
		return nil
	}
	return &v.c.m.Elems[i]
}

func (v *funcValidator) memArg(info *wasm.OpInfo) {
	if !v.memory() {
		return
	}
	if v.in.Align > uint32(info.Align) {
		v.failf("alignment must not be larger than natural", "alignment 2^%d for %v", v.in.Align, v.in.Op)
	}
}

// function validates body i of the module (function NumImportedFuncs+i).
func (v *funcValidator) function(i uint32) error {
	if err := v.start(i); err != nil {
		return err
	}
	for len(v.ctrls) > 0 {
		if err := v.next(); err != nil {
			return err
		}
	}
	return nil
}

// start begins validating body i: it checks the locals and sets up the
// stacks for next.
func (v *funcValidator) start(i uint32) error {
	m := v.c.m
	code := &m.Codes[i]
	v.code = code
	v.fidx = int(m.NumImportedFuncs + i)
	v.err = nil
	typ := &m.Types[m.Funcs[i]]

	v.localEnd = v.localEnd[:0]
	v.localTypes = v.localTypes[:0]
	n := uint32(0)
	for _, p := range typ.Params {
		n++
		v.localEnd = append(v.localEnd, n)
		v.localTypes = append(v.localTypes, p)
	}
	for _, r := range code.Locals {
		if r.Count == 0 {
			continue
		}
		if uint64(n)+uint64(r.Count) > 1<<32-1 {
			return &wasm.Error{Kind: wasm.Malformed, Reason: "too many locals", Offset: code.Offset, Func: v.fidx}
		}
		n += r.Count
		if n > wasm.MaxLocals {
			return &wasm.Error{Kind: wasm.Limit, Reason: wasm.ReasonLimit, Detail: fmt.Sprintf("more than %d locals", wasm.MaxLocals), Offset: code.Offset, Func: v.fidx}
		}
		v.localEnd = append(v.localEnd, n)
		v.localTypes = append(v.localTypes, r.Type)
	}

	// Only a body at least as long as its locals are many has them
	// spelled out: a hostile module must not make validation cost more
	// than its size, with many short bodies that each declare thousands.
	v.flatLocals = v.flatLocals[:0]
	if int(n) <= len(code.Body) {
		start := uint32(0)
		for k, end := range v.localEnd {
			for range end - start {
				v.flatLocals = append(v.flatLocals, v.localTypes[k])
			}
			start = end
		}
	}

	v.vals = v.vals[:0]
	v.ctrls = v.ctrls[:0]
	v.pushCtrl(wasm.OpBlock, nil, typ.Results)
	v.ir.Reset(code.Body, code.Offset)
	return nil
}

// next decodes and validates the body's next instruction into v.in, while
// a frame is open (the function's final end closes the last).
func (v *funcValidator) next() error {
	code := v.code
	if !v.ir.More() {
		reason := "END opcode expected"
		if code.Offset+len(code.Body) == len(v.c.m.Bytes) {
			reason = "unexpected end of section or function"
		}
		return &wasm.Error{Kind: wasm.Malformed, Reason: reason, Offset: code.Offset + len(code.Body), Func: v.fidx, InstrOffset: len(code.Body)}
	}
	if err := v.ir.Next(&v.in); err != nil {
		e := err.(*wasm.Error)
		e.Func, e.InstrOffset = v.fidx, v.in.Offset
		return e
	}
	v.step()
	if v.err != nil {
		return v.err
	}
	if len(v.ctrls) == 0 && v.ir.More() {
		return &wasm.Error{Kind: wasm.Malformed, Reason: "section size mismatch", Detail: "code after the end of the function", Offset: code.Offset + v.ir.Pos(), Func: v.fidx, InstrOffset: v.ir.Pos()}
	}
	return nil
}

// step validates the instruction in v.in.
func (v *funcValidator) step() {
	in := &v.in
	var info *wasm.OpInfo
	if in.Op < 0x100 {
		info = &v.plain[in.Op]
	} else {
		info = in.Op.Info()
	}
	if !info.Special {
		switch info.Imm {
		case wasm.ImmMemArg:
			v.memArg(info)
		case wasm.ImmMemArgLane:
			v.memArg(info)
			v.lane(info)
		case wasm.ImmLane:
			v.lane(info)
		case wasm.ImmShuffle:
			for _, l := range in.V128 {
				if l >= 32 {
					v.failf("invalid lane index", "shuffle lane %d", l)
				}
			}
		case wasm.ImmMemory, wasm.ImmMemoryCopy:
			v.memory()
		}
		// In place when the frame holds the operands (always, in
		// reachable valid code) and there is at most one result (always):
		// popAll and pushAll as one, without their calls.
		ps, rs := info.Params, info.Results
		if n := len(v.vals) - len(ps); n >= v.ctrls[len(v.ctrls)-1].height && len(rs) <= 1 && n < MaxOperandStack {
			for i := len(ps) - 1; i >= 0; i-- {
				if got := v.vals[n+i]; got != ps[i] && got != wasm.Unknown {
					v.mismatch(ps[i], got)
				}
			}
			v.vals = v.vals[:n]
			if len(rs) == 1 {
				v.vals = append(v.vals, rs[0])
			}
			return
		}
		v.popAll(ps)
		v.pushAll(rs)
		return
	}
	m := v.c.m
	switch in.Op {
	case wasm.OpUnreachable:
		v.setUnreachable()
	case wasm.OpBlock, wasm.OpLoop:
		params, results := v.blockType(in.Block)
		v.popAll(params)
		v.pushCtrl(in.Op, params, results)
	case wasm.OpIf:
		params, results := v.blockType(in.Block)
		v.popExpect(wasm.I32)
		v.popAll(params)
		v.pushCtrl(in.Op, params, results)
	case wasm.OpElse:
		if v.ctrls[len(v.ctrls)-1].op != wasm.OpIf {
			v.fail("else without if")
			v.err.Kind = wasm.Malformed
			return
		}
		f := v.popCtrl()
		v.pushCtrl(wasm.OpElse, f.params, f.results)
	case wasm.OpEnd:
		f := v.popCtrl()
		if f.op == wasm.OpIf && !sameTypes(f.params, f.results) {
			v.failf("type mismatch", "if without else must not change the stack's types")
		}
		v.pushAll(f.results)
	case wasm.OpBr:
		if f := v.label(in.Index); f != nil {
			v.popAll(f.labelTypes())
		}
		v.setUnreachable()
	case wasm.OpBrIf:
		v.popExpect(wasm.I32)
		if f := v.label(in.Index); f != nil {
			lt := f.labelTypes()
			v.popAll(lt)
			v.pushAll(lt)
		}
	case wasm.OpBrTable:
		v.popExpect(wasm.I32)
		def := v.label(in.Index)
		if def == nil {
			return
		}
		arity := len(def.labelTypes())
		for _, l := range in.Labels {
			f := v.label(l)
			if f == nil {
				return
			}
			lt := f.labelTypes()
			if len(lt) != arity {
				v.failf("type mismatch", "br_table targets of different arity")
				return
			}
			// Pop the label's types and push back what was popped, which
			// keeps unknown operands unknown for the next target.
			v.scratch = v.scratch[:0]
			for i := len(lt) - 1; i >= 0; i-- {
				v.scratch = append(v.scratch, v.popExpect(lt[i]))
			}
			for i := len(v.scratch) - 1; i >= 0; i-- {
				v.push(v.scratch[i])
			}
		}
		v.popAll(def.labelTypes())
		v.setUnreachable()
	case wasm.OpReturn:
		v.popAll(v.ctrls[0].results)
		v.setUnreachable()
	case wasm.OpCall:
		ti, ok := m.FuncTypeIndex(in.Index)
		if !ok {
			v.fail(fmt.Sprintf("unknown function %d", in.Index))
			return
		}
		t := &m.Types[ti]
		v.popAll(t.Params)
		v.pushAll(t.Results)
	case wasm.OpCallIndirect:
		tab := v.table(in.Index2)
		if tab == nil {
			return
		}
		if tab.Elem != wasm.FuncRef {
			v.failf("type mismatch", "call_indirect through a table of %v", tab.Elem)
			return
		}
		if in.Index >= uint32(len(m.Types)) {
			v.fail(fmt.Sprintf("unknown type %d", in.Index))
			return
		}
		t := &m.Types[in.Index]
		v.popExpect(wasm.I32)
		v.popAll(t.Params)
		v.pushAll(t.Results)
	case wasm.OpDrop:
		v.pop()
	case wasm.OpSelect:
		v.popExpect(wasm.I32)
		t1 := v.pop()
		t2 := v.pop()
		if t1.IsRef() || t2.IsRef() {
			v.failf("type mismatch", "select without a type on references")
			return
		}
		if t1 != t2 && t1 != wasm.Unknown && t2 != wasm.Unknown {
			v.mismatch(t1, t2)
			return
		}
		if t1 == wasm.Unknown {
			t1 = t2
		}
		v.push(t1)
	case wasm.OpSelectT:
		if in.TypeCount != 1 {
			v.fail("invalid result arity")
			return
		}
		v.popExpect(wasm.I32)
		v.popExpect(in.Type)
		v.popExpect(in.Type)
		v.push(in.Type)
	case wasm.OpLocalGet:
		v.push(v.localType(in.Index))
	case wasm.OpLocalSet:
		v.popExpect(v.localType(in.Index))
	case wasm.OpLocalTee:
		t := v.localType(in.Index)
		v.popExpect(t)
		v.push(t)
	case wasm.OpGlobalGet:
		if in.Index >= uint32(len(v.c.globals)) {
			v.fail(fmt.Sprintf("unknown global %d", in.Index))
			return
		}
		v.push(v.c.globals[in.Index].Type)
	case wasm.OpGlobalSet:
		if in.Index >= uint32(len(v.c.globals)) {
			v.fail(fmt.Sprintf("unknown global %d", in.Index))
			return
		}
		g := v.c.globals[in.Index]
		if !g.Mutable {
			v.fail("global is immutable")
			return
		}
		v.popExpect(g.Type)
	case wasm.OpTableGet:
		if t := v.table(in.Index); t != nil {
			v.popExpect(wasm.I32)
			v.push(t.Elem)
		}
	case wasm.OpTableSet:
		if t := v.table(in.Index); t != nil {
			v.popExpect(t.Elem)
			v.popExpect(wasm.I32)
		}
	case wasm.OpRefNull:
		v.push(in.Type)
	case wasm.OpRefIsNull:
		if t := v.pop(); t != wasm.Unknown && !t.IsRef() {
			v.failf("type mismatch", "reference expected, got %v", t)
			return
		}
		v.push(wasm.I32)
	case wasm.OpRefFunc:
		if in.Index >= m.NumFuncs() {
			v.fail(fmt.Sprintf("unknown function %d", in.Index))
			return
		}
		if !v.c.refs[in.Index] {
			v.failf("undeclared function reference", "function %d", in.Index)
			return
		}
		v.push(wasm.FuncRef)
	case wasm.OpMemoryInit:
		if v.memory() {
			v.dataCount(in.Index)
			v.popAll(threeI32)
		}
	case wasm.OpDataDrop:
		v.dataCount(in.Index)
	case wasm.OpTableInit:
		t := v.table(in.Index2)
		e := v.elemSeg(in.Index)
		if t == nil || e == nil {
			return
		}
		if t.Elem != e.Type {
			v.failf("type mismatch", "segment of %v for table of %v", e.Type, t.Elem)
			return
		}
		v.popAll(threeI32)
	case wasm.OpElemDrop:
		v.elemSeg(in.Index)
	case wasm.OpTableCopy:
		dst := v.table(in.Index)
		src := v.table(in.Index2)
		if dst == nil || src == nil {
			return
		}
		if dst.Elem != src.Elem {
			v.failf("type mismatch", "copy from a table of %v to a table of %v", src.Elem, dst.Elem)
			return
		}
		v.popAll(threeI32)
	case wasm.OpTableGrow:
		if t := v.table(in.Index); t != nil {
			v.popExpect(wasm.I32)
			v.popExpect(t.Elem)
			v.push(wasm.I32)
		}
	case wasm.OpTableSize:
		if v.table(in.Index) != nil {
			v.push(wasm.I32)
		}
	case wasm.OpTableFill:
		if t := v.table(in.Index); t != nil {
			v.popExpect(wasm.I32)
			v.popExpect(t.Elem)
			v.popExpect(wasm.I32)
		}
	default:
		v.failf("illegal opcode", "no validation rule for %v", in.Op)
	}
}

var threeI32 = []wasm.ValType{wasm.I32, wasm.I32, wasm.I32}

func (v *funcValidator) lane(info *wasm.OpInfo) {
	if v.in.Lane >= info.Lanes {
		v.failf("invalid lane index", "lane %d of %d", v.in.Lane, info.Lanes)
	}
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
