package wasm

import "math"

// Implementation limits, those of the WebAssembly JS API (which browsers,
// wasmtime and wazero share), so that any module that runs on the web loads
// here, and no module can make the compiler's cost explode: validation is
// linear in the code times the parameter count of block types, for example.
const (
	MaxTypes         = 1_000_000
	MaxFuncs         = 1_000_000
	MaxImports       = 100_000
	MaxExports       = 100_000
	MaxGlobals       = 1_000_000
	MaxDataSegments  = 100_000
	MaxTables        = 100_000
	MaxElemSegments  = 10_000_000
	MaxFuncBodySize  = 7_654_321
	MaxLocals        = 50_000 // per function, parameters included
	MaxParams        = 1_000
	MaxResults       = 1_000
	MaxBrTableLabels = 1_000_000 // wasmparser's limit; the JS API sets none
)

// Section ids.
const (
	secCustom    = 0
	secType      = 1
	secImport    = SectionImport
	secFunction  = SectionFunction
	secTable     = SectionTable
	secMemory    = SectionMemory
	secGlobal    = 6
	secExport    = SectionExport
	secStart     = SectionStart
	secElement   = 9
	secCode      = 10
	secData      = 11
	secDataCount = 12
)

// Ids of the sections whose offsets validation errors give
// (Module.SectionOffsets).
const (
	SectionImport   = 2
	SectionFunction = 3
	SectionTable    = 4
	SectionMemory   = 5
	SectionExport   = 7
	SectionStart    = 8
)

// sectionRank orders the non-custom sections: the data count section comes
// between element and code.
var sectionRank = [...]int{
	secType: 1, secImport: 2, secFunction: 3, secTable: 4, secMemory: 5,
	secGlobal: 6, secExport: 7, secStart: 8, secElement: 9, secDataCount: 10,
	secCode: 11, secData: 12,
}

// Decode decodes a module in the binary format. The module aliases b, which
// must not be modified while the module is in use. It checks only the
// binary format: instructions in function bodies are checked when they are
// read (by the validator), and everything else semantic is validation's job.
func Decode(b []byte) (*Module, error) {
	d := decoder{m: &Module{Bytes: b}}
	d.r = reader{b: b, end: len(b), eofReason: errUnexpectedEnd}
	if err := d.module(); err != nil {
		return nil, d.preferBodyError(err)
	}
	return d.m, nil
}

type decoder struct {
	r      reader
	m      *Module
	secEnd int // end of the section being read
	// Number of entries declared by the function section, checked against
	// the code section.
	funcCount     uint32
	haveFuncCount bool
	haveCode      bool
	haveData      bool
}

func (d *decoder) module() *Error {
	r := &d.r
	if len(r.b) < 4 {
		return malformed(0, errUnexpectedEnd)
	}
	if string(r.b[:4]) != "\x00asm" {
		return malformed(0, "magic header not detected")
	}
	if len(r.b) < 8 {
		return malformed(4, errUnexpectedEnd)
	}
	if string(r.b[4:8]) != "\x01\x00\x00\x00" {
		return malformed(4, "unknown binary version")
	}
	r.pos = 8
	lastRank := 0
	for r.pos < r.end && r.err == nil {
		start := r.pos
		id := r.byte()
		size := r.u32()
		if r.err != nil {
			break
		}
		if uint64(size) > uint64(r.remaining()) {
			return malformed(start, errLenOutOfBounds)
		}
		if id > secDataCount {
			return malformed(start, "malformed section id")
		}
		if id != secCustom {
			rank := sectionRank[id]
			if rank <= lastRank {
				return malformed(start, "unexpected content after last section")
			}
			lastRank = rank
			d.m.SectionOffsets[id] = start
		}
		// Reads inside a section are bounded by the module, not the section,
		// and the size is checked afterwards: that is how the reference
		// interpreter reads, so errors are reported as the suite expects
		// (a count too large reads into the next section and fails there).
		d.secEnd = r.pos + int(size)
		r.eofReason = errUnexpectedEndSF
		d.section(id)
		if r.err != nil {
			return r.err
		}
		if r.pos != d.secEnd {
			return malformed(r.pos, errSectionSize)
		}
		r.eofReason = errUnexpectedEnd
	}
	if r.err != nil {
		return r.err
	}
	m := d.m
	if d.haveFuncCount && d.funcCount != 0 && !d.haveCode {
		return malformed(r.pos, "function and code section have inconsistent lengths")
	}
	if m.HasDataCount && !d.haveData && m.DataCount != 0 {
		return malformed(r.pos, "data count and data section have inconsistent lengths")
	}
	m.FuncTypes = make([]uint32, 0, int(m.NumImportedFuncs)+len(m.Funcs))
	for i := range m.Imports {
		if m.Imports[i].Kind == ExternFunc {
			m.FuncTypes = append(m.FuncTypes, m.Imports[i].TypeIndex)
		}
	}
	m.FuncTypes = append(m.FuncTypes, m.Funcs...)
	return nil
}

