// Package kiln compiles WebAssembly modules to native code and runs them.
//
// A Module is compiled once and instantiated any number of times; an
// Instance's exported functions are called with a context.Context, which
// can cancel a running call (the call returns a trap "interrupted"):
//
//	mod, err := kiln.Compile(ctx, wasmBytes)
//	imports := kiln.NewImports()
//	imports.Func("env", "log", func(x int32) { fmt.Println(x) })
//	inst, err := mod.Instantiate(ctx, imports)
//	results, err := inst.Func("add").Call(ctx, int32(1), int32(2))
//
// Values cross the boundary as Go numbers: int32, int64, float32 and
// float64 (uint32 and uint64 are accepted for integer parameters).
// Generated code runs on its own stack, outside the Go scheduler's view:
// a long call never blocks the garbage collector.
//
// Concurrency: a Module may be compiled, instantiated and inspected from
// any number of goroutines at once; Imports may be shared once built (its
// host functions are then called concurrently). Calls into one Instance
// from several goroutines are safe for the host (each runs on its own
// native stack), but the guest's memory and globals are shared without
// synchronization, so give each goroutine its own instance. Close (of an
// Instance or a Module) may be called from any goroutine: it interrupts
// calls in progress, and a module's code stays mapped until its last
// instance is closed.
package kiln

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"slices"
	"time"

	"github.com/kilnwasm/kiln/backend"
	"github.com/kilnwasm/kiln/backend/mach"
	"github.com/kilnwasm/kiln/compiler/validate"
	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/abi"
	"github.com/kilnwasm/kiln/internal/wasibind"
	"github.com/kilnwasm/kiln/runtime/artifact"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/linmem"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
)

// Trap is the error a call returns when WebAssembly code traps.
type Trap = trap.Trap

// ErrUnsupported is wrapped by the errors of Compile for what Kiln cannot
// compile yet on the target machine (SIMD on arm64, for now).
var ErrUnsupported = backend.ErrUnsupported

// ErrClosed is wrapped by the error of every operation on a closed
// Instance or Module or on a handle (Function, Memory, Global) obtained
// from a closed Instance: errors.Is(err, kiln.ErrClosed).
var ErrClosed = instance.ErrClosed

// ErrOutOfBounds is returned by Memory.Read and Memory.Write for a range
// outside the memory.
var ErrOutOfBounds = instance.ErrOutOfBounds

// Limits bounds what an instance may allocate and how deeply calls may
// nest through host functions: memory pages, table elements (at most
// 10,000,000, the JS API's limit), nested host -> Wasm calls, live
// instances in the process. A module that declares more than the limits
// allow fails to instantiate with a *LimitError; memory.grow and table.grow
// beyond them return -1; a call nested deeper traps "call stack
// exhausted". Zero fields take the defaults (see the field docs). Pass
// them to Instantiate with WithLimits.
type Limits = instance.Limits

// LimitError is the error of an instantiation the limits refuse.
type LimitError = instance.LimitError

// The defaults of Limits and the limits of the implementation.
const (
	// PageSize is the size of a WebAssembly memory page (64 KiB).
	PageSize = linmem.PageSize
	// DefaultMemoryPages is the default, and largest, value of
	// Limits.MemoryPages: 65,535 pages, 4 GiB less one page (Kiln's code
	// relies on the last 64 KiB of the 32-bit space being out of bounds).
	DefaultMemoryPages = instance.DefaultMemoryPages
	// MaxTableElements is the most elements a table may have, whatever
	// the limits (the JS API's limit, as in browsers, wasmtime, wazero);
	// DefaultTableElements is the default of Limits.TableElements.
	MaxTableElements     = instance.MaxTableElements
	DefaultTableElements = instance.DefaultTableElements
	// DefaultCallDepth is the default of Limits.CallDepth.
	DefaultCallDepth = instance.DefaultCallDepth
	// DefaultStackSize is the default of Limits.StackSize (1 MiB).
	DefaultStackSize = instance.DefaultStackSize
)

// InstantiateOption configures Module.Instantiate.
type InstantiateOption func(*instantiateConfig)

type instantiateConfig struct{ limits Limits }

// WithLimits sets the instance's limits (default: the zero Limits, i.e. the
// defaults).
func WithLimits(l Limits) InstantiateOption {
	return func(c *instantiateConfig) { c.limits = l }
}

// Module is a compiled module.
type Module struct {
	wasm   *wasm.Module
	loaded *instance.Module
	// artifact is the module's artifact when it was loaded from one (sum
	// is then the module's SHA-256); opts are the options MarshalBinary
	// records.
	artifact []byte
	sum      [32]byte
	opts     artifact.Options
	// For a module whose code is not loaded (loaded is nil: compiled for a
	// machine other than this one, or WithArtifactOnly): the code, for the
	// artifact (sum is then the module's SHA-256), what it needs (Target),
	// and Instantiate's error.
	compiled *mach.Compiled
	target   Target
	unloaded error
}

