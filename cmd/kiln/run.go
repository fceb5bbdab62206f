package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasibind"
	"github.com/kilnwasm/kiln/runtime/artifact"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
	"golang.org/x/sys/unix"
)

const runSynopsis = `run FILE.wasm|FILE.kiln [ARGS...]

Runs a WASI command module (its _start export), or with --invoke an export of
any module, passing it ARGS. The module gets nothing it is not granted: no
files, no environment, no network. FILE is a .wasm, compiled on first use and
kept in the cache (see kiln cache), or an artifact made by kiln compile.
Flags go before FILE; everything after FILE is the guest's. "kiln FILE ..."
is short for "kiln run FILE ...".

The module may import WASI preview1 (wasi_snapshot_preview1) or the older
preview 0 (wasi_unstable). Before _start or the --invoke'd export, an
exported _initialize runs (a reactor's constructors), as in wasmtime.

Directory grants: --dir HOST[::GUEST][:ro|:rw], --mapdir HOST::GUEST[:ro|:rw].
The guest sees HOST under GUEST (under HOST itself if there is no ::GUEST);
the grants are preopened as fds 3, 4, ... in the order given.
A final :ro or :rw sets that grant's access; without one a grant is
read-only unless --allow-writes is given. Only that one final suffix is a
mode: every other colon is part of a path (HOST may not contain "::",
GUEST may). A path that itself ends in :ro or :rw needs an explicit mode
after it (/data/x:ro:rw) or a trailing slash (/data/x:ro/).

Stopping: SIGINT (Ctrl-C) or SIGTERM stops the guest wherever it is (in
its code, or waiting in fd_read, poll_oneoff, sock_accept, ...) and kiln run
exits 130 or 143 after one line on stderr; a second signal while it stops
kills kiln at once. --timeout stops it the same way with status 124. A trap
prints its reason and a backtrace and gives status 134; proc_exit(N) gives
N (see kiln help for every exit status).

Examples:
  kiln run hello.wasm
  kiln hello.wasm
  kiln run --mapdir .::/work:rw --dir /usr/share/dict:ro app.wasm input.txt
  kiln run --dir /data::/ --allow-writes --env HOME=/ --env PATH tool.wasm -v
  kiln run --timeout 10s --max-memory 256MiB --max-stack 8MiB job.wasm
  kiln run --invoke add lib.wasm 1 2`

