package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	kilnapi "github.com/kilnwasm/kiln"
	"github.com/kilnwasm/kiln/cmd/kiln/internal/cli"
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

// exitAfterRun is set when the process ends as soon as kiln run returns
// (main, not tests): then the instance and the module are left for the
// kernel to tear down with the process. Closing them unmapped and remapped
// their memory and code one syscall at a time (some 40 us of the 2 ms a
// cached hello world takes), only for exit to free it all again.
var exitAfterRun bool

func runRun(args []string, stdout, stderr io.Writer) error {
	fs := cli.NewFlagSet("run", runSynopsis, stdout)
	fs.SetInterspersed(false) // flags after FILE.wasm belong to the guest
	grants := cli.AddGrantFlags(fs)
	listens := fs.StringArray("listen", nil, "preopen a TCP listener on `ADDR` for sock_accept: HOST:PORT, HOST an IP address\n(IPv6 in brackets), localhost, or empty for every interface")
	invoke := fs.String("invoke", "", "call export `NAME` with ARGS as its parameters and print its results")
	timeout := fs.Duration("timeout", 0, "stop the guest after `DURATION` (e.g. 500ms, 10s, 2m; 0: no limit) with status 124;\nthe time counts from instantiation, not compilation")
	limitFlags := cli.AddLimitFlags(fs)
	cacheFlags := cli.AddCacheFlags(fs)
	optFlag := cli.AddOptFlag(fs)
	if err := cli.ParseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return cli.UsageError("no module given (kiln help run gives the synopsis)")
	}
	if *timeout < 0 {
		return cli.UsageError("--timeout %v is negative", *timeout)
	}
	limits, err := limitFlags.Limits()
	if err != nil {
		return err
	}
	opt, err := optFlag.Option()
	if err != nil {
		return err
	}
	file := fs.Arg(0)
	guestArgs := fs.Args()[1:]

	cfg := wasi.Config{Args: append([]string{filepath.Base(file)}, guestArgs...), Stdin: os.Stdin, Stdout: stdout, Stderr: stderr}
	if cfg.Dirs, err = grants.Mounts(); err != nil {
		return err
	}
	if cfg.Env, err = grants.Environ(); err != nil {
		return err
	}

	// From here on, SIGINT and SIGTERM stop whatever runs: the compiler
	// (its context) or the guest.
	sig := watchSignals()
	defer sig.stop()
	r := &runner{file: file, stderr: stderr, sig: sig}

	mod, err := loadModule(sig.ctx, file, cacheFlags.CacheDir(), opt)
	if err != nil {
		if s, ok := sig.received(); ok {
			return r.signalExit(s)
		}
		return err
	}
	if !exitAfterRun {
		defer mod.Close()
	}
	r.mod = mod

	// Choose what to call before running anything of the module.
	name := *invoke
	// A reactor's _initialize runs first (unless it is what --invoke
	// calls): it must be () -> ().
	hasInit, err := checkFuncExport(mod, "_initialize")
	if err != nil && name != "_initialize" {
		return cli.Failure("%s: %v", file, err)
	}
	if name == "" {
		name = "_start"
		if e, ok := mod.Export(name); !ok || e.Type.Kind != kilnapi.ExternFunc {
			if hasInit {
				return cli.UsageError("%s is a reactor (it exports _initialize but no _start): call one of its exports with --invoke NAME", file)
			}
			return cli.UsageError("%s exports no _start function: it is not a WASI command; call one of its exports with --invoke NAME", file)
		}
		if _, err := checkFuncExport(mod, name); err != nil {
			return cli.Failure("%s: %v", file, err)
		}
	}
	export, ok := mod.Export(name)
	if !ok || export.Type.Kind != kilnapi.ExternFunc {
		return cli.UsageError("%s: no exported function %q", file, name)
	}
	ft := export.Type.Func
	var callArgs []any
	if *invoke != "" {
		if len(guestArgs) != len(ft.Params) {
			return cli.UsageError("%s takes %d arguments, got %d", name, len(ft.Params), len(guestArgs))
		}
		for i, a := range guestArgs {
			v, err := parseArg(a, ft.Params[i])
			if err != nil {
				return cli.UsageError("argument %d: %v", i+1, err)
			}
			callArgs = append(callArgs, v)
		}
	}

	for _, addr := range *listens {
		l, err := listenTCP(addr)
		if err != nil {
			return cli.UsageError("--listen %s: %v", addr, err)
		}
		cfg.Listeners = append(cfg.Listeners, l)
	}
	sys, err := wasi.New(cfg)
	if err != nil {
		return cli.UsageError("%v", err)
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
	if start, ok := mod.StartFunction(); ok {
		r.entry = int32(start)
	}
	inst, err := mod.Instantiate(ctx, kilnapi.NewImports().WASI(sys), kilnapi.WithLimits(limits))
	if err != nil {
		return r.result(err)
	}
	if !exitAfterRun {
		defer inst.Close()
	}
	call := func(name string, args ...any) ([]any, error) {
		e, _ := mod.Export(name)
		r.entry = int32(e.Index)
		res, err := inst.Func(name).Call(ctx, args...)
		return res, r.result(err)
	}
	if hasInit && name != "_initialize" {
		if _, err := call("_initialize"); err != nil {
			return err
		}
	}
	results, err := call(name, callArgs...)
	if err != nil {
		return err
	}
	if *invoke != "" {
		for _, v := range results {
			fmt.Fprintln(stdout, formatResult(v))
		}
	}
	return nil
}