// CompileOption configures Compile.
type CompileOption func(*compileConfig)

type compileConfig struct {
	backend      backend.Options
	cache        *artifact.Cache
	artifactOnly bool
	err          error // an option's
}

// WithMaxFunctionBytes refuses a module with a function body larger than n
// bytes before any compilation work, so that a service accepting modules
// from others can bound what one costs (ctx's deadline bounds the time).
func WithMaxFunctionBytes(n int) CompileOption {
	return func(c *compileConfig) { c.backend.MaxFunctionBytes = n }
}

// WithWorkers sets how many goroutines compile the module's functions
// (default: one per CPU, GOMAXPROCS). The code is the same whatever the
// number.
func WithWorkers(n int) CompileOption {
	return func(c *compileConfig) { c.backend.Workers = n }
}

// WithCache makes Compile look up the module in the artifact cache in
// directory dir first (see DefaultCacheDir), and store what it compiles
// there: compiling a module already in the cache costs only loading its
// artifact. Entries are keyed by the module's SHA-256, this Kiln's
// version, the CPU and the options; a damaged or stale entry is ignored
// and replaced, never run. With CompileFile, the cache also records the
// SHA-256 of module files, so that an unchanged file is not even read.
func WithCache(dir string) CompileOption {
	return func(c *compileConfig) { c.cache = &artifact.Cache{Dir: dir} }
}

// WithArtifactOnly makes Compile compile a module for its artifact alone
// (Module.WriteArtifact, Module.MarshalBinary), as for a program that
// makes artifacts to run later or elsewhere (kiln compile): the code is
// not loaded into this process, which saves the time and memory that
// takes, and Instantiate fails. The cache (WithCache) is not used. An
// artifact given to Compile is loaded as usual.
func WithArtifactOnly() CompileOption {
	return func(c *compileConfig) { c.artifactOnly = true }
}

// Version is this build's Kiln version, which artifacts record: an
// artifact loads only into the Kiln version that made it. A release sets
// it at link time (-ldflags "-X
// github.com/kilnwasm/kiln/runtime/artifact.buildVersion=v1.2.3");
// otherwise it is the main module's version, a clean checkout's revision,
// or for any other build the executable's build ID.
func Version() string { return artifact.Version() }

// DefaultCacheDir is the cache directory the kiln command uses:
// $XDG_CACHE_HOME/kiln, or ~/.cache/kiln.
func DefaultCacheDir() (string, error) { return artifact.DefaultDir() }

// Compile decodes, validates and compiles a module; given an artifact
// (see Module.MarshalBinary) instead of a .wasm, it loads that. A module
// that cannot be compiled fails with a *CompileError saying where and
// why (errors.Is: ErrInvalid or ErrUnsupported); an artifact that is
// damaged or made for another machine or Kiln version fails with an
// error wrapping ErrArtifact, before anything in it is executed. Compile
// returns soon after ctx is done, with ctx's error.
func Compile(ctx context.Context, b []byte, opts ...CompileOption) (*Module, error) {
	cfg := newCompileConfig(opts)
	if cfg.err != nil {
		return nil, cfg.err
	}
	if artifact.IsArtifact(b) {
		return LoadArtifact(b)
	}
	return compile(ctx, b, &cfg, nil, false)
}

func newCompileConfig(opts []CompileOption) compileConfig {
	cfg := compileConfig{backend: backend.Options{Target: backend.HostTarget()}}
	for _, opt := range opts {
		opt(&cfg)
	}
	if cfg.backend.OptLevel > OptNone && cfg.err == nil {
		cfg.err = fmt.Errorf("kiln: unknown optimization level %d", cfg.backend.OptLevel)
	}
	if !cfg.runnable() || cfg.artifactOnly {
		cfg.cache = nil // it can only keep what this machine runs, loaded
	}
	return cfg
}

// runnable reports whether this machine can run code for cfg's target.
func (cfg *compileConfig) runnable() bool {
	t := cfg.backend.Target
	return t.Arch == abi.HostArch() && abi.HostFeatures(t.Arch).Has(t.Features)
}

