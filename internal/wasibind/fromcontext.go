package wasibind

import (
	"context"
	"sync"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
)

// Table is a set of WASI imports. A function is bound when it is first
// looked up, not when the table is made: a module imports a few of the
// fifty or so functions, and binding them all cost a WASI program's every
// start some 500 allocations. A Table is safe for concurrent use; a name
// always yields the same *instance.Func.
type Table struct {
	sys   func(context.Context) *wasi.System
	hosts func() []wasi.HostFunc
	mu    sync.Mutex
	bound map[string]*instance.Func
}

// Func returns the import name, bound on first use.
func (t *Table) Func(name string) (*instance.Func, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if f, ok := t.bound[name]; ok {
		return f, true
	}
	for _, hf := range t.hosts() {
		if hf.Name == name {
			f := bind(t.sys, hf)
			if t.bound == nil {
				t.bound = map[string]*instance.Func{}
			}
			t.bound[name] = f
			return f, true
		}
	}
	return nil, false
}

// FuncsFromContext returns the wasi_snapshot_preview1 imports like Funcs,
// except that each call runs against the System that sys returns for the
// call's context (the one given to the outermost call into the instance,
// or to its instantiation for a start function). One set of imports then
// serves any number of instances, each with its own System, without
// binding every function again per instance (kiln serve binds a System per
// request this way). A call for which sys returns nil traps "unreachable".
func FuncsFromContext(sys func(context.Context) *wasi.System) *Table {
	return &Table{sys: sys, hosts: wasi.Functions}
}

// FuncsFromContextPreview0 is FuncsFromContext for wasi_unstable (WASI
// preview 0).
func FuncsFromContextPreview0(sys func(context.Context) *wasi.System) *Table {
	return &Table{sys: sys, hosts: wasi.FunctionsPreview0}
}

func bind(sys func(context.Context) *wasi.System, hf wasi.HostFunc) *instance.Func {
	ft := wasm.FuncType{Params: valTypes(hf.Params), Results: valTypes(hf.Results)}
	return &instance.Func{Type: ft, Host: &instance.HostFunc{
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
