package amd64

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"

	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/backend/regalloc"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/wasm"
)

// Options control compilation.
type Options struct {
	// Workers is the number of goroutines compiling functions (0: one per
	// CPU).
	Workers int
	// Verify runs the IR verifier after every pass (slow; for tests).
	Verify bool
	// NoInterruptPolls: see Env (for measuring the polls' cost only).
	NoInterruptPolls bool
}

// IRSignature converts a Wasm function type.
func IRSignature(t wasm.FuncType) ir.Signature {
	conv := func(ts []wasm.ValType) []ir.Type {
		out := make([]ir.Type, len(ts))
		for i, v := range ts {
			switch v {
			case wasm.I32:
				out[i] = ir.I32
			case wasm.I64:
				out[i] = ir.I64
			case wasm.F32:
				out[i] = ir.F32
			case wasm.F64:
				out[i] = ir.F64
			case wasm.V128:
				out[i] = ir.V128
			case wasm.FuncRef:
				out[i] = ir.FuncRef
			case wasm.ExternRef:
				out[i] = ir.ExternRef
			}
		}
		return out
	}
	return ir.Signature{Params: conv(t.Params), Results: conv(t.Results)}
}

// NewEnv describes module m to instruction selection.
func NewEnv(m *wasm.Module) *Env {
	return &Env{
		FuncType:         func(i uint32) ir.Signature { return IRSignature(m.Types[m.FuncTypes[i]]) },
		Type:             func(i uint32) ir.Signature { return IRSignature(m.Types[i]) },
		NumImportedFuncs: m.NumImportedFuncs,
		Layout:           mach.NewLayout(m),
	}
}

// worker holds one goroutine's reusable compilation state.
type worker struct {
	tr  *translate.Translator
	sel Selector
	em  *Emitter
	ra  *regalloc.Allocator
}

func newWorker() *worker {
	return &worker{tr: translate.New(), em: NewEmitter(), ra: regalloc.NewAllocator()}
}

// function compiles defined function idx.
func (w *worker) function(m *wasm.Module, env *Env, idx uint32, opts Options) (*Code, error) {
	f, err := w.tr.Function(m, idx)
	if err != nil {
		return nil, err
	}
	if err := opt.Optimize(f, opts.Verify); err != nil {
		return nil, fmt.Errorf("function %d: %w", idx, err)
	}
	opt.SplitCriticalEdges(f)
	l, err := w.sel.Select(f, env)
	if err != nil {
		return nil, fmt.Errorf("function %d: %w", idx, err)
	}
	alloc, err := w.ra.Allocate(l.Code, RegInfo)
	if err != nil {
		return nil, fmt.Errorf("function %d: register allocation: %w", idx, err)
	}
	c, err := w.em.Emit(l, alloc)
	if err != nil {
		return nil, fmt.Errorf("function %d: %w", idx, err)
	}
	w.tr.Recycle(f)
	return c, nil
}

// ErrUnsupported is wrapped by errors for what the compiler cannot compile
// yet (SIMD, for now).
var ErrUnsupported = errors.New("not supported yet")

// CompileModule compiles every function of validated module m, in
// parallel, and links them with the module's thunks and entry shims. The
// result is the same whatever the number of workers.
func CompileModule(m *wasm.Module, opts Options) (*mach.Compiled, error) {
	env := NewEnv(m)
	env.NoInterruptPolls = opts.NoInterruptPolls
	n := len(m.Codes)
	codes := make([]*Code, n)
	errs := make([]error, n)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(n, 1))
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker()
			for !failed.Load() {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				idx := m.NumImportedFuncs + uint32(i)
				codes[i], errs[i] = w.compileSafe(m, env, idx, opts)
				if errs[i] != nil {
					failed.Store(true)
				}
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			if errors.Is(err, translate.ErrUnsupported) || errors.Is(err, errUnsupported) {
				return nil, fmt.Errorf("function %d: %w: %v", m.NumImportedFuncs+uint32(i), ErrUnsupported, err)
			}
			return nil, err
		}
	}
	return link(m, env, codes)
}

// compileSafe turns a compiler panic into an error naming the function:
// the compiler must never take the process down.
func (w *worker) compileSafe(m *wasm.Module, env *Env, idx uint32, opts Options) (c *Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("internal compiler error in function %d: %v", idx, r)
			// The worker's state may be inconsistent: start afresh.
			*w = *newWorker()
		}
	}()
	return w.function(m, env, idx, opts)
}