// compile compiles the module b, or loads it from the cache. sum is b's
// SHA-256 if the caller has it (only the cache needs it: MarshalBinary
// hashes on demand); looked means the cache was already asked for it.
func compile(ctx context.Context, b []byte, cfg *compileConfig, sum *[32]byte, looked bool) (*Module, error) {
	if cfg.cache != nil {
		if sum == nil {
			s := sha256.Sum256(b)
			sum = &s
		}
		if !looked {
			if mod := cfg.cached(*sum); mod != nil {
				return mod, nil
			}
		}
	} else {
		sum = new([32]byte)
	}
	m, err := wasm.Decode(b)
	if err != nil {
		return nil, compileError(err)
	}
	// The bodies are validated as they are compiled: each is decoded once.
	bodies, err := validate.Prepare(m)
	if err != nil {
		return nil, compileError(err)
	}
	var hashed chan [32]byte
	if cfg.artifactOnly || !cfg.runnable() {
		// The code is likely not to be loaded: its artifact's header
		// needs b's hash, computed while the functions compile rather
		// than after.
		hashed = make(chan [32]byte, 1)
		go func() { hashed <- sha256.Sum256(b) }()
	}
	bopts := cfg.backend
	bopts.Validate = bodies
	c, err := backend.Compile(ctx, m, bopts)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, compileError(err)
	}
	aopts := cfg.artifactOptions()
	target := Target{Arch: c.Arch.String(), Features: c.Features}
	if err := instance.CheckRunnable(c); err != nil && !cfg.runnable() {
		return &Module{wasm: m, compiled: c, sum: <-hashed, opts: aopts, target: target,
			unloaded: fmt.Errorf("kiln: module compiled for %v: %w", target, err)}, nil
	}
	if cfg.artifactOnly {
		return &Module{wasm: m, compiled: c, sum: <-hashed, opts: aopts, target: target,
			unloaded: errors.New("kiln: module compiled WithArtifactOnly: its code is not loaded")}, nil
	}
	lm, err := instance.Load(m, c)
	if err != nil {
		return nil, err
	}
	if cfg.cache != nil {
		// Written as it is encoded, and not kept: MarshalBinary makes it
		// again if it is ever needed. A cache that cannot be written costs
		// speed, not correctness.
		_ = cfg.cache.PutFunc(cfg.cacheKey(*sum), func(w io.Writer) error {
			return artifact.EncodeTo(w, m, c, *sum, aopts, lm.MemoryImage()) // the image Load made
		})
	}
	return &Module{wasm: m, loaded: lm, sum: *sum, opts: aopts}, nil
}

func (cfg *compileConfig) artifactOptions() artifact.Options {
	return artifact.Options{Unoptimized: cfg.backend.OptLevel == OptNone}
}

func (cfg *compileConfig) cacheKey(sum [32]byte) string {
	t := cfg.backend.Target
	return artifact.Key(sum, t.Arch, t.Features, cfg.artifactOptions())
}

// cached returns the module whose .wasm hashes to sum from the cache, or
// nil, having removed the entry if it is damaged or stale.
func (cfg *compileConfig) cached(sum [32]byte) *Module {
	key := cfg.cacheKey(sum)
	// Mapped, not read: the code and the memory image are mapped from the
	// file, and pages never touched are never read. The entry must say it
	// was compiled from sum: the key is only a file name.
	h, m, lm, err := instance.LoadArtifactFile(cfg.cache.Path(key), &sum)
	aopts := cfg.artifactOptions()
	if err == nil && h.Options == aopts {
		return &Module{wasm: m, loaded: lm, sum: sum, opts: aopts}
	}
	if err == nil {
		lm.Close() // compiled with other options: release its code
	}
	cfg.cache.Remove(key) // missing, damaged or stale: compile again
	return nil
}

// now is the clock of CompileFile's file records (tests move it).
var now = time.Now

// CompileFile is Compile for the module or artifact in the file at path.
// An artifact is mapped rather than read: its code and memory image are
// paged in from the file as they are used, so loading one, even of tens
// of megabytes, costs little more than checking its checksum. The file
// must not be rewritten in place while the module is open (replace it by
// renaming a new file over it, as kiln compile does).
//
// With WithCache, a .wasm that is a regular file is not even read when it
// has not changed since an earlier CompileFile hashed it: the cache
// records the SHA-256 of each module file it hashed along with the file's
// device, inode, size, modification and change times, and a file with
// the same ones has the same contents. (Only a file that had not changed
// for a few seconds is recorded, which makes this safe despite coarse
// timestamps; the change time cannot be set back, so restoring a
// modified file's size and modification time does not defeat it.)
func CompileFile(ctx context.Context, path string, opts ...CompileOption) (*Module, error) {
	cfg := newCompileConfig(opts)
	if cfg.err != nil {
		return nil, cfg.err
	}
	start := now() // before the file's identity: see artifact.Cache.PutFileSum
	f, err := artifact.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var head [len(artifact.Magic)]byte
	n, err := io.ReadFull(f, head[:])
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, err // a directory, an I/O error
	}
	if artifact.IsArtifact(head[:n]) {
		f.Close()
		h, m, lm, err := instance.LoadArtifactFile(path, nil)
		if err != nil {
			return nil, &artifactFileError{path: path, err: err}
		}
		return &Module{wasm: m, loaded: lm, sum: h.ModuleSHA256, opts: h.Options}, nil
	}
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	id, recordable := artifact.FileIDOf(fi)
	recordable = recordable && cfg.cache != nil
	var tried *[32]byte
	if recordable && n == len(head) {
		if sum, ok := cfg.cache.FileSum(path, id); ok {
			if mod := cfg.cached(sum); mod != nil {
				return mod, nil
			}
			tried = &sum // no usable entry: compile, from what the file holds now
		}
	}
	b, err := readRest(f, head[:n], fi.Size())
	if err != nil {
		return nil, err
	}
	if cfg.cache == nil {
		return compile(ctx, b, &cfg, nil, false)
	}
	sum := sha256.Sum256(b)
	if recordable {
		// Record only what was read from a file that did not change while
		// it was read (the same fd, so the same file whatever the path
		// names now).
		if fi, err := f.Stat(); err == nil {
			if id2, ok := artifact.FileIDOf(fi); ok && id2 == id {
				cfg.cache.PutFileSum(path, id, sum, start)
			}
		}
	}
	return compile(ctx, b, &cfg, &sum, tried != nil && *tried == sum)
}

