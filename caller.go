package kiln

import (
	"context"
	"errors"
	"fmt"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/runtime/instance"
)

// Caller is the instance that called a host function: through it the
// function reads and writes the guest's memory (every pointer a guest
// passes is an offset in it) and calls the guest's exports (an allocator,
// a callback). It is valid only during the call it was given to; it also
// works during the instance's start function, before Instantiate returns.
type Caller struct {
	inst *instance.Instance
}

// Memory returns the caller's memory (exported or not), or nil if it has
// none.
func (c Caller) Memory() *Memory {
	m := c.inst.Memory()
	if m == nil {
		return nil
	}
	return &Memory{m: m, inst: c.inst}
}

// Func returns the caller's exported function name, or nil. Calling it
// from the host function is a nested call into the same instance.
func (c Caller) Func(name string) *Function { return (&Instance{inst: c.inst}).Func(name) }

// Global returns the caller's exported global name, or nil.
func (c Caller) Global(name string) *Global { return (&Instance{inst: c.inst}).Global(name) }

// HostFunction is a host function in its fast form, without reflection
// or allocation per call: the arguments are in stack, one uint64 slot per
// parameter (two for a v128: low half first; an i32 in the low 32 bits,
// a float as its IEEE bits), and the function stores its results in
// stack the same way, from slot 0 (stack has room for both). A funcref
// result must be one Wasm gave the host, of a live instance, or 0: any
// other value aborts the call with an error. A non-nil error aborts the
// call: the guest is unwound, and the Call that entered it returns the
// error.
type HostFunction func(ctx context.Context, caller Caller, stack []uint64) error

// HostFunc provides fn, of type typ, as module.name: the fast form of
// Func.
func (im *Imports) HostFunc(module, name string, typ FunctionType, fn HostFunction) *Imports {
	ft, err := wasmFuncType(typ)
	if err != nil {
		im.err = errors.Join(im.err, fmt.Errorf("kiln: import %s.%s: %w", module, name, err))
		return im
	}
	hf := &instance.HostFunc{Type: ft, Fn: func(ctx context.Context, caller *instance.Instance, stack []uint64) error {
		return fn(ctx, Caller{inst: caller}, stack)
	}}
	im.funcs[[2]string{module, name}] = &instance.Func{Host: hf, Type: ft}
	return im
}

func wasmFuncType(t FunctionType) (wasm.FuncType, error) {
	conv := func(ts []ValueType) ([]wasm.ValType, error) {
		out := make([]wasm.ValType, len(ts))
		for i, v := range ts {
			switch v {
			case ValueTypeI32, ValueTypeI64, ValueTypeF32, ValueTypeF64, ValueTypeV128, ValueTypeFuncRef, ValueTypeExternRef:
				out[i] = wasm.ValType(v)
			default:
				return nil, fmt.Errorf("unknown value type %#x", byte(v))
			}
		}
		return out, nil
	}
	p, err := conv(t.Params)
	if err != nil {
		return wasm.FuncType{}, err
	}
	r, err := conv(t.Results)
	return wasm.FuncType{Params: p, Results: r}, err
}