// link lays out the blob: thunks, functions, entry shims, host thunks.
func link(m *wasm.Module, env *Env, codes []*Code) (*mach.Compiled, error) {
	out := &mach.Compiled{Arch: "amd64", Layout: env.Layout, Shims: map[uint32]uint32{}}
	var blob []byte
	align := func() {
		for len(blob)%16 != 0 {
			blob = append(blob, 0xCC) // int3 padding
		}
	}
	// Thunks: MOVQ $stub, R11; JMP R11, with the stub address patched at load.
	thunkOff := [NumThunks]uint32{}
	for t := 0; t < NumThunks; t++ {
		align()
		thunkOff[t] = uint32(len(blob))
		// 49 BB imm64: movabs r11, imm64; 41 FF E3: jmp r11.
		blob = append(blob, 0x49, 0xBB, 0, 0, 0, 0, 0, 0, 0, 0, 0x41, 0xFF, 0xE3)
		stub := mach.StubTrap
		if t == ThunkHostExit {
			stub = mach.StubHostExit
		}
		out.Relocs = append(out.Relocs, mach.LoadReloc{Offset: thunkOff[t] + 2, Kind: mach.RelocStubAbs64, Addend: int64(stub)})
	}
	starts := make([]uint32, len(codes))
	for i, c := range codes {
		align()
		starts[i] = uint32(len(blob))
		blob = append(blob, c.Bytes...)
		idx := m.NumImportedFuncs + uint32(i)
		out.Funcs = append(out.Funcs, mach.FuncRange{Start: starts[i], End: uint32(len(blob)), Index: idx})
		for _, t := range c.Traps {
			out.Traps = append(out.Traps, mach.TrapSite{Start: starts[i] + t.Start, End: starts[i] + t.End, Code: t.Code, Func: idx, Pos: t.Pos})
		}
	}
	// Entry shims for the functions the host may call directly.
	shimFor := map[uint32]bool{}
	for _, e := range m.Exports {
		if e.Kind == wasm.ExternFunc {
			shimFor[e.Index] = true
		}
	}
	if m.HasStart {
		shimFor[m.Start] = true
	}
	// Functions placed in tables can be called by the host through a
	// funcref, too.
	for i := range m.Elems {
		for _, fi := range m.Elems[i].Funcs {
			shimFor[fi] = true
		}
	}
	var shimList []uint32
	for f := range shimFor {
		// An imported function is called through its own module's shim
		// (or, for a Go function, directly): its descriptor says which.
		if f >= m.NumImportedFuncs {
			shimList = append(shimList, f)
		}
	}
	sort.Slice(shimList, func(i, j int) bool { return shimList[i] < shimList[j] })
	type callFix struct {
		site   uint32 // blob offset of the rel32
		target uint32 // blob offset of the callee
	}
	var fixes []callFix
	a := newAsm()
	for _, fi := range shimList {
		sig := env.FuncType(fi)
		code, callOff, err := shim(a, sig)
		if err != nil {
			return nil, err
		}
		align()
		out.Shims[fi] = uint32(len(blob))
		base := uint32(len(blob))
		blob = append(blob, code...)
		fixes = append(fixes, callFix{base + callOff, starts[fi-m.NumImportedFuncs]})
	}
	for i := uint32(0); i < m.NumImportedFuncs; i++ {
		code, callOff, err := hostThunk(a, env.FuncType(i), i)
		if err != nil {
			return nil, err
		}
		align()
		base := uint32(len(blob))
		out.HostThunks = append(out.HostThunks, base)
		blob = append(blob, code...)
		fixes = append(fixes, callFix{base + callOff, thunkOff[ThunkHostExit]})
	}
	// Resolve calls within the blob.
	for i, c := range codes {
		for _, r := range c.Relocs {
			site := starts[i] + r.Offset
			switch r.Kind {
			case RelocCallFunc:
				if r.Target < m.NumImportedFuncs || r.Target >= m.NumFuncs() {
					return nil, fmt.Errorf("amd64: call to function %d has no body", r.Target)
				}
				fixes = append(fixes, callFix{site, starts[r.Target-m.NumImportedFuncs]})
			case RelocCallThunk:
				fixes = append(fixes, callFix{site, thunkOff[r.Target]})
			case RelocFuncAbs64:
				out.Relocs = append(out.Relocs, mach.LoadReloc{Offset: site, Kind: mach.RelocBlobAbs64, Addend: int64(starts[i]) + r.Addend})
			}
		}
	}
	for _, fx := range fixes {
		rel := int64(fx.target) - int64(fx.site+4)
		binary.LittleEndian.PutUint32(blob[fx.site:], uint32(int32(rel)))
	}
	sort.Slice(out.Traps, func(i, j int) bool { return out.Traps[i].Start < out.Traps[j].Start })
	out.Code = blob
	return out, nil
}

// callOffset finds the rel32 of the CALL Prog p in assembled code.
func callOffset(p *obj.Prog) uint32 { return uint32(p.Pc) + 1 }

