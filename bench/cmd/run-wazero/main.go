// Command run-wazero runs a WASI command module with wazero's optimizing
// compiler (wazero.NewRuntimeConfigCompiler). With -cache DIR it uses
// wazero's file compilation cache. See package driver for the flags.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/kilnwasm/kiln/bench/internal/driver"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
)

func main() { driver.Main(engine{}) }

type engine struct{}

func (engine) Version() string {
	return "wazero " + driver.ModuleVersion("github.com/tetratelabs/wazero") + " (compiler)"
}

type compiled struct {
	ctx context.Context
	rt  wazero.Runtime
	mod wazero.CompiledModule
}

func (engine) Compile(wasm []byte, cacheDir string) (driver.Compiled, error) {
	ctx := context.Background()
	cfg := wazero.NewRuntimeConfigCompiler()
	if cacheDir != "" {
		cache, err := wazero.NewCompilationCacheWithDir(cacheDir)
		if err != nil {
			return nil, err
		}
		cfg = cfg.WithCompilationCache(cache)
	}
	rt := wazero.NewRuntimeWithConfig(ctx, cfg)
	mod, err := rt.CompileModule(ctx, wasm)
	if err != nil {
		rt.Close(ctx)
		return nil, err
	}
	return &compiled{ctx, rt, mod}, nil
}

func (c *compiled) RunWASI(argv []string) (int, time.Duration, error) {
	t0 := time.Now()
	wasi_snapshot_preview1.MustInstantiate(c.ctx, c.rt)
	cfg := wazero.NewModuleConfig().
		WithArgs(argv...).
		WithStdout(os.Stdout).
		WithStderr(os.Stderr).
		WithStdin(os.Stdin).
		WithSysWalltime().
		WithSysNanotime().
		WithSysNanosleep().
		WithRandSource(rand.Reader).
		WithStartFunctions() // call _start ourselves, to time instantiation apart
	mod, err := c.rt.InstantiateModule(c.ctx, c.mod, cfg)
	inst := time.Since(t0)
	if err != nil {
		return 1, inst, err
	}
	start := mod.ExportedFunction("_start")
	if start == nil {
		return 1, inst, errors.New("module has no _start export")
	}
	_, err = start.Call(c.ctx)
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		return int(exit.ExitCode()), inst, nil
	}
	if err != nil {
		return 1, inst, err
	}
	return 0, inst, nil
}

func (c *compiled) InstantiateLoop(n int) (time.Duration, error) {
	cfg := wazero.NewModuleConfig().WithName("")
	t0 := time.Now()
	for i := 0; i < n; i++ {
		mod, err := c.rt.InstantiateModule(c.ctx, c.mod, cfg)
		if err != nil {
			return 0, err
		}
		if err := mod.Close(c.ctx); err != nil {
			return 0, err
		}
	}
	return time.Since(t0), nil
}

func (c *compiled) CallLoop(n int) (time.Duration, error) {
	mod, err := c.rt.InstantiateModule(c.ctx, c.mod, wazero.NewModuleConfig().WithName(""))
	if err != nil {
		return 0, err
	}
	defer mod.Close(c.ctx)
	fn := mod.ExportedFunction("add")
	stack := make([]uint64, 2)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		stack[0] = api.EncodeI32(int32(i))
		stack[1] = 1
		if err := fn.CallWithStack(c.ctx, stack); err != nil {
			return 0, err
		}
		if api.DecodeI32(stack[0]) != int32(i)+1 {
			return 0, fmt.Errorf("add(%d, 1) = %d", i, api.DecodeI32(stack[0]))
		}
	}
	return time.Since(t0), nil
}

func (c *compiled) Close() { c.rt.Close(c.ctx) }
