package kiln

import (
	"fmt"
	"strings"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// ValueType is a WebAssembly value type.
type ValueType byte

// The value types, numbered as in the binary format.
const (
	ValueTypeI32       ValueType = ValueType(wasm.I32)
	ValueTypeI64       ValueType = ValueType(wasm.I64)
	ValueTypeF32       ValueType = ValueType(wasm.F32)
	ValueTypeF64       ValueType = ValueType(wasm.F64)
	ValueTypeV128      ValueType = ValueType(wasm.V128)
	ValueTypeFuncRef   ValueType = ValueType(wasm.FuncRef)
	ValueTypeExternRef ValueType = ValueType(wasm.ExternRef)
)

// String returns the type's name in the text format ("i32", "funcref").
func (t ValueType) String() string { return wasm.ValType(t).String() }

// FunctionType is a function's signature.
type FunctionType struct {
	Params, Results []ValueType
}

// String returns the signature in the specification's notation,
// "[i32 i64] -> [f32]".
func (t FunctionType) String() string {
	list := func(ts []ValueType) string {
		s := make([]string, len(ts))
		for i, v := range ts {
			s[i] = v.String()
		}
		return "[" + strings.Join(s, " ") + "]"
	}
	return list(t.Params) + " -> " + list(t.Results)
}

func functionType(ft wasm.FuncType) FunctionType {
	conv := func(ts []wasm.ValType) []ValueType {
		out := make([]ValueType, len(ts))
		for i, v := range ts {
			out[i] = ValueType(v)
		}
		return out
	}
	return FunctionType{Params: conv(ft.Params), Results: conv(ft.Results)}
}

// GlobalType is a global's value type and mutability.
type GlobalType struct {
	Type    ValueType
	Mutable bool
}

// MemoryType is a memory's size limits, in 64 KiB pages.
type MemoryType struct {
	MinPages uint64
	MaxPages uint64 // meaningful when HasMax
	HasMax   bool
}

// TableType is a table's element type and size limits.
type TableType struct {
	Elem     ValueType
	Min, Max uint64 // Max is meaningful when HasMax
	HasMax   bool
}

// ExternKind is the kind of an import or export.
type ExternKind byte

// The kinds of imports and exports.
const (
	ExternFunc   ExternKind = ExternKind(wasm.ExternFunc)
	ExternTable  ExternKind = ExternKind(wasm.ExternTable)
	ExternMemory ExternKind = ExternKind(wasm.ExternMemory)
	ExternGlobal ExternKind = ExternKind(wasm.ExternGlobal)
)

// String returns "func", "table", "memory" or "global".
func (k ExternKind) String() string { return wasm.ExternKind(k).String() }

// ExternType is the type of an import or export: Kind says which of the
// other fields is set.
type ExternType struct {
	Kind   ExternKind
	Func   FunctionType
	Table  TableType
	Memory MemoryType
	Global GlobalType
}

// String describes the type: "func [i32] -> []", "memory 1..16 pages".
func (t ExternType) String() string {
	switch t.Kind {
	case ExternFunc:
		return "func " + t.Func.String()
	case ExternTable:
		return fmt.Sprintf("table of %v %s", t.Table.Elem, limitsString(t.Table.Min, t.Table.Max, t.Table.HasMax, "elements"))
	case ExternMemory:
		return "memory " + limitsString(t.Memory.MinPages, t.Memory.MaxPages, t.Memory.HasMax, "pages")
	case ExternGlobal:
		if t.Global.Mutable {
			return "global mut " + t.Global.Type.String()
		}
		return "global " + t.Global.Type.String()
	}
	return "unknown"
}

func limitsString(min, max uint64, hasMax bool, unit string) string {
	if !hasMax {
		return fmt.Sprintf("%d.. %s", min, unit)
	}
	return fmt.Sprintf("%d..%d %s", min, max, unit)
}

// ImportType is an import of a module and its type.
type ImportType struct {
	Module, Name string
	Type         ExternType
}

// ExportType is an export of a module and its type. Index is the
// entity's index in the index space of its kind (imports first), as in
// Frame.Func for a function.
type ExportType struct {
	Name  string
	Index uint32
	Type  ExternType
}

func memoryType(l wasm.Limits) MemoryType {
	return MemoryType{MinPages: l.Min, MaxPages: l.Max, HasMax: l.HasMax}
}

func tableType(t wasm.TableType) TableType {
	return TableType{Elem: ValueType(t.Elem), Min: t.Limits.Min, Max: t.Limits.Max, HasMax: t.Limits.HasMax}
}

// externType returns the type of entity idx of kind k in module m's index
// spaces (imports first).
func externType(m *wasm.Module, k wasm.ExternKind, idx uint32) ExternType {
	t := ExternType{Kind: ExternKind(k)}
	switch k {
	case wasm.ExternFunc:
		t.Func = functionType(m.Types[m.FuncTypes[idx]])
	case wasm.ExternTable:
		if idx < m.NumImportedTables {
			t.Table = tableType(importOf(m, k, idx).Table)
		} else {
			t.Table = tableType(m.Tables[idx-m.NumImportedTables])
		}
	case wasm.ExternMemory:
		if idx < m.NumImportedMemories {
			t.Memory = memoryType(importOf(m, k, idx).Memory.Limits)
		} else {
			t.Memory = memoryType(m.Memories[idx-m.NumImportedMemories].Limits)
		}
	case wasm.ExternGlobal:
		var g wasm.GlobalType
		if idx < m.NumImportedGlobals {
			g = importOf(m, k, idx).Global
		} else {
			g = m.Globals[idx-m.NumImportedGlobals].Type
		}
		t.Global = GlobalType{Type: ValueType(g.Type), Mutable: g.Mutable}
	}
	return t
}

// importOf returns the idx-th import of kind k.
func importOf(m *wasm.Module, k wasm.ExternKind, idx uint32) *wasm.Import {
	for i := range m.Imports {
		if m.Imports[i].Kind == k {
			if idx == 0 {
				return &m.Imports[i]
			}
			idx--
		}
	}
	return &wasm.Import{}
}

// Imports lists the module's imports with their types, in module order.
func (m *Module) Imports() []ImportType {
	out := make([]ImportType, 0, len(m.wasm.Imports))
	var n [4]uint32 // per kind: index in its space
	for _, imp := range m.wasm.Imports {
		out = append(out, ImportType{Module: imp.Module, Name: imp.Name, Type: externType(m.wasm, imp.Kind, n[imp.Kind])})
		n[imp.Kind]++
	}
	return out
}

// Exports lists the module's exports with their types, in module order.
func (m *Module) Exports() []ExportType {
	out := make([]ExportType, len(m.wasm.Exports))
	for i, e := range m.wasm.Exports {
		out[i] = ExportType{Name: e.Name, Index: e.Index, Type: externType(m.wasm, e.Kind, e.Index)}
	}
	return out
}

// Export returns export name, or ok false.
func (m *Module) Export(name string) (ExportType, bool) {
	for _, e := range m.wasm.Exports {
		if e.Name == name {
			return ExportType{Name: e.Name, Index: e.Index, Type: externType(m.wasm, e.Kind, e.Index)}, true
		}
	}
	return ExportType{}, false
}

// StartFunction returns the index of the module's start function, which
// Instantiate runs, if it has one.
func (m *Module) StartFunction() (index uint32, ok bool) { return m.wasm.Start, m.wasm.HasStart }