// shim assembles the entry shim for a function of signature sig: it reads
// the arguments from the slots at ExecCtx.Args, calls the function (the
// rel32 at the returned offset is patched by the linker) and writes the
// results back.
func shim(a *asm, sig ir.Signature) ([]byte, uint32, error) {
	a.reset()
	a.op2(x86.APUSHQ, xreg(x86.REG_BP), obj.Addr{})
	a.op2(x86.AMOVQ, xreg(x86.REG_SP), xreg(x86.REG_BP))
	regs, stack := assignRegs(sig.Params)
	if stack > 0 {
		a.op2(x86.ASUBQ, imm(int64((8*stack+15)&^15)), xreg(x86.REG_SP))
	}
	a.op2(x86.AMOVQ, mem(x86.REG_R15, offArgs), xreg(x86.REG_R11))
	k := 0
	for i, r := range regs {
		if r < 0 {
			a.op2(x86.AMOVQ, mem(x86.REG_R11, 8*int64(i)), xreg(x86.REG_R10))
			a.op2(x86.AMOVQ, xreg(x86.REG_R10), mem(x86.REG_SP, 8*int64(k)))
			k++
		}
	}
	for i, r := range regs {
		if r >= 0 {
			a.op2(x86.AMOVQ, mem(x86.REG_R11, 8*int64(i)), xreg(hw(uint32(r))))
		}
	}
	call := a.callSym(symRef{kind: symShimTarget})
	results, rstack := assignRegs(sig.Results)
	if rstack > 0 {
		return nil, 0, fmt.Errorf("amd64: %d results: %w", len(sig.Results), errUnsupported)
	}
	a.op2(x86.AMOVQ, mem(x86.REG_R15, offArgs), xreg(x86.REG_R11))
	for i, r := range results {
		a.op2(x86.AMOVQ, xreg(hw(uint32(r))), mem(x86.REG_R11, 8*int64(i)))
	}
	a.op2(x86.AMOVQ, xreg(x86.REG_BP), xreg(x86.REG_SP))
	a.op2(x86.APOPQ, obj.Addr{}, xreg(x86.REG_BP))
	a.add(obj.ARET)
	code, _, err := a.assemble()
	if err != nil {
		return nil, 0, err
	}
	return code, callOffset(call), nil
}

// hostThunk assembles the code an imported function bound to a Go function
// runs: the arguments go to slots on the native stack, a host exit runs the
// Go function (ExecCtx.HostIndex = the import's index), the results come
// back from the slots.
func hostThunk(a *asm, sig ir.Signature, importIdx uint32) ([]byte, uint32, error) {
	a.reset()
	a.op2(x86.APUSHQ, xreg(x86.REG_BP), obj.Addr{})
	a.op2(x86.AMOVQ, xreg(x86.REG_SP), xreg(x86.REG_BP))
	slots := max(len(sig.Params), len(sig.Results), 1)
	a.op2(x86.ASUBQ, imm(int64((8*slots+15)&^15)), xreg(x86.REG_SP))
	regs, _ := assignRegs(sig.Params)
	stackIdx := 0
	for i, r := range regs {
		if r >= 0 {
			a.op2(x86.AMOVQ, xreg(hw(uint32(r))), mem(x86.REG_SP, 8*int64(i)))
			continue
		}
		a.op2(x86.AMOVQ, mem(x86.REG_BP, 16+8*int64(stackIdx)), xreg(x86.REG_R11))
		a.op2(x86.AMOVQ, xreg(x86.REG_R11), mem(x86.REG_SP, 8*int64(i)))
		stackIdx++
	}
	a.op2(x86.AMOVQ, xreg(x86.REG_SP), mem(x86.REG_R15, offHostArgs))
	a.op2(x86.AMOVQ, imm(int64(slots)), mem(x86.REG_R15, offHostSlots))
	a.op2(x86.AMOVQ, imm(int64(HostImportBase+importIdx)), mem(x86.REG_R15, offHostIndex))
	call := a.callSym(symRef{kind: symShimTarget})
	results, rstack := assignRegs(sig.Results)
	if rstack > 0 {
		return nil, 0, fmt.Errorf("amd64: %d results: %w", len(sig.Results), errUnsupported)
	}
	for i, r := range results {
		a.op2(x86.AMOVQ, mem(x86.REG_SP, 8*int64(i)), xreg(hw(uint32(r))))
	}
	a.op2(x86.AMOVQ, xreg(x86.REG_BP), xreg(x86.REG_SP))
	a.op2(x86.APOPQ, obj.Addr{}, xreg(x86.REG_BP))
	a.add(obj.ARET)
	code, _, err := a.assemble()
	if err != nil {
		return nil, 0, err
	}
	return code, callOffset(call), nil
}

// assignRegs gives each value of types ts its register in the internal
// convention (-1 for a stack slot) and counts the stack slots.
func assignRegs(ts []ir.Type) ([]int, int) {
	out := make([]int, len(ts))
	ni, nf, stack := 0, 0, 0
	for i, t := range ts {
		switch {
		case classOf(t) == mach.ClassInt && ni < maxRegArgsInt:
			out[i] = int(intArgRegs[ni])
			ni++
		case classOf(t) == mach.ClassFloat && nf < maxRegArgsFlt:
			out[i] = int(floatArgRegs[nf])
			nf++
		default:
			out[i] = -1
			stack++
		}
	}
	return out, stack
}

const offArgs = 64
