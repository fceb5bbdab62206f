// Package wasm holds the decoded form of a WebAssembly 2.0 module and the
// binary decoder that produces it.
//
// The decoder is the front door of a compiler meant to take 10+ MB modules in
// well under a second, so it keeps function bodies and data segments as
// slices of the input bytes: instructions are decoded later, one at a time,
// by an InstrReader over Code.Body, without allocating per instruction.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package wasm

import "fmt"

// ValType is a value type, encoded as in the binary format.
type ValType byte

// Value types. The zero value, Unknown, never occurs in a valid module; the
// validator uses it for the polymorphic operand of unreachable code.
const (
	Unknown   ValType = 0
	I32       ValType = 0x7F
	I64       ValType = 0x7E
	F32       ValType = 0x7D
	F64       ValType = 0x7C
	V128      ValType = 0x7B
	FuncRef   ValType = 0x70
	ExternRef ValType = 0x6F
)

func (t ValType) String() string {
	switch t {
	case Unknown:
		return "unknown"
	case I32:
		return "i32"
	case I64:
		return "i64"
	case F32:
		return "f32"
	case F64:
		return "f64"
	case V128:
		return "v128"
	case FuncRef:
		return "funcref"
	case ExternRef:
		return "externref"
	}
	return fmt.Sprintf("valtype(0x%02x)", byte(t))
}

// IsRef reports whether t is a reference type.
func (t ValType) IsRef() bool { return t == FuncRef || t == ExternRef }

// IsNum reports whether t is a numeric type.
func (t ValType) IsNum() bool { return t == I32 || t == I64 || t == F32 || t == F64 }

// FuncType is a function signature.
type FuncType struct {
	Params  []ValType
	Results []ValType
}

func (f FuncType) String() string {
	return fmt.Sprintf("%v -> %v", f.Params, f.Results)
}

// Equal reports whether two signatures are identical.
func (f FuncType) Equal(g FuncType) bool {
	if len(f.Params) != len(g.Params) || len(f.Results) != len(g.Results) {
		return false
	}
	for i := range f.Params {
		if f.Params[i] != g.Params[i] {
			return false
		}
	}
	for i := range f.Results {
		if f.Results[i] != g.Results[i] {
			return false
		}
	}
	return true
}

// AppendKey appends to b a byte string that is the same for two
// signatures exactly when they are Equal.
func (f FuncType) AppendKey(b []byte) []byte {
	for _, p := range f.Params {
		b = append(b, byte(p))
	}
	b = append(b, 0) // no valid ValType is 0
	for _, r := range f.Results {
		b = append(b, byte(r))
	}
	return b
}

// TypeKeys numbers the signatures of types by structure, from 1 in order
// of first appearance: keys[i] == keys[j] exactly when types[i] and
// types[j] are Equal. The numbering depends on types alone, so the
// compiler and the runtime, which work it out apart, agree on it.
func TypeKeys(types []FuncType) []uint32 {
	keys := make([]uint32, len(types))
	seen := make(map[string]uint32, len(types))
	var b []byte
	for i, t := range types {
		b = t.AppendKey(b[:0])
		k, ok := seen[string(b)]
		if !ok {
			k = uint32(len(seen) + 1)
			seen[string(b)] = k
		}
		keys[i] = k
	}
	return keys
}

// Limits bound the size of a table (in elements) or memory (in pages).
type Limits struct {
	Min    uint64
	Max    uint64 // meaningful only if HasMax
	HasMax bool
}

// TableType is the type of a table.
type TableType struct {
	Elem   ValType // FuncRef or ExternRef
	Limits Limits
}

// MemType is the type of a linear memory.
type MemType struct {
	Limits Limits
}

// GlobalType is the type of a global.
type GlobalType struct {
	Type    ValType
	Mutable bool
}

// ExternKind says what an import or export refers to.
type ExternKind byte

// Extern kinds, encoded as in the binary format.
const (
	ExternFunc   ExternKind = 0
	ExternTable  ExternKind = 1
	ExternMemory ExternKind = 2
	ExternGlobal ExternKind = 3
)

func (k ExternKind) String() string {
	switch k {
	case ExternFunc:
		return "func"
	case ExternTable:
		return "table"
	case ExternMemory:
		return "memory"
	case ExternGlobal:
		return "global"
	}
	return fmt.Sprintf("externkind(%d)", byte(k))
}

// Import is one entry of the import section. Exactly one of the type fields
// is meaningful, according to Kind.
type Import struct {
	Module, Name string
	Kind         ExternKind
	TypeIndex    uint32 // ExternFunc
	Table        TableType
	Memory       MemType
	Global       GlobalType
}

// Export is one entry of the export section.
type Export struct {
	Name  string
	Kind  ExternKind
	Index uint32
}

// ConstExpr is a constant expression (global initializers, segment offsets
// and element initializers), kept as its encoded instructions including the
// final end. The validator checks it; instantiation evaluates it.
type ConstExpr struct {
	Offset int    // byte offset of Code in the module
	Code   []byte // instructions, ending with the end opcode
}

// I32 returns v if x is exactly "i32.const v; end", the offset of nearly
// every data segment.
func (x ConstExpr) I32() (int32, bool) {
	v, n, ok := i32ConstEnd(x.Code)
	return v, ok && n == len(x.Code)
}

