package difffuzz

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/interp"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
)

// Limits both engines get: memory.grow and table.grow fail beyond them.
// The native engine's limit on activations nested through host functions
// (env.callback) is raised above what the fuel allows (the default, 1000,
// would end some chains of callbacks with "call stack exhausted" where the
// interpreter, limited by depth only, goes on).
const (
	maxMemoryPages   = 64
	maxTableElements = 10000
	maxHostNesting   = 5000
)

// logEntry is one call of a host function.
type logEntry struct {
	name  string
	types []wasm.ValType
	args  []uint64 // in slots: two per v128, low half first
}

// outcome is what a call did.
type outcome struct {
	results []uint64 // in slots (wasm.Slots)
	trap    string   // the spec reason, "" if it returned
	err     error    // a failure other than a trap (an engine error)
	timeout bool     // native: interrupted at the deadline; interp: out of fuel
	// native traps: the function and the module offset of the trapping
	// instruction, if known (-1 otherwise)
	trapFunc int32
	trapOff  int64
}

// engine is one way to run a module. Values cross it in slots, as the
// engines' APIs take them: one uint64 per value, two per v128 (low half
// first).
type engine interface {
	instantiate() outcome
	call(name string, args []uint64) outcome
	memory() []byte                  // nil without memory
	global(name string) []uint64     // its slots (two for a v128)
	setGlobal(name string, v uint64) // a scalar global (the fuel)
	takeLog() []logEntry
	close()
}

// hostValues are the imported globals' values.
var hostGlobals = map[string]struct {
	t    wasm.GlobalType
	bits uint64
}{
	"g_i32": {wasm.GlobalType{Type: wasm.I32}, 65532},
	"g_f64": {wasm.GlobalType{Type: wasm.F64, Mutable: true}, math.Float64bits(-0.5)},
}

// hostCall implements the host functions: "mix" and "many" are pure
// functions of their arguments, "callback" calls back (see
// callbackArgs), every other one returns zeros. Every call is logged.
// Arguments and results are in slots.
func hostCall(log *[]logEntry, name string, ft wasm.FuncType, args []uint64) []uint64 {
	in := maskSlots(ft.Params, args)
	*log = append(*log, logEntry{name: name, types: ft.Params, args: in})
	out := make([]uint64, wasm.Slots(ft.Results))
	switch name {
	case HostModule + ".mix":
		out[0] = in[0]*0x9e3779b97f4a7c15 + in[1]
	case HostModule + ".many":
		h := uint64(0)
		for _, a := range in {
			h = (h ^ a) * 0x100000001b3
		}
		out[0], out[1], out[2] = h, math.Float64bits(float64(int32(h))/3), uint64(uint32(h>>32))
	}
	return out
}

// callbackArgs are the arguments env.callback(x) passes to a function
// of type ft: x converted to each parameter's type (a v128: x
// sign-extended in both halves), in slots.
func callbackArgs(ft wasm.FuncType, x uint64) []uint64 {
	args := make([]uint64, 0, wasm.Slots(ft.Params))
	for _, t := range ft.Params {
		var v uint64
		switch t {
		case wasm.I32, wasm.I64:
			v = uint64(int64(int32(x)))
		case wasm.F32:
			v = uint64(math.Float32bits(float32(int32(x))))
		case wasm.F64:
			v = math.Float64bits(float64(int32(x)))
		case wasm.V128:
			args = append(args, uint64(int64(int32(x))))
			v = uint64(int64(int32(x)))
		}
		args = append(args, mask(t, v))
	}
	return args
}

// callbackResult is what env.callback returns from the callee's
// results: the first one if it is an integer (a float could be a NaN of
// either engine's choosing), else the number of results. res is in
// slots, so res[0] is the first result's (low) slot.
func callbackResult(ft wasm.FuncType, res []uint64) uint64 {
	if len(res) > 0 && (ft.Results[0] == wasm.I32 || ft.Results[0] == wasm.I64) {
		return uint64(uint32(res[0]))
	}
	return uint64(len(res))
}

