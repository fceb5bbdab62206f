// Package backend drives Kiln's code generation: it runs the per-function
// pipeline (translation to IR, the pass list, instruction selection,
// register allocation, encoding) over a module's functions on parallel
// workers, and links the results into one relocatable mach.Compiled.
// Everything here is ISA-neutral; an instruction set contributes a
// mach.ISA (backend/amd64, backend/arm64), chosen by Target.
//
// It is one of Kiln's implementation packages, without a compatibility
// promise: programs embedding Kiln use package kiln
// (github.com/kilnwasm/kiln) and package wasi.
package backend

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kilnwasm/kiln/backend/amd64"
	"github.com/kilnwasm/kiln/backend/arm64"
	"github.com/kilnwasm/kiln/backend/internal/regalloc"
	"github.com/kilnwasm/kiln/backend/lower"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/ir"
	"github.com/kilnwasm/kiln/compiler/opt"
	"github.com/kilnwasm/kiln/compiler/translate"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
)

// Target is what code is generated for: an architecture and the optional
// CPU features the code may use.
type Target struct {
	Arch     abi.Arch
	Features abi.Features
}

// HostTarget is this machine: its architecture and detected CPU features.
func HostTarget() Target {
	a := abi.HostArch()
	return Target{Arch: a, Features: abi.HostFeatures(a)}
}

// TargetFor is the target for architecture a: this machine if a is its
// architecture, else a with abi.BaselineFeatures.
func TargetFor(a abi.Arch) Target {
	if a == abi.HostArch() {
		return HostTarget()
	}
	return Target{Arch: a, Features: abi.BaselineFeatures(a)}
}

func (t Target) String() string { return fmt.Sprintf("%v (features: %v)", t.Arch, t.Features) }

// ErrUnsupported is wrapped by errors for what Kiln cannot compile yet:
// an architecture without a backend, a function with more results than
// result registers, or instructions the target CPU lacks.
var ErrUnsupported = mach.ErrUnsupported

// isa returns the instruction set for arch: the one place where an
// architecture is mapped to its backend.
func isa(arch abi.Arch) (mach.ISA, error) {
	switch arch {
	case abi.ArchAMD64:
		return amd64.ISA{}, nil
	case abi.ArchARM64:
		return arm64.ISA{}, nil
	}
	return nil, fmt.Errorf("no backend for architecture %s: %w", runtime.GOARCH, ErrUnsupported)
}

// Options control compilation.
type Options struct {
	// Target is what to generate code for; the zero value means
	// HostTarget().
	Target Target
	// Workers is the number of goroutines compiling functions (0: one per
	// CPU).
	Workers int
	// Verify runs the IR verifier after every pass (slow; for tests).
	Verify bool
	// OptLevel says whether the optimization passes run (default: they do).
	OptLevel OptLevel
	// MaxFunctionBytes refuses a module with a function body larger than
	// this (0: no limit), so that a service can bound the work one module
	// costs before it starts.
	MaxFunctionBytes int
	// Dump, when set, receives the text of function idx after each stage
	// named in DumpStages ("ir", each pass and lower step by name, "vcode",
	// "regalloc").
	// It is called from the compiling goroutines, one call at a time.
	Dump       func(stage string, idx uint32, text string)
	DumpStages map[string]bool
	// Validate, when set, says that the module's function bodies have not
	// been validated (the rest has: Validate comes from validate.Prepare).
	// Each body is then validated as it is translated, decoded once for
	// both. If the module is invalid, Compile's error is that of
	// Validate.All, whatever else failed: the error of validating first.
	Validate *validate.Bodies
}

// OptLevel is how much the backend optimizes.
type OptLevel uint8

const (
	// OptSpeed runs every pass of Passes: the fastest code (the default).
	OptSpeed OptLevel = iota
	// OptNone runs none of them (only lower.Steps, which instruction
	// selection needs): code as the translator made it, compiled sooner.
	OptNone
)

func (l OptLevel) String() string {
	switch l {
	case OptSpeed:
		return "speed"
	case OptNone:
		return "none"
	}
	return fmt.Sprintf("OptLevel(%d)", uint8(l))
}

