// Package wasibind binds the WASI layer (package wasi) to instances: each
// wasi_snapshot_preview1 function becomes a host function that sees the
// calling instance's memory.
package wasibind

import (
	"context"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/wasi"
)

// Funcs returns the WASI imports for sys, by name.
func Funcs(sys *wasi.System) map[string]*instance.Func {
	out := map[string]*instance.Func{}
	for _, hf := range wasi.Functions() {
		hf := hf
		ft := wasm.FuncType{Params: valTypes(hf.Params), Results: valTypes(hf.Results)}
		out[hf.Name] = &instance.Func{Type: ft, Host: &instance.HostFunc{
			Type: ft,
			Fn: func(ctx context.Context, caller *instance.Instance, stack []uint64) error {
				var mem []byte
				if m := caller.Memory(); m != nil {
					mem = m.Bytes()
				}
				return hf.Call(ctx, sys, mem, stack)
			},
		}}
	}
	return out
}

func valTypes(ts []wasi.ValueType) []wasm.ValType {
	out := make([]wasm.ValType, len(ts))
	for i, t := range ts {
		out[i] = wasm.ValType(t)
	}
	return out
}

// Resolver resolves wasi_snapshot_preview1 imports against sys and
// everything else through next (which may be nil).
func Resolver(sys *wasi.System, next instance.Resolver) instance.Resolver {
	funcs := Funcs(sys)
	return func(module, name string) (instance.Extern, bool) {
		if module == wasi.ModuleName {
			f, ok := funcs[name]
			if !ok {
				return instance.Extern{}, false
			}
			return instance.Extern{Kind: wasm.ExternFunc, Func: f}, true
		}
		if next != nil {
			return next(module, name)
		}
		return instance.Extern{}, false
	}
}