// readRest returns head followed by the rest of f, whose size stat gave
// (as os.ReadFile: the size is a hint, the file may change).
func readRest(f *os.File, head []byte, size int64) ([]byte, error) {
	c := 512
	if size > int64(len(head)) && size < math.MaxInt32 {
		c = int(size) + 1 // + 1: the read that sees the end
	}
	b := append(make([]byte, 0, c), head...)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// artifactFileError is CompileFile's error for an artifact it cannot load:
// "PATH: what is wrong", wrapping ErrArtifact.
type artifactFileError struct {
	path string
	err  error
}

func (e *artifactFileError) Error() string   { return e.path + ": " + e.err.Error() }
func (e *artifactFileError) Unwrap() []error { return []error{ErrArtifact, e.err} }

// ErrArtifact is wrapped by the errors for an artifact that cannot be
// loaded: damaged (truncated, bad checksum, inconsistent), or made for
// another format, ABI or Kiln version, architecture or CPU.
var ErrArtifact = errors.New("cannot load artifact")

// LoadArtifact loads a module from an artifact made by
// Module.MarshalBinary or "kiln compile", without the .wasm and without
// compiling. Every check (checksum, versions, architecture, CPU features,
// consistency) is done before any of its code can run. b must not be
// modified afterwards: the module refers to it.
func LoadArtifact(b []byte) (*Module, error) {
	h, m, c, err := artifact.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrArtifact, err)
	}
	lm, err := instance.LoadArtifact(h, m, c, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrArtifact, err)
	}
	return &Module{wasm: m, loaded: lm, artifact: b, sum: h.ModuleSHA256, opts: h.Options}, nil
}

// MarshalBinary returns the module's artifact: its native code and
// everything needed to instantiate it, for LoadArtifact (or Compile) in a
// later process on a machine with the same architecture and CPU features
// and the same Kiln version.
func (m *Module) MarshalBinary() ([]byte, error) {
	if m.artifact != nil {
		return slices.Clone(m.artifact), nil // the module refers to its own copy
	}
	if m.loaded != nil {
		if b, ok := m.loaded.CopyArtifact(); !ok {
			return nil, fmt.Errorf("kiln: MarshalBinary: %w", ErrClosed)
		} else if b != nil {
			return b, nil // loaded from the cache
		}
	}
	c, sum, img := m.encoding()
	return artifact.EncodeWithImage(m.wasm, c, sum, m.opts, img), nil
}

// WriteArtifact writes the module's artifact, what MarshalBinary returns,
// to w. The artifact of a module compiled in this process is written as
// it is encoded, without a copy of it in memory: for a large module, tens
// of megabytes that MarshalBinary allocates.
func (m *Module) WriteArtifact(w io.Writer) error {
	if m.artifact != nil {
		_, err := w.Write(m.artifact)
		return err
	}
	if m.loaded != nil {
		if b, ok := m.loaded.CopyArtifact(); !ok {
			return fmt.Errorf("kiln: WriteArtifact: %w", ErrClosed)
		} else if b != nil {
			_, err := w.Write(b) // loaded from the cache
			return err
		}
	}
	c, sum, img := m.encoding()
	return artifact.EncodeTo(w, m.wasm, c, sum, m.opts, img)
}

// encoding returns what the artifact of a module compiled in this process
// is made of: its code, the module's SHA-256 and its memory image.
func (m *Module) encoding() (*mach.Compiled, [32]byte, *linmem.Image) {
	if m.loaded == nil {
		return m.compiled, m.sum, artifact.MemoryImage(m.wasm)
	}
	return m.loaded.Compiled, sha256.Sum256(m.wasm.Bytes), m.loaded.MemoryImage() // the image Load made
}

// FunctionName returns the name-section name of function index (as in
// Trap.Func and Trap.Frames), or "" if the module names none.
func (m *Module) FunctionName(index int32) string {
	if index < 0 {
		return ""
	}
	return m.wasm.FuncName(uint32(index))
}

