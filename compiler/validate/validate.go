// Package validate implements the WebAssembly 2.0 validation algorithm over
// a decoded module.
//
// Function bodies are decoded here, instruction by instruction, with one
// reusable operand stack and control stack per validator, so validation
// allocates nothing per instruction. Errors are *wasm.Error values whose
// Reason uses the specification's words ("type mismatch", "unknown label").
// Bodies lets a compiler validate each body as it translates it.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package validate

import (
	stdcontext "context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// MaxPages is the largest memory size a 32-bit memory can declare.
const MaxPages = 65536

// parallelThreshold is the total body size above which bodies are validated
// on several goroutines; below it the goroutines cost more than they save.
const parallelThreshold = 256 << 10

// Module validates m. It returns nil or a *wasm.Error.
func Module(m *wasm.Module) error { return ModuleContext(stdcontext.Background(), m) }

// ModuleContext is Module that stops soon after ctx is done (between
// batches of function bodies: a large module takes a few hundred
// milliseconds), returning ctx's error.
func ModuleContext(ctx stdcontext.Context, m *wasm.Module) error {
	b, err := Prepare(m)
	if err != nil {
		return err
	}
	return b.All(ctx)
}

// Bodies validates the function bodies of a module whose other parts
// Prepare has checked, for callers that also read the bodies' instructions:
// a compiler that translates each instruction as it is validated decodes
// each body once rather than twice.
type Bodies struct{ c *context }

// Prepare validates all of m but its function bodies. It returns nil or a
// *wasm.Error.
func Prepare(m *wasm.Module) (*Bodies, error) {
	c, err := newContext(m)
	if err != nil {
		return nil, err
	}
	if err := c.module(); err != nil {
		return nil, err
	}
	return &Bodies{c}, nil
}

// All validates every body, as ModuleContext does once the rest is
// checked: the error is that of the lowest-numbered invalid body.
func (b *Bodies) All(ctx stdcontext.Context) error { return b.c.bodies(ctx) }

// Body validates one body after another, an instruction at a time. Use one
// per goroutine.
type Body struct{ v *funcValidator }

// NewBody returns a Body.
func (b *Bodies) NewBody() *Body { return &Body{newFuncValidator(b.c)} }

// Start begins the body of function fidx, one the module defines: it
// checks the locals (before anything is sized by their number).
func (b *Body) Start(fidx uint32) error { return b.v.start(fidx - b.v.c.m.NumImportedFuncs) }

// Next decodes and validates the body's next instruction into Instr. It
// must not be called after the function's final end. Errors are those
// ModuleContext reports for the body.
func (b *Body) Next() error { return b.v.next() }

// Instr is where Next decodes each instruction: the same for every
// instruction and body, so that it is handed over once.
func (b *Body) Instr() *wasm.Instr { return &b.v.in }

// context is the module-level information the spec calls C.
type context struct {
	m       *wasm.Module
	tables  []wasm.TableType
	mems    []wasm.MemType
	globals []wasm.GlobalType
	// refs marks functions that may be named by ref.func in a body: those
	// referenced from globals, element segments and exports.
	refs []bool
}

func invalid(off int, reason string) *wasm.Error {
	return &wasm.Error{Kind: wasm.Invalid, Reason: reason, Offset: off, Func: -1}
}

func newContext(m *wasm.Module) (*context, error) {
	c := &context{m: m, refs: make([]bool, m.NumFuncs())}
	for i := range m.Imports {
		imp := &m.Imports[i]
		switch imp.Kind {
		case wasm.ExternTable:
			c.tables = append(c.tables, imp.Table)
		case wasm.ExternMemory:
			c.mems = append(c.mems, imp.Memory)
		case wasm.ExternGlobal:
			c.globals = append(c.globals, imp.Global)
		}
	}
	c.tables = append(c.tables, m.Tables...)
	c.mems = append(c.mems, m.Memories...)
	for i := range m.Globals {
		c.globals = append(c.globals, m.Globals[i].Type)
	}
	// C.refs is collected before anything is checked: ref.func in a global
	// initializer may name a function that only an export declares.
	for i := range m.Globals {
		c.collectRefs(m.Globals[i].Init)
	}
	for i := range m.Elems {
		e := &m.Elems[i]
		for _, f := range e.Funcs {
			if f < uint32(len(c.refs)) {
				c.refs[f] = true
			}
		}
		for _, x := range e.Exprs {
			c.collectRefs(x)
		}
	}
	for _, e := range m.Exports {
		if e.Kind == wasm.ExternFunc && e.Index < uint32(len(c.refs)) {
			c.refs[e.Index] = true
		}
	}
	return c, nil
}

func (c *context) collectRefs(x wasm.ConstExpr) {
	ir := wasm.NewInstrReader(x.Code, x.Offset)
	var in wasm.Instr
	for ir.More() {
		if ir.Next(&in) != nil {
			return
		}
		if in.Op == wasm.OpRefFunc && in.Index < uint32(len(c.refs)) {
			c.refs[in.Index] = true
		}
	}
}

func (c *context) module() error {
	m := c.m
	sec := func(id int) int { return m.SectionOffsets[id] }
	for i := range m.Imports {
		imp := &m.Imports[i]
		var err error
		switch imp.Kind {
		case wasm.ExternFunc:
			if imp.TypeIndex >= uint32(len(m.Types)) {
				err = invalid(sec(wasm.SectionImport), fmt.Sprintf("unknown type %d", imp.TypeIndex))
			}
		case wasm.ExternTable:
			err = checkLimits(sec(wasm.SectionImport), imp.Table.Limits, 1<<32-1, "table size")
		case wasm.ExternMemory:
			err = checkMemLimits(sec(wasm.SectionImport), imp.Memory.Limits)
		}
		if err != nil {
			return err
		}
	}
	for i, t := range m.Funcs {
		if t >= uint32(len(m.Types)) {
			return withDetail(invalid(sec(wasm.SectionFunction), fmt.Sprintf("unknown type %d", t)), "function %d", int(m.NumImportedFuncs)+i)
		}
	}
	for _, t := range m.Tables {
		if err := checkLimits(sec(wasm.SectionTable), t.Limits, 1<<32-1, "table size"); err != nil {
			return err
		}
	}
	for _, mt := range m.Memories {
		if err := checkMemLimits(sec(wasm.SectionMemory), mt.Limits); err != nil {
			return err
		}
	}
	if len(c.mems) > 1 {
		off := sec(wasm.SectionMemory)
		if len(m.Memories) == 0 {
			off = sec(wasm.SectionImport)
		}
		return invalid(off, "multiple memories")
	}
	// A global's initializer sees only the imported globals.
	for i := range m.Globals {
		g := &m.Globals[i]
		if err := c.constExpr(g.Init, g.Type.Type, m.NumImportedGlobals); err != nil {
			return err
		}
	}
	names := make(map[string]struct{}, len(m.Exports))
	for _, e := range m.Exports {
		if _, dup := names[e.Name]; dup {
			return withDetail(invalid(sec(wasm.SectionExport), "duplicate export name"), "%q", e.Name)
		}
		names[e.Name] = struct{}{}
		var n uint32
		switch e.Kind {
		case wasm.ExternFunc:
			n = m.NumFuncs()
		case wasm.ExternTable:
			n = uint32(len(c.tables))
		case wasm.ExternMemory:
			n = uint32(len(c.mems))
		case wasm.ExternGlobal:
			n = uint32(len(c.globals))
		}
		if e.Index >= n {
			return invalid(sec(wasm.SectionExport), fmt.Sprintf("unknown %s %d", kindNames[e.Kind], e.Index))
		}
	}
	if m.HasStart {
		ti, ok := m.FuncTypeIndex(m.Start)
		if !ok {
			return invalid(sec(wasm.SectionStart), fmt.Sprintf("unknown function %d", m.Start))
		}
		if t := m.Types[ti]; len(t.Params) != 0 || len(t.Results) != 0 {
			return withDetail(invalid(sec(wasm.SectionStart), "start function"), "type %v", t)
		}
	}
	for i := range m.Elems {
		if err := c.elem(&m.Elems[i]); err != nil {
			return err
		}
	}
	for i := range m.Datas {
		d := &m.Datas[i]
		if d.Mode != wasm.SegmentActive {
			continue
		}
		if d.Memory >= uint32(len(c.mems)) {
			return invalid(d.Pos, fmt.Sprintf("unknown memory %d", d.Memory))
		}
		if err := c.constExpr(d.Offset, wasm.I32, m.NumImportedGlobals); err != nil {
			return err
		}
	}
	return nil
}

var kindNames = [...]string{wasm.ExternFunc: "function", wasm.ExternTable: "table", wasm.ExternMemory: "memory", wasm.ExternGlobal: "global"}

// withDetail adds a detail for people to an error whose Reason is fixed.
func withDetail(e *wasm.Error, format string, args ...any) *wasm.Error {
	e.Detail = fmt.Sprintf(format, args...)
	return e
}

// checkLimits checks limits declared in the section at off.
func checkLimits(off int, l wasm.Limits, max uint64, what string) error {
	if l.Min > max || l.HasMax && l.Max > max {
		return invalid(off, what+" must be at most "+fmt.Sprint(max))
	}
	if l.HasMax && l.Min > l.Max {
		return withDetail(invalid(off, "size minimum must not be greater than maximum"), "min %d, max %d", l.Min, l.Max)
	}
	return nil
}

func checkMemLimits(off int, l wasm.Limits) error {
	if l.Min > MaxPages || l.HasMax && l.Max > MaxPages {
		return invalid(off, "memory size must be at most 65536 pages (4GiB)")
	}
	return checkLimits(off, l, MaxPages, "memory size")
}

func (c *context) elem(e *wasm.Elem) error {
	m := c.m
	if e.Mode == wasm.SegmentActive {
		if e.Table >= uint32(len(c.tables)) {
			return invalid(e.Pos, fmt.Sprintf("unknown table %d", e.Table))
		}
		if err := c.constExpr(e.Offset, wasm.I32, m.NumImportedGlobals); err != nil {
			return err
		}
		if c.tables[e.Table].Elem != e.Type {
			return withDetail(invalid(e.Pos, "type mismatch"), "segment of %v for table of %v", e.Type, c.tables[e.Table].Elem)
		}
	}
	for _, f := range e.Funcs {
		if f >= m.NumFuncs() {
			return invalid(e.Pos, fmt.Sprintf("unknown function %d", f))
		}
	}
	for _, x := range e.Exprs {
		if err := c.constExpr(x, e.Type, m.NumImportedGlobals); err != nil {
			return err
		}
	}
	return nil
}

// constExpr validates a constant expression producing want, where only
// the first nglobals globals may be read: in Wasm 2.0 that is the imported
// ones, for initializers and segment offsets alike.
func (c *context) constExpr(x wasm.ConstExpr, want wasm.ValType, nglobals uint32) error {
	if _, ok := x.I32(); ok && want == wasm.I32 {
		return nil // the commonest, a data segment's offset
	}
	ir := wasm.NewInstrReader(x.Code, x.Offset)
	var in wasm.Instr
	var stack [2]wasm.ValType
	n := 0
	push := func(t wasm.ValType) {
		if n < len(stack) {
			stack[n] = t
		}
		n++
	}
	for ir.More() {
		if err := ir.Next(&in); err != nil {
			return err
		}
		off := x.Offset + in.Offset
		switch in.Op {
		case wasm.OpI32Const:
			push(wasm.I32)
		case wasm.OpI64Const:
			push(wasm.I64)
		case wasm.OpF32Const:
			push(wasm.F32)
		case wasm.OpF64Const:
			push(wasm.F64)
		case wasm.OpV128Const:
			push(wasm.V128)
		case wasm.OpRefNull:
			push(in.Type)
		case wasm.OpRefFunc:
			if in.Index >= c.m.NumFuncs() {
				return invalid(off, fmt.Sprintf("unknown function %d", in.Index))
			}
			push(wasm.FuncRef)
		case wasm.OpGlobalGet:
			if in.Index >= nglobals {
				return invalid(off, fmt.Sprintf("unknown global %d", in.Index))
			}
			g := c.globals[in.Index]
			if g.Mutable {
				return withDetail(invalid(off, "constant expression required"), "global %d is mutable", in.Index)
			}
			push(g.Type)
		case wasm.OpEnd:
			if n != 1 || stack[0] != want {
				return withDetail(invalid(off, "type mismatch"), "constant expression must produce one %v", want)
			}
			return nil
		default:
			return withDetail(invalid(off, "constant expression required"), "%v is not constant", in.Op)
		}
	}
	return invalid(x.Offset, "type mismatch")
}

// bodies validates the function bodies, in parallel for large modules.
// bodyBatch is how many bodies a validator takes at a time; ctx is
// checked between batches.
const bodyBatch = 64

func (c *context) bodies(ctx stdcontext.Context) error {
	m := c.m
	total := 0
	for i := range m.Codes {
		total += len(m.Codes[i].Body)
	}
	workers := runtime.GOMAXPROCS(0)
	if total < parallelThreshold || workers < 2 || len(m.Codes) < 2 {
		v := newFuncValidator(c)
		for i := range m.Codes {
			if i%bodyBatch == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if err := v.function(uint32(i)); err != nil {
				return err
			}
		}
		return nil
	}
	// Workers take batches of functions; the error of the lowest-numbered
	// failing function is reported, so results do not depend on timing.
	var next atomic.Int64
	var mu sync.Mutex
	firstBad := len(m.Codes)
	var firstErr error
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := newFuncValidator(c)
			for {
				start := int(next.Add(bodyBatch)) - bodyBatch
				if start >= len(m.Codes) || ctx.Err() != nil {
					return
				}
				for i := start; i < min(start+bodyBatch, len(m.Codes)); i++ {
					mu.Lock()
					stop := i > firstBad
					mu.Unlock()
					if stop {
						return
					}
					if err := v.function(uint32(i)); err != nil {
						mu.Lock()
						if i < firstBad {
							firstBad, firstErr = i, err
						}
						mu.Unlock()
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if firstErr == nil {
		return ctx.Err() // nil unless the workers stopped early for it
	}
	return firstErr
}
