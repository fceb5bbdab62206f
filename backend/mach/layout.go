package mach

import (
	"sync"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Layout is the placement of an instance's data in its VMCtx block (see
// ABI.md). It depends only on the module, so compiled code that bakes these
// offsets in stays valid in any process.
type Layout struct {
	// Globals[i] is the offset of global i's slot: its value for a defined
	// global, a pointer to the exporter's slot for an imported one.
	Globals []uint32
	// Tables[i] is the offset of the pointer to table i's header.
	Tables []uint32
	// ImportedFuncs[i] is the offset of the {Code, VMCtx} pair of imported
	// function i.
	ImportedFuncs []uint32
	// TypeIDs is the offset of the uint32 canonical type ids, one per type.
	TypeIDs uint32
	// Descriptors is the offset of the function descriptors {Code, VMCtx,
	// TypeID, Shim}, one per function of the index space.
	Descriptors uint32
	// Size is the size of the block.
	Size uint32
	// NumImportedGlobals is how many of Globals hold pointers.
	NumImportedGlobals uint32
}

// Fixed VMCtx fields.
const (
	VMCtxMemBase    = 0
	VMCtxMemSize    = 8
	VMCtxMemMax     = 16
	VMCtxInstanceID = 24 // the runtime's id of the instance, for host calls
	vmctxFixed      = 32

	// Table headers, wherever they live.
	TableBase = 0
	TableLen  = 8
	TableMax  = 16

	// Function descriptors.
	DescCode       = 0
	DescVMCtx      = 8
	DescTypeID     = 16
	DescShim       = 24 // entry shim for calls from the host (0: a host function)
	DescriptorSize = 32
)

// NewLayout computes the layout for module m.
func NewLayout(m *wasm.Module) *Layout {
	l := &Layout{NumImportedGlobals: m.NumImportedGlobals}
	off := uint32(vmctxFixed)
	align := func(n uint32) {
		off = (off + n - 1) &^ (n - 1)
	}
	for i := range m.Imports {
		if imp := &m.Imports[i]; imp.Kind == wasm.ExternGlobal {
			l.Globals = append(l.Globals, off)
			off += 8
		}
	}
	for i := range m.Globals {
		size := uint32(8)
		if m.Globals[i].Type.Type == wasm.V128 {
			align(16)
			size = 16
		}
		l.Globals = append(l.Globals, off)
		off += size
	}
	align(8)
	for i := uint32(0); i < m.NumTables(); i++ {
		l.Tables = append(l.Tables, off)
		off += 8
	}
	for i := uint32(0); i < m.NumImportedFuncs; i++ {
		l.ImportedFuncs = append(l.ImportedFuncs, off)
		off += 16
	}
	l.TypeIDs = off
	off += 4 * uint32(len(m.Types))
	align(8)
	l.Descriptors = off
	off += DescriptorSize * m.NumFuncs()
	align(16)
	l.Size = off
	return l
}

// TypeRegistry assigns canonical ids to function types: equal signatures
// get equal ids in the whole process, so call_indirect can compare one
// integer even across modules.
type TypeRegistry struct {
	mu  sync.Mutex
	ids map[string]uint32
}

// Global is the process-wide registry.
var Global = &TypeRegistry{}

// ID returns the canonical id of t (ids start at 1; 0 is never used, so a
// zeroed descriptor never matches).
func (r *TypeRegistry) ID(t wasm.FuncType) uint32 {
	key := make([]byte, 0, len(t.Params)+len(t.Results)+1)
	for _, p := range t.Params {
		key = append(key, byte(p))
	}
	key = append(key, 0)
	for _, res := range t.Results {
		key = append(key, byte(res))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.ids == nil {
		r.ids = map[string]uint32{}
	}
	id, ok := r.ids[string(key)]
	if !ok {
		id = uint32(len(r.ids) + 1)
		r.ids[string(key)] = id
	}
	return id
}