// Close closes the module: Instantiate fails afterwards (ErrClosed). Its
// code is released once its last instance is closed; instances still open
// keep working.
func (m *Module) Close() error {
	if m.loaded == nil {
		return nil // compiled for its artifact or another machine: nothing mapped
	}
	return m.loaded.Close()
}

// Imports collects what an instantiation provides: Go functions, other
// instances' exports and WASI.
type Imports struct {
	funcs     map[[2]string]*instance.Func
	instances map[string]*Instance
	wasi      *wasibind.Table // wasi_snapshot_preview1
	wasi0     *wasibind.Table // wasi_unstable
	err       error
}

// WASI provides wasi_snapshot_preview1 backed by sys, which holds what the
// module is granted (see wasi.Config: arguments, environment, stdio as
// io.Reader/io.Writer, preopened directories read-only unless writable,
// read-only fs.FS mounts, listeners). A module gets nothing else.
//
// Modules importing the older WASI preview 0 (wasi_unstable) get it from
// the same sys.
func (im *Imports) WASI(sys *wasi.System) *Imports {
	im.wasi = wasibind.Funcs(sys)
	im.wasi0 = wasibind.FuncsPreview0(sys)
	return im
}

// WASIFromContext provides WASI as WASI does (wasi_snapshot_preview1 and
// wasi_unstable), except that each WASI call runs against the System that
// sys returns for the call's context: the context given to Function.Call,
// or to Instantiate for a start function (typically sys reads a context
// value). The Imports can then serve many instances at once, each with
// its own System, and binding WASI costs nothing per instance (kiln serve
// gives each request a System this way). A WASI call for which sys returns
// nil traps "unreachable".
func (im *Imports) WASIFromContext(sys func(context.Context) *wasi.System) *Imports {
	im.wasi = wasibind.FuncsFromContext(sys)
	im.wasi0 = wasibind.FuncsFromContextPreview0(sys)
	return im
}

// NewImports returns an empty set of imports.
func NewImports() *Imports {
	return &Imports{funcs: map[[2]string]*instance.Func{}, instances: map[string]*Instance{}}
}

// Func provides a Go function as module.name. fn's parameters and results
// must be int32, uint32, int64, uint64, float32, float64 or V128; it may
// take a context.Context first (the context of the Call that entered the
// guest), then a Caller (the calling instance: its memory and exports),
// and return an error last (which aborts the call). Func uses reflection
// and allocates at every call; HostFunc is the fast form.
func (im *Imports) Func(module, name string, fn any) *Imports {
	hf, err := hostFunc(fn)
	if err != nil {
		im.err = errors.Join(im.err, fmt.Errorf("kiln: import %s.%s: %w", module, name, err))
		return im
	}
	im.funcs[[2]string{module, name}] = &instance.Func{Host: hf, Type: hf.Type}
	return im
}

// Instance makes every export of inst importable under module name.
func (im *Imports) Instance(name string, inst *Instance) *Imports {
	im.instances[name] = inst
	return im
}

func (im *Imports) resolve(module, name string) (instance.Extern, bool) {
	if im == nil {
		return instance.Extern{}, false
	}
	if f, ok := im.funcs[[2]string{module, name}]; ok {
		return instance.Extern{Kind: wasm.ExternFunc, Func: f}, true
	}
	table := im.wasi
	if module == wasi.ModuleNamePreview0 {
		table = im.wasi0
	}
	if (module == wasi.ModuleName || module == wasi.ModuleNamePreview0) && table != nil {
		f, ok := table.Func(name)
		if !ok {
			return instance.Extern{}, false
		}
		return instance.Extern{Kind: wasm.ExternFunc, Func: f}, true
	}
	if inst, ok := im.instances[module]; ok {
		x, ok := inst.inst.Exports()[name]
		return x, ok
	}
	return instance.Extern{}, false
}

var (
	ctxType    = reflect.TypeFor[context.Context]()
	callerType = reflect.TypeFor[Caller]()
	errType    = reflect.TypeFor[error]()
	v128Type   = reflect.TypeFor[V128]()
)

func valType(t reflect.Type) (wasm.ValType, bool) {
	if t == v128Type {
		return wasm.V128, true
	}
	switch t.Kind() {
	case reflect.Int32, reflect.Uint32:
		return wasm.I32, true
	case reflect.Int64, reflect.Uint64:
		return wasm.I64, true
	case reflect.Float32:
		return wasm.F32, true
	case reflect.Float64:
		return wasm.F64, true
	}
	return 0, false
}