// maskSlots returns a copy of values of types ts, in slots, with the
// unused upper bits of 32-bit scalars cleared (engines may leave garbage
// there); v128 slots are all bits.
func maskSlots(ts []wasm.ValType, s []uint64) []uint64 {
	out := make([]uint64, 0, wasm.Slots(ts))
	for _, t := range ts {
		if t == wasm.V128 {
			out = append(out, s[len(out)], s[len(out)+1])
			continue
		}
		out = append(out, mask(t, s[len(out)]))
	}
	return out
}

func mask(t wasm.ValType, v uint64) uint64 {
	if t == wasm.I32 || t == wasm.F32 {
		return uint64(uint32(v))
	}
	return v
}

// checkImports reports why a module's imports cannot be provided.
func checkImports(m *wasm.Module) error {
	for _, imp := range m.Imports {
		switch {
		case imp.Kind == wasm.ExternFunc && (imp.Module == HostModule || imp.Module == "fuzzing-support"):
		case imp.Kind == wasm.ExternMemory && imp.Module == HostModule && imp.Memory.Limits.Min <= maxMemoryPages:
		case imp.Kind == wasm.ExternTable && imp.Module == HostModule && imp.Table.Elem == wasm.FuncRef && imp.Table.Limits.Min <= maxTableElements:
		case imp.Kind == wasm.ExternGlobal && imp.Module == HostModule:
			g, ok := hostGlobals[imp.Name]
			if !ok || g.t != imp.Global {
				return fmt.Errorf("unsupported import %s.%s", imp.Module, imp.Name)
			}
		default:
			return fmt.Errorf("unsupported import %s.%s (%v)", imp.Module, imp.Name, imp.Kind)
		}
	}
	return nil
}

// native runs the module on Kiln's native code.
type native struct {
	m       *wasm.Module
	mod     *instance.Module
	inst    *instance.Instance
	log     []logEntry
	timeout time.Duration
	externs map[[2]string]instance.Extern
	mems    []*instance.Memory // host memories made for the current instance
}

func newNative(m *wasm.Module, timeout time.Duration, opts backend.Options) (*native, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, err := backend.Compile(ctx, m, opts)
	if err != nil {
		return nil, fmt.Errorf("native compile: %w", err)
	}
	mod, err := instance.Load(m, c)
	if err != nil {
		return nil, fmt.Errorf("native load: %w", err)
	}
	e := &native{m: m, mod: mod, timeout: timeout, externs: map[[2]string]instance.Extern{}}
	for _, imp := range m.Imports {
		key := [2]string{imp.Module, imp.Name}
		switch imp.Kind {
		case wasm.ExternFunc:
			ft := m.Types[imp.TypeIndex]
			name := imp.Module + "." + imp.Name
			fn := func(_ context.Context, _ *instance.Instance, stack []uint64) error {
				out := hostCall(&e.log, name, ft, stack[:wasm.Slots(ft.Params)])
				copy(stack, out)
				return nil
			}
			if name == HostModule+".callback" {
				fn = func(ctx context.Context, caller *instance.Instance, stack []uint64) error {
					hostCall(&e.log, name, ft, stack[:1])
					f := caller.Exports()[CallbackTarget].Func
					s := make([]uint64, max(wasm.Slots(f.Type.Params), wasm.Slots(f.Type.Results), 1))
					copy(s, callbackArgs(f.Type, stack[0]))
					if err := f.Call(ctx, s); err != nil {
						return err
					}
					stack[0] = callbackResult(f.Type, maskSlots(f.Type.Results, s))
					return nil
				}
			}
			e.externs[key] = instance.Extern{Kind: wasm.ExternFunc, Func: &instance.Func{Type: ft, Host: &instance.HostFunc{Type: ft, Fn: fn}}}
		case wasm.ExternGlobal:
			g := hostGlobals[imp.Name]
			e.externs[key] = instance.Extern{Kind: wasm.ExternGlobal, Global: instance.NewGlobal(g.t, g.bits)}
		}
	}
	return e, nil
}