// i32ConstEnd reads "i32.const v; end" at the start of b, as an
// InstrReader would, and returns v and the length of the two
// instructions. It is the decoder's, the validator's and the memory
// image's fast path for the tens of thousands of data segments of a large
// module (an InstrReader costs several times as much); anything else,
// errors included, is left to their general path (ok false).
func i32ConstEnd(b []byte) (v int32, n int, ok bool) {
	if len(b) < 3 || Opcode(b[0]) != OpI32Const {
		return 0, 0, false
	}
	r := reader{b: b, pos: 1, end: len(b)}
	v = r.s32()
	if r.err != nil || r.pos >= r.end || Opcode(b[r.pos]) != OpEnd {
		return 0, 0, false
	}
	return v, r.pos + 1, true
}

// Global is a global defined by the module.
type Global struct {
	Type GlobalType
	Init ConstExpr
}

// SegmentMode says when an element or data segment is applied.
type SegmentMode byte

// Segment modes.
const (
	SegmentActive SegmentMode = iota
	SegmentPassive
	SegmentDeclarative // element segments only
)

// Elem is an element segment. Segments encoded with function indices
// (encodings 0-3) fill Funcs; the others fill Exprs.
type Elem struct {
	Mode   SegmentMode
	Table  uint32
	Offset ConstExpr // active segments only
	Type   ValType
	Funcs  []uint32
	Exprs  []ConstExpr
	Pos    int // byte offset of the segment in the module
}

// Len returns the number of elements.
func (e *Elem) Len() int {
	if e.Exprs != nil {
		return len(e.Exprs)
	}
	return len(e.Funcs)
}

// Data is a data segment; Init aliases the module bytes.
type Data struct {
	Mode   SegmentMode
	Memory uint32
	Offset ConstExpr // active segments only
	Init   []byte
	Pos    int
}

// LocalRun declares Count locals of one type, as the binary format groups them.
type LocalRun struct {
	Count uint32
	Type  ValType
}

// Code is a function body. Body aliases the module bytes: it holds the
// instructions after the local declarations, ending with end.
type Code struct {
	Locals    []LocalRun
	NumLocals uint32 // sum of the runs' counts (parameters excluded)
	Body      []byte
	Offset    int // byte offset of Body[0] in the module
	Size      int // size of the whole body entry (locals and code)
}

// LocalType returns the type of local i counted after the parameters.
func (c *Code) LocalType(i uint32) (ValType, bool) {
	for _, r := range c.Locals {
		if i < r.Count {
			return r.Type, true
		}
		i -= r.Count
	}
	return Unknown, false
}

// CustomSection is a custom section, kept for tools; Data aliases the module.
type CustomSection struct {
	Name   string
	Data   []byte
	Offset int
}

// Names holds the contents of the "name" custom section. It is best-effort:
// a malformed name section is ignored, as the spec requires of custom sections.
type Names struct {
	Module string
	Funcs  map[uint32]string
	Locals map[uint32]map[uint32]string
}

// Module is a decoded, not yet validated, module.
type Module struct {
	Types        []FuncType
	Imports      []Import
	Funcs        []uint32 // type index of each function defined by the module
	FuncTypes    []uint32 // type index of every function, imports first
	Tables       []TableType
	Memories     []MemType
	Globals      []Global
	Exports      []Export
	Start        uint32
	HasStart     bool
	Elems        []Elem
	Datas        []Data
	DataCount    uint32
	HasDataCount bool
	Codes        []Code
	Customs      []CustomSection
	Names        Names

	// Counts of imported entities, which come first in each index space.
	NumImportedFuncs, NumImportedTables, NumImportedMemories, NumImportedGlobals uint32

	// SectionOffsets holds where each section of the module starts in
	// Bytes (the offset of its id byte), by section id; 0 for a section it
	// lacks and for custom sections. Validation errors about a section's
	// entries give its offset.
	SectionOffsets [13]int

	// Bytes is the encoded module that the slices above alias.
	Bytes []byte
}

// NumFuncs returns the size of the function index space.
func (m *Module) NumFuncs() uint32 { return m.NumImportedFuncs + uint32(len(m.Funcs)) }

// NumTables returns the size of the table index space.
func (m *Module) NumTables() uint32 { return m.NumImportedTables + uint32(len(m.Tables)) }

// NumMemories returns the size of the memory index space.
func (m *Module) NumMemories() uint32 { return m.NumImportedMemories + uint32(len(m.Memories)) }

// NumGlobals returns the size of the global index space.
func (m *Module) NumGlobals() uint32 { return m.NumImportedGlobals + uint32(len(m.Globals)) }

// FuncTypeIndex returns the type index of function idx (imported or
// defined); ok is false if idx is out of range.
func (m *Module) FuncTypeIndex(idx uint32) (uint32, bool) {
	if idx >= uint32(len(m.FuncTypes)) {
		return 0, false
	}
	return m.FuncTypes[idx], true
}

// FuncName returns the name of function idx from the name section, or "".
func (m *Module) FuncName(idx uint32) string { return m.Names.Funcs[idx] }

// Slots is the number of uint64 slots values of types ts take where they
// cross the host boundary (a call from Go, a host function, an entry
// shim): one each, but two for a v128, its low half first.
func Slots(ts []ValType) int {
	n := len(ts)
	for _, t := range ts {
		if t == V128 {
			n++
		}
	}
	return n
}