// hostFunc adapts a typed Go function to the runtime's slot convention.
func hostFunc(fn any) (*instance.HostFunc, error) {
	v := reflect.ValueOf(fn)
	if fn == nil || v.Kind() != reflect.Func {
		return nil, fmt.Errorf("%T is not a function", fn)
	}
	t := v.Type()
	if t.IsVariadic() {
		return nil, errors.New("a variadic function cannot be imported")
	}
	var ft wasm.FuncType
	first, wantCtx, wantCaller := 0, false, false
	if first < t.NumIn() && t.In(first) == ctxType {
		wantCtx = true
		first++
	}
	if first < t.NumIn() && t.In(first) == callerType {
		wantCaller = true
		first++
	}
	for i := first; i < t.NumIn(); i++ {
		vt, ok := valType(t.In(i))
		if !ok {
			return nil, fmt.Errorf("parameter of type %v is not supported", t.In(i))
		}
		ft.Params = append(ft.Params, vt)
	}
	nout := t.NumOut()
	hasErr := nout > 0 && t.Out(nout-1) == errType
	if hasErr {
		nout--
	}
	for i := 0; i < nout; i++ {
		vt, ok := valType(t.Out(i))
		if !ok {
			return nil, fmt.Errorf("result of type %v is not supported", t.Out(i))
		}
		ft.Results = append(ft.Results, vt)
	}
	return &instance.HostFunc{Type: ft, Fn: func(ctx context.Context, caller *instance.Instance, stack []uint64) error {
		in := make([]reflect.Value, t.NumIn())
		k := 0
		if wantCtx {
			in[k] = reflect.ValueOf(ctx)
			k++
		}
		if wantCaller {
			in[k] = reflect.ValueOf(Caller{inst: caller})
			k++
		}
		slot := 0
		for i := first; i < t.NumIn(); i++ {
			if ft.Params[i-first] == wasm.V128 {
				in[i] = reflect.ValueOf(v128Of(stack[slot], stack[slot+1]))
				slot += 2
				continue
			}
			in[i] = fromSlot(stack[slot], t.In(i))
			slot++
		}
		out := v.Call(in)
		if hasErr {
			if err, _ := out[nout].Interface().(error); err != nil {
				return err
			}
		}
		slot = 0
		for i := 0; i < nout; i++ {
			if ft.Results[i] == wasm.V128 {
				stack[slot], stack[slot+1] = out[i].Interface().(V128).halves()
				slot += 2
				continue
			}
			stack[slot] = toSlot(out[i])
			slot++
		}
		return nil
	}}, nil
}

func fromSlot(s uint64, t reflect.Type) reflect.Value {
	switch t.Kind() {
	case reflect.Int32:
		return reflect.ValueOf(int32(s)).Convert(t)
	case reflect.Uint32:
		return reflect.ValueOf(uint32(s)).Convert(t)
	case reflect.Int64:
		return reflect.ValueOf(int64(s)).Convert(t)
	case reflect.Uint64:
		return reflect.ValueOf(s).Convert(t)
	case reflect.Float32:
		return reflect.ValueOf(math.Float32frombits(uint32(s))).Convert(t)
	default:
		return reflect.ValueOf(math.Float64frombits(s)).Convert(t)
	}
}

func toSlot(v reflect.Value) uint64 {
	switch v.Kind() {
	case reflect.Int32, reflect.Int64:
		if v.Kind() == reflect.Int32 {
			return uint64(uint32(v.Int()))
		}
		return uint64(v.Int())
	case reflect.Uint32, reflect.Uint64:
		return v.Uint()
	case reflect.Float32:
		return uint64(math.Float32bits(float32(v.Float())))
	default:
		return math.Float64bits(v.Float())
	}
}

// Instance is an instantiated module.
type Instance struct {
	inst *instance.Instance
}

// Instantiate creates an instance. A missing or mismatched import is an
// error naming it; a module declaring more memory or table elements than
// the limits allow (WithLimits; defaults otherwise) a *LimitError; a trap
// in the start function or in segment initialization is a *Trap.
func (m *Module) Instantiate(ctx context.Context, imports *Imports, opts ...InstantiateOption) (*Instance, error) {
	if imports != nil && imports.err != nil {
		return nil, imports.err
	}
	if m.unloaded != nil {
		return nil, m.unloaded
	}
	var cfg instantiateConfig
	for _, o := range opts {
		o(&cfg)
	}
	inst, err := instance.InstantiateWith(ctx, m.loaded, imports.resolve, cfg.limits)
	if err != nil {
		return nil, err
	}
	return &Instance{inst: inst}, nil
}

// Close closes the instance and releases its memory. Every handle obtained
// from it (Function, Memory, Global) fails with ErrClosed afterwards. A
// call in progress on another goroutine is interrupted (it returns a trap
// "interrupted" or an error wrapping ErrClosed) or finishes; the memory is
// handed to another instance only after it returned, and only once no open
// instance imports from this one. Close may be called more than once, from
// any goroutine.
func (i *Instance) Close() error { return i.inst.Close() }

// Function is an exported function.
type Function struct {
	f         *instance.Func
	inst      *instance.Instance // the instance it was obtained from
	refParams bool               // some parameter is a funcref (checked at each call)
}