// preferBodyError returns the first malformed instruction in the function
// bodies read so far, if any, else err. Bodies are decoded lazily, but the
// reference interpreter decodes them as it meets them, so an encoding error
// inside a body is what it reports even when a later section is broken too.
func (d *decoder) preferBodyError(err *Error) *Error {
	var in Instr
	for i := range d.m.Codes {
		c := &d.m.Codes[i]
		if c.Body == nil {
			break
		}
		// Read as the reference does: not stopping at the body's end.
		ir := NewInstrReader(d.r.b[c.Offset:], c.Offset)
		for ir.Pos() < len(c.Body) {
			if e := ir.Next(&in); e != nil {
				e := e.(*Error)
				if e.Offset < err.Offset || e.Reason != errUnexpectedEndSF {
					e.Func = int(d.m.NumImportedFuncs) + i
					return e
				}
				break
			}
		}
	}
	return err
}

func (d *decoder) section(id byte) {
	r, m := &d.r, d.m
	switch id {
	case secCustom:
		d.custom()
	case secType:
		n := d.countMax(MaxTypes, "types")
		m.Types = make([]FuncType, 0, r.capFor(n, 3))
		for i := uint32(0); i < n && r.err == nil; i++ {
			pos := r.pos
			if form := r.byte(); form != 0x60 && r.err == nil {
				// The form is a signed LEB128 number of 7 bits to the
				// reference interpreter.
				if form&0x80 != 0 {
					r.fail(pos, errIntTooLong)
				} else {
					r.fail(pos, "malformed functype")
				}
				return
			}
			params := d.valTypes(MaxParams, "parameters")
			results := d.valTypes(MaxResults, "results")
			m.Types = append(m.Types, FuncType{Params: params, Results: results})
		}
	case secImport:
		n := d.countMax(MaxImports, "imports")
		m.Imports = make([]Import, 0, r.capFor(n, 4))
		for i := uint32(0); i < n && r.err == nil; i++ {
			imp := Import{Module: r.name(), Name: r.name()}
			pos := r.pos
			imp.Kind = ExternKind(r.byte())
			switch imp.Kind {
			case ExternFunc:
				imp.TypeIndex = r.u32()
				m.NumImportedFuncs++
			case ExternTable:
				imp.Table = d.tableType()
				m.NumImportedTables++
			case ExternMemory:
				imp.Memory = MemType{Limits: d.limits()}
				m.NumImportedMemories++
			case ExternGlobal:
				imp.Global = d.globalType()
				m.NumImportedGlobals++
			default:
				r.fail(pos, "malformed import kind")
			}
			m.Imports = append(m.Imports, imp)
		}
	case secFunction:
		n := d.countMax(MaxFuncs, "functions")
		m.Funcs = make([]uint32, 0, r.capFor(n, 1))
		for i := uint32(0); i < n && r.err == nil; i++ {
			m.Funcs = append(m.Funcs, r.u32())
		}
		d.funcCount, d.haveFuncCount = n, true
	case secTable:
		n := d.countMax(MaxTables, "tables")
		m.Tables = make([]TableType, 0, r.capFor(n, 3))
		for i := uint32(0); i < n && r.err == nil; i++ {
			m.Tables = append(m.Tables, d.tableType())
		}
	case secMemory:
		n := r.count()
		m.Memories = make([]MemType, 0, r.capFor(n, 2))
		for i := uint32(0); i < n && r.err == nil; i++ {
			m.Memories = append(m.Memories, MemType{Limits: d.limits()})
		}
	case secGlobal:
		n := d.countMax(MaxGlobals, "globals")
		m.Globals = make([]Global, 0, r.capFor(n, 3))
		for i := uint32(0); i < n && r.err == nil; i++ {
			g := Global{Type: d.globalType()}
			g.Init = d.constExpr()
			m.Globals = append(m.Globals, g)
		}
	case secExport:
		n := d.countMax(MaxExports, "exports")
		m.Exports = make([]Export, 0, r.capFor(n, 3))
		for i := uint32(0); i < n && r.err == nil; i++ {
			e := Export{Name: r.name()}
			pos := r.pos
			e.Kind = ExternKind(r.byte())
			if e.Kind > ExternGlobal && r.err == nil {
				r.fail(pos, "malformed export kind")
			}
			e.Index = r.u32()
			m.Exports = append(m.Exports, e)
		}
	case secStart:
		m.Start = r.u32()
		m.HasStart = true
	case secElement:
		n := d.countMax(MaxElemSegments, "element segments")
		m.Elems = make([]Elem, 0, r.capFor(n, 2))
		for i := uint32(0); i < n && r.err == nil; i++ {
			m.Elems = append(m.Elems, d.elem())
		}
	case secCode:
		d.haveCode = true
		pos := r.pos
		n := r.count()
		if r.err == nil && (!d.haveFuncCount && n != 0 || d.haveFuncCount && n != d.funcCount) {
			r.fail(pos, "function and code section have inconsistent lengths")
			return
		}
		// n equals the function section's count, whose entries were all
		// read, so it is bounded by the input.
		m.Codes = make([]Code, n)
		for i := range m.Codes {
			d.code(&m.Codes[i])
			if r.err != nil {
				return
			}
		}
	case secData:
		d.haveData = true
		pos := r.pos
		n := d.countMax(MaxDataSegments, "data segments")
		if r.err == nil && m.HasDataCount && n != m.DataCount {
			r.fail(pos, "data count and data section have inconsistent lengths")
			return
		}
		m.Datas = make([]Data, 0, r.capFor(n, 2))
		for i := uint32(0); i < n && r.err == nil; i++ {
			m.Datas = append(m.Datas, d.data())
		}
	case secDataCount:
		m.DataCount = r.u32()
		m.HasDataCount = true
	}
}