func runRun(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", runSynopsis, stdout)
	fs.SetInterspersed(false) // flags after FILE.wasm belong to the guest
	grants := addGrantFlags(fs.FlagSet)
	listens := fs.StringArray("listen", nil, "preopen a TCP listener on `ADDR` for sock_accept")
	invoke := fs.String("invoke", "", "call export `NAME` with ARGS as its parameters and print its results")
	timeout := fs.Duration("timeout", 0, "stop the guest after `DURATION` (e.g. 500ms, 10s, 2m; 0: no limit) with status 124;\nthe time counts from instantiation, not compilation")
	limitFlags := addLimitFlags(fs.FlagSet)
	cacheFlags := addCacheFlags(fs.FlagSet)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("no module given (kiln help run gives the synopsis)")
	}
	if *timeout < 0 {
		return usageError("--timeout %v is negative", *timeout)
	}
	limits, err := limitFlags.limits()
	if err != nil {
		return err
	}
	file := fs.Arg(0)
	guestArgs := fs.Args()[1:]

	cfg := wasi.Config{Args: append([]string{filepath.Base(file)}, guestArgs...), Stdin: os.Stdin, Stdout: stdout, Stderr: stderr}
	if cfg.Dirs, err = grants.mounts(); err != nil {
		return err
	}
	if cfg.Env, err = grants.environ(); err != nil {
		return err
	}

	// From here on, SIGINT and SIGTERM stop whatever runs: the compiler
	// (its context) or the guest.
	sig := watchSignals()
	defer sig.stop()
	r := &runner{file: file, stderr: stderr, sig: sig}

	m, mod, err := loadModule(sig.ctx, file, cacheFlags.cache())
	if err != nil {
		if s, ok := sig.received(); ok {
			return r.signalExit(s)
		}
		return err
	}
	defer mod.Close()
	r.m = m

	// Choose what to call before running anything of the module.
	name := *invoke
	// A reactor's _initialize runs first (unless it is what --invoke
	// calls): it must be () -> ().
	initFn, err := checkFuncExport(m, "_initialize")
	if err != nil && name != "_initialize" {
		return failure("%s: %v", file, err)
	}
	if name == "" {
		name = "_start"
		if _, ok := exportedFunc(m, name); !ok {
			if initFn >= 0 {
				return usageError("%s is a reactor (it exports _initialize but no _start): call one of its exports with --invoke NAME", file)
			}
			return usageError("%s exports no _start function: it is not a WASI command; call one of its exports with --invoke NAME", file)
		}
		if _, err := checkFuncExport(m, name); err != nil {
			return failure("%s: %v", file, err)
		}
	}
	entry, ok := exportedFunc(m, name)
	if !ok {
		return usageError("%s: no exported function %q", file, name)
	}
	ft := m.Types[m.FuncTypes[entry]]
	stack := make([]uint64, max(wasm.Slots(ft.Params), wasm.Slots(ft.Results), 1))
	if *invoke != "" {
		if len(guestArgs) != len(ft.Params) {
			return usageError("%s takes %d arguments, got %d", name, len(ft.Params), len(guestArgs))
		}
		for i, a := range guestArgs {
			v, err := parseArg(a, ft.Params[i])
			if err != nil {
				return usageError("argument %d: %v", i+1, err)
			}
			stack[i] = v
		}
	}

	for _, addr := range *listens {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return usageError("--listen %s: %v", addr, err)
		}
		cfg.Listeners = append(cfg.Listeners, l)
	}
	sys, err := wasi.New(cfg)
	if err != nil {
		return usageError("%v", err)
	}
	defer sys.Close()

	ctx := sig.ctx
	if *timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *timeout)
		defer cancel()
		r.timeout = *timeout
	}
	r.ctx = ctx

	r.entry = -1
	if m.HasStart {
		r.entry = int32(m.Start)
	}
	inst, err := instance.InstantiateWith(ctx, mod, wasibind.Resolver(sys, nil), limits)
	if err != nil {
		return r.result(err)
	}
	defer inst.Close()
	call := func(name string, idx int32, stack []uint64) error {
		r.entry = idx
		return r.result(inst.Exports()[name].Func.Call(ctx, stack))
	}
	if initFn >= 0 && name != "_initialize" {
		if err := call("_initialize", initFn, make([]uint64, 1)); err != nil {
			return err
		}
	}
	if err := call(name, int32(entry), stack); err != nil {
		return err
	}
	if *invoke != "" {
		for i, t := range ft.Results {
			fmt.Fprintln(stdout, formatResult(stack[i], t))
		}
	}
	return nil
}

// dirGrant is a --dir or --mapdir.
type dirGrant struct {
	spec   string
	mapdir bool
}

// dirFlag collects --dir and --mapdir in one list, in order.
type dirFlag struct {
	list   *[]dirGrant
	mapdir bool
}

func (f *dirFlag) Set(s string) error {
	*f.list = append(*f.list, dirGrant{s, f.mapdir})
	return nil
}

func (f *dirFlag) String() string { return "" }
func (f *dirFlag) Type() string   { return "stringArray" }

// exportedFunc returns the index of the function exported as name.
func exportedFunc(m *wasm.Module, name string) (uint32, bool) {
	for _, e := range m.Exports {
		if e.Name == name && e.Kind == wasm.ExternFunc {
			return e.Index, true
		}
	}
	return 0, false
}

// checkFuncExport returns the index of the function exported as name (-1
// if there is none), and an error if name is exported but is no function,
// or takes parameters or returns results: _start and _initialize must be
// () -> ().
func checkFuncExport(m *wasm.Module, name string) (int32, error) {
	for _, e := range m.Exports {
		if e.Name != name {
			continue
		}
		if e.Kind != wasm.ExternFunc {
			return -1, fmt.Errorf("the export %s is not a function", name)
		}
		ti, ok := m.FuncTypeIndex(e.Index)
		if !ok || int(ti) >= len(m.Types) {
			return -1, fmt.Errorf("the export %s has no type", name)
		}
		if t := m.Types[ti]; len(t.Params) != 0 || len(t.Results) != 0 {
			what := "a WASI command's _start"
			if name == "_initialize" {
				what = "a reactor's _initialize"
			}
			return -1, fmt.Errorf("%s has type %v, but %s takes no parameters and returns nothing (kiln run --invoke %s calls it as a function)", name, t, what, name)
		}
		return int32(e.Index), nil
	}
	return -1, nil
}

