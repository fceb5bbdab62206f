// Package driver is the command-line protocol shared by the runner helper
// binaries (cmd/run-wazero, cmd/run-wasmtime, cmd/run-kiln). Each helper is
// a few lines: it implements Engine and calls Main. The harness
// (cmd/kilnbench) runs helpers as separate processes, so that wall time and
// peak RSS are those of a whole process, and reads their in-process figures
// from the JSON report file named by -report.
//
//	run-X [flags] FILE.wasm [ARGS...]
//
//	-mode run          compile (or load from -cache), instantiate with WASI, run _start
//	                   (stdout/stderr pass through; exit code is the module's)
//	-mode compile      compile FILE.wasm only and report compile_ns
//	-mode instantiate  instantiate the built-in add module (-pages P) -n times
//	-mode call         call the built-in add module's export -n times from Go
//	-cache DIR         precompiled-artifact directory (run and compile modes): load if present, else compile and store
//	-report FILE       write a JSON Report to FILE
//	-version           print the engine's version and exit
//
// Exit code 3 with "not available: REASON" on stderr means the engine cannot
// run on this machine or build; the harness reports it as missing.
package driver

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/kilnwasm/kiln/bench/internal/wasmgen"
)

// ExitNotAvailable is the exit code of a helper whose engine is unavailable.
const ExitNotAvailable = 3

// ErrNotAvailable wraps the reason an engine cannot be used.
var ErrNotAvailable = errors.New("not available")

// Engine is what a runner helper implements.
type Engine interface {
	// Version returns a one-line version string, e.g. "wazero v1.12.0".
	Version() string
	// Compile compiles a module. If cacheDir is not empty the engine uses
	// its precompiled-artifact mechanism in that directory (loading the
	// artifact if present, writing it otherwise).
	Compile(wasm []byte, cacheDir string) (Compiled, error)
}

// Compiled is a compiled module.
type Compiled interface {
	// RunWASI instantiates the module as a WASI command with the given
	// argv (argv[0] is the program name), stdout and stderr inherited, no
	// preopens and no environment, runs _start and returns the exit code.
	RunWASI(argv []string) (exitCode int, instantiate time.Duration, err error)
	// InstantiateLoop instantiates the (import-free) module n times,
	// tearing each instance down, and returns the total time.
	InstantiateLoop(n int) (time.Duration, error)
	// CallLoop instantiates the module once and calls its export "add"
	// (i32, i32) -> i32 n times from Go, checking the results, and
	// returns the total time of the calls.
	CallLoop(n int) (time.Duration, error)
	Close()
}

// Report is the JSON the helpers write to -report.
type Report struct {
	Engine        string  `json:"engine"`
	Mode          string  `json:"mode"`
	CompileNS     int64   `json:"compile_ns,omitempty"`
	InstantiateNS int64   `json:"instantiate_ns,omitempty"`
	RunNS         int64   `json:"run_ns,omitempty"`
	N             int     `json:"n,omitempty"`
	PerOpNS       float64 `json:"per_op_ns,omitempty"`
	WasmBytes     int     `json:"wasm_bytes,omitempty"`
	CacheHit      bool    `json:"cache_hit,omitempty"`
	// LoadNS is, on a cache hit of a helper that can tell, the time of
	// the artifact load alone, a part of CompileNS: without what the
	// helper does before it (creating the engine, hashing the module
	// bytes for the cache key). Zero when not measured separately.
	LoadNS int64 `json:"load_ns,omitempty"`
}

// CacheLoader is optionally implemented by a Compiled made with a cache
// directory, to report whether it was loaded from the cache and the time
// of that load alone (0 if the helper cannot separate it from the rest of
// Compile).
type CacheLoader interface {
	CacheLoad() (hit bool, load time.Duration)
}

// Main parses the helper's command line and runs it. It never returns.
func Main(e Engine) {
	fs := flag.NewFlagSet(os.Args[0], flag.ExitOnError)
	mode := fs.String("mode", "run", "run | compile | instantiate | call")
	cache := fs.String("cache", "", "precompiled-artifact directory (run and compile modes)")
	report := fs.String("report", "", "write a JSON report to this file")
	n := fs.Int("n", 10000, "iterations for instantiate and call modes")
	pages := fs.Uint("pages", 1, "memory pages of the built-in module (instantiate mode)")
	version := fs.Bool("version", false, "print the engine version and exit")
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s [flags] FILE.wasm [ARGS...]\n", os.Args[0])
		fs.PrintDefaults()
	}
	_ = fs.Parse(os.Args[1:])
	if *version {
		fmt.Println(e.Version())
		os.Exit(0)
	}
	rep := Report{Mode: *mode}
	code, err := run(e, *mode, *cache, *n, uint32(*pages), fs.Args(), &rep)
	if err != nil {
		if errors.Is(err, ErrNotAvailable) {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(ExitNotAvailable)
		}
		fmt.Fprintln(os.Stderr, "error:", err)
		if code == 0 {
			code = 1
		}
	}
	if *report != "" && err == nil {
		// Only here: reading the build information is harness work that
		// the start-up figures (run without -report) should not time.
		rep.Engine = e.Version()
		b, _ := json.Marshal(rep)
		if werr := os.WriteFile(*report, append(b, '\n'), 0o644); werr != nil {
			fmt.Fprintln(os.Stderr, "error:", werr)
			os.Exit(1)
		}
	}
	os.Exit(code)
}

func run(e Engine, mode, cache string, n int, pages uint32, args []string, rep *Report) (int, error) {
	switch mode {
	case "run", "compile":
		if len(args) < 1 {
			return 2, errors.New("missing FILE.wasm")
		}
		wasm, err := os.ReadFile(args[0])
		if err != nil {
			return 1, err
		}
		rep.WasmBytes = len(wasm)
		t0 := time.Now()
		c, err := e.Compile(wasm, cache)
		if err != nil {
			return 1, err
		}
		defer c.Close()
		rep.CompileNS = time.Since(t0).Nanoseconds()
		if cl, ok := c.(CacheLoader); ok && cache != "" {
			hit, load := cl.CacheLoad()
			rep.CacheHit = hit
			if hit {
				rep.LoadNS = load.Nanoseconds()
			}
		}
		if mode == "compile" {
			return 0, nil
		}
		t1 := time.Now()
		code, inst, err := c.RunWASI(args)
		rep.InstantiateNS = inst.Nanoseconds()
		rep.RunNS = time.Since(t1).Nanoseconds() - inst.Nanoseconds()
		return code, err
	case "instantiate", "call":
		c, err := e.Compile(wasmgen.AddModule(pages), "")
		if err != nil {
			return 1, err
		}
		defer c.Close()
		var d time.Duration
		if mode == "instantiate" {
			d, err = c.InstantiateLoop(n)
		} else {
			d, err = c.CallLoop(n)
		}
		if err != nil {
			return 1, err
		}
		rep.N = n
		rep.PerOpNS = float64(d.Nanoseconds()) / float64(n)
		return 0, nil
	}
	return 2, fmt.Errorf("unknown mode %q", mode)
}

// ModuleVersion returns the version of the module with the given path from
// the binary's build information ("(devel)" or "unknown" if absent).
func ModuleVersion(path string) string {
	return moduleVersion(path)
}