// countMax reads a vector length that must not exceed an implementation limit.
func (d *decoder) countMax(max uint32, what string) uint32 {
	r := &d.r
	pos := r.pos
	n := r.count()
	if r.err == nil && n > max {
		r.err = limitError(pos, "%d %s (at most %d are supported)", n, what, max)
		return 0
	}
	return n
}

func (d *decoder) valType() ValType {
	r := &d.r
	pos := r.pos
	t := ValType(r.byte())
	if r.err == nil && !validValType(t) {
		r.fail(pos, "malformed value type")
	}
	return t
}

func (d *decoder) valTypes(max uint32, what string) []ValType {
	r := &d.r
	n := d.countMax(max, what)
	ts := make([]ValType, 0, r.capFor(n, 1))
	for i := uint32(0); i < n && r.err == nil; i++ {
		ts = append(ts, d.valType())
	}
	return ts
}

func (d *decoder) refType() ValType {
	r := &d.r
	pos := r.pos
	t := ValType(r.byte())
	if r.err == nil && !t.IsRef() {
		r.fail(pos, "malformed reference type")
	}
	return t
}

func (d *decoder) limits() Limits {
	r := &d.r
	pos := r.pos
	// The flag is an LEB128 number of one bit, so 0x81 0x00 is "too long".
	flag := r.leb(1)
	var l Limits
	switch flag {
	case 0:
		l.Min = uint64(r.u32())
	case 1:
		l.Min = uint64(r.u32())
		l.Max = uint64(r.u32())
		l.HasMax = true
	default:
		if r.err == nil {
			r.fail(pos, errIntTooLarge)
			r.err.Detail = "limits flag must be 0 or 1"
		}
	}
	return l
}

func (d *decoder) tableType() TableType {
	t := d.refType()
	return TableType{Elem: t, Limits: d.limits()}
}

func (d *decoder) globalType() GlobalType {
	r := &d.r
	t := d.valType()
	pos := r.pos
	mut := r.byte()
	if mut > 1 && r.err == nil {
		r.fail(pos, "malformed mutability")
	}
	return GlobalType{Type: t, Mutable: mut == 1}
}

// constExpr reads instructions up to the end that closes the expression.
func (d *decoder) constExpr() ConstExpr {
	r := &d.r
	start := r.pos
	if _, n, ok := i32ConstEnd(r.b[start:r.end]); ok {
		r.pos = start + n
		return ConstExpr{Offset: start, Code: r.b[start:r.pos:r.pos]}
	}
	ir := NewInstrReader(r.b[start:r.end], start)
	ir.r.eofReason = errUnexpectedEnd
	var in Instr
	depth := 0
	for {
		if err := ir.Next(&in); err != nil {
			if r.err == nil {
				r.err = err.(*Error)
			}
			return ConstExpr{}
		}
		switch in.Op {
		case OpBlock, OpLoop, OpIf:
			depth++
		case OpEnd:
			if depth == 0 {
				r.pos = start + ir.Pos()
				return ConstExpr{Offset: start, Code: r.b[start:r.pos:r.pos]}
			}
			depth--
		}
	}
}