// checkFuncExport reports whether name is exported, and an error if it
// is but is no function, or takes parameters or returns results:
// _start and _initialize must be () -> ().
func checkFuncExport(mod *kilnapi.Module, name string) (bool, error) {
	e, ok := mod.Export(name)
	if !ok {
		return false, nil
	}
	t := e.Type
	if t.Kind != kilnapi.ExternFunc {
		return true, fmt.Errorf("the export %s is not a function", name)
	}
	if len(t.Func.Params) != 0 || len(t.Func.Results) != 0 {
		what := "a WASI command's _start"
		if name == "_initialize" {
			what = "a reactor's _initialize"
		}
		return true, fmt.Errorf("%s has type %v, but %s takes no parameters and returns nothing (kiln run --invoke %s calls it as a function)", name, t.Func, what, name)
	}
	return true, nil
}

// runner is what kiln run needs to report how a run ended.
type runner struct {
	file    string
	mod     *kilnapi.Module
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
	var t *kilnapi.Trap
	isTrap := errors.As(err, &t)
	if isTrap && t.Code == kilnapi.TrapInterrupted {
		if s, ok := r.sig.received(); ok {
			return r.signalExit(s)
		}
		if r.timeout > 0 && errors.Is(r.ctx.Err(), context.DeadlineExceeded) {
			return &cli.ExitError{Code: exitTimeout, Err: fmt.Errorf("%s: timed out after %v (--timeout)", r.file, r.timeout)}
		}
	}
	var exit *kilnapi.ExitError
	if errors.As(err, &exit) {
		return cli.QuietExit(int(min(exit.Code, 255)))
	}
	var seg *kilnapi.SegmentError
	if errors.As(err, &seg) {
		return cli.Failure("%s: instantiation failed: %v", r.file, seg)
	}
	if isTrap {
		r.printTrap(t)
		return cli.QuietExit(exitTrap)
	}
	var link *kilnapi.LinkError
	var lim *kilnapi.LimitError
	if errors.As(err, &link) || errors.As(err, &lim) {
		return cli.Failure("%s: instantiation failed: %v", r.file, err)
	}
	return cli.Failure("%s: %v", r.file, err)
}

func (r *runner) signalExit(s syscall.Signal) error {
	return &cli.ExitError{Code: exitSignalBase + int(s), Err: fmt.Errorf("interrupted by %s", unix.SignalName(s))}
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
	timer  *time.Timer
	ch     chan os.Signal
	done   chan struct{}
	mu     sync.Mutex
	got    syscall.Signal
}

// signalDelay is how long a run goes before it registers for signals.
// Registering starts Go's signal-receiving goroutine and a locked thread
// for the signal mask, and signal.Stop waits for them to go idle: some
// 0.2 ms of CPU and two of the six threads a cached hello world started.
// A run over before the delay (that one takes 2 to 3 ms) never pays it.
// A SIGINT or SIGTERM before the registration has its default action:
// kiln dies of it, which a shell reports with the same status (130, 143),
// only without the line on stderr.
const signalDelay = 10 * time.Millisecond

func watchSignals() *signals {
	s := &signals{ch: make(chan os.Signal, 1), done: make(chan struct{})}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.timer = time.AfterFunc(signalDelay, func() {
		signal.Notify(s.ch, os.Interrupt, syscall.SIGTERM)
		select {
		case sig := <-s.ch:
			signal.Stop(s.ch)
			s.mu.Lock()
			s.got, _ = sig.(syscall.Signal)
			s.mu.Unlock()
			s.cancel()
		case <-s.done:
			signal.Stop(s.ch)
		}
	})
	return s
}

// received returns the signal that arrived, if one did.
func (s *signals) received() (syscall.Signal, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.got, s.got != 0
}

func (s *signals) stop() {
	s.timer.Stop() // if it has not fired, nothing was registered
	close(s.done)
	s.cancel()
}