// runner is what kiln run needs to report how a run ended.
type runner struct {
	file    string
	m       *wasm.Module
	stderr  io.Writer
	sig     *signals
	ctx     context.Context
	timeout time.Duration
	entry   int32 // the function called (for backtraces), -1 if unknown
}

// result maps the outcome of instantiation or a call to kiln run's status
// (see exitStatusHelp): nil, a signal's or the timeout's one line, the
// guest's exit code, a trap with its backtrace, or an error.
func (r *runner) result(err error) error {
	if err == nil {
		return nil
	}
	var t *trap.Trap
	isTrap := errors.As(err, &t)
	if isTrap && t.Code == trap.CodeInterrupted {
		if s, ok := r.sig.received(); ok {
			return r.signalExit(s)
		}
		if r.timeout > 0 && errors.Is(r.ctx.Err(), context.DeadlineExceeded) {
			return &exitError{code: exitTimeout, err: fmt.Errorf("%s: timed out after %v (--timeout)", r.file, r.timeout)}
		}
	}
	var exit *wasi.ExitError
	if errors.As(err, &exit) {
		return quietExit(int(min(exit.Code, 255)))
	}
	var seg *instance.SegmentError
	if errors.As(err, &seg) {
		return failure("%s: instantiation failed: %v", r.file, seg)
	}
	if isTrap {
		r.printTrap(t)
		return quietExit(exitTrap)
	}
	var link *instance.LinkError
	var lim *instance.LimitError
	if errors.As(err, &link) || errors.As(err, &lim) {
		return failure("%s: instantiation failed: %v", r.file, err)
	}
	return failure("%s: %v", r.file, err)
}

func (r *runner) signalExit(s syscall.Signal) error {
	return &exitError{code: exitSignalBase + int(s), err: fmt.Errorf("interrupted by %s", unix.SignalName(s))}
}

// signals watches for the first SIGINT or SIGTERM: it cancels ctx, so that
// the compiler or the guest stops wherever it is (running code, sleeping
// in poll_oneoff, blocked reading stdin, a pipe or a socket: package wasi
// wakes those waits), and records which signal it was. After the first
// signal the default actions are back: should the guest not stop (a write
// to a full pipe), a second ^C ends kiln at once.
type signals struct {
	ctx    context.Context
	cancel context.CancelFunc
	ch     chan os.Signal
	done   chan struct{}
	mu     sync.Mutex
	got    syscall.Signal
}

func watchSignals() *signals {
	s := &signals{ch: make(chan os.Signal, 1), done: make(chan struct{})}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	signal.Notify(s.ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-s.ch:
			signal.Stop(s.ch)
			s.mu.Lock()
			s.got, _ = sig.(syscall.Signal)
			s.mu.Unlock()
			s.cancel()
		case <-s.done:
		}
	}()
	return s
}

// received returns the signal that arrived, if one did.
func (s *signals) received() (syscall.Signal, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.got, s.got != 0
}

func (s *signals) stop() {
	signal.Stop(s.ch)
	close(s.done)
	s.cancel()
}

// maxCapturedFrames is how many frames the runtime's backtraces hold at
// most (the trapping function and 256 callers; runtime/native).
const maxCapturedFrames = 257