// Func returns the exported function name, or nil.
func (i *Instance) Func(name string) *Function {
	x, ok := i.inst.Exports()[name]
	if !ok || x.Kind != wasm.ExternFunc {
		return nil
	}
	return &Function{f: x.Func, inst: i.inst, refParams: slices.Contains(x.Func.Type.Params, wasm.FuncRef)}
}

// Type returns the function's signature.
func (f *Function) Type() FunctionType { return functionType(f.f.Type) }

// Call calls the function. Arguments must match its parameter types
// (int32/uint32 for i32, int64/uint64 for i64, float32, float64, uint64
// for a reference); results come back as int32, int64, float32, float64
// and uint64. A funcref is a value Wasm gave the host (or 0 for null):
// one that is not a function of a live instance is refused. It allocates
// the slots and the results at every call; CallWithStack is the fast
// form.
func (f *Function) Call(ctx context.Context, args ...any) ([]any, error) {
	if f.inst.Closed() {
		return nil, errClosed
	}
	ft := f.f.Type
	if len(args) != len(ft.Params) {
		return nil, fmt.Errorf("kiln: function takes %d arguments, got %d", len(ft.Params), len(args))
	}
	stack, out := callBuffers(max(wasm.Slots(ft.Params), wasm.Slots(ft.Results), 1), len(ft.Results))
	k := 0
	for i, a := range args {
		if ft.Params[i] == wasm.V128 {
			v, ok := a.(V128)
			if !ok {
				return nil, fmt.Errorf("kiln: argument %d: %T does not match v128", i, a)
			}
			stack[k], stack[k+1] = v.halves()
			k += 2
			continue
		}
		s, err := argSlot(a, ft.Params[i])
		if err != nil {
			return nil, fmt.Errorf("kiln: argument %d: %w", i, err)
		}
		stack[k] = s
		k++
	}
	if f.refParams {
		if err := f.checkRefs(stack); err != nil {
			return nil, err
		}
	}
	if err := f.f.Call(ctx, stack); err != nil {
		return nil, err
	}
	k = 0
	for i, t := range ft.Results {
		if t == wasm.V128 {
			out[i] = v128Of(stack[k], stack[k+1])
			k += 2
			continue
		}
		out[i] = slotValue(stack[k], t)
		k++
	}
	return out, nil
}

// callBuffers returns Call's slots and results, in one allocation for
// the small signatures most calls have.
func callBuffers(slots, results int) ([]uint64, []any) {
	if slots <= 4 && results <= 2 {
		b := new(struct {
			slots [4]uint64
			out   [2]any
		})
		return b.slots[:slots], b.out[:results]
	}
	return make([]uint64, slots), make([]any, results)
}

// CallWithStack is the fast form of Call, without reflection or
// allocation: the arguments are in stack as a HostFunction gets them (one
// uint64 slot per parameter, two for a v128: low half first; an i32 in the
// low 32 bits, a float as its IEEE bits; funcrefs are checked as in Call),
// and the results replace them, from slot 0. stack must have room for
// both: max(params, results) slots.
func (f *Function) CallWithStack(ctx context.Context, stack []uint64) error {
	if f.inst.Closed() {
		return errClosed
	}
	if f.refParams {
		if err := f.checkRefs(stack); err != nil {
			return err
		}
	}
	return f.f.Call(ctx, stack)
}

// checkRefs refuses funcref arguments in stack that are not functions of
// a live instance (instance.LiveFuncRef). The callers test refParams
// first: this does not inline, and CallWithStack is the fast path.
func (f *Function) checkRefs(stack []uint64) error {
	if err := instance.CheckFuncRefs(f.f.Type.Params, stack); err != nil {
		return fmt.Errorf("kiln: argument: %w", err)
	}
	return nil
}

// V128 is a WebAssembly v128 value, its bytes in memory order (lane 0
// first). Call takes and returns it for v128 parameters and results, and
// Global.Get and Set use it for v128 globals.
type V128 [16]byte

func (v V128) halves() (lo, hi uint64) {
	return binary.LittleEndian.Uint64(v[:8]), binary.LittleEndian.Uint64(v[8:])
}

func v128Of(lo, hi uint64) V128 {
	var v V128
	binary.LittleEndian.PutUint64(v[:8], lo)
	binary.LittleEndian.PutUint64(v[8:], hi)
	return v
}

func argSlot(a any, t wasm.ValType) (uint64, error) {
	switch v := a.(type) {
	case int32:
		if t == wasm.I32 {
			return uint64(uint32(v)), nil
		}
	case uint32:
		if t == wasm.I32 {
			return uint64(v), nil
		}
	case int64:
		if t == wasm.I64 {
			return uint64(v), nil
		}
	case uint64:
		if t == wasm.I64 || t == wasm.FuncRef || t == wasm.ExternRef {
			return v, nil
		}
	case float32:
		if t == wasm.F32 {
			return uint64(math.Float32bits(v)), nil
		}
	case float64:
		if t == wasm.F64 {
			return math.Float64bits(v), nil
		}
	}
	return 0, fmt.Errorf("%T does not match %v", a, t)
}

