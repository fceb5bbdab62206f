package mach

import (
	"slices"

	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// NewEnv describes module m to instruction selection.
func NewEnv(m *wasm.Module) *Env {
	// Each type converted once, not at every call selected.
	sigs := make([]ir.Signature, len(m.Types))
	for i, t := range m.Types {
		sigs[i] = IRSignature(t)
	}
	e := &Env{
		FuncType:         func(i uint32) ir.Signature { return sigs[m.FuncTypes[i]] },
		Type:             func(i uint32) ir.Signature { return sigs[i] },
		FuncTypeIndex:    func(i uint32) uint32 { return m.FuncTypes[i] },
		NumImportedFuncs: m.NumImportedFuncs,
		Layout:           LayoutOf(m),
		FixedTableLen: func(t uint32) (uint32, bool) {
			if t < m.NumImportedTables {
				return 0, false
			}
			l := m.Tables[t-m.NumImportedTables].Limits
			return uint32(l.Min), l.HasMax && l.Max == l.Min
		},
		PollFree: pollFree(m),
	}
	if e.LocalFuncRefs() {
		keys := wasm.TypeKeys(m.Types)
		e.TypeKey = func(i uint32) uint32 { return keys[i] }
	}
	return e
}

// localFuncRefs reports whether every function reference that m's code
// can hold is null or a function m defines. A reference to another
// instance's function, or to the host's, could come in only through
//   - a table imported or exported (another instance or the host writes
//     it);
//   - a global, parameter or result of a type with function references
//     that crosses the module's boundary (imports and exports);
//   - an imported function named where a reference to it can be made:
//     an element segment, a global's initializer or an export, the places
//     that make a function "declared" for ref.func in code.
//
// Modules from C, C++, Rust and Go toolchains have none of these.
func localFuncRefs(m *wasm.Module) bool {
	if m.NumImportedTables > 0 {
		return false
	}
	hasRef := func(typeIdx uint32) bool {
		if int(typeIdx) >= len(m.Types) {
			return true
		}
		t := m.Types[typeIdx]
		return slices.Contains(t.Params, wasm.FuncRef) || slices.Contains(t.Results, wasm.FuncRef)
	}
	for _, im := range m.Imports {
		switch {
		case im.Kind == wasm.ExternFunc && hasRef(im.TypeIndex),
			im.Kind == wasm.ExternGlobal && im.Global.Type == wasm.FuncRef:
			return false
		}
	}
	imported := func(f uint32) bool { return f < m.NumImportedFuncs }
	for _, ex := range m.Exports {
		switch ex.Kind {
		case wasm.ExternTable:
			return false
		case wasm.ExternFunc:
			if imported(ex.Index) || int(ex.Index) >= len(m.FuncTypes) || hasRef(m.FuncTypes[ex.Index]) {
				return false
			}
		case wasm.ExternGlobal:
			g := int(ex.Index) - int(m.NumImportedGlobals)
			if g < 0 || g >= len(m.Globals) || m.Globals[g].Type.Type == wasm.FuncRef {
				return false
			}
		}
	}
	for i := range m.Elems {
		e := &m.Elems[i]
		if slices.ContainsFunc(e.Funcs, imported) {
			return false
		}
		for _, x := range e.Exprs {
			if refersTo(x, imported) {
				return false
			}
		}
	}
	for i := range m.Globals {
		if refersTo(m.Globals[i].Init, imported) {
			return false
		}
	}
	return true
}

// refersTo reports whether constant expression x has a ref.func of a
// function that is(f) reports; an expression that does not decode does.
func refersTo(x wasm.ConstExpr, is func(f uint32) bool) bool {
	r := wasm.NewInstrReader(x.Code, x.Offset)
	var in wasm.Instr
	for r.More() {
		if r.Next(&in) != nil {
			return true
		}
		if in.Op == wasm.OpRefFunc && is(in.Index) {
			return true
		}
	}
	return false
}

// maxPollFreeBody is the largest body pollFree looks into: the small
// leaf functions that are most of the calls in call-heavy code, at the
// cost of decoding only their few bytes once more.
const maxPollFreeBody = 256

// pollFree returns Env.PollFree for m: true for a defined function whose
// body (of at most maxPollFreeBody bytes) has no loop, call or
// call_indirect. Such a function runs for a bounded time, so its entry
// needs no interruption poll: the runtime's signal stops whatever runs
// it again and again (a loop), or the caller's own entry poll does.
func pollFree(m *wasm.Module) func(idx uint32) bool {
	free := make([]bool, len(m.Codes))
	var in wasm.Instr
	for i := range m.Codes {
		c := &m.Codes[i]
		if len(c.Body) > maxPollFreeBody {
			continue
		}
		r := wasm.NewInstrReader(c.Body, c.Offset)
		free[i] = true
		for free[i] && r.More() {
			if r.Next(&in) != nil {
				free[i] = false
				break
			}
			switch in.Op {
			case wasm.OpLoop, wasm.OpCall, wasm.OpCallIndirect:
				free[i] = false
			}
		}
	}
	return func(idx uint32) bool {
		return idx >= m.NumImportedFuncs && free[idx-m.NumImportedFuncs]
	}
}

// IRSignature converts a Wasm function type.
func IRSignature(t wasm.FuncType) ir.Signature {
	conv := func(ts []wasm.ValType) []ir.Type {
		out := make([]ir.Type, len(ts))
		for i, v := range ts {
			out[i] = irType[v]
		}
		return out
	}
	return ir.Signature{Params: conv(t.Params), Results: conv(t.Results)}
}

var irType = [256]ir.Type{wasm.I32: ir.I32, wasm.I64: ir.I64, wasm.F32: ir.F32, wasm.F64: ir.F64,
	wasm.V128: ir.V128, wasm.FuncRef: ir.FuncRef, wasm.ExternRef: ir.ExternRef}

// LayoutOf returns the VMCtx layout of module m.
func LayoutOf(m *wasm.Module) *abi.Layout {
	s := abi.ModuleShape{
		NumImportedGlobals: m.NumImportedGlobals,
		NumTables:          m.NumTables(),
		NumImportedFuncs:   m.NumImportedFuncs,
		NumTypes:           uint32(len(m.Types)),
		NumFuncs:           m.NumFuncs(),
		LocalFuncRefs:      localFuncRefs(m),
	}
	for i := range m.Globals {
		s.GlobalIsV128 = append(s.GlobalIsV128, m.Globals[i].Type.Type == wasm.V128)
	}
	return abi.NewLayout(s)
}