// Passes is the optimization pass list the backend runs on each function.
// lower.Steps follow it: what instruction selection requires of its input
// (the lowering of the runtime semantics).
var Passes = opt.Passes

// Compile compiles every function of validated module m (see
// Options.Validate) in parallel and links them with the module's thunks
// and entry shims. The result is the same whatever the number of workers.
// It returns ctx's error soon after ctx is done, leaving workers to stop at
// their next check.
func Compile(ctx context.Context, m *wasm.Module, opts Options) (*mach.Compiled, error) {
	c, err := compile(ctx, m, opts)
	if err != nil && opts.Validate != nil && ctx.Err() == nil {
		// Whichever function failed, maybe before an invalid one was
		// reached, the module's validation error comes first; the
		// bodies are validated again only on this error path.
		if verr := opts.Validate.All(ctx); verr != nil {
			return nil, verr
		}
	}
	return c, err
}

func compile(ctx context.Context, m *wasm.Module, opts Options) (*mach.Compiled, error) {
	if opts.Target.Arch == abi.ArchUnknown {
		opts.Target = HostTarget()
	}
	is, err := isa(opts.Target.Arch)
	if err != nil {
		return nil, err
	}
	if opts.OptLevel > OptNone {
		return nil, fmt.Errorf("unknown optimization level %d", opts.OptLevel)
	}
	if opts.MaxFunctionBytes > 0 {
		for i := range m.Codes {
			if n := len(m.Codes[i].Body); n > opts.MaxFunctionBytes {
				return nil, &FuncError{Func: m.NumImportedFuncs + uint32(i), Err: fmt.Errorf("body of %d bytes is over the limit of %d", n, opts.MaxFunctionBytes)}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	env := mach.NewEnv(m)
	// The stubs depend on the module alone: they are made while the
	// functions compile, off the serial link that follows.
	lk := is.NewLinker(opts.Target.Features)
	var st *stubs
	var stErr error
	stDone := make(chan struct{})
	go func() {
		defer close(stDone)
		st, stErr = makeStubs(lk, m, env)
	}()
	n := len(m.Codes)
	codes := make([]*mach.FuncCode, n)
	errs := make([]error, n)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(n, 1))
	order := compileOrder(m)
	var features atomic.Uint64
	var next atomic.Int64
	var stop atomic.Bool
	var dumpMu sync.Mutex
	var wg sync.WaitGroup
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker(is, opts, &dumpMu, &stop)
			for !stop.Load() {
				k := int(next.Add(1)) - 1
				if k >= n {
					break
				}
				i := int(order[k])
				idx := m.NumImportedFuncs + uint32(i)
				codes[i], errs[i] = w.compileSafe(m, env, idx)
				if errs[i] != nil {
					stop.Store(true)
				}
			}
			for {
				old := features.Load()
				if features.CompareAndSwap(old, old|uint64(w.fc.Features())) {
					break
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		stop.Store(true)
		return nil, ctx.Err()
	}
	for i, err := range errs {
		// A function stopped because another failed is not the error.
		if err != nil && !errors.Is(err, errStopped) {
			fe := &FuncError{Func: m.NumImportedFuncs + uint32(i), Err: err}
			if errors.Is(err, translate.ErrUnsupported) {
				fe.Err = fmt.Errorf("%w: %v", ErrUnsupported, err)
			}
			return nil, fe
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	<-stDone
	if stErr != nil {
		return nil, stErr
	}
	c, err := link(lk, m, env, codes, st, workers)
	if err != nil {
		return nil, err
	}
	c.Arch = opts.Target.Arch
	c.Features = abi.Features(features.Load())
	return c, nil
}

// compileOrder returns the indices of m's bodies in the order the
// workers take them: largest first, so that the last functions to start
// are small and no worker is left alone with a big one at the end; ties
// in index order. They are sorted as keys, size (descending) then index:
// a sort of the indices comparing through the module takes milliseconds
// for thousands of functions, before any worker starts.
func compileOrder(m *wasm.Module) []int32 {
	keys := make([]uint64, len(m.Codes))
	for i := range keys {
		keys[i] = uint64(math.MaxUint32-uint32(len(m.Codes[i].Body)))<<32 | uint64(i)
	}
	slices.Sort(keys)
	order := make([]int32, len(keys))
	for k, key := range keys {
		order[k] = int32(uint32(key))
	}
	return order
}

// FuncError is the error of Compile for a function it cannot compile:
// unsupported (errors.Is(err, ErrUnsupported)), over a limit, or an
// internal compiler error.
type FuncError struct {
	Func uint32 // the function's index
	Err  error
}

func (e *FuncError) Error() string {
	// The translator names the function too: say it once.
	return fmt.Sprintf("function %d: %s", e.Func, strings.TrimPrefix(e.Err.Error(), fmt.Sprintf("function %d: ", e.Func)))
}

func (e *FuncError) Unwrap() error { return e.Err }

// worker holds one goroutine's reusable compilation state.
type worker struct {
	is     mach.ISA
	opts   Options
	tr     *translate.Translator
	val    *validate.Body // nil if the bodies are validated
	fc     mach.FuncCompiler
	ra     *regalloc.Allocator
	dumpMu *sync.Mutex
	stop   *atomic.Bool
}

var errStopped = errors.New("compilation stopped")

func newWorker(is mach.ISA, opts Options, dumpMu *sync.Mutex, stop *atomic.Bool) *worker {
	w := &worker{is: is, opts: opts, tr: translate.New(), fc: is.NewFuncCompiler(opts.Target.Features),
		ra: regalloc.NewAllocator(), dumpMu: dumpMu, stop: stop}
	if opts.Validate != nil {
		w.val = opts.Validate.NewBody()
	}
	return w
}

func (w *worker) dump(stage string, idx uint32, text func() string) {
	if w.opts.Dump != nil && w.opts.DumpStages[stage] {
		w.dumpMu.Lock()
		defer w.dumpMu.Unlock()
		w.opts.Dump(stage, idx, text())
	}
}

// function compiles defined function idx.
func (w *worker) function(m *wasm.Module, env *mach.Env, idx uint32) (*mach.FuncCode, error) {
	var f *ir.Func
	var err error
	if w.val != nil {
		f, err = w.tr.FunctionValidating(m, idx, w.val)
	} else {
		f, err = w.tr.Function(m, idx)
	}
	if err != nil {
		return nil, err
	}
	w.dump("ir", idx, f.String)
	passes := Passes
	if w.opts.OptLevel == OptNone {
		passes = nil
	}
	for _, p := range passes {
		if w.stop.Load() {
			return nil, errStopped
		}
		p.Run(f)
		if w.opts.Verify {
			if err := ir.Verify(f); err != nil {
				return nil, fmt.Errorf("after %s: %w", p.Name, err)
			}
		}
		w.dump(p.Name, idx, f.String)
	}
	for _, s := range lower.Steps {
		s.Run(f, env)
		if w.opts.Verify {
			if err := ir.Verify(f); err != nil {
				return nil, fmt.Errorf("after %s: %w", s.Name, err)
			}
		}
		w.dump(s.Name, idx, f.String)
	}
	vc, err := w.fc.Select(f, env)
	if err != nil {
		return nil, err
	}
	// The IR is not needed any more: a huge function's can go while the
	// allocator and the emitter need room (see Recycle).
	w.tr.Recycle(f)
	w.dump("vcode", idx, func() string { return w.fc.Format(nil) })
	if w.stop.Load() {
		return nil, errStopped
	}
	alloc, err := w.ra.Allocate(vc, w.is.RegInfo())
	if err != nil {
		return nil, fmt.Errorf("register allocation: %w", err)
	}
	w.dump("regalloc", idx, func() string { return w.fc.Format(alloc) })
	c, err := w.fc.Emit(alloc)
	if err != nil {
		return nil, err
	}
	// Sorted here, in parallel, as link needs them.
	sortTraps(c.Traps)
	return c, nil
}

// compileSafe turns a compiler panic into an error naming the function:
// the compiler must never take the process down.
func (w *worker) compileSafe(m *wasm.Module, env *mach.Env, idx uint32) (c *mach.FuncCode, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("internal compiler error: %v", r)
			// The worker's state may be inconsistent: start afresh (the
			// compilation fails, so the features it used do not matter).
			*w = *newWorker(w.is, w.opts, w.dumpMu, w.stop)
		}
	}()
	return w.function(m, env, idx)
}
