package mach

import (
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// NewEnv describes module m to instruction selection.
func NewEnv(m *wasm.Module) *Env {
	return &Env{
		FuncType:         func(i uint32) ir.Signature { return IRSignature(m.Types[m.FuncTypes[i]]) },
		Type:             func(i uint32) ir.Signature { return IRSignature(m.Types[i]) },
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
	}
	for i := range m.Globals {
		s.GlobalIsV128 = append(s.GlobalIsV128, m.Globals[i].Type.Type == wasm.V128)
	}
	return abi.NewLayout(s)
}