func slotValue(s uint64, t wasm.ValType) any {
	switch t {
	case wasm.I32:
		return int32(s)
	case wasm.I64:
		return int64(s)
	case wasm.F32:
		return math.Float32frombits(uint32(s))
	case wasm.F64:
		return math.Float64frombits(s)
	}
	return s
}

// Memory returns the instance's linear memory, or nil if it has none.
func (i *Instance) Memory() *Memory {
	m := i.inst.Memory()
	if m == nil {
		return nil
	}
	return &Memory{m: m, inst: i.inst}
}

// errClosed is what handles of a closed instance return. (A type of its
// own rather than fmt.Errorf: package initialization would run fmt at
// every start of the kiln command.)
var errClosed error = closedError{}

type closedError struct{}

func (closedError) Error() string { return "kiln: instance is closed: " + ErrClosed.Error() }
func (closedError) Unwrap() error { return ErrClosed }

// Memory is a linear memory.
type Memory struct {
	m    *instance.Memory
	inst *instance.Instance // the instance it was obtained from
}

// Size returns the memory's size in bytes (0 once the instance is closed).
func (m *Memory) Size() uint64 {
	if m.inst.Closed() {
		return 0
	}
	return uint64(m.m.Pages()) * 65536
}

// Read returns a copy of n bytes at offset. It fails with ErrOutOfBounds,
// or ErrClosed once the instance is closed.
func (m *Memory) Read(offset uint64, n uint64) ([]byte, error) {
	if m.inst.Closed() {
		return nil, errClosed
	}
	return m.m.Read(offset, n)
}

// View returns the n bytes at offset as a slice of the memory itself,
// without copying: writes through it change the memory. It stays valid
// while the instance is open (growing the memory does not move it), so
// it suits a host function reading the guest's buffers in place; a view
// must not be used after the instance is closed. It fails with
// ErrOutOfBounds, or ErrClosed once the instance is closed.
func (m *Memory) View(offset uint64, n uint64) ([]byte, error) {
	if m.inst.Closed() {
		return nil, errClosed
	}
	b := m.m.Bytes()
	if offset > uint64(len(b)) || n > uint64(len(b))-offset {
		return nil, ErrOutOfBounds
	}
	return b[offset : offset+n : offset+n], nil
}

// Write copies data to offset. It fails with ErrOutOfBounds, or ErrClosed
// once the instance is closed.
func (m *Memory) Write(offset uint64, data []byte) error {
	if m.inst.Closed() {
		return errClosed
	}
	return m.m.Write(offset, data)
}

// Grow adds pages and returns the previous size in pages. It fails beyond
// the memory's maximum or the instance's limit, or with ErrClosed once the
// instance is closed.
func (m *Memory) Grow(pages uint32) (uint32, error) {
	if m.inst.Closed() {
		return 0, errClosed
	}
	old := m.m.Grow(pages)
	if old < 0 {
		return 0, fmt.Errorf("kiln: memory cannot grow by %d pages", pages)
	}
	return uint32(old), nil
}

// Global is an exported global.
type Global struct {
	g    *instance.Global
	inst *instance.Instance // the instance it was obtained from
}

// Global returns the exported global name, or nil.
func (i *Instance) Global(name string) *Global {
	x, ok := i.inst.Exports()[name]
	if !ok || x.Kind != wasm.ExternGlobal {
		return nil
	}
	return &Global{g: x.Global, inst: i.inst}
}

// Get returns the global's value as int32, int64, float32 or float64; it
// fails with ErrClosed once the instance is closed.
func (g *Global) Get() (any, error) {
	if g.inst.Closed() {
		return nil, errClosed
	}
	if g.g.Type.Type == wasm.V128 {
		return v128Of(g.g.GetV128()), nil
	}
	return slotValue(g.g.Get(), g.g.Type.Type), nil
}

// Set changes a mutable global's value; it fails with ErrClosed once the
// instance is closed.
func (g *Global) Set(v any) error {
	if g.inst.Closed() {
		return errClosed
	}
	if !g.g.Type.Mutable {
		return errors.New("kiln: global is immutable")
	}
	if g.g.Type.Type == wasm.V128 {
		x, ok := v.(V128)
		if !ok {
			return fmt.Errorf("kiln: %T does not match v128", v)
		}
		g.g.SetV128(x.halves())
		return nil
	}
	s, err := argSlot(v, g.g.Type.Type)
	if err != nil {
		return fmt.Errorf("kiln: %w", err)
	}
	g.g.Set(s)
	return nil
}