// printTrap prints a trap and its backtrace, innermost frame first. A
// frame names its function by the name section, else by its export name.
// The trapping instruction's offset is a byte offset in the module file,
// as wasmtime and wasm-objdump -d give them; for an artifact, which keeps
// no module offsets, it counts from the function's first instruction
// instead, and the header says so. The runtime records no offsets for the
// calls of the outer frames. r.entry is the function kiln run called (-1
// if unknown): a backtrace that does not end there, or that fills the
// runtime's capacity, was cut, and the last line says so.
func (r *runner) printTrap(t *trap.Trap) {
	w, m := r.stderr, r.m
	fmt.Fprintf(w, "error: wasm trap: %s\n", t.Code)
	frames := t.Frames
	if len(frames) == 0 && t.Func >= 0 {
		frames = []int32{t.Func}
	}
	if len(frames) == 0 {
		return
	}
	exports := map[uint32]string{}
	for _, e := range m.Exports {
		if _, dup := exports[e.Index]; e.Kind == wasm.ExternFunc && !dup {
			exports[e.Index] = e.Name
		}
	}
	describe := func(fi int32) string {
		if name := m.FuncName(uint32(fi)); name != "" {
			return fmt.Sprintf("function %d %s", fi, name)
		}
		if name, ok := exports[uint32(fi)]; ok {
			return fmt.Sprintf("function %d (export %q)", fi, name)
		}
		return fmt.Sprintf("function %d", fi)
	}
	at := ""
	header := "backtrace (innermost first; offsets are module offsets, as wasm-objdump -d prints them):"
	if !t.NativeOffset && t.Func >= int32(m.NumImportedFuncs) {
		if codes := r.codeOffsets(); codes != nil {
			if ci := int(t.Func - int32(m.NumImportedFuncs)); ci < len(codes) {
				at = fmt.Sprintf(" at 0x%x", codes[ci]+int(t.Offset))
			}
		} else {
			at = fmt.Sprintf(" at +0x%x", t.Offset)
			header = "backtrace (innermost first; an artifact keeps no module offsets: +offsets count from the function's first instruction):"
		}
	}
	fmt.Fprintln(w, header)
	fmt.Fprintf(w, "  0: %s%s\n", describe(frames[0]), at)
	for i := 1; i < len(frames); {
		// A run of frames of one function (recursion) takes one line.
		j := i + 1
		for j < len(frames) && frames[j] == frames[i] {
			j++
		}
		if j-i > 2 {
			fmt.Fprintf(w, "  %d-%d: %s (%d frames)\n", i, j-1, describe(frames[i]), j-i)
		} else {
			for k := i; k < j; k++ {
				fmt.Fprintf(w, "  %d: %s\n", k, describe(frames[k]))
			}
		}
		i = j
	}
	switch {
	case len(frames) >= maxCapturedFrames:
		fmt.Fprintf(w, "  ... older frames not shown: backtraces stop after %d frames\n", maxCapturedFrames)
	case r.entry >= 0 && frames[len(frames)-1] != r.entry:
		fmt.Fprintf(w, "  ... older frames not shown: the backtrace stops here, before %s\n", describe(r.entry))
	}
}

// codeOffsets returns where the instructions of each function the module
// defines start in the module file, or nil if that is unknown. A module
// compiled in this run has them; one loaded from the cache does not (an
// artifact keeps no function bodies), so the .wasm is read again (only a
// trap needs this).
func (r *runner) codeOffsets() []int {
	codes := r.m.Codes
	if len(codes) == 0 && len(r.m.Funcs) > 0 {
		b, err := os.ReadFile(r.file)
		if err != nil || artifact.IsArtifact(b) {
			return nil
		}
		m, err := wasm.Decode(b)
		if err != nil || len(m.Codes) != len(r.m.Funcs) {
			return nil
		}
		codes = m.Codes
	}
	out := make([]int, len(codes))
	for i := range codes {
		out[i] = codes[i].Offset
	}
	return out
}

func parseArg(s string, t wasm.ValType) (uint64, error) {
	switch t {
	case wasm.I32:
		v, err := strconv.ParseInt(s, 0, 64)
		if err != nil || v < math.MinInt32 || v > math.MaxUint32 {
			return 0, fmt.Errorf("%q is not an i32", s)
		}
		return uint64(uint32(v)), nil
	case wasm.I64:
		if v, err := strconv.ParseInt(s, 0, 64); err == nil {
			return uint64(v), nil
		}
		v, err := strconv.ParseUint(s, 0, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not an i64", s)
		}
		return v, nil
	case wasm.F32:
		v, err := strconv.ParseFloat(s, 32)
		if err != nil {
			return 0, fmt.Errorf("%q is not an f32", s)
		}
		return uint64(math.Float32bits(float32(v))), nil
	case wasm.F64:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not an f64", s)
		}
		return math.Float64bits(v), nil
	}
	return 0, fmt.Errorf("parameters of type %v cannot be given on the command line", t)
}

func formatResult(v uint64, t wasm.ValType) string {
	switch t {
	case wasm.I32:
		return strconv.FormatInt(int64(int32(v)), 10)
	case wasm.I64:
		return strconv.FormatInt(int64(v), 10)
	case wasm.F32:
		return strings.TrimSuffix(strconv.FormatFloat(float64(math.Float32frombits(uint32(v))), 'g', -1, 32), ".0")
	case wasm.F64:
		return strconv.FormatFloat(math.Float64frombits(v), 'g', -1, 64)
	}
	return strconv.FormatUint(v, 10)
}