func nativeOutcome(err error) outcome {
	var t *trap.Trap
	if errors.As(err, &t) {
		o := outcome{trap: t.Code.String(), trapFunc: t.Func, trapOff: -1}
		if !t.NativeOffset {
			o.trapOff = int64(t.Offset)
		}
		o.timeout = t.Code == trap.CodeInterrupted
		return o
	}
	return outcome{err: err}
}

func (e *native) instantiate() outcome {
	if e.inst != nil {
		e.inst.Close()
		e.inst = nil
	}
	e.closeMemories()
	// Imported mutable globals, memories and tables start afresh with each
	// instance.
	for _, imp := range e.m.Imports {
		key := [2]string{imp.Module, imp.Name}
		switch imp.Kind {
		case wasm.ExternGlobal:
			g := hostGlobals[imp.Name]
			e.externs[key].Global.Set(g.bits)
		case wasm.ExternMemory:
			l := imp.Memory.Limits
			max := int64(-1)
			if l.HasMax {
				max = int64(min(l.Max, maxMemoryPages))
			}
			mem, err := instance.NewMemory(uint32(l.Min), max)
			if err != nil {
				return outcome{err: err}
			}
			e.externs[key] = instance.Extern{Kind: wasm.ExternMemory, Memory: mem}
			e.mems = append(e.mems, mem)
		case wasm.ExternTable:
			l := imp.Table.Limits
			max := uint64(maxTableElements)
			if l.HasMax {
				max = min(l.Max, max)
			}
			e.externs[key] = instance.Extern{Kind: wasm.ExternTable, Table: instance.NewTable(wasm.FuncRef, uint32(l.Min), max)}
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), e.timeout)
	defer cancel()
	inst, err := instance.InstantiateWith(ctx, e.mod, func(module, name string) (instance.Extern, bool) {
		x, ok := e.externs[[2]string{module, name}]
		return x, ok
	}, instance.Limits{MemoryPages: maxMemoryPages, TableElements: maxTableElements, CallDepth: maxHostNesting})
	if err != nil {
		return nativeOutcome(err)
	}
	e.inst = inst
	return outcome{}
}

func (e *native) call(name string, args []uint64) outcome {
	x := e.inst.Exports()[name]
	ft := x.Func.Type
	stack := make([]uint64, max(wasm.Slots(ft.Params), wasm.Slots(ft.Results), 1))
	copy(stack, args)
	ctx, cancel := context.WithTimeout(context.Background(), e.timeout)
	defer cancel()
	if err := x.Func.Call(ctx, stack); err != nil {
		return nativeOutcome(err)
	}
	return outcome{results: maskSlots(ft.Results, stack)}
}

func (e *native) memory() []byte {
	if e.inst == nil || e.inst.Memory() == nil {
		return nil
	}
	return e.inst.Memory().Bytes()
}

func (e *native) global(name string) []uint64 {
	g := e.inst.Exports()[name].Global
	if g.Type.Type == wasm.V128 {
		lo, hi := g.GetV128()
		return []uint64{lo, hi}
	}
	return []uint64{mask(g.Type.Type, g.Get())}
}

func (e *native) setGlobal(name string, v uint64) { e.inst.Exports()[name].Global.Set(v) }

func (e *native) takeLog() []logEntry {
	l := e.log
	e.log = nil
	return l
}

func (e *native) close() {
	if e.inst != nil {
		e.inst.Close()
	}
	e.closeMemories()
	e.mod.Close()
}

// closeMemories closes the host memories made for the last instance (they
// are released once that instance is).
func (e *native) closeMemories() {
	for _, m := range e.mems {
		m.Close()
	}
	e.mems = e.mems[:0]
}

// interpreter runs the module on the IR interpreter.
type interpreter struct {
	b        []byte
	m        *wasm.Module
	store    *interp.Store
	inst     *interp.Instance
	log      []logEntry
	optimize bool
	fuel     int64
}

func newInterp(b []byte, m *wasm.Module, fuel int64, optimize bool) *interpreter {
	return &interpreter{b: b, m: m, fuel: fuel, optimize: optimize}
}

