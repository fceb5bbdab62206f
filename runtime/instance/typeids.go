package instance

import (
	"sync"

	"github.com/kilnwasm/kiln/compiler/wasm"
)

// TypeRegistry assigns canonical ids to function types: equal signatures
// get equal ids in the whole process, so call_indirect can compare one
// integer even across modules.
type TypeRegistry struct {
	mu  sync.Mutex
	ids map[string]uint32
}

// typeIDs is the process-wide registry.
var typeIDs = &TypeRegistry{}

// ID returns the canonical id of t (ids start at 1; 0 is never used, so a
// zeroed descriptor never matches).
func (r *TypeRegistry) ID(t wasm.FuncType) uint32 {
	key := t.AppendKey(make([]byte, 0, len(t.Params)+len(t.Results)+1))
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
