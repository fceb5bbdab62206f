// Package wasibind binds the WASI layer (package wasi) to instances: each
// wasi_snapshot_preview1 function becomes a host function that sees the
// calling instance's memory.
package wasibind

import (
	"context"
	"errors"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
)

// Funcs returns the WASI imports for sys. A WASI call that ends a wait
// because the call's context is done (fd_read on stdin, a pipe or a
// socket, poll_oneoff, sock_accept, ...) traps "interrupted", as generated
// code does when it sees the interrupt flag.
func Funcs(sys *wasi.System) *Table {
	return &Table{sys: fixed(sys), hosts: wasi.Functions}
}

// FuncsPreview0 is Funcs for wasi_unstable (WASI preview 0).
func FuncsPreview0(sys *wasi.System) *Table {
	return &Table{sys: fixed(sys), hosts: wasi.FunctionsPreview0}
}

func fixed(sys *wasi.System) func(context.Context) *wasi.System {
	return func(context.Context) *wasi.System { return sys }
}

// interrupted turns the context error a WASI call returns when ctx ended
// its wait into the runtime's "interrupted" trap.
func interrupted(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
		return trap.New(trap.CodeInterrupted)
	}
	return err
}

func valTypes(ts []wasi.ValueType) []wasm.ValType {
	out := make([]wasm.ValType, len(ts))
	for i, t := range ts {
		out[i] = wasm.ValType(t)
	}
	return out
}

// Resolver resolves wasi_snapshot_preview1 and wasi_unstable (preview 0)
// imports against sys and everything else through next (which may be
// nil). A module may import from both: they share sys.
func Resolver(sys *wasi.System, next instance.Resolver) instance.Resolver {
	tables := map[string]*Table{
		wasi.ModuleName:         Funcs(sys),
		wasi.ModuleNamePreview0: FuncsPreview0(sys),
	}
	return func(module, name string) (instance.Extern, bool) {
		if table, ok := tables[module]; ok {
			f, ok := table.Func(name)
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
