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

	"github.com/kilnwasm/kiln/compiler/wasm"
	"github.com/kilnwasm/kiln/internal/wasibind"
	"github.com/kilnwasm/kiln/runtime/instance"
	"github.com/kilnwasm/kiln/runtime/trap"
	"github.com/kilnwasm/kiln/wasi"
	"golang.org/x/sys/unix"
)

const runSynopsis = `run [flags] FILE.wasm|FILE.kiln [ARGS...]

Runs a WASI command module (its _start export), or with --invoke an export of
any module. The module gets nothing it is not granted: no files, no
environment, no network. FILE is a .wasm, compiled on first use and kept in
the cache (see kiln cache), or an artifact made by kiln compile.

Examples:
  kiln run hello.wasm
  kiln run --mapdir .::. --allow-writes app.wasm input.txt
  kiln run --dir /data::/ --env HOME=/ --env PATH tool.wasm -v
  kiln run --invoke add lib.wasm 1 2`

// trapExitCode is the status of a process whose guest trapped, as an abort.
const trapExitCode = 134

func runRun(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", runSynopsis, stderr)
	fs.SetInterspersed(false) // flags after FILE.wasm belong to the guest
	dirs := fs.StringArray("dir", nil, "preopen host directory `HOST[::GUEST]` (read-only unless --allow-writes)")
	mapdirs := fs.StringArray("mapdir", nil, "preopen host directory `HOST::GUEST` (read-only unless --allow-writes)")
	allowWrites := fs.Bool("allow-writes", false, "let the guest write to the preopened directories")
	envs := fs.StringArray("env", nil, "pass `NAME=VALUE`, or NAME with the host's value (nothing is inherited)")
	listens := fs.StringArray("listen", nil, "preopen a TCP listener on `ADDR` for sock_accept")
	invoke := fs.String("invoke", "", "call export `NAME` with ARGS as its parameters and print its results")
	limitFlags := addLimitFlags(fs)
	cacheFlags := addCacheFlags(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("no module given")
	}
	limits, err := limitFlags.limits()
	if err != nil {
		return err
	}
	file := fs.Arg(0)
	guestArgs := fs.Args()[1:]
	m, mod, err := loadModule(file, cacheFlags.cache())
	if errors.Is(err, errLoad) {
		return usageError("%v", err)
	}
	if err != nil {
		return &exitError{code: 1, err: err}
	}
	defer mod.Close()

	cfg := wasi.Config{Args: append([]string{filepath.Base(file)}, guestArgs...), Stdin: os.Stdin, Stdout: stdout, Stderr: stderr}
	for _, spec := range append(append([]string{}, *dirs...), *mapdirs...) {
		d, err := wasi.ParseDirSpec(spec, *allowWrites)
		if err != nil {
			return usageError("%v", err)
		}
		cfg.Dirs = append(cfg.Dirs, d)
	}
	for _, spec := range *envs {
		kv, err := wasi.ParseEnvSpec(spec, os.LookupEnv)
		if err != nil {
			return usageError("%v", err)
		}
		cfg.Env = append(cfg.Env, kv)
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

	ctx, signalled, stop := interruptOnSignal()
	defer stop()
	inst, err := instance.InstantiateWith(ctx, mod, wasibind.Resolver(sys, nil), limits)
	if err != nil {
		return stoppedBySignal(guestError(m, err, stderr), err, signalled())
	}
	defer inst.Close()

	name := "_start"
	if *invoke != "" {
		name = *invoke
	}
	x, ok := inst.Exports()[name]
	if !ok || x.Kind != wasm.ExternFunc {
		return usageError("%s: no exported function %q", file, name)
	}
	f := x.Func
	stack := make([]uint64, max(len(f.Type.Params), len(f.Type.Results), 1))
	if *invoke != "" {
		if len(guestArgs) != len(f.Type.Params) {
			return usageError("%s takes %d arguments, got %d", name, len(f.Type.Params), len(guestArgs))
		}
		for i, a := range guestArgs {
			v, err := parseArg(a, f.Type.Params[i])
			if err != nil {
				return usageError("argument %d: %v", i+1, err)
			}
			stack[i] = v
		}
	}
	if err := f.Call(ctx, stack); err != nil {
		return stoppedBySignal(guestError(m, err, stderr), err, signalled())
	}
	if *invoke != "" {
		for i, t := range f.Type.Results {
			fmt.Fprintln(stdout, formatResult(stack[i], t))
		}
	}
	return nil
}

// interruptOnSignal returns a context that the first SIGINT or SIGTERM
// cancels, so that the guest stops with the trap "interrupted" wherever it
// is: running code, sleeping in poll_oneoff or blocked reading stdin, a
// pipe or a socket (package wasi wakes those waits). It also returns which
// signal did it (nil if none) and a function releasing the handler. After
// the first signal the default actions are back: should the guest not stop
// (a Go io.Reader that never returns), a second ^C ends kiln at once.
func interruptOnSignal() (ctx context.Context, signalled func() os.Signal, stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	var mu sync.Mutex
	var got os.Signal
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			mu.Lock()
			got = sig
			mu.Unlock()
			cancel()
		case <-done:
		}
	}()
	signalled = func() os.Signal {
		mu.Lock()
		defer mu.Unlock()
		return got
	}
	stop = func() {
		signal.Stop(ch)
		close(done)
		cancel()
	}
	return ctx, signalled, stop
}

// stoppedBySignal reports a guest that sig interrupted: after the trap
// (printed by guestError), "kiln run: interrupted by SIGINT" and the shell's
// status for a signal, 128+n (130 for SIGINT, 143 for SIGTERM).
func stoppedBySignal(reported, err error, sig os.Signal) error {
	var t *trap.Trap
	if sig == nil || !errors.As(err, &t) || t.Code != trap.CodeInterrupted {
		return reported
	}
	n, _ := sig.(syscall.Signal)
	return &exitError{code: 128 + int(n), err: fmt.Errorf("interrupted by %s", unix.SignalName(n))}
}

// guestError turns proc_exit into the process's status and prints a trap
// with its backtrace.
func guestError(m *wasm.Module, err error, stderr io.Writer) error {
	var exit *wasi.ExitError
	if errors.As(err, &exit) {
		return &exitError{code: int(exit.Code), err: errors.New("")}
	}
	var t *trap.Trap
	if errors.As(err, &t) {
		fmt.Fprintf(stderr, "error: wasm trap: %s\n", t.Code)
		frames := t.Frames
		if len(frames) == 0 && t.Func >= 0 {
			frames = []int32{t.Func}
		}
		for i, fi := range frames {
			name := m.FuncName(uint32(fi))
			if name == "" {
				name = "<unnamed>"
			}
			line := fmt.Sprintf("  %d: function %d %s", i, fi, name)
			if i == 0 && !t.NativeOffset {
				line += fmt.Sprintf(" at offset 0x%x", t.Offset)
			}
			fmt.Fprintln(stderr, line)
		}
		return &exitError{code: trapExitCode, err: errors.New("")}
	}
	return &exitError{code: 1, err: err}
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
