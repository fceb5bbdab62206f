// Package wasmgen builds WebAssembly 2.0 modules in the binary format: a
// module description (types, imports, functions, tables, memory, globals,
// exports, segments) and a code emitter for function bodies and constant
// expressions. It does not validate: the caller is responsible for stack
// discipline (tests run compiler/validate on what they build).
package wasmgen

import (
	"math"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Module is a module to encode. Index spaces follow the binary format:
// imported functions and globals come before defined ones.
type Module struct {
	Types   []wasm.FuncType
	Imports []Import
	Funcs   []Func
	Tables  []Table
	Memory  *Memory // at most one memory (2.0), defined or imported
	Globals []Global
	Exports []Export
	Start   int // function index of the start function, or -1 (see New)
	Elems   []Elem
	Datas   []Data
	// DataCount emits the data count section (needed by memory.init and
	// data.drop).
	DataCount bool
}

// New returns an empty module with no start function.
func New() *Module { return &Module{Start: -1} }

// Import is an imported function (Kind ExternFunc, TypeIndex), global
// (Kind ExternGlobal, Global), table (ExternTable, Table) or memory
// (ExternMemory, Memory). Imported tables and memories come before the
// defined ones in their index spaces.
type Import struct {
	Module, Name string
	Kind         wasm.ExternKind
	TypeIndex    uint32
	Global       wasm.GlobalType
	Table        Table
	Memory       Memory
}

// Func is a defined function. Body is its instructions without the final
// end, which Encode appends.
type Func struct {
	TypeIndex uint32
	Locals    []wasm.ValType
	Body      []byte
}

// Table is a defined table.
type Table struct {
	Elem     wasm.ValType
	Min, Max uint32
	HasMax   bool
}

// Memory is a defined memory (sizes in pages).
type Memory struct {
	Min, Max uint32
	HasMax   bool
}

// Global is a defined global. Init is a constant expression without its
// end.
type Global struct {
	Type wasm.GlobalType
	Init []byte
}

// Export exports the entity of kind Kind at Index.
type Export struct {
	Name  string
	Kind  wasm.ExternKind
	Index uint32
}

// Elem is an element segment. With Exprs nil it lists function indices
// (Funcs); otherwise Exprs are its constant expressions (without end),
// which may be ref.null. Offset (without end) is for active segments.
type Elem struct {
	Mode   wasm.SegmentMode
	Table  uint32
	Offset []byte
	Type   wasm.ValType // funcref unless an expression segment says otherwise
	Funcs  []uint32
	Exprs  [][]byte
}

// Data is a data segment of memory 0.
type Data struct {
	Active bool
	Offset []byte // constant expression without end, for active segments
	Init   []byte
}

// Encode returns the module's binary encoding.
func (m *Module) Encode() []byte {
	out := []byte{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00}
	section := func(id byte, body []byte) {
		out = append(out, id)
		out = AppendU32(out, uint32(len(body)))
		out = append(out, body...)
	}
	if len(m.Types) > 0 {
		b := AppendU32(nil, uint32(len(m.Types)))
		for _, t := range m.Types {
			b = append(b, 0x60)
			b = appendTypes(b, t.Params)
			b = appendTypes(b, t.Results)
		}
		section(1, b)
	}
	if len(m.Imports) > 0 {
		b := AppendU32(nil, uint32(len(m.Imports)))
		for _, im := range m.Imports {
			b = appendName(b, im.Module)
			b = appendName(b, im.Name)
			b = append(b, byte(im.Kind))
			switch im.Kind {
			case wasm.ExternFunc:
				b = AppendU32(b, im.TypeIndex)
			case wasm.ExternGlobal:
				b = appendGlobalType(b, im.Global)
			case wasm.ExternTable:
				b = append(b, byte(im.Table.Elem))
				b = appendLimits(b, im.Table.Min, im.Table.Max, im.Table.HasMax)
			case wasm.ExternMemory:
				b = appendLimits(b, im.Memory.Min, im.Memory.Max, im.Memory.HasMax)
			}
		}
		section(2, b)
	}
	if len(m.Funcs) > 0 {
		b := AppendU32(nil, uint32(len(m.Funcs)))
		for _, f := range m.Funcs {
			b = AppendU32(b, f.TypeIndex)
		}
		section(3, b)
	}
	if len(m.Tables) > 0 {
		b := AppendU32(nil, uint32(len(m.Tables)))
		for _, t := range m.Tables {
			b = append(b, byte(t.Elem))
			b = appendLimits(b, t.Min, t.Max, t.HasMax)
		}
		section(4, b)
	}
	if m.Memory != nil {
		b := AppendU32(nil, 1)
		b = appendLimits(b, m.Memory.Min, m.Memory.Max, m.Memory.HasMax)
		section(5, b)
	}
	if len(m.Globals) > 0 {
		b := AppendU32(nil, uint32(len(m.Globals)))
		for _, g := range m.Globals {
			b = appendGlobalType(b, g.Type)
			b = append(b, g.Init...)
			b = append(b, byte(wasm.OpEnd))
		}
		section(6, b)
	}
	if len(m.Exports) > 0 {
		b := AppendU32(nil, uint32(len(m.Exports)))
		for _, e := range m.Exports {
			b = appendName(b, e.Name)
			b = append(b, byte(e.Kind))
			b = AppendU32(b, e.Index)
		}
		section(7, b)
	}
	if m.Start >= 0 {
		section(8, AppendU32(nil, uint32(m.Start)))
	}
	if len(m.Elems) > 0 {
		b := AppendU32(nil, uint32(len(m.Elems)))
		for _, e := range m.Elems {
			b = appendElem(b, e)
		}
		section(9, b)
	}
	if m.DataCount {
		section(12, AppendU32(nil, uint32(len(m.Datas))))
	}
	if len(m.Funcs) > 0 {
		b := AppendU32(nil, uint32(len(m.Funcs)))
		for _, f := range m.Funcs {
			var body []byte
			// Locals, run-length encoded.
			var groups [][2]uint32
			for _, t := range f.Locals {
				if n := len(groups); n > 0 && groups[n-1][1] == uint32(t) {
					groups[n-1][0]++
				} else {
					groups = append(groups, [2]uint32{1, uint32(t)})
				}
			}
			body = AppendU32(body, uint32(len(groups)))
			for _, g := range groups {
				body = AppendU32(body, g[0])
				body = append(body, byte(g[1]))
			}
			body = append(body, f.Body...)
			body = append(body, byte(wasm.OpEnd))
			b = AppendU32(b, uint32(len(body)))
			b = append(b, body...)
		}
		section(10, b)
	}
	if len(m.Datas) > 0 {
		b := AppendU32(nil, uint32(len(m.Datas)))
		for _, d := range m.Datas {
			if d.Active {
				b = append(b, 0)
				b = append(b, d.Offset...)
				b = append(b, byte(wasm.OpEnd))
			} else {
				b = append(b, 1)
			}
			b = AppendU32(b, uint32(len(d.Init)))
			b = append(b, d.Init...)
		}
		section(11, b)
	}
	return out
}

func appendElem(b []byte, e Elem) []byte {
	exprs := e.Exprs != nil
	typ := e.Type
	if typ == 0 {
		typ = wasm.FuncRef
	}
	var flags uint32
	switch e.Mode {
	case wasm.SegmentPassive:
		flags = 1
	case wasm.SegmentDeclarative:
		flags = 3
	default:
		if e.Table != 0 || typ != wasm.FuncRef {
			flags = 2
		}
	}
	if exprs {
		flags |= 4
	}
	b = AppendU32(b, flags)
	if e.Mode == wasm.SegmentActive {
		if flags&2 != 0 {
			b = AppendU32(b, e.Table)
		}
		b = append(b, e.Offset...)
		b = append(b, byte(wasm.OpEnd))
	}
	if flags&3 != 0 {
		if exprs {
			b = append(b, byte(typ))
		} else {
			b = append(b, 0x00) // elemkind funcref
		}
	}
	if exprs {
		b = AppendU32(b, uint32(len(e.Exprs)))
		for _, x := range e.Exprs {
			b = append(b, x...)
			b = append(b, byte(wasm.OpEnd))
		}
	} else {
		b = AppendU32(b, uint32(len(e.Funcs)))
		for _, f := range e.Funcs {
			b = AppendU32(b, f)
		}
	}
	return b
}

func appendTypes(b []byte, ts []wasm.ValType) []byte {
	b = AppendU32(b, uint32(len(ts)))
	for _, t := range ts {
		b = append(b, byte(t))
	}
	return b
}

func appendName(b []byte, s string) []byte {
	b = AppendU32(b, uint32(len(s)))
	return append(b, s...)
}

func appendLimits(b []byte, min, max uint32, hasMax bool) []byte {
	if hasMax {
		b = append(b, 1)
		b = AppendU32(b, min)
		return AppendU32(b, max)
	}
	b = append(b, 0)
	return AppendU32(b, min)
}

func appendGlobalType(b []byte, g wasm.GlobalType) []byte {
	b = append(b, byte(g.Type))
	if g.Mutable {
		return append(b, 1)
	}
	return append(b, 0)
}

// AppendU32 appends v in unsigned LEB128.
func AppendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

// AppendS64 appends v in signed LEB128 (also for i32 and s33 immediates).
func AppendS64(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// Code is an instruction sequence under construction.
type Code struct{ B []byte }

// Op appends an opcode (with its prefix byte for 0xFC/0xFD opcodes).
func (c *Code) Op(op wasm.Opcode) *Code {
	if op>>8 != 0 {
		c.B = append(c.B, byte(op>>8))
		c.B = AppendU32(c.B, uint32(op&0xff))
		return c
	}
	c.B = append(c.B, byte(op))
	return c
}

// U32 appends an unsigned LEB128 immediate (indices, counts).
func (c *Code) U32(v uint32) *Code { c.B = AppendU32(c.B, v); return c }

// Byte appends a raw byte.
func (c *Code) Byte(v byte) *Code { c.B = append(c.B, v); return c }

// I32Const appends i32.const v.
func (c *Code) I32Const(v int32) *Code {
	c.Op(wasm.OpI32Const)
	c.B = AppendS64(c.B, int64(v))
	return c
}

// I64Const appends i64.const v.
func (c *Code) I64Const(v int64) *Code {
	c.Op(wasm.OpI64Const)
	c.B = AppendS64(c.B, v)
	return c
}

// F32Const appends f32.const with the given bits.
func (c *Code) F32Const(bits uint32) *Code {
	c.Op(wasm.OpF32Const)
	c.B = append(c.B, byte(bits), byte(bits>>8), byte(bits>>16), byte(bits>>24))
	return c
}

// F64Const appends f64.const with the given bits.
func (c *Code) F64Const(bits uint64) *Code {
	c.Op(wasm.OpF64Const)
	for i := 0; i < 8; i++ {
		c.B = append(c.B, byte(bits>>(8*i)))
	}
	return c
}

// Const appends the constant of type t with the given bits.
func (c *Code) Const(t wasm.ValType, bits uint64) *Code {
	switch t {
	case wasm.I32:
		return c.I32Const(int32(bits))
	case wasm.I64:
		return c.I64Const(int64(bits))
	case wasm.F32:
		return c.F32Const(uint32(bits))
	case wasm.F64:
		return c.F64Const(bits)
	case wasm.FuncRef, wasm.ExternRef:
		return c.Op(wasm.OpRefNull).Byte(byte(t))
	}
	panic("wasmgen: no constant of type " + t.String())
}

// Zero appends the zero value of t.
func (c *Code) Zero(t wasm.ValType) *Code { return c.Const(t, 0) }

// F32 appends f32.const v; F64 appends f64.const v.
func (c *Code) F32(v float32) *Code { return c.F32Const(math.Float32bits(v)) }

// F64 appends f64.const v.
func (c *Code) F64(v float64) *Code { return c.F64Const(math.Float64bits(v)) }

// MemArg appends a memory immediate: alignment exponent and offset.
func (c *Code) MemArg(align uint32, offset uint32) *Code {
	c.B = AppendU32(c.B, align)
	c.B = AppendU32(c.B, offset)
	return c
}

// BlockEmpty, BlockVal and BlockIndex append a block type.
func (c *Code) BlockEmpty() *Code { return c.Byte(0x40) }

// BlockVal appends a one-result block type.
func (c *Code) BlockVal(t wasm.ValType) *Code { return c.Byte(byte(t)) }

// BlockIndex appends a block type naming function type idx.
func (c *Code) BlockIndex(idx uint32) *Code { c.B = AppendS64(c.B, int64(idx)); return c }

// Len returns the code's size in bytes.
func (c *Code) Len() int { return len(c.B) }
