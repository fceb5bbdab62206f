package wasibind

import (
	"context"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
)

// FuncsFromContext returns the wasi_snapshot_preview1 imports, by name,
// like Funcs, except that each call runs against the System that sys
// returns for the call's context (the one given to the outermost call
// into the instance, or to its instantiation for a start function). One
// set of imports then serves any number of instances, each with its own
// System, without binding every function again per instance (kiln serve
// binds a System per request this way). A call for which sys returns nil
// traps "unreachable".
func FuncsFromContext(sys func(context.Context) *wasi.System) map[string]*instance.Func {
	return funcsFromContext(sys, wasi.Functions())
}

// FuncsFromContextPreview0 is FuncsFromContext for wasi_unstable (WASI
// preview 0).
func FuncsFromContextPreview0(sys func(context.Context) *wasi.System) map[string]*instance.Func {
	return funcsFromContext(sys, wasi.FunctionsPreview0())
}

func funcsFromContext(sys func(context.Context) *wasi.System, table []wasi.HostFunc) map[string]*instance.Func {
	out := map[string]*instance.Func{}
	for _, hf := range table {
		hf := hf
		ft := wasm.FuncType{Params: valTypes(hf.Params), Results: valTypes(hf.Results)}
		out[hf.Name] = &instance.Func{Type: ft, Host: &instance.HostFunc{
			Type: ft,
			Fn: func(ctx context.Context, caller *instance.Instance, stack []uint64) error {
				s := sys(ctx)
				if s == nil {
					return trap.New(trap.CodeUnreachable)
				}
				var mem []byte
				if m := caller.Memory(); m != nil {
					mem = m.Bytes()
				}
				return interrupted(ctx, hf.Call(ctx, s, mem, stack))
			},
		}}
	}
	return out
}
