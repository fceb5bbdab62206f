package interp

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/spectest"
)

// Engine runs spec scripts on the interpreter.
type Engine struct {
	store      *Store
	registered map[string]*Instance
	host       map[string]Extern
}

// NewEngine returns an engine with the suite's "spectest" host module. With
// optimize set, functions go through the optimization pipeline first.
func NewEngine(optimize bool) *Engine {
	e := &Engine{store: &Store{Optimize: optimize}, registered: map[string]*Instance{}}
	e.host = spectestHost(e.store)
	return e
}

func spectestHost(s *Store) map[string]Extern {
	fn := func(params ...wasm.ValType) Extern {
		return Extern{Kind: wasm.ExternFunc, Func: s.addFunc(&Func{
			Type: wasm.FuncType{Params: params, Results: []wasm.ValType{}},
			host: func([]uint64) []uint64 { return nil },
		})}
	}
	global := func(t wasm.ValType, bits uint64) Extern {
		return Extern{Kind: wasm.ExternGlobal, Global: &Global{Type: wasm.GlobalType{Type: t}, Bits: bits}}
	}
	return map[string]Extern{
		"print":         fn(),
		"print_i32":     fn(wasm.I32),
		"print_i64":     fn(wasm.I64),
		"print_f32":     fn(wasm.F32),
		"print_f64":     fn(wasm.F64),
		"print_i32_f32": fn(wasm.I32, wasm.F32),
		"print_f64_f64": fn(wasm.F64, wasm.F64),
		"global_i32":    global(wasm.I32, 666),
		"global_i64":    global(wasm.I64, 666),
		"global_f32":    global(wasm.F32, uint64(math.Float32bits(666.6))),
		"global_f64":    global(wasm.F64, math.Float64bits(666.6)),
		"table":         {Kind: wasm.ExternTable, Table: &Table{Elems: make([]uint64, 10), Max: 20, Type: wasm.FuncRef}},
		"memory":        {Kind: wasm.ExternMemory, Memory: &Memory{Data: make([]byte, 65536), Max: 2}},
	}
}

func (e *Engine) resolve(module, name string) (Extern, bool) {
	if module == "spectest" {
		x, ok := e.host[name]
		return x, ok
	}
	inst, ok := e.registered[module]
	if !ok {
		return Extern{}, false
	}
	x, ok := inst.Exports[name]
	return x, ok
}

// Instantiate implements spectest.Engine.
func (e *Engine) Instantiate(b []byte) (spectest.Instance, error) {
	inst, err := e.store.Instantiate(b, e.resolve)
	if err != nil {
		return nil, err
	}
	return instance{inst}, nil
}

// Register implements spectest.Engine.
func (e *Engine) Register(name string, inst spectest.Instance) {
	e.registered[name] = inst.(instance).Instance
}

type instance struct{ *Instance }

func (i instance) Invoke(name string, args []spectest.Value) ([]spectest.Value, error) {
	ext, ok := i.Exports[name]
	if !ok || ext.Kind != wasm.ExternFunc {
		return nil, fmt.Errorf("no exported function %q", name)
	}
	f := ext.Func
	if len(args) != len(f.Type.Params) {
		return nil, fmt.Errorf("%s takes %d arguments, got %d", name, len(f.Type.Params), len(args))
	}
	// A v128 crosses as two slots, low half first (see Func).
	in := make([]uint64, 0, 2*len(args))
	for _, a := range args {
		if a.Type == wasm.V128 {
			in = append(in, binary.LittleEndian.Uint64(a.V128[:8]), binary.LittleEndian.Uint64(a.V128[8:]))
			continue
		}
		in = append(in, a.Bits)
	}
	out, err := i.store.Call(f, in)
	if err != nil {
		return nil, err
	}
	res := make([]spectest.Value, len(f.Type.Results))
	for j, t := range f.Type.Results {
		if t == wasm.V128 {
			res[j] = v128Value(out[0], out[1])
			out = out[2:]
			continue
		}
		res[j] = spectest.Value{Type: t, Bits: out[0]}
		out = out[1:]
	}
	return res, nil
}

func v128Value(lo, hi uint64) spectest.Value {
	v := spectest.Value{Type: wasm.V128}
	binary.LittleEndian.PutUint64(v.V128[:8], lo)
	binary.LittleEndian.PutUint64(v.V128[8:], hi)
	return v
}

func (i instance) Global(name string) (spectest.Value, error) {
	ext, ok := i.Exports[name]
	if !ok || ext.Kind != wasm.ExternGlobal {
		return spectest.Value{}, fmt.Errorf("no exported global %q", name)
	}
	if ext.Global.Type.Type == wasm.V128 {
		return v128Value(ext.Global.Bits, ext.Global.Hi), nil
	}
	return spectest.Value{Type: ext.Global.Type.Type, Bits: ext.Global.Bits}, nil
}
