package artifact

import (
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// The module section: everything of the Wasm module that instantiation and
// the embedding API read, without the function bodies (the code section is
// compiled) and without custom sections. Constant expressions stay in
// their Wasm encoding: instantiation evaluates them. Data segments and
// expressions alias the artifact's bytes when decoded.

// dataInImage is the mode byte of an active data segment that the memory
// image applies: nothing of it follows.
const dataInImage = 3

// encodeModule writes the module section. With imaged, the memory image
// applies the active data segments: they are written as dataInImage, and
// those after the last passive segment not at all (memory.init and
// data.drop treat a segment index past the list as an applied, dropped,
// active segment).
func encodeModule(w *writer, m *wasm.Module, imaged bool) {
	w.uv(uint64(len(m.Types)))
	for _, t := range m.Types {
		valTypes(w, t.Params)
		valTypes(w, t.Results)
	}
	w.uv(uint64(len(m.Imports)))
	for i := range m.Imports {
		im := &m.Imports[i]
		w.str(im.Module)
		w.str(im.Name)
		w.u8(uint8(im.Kind))
		switch im.Kind {
		case wasm.ExternFunc:
			w.uv(uint64(im.TypeIndex))
		case wasm.ExternTable:
			tableType(w, im.Table)
		case wasm.ExternMemory:
			limits(w, im.Memory.Limits)
		case wasm.ExternGlobal:
			globalType(w, im.Global)
		}
	}
	w.u32s(m.Funcs)
	w.uv(uint64(len(m.Tables)))
	for _, t := range m.Tables {
		tableType(w, t)
	}
	w.uv(uint64(len(m.Memories)))
	for _, mt := range m.Memories {
		limits(w, mt.Limits)
	}
	w.uv(uint64(len(m.Globals)))
	for _, g := range m.Globals {
		globalType(w, g.Type)
		constExpr(w, g.Init)
	}
	w.uv(uint64(len(m.Exports)))
	for _, e := range m.Exports {
		w.str(e.Name)
		w.u8(uint8(e.Kind))
		w.uv(uint64(e.Index))
	}
	w.boolean(m.HasStart)
	w.uv(uint64(m.Start))
	w.uv(uint64(len(m.Elems)))
	for i := range m.Elems {
		e := &m.Elems[i]
		w.u8(uint8(e.Mode))
		w.uv(uint64(e.Table))
		constExpr(w, e.Offset)
		w.u8(uint8(e.Type))
		w.uv(uint64(e.Pos))
		w.boolean(e.Exprs != nil)
		if e.Exprs != nil {
			w.uv(uint64(len(e.Exprs)))
			for _, x := range e.Exprs {
				constExpr(w, x)
			}
		} else {
			w.u32s(e.Funcs)
		}
	}
	datas := m.Datas
	if imaged {
		for len(datas) > 0 && datas[len(datas)-1].Mode == wasm.SegmentActive {
			datas = datas[:len(datas)-1]
		}
	}
	w.uv(uint64(len(datas)))
	for i := range datas {
		d := &datas[i]
		if d.Mode == wasm.SegmentActive && d.Offset.Code == nil {
			// Only a decoded artifact's module has these: its image is
			// not in m. Re-encoding it would lose the data.
			panic("artifact: encoding the module of a decoded artifact")
		}
		if imaged && d.Mode == wasm.SegmentActive {
			w.u8(dataInImage)
			continue
		}
		w.u8(uint8(d.Mode))
		w.uv(uint64(d.Memory))
		constExpr(w, d.Offset)
		w.uv(uint64(d.Pos))
		w.bytes(d.Init)
	}
	w.boolean(m.HasDataCount)
	w.uv(uint64(m.DataCount))
	w.str(m.Names.Module)
}

func valTypes(w *writer, ts []wasm.ValType) {
	w.uv(uint64(len(ts)))
	for _, t := range ts {
		w.u8(uint8(t))
	}
}

func limits(w *writer, l wasm.Limits) {
	w.uv(l.Min)
	w.boolean(l.HasMax)
	w.uv(l.Max)
}

func tableType(w *writer, t wasm.TableType) {
	w.u8(uint8(t.Elem))
	limits(w, t.Limits)
}

func globalType(w *writer, g wasm.GlobalType) {
	w.u8(uint8(g.Type))
	w.boolean(g.Mutable)
}

func constExpr(w *writer, c wasm.ConstExpr) {
	w.uv(uint64(c.Offset))
	w.bytes(c.Code)
}

// decodeModule decodes the module section. The result is only as
// consistent as the artifact it came from: the checksum and the caller's
// cross-checks against the code guard against corruption, not malice (an
// artifact is native code, trusted by whoever runs it).
//
// imaged reports whether some data segments are in the memory image.
func decodeModule(r *reader) (m *wasm.Module, imaged bool) {
	m = &wasm.Module{}
	m.Types = make([]wasm.FuncType, r.count(2))
	for i := range m.Types {
		m.Types[i] = wasm.FuncType{Params: readValTypes(r), Results: readValTypes(r)}
	}
	m.Imports = make([]wasm.Import, r.count(4))
	for i := range m.Imports {
		im := &m.Imports[i]
		im.Module = r.str()
		im.Name = r.str()
		im.Kind = wasm.ExternKind(r.u8())
		switch im.Kind {
		case wasm.ExternFunc:
			im.TypeIndex = r.u32v()
			if im.TypeIndex >= uint32(len(m.Types)) {
				r.fail("import type index %d out of range", im.TypeIndex)
			}
			m.FuncTypes = append(m.FuncTypes, im.TypeIndex)
			m.NumImportedFuncs++
		case wasm.ExternTable:
			im.Table = readTableType(r)
			m.NumImportedTables++
		case wasm.ExternMemory:
			im.Memory.Limits = readLimits(r)
			m.NumImportedMemories++
		case wasm.ExternGlobal:
			im.Global = readGlobalType(r)
			m.NumImportedGlobals++
		default:
			r.fail("bad import kind %d", im.Kind)
		}
	}
	m.Funcs = r.u32s()
	for _, t := range m.Funcs {
		if t >= uint32(len(m.Types)) {
			r.fail("function type index %d out of range", t)
			break
		}
	}
	m.FuncTypes = append(m.FuncTypes, m.Funcs...)
	m.Tables = make([]wasm.TableType, r.count(3))
	for i := range m.Tables {
		m.Tables[i] = readTableType(r)
	}
	m.Memories = make([]wasm.MemType, r.count(2))
	for i := range m.Memories {
		m.Memories[i].Limits = readLimits(r)
	}
	m.Globals = make([]wasm.Global, r.count(4))
	for i := range m.Globals {
		m.Globals[i] = wasm.Global{Type: readGlobalType(r), Init: readConstExpr(r)}
	}
	m.Exports = make([]wasm.Export, r.count(3))
	for i := range m.Exports {
		m.Exports[i] = wasm.Export{Name: r.str(), Kind: wasm.ExternKind(r.u8()), Index: r.u32v()}
	}
	m.HasStart = r.boolean()
	m.Start = r.u32v()
	m.Elems = make([]wasm.Elem, r.count(7))
	for i := range m.Elems {
		e := &m.Elems[i]
		e.Mode = wasm.SegmentMode(r.u8())
		e.Table = r.u32v()
		e.Offset = readConstExpr(r)
		e.Type = wasm.ValType(r.u8())
		e.Pos = int(r.u32v())
		if r.boolean() {
			e.Exprs = make([]wasm.ConstExpr, r.count(2))
			for k := range e.Exprs {
				e.Exprs[k] = readConstExpr(r)
			}
		} else {
			e.Funcs = r.u32s()
		}
	}
	m.Datas = make([]wasm.Data, r.count(1))
	plainActive := false
	for i := range m.Datas {
		d := &m.Datas[i]
		if d.Mode = wasm.SegmentMode(r.u8()); d.Mode == dataInImage {
			d.Mode, imaged = wasm.SegmentActive, true
			continue
		}
		plainActive = plainActive || d.Mode == wasm.SegmentActive
		d.Memory = r.u32v()
		d.Offset = readConstExpr(r)
		d.Pos = int(r.u32v())
		d.Init = r.bytes()
	}
	m.HasDataCount = r.boolean()
	m.DataCount = r.u32v()
	m.Names.Module = r.str()
	if imaged && plainActive {
		r.fail("active data segments both in the memory image and not")
	}
	r.done()
	if r.err != nil {
		return nil, false
	}
	return m, imaged
}

func readValTypes(r *reader) []wasm.ValType {
	n := r.count(1)
	if n == 0 {
		return nil
	}
	ts := make([]wasm.ValType, n)
	for i := range ts {
		ts[i] = wasm.ValType(r.u8())
	}
	return ts
}

func readLimits(r *reader) wasm.Limits {
	return wasm.Limits{Min: r.uv(), HasMax: r.boolean(), Max: r.uv()}
}

func readTableType(r *reader) wasm.TableType {
	return wasm.TableType{Elem: wasm.ValType(r.u8()), Limits: readLimits(r)}
}

func readGlobalType(r *reader) wasm.GlobalType {
	return wasm.GlobalType{Type: wasm.ValType(r.u8()), Mutable: r.boolean()}
}

func readConstExpr(r *reader) wasm.ConstExpr {
	return wasm.ConstExpr{Offset: int(r.u32v()), Code: r.bytes()}
}
