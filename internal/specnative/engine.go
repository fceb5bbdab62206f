// Package specnative runs spec scripts on Kiln's native code: the compiler
// (amd64 or arm64) and the runtime's instances, behind internal/spectest's Engine.
package specnative

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/spectest"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// Engine is a spectest.Engine for one script. Close releases what the
// script's modules hold (code, memories): a suite run makes thousands.
type Engine struct {
	// OptLevel is the backend's optimization level for the script's
	// modules (default: backend.OptSpeed).
	OptLevel backend.OptLevel

	registered map[string]*instance.Instance
	host       map[string]instance.Extern
	mem        *instance.Memory
	modules    []*instance.Module
	instances  []*instance.Instance
}

// Close closes every instance and module the engine made, and its host
// memory.
func (e *Engine) Close() error {
	for _, inst := range e.instances {
		inst.Close()
	}
	for _, m := range e.modules {
		m.Close()
	}
	e.instances, e.modules = nil, nil
	return e.mem.Close()
}

// New returns an engine with the suite's "spectest" host module.
func New() (*Engine, error) {
	e := &Engine{registered: map[string]*instance.Instance{}, host: map[string]instance.Extern{}}
	fn := func(params ...wasm.ValType) instance.Extern {
		return instance.Extern{Kind: wasm.ExternFunc, Func: &instance.Func{
			Type: wasm.FuncType{Params: params, Results: []wasm.ValType{}},
			Host: &instance.HostFunc{
				Type: wasm.FuncType{Params: params, Results: []wasm.ValType{}},
				Fn:   func(context.Context, *instance.Instance, []uint64) error { return nil },
			},
		}}
	}
	for name, params := range map[string][]wasm.ValType{
		"print": nil, "print_i32": {wasm.I32}, "print_i64": {wasm.I64}, "print_f32": {wasm.F32},
		"print_f64": {wasm.F64}, "print_i32_f32": {wasm.I32, wasm.F32}, "print_f64_f64": {wasm.F64, wasm.F64},
	} {
		e.host[name] = fn(params...)
	}
	global := func(t wasm.ValType, bits uint64) instance.Extern {
		return instance.Extern{Kind: wasm.ExternGlobal, Global: instance.NewGlobal(wasm.GlobalType{Type: t}, bits)}
	}
	e.host["global_i32"] = global(wasm.I32, 666)
	e.host["global_i64"] = global(wasm.I64, 666)
	e.host["global_f32"] = global(wasm.F32, uint64(math.Float32bits(666.6)))
	e.host["global_f64"] = global(wasm.F64, math.Float64bits(666.6))
	e.host["table"] = instance.Extern{Kind: wasm.ExternTable, Table: instance.NewTable(wasm.FuncRef, 10, 20)}
	mem, err := instance.NewMemory(1, 2)
	if err != nil {
		return nil, err
	}
	e.host["memory"] = instance.Extern{Kind: wasm.ExternMemory, Memory: mem}
	e.mem = mem
	return e, nil
}

func (e *Engine) resolve(module, name string) (instance.Extern, bool) {
	if module == "spectest" {
		x, ok := e.host[name]
		return x, ok
	}
	inst, ok := e.registered[module]
	if !ok {
		return instance.Extern{}, false
	}
	x, ok := inst.Exports()[name]
	return x, ok
}

type trapErr struct{ t *trap.Trap }

func (e trapErr) Error() string      { return e.t.Error() }
func (e trapErr) TrapReason() string { return e.t.Code.String() }

type linkErr struct{ l *instance.LinkError }

func (e linkErr) Error() string      { return e.l.Error() }
func (e linkErr) LinkReason() string { return e.l.Reason }

func wrap(err error) error {
	var t *trap.Trap
	if errors.As(err, &t) {
		return trapErr{t}
	}
	var l *instance.LinkError
	if errors.As(err, &l) {
		return linkErr{l}
	}
	return err
}

// Instantiate implements spectest.Engine.
func (e *Engine) Instantiate(b []byte) (spectest.Instance, error) {
	m, err := wasm.Decode(b)
	if err != nil {
		return nil, err
	}
	if err := validate.Module(m); err != nil {
		return nil, err
	}
	c, err := backend.Compile(context.Background(), m, backend.Options{OptLevel: e.OptLevel})
	if err != nil {
		return nil, err
	}
	mod, err := instance.Load(m, c)
	if err != nil {
		return nil, err
	}
	e.modules = append(e.modules, mod)
	inst, err := instance.Instantiate(context.Background(), mod, e.resolve)
	if err != nil {
		return nil, wrap(err)
	}
	e.instances = append(e.instances, inst)
	return specInstance{inst}, nil
}

// Register implements spectest.Engine.
func (e *Engine) Register(name string, inst spectest.Instance) {
	e.registered[name] = inst.(specInstance).Instance
}

type specInstance struct{ *instance.Instance }

func (i specInstance) Invoke(name string, args []spectest.Value) ([]spectest.Value, error) {
	x, ok := i.Exports()[name]
	if !ok || x.Kind != wasm.ExternFunc {
		return nil, fmt.Errorf("no exported function %q", name)
	}
	f := x.Func
	// A v128 takes two slots, low half first (wasm.Slots).
	stack := make([]uint64, max(wasm.Slots(f.Type.Params), wasm.Slots(f.Type.Results), 1))
	k := 0
	for _, a := range args {
		if a.Type == wasm.V128 {
			stack[k], stack[k+1] = binary.LittleEndian.Uint64(a.V128[:8]), binary.LittleEndian.Uint64(a.V128[8:])
			k += 2
			continue
		}
		stack[k] = a.Bits
		k++
	}
	if err := f.Call(context.Background(), stack); err != nil {
		return nil, wrap(err)
	}
	out := make([]spectest.Value, len(f.Type.Results))
	k = 0
	for i, t := range f.Type.Results {
		if t == wasm.V128 {
			out[i] = v128Value(stack[k], stack[k+1])
			k += 2
			continue
		}
		v := stack[k]
		if t == wasm.I32 || t == wasm.F32 {
			v = uint64(uint32(v))
		}
		out[i] = spectest.Value{Type: t, Bits: v}
		k++
	}
	return out, nil
}

func v128Value(lo, hi uint64) spectest.Value {
	v := spectest.Value{Type: wasm.V128}
	binary.LittleEndian.PutUint64(v.V128[:8], lo)
	binary.LittleEndian.PutUint64(v.V128[8:], hi)
	return v
}

func (i specInstance) Global(name string) (spectest.Value, error) {
	x, ok := i.Exports()[name]
	if !ok || x.Kind != wasm.ExternGlobal {
		return spectest.Value{}, fmt.Errorf("no exported global %q", name)
	}
	if x.Global.Type.Type == wasm.V128 {
		return v128Value(x.Global.GetV128()), nil
	}
	v := x.Global.Get()
	if t := x.Global.Type.Type; t == wasm.I32 || t == wasm.F32 {
		v = uint64(uint32(v))
	}
	return spectest.Value{Type: x.Global.Type.Type, Bits: v}, nil
}