// interpPanic is a failure of the interpreter itself.
type interpPanic struct{ v any }

func (p interpPanic) Error() string { return fmt.Sprintf("interpreter panic: %v", p.v) }

func interpOutcome(err error) outcome {
	var t *interp.Trap
	if errors.As(err, &t) {
		if t.Reason == interp.ReasonOutOfFuel {
			return outcome{trap: t.Reason, timeout: true}
		}
		return outcome{trap: t.Reason}
	}
	return outcome{err: err}
}

func (e *interpreter) instantiate() (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{err: interpPanic{r}}
		}
	}()
	// A fresh store: the state of the previous instance is gone.
	s := &interp.Store{Optimize: e.optimize, Fuel: e.fuel, MaxMemoryPages: maxMemoryPages, MaxTableElements: maxTableElements}
	e.store, e.inst = s, nil
	externs := map[[2]string]interp.Extern{}
	for _, imp := range e.m.Imports {
		key := [2]string{imp.Module, imp.Name}
		switch imp.Kind {
		case wasm.ExternFunc:
			ft := e.m.Types[imp.TypeIndex]
			name := imp.Module + "." + imp.Name
			fn := func(args []uint64) []uint64 { return hostCall(&e.log, name, ft, args) }
			if name == HostModule+".callback" {
				fn = func(args []uint64) []uint64 {
					hostCall(&e.log, name, ft, args)
					f := e.inst.Exports[CallbackTarget].Func
					res := s.CallNested(f, callbackArgs(f.Type, args[0]))
					return []uint64{callbackResult(f.Type, maskSlots(f.Type.Results, res))}
				}
			}
			externs[key] = interp.Extern{Kind: wasm.ExternFunc, Func: s.HostFunc(ft, fn)}
		case wasm.ExternGlobal:
			g := hostGlobals[imp.Name]
			externs[key] = interp.Extern{Kind: wasm.ExternGlobal, Global: &interp.Global{Type: g.t, Bits: g.bits}}
		case wasm.ExternMemory:
			l := imp.Memory.Limits
			max := uint64(maxMemoryPages)
			if l.HasMax {
				max = min(l.Max, max)
			}
			externs[key] = interp.Extern{Kind: wasm.ExternMemory, Memory: &interp.Memory{Data: make([]byte, l.Min*65536), Max: max}}
		case wasm.ExternTable:
			l := imp.Table.Limits
			max := uint64(maxTableElements)
			if l.HasMax {
				max = min(l.Max, max)
			}
			externs[key] = interp.Extern{Kind: wasm.ExternTable, Table: &interp.Table{Elems: make([]uint64, l.Min), Max: max, Type: wasm.FuncRef}}
		}
	}
	inst, err := s.Instantiate(e.b, func(module, name string) (interp.Extern, bool) {
		x, ok := externs[[2]string{module, name}]
		return x, ok
	})
	if err != nil {
		return interpOutcome(err)
	}
	e.inst = inst
	return outcome{}
}

func (e *interpreter) call(name string, args []uint64) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{err: interpPanic{r}}
		}
	}()
	f := e.inst.Exports[name].Func
	out, err := e.store.Call(f, args)
	if err != nil {
		return interpOutcome(err)
	}
	return outcome{results: maskSlots(f.Type.Results, out)}
}

func (e *interpreter) memory() []byte {
	if e.inst == nil || e.inst.Memory() == nil {
		return nil
	}
	return e.inst.Memory().Data
}

func (e *interpreter) global(name string) []uint64 {
	g := e.inst.Exports[name].Global
	if g.Type.Type == wasm.V128 {
		return []uint64{g.Bits, g.Hi}
	}
	return []uint64{mask(g.Type.Type, g.Bits)}
}

func (e *interpreter) setGlobal(name string, v uint64) { e.inst.Exports[name].Global.Bits = v }

func (e *interpreter) takeLog() []logEntry {
	l := e.log
	e.log = nil
	return l
}

func (e *interpreter) close() {}