func (d *decoder) elem() Elem {
	r := &d.r
	e := Elem{Pos: r.pos, Type: FuncRef}
	kindPos := r.pos
	kind := r.u32()
	if r.err != nil {
		return e
	}
	if kind > 7 {
		r.fail(kindPos, "malformed elements segment kind")
		return e
	}
	switch {
	case kind&1 == 0:
		e.Mode = SegmentActive
		if kind&2 != 0 {
			e.Table = r.u32()
		}
		e.Offset = d.constExpr()
	case kind&2 == 0:
		e.Mode = SegmentPassive
	default:
		e.Mode = SegmentDeclarative
	}
	exprs := kind&4 != 0
	// Encodings 0 and 4 imply funcref; the others name the kind or type.
	if kind&3 != 0 {
		if exprs {
			e.Type = d.refType()
		} else {
			pos := r.pos
			if r.byte() != 0 && r.err == nil {
				r.fail(pos, "malformed element kind")
			}
		}
	}
	if exprs {
		n := r.count()
		e.Exprs = make([]ConstExpr, 0, r.capFor(n, 2))
		for i := uint32(0); i < n && r.err == nil; i++ {
			e.Exprs = append(e.Exprs, d.constExpr())
		}
	} else {
		n := r.count()
		e.Funcs = make([]uint32, 0, r.capFor(n, 1))
		for i := uint32(0); i < n && r.err == nil; i++ {
			e.Funcs = append(e.Funcs, r.u32())
		}
	}
	return e
}

func (d *decoder) data() Data {
	r := &d.r
	s := Data{Pos: r.pos}
	kindPos := r.pos
	switch kind := r.u32(); kind {
	case 0:
		s.Offset = d.constExpr()
	case 1:
		s.Mode = SegmentPassive
	case 2:
		s.Memory = r.u32()
		s.Offset = d.constExpr()
	default:
		if r.err == nil {
			r.fail(kindPos, "malformed data segment kind")
		}
		return s
	}
	n := r.u32()
	s.Init = r.bytes(int(n))
	return s
}

func (d *decoder) code(c *Code) {
	r := &d.r
	sizePos := r.pos
	size := r.u32()
	if r.err != nil {
		return
	}
	if uint64(size) > uint64(r.remaining()) {
		r.fail(sizePos, errLenOutOfBounds)
		return
	}
	if size > MaxFuncBodySize {
		r.err = limitError(sizePos, "function body of %d bytes (at most %d are supported)", size, MaxFuncBodySize)
		return
	}
	start := r.pos
	end := start + int(size)
	outer := r.end
	r.end = end
	nruns := r.count()
	if nruns > 0 {
		c.Locals = make([]LocalRun, 0, r.capFor(nruns, 2))
	}
	var total uint64
	for i := uint32(0); i < nruns && r.err == nil; i++ {
		n := r.u32()
		t := d.valType()
		total += uint64(n)
		if total > math.MaxUint32 && r.err == nil {
			r.fail(start, "too many locals")
		}
		c.Locals = append(c.Locals, LocalRun{Count: n, Type: t})
	}
	if r.err != nil {
		return
	}
	c.NumLocals = uint32(total)
	c.Offset = r.pos
	c.Body = r.b[r.pos:end:end]
	c.Size = int(size)
	r.pos = end
	r.end = outer
}

// custom reads a custom section; a "name" section is parsed best-effort.
func (d *decoder) custom() {
	r := &d.r
	off := r.pos
	name := r.name()
	if r.err != nil {
		return
	}
	if r.pos > d.secEnd {
		r.fail(off, errUnexpectedEndSF)
		return
	}
	data := r.bytes(d.secEnd - r.pos)
	d.m.Customs = append(d.m.Customs, CustomSection{Name: name, Data: data, Offset: off})
	if name == "name" {
		d.m.Names = parseNames(data)
	}
}

// parseNames decodes the name section. Errors in it are not errors of the
// module, so whatever parsed before the first problem is kept.
func parseNames(b []byte) Names {
	var names Names
	r := reader{b: b, end: len(b), eofReason: errUnexpectedEnd}
	for r.pos < r.end && r.err == nil {
		id := r.byte()
		size := r.u32()
		if r.err != nil || uint64(size) > uint64(r.remaining()) {
			break
		}
		sub := reader{b: b[:r.pos+int(size)], pos: r.pos, end: r.pos + int(size), eofReason: errUnexpectedEnd}
		r.pos += int(size)
		switch id {
		case 0:
			names.Module = sub.name()
		case 1:
			names.Funcs = nameMap(&sub)
		case 2:
			n := sub.count()
			names.Locals = make(map[uint32]map[uint32]string, sub.capFor(n, 2))
			for i := uint32(0); i < n && sub.err == nil; i++ {
				idx := sub.u32()
				if m := nameMap(&sub); sub.err == nil {
					names.Locals[idx] = m
				}
			}
		}
	}
	return names
}

func nameMap(r *reader) map[uint32]string {
	n := r.count()
	m := make(map[uint32]string, r.capFor(n, 2))
	for i := uint32(0); i < n && r.err == nil; i++ {
		idx := r.u32()
		if s := r.name(); r.err == nil {
			m[idx] = s
		}
	}
	return m
}
