package backend

import (
	"fmt"
	"sort"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// link lays out the module's code: thunks, functions, entry shims, host
// thunks; resolves calls within it and records what the loader patches.
func link(lk mach.Linker, m *wasm.Module, env *mach.Env, codes []*mach.FuncCode) (*mach.Compiled, error) {
	out := &mach.Compiled{ABIVersion: abi.Version, Layout: env.Layout, Shims: map[uint32]uint32{}}
	var blob []byte
	pad := lk.Padding()
	align := func() {
		for len(blob)%16 != 0 {
			blob = append(blob, pad)
		}
	}
	var thunkOff [abi.NumThunks]uint32
	for t := range thunkOff {
		align()
		thunkOff[t] = uint32(len(blob))
		code, addrOff := lk.Thunk(t)
		blob = append(blob, code...)
		out.Relocs = append(out.Relocs, mach.LoadReloc{Offset: thunkOff[t] + addrOff, Kind: abi.RelocStubAbs64, Addend: int64(abi.ThunkStub[t])})
	}
	starts := make([]uint32, len(codes))
	for i, c := range codes {
		align()
		starts[i] = uint32(len(blob))
		blob = append(blob, c.Bytes...)
		idx := m.NumImportedFuncs + uint32(i)
		out.Funcs = append(out.Funcs, mach.FuncRange{Start: starts[i], End: uint32(len(blob)), Index: idx})
		for _, d := range c.Data {
			out.Data = append(out.Data, mach.Range{Start: starts[i] + d.Start, End: starts[i] + d.End})
		}
		for _, t := range c.Traps {
			out.Traps = append(out.Traps, mach.TrapSite{Start: starts[i] + t.Start, End: starts[i] + t.End, Code: t.Code, Func: idx, Pos: t.Pos})
		}
	}
	type callFix struct{ site, target uint32 }
	var fixes []callFix
	for _, fi := range shimTargets(m) {
		code, callOff, err := lk.Shim(env.FuncType(fi))
		if err != nil {
			return nil, err
		}
		align()
		base := uint32(len(blob))
		out.Shims[fi] = base
		blob = append(blob, code...)
		fixes = append(fixes, callFix{base + callOff, starts[fi-m.NumImportedFuncs]})
	}
	for i := uint32(0); i < m.NumImportedFuncs; i++ {
		code, callOff, err := lk.HostThunk(env.FuncType(i), abi.HostImportBase+i)
		if err != nil {
			return nil, err
		}
		align()
		base := uint32(len(blob))
		out.HostThunks = append(out.HostThunks, base)
		blob = append(blob, code...)
		fixes = append(fixes, callFix{base + callOff, thunkOff[abi.ThunkHostExit]})
	}
	for i, c := range codes {
		for _, r := range c.Relocs {
			site := starts[i] + r.Offset
			switch r.Kind {
			case abi.RelocCallFunc:
				if r.Target < m.NumImportedFuncs || r.Target >= m.NumFuncs() {
					return nil, fmt.Errorf("link: call to function %d, which has no body", r.Target)
				}
				fixes = append(fixes, callFix{site, starts[r.Target-m.NumImportedFuncs]})
			case abi.RelocCallThunk:
				if r.Target >= abi.NumThunks {
					return nil, fmt.Errorf("link: call to thunk %d", r.Target)
				}
				fixes = append(fixes, callFix{site, thunkOff[r.Target]})
			case abi.RelocFuncAbs64:
				out.Relocs = append(out.Relocs, mach.LoadReloc{Offset: site, Kind: abi.RelocBlobAbs64, Addend: int64(starts[i]) + r.Addend})
			default:
				return nil, fmt.Errorf("link: relocation kind %d", r.Kind)
			}
		}
	}
	for _, fx := range fixes {
		if err := lk.PatchCall(blob, fx.site, fx.target); err != nil {
			return nil, err
		}
	}
	sort.Slice(out.Traps, func(i, j int) bool { return out.Traps[i].Start < out.Traps[j].Start })
	out.Code = blob
	return out, nil
}

// shimTargets lists, in order, the defined functions the host may call
// directly: exports, the start function and functions placed in tables
// (the host can call a funcref). An imported function is called through
// its own module's shim (or, for a Go function, directly).
func shimTargets(m *wasm.Module) []uint32 {
	want := make(map[uint32]bool)
	for _, e := range m.Exports {
		if e.Kind == wasm.ExternFunc {
			want[e.Index] = true
		}
	}
	if m.HasStart {
		want[m.Start] = true
	}
	for i := range m.Elems {
		for _, fi := range m.Elems[i].Funcs {
			want[fi] = true
		}
	}
	var list []uint32
	for f := range want {
		if f >= m.NumImportedFuncs {
			list = append(list, f)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	return list
}