// maxCapturedFrames is how many frames the runtime's backtraces hold at
// most (the trapping function and 256 callers; runtime/internal/native).
const maxCapturedFrames = 257

// printTrap prints a trap and its backtrace, innermost frame first. A
// frame names its function by the name section, else by its export name.
// Offsets (the trapping instruction's, then each outer frame's call) are
// byte offsets in the module file, as wasmtime and wasm-objdump -d give
// them. r.entry is the function kiln
// run called (-1 if unknown): a backtrace that does not end there, or
// that fills the runtime's capacity, was cut, and the last line says so.
func (r *runner) printTrap(t *kilnapi.Trap) {
	w := r.stderr
	fmt.Fprintf(w, "error: wasm trap: %s\n", t.Code)
	frames := r.mod.Backtrace(t)
	if len(frames) == 0 {
		return
	}
	describe := func(f kilnapi.Frame) string {
		if f.Name == "" {
			return fmt.Sprintf("function %d", f.Func)
		}
		if e, ok := r.mod.Export(f.Name); ok && e.Index == uint32(f.Func) && r.mod.FunctionName(f.Func) == "" {
			return fmt.Sprintf("function %d (export %q)", f.Func, f.Name)
		}
		return fmt.Sprintf("function %d %s", f.Func, f.Name)
	}
	fmt.Fprintln(w, "backtrace (innermost first; offsets are module offsets, as wasm-objdump -d prints them):")
	at := func(f kilnapi.Frame) string {
		if f.Offset < 0 {
			return ""
		}
		return fmt.Sprintf(" at 0x%x", f.Offset)
	}
	fmt.Fprintf(w, "  0: %s%s\n", describe(frames[0]), at(frames[0]))
	for i := 1; i < len(frames); {
		// A run of identical frames (recursion) takes one line.
		j := i + 1
		for j < len(frames) && frames[j] == frames[i] {
			j++
		}
		if j-i > 2 {
			fmt.Fprintf(w, "  %d-%d: %s%s (%d frames)\n", i, j-1, describe(frames[i]), at(frames[i]), j-i)
		} else {
			for k := i; k < j; k++ {
				fmt.Fprintf(w, "  %d: %s%s\n", k, describe(frames[k]), at(frames[k]))
			}
		}
		i = j
	}
	switch {
	case len(frames) >= maxCapturedFrames:
		fmt.Fprintf(w, "  ... older frames not shown: backtraces stop after %d frames\n", maxCapturedFrames)
	case r.entry >= 0 && frames[len(frames)-1].Func != r.entry:
		fmt.Fprintf(w, "  ... older frames not shown: the backtrace stops here, before %s\n", describe(kilnapi.Frame{Func: r.entry, Name: r.frameName(r.entry)}))
	}
}

// frameName names function fi as Backtrace does.
func (r *runner) frameName(fi int32) string {
	if n := r.mod.FunctionName(fi); n != "" {
		return n
	}
	for _, e := range r.mod.Exports() {
		if e.Type.Kind == kilnapi.ExternFunc && e.Index == uint32(fi) {
			return e.Name
		}
	}
	return ""
}

// parseArg parses a command-line argument as a value of type t.
func parseArg(s string, t kilnapi.ValueType) (any, error) {
	switch t {
	case kilnapi.ValueTypeI32:
		v, err := strconv.ParseInt(s, 0, 64)
		if err != nil || v < math.MinInt32 || v > math.MaxUint32 {
			return nil, fmt.Errorf("%q is not an i32", s)
		}
		return uint32(v), nil
	case kilnapi.ValueTypeI64:
		if v, err := strconv.ParseInt(s, 0, 64); err == nil {
			return v, nil
		}
		v, err := strconv.ParseUint(s, 0, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an i64", s)
		}
		return v, nil
	case kilnapi.ValueTypeF32:
		v, err := strconv.ParseFloat(s, 32)
		if err != nil {
			return nil, fmt.Errorf("%q is not an f32", s)
		}
		return float32(v), nil
	case kilnapi.ValueTypeF64:
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an f64", s)
		}
		return v, nil
	}
	return nil, fmt.Errorf("parameters of type %v cannot be given on the command line", t)
}

// formatResult prints a result as kiln run --invoke does: integers signed,
// floats in the shortest form that reads back exactly.
func formatResult(v any) string {
	switch v := v.(type) {
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case int64:
		return strconv.FormatInt(v, 10)
	case float32:
		return strings.TrimSuffix(strconv.FormatFloat(float64(v), 'g', -1, 32), ".0")
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case kilnapi.V128:
		return fmt.Sprintf("0x%x", [16]byte(v))
	}
	return fmt.Sprint(v)
}
